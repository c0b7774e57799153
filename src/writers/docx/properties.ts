/**
 * Document properties: title, subject, creator, keywords and description, status, version,
 * identifier and language in docProps/core.xml, and the tool version and template hash as custom
 * properties, which Word shows under File › Info › Properties.
 *
 * docx stamps the clock into core.xml, so the part is written here instead, dated `meta.date` at
 * 00:00 UTC, the only date a writer may embed.
 */
import type { DocumentMeta } from '../../model/index.js';
import { statusLabel } from './header-footer.js';
import type { RenderState } from './render-state.js';
import { escapeText } from './ooxml.js';
import { writableText } from './xml-text.js';

/** Path of the core properties part in the package. */
export const CORE_PROPERTIES_PATH = 'docProps/core.xml';

/** What the keywords property says: searchable words for the document. */
export function keywordsOf(meta: DocumentMeta): string {
  return ['partnership', meta.specId, meta.title, `status ${meta.status}`, `version ${meta.version}`].join('; ');
}

/** What the description (Word's "Comments") property says. */
export function descriptionOf(meta: DocumentMeta): string {
  return (
    `${meta.title} of ${meta.partnership}, version ${meta.version} (${statusLabel(meta.status)}), ` +
    `prepared ${meta.dateText}. Document ${meta.documentId}. ` +
    `Produced by partnership-docs ${meta.toolVersion} from templates ${meta.templateHash}.`
  );
}

/** Custom properties, name → value, in a fixed order. */
export function customPropertiesOf(meta: DocumentMeta): { name: string; value: string }[] {
  const properties = [
    { name: 'Partnership', value: meta.partnership },
    { name: 'DocumentId', value: meta.documentId },
    { name: 'SpecId', value: meta.specId },
    { name: 'Version', value: meta.version },
    { name: 'Status', value: meta.status },
    { name: 'PreparedDate', value: meta.date },
    { name: 'ToolVersion', value: meta.toolVersion },
    { name: 'TemplateHash', value: meta.templateHash },
  ];
  if (meta.supersedes !== null) properties.push({ name: 'Supersedes', value: meta.supersedes });
  return properties;
}

/** docProps/core.xml for `meta`. */
export function corePropertiesXml(meta: DocumentMeta, state: RenderState): string {
  const when = `${meta.date}T00:00:00Z`;
  const element = (name: string, value: string) => `<${name}>${escapeText(writableText(value, state))}</${name}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', meta.title) +
    element('dc:subject', meta.subject) +
    element('dc:creator', meta.creator) +
    element('cp:keywords', keywordsOf(meta)) +
    element('dc:description', descriptionOf(meta)) +
    element('dc:identifier', meta.documentId) +
    element('dc:language', meta.language) +
    element('cp:lastModifiedBy', meta.creator) +
    element('cp:revision', '1') +
    element('cp:version', meta.version) +
    element('cp:contentStatus', statusLabel(meta.status)) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
