/**
 * The docx writer's environment and state: where a block sits in the numbering, and what one render
 * counts (bookmark and revision ids, list instances, warnings).
 *
 * Every id the writer puts in the XML comes from a counter here, which starts afresh for each render,
 * so the same Document always gives the same ids, whatever was rendered before in the process.
 */
import type { Diagnostic } from '../../errors.js';
import type { Block, Document, Section } from '../../model/index.js';
import { FIRST_NUM_ID, LAST_LEVEL, type NumberingReference } from './numbering.js';
import type { Revision, RevisionKind } from './ooxml.js';
import { collectTargets, MAX_BOOKMARK_LENGTH, ownBookmark, type Target } from './targets.js';
import { contentsSections } from '../contents.js';

/** One list of numbered provisions: the body's clauses, or one schedule's or unnumbered section's paragraphs. */
export interface ProvisionList {
  reference: NumberingReference;
  instance: number;
}

/** Where a block is rendered. */
export interface Place {
  /** The provision list clauses here are numbered in. */
  list: ProvisionList;
  /** The level a clause placed here takes in `list`. */
  level: number;
  /** Left indent (twips) of body text here. */
  indent: number;
  /** How many ordered lists enclose this point below the nearest clause or section. */
  listDepth: number;
  /** The numbering of the ordered list item this point is in, which a nested ordered list continues. */
  item: NumberedAt | null;
  /** How many unordered lists enclose this point. */
  bullets: number;
}

/** The numbering a paragraph is given: a definition, an instance of it, and a level. */
export interface NumberedAt {
  reference: NumberingReference;
  instance: number;
  level: number;
}

/** What every block handler receives. */
export interface BlockEnv {
  state: RenderState;
  place: Place;
  /** Renders child blocks at another place. */
  render: (blocks: readonly Block[], place: Place) => string;
  /** True for a paragraph that introduces the table after it, and is kept on its page. */
  keepNext?: boolean;
}

/** A handler for one block type: the body XML (paragraphs and tables) of the block. */
export type BlockHandler<T extends Block> = (node: T, env: BlockEnv) => string;

/** Author of every tracked change the writer writes, unless the document names one. */
export const REVISION_AUTHOR = 'partnership-docs';

/** The state of one render. */
export class RenderState {
  readonly warnings: Diagnostic[] = [];
  readonly targets: Map<string, Target>;
  /** The sections the contents list names, or null when the document is short enough to have none. */
  readonly contents: readonly Section[] | null;
  /** `meta.date` at 00:00 UTC: the date of every tracked change. */
  readonly revisionDate: string;
  readonly file: string;
  /** Who the tracked changes are attributed to. */
  readonly revisionAuthor: string;
  /** The comments written so far (a reviewer copy's sources), by id. */
  readonly comments: string[] = [];
  /** Who the comments are by. */
  readonly commentAuthor = REVISION_AUTHOR;
  /** The whole-block change of what is being written (a redline's inserted, deleted or moved block), or null. */
  blockRevision: RevisionKind | null = null;
  private revisionIds = 0;
  private bookmarkIds = 0;
  private readonly instances = new Map<NumberingReference, number>();
  private readonly numIds = new Map<string, number>();
  /** The definition of each list instance the body uses, in w:numId order from FIRST_NUM_ID. */
  readonly listInstances: NumberingReference[] = [];
  // Per list instance, per level: whether a paragraph used the level since a shallower level was last used.
  private readonly levelsInUse = new Map<string, boolean[]>();

  constructor(doc: Document, file: string) {
    this.targets = collectTargets(doc);
    this.contents = contentsSections(doc);
    this.revisionDate = `${doc.meta.date}T00:00:00Z`;
    this.revisionAuthor = doc.meta.revisionAuthor ?? REVISION_AUTHOR;
    this.file = file;
  }

  /**
   * The bookmark a contents entry links to: a section's cross-reference bookmark, or for an unnumbered
   * section named in the contents one of its own (`_Toc_` and its id, as Word names its own); else null.
   */
  contentsBookmark(id: string): string | null {
    const target = this.targets.get(id);
    if (target !== undefined) return ownBookmark(target);
    if (this.contents === null || !this.contents.some((section) => section.id === id)) return null;
    return `_Toc_${id.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, MAX_BOOKMARK_LENGTH);
  }

  /**
   * The w:numId of a list instance, given on first use, so ids follow document order; numbering.xml
   * has a w:num for each (see `skeleton.ts`).
   */
  numId(at: NumberedAt): number {
    const key = `${at.reference}/${at.instance}`;
    let id = this.numIds.get(key);
    if (id === undefined) {
      id = FIRST_NUM_ID + this.listInstances.length;
      this.listInstances.push(at.reference);
      this.numIds.set(key, id);
    }
    return id;
  }

  /** A new comment's id (comments are numbered in document order, per render). */
  addComment(text: string): number {
    this.comments.push(text);
    return this.comments.length - 1;
  }

  /** A new tracked change of `kind`, numbered and dated. */
  revision(kind: RevisionKind): Revision {
    return { kind, id: this.nextRevisionId(), author: this.revisionAuthor, date: this.revisionDate };
  }

  /** Writes what `write` returns with every paragraph and run in it tracked as `kind` (null: as it is). */
  within(kind: RevisionKind | null | undefined, write: () => string): string {
    if (!kind) return write();
    const outer = this.blockRevision;
    this.blockRevision = kind;
    try {
      return write();
    } finally {
      this.blockRevision = outer;
    }
  }

  /** The next id for a w:ins or w:del. */
  nextRevisionId(): number {
    this.revisionIds += 1;
    return this.revisionIds;
  }

  /** The next id pairing a w:bookmarkStart with its w:bookmarkEnd. */
  nextBookmarkId(): number {
    this.bookmarkIds += 1;
    return this.bookmarkIds;
  }

  /** A new instance of `reference`: a list that starts again at every level. */
  newInstance(reference: NumberingReference): number {
    const next = (this.instances.get(reference) ?? 0) + 1;
    this.instances.set(reference, next);
    return next;
  }

  /** Records that a paragraph is numbered at `at`, as Word counts: deeper levels restart after it. */
  use(at: NumberedAt): void {
    const levels = this.levelsOf(at);
    levels[at.level] = true;
    for (let deeper = at.level + 1; deeper <= LAST_LEVEL; deeper += 1) levels[deeper] = false;
  }

  /** Whether a list started at `at` would count from the level's start in Word. */
  startsAfresh(at: NumberedAt): boolean {
    return !this.levelsOf(at)[at.level];
  }

  /** Adds a warning about the document being rendered. */
  warn(code: string, message: string): void {
    this.warnings.push({ severity: 'warning', code, message, file: this.file, line: 0, column: 0, pointer: '' });
  }

  private levelsOf(at: NumberedAt): boolean[] {
    const key = `${at.reference}/${at.instance}`;
    let levels = this.levelsInUse.get(key);
    if (levels === undefined) {
      levels = new Array<boolean>(LAST_LEVEL + 1).fill(false);
      this.levelsInUse.set(key, levels);
    }
    return levels;
  }
}
