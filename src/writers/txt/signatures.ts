/**
 * Execution blocks → text: for each party the capacity, party name and terms of signing, then for each
 * signatory a line to sign on, their name and job title (or lines to write them on), a date, and witness
 * lines when that signature needs a witness (with the witness's name and occupation where given).
 */
import type { SignatureBlock, Signatures, Signer } from '../../model/index.js';
import { fill, pad } from './wrap.js';

/** A blank to write on by hand. */
const BLANK = '_'.repeat(40);

const LABEL_WIDTH = 20;

function field(label: string, value: string, indent: number): string[] {
  const lines = fill(value, indent + LABEL_WIDTH);
  const [first = '', ...rest] = lines;
  return [pad(indent) + label.padEnd(LABEL_WIDTH) + first.trimStart(), ...rest];
}

function signerLines(signer: Signer, indent: number): string[] {
  const lines = [
    ...field('Signature:', BLANK, indent),
    ...field('Name:', signer.name ?? BLANK, indent),
    ...field('Job title:', signer.jobTitle ?? BLANK, indent),
    ...field('Date:', signer.date ?? BLANK, indent),
  ];
  if (signer.witness) {
    lines.push(
      '',
      ...fill('In the presence of:', indent),
      ...field('Witness signature:', BLANK, indent),
      ...field('Witness name:', signer.witness.name ?? BLANK, indent),
      ...field('Witness address:', BLANK, indent),
      ...field('', BLANK, indent),
      ...field('Witness occupation:', signer.witness.occupation ?? BLANK, indent),
    );
  }
  return lines;
}

function blockLines(block: SignatureBlock, indent: number): string[] {
  const heading = [block.capacity, block.party, ...(block.terms === null ? [] : [block.terms])];
  return [
    ...heading.flatMap((line) => fill(line, indent)),
    ...block.signers.flatMap((signer) => ['', ...signerLines(signer, indent)]),
  ];
}

/** The lines of every party's block, a blank line between parties, starting at column `indent`. */
export function signatureLines(signatures: Signatures, indent: number): string[] {
  return signatures.parties.flatMap((block, i) => [...(i > 0 ? ['', ''] : []), ...blockLines(block, indent)]);
}
