/**
 * Money strings of the spec ("81000.00") to integer pence and back to text ("£81,000.00").
 *
 * Amounts are exact decimals in the spec (DOMAIN §3.1), so sums and formatting go through bigint
 * pence: a float would make a total a penny out and a solicitor would rightly distrust every figure.
 */

const MONEY = /^(0|[1-9][0-9]*)\.([0-9]{2})$/;

/**
 * Parse a spec Money string into integer pence.
 * @param value a string like "81000.00"
 * @throws Error when the value is not a Money string (the schema has already rejected such input)
 */
export function toPence(value: string): bigint {
  const match = MONEY.exec(value);
  if (!match) throw new Error(`Cannot read money \`${value}\`, expected digits with two decimals`);
  return BigInt(match[1] as string) * 100n + BigInt(match[2] as string);
}

/**
 * Format pence as pounds with thousands separators: 8100000n → "£81,000.00".
 * @param pence an amount in integer pence (negative amounts get a leading minus)
 */
export function formatPence(pence: bigint): string {
  const sign = pence < 0n ? '-' : '';
  const abs = pence < 0n ? -pence : pence;
  const pounds = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = (abs % 100n).toString().padStart(2, '0');
  return `${sign}£${pounds}.${rest}`;
}

/**
 * Format a spec Money string: "1234567.00" → "£1,234,567.00".
 * @param value a Money string
 */
export function formatMoney(value: string): string {
  return formatPence(toPence(value));
}

/**
 * Format an optional Money string, keeping absence as null so templates can test for it.
 * @param value a Money string, or nothing
 */
export function formatMoneyOrNull(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : formatMoney(value);
}

/**
 * Sum Money strings exactly, in pence.
 * @param values Money strings; absent entries count as zero
 */
export function sumPence(values: readonly (string | null | undefined)[]): bigint {
  return values.reduce<bigint>((total, v) => total + (v ? toPence(v) : 0n), 0n);
}
