/**
 * Word complex fields: REF for cross-references, PAGE and NUMPAGES for "Page X of Y".
 *
 * A complex field is begin / instrText / separate / result / end. The result is written from the
 * model (a REF's number), so the document reads right before anyone updates fields, and the
 * instruction makes Word recompute the same text when they do.
 */
import { BuilderElement, NextAttributeComponent, TextRun, XmlComponent, type IRunOptions } from 'docx';

type FieldCharType = 'begin' | 'separate' | 'end';

function fieldChar(type: FieldCharType): XmlComponent {
  return new BuilderElement({ name: 'w:fldChar', attributes: { type: { key: 'w:fldCharType', value: type } } });
}

/** The instruction of a field, kept as text with its spaces. */
class FieldInstruction extends XmlComponent {
  constructor(instruction: string) {
    super('w:instrText');
    this.root.push(new NextAttributeComponent({ space: { key: 'xml:space', value: 'preserve' } }));
    this.root.push(instruction);
  }
}

/**
 * A field's result as literal text. Not a string child of the run: docx turns string children such as
 * "CURRENT" into page-number fields.
 */
class FieldResult extends XmlComponent {
  constructor(text: string) {
    super('w:t');
    this.root.push(new NextAttributeComponent({ space: { key: 'xml:space', value: 'preserve' } }));
    this.root.push(text);
  }
}

/** The parts of a complex field, to go in one run (`TextRun` children) or in a tracked insertion's run. */
export function fieldParts(instruction: string, result: string): XmlComponent[] {
  const parts: XmlComponent[] = [fieldChar('begin'), new FieldInstruction(` ${instruction} `), fieldChar('separate')];
  if (result !== '') parts.push(new FieldResult(result));
  parts.push(fieldChar('end'));
  return parts;
}

/**
 * The instruction of a cross-reference to the numbered paragraph holding `bookmark`: `\w` gives its
 * number in full context ("14.3(b)", "Schedule 4"), `\h` makes it a link.
 */
export function refInstruction(bookmark: string): string {
  return `REF ${bookmark} \\w \\h`;
}

/** A run holding a cross-reference field whose result is `result`. */
export function refField(bookmark: string, result: string, format: IRunOptions = {}): TextRun {
  return new TextRun({ ...format, children: fieldParts(refInstruction(bookmark), result) });
}

/** A run holding the current page number. */
export function pageField(format: IRunOptions = {}): TextRun {
  return new TextRun({ ...format, children: fieldParts('PAGE', '') });
}

/** A run holding the number of pages of the document. */
export function numPagesField(format: IRunOptions = {}): TextRun {
  return new TextRun({ ...format, children: fieldParts('NUMPAGES', '') });
}
