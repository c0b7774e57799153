/**
 * Which addendum value a consolidated-spec value came from. Each operation recorded the places it
 * changed; a pointer belongs to the operation that touched its longest prefix (a member's field
 * follows into the `member` the operation wrote), else to the operation about the member the value
 * names, else to the list of changes as a whole.
 */
import type { Json, Touch } from './operations/index.js';

function valueAt(spec: Json, pointer: string): unknown {
  let node: unknown = spec;
  for (const segment of pointer === '' ? [] : pointer.slice(1).split('/')) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Maps consolidated-spec pointers back to the addendum. */
export class Provenance {
  constructor(
    private readonly spec: Json,
    private readonly touches: readonly (readonly Touch[])[],
    private readonly members: readonly (readonly string[])[],
  ) {}

  /** The change (index in `changes`) a pointer is attributed to, or null. */
  changeOf(pointer: string): number | null {
    return this.match(pointer)?.change ?? null;
  }

  /** The changes that touched the section a pointer is in (a total the parts of which several set). */
  changesInSection(pointer: string): number[] {
    const top = pointer.split('/')[1] ?? '';
    const found: number[] = [];
    this.touches.forEach((list, change) => {
      if (list.some((touch) => touch.at.split('/')[1] === top)) found.push(change);
    });
    return found;
  }

  /** The addendum pointer to show a consolidated-spec problem at. */
  sourceOf(pointer: string): string {
    const found = this.match(pointer);
    if (!found) return '/changes';
    return found.touch ? `${found.touch.from}${pointer.slice(found.touch.at.length)}` : `/changes/${found.change}`;
  }

  private match(pointer: string): { change: number; touch?: Touch } | null {
    let best: { change: number; touch: Touch } | null = null;
    this.touches.forEach((list, change) => {
      for (const touch of list) {
        const covers = pointer === touch.at || pointer.startsWith(`${touch.at}/`);
        if (covers && (!best || touch.at.length >= best.touch.at.length)) best = { change, touch };
      }
    });
    if (best) return best;
    const value = valueAt(this.spec, pointer);
    for (let change = this.members.length - 1; change >= 0; change--) {
      if (typeof value === 'string' && this.members[change]!.includes(value)) return { change };
    }
    return null;
  }
}
