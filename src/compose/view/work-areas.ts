/**
 * Section 13 and Schedule 3: the work areas, each with its one lead member, contributors,
 * objectives and deliverables.
 */
import type { ViewContext } from './context.js';
import { formatDate } from './dates.js';
import { joinAnd } from './lists.js';

/** One deliverable. */
export interface DeliverableView {
  text: string;
  due: string | null;
}

/** One work area. */
export interface WorkAreaView {
  /** The id of the spec item it comes from, which keys its heading or table row. */
  id: string;
  name: string;
  lead: string;
  /** Contributors joined, or "" when there are none. */
  contributors: string;
  /** Objectives' texts joined with semicolons. */
  objectives: string;
  deliverables: DeliverableView[];
  /** Deliverables on one line for a table cell ("Report (31 March 2027); …"), or "". */
  deliverablesText: string;
}

/**
 * Describe the work areas, in spec order.
 * @param ctx the view context
 */
export function buildWorkAreas(ctx: ViewContext): WorkAreaView[] {
  const objectives = new Map(ctx.spec.partnership.objectives.map((o) => [o.id, o.text]));
  return (ctx.spec.work_areas ?? []).map((w) => {
    const deliverables = (w.deliverables ?? []).map((d) => ({ text: d.text, due: d.due ? formatDate(d.due) : null }));
    return {
      id: w.id,
      name: w.name,
      lead: ctx.names.member(w.lead_member_id),
      contributors: joinAnd((w.contributor_ids ?? []).map(ctx.names.member)),
      objectives: w.objective_ids.map((id) => objectives.get(id) ?? id).join('; '),
      deliverables,
      deliverablesText: deliverables.map((d) => (d.due ? `${d.text} (by ${d.due})` : d.text)).join('; '),
    };
  });
}
