/**
 * The page: A4 portrait with one-inch margins, and the width left for text, which tables and the
 * running header and footer are laid out against.
 */
import type { ISectionPropertiesOptions } from 'docx';

/** A4 in twips. */
export const PAGE_WIDTH = 11906;
export const PAGE_HEIGHT = 16838;
/** One inch on every side. */
export const MARGIN = 1440;
/** Width of the text column (twips). */
export const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

/** The page size and margins of the document's one section. */
export function pageProperties(): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
      margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, header: 708, footer: 708 },
    },
  };
}
