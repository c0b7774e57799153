/**
 * Writes a starter spec as commented YAML: a header saying what to do next, a line above each section
 * saying what it decides, and `# example: replace` beside every value the partnership must make its own.
 */
import type { Node } from 'yaml';
import { yamlLibrary } from '../parse/yaml-library.js';
import { TEXT_FORM_WORDS, textFormAt } from '../schema/text-forms.js';
import { Example } from './example.js';

const SECTION_NOTES: Readonly<Record<string, string>> = {
  meta: 'Document control: which documents to generate, version and status.',
  partnership: 'What the partnership is for, its structure, term and governing law.',
  members: 'The parties who sign. Use each organisation’s name and numbers exactly as on the register.',
  governance: 'The decision body, chair, quorum, voting and reserved matters.',
  management: 'Who coordinates day to day and hosts the secretariat.',
  lead_partner: 'Which roles the lead partner holds and the limits of its authority.',
  work_areas: 'Areas of work: exactly one lead member each.',
  funding: 'Money: allocations + management fee + contingency must equal the total, per period and overall.',
  risk_management: 'Risk register, issue log and escalation ladder.',
  change_management: 'How the partnership changes: variations, new members, withdrawal, expulsion, termination.',
  performance: 'KPIs and reporting.',
  dispute_resolution: 'Stages for resolving disputes between partners.',
  signatures: 'One signatory per member, matching its authorised signatory.',
};

function plain(value: unknown): unknown {
  if (value instanceof Example) return value.value;
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

function markExamples(value: unknown, node: Node | null | undefined, at: (string | number)[] = []): void {
  if (!node) return;
  if (value instanceof Example) {
    // A free-text field whose form matters says which form, beside its example.
    const form = textFormAt(at);
    if (yamlLibrary().isScalar(node))
      node.comment = form === null ? ' example: replace' : ` example: replace (${TEXT_FORM_WORDS[form]})`;
    return;
  }
  if (Array.isArray(value) && yamlLibrary().isSeq(node)) {
    value.forEach((v, i) => markExamples(v, node.items[i] as Node, [...at, i]));
  } else if (value && typeof value === 'object' && yamlLibrary().isMap(node)) {
    for (const [key, v] of Object.entries(value))
      markExamples(v, node.get(key, true) as Node | undefined, [...at, key]);
  }
}

/** The starter as YAML text with its comments. */
export function starterYaml(spec: Record<string, unknown>, schemaRef: string, model: string): string {
  const doc = new (yamlLibrary().Document)(plain(spec));
  markExamples(spec, doc.contents as Node);
  doc.commentBefore = [
    ` yaml-language-server: $schema=${schemaRef}`,
    ` Starter partnership spec (${model}), made by \`partnership init\`. It validates as written.`,
    ' Replace every value marked `example: replace` with your own, then run:',
    '   partnership validate <this file>',
    '   partnership generate <this file>',
  ].join('\n');
  if (yamlLibrary().isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = yamlLibrary().isScalar(pair.key) ? String(pair.key.value) : '';
      const note = SECTION_NOTES[key];
      if (note && yamlLibrary().isScalar(pair.key)) {
        pair.key.commentBefore = ` ${note}`;
        pair.key.spaceBefore = true;
      }
    }
  }
  return doc.toString({ lineWidth: 0 });
}
