/**
 * A spec diff as a reviewer reads it: the changes grouped under the spec's section titles, then the
 * changes no document prints, apart, so a reviewer knows which lines move the text.
 */
import type { SpecChange } from '../diff/index.js';
import { plural } from './print.js';

function grouped(changes: readonly SpecChange[]): string[] {
  const lines: string[] = [];
  let section: string | null = null;
  for (const change of changes) {
    if (change.sectionLabel !== section) {
      if (section !== null) lines.push('');
      section = change.sectionLabel;
      lines.push(section);
    }
    lines.push(`  ${change.text}`);
  }
  return lines;
}

/**
 * The plain-language listing of `changes` between the spec files `oldFile` and `newFile`.
 * @param changes from `diffSpecs`
 * @param oldFile the old spec as the user named it
 * @param newFile the new spec as the user named it
 */
export function formatSpecDiff(changes: readonly SpecChange[], oldFile: string, newFile: string): string {
  const lines = [`Changes from ${oldFile} to ${newFile}`, ''];
  if (changes.length === 0) return [...lines, 'No change: the two specs are the same.'].join('\n');
  const printed = changes.filter((c) => c.rendered);
  const unprinted = changes.filter((c) => !c.rendered);
  lines.push(...grouped(printed));
  if (unprinted.length > 0) {
    if (printed.length > 0) lines.push('');
    lines.push('Not printed in any document', '');
    lines.push(...grouped(unprinted).map((line) => (line === '' ? line : `  ${line}`)));
  }
  lines.push(
    '',
    `${plural(changes.length, 'change')}: ${printed.length} printed in the documents, ${unprinted.length} not printed`,
  );
  return lines.join('\n');
}
