/**
 * The compose stage's public API: a spec → numbered documents through the templates, and the
 * lower-level rendering of one template that tests use.
 */
export {
  availableDocuments,
  composeDocument,
  composePack,
  renderTemplate,
  type ComposeOptions,
  type RenderOptions,
} from './compose.js';
export type { DraftingNoteGroup, View } from './view/index.js';
export { DOCUMENT_KINDS, DOCUMENT_TITLES, kindStem } from './document-kinds.js';
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
export { formatMoney } from './view/money.js';
export { formatDuration } from './view/durations.js';
export { formatDate } from './view/dates.js';
export { humanise } from './view/labels.js';
