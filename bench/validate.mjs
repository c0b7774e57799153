// Warm cost of reading and validating one large spec: a 60-member consortium, built from the valid
// WHEC fixture by adding members that keep every rule (unique ids and names, a vote and a signature
// each), parsed and validated from text as `partnership validate` does, as YAML and as JSON.
// Budget: ≤ 20 ms warm. A plain YAML or JSON spec is read by the fast reader; positions are parsed only for problems.
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { validateSource } from '../dist/spec/index.js';
import { largeSpec } from './_large-spec.mjs';
import { median, ms } from './_stats.mjs';

const BUDGET_MS = 20;
const MEMBERS = 60;

/** Stops the benchmark when the generated spec is not valid: timing an error path would mislead. */
function assertValid(text, file) {
  const check = validateSource(text, file);
  const errors = check.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0 && check.spec?.members.length === MEMBERS) return;
  console.error(`bench spec ${file} is not a valid ${MEMBERS}-member spec:`);
  for (const d of errors.slice(0, 10)) console.error(`  ${d.line}:${d.column} ${d.code} ${d.message}`);
  process.exit(1);
}

const yamlText = largeSpec(MEMBERS);
const jsonText = JSON.stringify(parse(yamlText, { schema: 'core' }), null, 2);
assertValid(yamlText, 'bench.yaml');
assertValid(jsonText, 'bench.json');
/** Median wall and CPU milliseconds of warm runs (CPU time shows the cost when the machine is loaded). */
function warm(text, file, runs = 60, warmup = 10) {
  for (let i = 0; i < warmup; i += 1) validateSource(text, file);
  const walls = [];
  const cpus = [];
  for (let i = 0; i < runs; i += 1) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    validateSource(text, file);
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return `median ${ms(median(walls))} (CPU ${ms(median(cpus))})`;
}

const kb = (text) => `${Math.round(text.length / 1024)} KB`;
console.log(
  `validate ${MEMBERS}-member spec (warm): ${warm(yamlText, 'bench.yaml')}, YAML ${kb(yamlText)}; budget ${BUDGET_MS} ms`,
);
console.log(
  `validate ${MEMBERS}-member spec as JSON (warm): ${warm(jsonText, 'bench.json')}, ${kb(jsonText)}; budget ${BUDGET_MS} ms`,
);
