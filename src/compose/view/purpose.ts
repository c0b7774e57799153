/**
 * The partnership itself: name, purpose, objectives, principles, beneficiaries, geography, model and
 * legal status (sections 5–7).
 */
import type { ViewContext } from './context.js';
import { label, labels } from './labels.js';
import { joinAnd } from './lists.js';
import { inRunningText } from './names.js';
import { asSentence, withoutFinalStop } from './sentences.js';

/** One objective. */
export interface ObjectiveView {
  id: string;
  text: string;
}

/** The partnership's identity and aims. */
export interface PartnershipView {
  name: string;
  shortName: string | null;
  /** The purpose as a sentence, ending with a full stop once: it ends a paragraph in every document. */
  purpose: string;
  objectives: ObjectiveView[];
  principles: string[];
  /** Who the partnership benefits, as a sentence: it ends the sentence that prints it. */
  beneficiaries: string | null;
  /** "England and the London Borough of X", or null. */
  geography: string | null;
  /** "a strategic partnership". */
  wayOfWorking: string;
  /** Secondary ways of working joined, or null. */
  secondaryWaysOfWorking: string | null;
  /** "a lead agency model". */
  structureModel: string;
  /** Sections that bind in a partly binding agreement: "confidentiality and dispute resolution". */
  bindingSections: string | null;
  background: string | null;
}

/**
 * Describe the partnership.
 * @param ctx the view context
 */
export function buildPartnership(ctx: ViewContext): PartnershipView {
  const p = ctx.spec.partnership;
  const secondary = labels('way_of_working', p.secondary_ways_of_working);
  const binding = labels('binding_section', p.binding_sections);
  const geography = labels('geography', p.geography);
  return {
    name: p.name,
    shortName: p.short_name ?? null,
    purpose: asSentence(p.purpose),
    objectives: p.objectives.map((o) => ({ id: o.id, text: withoutFinalStop(o.text) })),
    principles: labels('principle', p.principles).map(withoutFinalStop),
    beneficiaries: p.beneficiaries === undefined ? null : asSentence(p.beneficiaries),
    geography: geography.length > 0 ? joinAnd(geography.map((area) => inRunningText(area))) : null,
    wayOfWorking: label('way_of_working', p.way_of_working),
    secondaryWaysOfWorking: secondary.length > 0 ? joinAnd(secondary) : null,
    structureModel: label('structure_model', p.structure_model),
    bindingSections: binding.length > 0 ? joinAnd(binding) : null,
    background: p.background ?? null,
  };
}
