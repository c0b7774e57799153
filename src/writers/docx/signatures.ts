/**
 * Execution blocks: for each party, who signs in what capacity, signature and date lines, the
 * signatory's name and job title, and witness lines where a witness is needed.
 *
 * Every paragraph of a block but the last keeps with the next, and none splits, so a block is never
 * broken across pages.
 */
import { LeaderType, Tab, TabStopType, TextRun, type FileChild, type ParagraphChild } from 'docx';
import type { SignatureBlock, Signatures } from '../../model/index.js';
import { inlineEnv, textRun } from './inlines.js';
import { buildParagraph } from './paragraphs.js';
import type { BlockHandler, RenderState } from './render-state.js';
import { Style } from './styles.js';

/** Where the ruled lines end (twips from the text's left edge). */
const LINE_END = 6480;

type Line = { label: string; value: string | null };

/** The lines of one block: a null value is a ruled blank to fill in by hand. */
function linesOf(block: SignatureBlock): Line[] {
  const lines: Line[] = [
    { label: 'Signature', value: null },
    { label: 'Name', value: block.name },
    { label: 'Job title', value: block.jobTitle },
    { label: 'Date', value: block.date },
  ];
  if (block.witness) {
    lines.push(
      { label: 'Witness signature', value: null },
      { label: 'Witness name', value: null },
      { label: 'Witness address', value: null },
      { label: 'Witness occupation', value: null },
    );
  }
  return lines;
}

function lineRuns(line: Line, state: RenderState): ParagraphChild[] {
  const env = inlineEnv(state);
  const label = textRun(`${line.label}: `, env);
  if (line.value === null) return [...label, new TextRun({ children: [new Tab()] })];
  return [...label, ...textRun(line.value, env)];
}

function blockOf(block: SignatureBlock, indent: number, state: RenderState): FileChild[] {
  const env = inlineEnv(state);
  const heading: ParagraphChild[] = [...textRun(`${block.capacity} `, env), ...textRun(block.party, inlineEnv(state, { bold: true }))];
  const lines = linesOf(block);
  const paragraphs = [heading, ...lines.map((line) => lineRuns(line, state))];
  return paragraphs.map((children, i) =>
    buildParagraph(
      {
        style: Style.body,
        children,
        ...(indent > 0 ? { indent } : {}),
        keepLines: true,
        keepNext: i < paragraphs.length - 1,
        tabStops: [{ type: TabStopType.LEFT, position: LINE_END, leader: LeaderType.UNDERSCORE }],
        spacing: i === 0 ? { before: 480, after: 240 } : { after: 240 },
      },
      state,
    ),
  );
}

/** One execution block per party, in order. */
export const signaturesBlock: BlockHandler<Signatures> = (node, env) =>
  node.parties.flatMap((party) => blockOf(party, env.place.indent, env.state));
