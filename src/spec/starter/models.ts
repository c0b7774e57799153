/**
 * What each structure model means for a starter spec: its way of working, binding status, funding and
 * documents. One row per model, so a new model is a row, not a branch.
 */

import type { Partnership } from '../types.gen.js';

/** The structure models (`partnership.structure_model`), as the schema lists them. */
export type StructureModel = Partnership['structure_model'];

/** The choices a starter makes for one structure model (DOMAIN.md §1.3). */
export interface ModelProfile {
  wayOfWorking: string;
  agreementStatus: 'legally_binding' | 'non_binding';
  funded: boolean;
  /** The main contract with the funder must be described (`partnership.related_contract`). */
  relatedContract: boolean;
  /** The lead delivers nothing itself and is paid only the management fee (managing agent). */
  leadTakesNoAllocation: boolean;
  liabilityModel: 'several' | 'flow_down_back_to_back' | 'joint_and_several';
  documents: string[];
  title: string;
}

const FULL_PACK = ['partnership_agreement', 'terms_of_reference', 'meetings_protocol', 'signature_pages'];

/** Profile per structure model. */
export const MODEL_PROFILES: Readonly<Record<StructureModel, ModelProfile>> = {
  informal_network: {
    wayOfWorking: 'network_alliance',
    agreementStatus: 'non_binding',
    funded: false,
    relatedContract: false,
    leadTakesNoAllocation: false,
    liabilityModel: 'several',
    documents: ['terms_of_reference', 'meetings_protocol', 'mou'],
    title: 'Network Terms of Reference',
  },
  mou_only: {
    wayOfWorking: 'strategic_partnership',
    agreementStatus: 'non_binding',
    funded: false,
    relatedContract: false,
    leadTakesNoAllocation: false,
    liabilityModel: 'several',
    documents: ['mou'],
    title: 'Memorandum of Understanding',
  },
  lead_agency: {
    wayOfWorking: 'working_with_others',
    agreementStatus: 'legally_binding',
    funded: true,
    relatedContract: false,
    leadTakesNoAllocation: false,
    liabilityModel: 'flow_down_back_to_back',
    documents: FULL_PACK,
    title: 'Partnership Agreement',
  },
  managing_agent: {
    wayOfWorking: 'working_through_others',
    agreementStatus: 'legally_binding',
    funded: true,
    relatedContract: true,
    leadTakesNoAllocation: true,
    liabilityModel: 'flow_down_back_to_back',
    documents: FULL_PACK,
    title: 'Consortium Agreement',
  },
  managing_provider: {
    wayOfWorking: 'working_through_others',
    agreementStatus: 'legally_binding',
    funded: true,
    relatedContract: true,
    leadTakesNoAllocation: false,
    liabilityModel: 'flow_down_back_to_back',
    documents: FULL_PACK,
    title: 'Consortium Agreement',
  },
  constituted_consortium: {
    wayOfWorking: 'working_with_others',
    agreementStatus: 'legally_binding',
    funded: true,
    relatedContract: false,
    leadTakesNoAllocation: false,
    liabilityModel: 'several',
    documents: FULL_PACK,
    title: "Members' Agreement",
  },
  joint_contract: {
    wayOfWorking: 'working_with_others',
    agreementStatus: 'legally_binding',
    funded: true,
    relatedContract: true,
    leadTakesNoAllocation: false,
    liabilityModel: 'joint_and_several',
    documents: FULL_PACK,
    title: 'Collaboration Agreement',
  },
};

/** The structure models a starter can be made for: every one, since the profile table must cover the schema's list. */
export const STRUCTURE_MODELS = Object.keys(MODEL_PROFILES) as StructureModel[];
