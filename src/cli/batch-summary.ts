/**
 * What a batch tells the user at the end: each failed spec's diagnostics and why nothing was written, the
 * packs written (or, for a dry run, those that would be), and one summary line: specs, documents, files,
 * PDF pages, failures, skipped files and time. With `--json`, all of it as one JSON document instead.
 */
import type { BatchFailure, BatchSummary, PackReport } from '../batch/index.js';
import { PLAIN } from './colour.js';
import type { Output } from './print.js';
import { countSeverities, formatDiagnostic, plural } from './print.js';

/** What the summary reports besides the batch's own outcome. */
export interface SummaryContext {
  /** Files met in folders and matches that are not specs. */
  skipped: readonly string[];
  seconds: number;
  dryRun: boolean;
  quiet: boolean;
}

function totals(packs: readonly PackReport[]) {
  return packs.reduce(
    (t, p) => ({ documents: t.documents + p.documents, files: t.files + p.files, pages: t.pages + p.pages }),
    { documents: 0, files: 0, pages: 0 },
  );
}

/** The summary as JSON: counts, every pack, every failure with its diagnostics. */
export function summaryJson(summary: BatchSummary, context: SummaryContext): object {
  return {
    ok: summary.failures.length === 0 && !summary.interrupted,
    interrupted: summary.interrupted,
    dry_run: context.dryRun,
    specs: summary.specs,
    packs: { written: summary.written.length, unchanged: summary.unchanged.length, failed: summary.failures.length },
    ...totals(summary.written),
    skipped_files: context.skipped,
    seconds: Number(context.seconds.toFixed(3)),
    written: summary.written,
    unchanged: summary.unchanged,
    planned: summary.planned,
    failures: summary.failures,
    warnings: summary.warnings,
  };
}

/** The closing line. */
export function summaryLine(summary: BatchSummary, context: SummaryContext, output: Output): string {
  const paint = output.paint ?? PLAIN;
  const t = totals(summary.written);
  const failed = summary.failures.length;
  const packs = context.dryRun
    ? `${summary.planned.length} to write, ${summary.unchanged.length} unchanged`
    : `${summary.written.length} written, ${summary.unchanged.length} unchanged`;
  const failures = failed > 0 ? paint.red(`${failed} failed`) : paint.green('0 failed');
  const parts = [
    `${plural(summary.specs, 'spec')}: ${packs}, ${failures}`,
    `${plural(t.documents, 'document')}, ${plural(t.files, 'file')}, ${t.pages} PDF ${t.pages === 1 ? 'page' : 'pages'}`,
    `${context.skipped.length} skipped (not specs)`,
    `${context.seconds.toFixed(1)} s`,
  ];
  const head = summary.interrupted ? `${paint.yellow('interrupted')}: ` : context.dryRun ? 'dry run: ' : '';
  return `${head}${parts.join(' · ')}`;
}

/** Print one failed spec: its diagnostics, then that nothing was written for it. */
export function printFailure(failure: BatchFailure, output: Output): void {
  for (const d of failure.diagnostics) output.err(formatDiagnostic(d, output.paint));
  const { errors, warnings } = countSeverities(failure.diagnostics);
  const why = errors > 0 ? plural(errors, 'error') : `${plural(warnings, 'warning')} (--strict)`;
  output.err(`${failure.file}: nothing written: ${why}`);
}

/** Print the end of a batch as lines; failures in `printed` were shown already, as the checks found them. */
export function printSummary(
  summary: BatchSummary,
  context: SummaryContext,
  output: Output,
  printed: ReadonlySet<BatchFailure> = new Set(),
): void {
  for (const failure of summary.failures) if (!printed.has(failure)) printFailure(failure, output);
  for (const d of summary.warnings) output.err(formatDiagnostic(d, output.paint));
  if (!context.quiet) {
    for (const p of summary.planned) output.out(`${p.file}: would write ${p.folder}`);
    for (const p of summary.unchanged) output.out(`${p.file}: unchanged, skipped ${p.folder}`);
    for (const p of summary.written) output.out(`${p.file}: wrote ${plural(p.files, 'file')} to ${p.folder}`);
  }
  // Quiet means problems only: the counts are worth a line when something failed or the run was stopped,
  // and are noise in a script's log when every pack was made.
  if (!context.quiet || summary.failures.length > 0 || summary.interrupted) {
    output.err(summaryLine(summary, context, output));
  }
}
