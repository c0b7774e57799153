/**
 * A provision's number as printed before its text. Clauses inside a body section carry their
 * section's number ("3.1") and print as they are; the top provisions of a schedule or an unnumbered
 * section are numbered afresh ("1") and print as "1.", as Word's level text "%1." shows them, so
 * every writer agrees. References cite the bare number ("paragraph 1 of Schedule 4").
 */

/**
 * The printed label of a provision numbered `number`: "1" → "1.", "1.1" → "1.1".
 * @param number a clause's `number` as numbering set it
 */
export function provisionLabel(number: string): string {
  return /^\d+$/.test(number) ? `${number}.` : number;
}
