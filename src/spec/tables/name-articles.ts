/**
 * Which names read with "the" before them in running text: "the London Borough of Lambeth", "the
 * Trustees of the Eastway Trust", "the National Lottery Community Fund", but "Lambeth Council" and
 * "Riverside Women's Aid". DESIGN rule 2 allows this one addition to a name; a named party's
 * `takes_article` overrides the patterns, which only supply the default.
 */

/**
 * Names that take "the": a body named for what it is of or for ("Borough of", "Council of", "Trustees
 * of", "Department for"), and a fund, programme or office named as a thing rather than as an organisation.
 * Kept narrow on purpose: a name the table misses reads as written, which is never wrong, only less
 * polished; a false match would put "the" before an organisation that never uses one.
 */
export const NAME_ARTICLE_PATTERNS: readonly RegExp[] = [
  // Local government: "London Borough of Lambeth", "Royal Borough of Greenwich", "City of Edinburgh Council",
  // "County Borough of …", "Metropolitan Borough of …", "Council of the Isles of Scilly".
  /^(?:(?:London|Royal|County|Metropolitan) )?Borough of\b/,
  /^(?:City|County|Council|Corporation) of\b/,
  // Trustees and officers named by their office: "Trustees of the Eastway Trust", "Mayor of London",
  // "Police and Crime Commissioner for Northshire", "Office of the Police and Crime Commissioner".
  /^(?:Trustees|Governors|Board|Mayor|Commissioner|Office|Department|Ministry|University|Secretary of State) (?:of|for)\b/,
  /^(?:Police(?:,| and) (?:Fire and )?Crime Commissioner|Mayor's Office)\b/,
  // Central government by name: "Home Office", "Cabinet Office", "Scottish Government", "Welsh Government".
  /^(?:Home|Cabinet|Foreign, Commonwealth and Development) Office$/,
  /^(?:Scottish|Welsh) Government$/,
  // A fund, programme or scheme: "Example Health Equality Grants Programme", "Tampon Tax Community Fund".
  /\b(?:Fund|Programme|Scheme|Initiative)$/,
];

/**
 * Whether `name` takes "the" in running text: the party's own choice when it gives one, else the
 * patterns; never for a name that already starts with its article.
 * @param name the name as the spec gives it
 * @param takesArticle the named party's `takes_article`, when it has one
 */
export function nameTakesArticle(name: string, takesArticle?: boolean | null): boolean {
  if (/^the\s/i.test(name)) return false;
  if (takesArticle !== undefined && takesArticle !== null) return takesArticle;
  return NAME_ARTICLE_PATTERNS.some((pattern) => pattern.test(name.trim()));
}
