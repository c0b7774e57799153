/**
 * A numbered agreement whose partners have Hebrew and Arabic names mixed with Latin, digits and
 * brackets, in running text, emphasis, a table and the execution blocks: the right-to-left cases
 * every writer must set in the right order and extract as written.
 */
import {
  clause,
  documentOf,
  emphasis,
  numberDocument,
  paragraph,
  section,
  signatures,
  table,
  type NumberedDocument,
} from '../../src/model/index.js';
import { sampleMeta } from './sample-document.js';

/** Hebrew, with a registration number in brackets (digits stay left to right). */
export const HEBREW_NAME = 'עמותת אור לנשים (מס׳ 580123456)';
/** Arabic, joined letters (shaping), with Latin in brackets. */
export const ARABIC_NAME = 'جمعية النور للمرأة (Al-Noor)';
/** Latin with an Arabic trading name and digits. */
export const MIXED_NAME = 'Noor Women 2024 Ltd — نور';
/** A signatory's name in Arabic, and one in Hebrew. */
export const ARABIC_SIGNATORY = 'ليلى حداد';
export const HEBREW_SIGNATORY = 'דנה לוי';

/** The agreement, numbered. */
export function rtlDocument(): NumberedDocument {
  return numberDocument(
    documentOf('partnership_agreement', 'rtl-agreement', sampleMeta('Partnership Agreement', 'rtl-agreement'), [
      section('parties', 'Parties', [
        clause('party-list', null, [
          paragraph(`This agreement is made between ${HEBREW_NAME} and ${ARABIC_NAME}, with ${MIXED_NAME}.`),
          paragraph('The lead partner is ', emphasis(ARABIC_NAME), ', whose number is 12345.'),
        ]),
      ]),
      section('partner-table', 'Partner details', [
        table(
          ['Partner', 'Share (£)'],
          [
            [HEBREW_NAME, '12,000'],
            [ARABIC_NAME, '8,500'],
          ],
          ['left', 'right'],
        ),
      ]),
      section('execution', 'Execution', [
        signatures([
          { party: HEBREW_NAME, name: HEBREW_SIGNATORY, jobTitle: 'Chair' },
          { party: ARABIC_NAME, name: ARABIC_SIGNATORY, jobTitle: 'Director (مديرة)' },
        ]),
      ]),
    ]),
  );
}
