/**
 * Keeps in each definitions block only the terms the document uses, so the definitions clause lists
 * exactly the terms its text relies on whatever conditions left out.
 *
 * Walks blocks and inlines directly rather than through the model's generic visitor: this runs on every
 * composed document, and only the path down to a definitions block is rebuilt.
 */
import type { Block, Definition, Document, Inline } from '../model/index.js';

/** Terms used in `inlines`, added to `into`. */
function inlineTerms(inlines: readonly Inline[], into: Set<string>): void {
  for (const inline of inlines) {
    if (inline.type === 'definedTerm') into.add(inline.term);
    else if ('children' in inline) inlineTerms(inline.children, into);
  }
}

/** Terms used outside definitions blocks, and every definition, in `blocks`. */
function survey(blocks: readonly Block[], used: Set<string>, definitions: Definition[]): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'section':
      case 'clause':
        survey(block.children, used, definitions);
        break;
      case 'paragraph':
        inlineTerms(block.children, used);
        break;
      case 'list':
        for (const item of block.items) survey(item.children, used, definitions);
        break;
      case 'table':
        for (const cell of block.header) inlineTerms(cell.children, used);
        for (const row of block.rows) for (const cell of row) inlineTerms(cell.children, used);
        break;
      case 'definitions':
        definitions.push(...block.items);
        break;
      case 'changed':
        survey(block.children, used, definitions);
        break;
      case 'signatures':
      case 'pageBreak':
        break;
      default: {
        const unknown: never = block;
        throw new Error(`Cannot survey unknown block \`${(unknown as { type: string }).type}\``);
      }
    }
  }
}

/** `blocks` with definitions outside `kept` removed; the same array when nothing changes. */
function prune(blocks: Block[], kept: ReadonlySet<Definition>): Block[] {
  let changed = false;
  const out = blocks.map((block): Block => {
    let next = block;
    if (block.type === 'definitions') next = { ...block, items: block.items.filter((d) => kept.has(d)) };
    else if (block.type === 'section' || block.type === 'clause') {
      const children = prune(block.children, kept);
      if (children !== block.children) next = { ...block, children };
    } else if (block.type === 'list') {
      const items = block.items.map((item) => {
        const children = prune(item.children, kept);
        return children === item.children ? item : { ...item, children };
      });
      if (items.some((item, i) => item !== block.items[i])) next = { ...block, items };
    }
    changed ||= next !== block;
    return next;
  });
  return changed ? out : blocks;
}

/**
 * `doc` without the definitions of terms it never uses. A term counts as used when it appears
 * outside the definitions, or in the meaning of another definition that is kept.
 */
export function pruneDefinitions(doc: Document): Document {
  const used = new Set<string>();
  const definitions: Definition[] = [];
  survey(doc.children, used, definitions);
  if (definitions.length === 0) return doc;
  const kept = new Set<Definition>();
  // A kept definition's meaning may use further terms, which must then be kept too.
  for (let grew = true; grew;) {
    grew = false;
    for (const definition of definitions) {
      if (kept.has(definition) || !used.has(definition.term)) continue;
      kept.add(definition);
      inlineTerms(definition.children, used);
      grew = true;
    }
  }
  return kept.size === definitions.length ? doc : { ...doc, children: prune(doc.children, kept) };
}
