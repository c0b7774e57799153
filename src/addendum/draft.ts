/**
 * An addendum drafted from two versions of a spec (`partnership diff <old> <new> --draft-addendum`):
 * typed operations where a change fits one (a member joining or leaving, a new lead, an allocation, the
 * term, a target, a clause's text), and generic `set`/`unset` operations for everything else, found by
 * applying the typed ones to the old spec and comparing what they give with the new one. A typed
 * operation that would not apply cleanly is left out, and the generic ones carry its change instead.
 *
 * What the two specs cannot say (the date the agreement was made, the decision that authorised the
 * change, the funder's consent) is left as "TO COMPLETE" with a comment saying what it needs; `validate`
 * lists each field still to complete, and `addendum` refuses the draft until they are.
 */
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import { THRESHOLD_RANK, TO_COMPLETE, type AddendumSpec, type PartnershipSpec, type Threshold } from '../spec/index.js';
import { PartnershipError } from '../errors.js';
import { mattersOf } from './matters.js';
import { applyOperation, DOCUMENT_CONTROL, type Json, type OpContext } from './operations/index.js';
import { consentReason } from './preconditions.js';
import { compareVersions } from './versions.js';

type Op = AddendumSpec['changes'][number];
type Member = PartnershipSpec['members'][number];

/** Where the two specs were read from, for the draft's header comment. */
export interface DraftSources {
  old: string;
  new: string;
}

/**
 * The addendum spec, as commented YAML, that turns `old` into `next` once its decision is completed.
 * @param old the spec before
 * @param next the spec after
 * @param sources the files they came from
 * @throws PartnershipError('input') when no addendum can turn `old` into `next`: see `refuseDraft`
 */
export function draftAddendum(old: PartnershipSpec, next: PartnershipSpec, sources: DraftSources): string {
  refuseDraft(old, next, sources);
  const typed = typedOperations(old, next).filter((op) => simulate(old, [op]).problems === 0);
  const after = simulate(old, typed).spec;
  const generic = genericOperations(after, next as unknown as Json);
  const changes: Op[] = [...typed, ...generic];
  const previous = (old.meta.change_log ?? []).filter((entry) => /^Addendum No\. \d+/.test(entry.summary));
  const number = previous.length + 1;
  const last = next.meta.change_log.at(-1);
  const logged = last?.version === next.meta.version ? last : undefined;
  const title = logged?.summary.replace(/^Addendum No\. \d+: /, '') ?? `Changes for version ${next.meta.version}`;
  const needed = mattersOf({ changes } as AddendumSpec, old);
  const matters = needed.size > 0 ? [...needed.keys()] : [old.change_management.variation.decision];
  const reserved = new Map(
    (old.governance.reserved_matters ?? []).map((r): [string, Threshold] => [r.matter, r.threshold as Threshold]),
  );
  const threshold = matters
    .map((m) => reserved.get(m) ?? 'simple_majority')
    .reduce((a, b) => (THRESHOLD_RANK[b] > THRESHOLD_RANK[a] ? b : a), 'simple_majority' as Threshold);
  const consent = consentReason({ changes }, old);
  const funder = old.funding?.funders?.[0]?.id;
  const admits = changes.some((op) => op.op === 'admit_member');
  const draft = {
    kind: 'addendum_spec',
    spec_version: '1.0',
    meta: {
      addendum_id: `${old.meta.spec_id}-add-${number}`,
      number,
      title,
      status: next.meta.status,
      ...(next.meta.prepared_by_member ? { prepared_by_member: next.meta.prepared_by_member } : {}),
      prepared_date: next.meta.prepared_date,
    },
    base: {
      spec_id: old.meta.spec_id,
      version: old.meta.version,
      // The spec records when each version was prepared, not when the agreement was made.
      agreement_date: TO_COMPLETE,
      ...(previous.length > 0
        ? { previous_addenda: previous.map((entry, i) => ({ number: i + 1, date: entry.date })) }
        : {}),
    },
    resulting_version: next.meta.version,
    effective_date: logged?.date ?? next.meta.prepared_date,
    reason: logged?.summary ?? TO_COMPLETE,
    decision: {
      body: 'decision_body',
      meeting_date: TO_COMPLETE,
      minute_ref: TO_COMPLETE,
      matters,
      threshold_required: threshold,
      votes: { for: TO_COMPLETE, against: TO_COMPLETE, abstain: TO_COMPLETE },
    },
    ...(consent === null
      ? {}
      : {
          funder_consent: {
            required: true,
            funder_id: funder ?? TO_COMPLETE,
            reference: TO_COMPLETE,
            date: TO_COMPLETE,
          },
        }),
    changes,
    signatures: { required_from: admits ? 'all_parties_and_joining_member' : 'all_parties', execution: 'either' },
  };
  return commented(stringify(draft, { lineWidth: 0 }), sources, old, next, consent);
}

/** The YAML with a header and a comment before each part a person must read or complete. */
function commented(
  yaml: string,
  sources: DraftSources,
  old: PartnershipSpec,
  next: PartnershipSpec,
  consent: string | null,
): string {
  const before: Record<string, string[]> = {
    'base:': ['The agreement this addendum changes: complete the date on which it was made.'],
    'reason:': ['Why the partners make the change: the Background recital of the Addendum.'],
    'decision:': [
      `The decision that authorised the change: complete the meeting date, minute reference and votes.`,
      `The matters and threshold are those the agreement's reserved matters require for these changes.`,
    ],
    'funder_consent:': [`The funder's consent is needed: ${consent ?? ''}. Complete its reference and date.`],
    'changes:': [
      'Typed operations where a change fits one, then generic ones (set/unset by path) for the rest.',
      'Check each against the change the partners agreed.',
    ],
  };
  const header = [
    `# Addendum drafted by \`partnership diff --draft-addendum\`: ${sources.old} (version ${old.meta.version})`,
    `# to ${sources.new} (version ${next.meta.version}).`,
    `# Complete every field marked "${TO_COMPLETE}" (\`partnership validate\` lists them), then run:`,
    `#   partnership addendum ${sources.old} <this file>`,
  ];
  const lines = yaml.split('\n').flatMap((line) => {
    const note = before[line];
    return note ? [...note.map((text) => `# ${text}`), line] : [line];
  });
  return `${[...header, ...lines].join('\n').trimEnd()}\n`;
}

/** The typed operations the difference between the specs suggests. */
function typedOperations(old: PartnershipSpec, next: PartnershipSpec): Op[] {
  const ops: Op[] = [];
  const oldMembers = new Map(old.members.map((m) => [m.id, m]));
  const allocation = (spec: PartnershipSpec, id: string) =>
    (spec.funding?.allocations ?? []).find((a) => a.member_id === id);
  for (const member of next.members) {
    if (oldMembers.has(member.id) || member.status !== 'active') continue;
    const share = allocation(next, member.id);
    ops.push({
      op: 'admit_member',
      member: member as unknown as Record<string, never>,
      voting_seat: next.governance.decision_body.voting_member_ids.includes(member.id),
      work_area_ids: (next.work_areas ?? []).filter((w) => w.contributor_ids?.includes(member.id)).map((w) => w.id),
      ...(share
        ? { allocation: { amount: share.amount, ...(share.by_period ? { by_period: { ...share.by_period } } : {}) } }
        : {}),
      instrument: 'deed_of_adherence',
    } as Op);
  }
  for (const member of next.members) {
    const was = oldMembers.get(member.id);
    if (!was || was.status !== 'active') continue;
    if (member.status === 'withdrawn' || member.status === 'expelled') ops.push(departure(old, next, member));
  }
  const oldLead = old.members.find((m) => m.is_lead_partner && m.status === 'active');
  const newLead = next.members.find((m) => m.is_lead_partner && m.status === 'active');
  if (oldLead && newLead && oldLead.id !== newLead.id) {
    ops.push({ op: 'change_lead_partner', from_member_id: oldLead.id, to_member_id: newLead.id });
  }
  for (const row of next.funding?.allocations ?? []) {
    const was = allocation(old, row.member_id);
    if (!was || !oldMembers.has(row.member_id) || isDeepStrictEqual(was, row)) continue;
    ops.push({
      op: 'set_allocation',
      member_id: row.member_id,
      amount: row.amount,
      ...(row.by_period ? { by_period: { ...row.by_period } } : {}),
    });
  }
  const oldKpis = new Map((old.performance?.kpis ?? []).map((k) => [k.id, k]));
  for (const kpi of next.performance?.kpis ?? []) {
    const was = oldKpis.get(kpi.id);
    if (was && was.target !== kpi.target && typeof kpi.target === 'number') {
      ops.push({ op: 'set_kpi_target', kpi_id: kpi.id, target: kpi.target });
    }
  }
  const end = next.partnership.term.end_date;
  if (end && end !== old.partnership.term.end_date && !next.partnership.term.open_ended) {
    ops.push({ op: 'extend_term', new_end_date: end });
  }
  const oldClauses = old.custom_clauses ?? [];
  for (const clause of next.custom_clauses ?? []) {
    if (!clause.replaces || oldClauses.some((c) => isDeepStrictEqual(c, clause))) continue;
    ops.push({
      op: 'replace_clause',
      clause_key: clause.replaces,
      id: clause.id,
      ...(clause.title === undefined ? {} : { title: clause.title }),
      text: clause.text,
    });
  }
  return ops;
}

function departure(old: PartnershipSpec, next: PartnershipSpec, member: Member): Op {
  const had = (old.funding?.allocations ?? []).find((a) => a.member_id === member.id);
  // The allocation went to whichever member's grew by exactly as much.
  const to = had
    ? (next.funding?.allocations ?? []).find((row) => {
        const was = (old.funding?.allocations ?? []).find((a) => a.member_id === row.member_id);
        return was && Number(row.amount) - Number(was.amount) === Number(had.amount);
      })?.member_id
    : undefined;
  const leads = Object.fromEntries(
    (old.work_areas ?? []).flatMap((area) => {
      const now = (next.work_areas ?? []).find((w) => w.id === area.id);
      return area.lead_member_id === member.id && now?.lead_member_id ? [[area.id, now.lead_member_id]] : [];
    }),
  );
  const reallocation = {
    ...(Object.keys(leads).length > 0 ? { work_area_leads: leads } : {}),
    ...(to === undefined ? {} : { allocation_to: to }),
  };
  return {
    op: member.status === 'expelled' ? 'expel_member' : 'withdraw_member',
    member_id: member.id,
    ...(member.left_date ? { effective_date: member.left_date } : {}),
    ...(Object.keys(reallocation).length > 0 ? { reallocation } : {}),
  };
}

/** The old spec with `ops` applied (no preconditions, no rules), and how many problems they met. */
function simulate(old: PartnershipSpec, ops: readonly Op[]): { spec: Json; problems: number } {
  const spec = JSON.parse(JSON.stringify(old)) as Json;
  let problems = 0;
  ops.forEach((op, i) => {
    const context: OpContext = {
      spec,
      op: `/changes/${i}`,
      effectiveDate: old.meta.prepared_date,
      signedOn: new Map(),
      problems: [],
      touches: [],
      members: [],
    };
    applyOperation(context, op);
    problems += context.problems.length;
  });
  return { spec, problems };
}

const isPlain = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The ids of a list's items, when every item has a distinct string `id`; else null. */
function idsOf(list: unknown[]): string[] | null {
  const ids = list.map((item) => (isPlain(item) && typeof item.id === 'string' ? item.id : null));
  return ids.every((id) => id !== null) && new Set(ids).size === ids.length ? (ids as string[]) : null;
}

/**
 * A pair no addendum can join is refused before drafting: `addendum` would refuse any draft of it (R48,
 * and an operation may not change `meta.spec_id`), and a draft the user completes only to be told so is
 * worse than no draft. Two different partnerships cannot be joined, nor a new version that is not higher
 * (most often the two files given the wrong way round).
 */
function refuseDraft(old: PartnershipSpec, next: PartnershipSpec, sources: DraftSources): void {
  const from = old.meta;
  const to = next.meta;
  if (from.spec_id !== to.spec_id) {
    throw new PartnershipError(
      'input',
      `Cannot draft an addendum from ${sources.old} to ${sources.new}: they are different partnerships (meta.spec_id \`${from.spec_id}\` and \`${to.spec_id}\`), and an addendum changes one partnership; expected two versions of the same spec`,
    );
  }
  if (compareVersions(to.version, from.version) <= 0) {
    const order = compareVersions(to.version, from.version) < 0 ? ' (are the two files the wrong way round?)' : '';
    throw new PartnershipError(
      'input',
      `Cannot draft an addendum from ${sources.old} (version ${from.version}) to ${sources.new} (version ${to.version}): expected the new spec's meta.version to be higher than the old one's${order}`,
    );
  }
}

/** `set` and `unset` operations turning `from` into `to`, by the narrowest paths that the ops can name. */
function genericOperations(from: Json, to: Json): Op[] {
  const ops: Op[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (isDeepStrictEqual(a, b)) return;
    if (isPlain(a) && isPlain(b)) {
      for (const key of Object.keys(a)) {
        if (path === '/meta' && DOCUMENT_CONTROL.has(key)) continue;
        if (!Object.hasOwn(b, key)) ops.push({ op: 'unset', path: `${path}/${escape(key)}` });
      }
      for (const [key, value] of Object.entries(b)) {
        if (path === '/meta' && DOCUMENT_CONTROL.has(key)) continue;
        walk(a[key], value, `${path}/${escape(key)}`);
      }
      return;
    }
    // A list whose items keep the same ids in the same order is changed item by item, by id.
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      const ids = idsOf(a);
      if (ids !== null && isDeepStrictEqual(ids, idsOf(b))) {
        a.forEach((item, i) => walk(item, b[i], `${path}/${escape(ids[i]!)}`));
        return;
      }
    }
    if (b === undefined) ops.push({ op: 'unset', path });
    else ops.push({ op: 'set', path, value: b as Record<string, unknown> });
  };
  walk(from, to, '');
  return ops;
}
