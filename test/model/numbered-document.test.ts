import { describe, expect, it } from 'vitest';
import { numberDocument, type Document, type NumberedDocument } from '../../src/model/index.js';
import type { Writer } from '../../src/writers/index.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { writePdf } from '../../src/writers/pdf/index.js';
import { writeText } from '../../src/writers/txt/index.js';
import { sampleDocument, samplePack } from '../support/sample-document.js';

// `npm run typecheck` compiles this file: each @ts-expect-error fails the build if the error it expects
// goes away, so these lines prove that no writer accepts a document numberDocument has not numbered.
describe('numbered documents', () => {
  it('should let only numberDocument make the document every writer takes', () => {
    const composed: Document = sampleDocument();
    // @ts-expect-error a composed Document is not a NumberedDocument
    const unnumbered: NumberedDocument = composed;
    const numbered: NumberedDocument = numberDocument(composed, samplePack());
    const writers: Writer[] = [writeDocx, writePdf, writeText];
    for (const writer of writers) {
      // @ts-expect-error no writer takes an unnumbered Document
      void (() => writer(composed, {}));
      void (() => writer(numbered, {}));
    }
    expect(unnumbered).toBe(composed);
    expect(numbered).not.toBe(composed);
  });
});
