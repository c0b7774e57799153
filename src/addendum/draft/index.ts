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
import { stringify } from 'yaml';
import {
  THRESHOLD_RANK,
  TO_COMPLETE,
  type AddendumSpec,
  type PartnershipSpec,
  type Threshold,
} from '../../spec/index.js';
import { PartnershipError } from '../../errors.js';
import { mattersOf } from '../matters.js';
import { applyOperation, type Json, type OpContext } from '../operations/index.js';
import { consentReason } from '../preconditions.js';
import { compareVersions } from '../versions.js';
import { genericOperations } from './generic.js';
import { typedOperations, type Op } from './typed.js';

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
