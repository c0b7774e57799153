// Reviewing versions: the redline of the largest fixture's agreement in DOCX, PDF and text (both versions
// composed, compared, rendered), warm, against generating that agreement once in the three formats, with a
// budget of 3×; and the spec diff of two 60-member specs, warm, with a budget of 20 ms.
import { validateSource } from '../dist/spec/index.js';
import { composeDocument } from '../dist/compose/index.js';
import { diffSpecs, redlineSpecs } from '../dist/diff/index.js';
import { getWriter } from '../dist/writers/index.js';
import { largeSpec } from './_large-spec.mjs';
import { ms, timeMedian } from './_stats.mjs';
import { readFileSync } from 'node:fs';

const FIXTURE = 'fixtures/valid/large-funded-consortium.yaml';
const FORMATS = ['docx', 'pdf', 'txt'];

function valid(source, file) {
  const { spec } = validateSource(source, file);
  if (!spec) throw new Error(`${file} is not valid`);
  return spec;
}

/** A new version with the edits a review meets: wording, money moved between members, a member leaving. */
function edited(spec) {
  const next = JSON.parse(JSON.stringify(spec));
  next.meta.version = '1.1.0';
  next.partnership.purpose = next.partnership.purpose.replace(/\.$/, ', across every region we serve.');
  const [first, second] = next.funding?.allocations ?? [];
  if (first && second) {
    const move = 100000n;
    const pence = (money) => BigInt(money.replace('.', ''));
    const money = (p) => `${p / 100n}.${String(p % 100n).padStart(2, '0')}`;
    first.amount = money(pence(first.amount) + move);
    second.amount = money(pence(second.amount) - move);
    delete first.by_period;
    delete second.by_period;
  }
  return next;
}

const writers = await Promise.all(FORMATS.map((f) => getWriter(f)));
const before = valid(readFileSync(FIXTURE), FIXTURE);
const after = edited(before);
const request = { documents: ['partnership_agreement'], author: 'Reviewer' };

async function generateOnce() {
  const doc = composeDocument(before, 'partnership_agreement');
  for (const write of writers) await write(doc, {});
}

async function redlineAll() {
  const [redline] = redlineSpecs(before, after, request);
  for (const write of writers) await write(redline.document, {});
}

const [check] = redlineSpecs(before, after, request);
const generate = await timeMedian(generateOnce, { runs: 10 });
const redline = await timeMedian(redlineAll, { runs: 10 });
const ratio = redline / generate;
console.log(`${FIXTURE}: partnership agreement, ${check.changes.length} changes marked`);
console.log(`  generate once (compose + DOCX + PDF + text), warm median: ${ms(generate)}`);
console.log(
  `  redline (compose both + compare + DOCX + PDF + text), warm median: ${ms(redline)} = ${ratio.toFixed(2)}× ` +
    `(budget ≤ 3×) ${ratio <= 3 ? 'ok' : 'OVER'}`,
);

const sixty = valid(largeSpec(60), 'large-60.yaml');
const changed = JSON.parse(JSON.stringify(sixty));
changed.meta.version = '1.1.0';
changed.members[40].legal_name = 'Renamed Women’s Organisation';
changed.members.splice(10, 1);
changed.governance.decision_body.voting_member_ids = changed.governance.decision_body.voting_member_ids.filter((id) =>
  changed.members.some((m) => m.id === id),
);
const diffTime = await timeMedian(() => diffSpecs(sixty, changed), { runs: 30, warmup: 5 });
const records = diffSpecs(sixty, changed).length;
console.log(
  `spec diff of two ${sixty.members.length}-member specs (${records} changes), warm median: ${ms(diffTime)} ` +
    `(budget ≤ 20 ms) ${diffTime <= 20 ? 'ok' : 'OVER'}`,
);
