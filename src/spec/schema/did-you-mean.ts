/**
 * Suggests the allowed name a misspelt one was probably meant to be ("did you mean `members`?").
 *
 * Only close matches are offered: a suggestion that is far from what was typed misleads more than
 * it helps, so beyond a third of the word's length in edits nothing is suggested.
 */
import { distance } from 'fastest-levenshtein';

/**
 * The allowed name nearest to `typed`, or undefined when none is close enough.
 * @param typed what the spec says
 * @param allowed the names the schema allows there
 */
export function didYouMean(typed: string, allowed: readonly string[]): string | undefined {
  const wanted = typed.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of allowed) {
    const d = distance(wanted, name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  if (best === undefined || best === typed) return undefined;
  // A word typed in another case, or with a space or hyphen for an underscore, is always a match.
  if (normalise(best) === normalise(typed)) return best;
  // Short names are close to everything: allow one slip there, a third of the word elsewhere.
  const limit = typed.length <= 3 ? 1 : Math.max(2, Math.floor(Math.max(typed.length, best.length) / 3));
  return bestDistance <= limit ? best : undefined;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[\s-]+/g, '_');
}
