// Timing helpers shared by the benchmarks: medians over repeated runs after a warm-up.
import { performance } from 'node:perf_hooks';

/** Median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Run `fn` `warmup` times, then `runs` times, returning the median milliseconds of the timed runs. */
export async function timeMedian(fn, { runs = 20, warmup = 3 } = {}) {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Format milliseconds for a report line. */
export function ms(value) {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}
