/**
 * Checks of how values stand in the running text of a composed document, read paragraph by paragraph
 * from the model: sentences that read as drafted, and names that take "the" have it.
 */
import { visit, type Document, type Node } from '../../src/model/index.js';
import { nameTakesArticle, type PartnershipSpec } from '../../src/spec/index.js';
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
