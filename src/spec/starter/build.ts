/**
 * Builds a complete starter spec for a structure model and a number of members: every section a real
 * partnership needs, consistent with every cross-field rule, with the values a user must replace marked.
 */
import { ex } from './example.js';
import { starterMember } from './members.js';
import { starterFunding, starterNoFunding } from './funding.js';
import { MODEL_PROFILES, type StructureModel } from './models.js';

const TERM = { start_date: '2026-04-01', end_date: '2028-03-31' };
const days = (value: number, unit = 'working_days') => ({ value, unit });

/** A starter spec as plain data, with `Example` markers on the values to replace. */
export function buildStarter(model: StructureModel, memberCount: number): Record<string, unknown> {
  const profile = MODEL_PROFILES[model];
  const binding = profile.agreementStatus === 'legally_binding';
  const hasLead = profile.funded;
  const members = Array.from({ length: memberCount }, (_, i) =>
    starterMember(i, hasLead && i === 0, TERM.start_date, binding),
  );
  const ids = members.map((m) => m.id);
  const lead = ids[0] as string;
  const funded = profile.leadTakesNoAllocation ? ids.slice(1) : ids;
  const workAreaOf = (id: string) => [`wa-${id.replace('partner-', '')}`];
  const unanimous = [
    'vary_agreement',
    'admit_member',
    'change_lead_partner',
    'terminate_partnership',
    ...(profile.funded ? ['change_allocations'] : []),
  ];

  const spec: Record<string, unknown> = {
    kind: 'partnership_spec',
    spec_version: '1.0',
    meta: {
      spec_id: ex('example-partnership'),
      title: ex(`Example Women’s Partnership ${profile.title}`),
      version: '0.1.0',
      status: 'draft',
      prepared_by_member: lead,
      prepared_date: ex('2026-03-01'),
      documents: profile.documents,
      change_log: [{ version: '0.1.0', date: ex('2026-03-01'), summary: ex('First draft') }],
    },
    partnership: {
      name: ex('Example Women’s Partnership'),
      short_name: ex('EWP'),
      purpose: ex(
        'To work together so that women and girls affected by violence and abuse in the area get specialist support.',
      ),
      objectives: [
        { id: 'obj-1', text: ex('Give women and girls affected by abuse safe, specialist support'), measurable: true },
        { id: 'obj-2', text: ex('Strengthen the specialist women’s sector through shared learning'), measurable: true },
      ],
      principles: [
        'mutual_trust_and_respect',
        'openness_and_transparency',
        'equal_voice_regardless_of_size',
        'survivor_centred',
      ],
      way_of_working: profile.wayOfWorking,
      delivery_involved: binding,
      structure_model: model,
      agreement_status: profile.agreementStatus,
      term: { ...TERM, open_ended: false, review_every_months: 12 },
      governing_law: 'england_and_wales',
      courts: 'england_and_wales_exclusive',
      ...(profile.relatedContract && {
        related_contract: {
          title: ex('Example Specialist Support Service'),
          funder_id: 'funder-main',
          reference: ex('EBC-2026-001'),
          procurement_regime: 'procurement_act_2023',
          main_contract_start: TERM.start_date,
          main_contract_end: TERM.end_date,
          back_to_back: true,
        },
      }),
    },
    members: members.map((m) => m.record),
    governance: {
      decision_body: {
        name: ex('Steering Group'),
        type: 'steering_group',
        functions: ['agree_vision_aims_objectives', 'approve_expenditure', 'oversee_management', 'review_progress'],
        seats_per_member: 1,
        voting_member_ids: ids,
      },
      chair: {
        selection: 'elected_annually',
        term_months: 12,
        eligible: 'voting_members',
        casting_vote: false,
        initial_holder_member_id: lead,
      },
      vice_chair: { selection: 'elected_annually', term_months: 12, initial_holder_member_id: ids[1] },
      quorum: { type: 'fraction', value: 0.5, rounding: 'up_plus_one_if_exact_half' },
      voting: {
        method: 'consensus',
        consensus_fallback: 'two_thirds_majority',
        votes_per_member: 1,
        alternates_allowed: true,
        proxies_allowed: false,
      },
      reserved_matters: [
        ...unanimous.map((matter) => ({ matter, threshold: 'unanimity' })),
        { matter: 'expel_member', threshold: 'unanimity_excluding_affected' },
      ],
      meetings: { frequency: 'quarterly', min_per_year: 4, notice: days(10), papers_before: days(5), format: 'hybrid' },
      minutes: {
        taken_by_role: 'secretariat',
        draft_within: days(10),
        approval: 'next_meeting',
        action_log: true,
        retention_years: 7,
      },
      conflicts_of_interest: {
        register: true,
        declare_each_meeting: true,
        procedure: 'declare_and_withdraw',
        annual_declaration: true,
      },
      decisions_outside_meetings: {
        allowed: true,
        method: 'email',
        response_window: days(5),
        threshold: 'same_as_meeting',
        excluded_matters: [...unanimous, 'expel_member'],
        record_in_next_minutes: true,
      },
    },
    ...(hasLead && {
      management: {
        coordinator: {
          employer_member_id: lead,
          post_title: ex('Partnership Coordinator'),
          fte: 0.5,
          funded_from: 'management_fee',
        },
        secretariat: {
          host_member_id: lead,
          functions: ['arrange_meetings', 'agendas_and_papers', 'minutes_and_action_log'],
        },
        functions: ['day_to_day_coordination', 'operating_financial_systems', 'monitoring_activities'],
      },
      lead_partner: {
        member_id: lead,
        roles: ['convenor', 'secretariat', 'external_liaison', 'accountable_body'],
        limits_of_authority: { may_bind_other_members: false, spend_limit_without_approval: ex('5000.00') },
        review: { every_months: 12, next_review_date: ex('2027-03-31') },
      },
    }),
    work_areas: ids.map((id, i) => ({
      id: workAreaOf(id)[0],
      name: ex(`Work area ${i + 1}`),
      lead_member_id: id,
      contributor_ids: [],
      objective_ids: [`obj-${(i % 2) + 1}`],
    })),
    funding: profile.funded ? starterFunding(lead, funded, workAreaOf, profile.relatedContract) : starterNoFunding(),
    ...(binding && starterRisk(lead)),
    change_management: {
      variation: {
        mechanism: 'written_addendum_signed_by_all',
        decision: 'vary_agreement',
        funder_consent_required: profile.funded,
      },
      admission: {
        allowed: true,
        criteria: ['not_for_profit', 'policies_in_place'],
        decision: 'admit_member',
        instrument: 'deed_of_adherence_addendum',
        funder_consent_required: profile.funded,
      },
      withdrawal: {
        allowed: true,
        notice: days(3, 'months'),
        minimum_commitment_months: 12,
        obligations: [
          'complete_current_quarter',
          'return_unspent_funds',
          'hand_over_records',
          'continue_confidentiality',
        ],
      },
      expulsion: {
        grounds: ['material_breach_unremedied', 'insolvency', 'safeguarding_failure'],
        remedy_period: days(30, 'calendar_days'),
        decision: 'expel_member',
        right_to_be_heard: true,
      },
      ...(hasLead && {
        change_of_lead_partner: {
          decision: 'change_lead_partner',
          funder_consent_required: true,
          requires_novation: true,
          transition_period: days(3, 'months'),
        },
      }),
      termination: {
        events: ['end_of_term', 'funding_ceases', 'mutual_agreement', 'fewer_than_min_members'],
        min_members: 2,
        exit_plan: ['final_report_to_funder', 'return_or_destroy_data'],
      },
      agreement_review: { every_months: 12 },
    },
    ...(profile.funded && starterPerformance(funded)),
    dispute_resolution: {
      stages: [
        { order: 1, stage: 'informal_resolution', timescale: days(10) },
        { order: 2, stage: 'chief_executives_meeting', timescale: days(20) },
        {
          order: 3,
          stage: 'mediation',
          provider: ex('CEDR'),
          costs: 'shared_equally',
          timescale: days(60, 'calendar_days'),
        },
        { order: 4, stage: 'litigation' },
      ],
      continue_performance_during_dispute: true,
    },
    confidentiality: { applies: true, survives_years: 5, foi_cooperation: profile.funded },
    data_protection: { personal_data_shared: false, relationship: 'independent_controllers' },
    safeguarding: {
      applies: true,
      scope: 'both',
      each_member_policy_required: true,
      notify_lead_within_hours: 24,
      vetting_scheme: 'dbs',
    },
    ...(binding && {
      intellectual_property: {
        background: 'remains_with_owner',
        background_licence: 'royalty_free_for_term',
        foreground: 'jointly_owned',
        brand_owner: 'jointly',
      },
      liability_insurance: {
        liability_model: profile.liabilityModel,
        no_partnership_clause: true,
        minimum_cover: {
          public_liability: ex('5000000.00'),
          employers_liability: ex('5000000.00'),
          professional_indemnity: ex('1000000.00'),
        },
      },
    }),
    communications: {
      speak_on_behalf: hasLead ? [lead] : [],
      press_release_approval: { approvers: 'all_members', turnaround: days(3) },
      funder_acknowledgement: profile.funded,
      use_of_member_logos: 'with_consent',
    },
    signatures: {
      execution: 'either',
      form: 'simple_contract',
      counterparts: true,
      signatories: members.map((m) => ({ member_id: m.id, ...m.signatory, date: null })),
    },
  };
  return spec;
}

function starterRisk(lead: string) {
  return {
    risk_management: {
      register: {
        maintained_by_member_id: lead,
        review_frequency: 'each_meeting',
        scoring: { likelihood_scale: 5, impact_scale: 5, method: 'likelihood_x_impact' },
        rag: { green_max: 6, amber_max: 12 },
        escalate_at_score: 15,
      },
      initial_risks: [
        {
          id: 'risk-1',
          title: ex('Funding not renewed at the end of the term'),
          category: 'funding_continuity',
          likelihood: 3,
          impact: 4,
          owner_member_id: lead,
        },
      ],
      issue_log: { maintained_by_member_id: lead, review_frequency: 'each_meeting' },
      escalation_ladder: [
        { level: 1, name: ex('Work-area leads'), timescale: days(10) },
        { level: 2, name: ex('Steering Group'), timescale: days(30, 'calendar_days') },
        { level: 3, name: ex('Dispute resolution procedure'), timescale: days(60, 'calendar_days') },
      ],
      serious_incidents: { notify_lead_within_hours: 24, trustees_report_to_regulator: true },
    },
  };
}

function starterPerformance(funded: readonly string[]) {
  return {
    performance: {
      kpis: [
        {
          id: 'kpi-1',
          name: ex('Women supported'),
          type: 'output',
          unit: 'women',
          target: ex(100 * funded.length),
          period: 'term',
          responsible_member_ids: [...funded],
          objective_id: 'obj-1',
        },
        {
          id: 'kpi-2',
          name: ex('Training sessions delivered'),
          type: 'output',
          unit: 'sessions',
          target: ex(4 * funded.length),
          period: 'annual',
          responsible_member_ids: [...funded],
          objective_id: 'obj-2',
        },
      ],
      reporting: {
        internal: { from: 'members', to: 'lead_partner', frequency: 'quarterly', due_after_period_end: days(10) },
        external: { from: 'lead_partner', to: 'funder', frequency: 'quarterly', due_after_period_end: days(20) },
      },
      underperformance: {
        trigger: ex('below 80% of profile for two consecutive quarters'),
        steps: ['discussion', 'improvement_plan', 'decision_body_review', 'reallocation'],
      },
    },
  };
}
