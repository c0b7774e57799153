/**
 * Checks of how values stand in the running text of a composed document, read paragraph by paragraph
 * from the model: names that take "the" have it.
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
