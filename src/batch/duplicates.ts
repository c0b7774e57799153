/**
 * Two specs with the same `meta.spec_id` and `meta.version` in one batch would write the same pack folder,
 * the later silently replacing the earlier: both are refused, each told where the other is.
 */
import type { Diagnostic } from '../errors.js';
import type { PackResult } from './pack.js';

/** How many of the other files a refusal names; a folder of copied specs would otherwise print every
 * file's name in every other file's error. */
const NAMED = 3;

interface Candidate {
  job: { file: string };
  result: PackResult<unknown>;
}

/** The candidates whose id and version no other candidate shares; `refuse` is called for the others. */
export function refuseDuplicates<T extends Candidate>(candidates: T[], refuse: (c: T, why: Diagnostic[]) => void): T[] {
  const groups = new Map<string, T[]>();
  for (const c of candidates) {
    const key = `${c.result.specId}\0${c.result.version}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const unique: T[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      unique.push(group[0]!);
      continue;
    }
    for (const c of group) {
      const others = group.filter((o) => o !== c).map((o) => o.job.file);
      const named = others.length > NAMED ? [...others.slice(0, NAMED), `${others.length - NAMED} more`] : others;
      const list = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)!}` : named[0]!;
      const at = c.result.idAt ?? { line: 0, column: 0 };
      refuse(c, [
        {
          severity: 'error',
          code: 'duplicate',
          message: `Cannot generate spec_id \`${c.result.specId}\` version \`${c.result.version}\` twice in one run: ${list} ${others.length > 1 ? 'have' : 'has'} the same, expected each spec to have its own spec_id or version`,
          file: c.job.file,
          line: at.line,
          column: at.column,
          pointer: '/meta/spec_id',
          hint: 'give one of them another meta.spec_id, or raise its meta.version',
        },
      ]);
    }
  }
  return unique;
}
