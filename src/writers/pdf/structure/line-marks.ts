/**
 * The marked-content sequences of one drawn line: the text belongs to the line's element (a P, a
 * heading, a table cell), except a reference's text, which belongs to a Link element of its own so
 * that the link's annotation and its words sit together in the tree; page furniture is an artifact.
 */
import type { RunStyle } from '../style.js';
import type { Element, StructureTree, Tag } from './tree.js';

/** Which sequence the text being drawn is in, opened only when text is drawn in it. */
export class LineMarks {
  private open: Element | 'artifact' | null = null;
  private linkKey: string | null = null;
  /** The Link element of the reference being drawn, if any. */
  link: Element | null = null;

  constructor(
    private readonly tree: StructureTree,
    private readonly tag: Tag,
  ) {}

  private want(style: RunStyle): Element | 'artifact' {
    if (this.tag === 'artifact') return 'artifact';
    if (style.link !== this.linkKey) {
      this.linkKey = style.link;
      this.link = style.link === null ? null : this.tree.open('Link', this.tag);
    }
    return this.link ?? this.tag;
  }

  /** True when text in `style` needs another sequence than the open one (the text object's TJ must be closed first). */
  changes(style: RunStyle): boolean {
    return this.want(style) !== this.open;
  }

  /** The operators ending the open sequence and beginning the one text in `style` belongs to. */
  enter(style: RunStyle): string {
    const next = this.want(style);
    let ops = this.end();
    ops += next === 'artifact' ? ' /Artifact BMC' : ` ${this.tree.begin(next)}`;
    this.open = next;
    return ops;
  }

  /** The operator ending the open sequence, if one is open. */
  end(): string {
    if (this.open === null) return '';
    this.open = null;
    return ' EMC';
  }
}
