/**
 * Sections 26–27: the staged dispute procedure, termination events, the minimum membership, the exit
 * plan (Schedule 12).
 */
import type { ViewContext } from './context.js';
import { formatDuration, type DurationView } from './durations.js';
import { buildFunderContract } from './funders.js';
import { label, labels } from './labels.js';
import { wordsAndFigure } from './numbers.js';

/** One stage of the dispute procedure. */
export interface DisputeStageView {
  /** "mediation". */
  stage: string;
  timescale: DurationView | null;
  provider: string | null;
  costs: string | null;
}

/** Disputes and termination. */
export interface DisputesView {
  stages: DisputeStageView[];
  termination: {
    events: string[];
    minMembers: string;
    exitPlan: { step: string; order: string }[];
  };
}

/**
 * Describe disputes and termination.
 * @param ctx the view context
 */
export function buildDisputes(ctx: ViewContext): DisputesView {
  const d = ctx.spec.dispute_resolution;
  const t = ctx.spec.change_management.termination;
  const stages = [...d.stages].sort((a, b) => a.order - b.order);
  return {
    stages: stages.map((s) => ({
      stage: ctx.names.fill(label('dispute_stage', s.stage)),
      timescale: s.timescale ? formatDuration(s.timescale) : null,
      provider: s.provider ?? null,
      costs: s.costs ? label('dispute_costs', s.costs) : null,
    })),
    termination: {
      events: labels('termination_event', t.events).map((e) => e.replace('{contract}', buildFunderContract(ctx).term)),
      minMembers: wordsAndFigure(t.min_members ?? 2),
      exitPlan: labels('exit_step', t.exit_plan).map((step, i) => ({ step, order: String(i + 1) })),
    },
  };
}
