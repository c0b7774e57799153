/**
 * The fast path for reading YAML: js-yaml reads a plain spec about fourteen times faster than the
 * positioned parse (4 ms against 55 ms for a 60-member spec), and a valid spec needs no positions.
 *
 * Only files with nothing the two readers could disagree on take this path: no tabs (the positioned
 * parse explains tab indentation), no anchors or aliases (the positioned parse caps alias expansion),
 * no tags. Plain scalars resolve by YAML 1.2's core schema exactly as the positioned parse resolves
 * them (core-schema.ts): dates stay strings, `1.0` is a number, `0b1010` a string; a duplicate key
 * throws. Whatever it rejects is read again by the positioned parse, which locates it.
 */
import { load } from 'js-yaml';
import type { PositionTree } from '../locate.js';
import { YAML_12_CORE } from './core-schema.js';
import { recordPositions } from './plain-positions.js';

/**
 * The data and, worked out on demand from the same read, where each value sits (null when the read
 * cannot account for it); or `ok: false` when the positioned parse must read the file.
 */
export type PlainRead = { ok: true; data: unknown; positions: () => PositionTree<unknown> | null } | { ok: false };

const UNUSUAL = /\t|(^|[\s[{,])[&*!][^\s]|^(---|\.\.\.)/m;

// Two shapes js-yaml reads otherwise than YAML 1.2 says, which send a file to the positioned parse too.
// A key written as null or left empty (`~:`, `null:`, `[:]`): js-yaml names it "null", the positioned
// parse "". (A block mapping's empty key `: x` needs no test: js-yaml rejects it.)
const NULL_WORD_KEY = /(?:~|[Nn]ull|NULL) *:(?=[\s,\]}]|$)/gm;
const EMPTY_FLOW_KEY = /[[{,?] *:(?=[\s,\]}]|$)/m;
// An empty item of a sequence nested in a sequence item (`- -` ending a line): js-yaml puts the next
// sibling in the inner sequence.
const EMPTY_NESTED_ITEM = /- +- *$/m;

/** True when a null word (`~`, `null`) is written as a key: alone, after indentation or `{`, `[`, `,`, `?`. */
function hasNullKey(text: string): boolean {
  // One literal-led search over the file, then a look at the character before each hit, is several
  // times cheaper than one pattern that starts at every space.
  NULL_WORD_KEY.lastIndex = 0;
  for (let m = NULL_WORD_KEY.exec(text); m !== null; m = NULL_WORD_KEY.exec(text)) {
    if (m.index === 0 || /[\s[{,?]/.test(text[m.index - 1]!)) return true;
  }
  return EMPTY_FLOW_KEY.test(text);
}

/** Read `text` with the fast reader if it is plain YAML. */
export function readPlainYaml(text: string): PlainRead {
  if (UNUSUAL.test(text) || hasNullKey(text) || EMPTY_NESTED_ITEM.test(text)) return { ok: false };
  const recorder = recordPositions(text);
  try {
    const data = load(text, { schema: YAML_12_CORE, json: false, listener: recorder.listener });
    return { ok: true, data, positions: () => recorder.tree(data) };
  } catch {
    return { ok: false };
  }
}
