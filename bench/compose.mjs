// Cost of composing the partnership agreement from the valid WHEC fixture: the cold first compose of a
// fresh process (templates read and compiled), then the median of warm composes, per A4 page of about
// 450 words. Budget: ≤ 1.5 ms per page warm. Falls back to the compose tests' small template set when
// the built-in agreement template is absent.
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { builtInTemplatesDir, composeDocument } from '../dist/compose/index.js';
import { visit } from '../dist/model/index.js';
import { median, ms } from './_stats.mjs';

const BUDGET_MS_PER_PAGE = 1.5;
const WORDS_PER_PAGE = 450;

const spec = parse(readFileSync('fixtures/valid/whec-strategic-consortium.yaml', 'utf8'));
const builtIn = existsSync(`${builtInTemplatesDir()}/partnership-agreement.md.hbs`);
const options = builtIn ? {} : { templatesDir: 'test/compose/pack-templates' };

const start = performance.now();
const doc = composeDocument(spec, 'partnership_agreement', options);
const cold = performance.now() - start;

let words = 0;
visit(doc, (node) => {
  if (node.type === 'text') words += node.value.split(/\s+/).filter(Boolean).length;
  if (node.type === 'definedTerm') words += node.term.split(/\s+/).length;
});
const pages = Math.max(1, words / WORDS_PER_PAGE);

// CPU time is reported beside wall time: on a shared, loaded machine the wall clock mostly measures the queue.
const RUNS = 30;
for (let i = 0; i < 5; i += 1) composeDocument(spec, 'partnership_agreement', options);
const walls = [];
const cpus = [];
for (let i = 0; i < RUNS; i += 1) {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  composeDocument(spec, 'partnership_agreement', options);
  const used = process.cpuUsage(cpu);
  walls.push(performance.now() - wall);
  cpus.push((used.user + used.system) / 1000);
}
const warm = median(walls);
const warmCpu = median(cpus);
const perPage = warm / pages;
const templates = builtIn ? 'built-in templates' : 'test templates';
console.log(`compose partnership agreement (${templates}, ${words} words ≈ ${pages.toFixed(1)} pages)`);
console.log(`  cold first compose: ${ms(cold)}`);
console.log(
  `  warm (${RUNS} runs): median ${ms(warm)} = ${ms(perPage)} per page (budget ${BUDGET_MS_PER_PAGE} ms per page)${perPage > BUDGET_MS_PER_PAGE ? ' OVER BUDGET' : ''}`,
);
console.log(`  warm CPU time: median ${ms(warmCpu)} = ${ms(warmCpu / pages)} per page`);
