/**
 * Test support: a numbered document as an outline a reviewer can read, one line per block: each
 * section, clause and list item with its id, number and heading; each paragraph with its role, the
 * references it holds (target and the text numbering gave them) and the terms it marks as defined;
 * tables by size, signature blocks by party. The words themselves are pinned by the text goldens.
 */
import type { Block, Inline, NumberedDocument } from '../../src/model/index.js';

function inlineFacts(inlines: readonly Inline[], refs: string[], terms: string[], marks: Set<string>): void {
  for (const node of inlines) {
    switch (node.type) {
      case 'reference':
        refs.push(`${node.document === null ? '' : `${node.document}#`}${node.target} "${node.text ?? ''}"`);
        break;
      case 'definedTerm':
        terms.push(node.term);
        break;
      case 'strong':
      case 'emphasis':
      case 'insertion':
      case 'deletion':
        marks.add(node.type);
        inlineFacts(node.children, refs, terms, marks);
        break;
      case 'text':
      case 'lineBreak':
        break;
    }
  }
}

function facts(inlines: readonly Inline[]): string {
  const refs: string[] = [];
  const terms: string[] = [];
  const marks = new Set<string>();
  inlineFacts(inlines, refs, terms, marks);
  return [
    refs.length > 0 ? ` → ${refs.join(', ')}` : '',
    terms.length > 0 ? ` terms: ${[...new Set(terms)].join(', ')}` : '',
    marks.size > 0 ? ` marks: ${[...marks].sort().join(', ')}` : '',
  ].join('');
}

function blockLines(blocks: readonly Block[], depth: number): string[] {
  const pad = '  '.repeat(depth);
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'section':
        return [
          `${pad}section ${block.kind} ${block.number ?? '-'} #${block.id} "${block.title}"`,
          ...blockLines(block.children, depth + 1),
        ];
      case 'clause':
        return [
          `${pad}clause ${block.number ?? '?'} #${block.id}${block.title === null ? '' : ` "${block.title}"`}`,
          ...blockLines(block.children, depth + 1),
        ];
      case 'paragraph':
        return [`${pad}paragraph${block.role ? ` (${block.role})` : ''}${facts(block.children)}`];
      case 'list':
        return [
          `${pad}list ${block.ordered ? 'ordered' : 'bulleted'}`,
          ...block.items.flatMap((item) => [
            `${pad}  item ${item.number ?? '•'}${item.id === null ? '' : ` #${item.id}`}`,
            ...blockLines(item.children, depth + 2),
          ]),
        ];
      case 'table':
        return [
          `${pad}table ${block.header.length} columns × ${block.rows.length} rows${facts(
            [...block.header, ...block.rows.flat()].flatMap((c) => c.children),
          )}`,
        ];
      case 'signatures':
        return [
          `${pad}signatures`,
          ...block.parties.map(
            (p) =>
              `${pad}  block "${p.party}"${p.signers.length > 1 ? `, ${p.signers.length} signatories` : ''}` +
              (p.signers.some((s) => s.witness !== null) ? ' witnessed' : ''),
          ),
        ];
      case 'definitions':
        return [`${pad}definitions`, ...block.items.map((d) => `${pad}  "${d.term}"${facts(d.children)}`)];
      case 'pageBreak':
        return [`${pad}page break`];
      case 'changed':
        return [`${pad}changed ${block.change}`, ...blockLines(block.children, depth + 1)];
    }
  });
}

/** The outline of `doc`: its kind, name and meta, then one line per block. */
export function outline(doc: NumberedDocument): string {
  const meta = { ...doc.meta, toolVersion: '<version>', templateHash: '<hash>' };
  return [
    `document ${doc.kind} ${doc.name}`,
    ...Object.entries(meta).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`),
    ...blockLines(doc.children, 0),
    '',
  ].join('\n');
}
