/**
 * Execution rules: every active member (so every key decision maker, R51) signs once, as its
 * authorised signatory (R47); unincorporated associations sign with committee
 * authority and a second signatory (R54), as does any form of execution that needs two signatories
 * (R75); a signed spec has every signature dated and an agreed
 * one records its version in the change log (R49), whose versions increase (R61).
 */

import { executionForm } from '../tables/index.js';
import { error, warning, type Finding } from './finding.js';
import { isIsoDate } from './iso-dates.js';
import { pointer } from './pointer.js';
import { memberPointer, memberWords, type RuleContext } from './rule-context.js';

function checkSignatories(context: RuleContext, findings: Finding[]): void {
  const signatories = context.spec.signatures.signatories;
  const seen = new Map<string, number>();
  signatories.forEach((s, i) => {
    const first = seen.get(s.member_id);
    if (first !== undefined)
      findings.push(
        error(
          'R47',
          pointer('signatures', 'signatories', i, 'member_id'),
          `Cannot sign twice for ${s.member_id}: signatures.signatories[${i}] repeats signatures.signatories[${first}], expected one signatory entry per member`,
        ),
      );
    else seen.set(s.member_id, i);
    const member = context.members.get(s.member_id)?.member;
    const authorised = member?.authorised_signatory;
    if (authorised !== undefined && authorised.name.trim() !== s.name.trim())
      findings.push(
        warning(
          'R47',
          pointer('signatures', 'signatories', i, 'name'),
          `Cannot match signatory "${s.name}" for ${s.member_id} with its authorised signatory "${authorised.name}", expected the same person`,
          {
            subject: 'Parties and signing',
            text: `The signatory named for ${member?.legal_name ?? s.member_id} (${s.name}) differs from its authorised signatory (${authorised.name}): confirm who signs.`,
          },
          `Correct signatures.signatories[${i}].name or members[].authorised_signatory.`,
        ),
      );
  });
  for (const id of context.active) {
    if (seen.has(id)) continue;
    findings.push(
      error(
        'R47',
        pointer('signatures', 'signatories'),
        `Cannot execute the agreement without ${memberWords(context, id)}: signatures.signatories has no entry for it, expected one for every active member`,
        'Every active member, and so every key decision maker, is a party and signs.',
      ),
    );
  }
}

function checkUnincorporated(context: RuleContext, findings: Finding[]): void {
  for (const id of context.active) {
    const { member } = context.members.get(id)!;
    if (member.legal_form !== 'unincorporated_association') continue;
    if (member.authorised_signatory.authority_basis !== 'committee_resolution')
      findings.push(
        warning(
          'R54',
          memberPointer(context, id, 'authorised_signatory', 'authority_basis'),
          `Cannot show ${memberWords(context, id)} agreed as an association: its authorised_signatory.authority_basis is ${member.authorised_signatory.authority_basis}, expected committee_resolution`,
          {
            subject: 'Parties and signing',
            text: `${member.legal_name} is an unincorporated association: its signatories’ authority should come from a resolution of its committee.`,
          },
        ),
      );
    if (member.second_signatory === undefined)
      findings.push(
        warning(
          'R54',
          memberPointer(context, id, 'authorised_signatory'),
          `Cannot rely on one signature for ${memberWords(context, id)}: it is an unincorporated association without second_signatory, expected two officers to sign`,
          {
            subject: 'Parties and signing',
            text: `${member.legal_name} is an unincorporated association with one signatory named: two of its officers should sign on its behalf.`,
          },
        ),
      );
  }
}

/** R75: a form of execution that needs two signatories (a CIO's or a society's deed, a trust's trustees) names both. */
function checkSecondSignatory(context: RuleContext, findings: Finding[]): void {
  const form = context.spec.signatures.form;
  for (const id of context.active) {
    const { member } = context.members.get(id)!;
    // An association's officers are R54's.
    if (member.legal_form === 'unincorporated_association' || member.second_signatory !== undefined) continue;
    const execution = executionForm(member.legal_form, form);
    if (execution.signers < 2) continue;
    findings.push(
      warning(
        'R75',
        memberPointer(context, id, 'authorised_signatory'),
        `Cannot name everyone who signs for ${memberWords(context, id)}: signed ${form === 'deed' ? 'as a deed' : 'under hand'} it signs by ${execution.who}, and it has no second_signatory, expected one`,
        {
          subject: 'Parties and signing',
          text: `${member.legal_name} signs by ${execution.who}: name its second signatory before signing (its execution block leaves a line for the name).`,
        },
        'Add members[].second_signatory with the second person who signs.',
      ),
    );
  }
}

function semver(version: string): [number, number, number] | undefined {
  const m = /^([0-9]+)\.([0-9]+)\.([0-9]+)$/.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function compareVersions(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function checkStatus(context: RuleContext, findings: Finding[]): void {
  const { meta, signatures } = context.spec;
  if (meta.status === 'signed')
    signatures.signatories.forEach((s, i) => {
      if (!isIsoDate(s.date))
        findings.push(
          error(
            'R49',
            pointer('signatures', 'signatories', i, s.date === undefined ? 'member_id' : 'date'),
            `Cannot mark the spec signed: signatures.signatories[${i}] (${s.member_id}) is not dated, expected every signature dated when meta.status is signed`,
          ),
        );
    });
  if (
    (meta.status === 'agreed' || meta.status === 'signed') &&
    !meta.change_log.some((e) => e.version === meta.version)
  )
    findings.push(
      error(
        'R49',
        pointer('meta', 'version'),
        `Cannot mark version ${meta.version} ${meta.status}: meta.change_log has no entry for it, expected an entry recording what changed`,
      ),
    );
  let previous: [number, number, number] | undefined;
  meta.change_log.forEach((e, i) => {
    const v = semver(e.version);
    if (v === undefined) return;
    if (previous !== undefined && compareVersions(v, previous) <= 0)
      findings.push(
        error(
          'R61',
          pointer('meta', 'change_log', i, 'version'),
          `Cannot record version ${e.version} after ${previous.join('.')}: meta.change_log versions must strictly increase, expected a later version`,
        ),
      );
    previous = v;
  });
}

/** R47 (which covers R51's signatory half), R49, R54 (signature part), R61 and R75. */
export function checkSignatures(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  checkSignatories(context, findings);
  checkUnincorporated(context, findings);
  checkSecondSignatory(context, findings);
  checkStatus(context, findings);
  return findings;
}
