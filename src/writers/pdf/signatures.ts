/**
 * Execution blocks: for each party its capacity, name and terms of signing, then for each signatory a
 * line to sign on, their name, title and date, and witness lines where that signature needs them (with
 * the witness's name and occupation where the spec gives them). A block is never split across pages.
 */
import type { SignatureBlock, Signatures, Signer } from '../../model/index.js';
import { styles, type BlockPlace, type RenderContext } from './context.js';
import { leading, MEASURE, PAGE } from './flow.js';
import { itemsOf } from './inlines.js';
import { breakLines, type Item, type Line } from './line-break.js';
import { COLOURS, type RunStyle } from './style.js';

/** Space left above a line for a hand-written signature. */
const SIGNING_SPACE = 26;
const LINE_LENGTH = 230;

/** One row of a block: text lines, or a rule to write on with a caption under it. */
type Row = { kind: 'text'; lines: Line[] } | { kind: 'rule'; caption: Line[] };

function lines(ctx: RenderContext, text: string, style: RunStyle, width: number): Line[] {
  const items: Item[] = itemsOf([{ type: 'text', value: text }], style, ctx.inline);
  return breakLines(items, width, style.size);
}

function signerRows(signer: Signer, ctx: RenderContext, width: number): Row[] {
  const { body, bold, note } = styles();
  // A detail the spec gives is printed; one it does not is a line to write on, captioned.
  const detail = (caption: string, value: string | null): Row =>
    value === null
      ? { kind: 'rule', caption: lines(ctx, caption, note, width) }
      : { kind: 'text', lines: lines(ctx, `${caption}: ${value}`, body, width) };
  const rows: Row[] = [
    { kind: 'rule', caption: lines(ctx, 'Signature', note, width) },
    detail('Name', signer.name),
    detail('Title', signer.jobTitle),
    detail('Date', signer.date),
  ];
  if (signer.witness) {
    rows.push(
      { kind: 'text', lines: [] },
      { kind: 'text', lines: lines(ctx, 'In the presence of:', bold, width) },
      { kind: 'rule', caption: lines(ctx, 'Signature of witness', note, width) },
      detail('Name of witness', signer.witness.name),
      { kind: 'rule', caption: lines(ctx, 'Address of witness', note, width) },
      detail('Occupation of witness', signer.witness.occupation),
    );
  }
  return rows;
}

function rowsOf(block: SignatureBlock, ctx: RenderContext, width: number): Row[] {
  const { body, bold } = styles();
  return [
    { kind: 'text', lines: lines(ctx, block.capacity, body, width) },
    { kind: 'text', lines: lines(ctx, block.party, bold, width) },
    ...(block.terms === null ? [] : [{ kind: 'text', lines: lines(ctx, block.terms, body, width) } as Row]),
    ...block.signers.flatMap((signer) => signerRows(signer, ctx, width)),
  ];
}

function rowHeight(row: Row): number {
  const text = row.kind === 'text' ? row.lines : row.caption;
  const height = text.reduce((sum, line) => sum + leading(line.size), 0);
  return row.kind === 'rule' ? SIGNING_SPACE + height + 5 : Math.max(height, 10) + 2;
}

const BLOCK_GAP = 22;

function blockHeight(rows: readonly Row[]): number {
  return rows.reduce((sum, row) => sum + rowHeight(row), 0);
}

/** Height a page needs to begin the execution blocks (the whole first block), for keeping a heading with it. */
export function signaturesStart(signatures: Signatures, ctx: RenderContext, place: BlockPlace): number {
  const first = signatures.parties[0];
  return first === undefined ? 0 : BLOCK_GAP + blockHeight(rowsOf(first, ctx, MEASURE - place.indent));
}

/** Sets the execution blocks, each kept whole on one page. */
export function setSignatures(signatures: Signatures, ctx: RenderContext, place: BlockPlace): void {
  const flow = ctx.flow;
  const x = PAGE.left + place.indent;
  const width = MEASURE - place.indent;
  flow.flushLabel();
  for (const block of signatures.parties) {
    const rows = rowsOf(block, ctx, width);
    flow.gap(BLOCK_GAP);
    flow.ensure(blockHeight(rows));
    // One division per party, each of its lines a paragraph: "Signature" under a rule reads as a caption.
    flow.within(flow.open('Div'), () => {
      for (const row of rows) {
        const lines = row.kind === 'rule' ? row.caption : row.lines;
        if (row.kind === 'rule') {
          flow.y += SIGNING_SPACE;
          flow.canvas.line(x, flow.y, x + LINE_LENGTH, flow.y, 0.6, COLOURS.text);
          flow.y += 1;
        }
        if (lines.length > 0)
          flow.within(flow.open('P'), () => lines.forEach((line) => flow.placeLine(line, x, width, 'left')));
        flow.y += row.kind === 'rule' ? 4 : lines.length === 0 ? 12 : 2;
      }
    });
  }
}
