import { describe, expect, it } from 'vitest';
import { visit, type Document } from '../../src/model/index.js';
import { everyBuiltDocument } from './built-specs.js';
import { docsOf, everyDocument, type FixturePack } from './pack.js';

// A document that borrows the agreement's definitions says so ("Words defined in the … have the same meaning here").
const BORROWS_DEFINITIONS = /have the same meaning/;
const FOUNDING_DOCUMENTS = new Set(['partnership_agreement', 'mou']);

/** Terms defined in the document's definitions blocks. */
function definedTerms(doc: Document): Set<string> {
  const terms = new Set<string>();
  visit(doc, (node) => {
    if (node.type === 'definition') terms.add(node.term);
  });
  return terms;
}

/** Each term used, with the definition (if any) whose meaning uses it. */
function termUses(doc: Document): { term: string; inDefinitionOf: string | null }[] {
  const uses: { term: string; inDefinitionOf: string | null }[] = [];
  visit(doc, (node, ancestors) => {
    if (node.type !== 'definedTerm') return;
    const owner = [...ancestors].reverse().find((a) => a.type === 'definition');
    uses.push({ term: node.term, inDefinitionOf: owner?.type === 'definition' ? owner.term : null });
  });
  return uses;
}

function plainText(doc: Document): string {
  let text = '';
  visit(doc, (node) => {
    if (node.type === 'text') text += node.value;
  });
  return text;
}

/** Terms the document may use without defining them: those of the pack's agreement or MoU, if it borrows them. */
function borrowedTerms(doc: Document, pack: FixturePack): Set<string> {
  if (!BORROWS_DEFINITIONS.test(plainText(doc))) return new Set();
  const founding = docsOf(pack).filter((d) => d !== doc && FOUNDING_DOCUMENTS.has(d.kind));
  return new Set(founding.flatMap((d) => [...definedTerms(d)]));
}

// Every document of every fixture, and of the specs built from them without funders, a main contract,
// data sharing or safeguarding: a term is defined where it is used, whatever the partnership lacks.
const DOCUMENTS = [...everyDocument(), ...everyBuiltDocument()];

describe('defined terms in the composed documents', () => {
  it.each(DOCUMENTS)(
    'should use every term %s %s defines, somewhere other than its own definition',
    (_name, _stem, pack, composed) => {
      const doc = composed ?? docsOf(pack)[0]!;
      const uses = termUses(doc);
      const unused = [...definedTerms(doc)].filter(
        (term) => !uses.some((u) => u.term === term && u.inDefinitionOf !== term),
      );
      expect(unused, `${pack.name} ${doc.kind} defines terms it never uses: ${unused.join(', ')}`).toEqual([]);
    },
  );

  it.each(DOCUMENTS)(
    'should define every term %s %s uses, or borrow it from the agreement it says it follows',
    (_name, _stem, pack, composed) => {
      const doc = composed ?? docsOf(pack)[0]!;
      const known = new Set([...definedTerms(doc), ...borrowedTerms(doc, pack)]);
      const undefinedTerms = [...new Set(termUses(doc).map((u) => u.term))].filter((term) => !known.has(term));
      expect(
        undefinedTerms,
        `${pack.name} ${doc.kind} uses terms that no definitions block of it (nor of the pack's agreement or MoU, when it says it follows them) defines: ${undefinedTerms.join(', ')}`,
      ).toEqual([]);
    },
  );
});
