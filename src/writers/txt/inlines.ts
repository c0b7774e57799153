/**
 * Inline content → plain text: references print their numbered text, redline marks print as
 * `{+inserted+}` and `[-deleted-]`, a line break is '\n', a reviewer copy's value is followed by `[n]`.
 * Bold and italic have no plain-text form and print as their words alone, so no user text is mistaken
 * for markup.
 */
import { PartnershipError } from '../../errors.js';
import type { Inline } from '../../model/index.js';

/** The plain text of a run of inlines. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map(inlineToText).join('');
}

function inlineToText(node: Inline): string {
  switch (node.type) {
    case 'text':
      // A reviewer copy's value is followed by the number of its source.
      return node.source ? `${node.value}[${node.source.number}]` : node.value;
    case 'strong':
    case 'emphasis':
      return inlineText(node.children);
    case 'reference':
      if (node.text === undefined) {
        throw new PartnershipError(
          'internal',
          `Cannot write reference to \`${node.target}\`: it has no text, expected a numbered document`,
        );
      }
      return node.text;
    case 'definedTerm':
      return node.term;
    case 'insertion':
      return `{+${inlineText(node.children)}+}`;
    case 'deletion':
      return `[-${inlineText(node.children)}-]`;
    case 'lineBreak':
      return '\n';
    default: {
      const unknown: never = node;
      throw new PartnershipError('internal', `Cannot handle unknown inline \`${(unknown as { type: string }).type}\``);
    }
  }
}
