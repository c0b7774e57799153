/**
 * Checks of how values stand in the running text of a composed document, read paragraph by paragraph
 * from the model: sentences that read as drafted, and names that take "the" have it.
 */
import { visit, type Document, type Node } from '../../src/model/index.js';
import {
  JURISDICTIONS,
  REGULATOR_NAMES,
  VETTING_SCHEME_NAMES,
  nameTakesArticle,
  type PartnershipSpec,
} from '../../src/spec/index.js';
import { inlineText } from '../../src/writers/txt/inlines.js';

/** The names of a spec that take "the" in running text: members (as the documents call them), funders, areas. */
export function namesTakingArticle(spec: PartnershipSpec): string[] {
  const named = [
    ...spec.members.map((m) => ({ name: m.short_name ?? m.legal_name, takes: m.takes_article })),
    ...(spec.funding?.funders ?? []).map((f) => ({ name: f.name, takes: f.takes_article })),
    ...(spec.stakeholders ?? []).map((s) => ({ name: s.name, takes: s.takes_article })),
    ...(spec.partnership.geography ?? []).map((name) => ({ name, takes: undefined })),
  ];
  return named.filter((n) => nameTakesArticle(n.name, n.takes)).map((n) => n.name);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Each place a name that takes "the" stands in running text without it. A name standing alone (a table
 * cell, a heading, a signature block) needs none, nor a list item that opens with the name as its label
 * ("London Borough of Lambeth (observer): …").
 */
export function missingArticles(doc: Document, names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const found: string[] = [];
  const pattern = new RegExp(`(?<![\\p{L}-])(?:${names.map(escape).join('|')})(?![\\p{L}])`, 'gu');
  visit(doc, (node: Node, ancestors: readonly Node[]) => {
    if (node.type !== 'paragraph' && node.type !== 'definition') return;
    const parent = ancestors.at(-1)?.type;
    if (parent === 'tableCell') return;
    const text = inlineText(node.children).trim();
    for (const m of text.matchAll(pattern)) {
      const before = text.slice(0, m.index);
      // "the" mid-sentence; "The" only where a sentence starts.
      if (/\bthe\s$/.test(before) || /(?:^|[.:;]\s+)The\s$/.test(before)) continue;
      const label = m.index === 0 && parent === 'listItem' && /^(?:$|[:,(]|\s\()/.test(text.slice(m[0].length));
      if (!label)
        found.push(`"${m[0]}" without "the": ${JSON.stringify(text.slice(Math.max(0, m.index - 40), m.index + 60))}`);
    }
  });
  return found;
}

/** Dictionary order, as the definitions are listed. */
const TERM_ORDER = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
/** Abbreviations a full stop may end without ending the sentence. */
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|No|s|ss|para|art|reg|c)\.$/;

/**
 * Problems in the sentences of a composed document, read paragraph by paragraph from the model (so a
 * clause's title never runs into its text, nor one table cell into the next): a doubled word, doubled
 * punctuation, a prose paragraph without its final stop, a sentence starting in lower case, and
 * definitions out of alphabetical order.
 */
export function sentenceProblems(doc: Document): string[] {
  const found: string[] = [];
  const near = (text: string, at: number) => JSON.stringify(text.slice(Math.max(0, at - 50), at + 30));
  const doubled = (where: string, text: string): void => {
    for (const m of text.matchAll(/(?<![\p{L}'’])(\p{L}+)\s+\1(?![\p{L}'’])/giu))
      found.push(`a doubled word${where}: ${near(text, m.index)}`);
  };
  // The title and subject a writer prints on the cover and in the properties ("… Partnership Partnership Agreement").
  doubled(' in the title', doc.meta.title);
  doubled(' in the subject', doc.meta.subject);
  visit(doc, (node: Node, ancestors: readonly Node[]) => {
    if ((node.type === 'section' || node.type === 'clause') && node.title !== null)
      doubled(' in a heading', node.title);
    if (node.type === 'signatureBlock')
      doubled(' in an execution block', `${node.capacity} ${node.party} ${node.terms ?? ''}`);
    if (node.type === 'definitions') {
      const terms = node.items.map((d) => d.term);
      const sorted = [...terms].sort((a, b) => TERM_ORDER.compare(a, b));
      if (terms.join('|') !== sorted.join('|')) found.push(`definitions out of order: ${terms.join(', ')}`);
    }
    if (node.type !== 'paragraph' && node.type !== 'tableCell' && node.type !== 'definition') return;
    const text = inlineText(node.children).trim();
    doubled('', text);
    for (const m of text.matchAll(/[.;:,]\s*[.;:]|[.;:,]\s*,(?!\d)/g))
      found.push(`doubled punctuation: ${near(text, m.index)}`);
    for (const m of text.matchAll(/\.\s+\p{Ll}/gu))
      if (!ABBREVIATION.test(text.slice(0, m.index + 1)))
        found.push(`a sentence in lower case: ${near(text, m.index)}`);
    const parent = ancestors.at(-1)?.type;
    if (node.type === 'paragraph' && parent !== 'listItem' && parent !== 'tableCell' && text !== '')
      if (!/[.:;!?)”]$|\b(?:and|or)$/.test(text))
        found.push(`a paragraph without its full stop: ${near(text, text.length)}`);
  });
  return found;
}

/** Names the documents take from the law and its institutions, not from the spec: no definition needed. */
const INSTITUTIONS = [
  ...Object.values(JURISDICTIONS).flatMap((j) => [
    j.name,
    j.courtsText,
    j.thirdPartyRightsStatute,
    j.executionText,
    j.counterpartsStatute ?? '',
    j.adultSafeguardingFramework,
    ...Object.values(j.adultSafeguardingByNation),
    j.childSafeguardingFramework,
    ...Object.values(j.childSafeguardingByNation),
    j.domesticAbuseMeaning,
  ]),
  ...Object.values(REGULATOR_NAMES),
  ...Object.values(VETTING_SCHEME_NAMES),
  'United Kingdom',
  'Information Commissioner',
  'Financial Conduct Authority',
  'British Sign Language',
  'International Data Transfer Agreement',
];
// A statute by its short title ("the Contracts (Rights of Third Parties) Act 1999"), a part of one ("Chapter V").
const STATUTE =
  /(?:\p{Lu}[\p{L}’'-]*|of|and|the|for|to|in|\([^()]*\)|\s)+\bAct(?: \([^()]*\))? \d{4}|\bChapter [IVX]+\b/gu;
const SMALL = String.raw`(?:of|and|for|the|in|to|on|&)`;
const CAPITALISED = new RegExp(
  String.raw`(?<![\p{L}\d’'-])\p{Lu}[\p{L}’'-]*(?:\s+(?:${SMALL}\s+)*\p{Lu}[\p{L}’'\d-]*)+`,
  'gu',
);

/**
 * Capitalised terms of two words or more in the running text of `doc` that nothing defines: not a
 * definition of the pack, not a term defined in the text ("(the “New Partner”)"), not the title of a
 * document of the pack, not a spec value, not a statute or institution, and not capitalised only because
 * a sentence starts with it.
 * @param doc one document of the pack
 * @param pack every document of the pack (a document borrows the terms the others define)
 * @param titles the titles of the pack's documents
 * @param values every string of the spec, longest first
 */
export function undefinedTerms(
  doc: Document,
  pack: readonly Document[],
  titles: readonly string[],
  values: readonly string[],
): string[] {
  const defined = new Set<string>(titles);
  for (const d of pack) {
    visit(d, (node: Node) => {
      if (node.type === 'definition') defined.add(node.term);
    });
  }
  const known = [...values, ...INSTITUTIONS].filter((v) => v.length > 2).sort((a, b) => b.length - a.length);
  const found = new Set<string>();
  visit(doc, (node: Node, ancestors: readonly Node[]) => {
    if (node.type !== 'paragraph' && node.type !== 'definition') return;
    if (ancestors.at(-1)?.type === 'tableCell') return;
    // A marked use of a term, or a reference, stands apart from the words around it.
    let text = node.children
      .map((c) => (c.type === 'text' ? c.value : c.type === 'definedTerm' || c.type === 'reference' ? ' ‖ ' : ''))
      .join('');
    for (const value of known) text = text.split(value).join(' ‖ ');
    text = text.replace(STATUTE, ' ‖ ');
    for (const m of text.matchAll(/[“"]([^”"]+)[”"]/g)) defined.add(m[1]!);
    for (const m of text.matchAll(CAPITALISED)) {
      let term = m[0];
      if (/(?:^|[.:;?!]\s+|\(\w+\)\s*|[“"‖]\s*)$/.test(text.slice(0, m.index))) {
        // A sentence starts with its first word: what follows may still be a term.
        term = term.replace(new RegExp(String.raw`^\S+\s+(?:${SMALL}\s+)*`, 'u'), '');
        if (!/\s/.test(term)) continue;
      }
      const isDefined = (t: string): boolean => !/\s/.test(t) || defined.has(t) || defined.has(t.replace(/’s$|s$/, ''));
      // Defined terms joined by small words ("Representatives of the Voting Partners") are each defined.
      if (!isDefined(term) && !term.split(new RegExp(String.raw`\s+(?:${SMALL}\s+)+`, 'u')).every(isDefined))
        found.add(term);
    }
  });
  return [...found];
}
