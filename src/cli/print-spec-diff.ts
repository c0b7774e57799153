/**
 * A spec diff as a reviewer reads it: the changes grouped under the spec's section titles, then the
 * changes no document prints, apart, so a reviewer knows which lines move the text.
 */
import type { SpecChange } from '../diff/index.js';
import { plural } from './print.js';

/** A change to one member's allocation: its total, or one period's share. */
const ALLOCATION = /^funding\.allocations\[([^\]]+)\]\.(amount|by_period\["(.*)"\])$/;
const ALLOCATION_LABEL = /^Allocation \((.*)\) › /;

const shown = (text: string | null) => text ?? 'none';

/**
 * The changes to one member's allocation as one line: "Allocation for Bar: £40,000.00 → £45,000.00
 * (2027/28: £20,000.00 → £25,000.00)". The JSON records stay one per field.
 */
function allocationLine(group: readonly SpecChange[]): string {
  const name = ALLOCATION_LABEL.exec(group[0]!.label)?.[1] ?? ALLOCATION.exec(group[0]!.path)![1]!;
  const total = group.find((c) => c.path.endsWith('.amount'));
  const periods = group
    .filter((c) => c !== total)
    .map((c) => `${ALLOCATION.exec(c.path)![3]}: ${shown(c.beforeText)} → ${shown(c.afterText)}`)
    .join('; ');
  if (total === undefined) return `Allocation for ${name}: ${periods}`;
  const line = `Allocation for ${name}: ${shown(total.beforeText)} → ${shown(total.afterText)}`;
  return periods === '' ? line : `${line} (${periods})`;
}

/** Each change's line, a member's allocation changes (adjacent in the diff) gathered into one. */
function changeLines(changes: readonly SpecChange[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < changes.length;) {
    const member = ALLOCATION.exec(changes[i]!.path)?.[1];
    if (member === undefined) {
      lines.push(changes[i]!.text);
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < changes.length && ALLOCATION.exec(changes[end]!.path)?.[1] === member) end += 1;
    lines.push(allocationLine(changes.slice(i, end)));
    i = end;
  }
  return lines;
}

function grouped(changes: readonly SpecChange[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < changes.length;) {
    const section = changes[i]!.sectionLabel;
    let end = i + 1;
    while (end < changes.length && changes[end]!.sectionLabel === section) end += 1;
    if (lines.length > 0) lines.push('');
    lines.push(section, ...changeLines(changes.slice(i, end)).map((line) => `  ${line}`));
    i = end;
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
