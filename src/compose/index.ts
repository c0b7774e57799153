/**
 * The compose stage's public API: a spec → numbered documents through the templates, and the
 * lower-level rendering of one template that tests use.
 */
export {
  availableDocuments,
  composeDocument,
  composePack,
  renderTemplate,
  templateSetHash,
  type ComposeOptions,
  type RenderOptions,
} from './compose.js';
export { composeAddendum, composeConformed, type AddendumInput } from './addendum.js';
export type { DraftingNoteGroup, View } from './view/index.js';
export {
  documentKind,
  documentKinds,
  documentTitle,
  isDocumentKind,
  registerDocumentKind,
  type DocumentKind,
  type DocumentKindEntry,
  type DocumentInstance,
} from './documents/index.js';
export { builtInTemplatesDir } from './templates.js';
export {
  explainSpec,
  type DocumentExplanation,
  type ExplainOptions,
  type ExplainedCondition,
  type ExplainedSection,
  type Explanation,
} from './explain.js';
export { NOT_RENDERED } from './not-rendered.js';
export { formatMoney } from '../spec/index.js';
export { formatDuration } from './view/durations.js';
export { formatDate } from './view/dates.js';
export { humanise } from './view/labels.js';
export { SOURCES_ID } from './review.js';
