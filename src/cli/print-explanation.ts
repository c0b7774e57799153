/**
 * Turns the reviewer's map (compose's explanation of a spec) into an indented listing: each document,
 * then each section and schedule marked ✓ included or ✗ omitted, with the conditions that decided it,
 * their values and the spec fields they read.
 */
import type { ExplainedCondition, ExplainedSection, Explanation } from '../compose/index.js';

/** The listing of a whole explanation, one line per section plus a line of reasons where there are any. */
export function formatExplanation(explanation: Explanation): string {
  const lines: string[] = [`${explanation.specId} ${explanation.version}`];
  for (const doc of explanation.documents) {
    lines.push('');
    if (doc.template === null) {
      lines.push(`${doc.title}: no template yet, so it cannot be generated`);
      continue;
    }
    const included = doc.sections.filter((s) => s.included).length;
    lines.push(`${doc.title} (${included} of ${doc.sections.length} sections and schedules included; ${doc.template})`);
    for (const section of doc.sections) lines.push(...formatSection(section));
  }
  return lines.join('\n');
}

function formatSection(section: ExplainedSection): string[] {
  const mark = section.included ? '✓' : '✗';
  const label =
    section.number === null
      ? ''
      : section.number.startsWith('Schedule')
        ? `${section.number}: `
        : `${section.number}. `;
  const head = `  ${mark} ${label}${section.title} {#${section.id}}`;
  // An omitted section is explained by the conditions that failed; an included one by all it met.
  const deciding = section.included ? section.conditions : section.conditions.filter((c) => !c.holds);
  if (deciding.length === 0) return [head];
  return [head, `      because ${deciding.map(formatCondition).join('; and ')}`];
}

/** `when.funded = false (reads funding.has_funding)`. */
export function formatCondition(condition: ExplainedCondition): string {
  const name = condition.named ? `when.${condition.name}` : condition.name;
  const value = condition.value === null ? 'unknown (inside a block that does not run)' : describeValue(condition);
  const reads = condition.fields.length > 0 ? ` (reads ${condition.fields.join(', ')})` : '';
  return `${name} ${value}${reads}`;
}

function describeValue(condition: ExplainedCondition): string {
  if (condition.block === 'each') return condition.value ? 'has items' : 'is empty';
  if (condition.block === 'with') return condition.value ? 'is given' : 'is not given';
  return `= ${String(condition.value)}`;
}
