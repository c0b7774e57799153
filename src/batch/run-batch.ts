/**
 * A batch end to end: find the specs, check them all (so every invalid one is reported before anything
 * is written), refuse duplicates, skip packs that are unchanged, render the rest on the pool, write each
 * pack as one change and record it in the manifest. One pack's failure never stops the others.
 *
 * Nothing here prints: progress goes to `onEvent`, and the outcome is the returned summary.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../errors.js';
import { loadSpec } from '../spec/index.js';
import { templateSetHash } from '../compose/index.js';
import type { FoundSpec } from './discover.js';
import { MANIFEST_FILE, updateManifest, readManifest, type ManifestUpdate, type PackOptions } from './manifest.js';
import type { PackJob } from './pack.js';
import type { TaskResult } from './worker.js';
import { WORKER_OLD_GENERATION_MB, createRunner, toolBuildId, type PackRunner } from './pool.js';
import { ownTemps, recoverOutput, type Recovery } from './recover.js';
import { sha256, unchangedPack } from './unchanged.js';
import { recordPack } from './record.js';
import { commitPack, discardStaged, outputFailure } from './write-pack.js';
import { asOutputProblem } from '../fs-problems.js';
import { refuseDuplicates } from './duplicates.js';

/** What to do with the specs found. */
export interface BatchOptions {
  specs: readonly FoundSpec[];
  out: string;
  formats: string[];
  documents: string[] | null;
  templatesDir?: string;
  strict: boolean;
  /** Write each document's reviewer copy too. */
  review?: boolean;
  /** Worker threads at most. */
  jobs: number;
  force: boolean;
  failFast: boolean;
  dryRun: boolean;
  signal?: AbortSignal;
  onEvent?: (event: BatchEvent) => void;
}

/** Progress, as it happens. */
export type BatchEvent =
  | { type: 'checked'; specs: number; invalid: number; failures: readonly BatchFailure[] }
  | { type: 'rendering'; total: number }
  | { type: 'pack'; file: string; ok: boolean; done: number; total: number };

/** A pack written, skipped as unchanged, or planned by a dry run. */
export interface PackReport {
  file: string;
  /** `<out>/<spec_id>/<version>`. */
  folder: string;
  documents: number;
  files: number;
  pages: number;
}

/** A spec that produced nothing, with why. */
export interface BatchFailure {
  file: string;
  diagnostics: Diagnostic[];
}

/** The outcome of a batch. */
export interface BatchSummary {
  specs: number;
  written: PackReport[];
  unchanged: PackReport[];
  /** Packs a dry run would write. */
  planned: PackReport[];
  failures: BatchFailure[];
  /** Warnings of the specs that were generated. */
  warnings: Diagnostic[];
  interrupted: boolean;
  recovery: Recovery;
}

interface Checked {
  job: PackJob;
  result: TaskResult;
  sha256: string;
}

async function check(runner: PackRunner, found: FoundSpec, options: BatchOptions): Promise<Checked> {
  const base = {
    file: found.file,
    formats: options.formats,
    documents: options.documents,
    strict: options.strict,
    review: options.review === true,
  };
  const job: PackJob = { ...base, source: found.source ?? new Uint8Array(), templatesDir: options.templatesDir };
  if (found.source === null || (found.source.length === 0 && found.file !== '<stdin>')) {
    // loadSpec words a missing, unreadable or empty file as every other command does.
    const { diagnostics } = await loadSpec(found.file);
    return { job, result: { ok: false, diagnostics, specId: null, version: null, files: [] }, sha256: '' };
  }
  try {
    const result = await runner.run({ kind: 'check', job }, options.signal);
    return { job, result, sha256: sha256(found.source) };
  } catch (error) {
    const diagnostics = options.signal?.aborted ? [] : [internalFailure(found.file, error)];
    return { job, result: { ok: false, diagnostics, specId: null, version: null, files: [] }, sha256: '' };
  }
}

function rethrowAsOutputProblem(error: unknown): never {
  throw asOutputProblem(error);
}

const internalFailure = (file: string, error: unknown): Diagnostic => ({
  severity: 'error',
  code: 'internal',
  message:
    (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? `Cannot generate this pack: its worker ran out of its ${WORKER_OLD_GENERATION_MB} MB heap; ` +
        'generate this spec with --jobs 1, which makes it in the main process, without that limit'
      : `Cannot generate this pack: ${error instanceof Error ? error.message : String(error)}`,
  file,
  line: 0,
  column: 0,
  pointer: '',
});

/** Run a batch; resolves when every pack is written, skipped or failed, or the signal stopped it. */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const summary: BatchSummary = {
    specs: options.specs.length,
    written: [],
    unchanged: [],
    planned: [],
    failures: [],
    warnings: [],
    interrupted: false,
    recovery: { journalsCompleted: 0, tempsRemoved: 0 },
  };
  if (!options.dryRun) summary.recovery = await recoverOutput(options.out).catch(rethrowAsOutputProblem);
  const runner = await createRunner(Math.min(options.jobs, options.specs.length));
  const update: ManifestUpdate = { packs: [], files: [], failures: [], succeeded: [] };
  // Folders of packs whose task failed or was stopped: their worker may have staged files there.
  const unsettled: string[] = [];
  const fail = (c: Checked, diagnostics: Diagnostic[]) => {
    summary.failures.push({ file: c.job.file, diagnostics });
    update.failures.push({ spec: { path: c.job.file.replace(/\\/g, '/'), sha256: c.sha256 }, diagnostics });
  };
  try {
    const checked = await Promise.all(options.specs.map((s) => check(runner, s, options)));
    if (options.signal?.aborted) {
      summary.interrupted = true;
      return summary;
    }
    for (const c of checked) if (!c.result.ok) fail(c, c.result.diagnostics);
    const valid = refuseDuplicates(
      checked.filter((c) => c.result.ok),
      fail,
    );
    options.onEvent?.({
      type: 'checked',
      specs: checked.length,
      invalid: checked.length - valid.length,
      failures: [...summary.failures],
    });
    if (options.failFast && summary.failures.length > 0) return summary;
    const build = toolBuildId();
    const templateSet = templateSetHash(options.templatesDir);
    const packOptions: PackOptions = { formats: options.formats, documents: options.documents, strict: options.strict };
    if (options.review === true) packOptions.review = true;
    const manifest = await readManifest(options.out).catch(rethrowAsOutputProblem);
    const todo: Checked[] = [];
    for (const c of valid) {
      const folder = join(options.out, c.result.specId!, c.result.version!);
      const inputs = { specId: c.result.specId!, version: c.result.version!, specSha256: c.sha256 };
      const same = options.force
        ? null
        : await unchangedPack(options.out, manifest, { ...inputs, templateSet, build, options: packOptions });
      if (same) {
        const files = manifest.files.filter((f) => same.files.includes(f.path));
        const pages = files.reduce((n, f) => n + (f.pages ?? 0), 0);
        const documents = new Set(files.map((f) => f.document)).size;
        summary.unchanged.push({ file: c.job.file, folder, documents, files: files.length, pages });
        update.succeeded.push(c.job.file.replace(/\\/g, '/'));
      } else if (options.dryRun) {
        summary.planned.push({ file: c.job.file, folder, documents: 0, files: 0, pages: 0 });
      } else todo.push(c);
    }
    if (options.dryRun) return summary;
    options.onEvent?.({ type: 'rendering', total: todo.length });
    let done = 0;
    const stop = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
    await Promise.all(
      todo.map(async (c) => {
        let ok = false;
        const folder = join(options.out, c.result.specId!, c.result.version!);
        try {
          if (signal.aborted) return;
          const result: TaskResult = await runner.run({ kind: 'render', job: c.job, out: options.out }, signal);
          if (signal.aborted && options.signal?.aborted) {
            await discardStaged(
              folder,
              result.files.map((f) => f.temp),
            );
            return;
          }
          if (!result.ok) {
            fail(c, result.diagnostics);
          } else {
            await commitPack(
              folder,
              result.files.map((f) => ({ temp: f.temp, target: f.name })),
            );
            summary.warnings.push(...result.diagnostics);
            summary.written.push(
              recordPack(update, c, result, { out: options.out, folder, build, templateSet, packOptions }),
            );
            ok = true;
          }
        } catch (error) {
          unsettled.push(folder);
          if (signal.aborted) return;
          fail(c, [outputFailure(c.job.file, error, folder) ?? internalFailure(c.job.file, error)]);
        }
        if (!ok && options.failFast) stop.abort();
        done += 1;
        options.onEvent?.({ type: 'pack', file: c.job.file, ok, done, total: todo.length });
      }),
    );
    summary.interrupted = options.signal?.aborted ?? false;
  } finally {
    await runner.close();
    // Only now are the stopped workers gone, with their last writes done: a sweep any earlier could run
    // before a dying worker's mkdir or open and leave its folder or file behind.
    for (const folder of unsettled) await discardStaged(folder, await ownTemps(folder));
    // A run that only failed writes nothing, not even a manifest, unless there is one to keep up to date.
    const worthWriting = update.packs.length > 0 || existsSync(join(options.out, MANIFEST_FILE));
    if (!options.dryRun && worthWriting) await updateManifest(options.out, update).catch(rethrowAsOutputProblem);
  }
  return summary;
}
