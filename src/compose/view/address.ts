/**
 * Spec addresses to one line of text: "3 Example Place, Oxford OX1 9ZZ".
 */
import type { PartnershipSpec } from '../../spec/index.js';

/** An address as the spec gives it. */
export type AddressInput = PartnershipSpec['members'][number]['registered_address'];

/**
 * Format an address on one line, postcode upper-cased and after the town, as Royal Mail writes it.
 * @param address the spec address
 */
export function formatAddress(address: AddressInput): string {
  const lines = [address.line1, address.line2, address.town, address.county].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  return `${lines.join(', ')} ${address.postcode.toUpperCase()}`;
}
