/**
 * The document's styles: Title, Heading 1–3, body text, the cover's lead and note paragraphs, table
 * text, header and footer, and a table style. Fonts, sizes and spacing live here and nowhere else,
 * so a house style is changed in one place (templates never carry any).
 */
import type { IPropertiesOptions, IStylesOptions } from 'docx';

/** Style ids, as the paragraphs name them. */
export const Style = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  body: 'BodyText',
  lead: 'Lead',
  note: 'Note',
  tableHeading: 'TableHeading',
  tableText: 'TableText',
  running: 'RunningText',
  contentsHeading: 'ContentsHeading',
  /** Word's own id for the first level of a table of contents ("toc 1"), which its TOC field sets entries in. */
  contents1: 'TOC1',
  table: 'PartnershipTable',
} as const;

const FONT = 'Arial';
/** Half-points. */
const SIZE = { body: 22, small: 18, running: 16, title: 40, heading1: 26, heading2: 22 };
/** Twips. */
const AFTER = 160;

// docx has no option object for table styles, so this one comes in as an "external" styles part, which
// docx merges with the styles below. It carries only borders, padding and a shaded, bold header row.
const TABLE_STYLE =
  `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="table" w:styleId="${Style.table}">
<w:name w:val="Partnership Table"/><w:uiPriority w:val="59"/>
<w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr>
<w:tblPr><w:tblBorders>
<w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>
<w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>
<w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/>
</w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>
<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/></w:tcPr></w:tblStylePr>
</w:style></w:styles>`.replace(/\n/g, '');

/** The styles of a document whose text is in `language` (BCP 47, e.g. "en-GB"), as `File` options. */
export function stylesOptions(language: string): Pick<IPropertiesOptions, 'styles' | 'externalStyles'> {
  return { externalStyles: TABLE_STYLE, styles: paragraphStyles(language) };
}

function paragraphStyles(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.body, language: { value: language } },
        paragraph: { spacing: { after: AFTER, line: 264 } },
      },
      title: {
        run: { font: FONT, size: SIZE.title, bold: true, color: '000000' },
        paragraph: { spacing: { after: 240 } },
      },
      heading1: {
        run: { font: FONT, size: SIZE.heading1, bold: true, color: '000000' },
        paragraph: { spacing: { before: 360, after: AFTER }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: FONT, size: SIZE.heading2, bold: true, color: '000000' },
        paragraph: { spacing: { before: 200, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font: FONT, size: SIZE.body, bold: true, italics: true, color: '000000' },
        paragraph: { spacing: { before: 160, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 2 },
      },
    },
    paragraphStyles: [
      {
        id: Style.body,
        name: 'Body Text',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { after: AFTER } },
      },
      { id: Style.lead, name: 'Lead', basedOn: Style.body, run: { size: SIZE.heading2 } },
      {
        id: Style.note,
        name: 'Note',
        basedOn: Style.body,
        run: { size: SIZE.small, italics: true },
        paragraph: {
          border: { left: { style: 'single', size: 12, space: 6, color: '808080' } },
          indent: { left: 144 },
        },
      },
      {
        id: Style.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: SIZE.small },
        paragraph: { spacing: { after: 0 } },
      },
      { id: Style.tableHeading, name: 'Table Heading', basedOn: Style.tableText, run: { bold: true } },
      // Not a heading style, so the TOC field does not list its own heading.
      {
        id: Style.contentsHeading,
        name: 'Contents Heading',
        basedOn: 'Normal',
        run: { size: SIZE.heading1, bold: true },
        paragraph: { spacing: { after: 240 } },
      },
      { id: Style.contents1, name: 'toc 1', basedOn: 'Normal', paragraph: { spacing: { after: 60 } } },
      {
        id: Style.running,
        name: 'Running Text',
        basedOn: 'Normal',
        run: { size: SIZE.running },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}
