/**
 * Execution blocks: for each party, who signs in what capacity and on what terms, then for each
 * signatory signature and date lines, their name and job title, and witness lines where that signature
 * needs a witness (with the witness's name and occupation where the spec gives them).
 *
 * Every paragraph of a block but the last keeps with the next, and none splits, so a block is never
 * broken across pages.
 */
import type { SignatureBlock, Signatures, Signer } from '../../model/index.js';
import { inlineEnv, textRun } from './inlines.js';
import { runXml, TAB_XML, type TabStop } from './ooxml.js';
import { buildParagraph } from './paragraphs.js';
import type { BlockHandler, RenderState } from './render-state.js';
import { Style } from './styles.js';

/** The ruled line to sign or write on ends here (twips from the text's left edge). */
const RULE: TabStop = { position: 6480, alignment: 'left', leader: 'underscore' };

type Line = { label: string; value: string | null };

/** The lines of one signatory: a null value is a ruled blank to fill in by hand. */
function linesOf(signer: Signer): Line[] {
  const lines: Line[] = [
    { label: 'Signature', value: null },
    { label: 'Name', value: signer.name },
    { label: 'Job title', value: signer.jobTitle },
    { label: 'Date', value: signer.date },
  ];
  if (signer.witness) {
    lines.push(
      { label: 'Witness signature', value: null },
      { label: 'Witness name', value: signer.witness.name },
      { label: 'Witness address', value: null },
      { label: 'Witness occupation', value: signer.witness.occupation },
    );
  }
  return lines;
}

function blockXml(block: SignatureBlock, indent: number, state: RenderState): string {
  const env = inlineEnv(state);
  const heading = textRun(`${block.capacity} `, env) + textRun(block.party, inlineEnv(state, { bold: true }));
  // Each signatory's lines start a little apart from the previous signatory's.
  const rows = block.signers.flatMap((signer, s) =>
    linesOf(signer).map((line, i) => ({
      first: i === 0 && s > 0,
      // The blank line to sign on is a tab, tracked with the block's text so a deleted block leaves none behind.
      content:
        textRun(`${line.label}: `, env) +
        (line.value === null
          ? runXml(TAB_XML, env.format, env.revision === null ? null : state.revision(env.revision))
          : textRun(line.value, env)),
    })),
  );
  // The terms stand on their own line under the party's name, as in the PDF and the text.
  const terms = block.terms === null ? [] : [{ first: false, content: textRun(block.terms, env) }];
  const paragraphs = [{ first: false, content: heading }, ...terms, ...rows];
  return paragraphs
    .map((paragraph, i) =>
      buildParagraph(
        {
          style: Style.body,
          content: paragraph.content,
          ...(indent > 0 ? { indent } : {}),
          keepLines: true,
          keepNext: i < paragraphs.length - 1,
          tabs: [RULE],
          spacing:
            i === 0 ? { before: 480, after: 240 } : paragraph.first ? { before: 240, after: 240 } : { after: 240 },
        },
        state,
      ),
    )
    .join('');
}

/** One execution block per party, in order. */
export const signaturesBlock: BlockHandler<Signatures> = (node, env) =>
  node.parties.map((party) => blockXml(party, env.place.indent, env.state)).join('');
