/**
 * Execution blocks → text: for each party the capacity and party name, a line to sign on, the
 * signatory's name and job title, a date (or a blank line to write it on), and witness lines when the
 * execution needs a witness (with the witness's name and occupation where the spec gives them).
 */
import type { SignatureBlock, Signatures } from '../../model/index.js';
import { fill, pad } from './wrap.js';

/** A blank to write on by hand. */
const BLANK = '_'.repeat(40);

const LABEL_WIDTH = 20;

function field(label: string, value: string, indent: number): string[] {
  const lines = fill(value, indent + LABEL_WIDTH);
  const [first = '', ...rest] = lines;
  return [pad(indent) + label.padEnd(LABEL_WIDTH) + first.trimStart(), ...rest];
}

function blockLines(block: SignatureBlock, indent: number): string[] {
  const lines = [
    ...fill(block.capacity, indent),
    ...fill(block.party, indent),
    '',
    ...field('Signature:', BLANK, indent),
    ...field('Name:', block.name, indent),
    ...field('Job title:', block.jobTitle, indent),
    ...field('Date:', block.date ?? BLANK, indent),
  ];
  if (block.witness) {
    lines.push(
      '',
      ...fill('In the presence of:', indent),
      ...field('Witness signature:', BLANK, indent),
      ...field('Witness name:', block.witness.name ?? BLANK, indent),
      ...field('Witness address:', BLANK, indent),
      ...field('', BLANK, indent),
      ...field('Witness occupation:', block.witness.occupation ?? BLANK, indent),
    );
  }
  return lines;
}

/** The lines of every party's block, a blank line between parties, starting at column `indent`. */
export function signatureLines(signatures: Signatures, indent: number): string[] {
  return signatures.parties.flatMap((block, i) => [...(i > 0 ? ['', ''] : []), ...blockLines(block, indent)]);
}
