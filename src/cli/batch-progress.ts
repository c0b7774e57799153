/**
 * Shows a batch's progress: a bar with done/total, rate and time left when standard error is a terminal;
 * a plain line every few seconds when it is not (CI logs, a file); nothing with `--quiet`.
 */
import type { BatchEvent } from '../batch/index.js';
import type { Output } from './print.js';
import { plural } from './print.js';

/** Receives a batch's events and shows them; `stop` clears the bar before the summary is printed. */
export interface Progress {
  onEvent(event: BatchEvent): void;
  stop(): void;
}

/** Seconds between plain progress lines. */
const PLAIN_EVERY_MS = 2000;

/** "1m 05s", "42s". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '…';
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

function rateLine(done: number, total: number, startedAt: number): string {
  const elapsed = (performance.now() - startedAt) / 1000;
  const rate = elapsed > 0 ? done / elapsed : 0;
  const left = rate > 0 ? formatDuration((total - done) / rate) : '…';
  return `${done}/${total} packs, ${rate.toFixed(rate < 1 ? 2 : 1)} packs/s, ${left} left`;
}

function plainProgress(output: Output): Progress {
  let startedAt = performance.now();
  let lastAt = 0;
  // One spec needs no progress report: its result follows at once.
  let single = false;
  return {
    onEvent(event) {
      if (event.type === 'checked') single = event.specs === 1;
      if (single) return;
      if (event.type === 'checked') {
        const invalid = event.invalid > 0 ? `, ${event.invalid} refused` : '';
        output.err(`checked ${plural(event.specs, 'spec')}${invalid}`);
      } else if (event.type === 'rendering') {
        startedAt = performance.now();
        lastAt = startedAt;
        if (event.total > 0) output.err(`generating ${plural(event.total, 'pack')}`);
      } else {
        const now = performance.now();
        if (now - lastAt < PLAIN_EVERY_MS && event.done < event.total) return;
        lastAt = now;
        output.err(rateLine(event.done, event.total, startedAt));
      }
    },
    stop() {},
  };
}

async function barProgress(output: Output, stream: NodeJS.WriteStream): Promise<Progress> {
  const { SingleBar } = await import('cli-progress');
  const paint = output.paint;
  let startedAt = performance.now();
  const bar = new SingleBar({
    stream,
    format: (options, params) => {
      const width = options.barsize ?? 30;
      const filled = Math.round(params.progress * width);
      const body = '█'.repeat(filled) + '░'.repeat(width - filled);
      return `${paint ? paint.green(body) : body} ${rateLine(params.value, params.total, startedAt)}`;
    },
    hideCursor: true,
    clearOnComplete: true,
    barsize: 30,
    fps: 5,
  });
  let running = false;
  return {
    onEvent(event) {
      if (event.type === 'rendering' && event.total > 0) {
        startedAt = performance.now();
        bar.start(event.total, 0);
        running = true;
      } else if (event.type === 'pack' && running) bar.update(event.done);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}

/** The progress display for this output: a bar on a terminal, plain lines elsewhere, none when quiet. */
export async function createProgress(output: Output, quiet: boolean): Promise<Progress> {
  if (quiet) return { onEvent() {}, stop() {} };
  if (output.errStream?.isTTY) return barProgress(output, output.errStream);
  return plainProgress(output);
}
