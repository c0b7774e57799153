import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PackTask } from '../../src/batch/worker.js';

// Each task says when it starts and ends, with an await in between as a real pack has (its writers).
const events: string[] = [];
vi.mock('../../src/batch/worker.js', () => ({
  default: async (task: PackTask) => {
    events.push(`start ${task.job.file}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    events.push(`end ${task.job.file}`);
    if (task.job.file === 'bad') throw new Error('bad pack');
    return { ok: true, diagnostics: [], specId: task.job.file, version: '1.0.0', files: [] };
  },
}));

const { createRunner } = await import('../../src/batch/pool.js');

const task = (file: string): PackTask => ({
  kind: 'render',
  job: { file, source: new Uint8Array(), formats: ['txt'], documents: null, strict: false },
  out: 'output',
});

describe('batch in one process', () => {
  afterEach(() => {
    events.length = 0;
  });

  it('should run the packs of a batch one after another, never holding more than one at a time', async () => {
    const runner = await createRunner(1);
    const results = await Promise.allSettled(['a', 'bad', 'c'].map((file) => runner.run(task(file))));
    expect(events).toEqual(['start a', 'end a', 'start bad', 'end bad', 'start c', 'end c']);
    // One pack's failure does not stop the next.
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('should not start a pack stopped while it waited its turn', async () => {
    const runner = await createRunner(1);
    const stop = new AbortController();
    const first = runner.run(task('a'), stop.signal);
    const second = runner.run(task('b'), stop.signal);
    await vi.waitFor(() => expect(events).toEqual(['start a']), { interval: 1 });
    stop.abort();
    await first;
    await expect(second).rejects.toThrow();
    expect(events).toEqual(['start a', 'end a']);
  });
});
