/**
 * The referral protocol (DOMAIN §2.6): the services each party offers, the routes and methods of
 * referral, urgency levels with their response times, feedback to the referrer, monitoring and the
 * contacts, from `referrals.*` and the members' people.
 */
import type { ViewContext } from './context.js';
import { formatDurationOrNull, type DurationView } from './durations.js';
import { label, labels } from './labels.js';
import { joinAnd } from './lists.js';
import { asSentence } from './sentences.js';

/** One service open to referrals. */
export interface ReferralServiceView {
  /** `<member id>-<service in lower-case words>`, unique in the protocol, which keys the service's clause. */
  id: string;
  /** The providing member's name. */
  member: string;
  service: string;
  eligibility: string[];
  exclusions: string[];
  capacityNote: string | null;
}

/** One urgency level and its response times. */
export interface UrgencyLevelView {
  /** "high risk". */
  level: string;
  acknowledge: DurationView | null;
  firstContact: DurationView | null;
}

/** A referral contact of one member. */
export interface ReferralContactView {
  /** The member id, which keys the member's contact table. */
  id: string;
  member: string;
  /** "Morag Campbell, Chief Executive Officer". */
  person: string | null;
  email: string | null;
  phone: string | null;
  /** Who answers data-protection questions, when named. */
  dataProtectionLead: string | null;
}

/** The referral protocol's facts. */
export interface ReferralsView {
  services: ReferralServiceView[];
  /** The directions of referral, each as a phrase ("from CWA to RSVSC"). */
  directions: string[];
  /** "the agreed referral form, sent by secure email, or telephone, …" as a list of phrases. */
  methods: string[];
  urgencyLevels: UrgencyLevelView[];
  immediateRisk: string | null;
  feedback: { within: DurationView | null; content: string | null } | null;
  monitoring: string[];
  contacts: ReferralContactView[];
}

/**
 * Each service with its id, `<member id>-<service in lower-case words>`: the spec item's own key (its
 * member and name), never its place in the list. A service listed twice by one member takes `-2`, `-3`.
 */
function serviceIds<T extends { member_id: string; service: string }>(services: readonly T[]): { id: string; s: T }[] {
  const seen = new Map<string, number>();
  return services.map((s) => {
    const words = s.service
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    const base = words === '' ? s.member_id : `${s.member_id}-${words}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { id: count === 1 ? base : `${base}-${count}`, s };
  });
}

/** "clyde_wa_to_renfrew_svs" → "from CWA to RSVSC", when both ends are member ids; else the label. */
function direction(ctx: ViewContext, token: string): string {
  const ids = new Map(ctx.spec.members.map((m) => [m.id.replace(/-/g, '_'), m.id]));
  for (const [key, id] of ids) {
    if (!token.startsWith(`${key}_to_`)) continue;
    const to = ids.get(token.slice(key.length + 4));
    if (to !== undefined) return `from ${ctx.names.member(id)} to ${ctx.names.member(to)}`;
  }
  return label('referral_direction', token);
}

/**
 * Describe the referral arrangements (empty lists and nulls when the spec has no `referrals`).
 * @param ctx the view context
 */
export function buildReferrals(ctx: ViewContext): ReferralsView {
  const r = ctx.spec.referrals;
  const parties = ctx.spec.members.filter((m) => m.status === 'active');
  const leads = ctx.spec.data_protection.data_protection_leads;
  const named =
    leads && !('all_members' in leads) ? (leads as Record<string, string | { name: string; job_title: string }>) : {};
  return {
    services: serviceIds(r?.services ?? []).map(({ id, s }) => ({
      id,
      member: ctx.names.member(s.member_id),
      service: s.service,
      eligibility: [...(s.eligibility ?? [])],
      exclusions: [...(s.exclusions ?? [])],
      capacityNote: s.capacity_note === undefined ? null : asSentence(s.capacity_note),
    })),
    directions: (r?.directions ?? []).map((d) => direction(ctx, d)),
    methods: labels('referral_method', r?.method),
    urgencyLevels: (r?.urgency_levels ?? []).map((u) => ({
      level: label('urgency_level', u.level),
      acknowledge: formatDurationOrNull(u.acknowledge_within),
      firstContact: formatDurationOrNull(u.first_contact_within),
    })),
    immediateRisk: r?.immediate_risk_instruction === undefined ? null : asSentence(r.immediate_risk_instruction),
    feedback: r?.feedback_to_referrer
      ? {
          within: formatDurationOrNull(r.feedback_to_referrer.within),
          content:
            (r.feedback_to_referrer.content ?? []).length > 0
              ? joinAnd(labels('feedback_content', r.feedback_to_referrer.content))
              : null,
        }
      : null,
    monitoring: labels('referral_monitoring', r?.monitoring),
    contacts: parties.map((m) => {
      const person = m.main_contact ?? m.representative ?? null;
      const lead = named[m.id];
      return {
        id: m.id,
        member: ctx.names.member(m.id),
        person: person ? `${person.name}, ${person.job_title}` : null,
        email: person?.email ?? null,
        phone: person?.phone ?? null,
        dataProtectionLead:
          lead === undefined ? null : typeof lead === 'string' ? lead : `${lead.name}, ${lead.job_title}`,
      };
    }),
  };
}
