/**
 * Runs `generate` as a batch and tells the user what happened: checks the options, finds the specs, shows
 * progress, prints the summary (or JSON), and picks the exit code: 0 all done, 3 some specs failed, 1
 * every spec failed or the input was unusable, 130 interrupted by Ctrl-C.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { PartnershipError } from '../errors.js';
import type { BatchFailure } from '../batch/index.js';
import { createProgress } from './batch-progress.js';
import { printFailure, printSummary, summaryJson, type SummaryContext } from './batch-summary.js';
import { EXIT } from './exit-codes.js';
import { parseDocumentList, parseFormatList, type ListOption } from './list-options.js';
import { prepareOutputFolder } from './output-paths.js';
import type { Output } from './print.js';

/** The options of `partnership generate`. */
export interface GenerateArgs {
  specs: string[];
  out: string;
  format: ListOption;
  documents?: ListOption;
  templates?: string;
  jobs?: number;
  force: boolean;
  failFast: boolean;
  dryRun: boolean;
  strict: boolean;
  review: boolean;
  quiet: boolean;
  json: boolean;
}

function jobsFrom(value: number | undefined): number {
  if (value === undefined) return availableParallelism();
  if (!Number.isInteger(value) || value < 1) {
    throw new PartnershipError('usage', `Cannot use --jobs ${value}: expected a whole number of workers, 1 or more`);
  }
  return value;
}

/** Run the batch `args` asks for; resolves to the exit code. */
export async function generateBatch(args: GenerateArgs, output: Output): Promise<number> {
  const started = performance.now();
  const formats = await parseFormatList(args.format);
  const documents = args.documents ? await parseDocumentList(args.documents, args.templates) : null;
  const jobs = jobsFrom(args.jobs);
  const { discoverSpecs, makeFolders, runBatch, STDIN } = await import('../batch/index.js');
  prepareOutputFolder('out', args.out, 'output', args.dryRun ? undefined : makeFolders);
  const stdin = args.specs.includes(STDIN) ? readFileSync(0) : undefined;
  const found = await discoverSpecs(args.specs, stdin);
  if (found.specs.length === 0) {
    const skipped = found.skipped.length > 0 ? ` (${found.skipped.length} other files skipped)` : '';
    throw new PartnershipError('input', `Cannot find a partnership spec in ${args.specs.join(', ')}${skipped}`);
  }
  const progress = await createProgress(output, args.quiet || args.json);
  const printed = new Set<BatchFailure>();
  const interrupt = new AbortController();
  const onSigint = () => interrupt.abort();
  process.once('SIGINT', onSigint);
  let summary;
  try {
    summary = await runBatch({
      specs: found.specs,
      out: args.out,
      formats,
      documents,
      templatesDir: args.templates,
      strict: args.strict,
      review: args.review,
      jobs,
      force: args.force,
      failFast: args.failFast,
      dryRun: args.dryRun,
      signal: interrupt.signal,
      onEvent: (event) => {
        if (event.type === 'checked' && !args.json) {
          for (const failure of event.failures) {
            printFailure(failure, output);
            printed.add(failure);
          }
        }
        progress.onEvent(event);
      },
    });
  } finally {
    progress.stop();
    process.removeListener('SIGINT', onSigint);
  }
  const context: SummaryContext = {
    skipped: found.skipped,
    seconds: (performance.now() - started) / 1000,
    dryRun: args.dryRun,
    quiet: args.quiet,
  };
  if (args.json) output.out(JSON.stringify(summaryJson(summary, context), null, 2));
  else printSummary(summary, context, output, printed);
  if (summary.interrupted) return EXIT.interrupted;
  if (summary.failures.length === 0) return EXIT.ok;
  return summary.failures.length < summary.specs ? EXIT.batch : EXIT.input;
}
