/**
 * Sections 19–24: confidentiality, intellectual property, communications, complaints, equality and
 * quality, liability and insurance.
 */
import type { ViewContext } from './context.js';
import { formatDuration, type DurationView } from './durations.js';
import { label, labels } from './labels.js';
import { joinAnd } from './lists.js';
import { insuranceCover } from './insurance.js';
import { countOf } from './numbers.js';
import { asSentence, nameWithNoun } from './sentences.js';

/** The general provisions of sections 19–24. */
export interface ProvisionsView {
  confidentiality: { survives: string | null };
  ip: {
    backgroundLicence: string;
    /** The Partners license their background rights to each other, so leaving ends or keeps a licence. */
    backgroundLicensed: boolean;
    foreground: string;
    openLicenceName: string | null;
    /** "CC BY 4.0 licence", "Open Government Licence" (the name never doubled by its noun), or null. */
    openLicence: string | null;
    brandOwner: string | null;
    postExitUse: string | null;
  } | null;
  communications: {
    speakers: string | null;
    approvers: string | null;
    turnaround: DurationView | null;
    logoUse: string;
  };
  complaints: {
    partnershipHandler: string;
    acknowledge: DurationView | null;
    respond: DurationView | null;
    themesTo: string | null;
  } | null;
  equality: {
    singleSexBasis: string | null;
    accessibility: string | null;
    qualityMarks: { member: string; marks: string }[];
  };
  liability: {
    /** "each Partner is liable only for its own acts and omissions". */
    model: string;
    cap: string | null;
    minimumCover: { type: string; amount: string }[];
  } | null;
}

/** Whoever an id names: the decision body, an advisory group or a member. */
function reportee(ctx: ViewContext, id: string): string {
  if (id === 'decision_body') return ctx.names.body;
  const group = (ctx.spec.advisory_groups ?? []).find((g) => g.id === id);
  return group ? `the ${group.name}` : ctx.names.member(id);
}

/**
 * Describe the general provisions.
 * @param ctx the view context
 */
export function buildProvisions(ctx: ViewContext): ProvisionsView {
  const { spec, names } = ctx;
  const ip = spec.intellectual_property;
  const comms = spec.communications;
  const complaints = spec.complaints;
  const li = spec.liability_insurance;
  const survives = spec.confidentiality.survives_years;
  const cap = li?.member_liability_cap;
  return {
    confidentiality: { survives: typeof survives === 'number' ? countOf(survives, 'year') : null },
    ip: ip
      ? {
          backgroundLicence: label('background_licence', ip.background_licence ?? 'none'),
          backgroundLicensed: (ip.background_licence ?? 'none') !== 'none',
          foreground: names.fill(label('foreground_ip', ip.foreground, 'owned by the Partner that creates it')),
          openLicenceName: ip.open_licence_name ?? null,
          openLicence: ip.open_licence_name ? nameWithNoun(ip.open_licence_name, 'licence') : null,
          brandOwner: ip.brand_owner && ip.brand_owner !== 'none' ? label('brand_owner', ip.brand_owner) : null,
          postExitUse: ip.post_exit_use === undefined ? null : asSentence(ip.post_exit_use),
        }
      : null,
    communications: {
      speakers: (comms?.speak_on_behalf ?? []).length > 0 ? names.members(comms?.speak_on_behalf) : null,
      approvers: comms?.press_release_approval
        ? label('press_approvers', comms.press_release_approval.approvers, 'all the Partners')
        : null,
      turnaround: comms?.press_release_approval?.turnaround
        ? formatDuration(comms.press_release_approval.turnaround)
        : null,
      logoUse: label('logo_use', comms?.use_of_member_logos ?? 'with_consent'),
    },
    complaints: complaints
      ? {
          partnershipHandler: names.fill(
            label('complaints_handler', complaints.partnership_activity, 'the Lead Partner'),
          ),
          acknowledge: complaints.acknowledge_within ? formatDuration(complaints.acknowledge_within) : null,
          respond: complaints.respond_within ? formatDuration(complaints.respond_within) : null,
          themesTo: complaints.themes_reported_to ? reportee(ctx, complaints.themes_reported_to) : null,
        }
      : null,
    equality: {
      singleSexBasis: spec.equality?.single_sex_service_basis ?? null,
      accessibility:
        (spec.equality?.accessibility ?? []).length > 0
          ? joinAnd(labels('accessibility', spec.equality?.accessibility))
          : null,
      qualityMarks: spec.members
        .filter((m) => m.status === 'active' && (m.quality_marks ?? []).length > 0)
        .map((m) => ({ member: names.member(m.id), marks: joinAnd(m.quality_marks ?? []) })),
    },
    liability: li
      ? {
          model: names.fill(
            label('liability_model', li.liability_model, 'each Partner is liable only for its own acts and omissions'),
          ),
          cap:
            cap === 'fixed'
              ? ctx.money.orNull(li.cap_amount)
              : cap === 'allocation_amount'
                ? 'the total amount of its allocation'
                : null,
          minimumCover: insuranceCover(li.minimum_cover, ctx.money),
        }
      : null,
  };
}
