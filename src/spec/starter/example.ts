/**
 * Marks a value in a starter spec as an example the user must replace, so the YAML writer can put a
 * `# example: replace` comment beside it.
 */

/** A starter value the user must replace with their own. */
export class Example {
  constructor(readonly value: string | number) {}
}

/** Mark `value` as an example to replace. */
export function ex(value: string | number): Example {
  return new Example(value);
}
