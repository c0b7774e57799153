/**
 * Block handlers, one per block type through a map (a new block type fails to compile here until it
 * has a handler): headings, clauses with hanging numbers, paragraphs, lists, definitions, page breaks;
 * tables and signatures have files of their own.
 */
import type { Block, BlockChange, Clause, Definitions, Inline, List, Paragraph, Section } from '../../model/index.js';
import { provisionLabel } from '../../model/index.js';
import { sectionHeading as headingText } from '../contents.js';
import { styles, type BlockPlace, type RenderContext } from './context.js';
import type { Align } from './draw-line.js';
import { leading, linesHeight, MEASURE, PAGE } from './flow.js';
import { itemsOf, pushInlines, pushText, withMark } from './inlines.js';
import { breakLines, type Item } from './line-break.js';
import { introducesSignatures } from '../keep-together.js';
import { setSignatures, signaturesStart } from './signatures.js';
import type { Element } from './structure/tree.js';
import type { RunStyle } from './style.js';
import { setTable, tableStart } from './tables.js';

type Handler<T extends Block['type']> = (
  block: Extract<Block, { type: T }>,
  ctx: RenderContext,
  place: BlockPlace,
) => void;

/** Sets items as a paragraph at the place's indent. */
export function setItems(
  ctx: RenderContext,
  items: readonly Item[],
  place: BlockPlace,
  size: number,
  align: Align = 'justify',
): void {
  const width = MEASURE - place.indent;
  ctx.flow.place(breakLines(items, width, size), PAGE.left + place.indent, width, align);
}

/** Makes `text` the label of the next line placed, at `indent` from the margin (in `element`, if given). */
function setLabel(ctx: RenderContext, text: string, style: RunStyle, indent: number, element?: Element): void {
  const items: Item[] = [];
  pushText(items, text, style, ctx.inline);
  const line = breakLines(items, MEASURE, style.size)[0]!;
  ctx.flow.label = element === undefined ? { line, x: PAGE.left + indent } : { line, x: PAGE.left + indent, element };
}

/** Leaves a named destination where the next line lands. */
function anchorId(ctx: RenderContext, id: string | null, then?: (destination: string) => void): void {
  const destination = id === null ? undefined : ctx.destinations.get(id);
  if (destination === undefined) return;
  ctx.flow.anchor((y) => {
    ctx.flow.canvas.destination(destination, y);
    then?.(destination);
  });
}

/** A title as inlines: with its redline marks when it has them. */
function titleInlines(node: { title: string | null; titleMarks?: Inline[] }): Inline[] {
  return node.titleMarks ?? (node.title === null ? [] : [{ type: 'text', value: node.title }]);
}

const BLOCK_MARKS: Record<BlockChange, 'inserted' | 'deleted'> = {
  inserted: 'inserted',
  movedTo: 'inserted',
  deleted: 'deleted',
  movedFrom: 'deleted',
};

function setSection(section: Section, ctx: RenderContext): void {
  const { heading, body } = styles();
  const title = headingText(section).normalize('NFC');
  const shown: Inline[] = section.titleMarks
    ? [{ type: 'text', value: title.slice(0, title.length - section.title.length) }, ...section.titleMarks]
    : [{ type: 'text', value: title }];
  const lines = breakLines(itemsOf(shown, heading, ctx.inline), MEASURE, heading.size);
  // A schedule is a document of its own within the agreement: it starts on a fresh page.
  if (section.kind === 'schedule' && !ctx.flow.atTop) {
    ctx.flow.flushLabel();
    ctx.flow.newPage();
  }
  ctx.flow.gap(20);
  // Kept with the start of what follows: a heading never ends a page.
  const place: BlockPlace = { indent: 0, depth: 0, topLevel: true };
  ctx.flow.ensure(
    linesHeight(lines) +
      8 +
      Math.max(3 * leading(body.size), startHeight(section.children[0], ctx, place, section.children[1])),
  );
  anchorId(ctx, section.id, (destination) => {
    ctx.outline.addSection(title, destination);
    ctx.contents?.record(section.id, ctx.flow.canvas.page);
  });
  const sect = ctx.flow.open('Sect');
  ctx.flow.within(sect, () => {
    ctx.flow.within(ctx.flow.open('H2'), () => ctx.flow.place(lines, PAGE.left, MEASURE, 'left'));
    ctx.flow.gap(8);
    setBlocks(section.children, ctx, place);
  });
}

function clauseTitle(clause: Clause, ctx: RenderContext, inner: BlockPlace) {
  const { bold } = styles();
  return breakLines(itemsOf(titleInlines(clause), bold, ctx.inline), MEASURE - inner.indent, bold.size);
}

/**
 * Height a page needs to begin `block`: what a heading or clause title before it is kept with. A short
 * introduction brings the start of its table (`next`) along.
 */
function startHeight(block: Block | undefined, ctx: RenderContext, place: BlockPlace, next?: Block): number {
  const { body } = styles();
  if (block === undefined) return 0;
  if (block.type === 'paragraph' && next?.type === 'table') {
    const style = paragraphStyle(block);
    const lines = breakLines(itemsOf(block.children, style, ctx.inline), MEASURE - place.indent, style.size);
    if (lines.length <= INTRODUCTION_LINES) return 6 + linesHeight(lines) + tableStart(next, ctx, place);
  }
  switch (block.type) {
    case 'table':
      return tableStart(block, ctx, place);
    case 'signatures':
      return signaturesStart(block, ctx, place);
    case 'clause': {
      const inner: BlockPlace = {
        indent: place.indent + clauseHang(place.depth + 1),
        depth: place.depth + 1,
        topLevel: false,
      };
      const title = block.title === null ? 0 : linesHeight(clauseTitle(block, ctx, inner)) + 3;
      return 9 + title + startHeight(block.children[0], ctx, inner, block.children[1]);
    }
    case 'pageBreak':
      return 0;
    default:
      return 6 + 2 * leading(body.size);
  }
}

/** Hanging indent of a clause's text: room for "14.3" at clause level, "14.3.12" below it. */
function clauseHang(depth: number): number {
  return depth <= 1 ? 40 : 48;
}

function setClause(clause: Clause, ctx: RenderContext, place: BlockPlace): void {
  const { body, bold } = styles();
  const depth = place.depth + 1;
  const inner: BlockPlace = { indent: place.indent + clauseHang(depth), depth, topLevel: false };
  const number = clause.number ?? '';
  ctx.flow.gap(depth === 1 ? 9 : 6);
  if (number !== '') setLabel(ctx, provisionLabel(number), clause.title === null ? body : bold, place.indent);
  const outlineTitle = [number, clause.title ?? '']
    .filter((part) => part !== '')
    .join(' ')
    .normalize('NFC');
  anchorId(ctx, clause.id, (destination) => {
    if (place.topLevel && outlineTitle !== '') ctx.outline.addClause(outlineTitle, destination);
  });
  if (clause.title !== null) {
    const lines = clauseTitle(clause, ctx, inner);
    ctx.flow.ensure(linesHeight(lines) + 3 + startHeight(clause.children[0], ctx, inner, clause.children[1]));
    ctx.flow.within(ctx.flow.open('H3'), () =>
      ctx.flow.place(lines, PAGE.left + inner.indent, MEASURE - inner.indent, 'left'),
    );
    ctx.flow.gap(3);
  }
  setBlocks(clause.children, ctx, inner);
  ctx.flow.flushLabel();
}

/** Lines of an introduction this short stay whole with the start of the table they introduce. */
const INTRODUCTION_LINES = 3;

function paragraphStyle(paragraph: Paragraph) {
  const all = styles();
  const role = paragraph.role ?? 'body';
  return role === 'lead' ? all.lead : role === 'note' ? all.note : all.body;
}

function paragraphLines(paragraph: Paragraph, ctx: RenderContext, place: BlockPlace) {
  const style = paragraphStyle(paragraph);
  return breakLines(itemsOf(paragraph.children, style, ctx.inline), MEASURE - place.indent, style.size);
}

/**
 * `keep`: the height of what follows (a table's start) that a short paragraph must share its page with;
 * `whole`: the paragraph shares it whatever its length (words of execution).
 */
function setParagraph(paragraph: Paragraph, ctx: RenderContext, place: BlockPlace, keep = 0, whole = false): void {
  const lead = paragraph.role === 'lead';
  ctx.flow.gap(lead ? 10 : 6);
  const width = MEASURE - place.indent;
  const lines = paragraphLines(paragraph, ctx, place);
  if (keep > 0 && (whole || lines.length <= INTRODUCTION_LINES)) ctx.flow.ensure(linesHeight(lines) + keep);
  ctx.flow.within(ctx.flow.open('P'), () =>
    ctx.flow.place(lines, PAGE.left + place.indent, width, lead ? 'left' : 'justify'),
  );
}

function setList(list: List, ctx: RenderContext, place: BlockPlace): void {
  const { body } = styles();
  const hang = list.ordered ? 28 : 16;
  const flow = ctx.flow;
  const l = flow.open('L');
  list.items.forEach((item, index) => {
    withMark(ctx.inline, item.change, () => {
      flow.gap(4);
      const li = flow.canvas.structure.open('LI', l);
      const label = flow.canvas.structure.open('Lbl', li);
      setLabel(ctx, list.ordered ? (item.number ?? `${index + 1}.`) : '•', body, place.indent, label);
      anchorId(ctx, item.id);
      flow.within(flow.canvas.structure.open('LBody', li), () => {
        setBlocks(item.children, ctx, { indent: place.indent + hang, depth: place.depth, topLevel: false });
        flow.flushLabel();
      });
    });
  });
}

function setDefinitions(definitions: Definitions, ctx: RenderContext, place: BlockPlace): void {
  const { body, bold } = styles();
  for (const definition of definitions.items) {
    const items: Item[] = [];
    withMark(ctx.inline, definition.change, () => {
      pushText(items, `“${definition.term}”`, bold, ctx.inline);
      // The meaning carries its own verb ("means …", "has the meaning given in …"), so only a space goes between.
      pushText(items, ' ', body, ctx.inline);
      pushInlines(items, definition.children, body, ctx.inline);
    });
    ctx.flow.gap(5);
    ctx.flow.within(ctx.flow.open('P'), () =>
      withMark(ctx.inline, definition.change, () => setItems(ctx, items, place, body.size)),
    );
  }
}

const HANDLERS: { [T in Block['type']]: Handler<T> } = {
  section: (block, ctx) => setSection(block, ctx),
  clause: setClause,
  paragraph: setParagraph,
  list: setList,
  definitions: setDefinitions,
  table: (block, ctx, place) => setTable(block, ctx, place),
  signatures: (block, ctx, place) => setSignatures(block, ctx, place),
  changed: (block, ctx, place) =>
    withMark(ctx.inline, BLOCK_MARKS[block.change], () => setBlocks(block.children, ctx, place)),
  pageBreak: (_block, ctx) => {
    ctx.flow.flushLabel();
    if (!ctx.flow.atTop) ctx.flow.newPage();
  },
};

/** Sets blocks in order at `place`. */
export function setBlocks(blocks: readonly Block[], ctx: RenderContext, place: BlockPlace): void {
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    // Words of execution ("… sign for themselves and on behalf of all its trustees"), however long, stay
    // on the page of the signatures they introduce.
    if (block.type === 'paragraph' && next?.type === 'signatures' && introducesSignatures(blocks, index)) {
      setParagraph(block, ctx, place, signaturesStart(next, ctx, place), true);
      return;
    }
    // An introduction ("The Funding is provided by:") never stays behind at a page foot without its table.
    if (block.type === 'paragraph' && next?.type === 'table')
      setParagraph(block, ctx, place, tableStart(next, ctx, place));
    else (HANDLERS[block.type] as Handler<typeof block.type>)(block, ctx, place);
  });
}
