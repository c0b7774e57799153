/**
 * What block handlers share while one document is written, and the house text styles.
 */
import type { ContentsPages } from './contents.js';
import type { Flow } from './flow.js';
import type { InlineContext } from './inlines.js';
import type { Outline } from './outline.js';
import { COLOURS, plain, type RunStyle } from './style.js';

/** Body text size in points. */
export const BODY_SIZE = 10;

function houseStyles() {
  return {
    body: plain('regular', BODY_SIZE),
    bold: plain('bold', BODY_SIZE),
    lead: plain('regular', 11.5),
    note: plain('italic', 9, COLOURS.muted),
    heading: plain('bold', 13),
    table: plain('regular', 9),
    tableHeader: plain('bold', 9),
    footer: plain('regular', 7.5, COLOURS.muted),
    footerBold: plain('bold', 7.5, COLOURS.muted),
  } satisfies Record<string, RunStyle>;
}

let cached: ReturnType<typeof houseStyles> | undefined;

/** The styles the house layout uses (built on first use: building them loads the fonts). */
export function styles(): ReturnType<typeof houseStyles> {
  cached ??= houseStyles();
  return cached;
}

/** State of the document being written. */
export interface RenderContext {
  readonly flow: Flow;
  readonly inline: InlineContext;
  readonly outline: Outline;
  /** Named destination of each id. */
  readonly destinations: ReadonlyMap<string, string>;
  /** The contents pages of a long document, told where each section's heading lands; else null. */
  readonly contents: ContentsPages | null;
}

/** Where a block sits: its indent from the left margin and how deep in clauses it is. */
export interface BlockPlace {
  readonly indent: number;
  /** 0 outside clauses, 1 in a clause, 2 in a sub-clause… */
  readonly depth: number;
  /** True directly inside a section (its clauses get outline entries). */
  readonly topLevel: boolean;
}
