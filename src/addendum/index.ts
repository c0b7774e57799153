/**
 * The addendum stage's public surface: an addendum spec applied to its base spec gives the
 * consolidated spec (and located problems).
 */
export { applyAddendum, type AddendumPlace, type Applied } from './apply.js';
export { figuresOf } from './expected.js';
export { compareVersions } from './versions.js';
export { renderAddendum, type AddendumRenderRequest, type RenderedFile } from './render.js';
export { consolidatedYaml } from './consolidated-yaml.js';
export { draftAddendum, type DraftSources } from './draft/index.js';
