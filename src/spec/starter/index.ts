/**
 * Starter specs for `partnership init`: a complete spec per structure model, as commented YAML.
 */
import { buildStarter } from './build.js';
import { starterYaml } from './yaml.js';
import type { StructureModel } from './models.js';

export { STRUCTURE_MODELS, type StructureModel } from './models.js';

/** The most members a starter is made with (more can be added by hand). */
export const MAX_STARTER_MEMBERS = 40;

/** A commented starter spec for `model` with `members` member organisations (2 or more). */
export function starterSpec(model: StructureModel, members: number, schemaRef: string): string {
  return starterYaml(buildStarter(model, members), schemaRef, model);
}
