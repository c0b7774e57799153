/**
 * Section 11, management: the coordinator post, the secretariat, management functions and the
 * operational group.
 */
import type { ViewContext } from './context.js';
import { label, labels } from './labels.js';

/** Management arrangements. */
export interface ManagementView {
  coordinator: {
    postTitle: string;
    employer: string;
    /** "0.6 full-time equivalent". */
    fte: string;
    lineManager: string | null;
    /** "the management fee". */
    fundedFrom: string | null;
  } | null;
  secretariat: { host: string; functions: string[] } | null;
  functions: string[];
  operationalGroup: { name: string; members: string; chair: string | null; frequency: string | null } | null;
}

/**
 * Describe management; every part is null when the spec has no management section.
 * @param ctx the view context
 */
export function buildManagement(ctx: ViewContext): ManagementView {
  const m = ctx.spec.management;
  const { names } = ctx;
  const c = m?.coordinator;
  const og = m?.operational_group;
  return {
    coordinator: c
      ? {
          postTitle: c.post_title,
          employer: names.memberAtStart(c.employer_member_id),
          fte: `${c.fte} full-time equivalent`,
          lineManager: c.line_manager_role ?? null,
          fundedFrom: c.funded_from ? label('coordinator_funded_from', c.funded_from) : null,
        }
      : null,
    secretariat: m?.secretariat
      ? {
          host: names.memberAtStart(m.secretariat.host_member_id),
          functions: labels('secretariat_function', m.secretariat.functions),
        }
      : null,
    functions: labels('management_function', m?.functions),
    operationalGroup: og
      ? {
          name: og.name,
          members: Array.isArray(og.members)
            ? names.members(og.members)
            : label('operational_members', og.members, 'the service managers of all the Partners'),
          chair: og.chair_role ?? null,
          frequency: og.frequency ? label('frequency', og.frequency) : null,
        }
      : null,
  };
}
