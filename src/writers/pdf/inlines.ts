/**
 * Inline content to line-breaking items: text split into words and spaces (NFC first), styles from
 * strong/emphasis/redline marks, references as linked text, and every character the font lacks
 * recorded for a warning.
 */
import type { Inline } from '../../model/index.js';
import { pieceOf, type Item, type Piece } from './line-break.js';
import { COLOURS, restyle, withFace, type RunStyle } from './style.js';

/** What inline conversion needs from the document being written. */
export interface InlineContext {
  /** Named destination of each id in this document (the targets a reference may link to). */
  readonly destinations: ReadonlyMap<string, string>;
  /** Code points with no glyph, gathered for warnings. */
  readonly missing: Set<number>;
  /** In a redline, the whole-block mark of the text being set (inserted or deleted), else null. */
  mark?: 'inserted' | 'deleted' | null;
}

/** `style` as inserted (underlined, coloured) or deleted (struck through) text. */
export function markedStyle(style: RunStyle, mark: 'inserted' | 'deleted'): RunStyle {
  return mark === 'inserted'
    ? restyle(style, { colour: COLOURS.inserted, underline: COLOURS.inserted })
    : restyle(style, { colour: COLOURS.deleted, strike: COLOURS.deleted });
}

/**
 * Runs `set` with every text it sets marked as `mark` (a redline's whole inserted or deleted block).
 * @param ctx the inline context
 * @param mark the mark, or null/undefined for none
 * @param set what sets the block
 */
export function withMark(ctx: InlineContext, mark: 'inserted' | 'deleted' | null | undefined, set: () => void): void {
  const outer = ctx.mark ?? null;
  ctx.mark = mark ?? outer;
  try {
    set();
  } finally {
    ctx.mark = outer;
  }
}

const SPACE = /[ \t\r\n]+/;
const ARABIC = /\p{Script=Arabic}/u;

/**
 * DejaVu Sans's oblique faces have no Arabic letters (its Hebrew they have), so an emphasised word with
 * Arabic in it is set upright, as Arabic type usually is, rather than as empty boxes.
 */
function faceFor(style: RunStyle, word: string): RunStyle {
  if ((style.face !== 'italic' && style.face !== 'boldItalic') || !ARABIC.test(word)) return style;
  return restyle(style, { face: style.face === 'italic' ? 'regular' : 'bold' });
}

/** Appends the words and spaces of `value` in `style` to `items`. */
export function pushText(items: Item[], value: string, given: RunStyle, ctx: InlineContext): void {
  const style = ctx.mark ? markedStyle(given, ctx.mark) : given;
  const parts = value.normalize('NFC').split(SPACE);
  parts.forEach((word, index) => {
    if (index > 0) pushSpace(items, style);
    if (word.length === 0) return;
    const piece = pieceOf(faceFor(style, word), word);
    for (const cp of piece.shape.missing) ctx.missing.add(cp);
    pushPiece(items, piece);
  });
}

function pushSpace(items: Item[], style: RunStyle): void {
  const last = items[items.length - 1];
  if (last !== undefined && last.kind === 'space') return;
  items.push({ kind: 'space', style, width: style.spaceWidth });
}

/** Glues a piece to the word before it when no space separates them ("Partner" + "s"). */
function pushPiece(items: Item[], piece: Piece): void {
  const last = items[items.length - 1];
  if (last !== undefined && last.kind === 'word') {
    last.pieces.push(piece);
    last.width += piece.width;
  } else {
    items.push({ kind: 'word', pieces: [piece], width: piece.width });
  }
}

/** Appends inline content in `style` to `items`. */
export function pushInlines(items: Item[], inlines: readonly Inline[], style: RunStyle, ctx: InlineContext): void {
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
        pushText(items, inline.value, style, ctx);
        // A reviewer copy's value is followed by the number of its source, in the muted colour.
        if (inline.source) pushText(items, `[${inline.source.number}]`, restyle(style, { colour: COLOURS.muted }), ctx);
        break;
      case 'strong':
        pushInlines(items, inline.children, restyle(style, { face: withFace(style.face, 'bold') }), ctx);
        break;
      case 'emphasis':
        pushInlines(items, inline.children, restyle(style, { face: withFace(style.face, 'italic') }), ctx);
        break;
      case 'reference': {
        // A reference into another document of the pack has no destination in this file: plain text.
        const destination = inline.document === null ? ctx.destinations.get(inline.target) : undefined;
        pushText(items, inline.text ?? inline.target, destination ? restyle(style, { link: destination }) : style, ctx);
        break;
      }
      case 'definedTerm':
        pushText(items, inline.term, style, ctx);
        break;
      case 'insertion':
        pushInlines(items, inline.children, markedStyle(style, 'inserted'), ctx);
        break;
      case 'deletion':
        pushInlines(items, inline.children, markedStyle(style, 'deleted'), ctx);
        break;
      case 'lineBreak':
        items.push({ kind: 'break' });
        break;
      default: {
        const never: never = inline;
        throw new Error(`Cannot set inline ${(never as Inline).type}, expected a known inline`);
      }
    }
  }
}

/** Items for inline content in `style`. */
export function itemsOf(inlines: readonly Inline[], style: RunStyle, ctx: InlineContext): Item[] {
  const items: Item[] = [];
  pushInlines(items, inlines, style, ctx);
  return items;
}
