// PDF writer: cold first render, warm median per A4 page (budget ≤ 3.5 ms per page warm), and the raw
// pdfkit baseline (the same text through `doc.text()`, fonts parsed once and shared) side by side.
// The document is the composed partnership agreement of fixtures/valid/whec-strategic-consortium.yaml when
// dist/compose can build it, else the numbered writer-test sample; either is repeated to about 30 pages.
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { median, ms } from './_stats.mjs';

const root = process.cwd();
const require = createRequire(join(root, 'package.json'));
const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;
if (!existsSync(join(root, 'dist/writers/pdf/index.js'))) {
  // Others' files may not type-check yet; tsc still emits, which is all the benchmark needs.
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
      stdio: 'ignore',
    });
  } catch {
    // Emitted despite type errors elsewhere; the import below says so if not.
  }
}
const coldStart = performance.now();
const { writePdf } = await import(dist('writers/pdf/index.js'));
const importTime = performance.now() - coldStart;

/** The composed agreement, or null when compose is not built (or cannot compose the fixture yet). */
async function composedAgreement() {
  if (!existsSync(join(root, 'dist/compose/index.js'))) return null;
  try {
    const api = await import(dist('index.js'));
    const { spec } = await api.loadSpec(join(root, 'fixtures/valid/whec-strategic-consortium.yaml'));
    return spec ? api.composeDocument(spec, 'partnership_agreement') : null;
  } catch {
    return null;
  }
}

/** The numbered writer-test sample, its TypeScript transpiled to run against dist/model. */
async function sample() {
  const ts = require('typescript');
  const source = readFileSync(join(root, 'test/support/sample-document.ts'), 'utf8');
  const js = ts
    .transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } })
    .outputText.replace("'../../src/model/index.js'", `'${dist('model/index.js')}'`);
  const dir = mkdtempSync(join(tmpdir(), 'pdf-bench-'));
  const file = join(dir, 'sample-document.mjs');
  writeFileSync(file, js);
  try {
    return (await import(pathToFileURL(file).href)).numberedSampleDocument();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pageCount(bytes) {
  return (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\n/g) ?? []
  ).length;
}

const composed = await composedAgreement();
const base = composed ?? (await sample());
const source = composed ? 'composed WHEC partnership agreement' : 'numbered writer-test sample';
const basePages = pageCount((await writePdf(base, {})).bytes);
const copies = Math.max(1, Math.ceil(30 / basePages));
const doc = { ...base, children: Array.from({ length: copies }, () => base.children).flat() };

// Cold: a fresh process renders the document once (module load, font parse, every word shaped).
const coldDir = mkdtempSync(join(tmpdir(), 'pdf-bench-'));
const docFile = join(coldDir, 'document.json');
writeFileSync(docFile, JSON.stringify(doc));
const coldScript =
  `import {readFileSync} from 'node:fs';const doc=JSON.parse(readFileSync(process.argv[1],'utf8'));` +
  `const t=performance.now();const {writePdf}=await import(${JSON.stringify(dist('writers/pdf/index.js'))});` +
  `await writePdf(doc,{});console.log(performance.now()-t);`;
const cold = Number(
  execFileSync(process.execPath, ['--input-type=module', '-e', coldScript, docFile], { encoding: 'utf8' }).trim(),
);
rmSync(coldDir, { recursive: true, force: true });

const first = await writePdf(doc, {});
const pages = pageCount(first.bytes);
const RUNS = 25;

async function timed(render) {
  for (let i = 0; i < 3; i += 1) await render();
  const walls = [];
  const cpus = [];
  for (let i = 0; i < RUNS; i += 1) {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    await render();
    walls.push(performance.now() - wall);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

const warm = await timed(() => writePdf(doc, {}));

// Baseline: plain pdfkit with the DejaVu fonts parsed once and shared, every block through doc.text().
const PDFDocument = require('pdfkit');
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit');
const fontDir = join(require.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');
const files = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: 'DejaVuSans-Oblique.ttf' };
const shared = Object.fromEntries(
  Object.entries(files).map(([face, file]) => [face, fontkit.create(readFileSync(join(fontDir, file)))]),
);
const EmbeddedFont = new PDFDocument({ font: join(fontDir, files.regular) })._font.constructor;

function inlineText(inlines) {
  return inlines
    .map((n) =>
      n.type === 'text'
        ? n.value
        : n.type === 'reference'
          ? n.text
          : n.type === 'definedTerm'
            ? n.term
            : n.type === 'lineBreak'
              ? '\n'
              : inlineText(n.children),
    )
    .join('');
}

function blocksOf(blocks, indent, out) {
  for (const b of blocks) {
    if (b.type === 'section') {
      out.push({ face: 'bold', size: 13, text: b.number ? `${b.number}. ${b.title}` : b.title, indent: 0 });
      blocksOf(b.children, 0, out);
    } else if (b.type === 'clause') {
      out.push({ face: 'bold', size: 10, text: `${b.number} ${b.title ?? ''}`, indent });
      blocksOf(b.children, indent + 40, out);
    } else if (b.type === 'paragraph') out.push({ face: 'regular', size: 10, text: inlineText(b.children), indent });
    else if (b.type === 'list') b.items.forEach((item) => blocksOf(item.children, indent + 28, out));
    else if (b.type === 'definitions')
      b.items.forEach((d) =>
        out.push({ face: 'regular', size: 10, text: `“${d.term}” means ${inlineText(d.children)}`, indent }),
      );
    else if (b.type === 'table')
      [b.header, ...b.rows].forEach((row) =>
        out.push({ face: 'regular', size: 9, text: row.map((c) => inlineText(c.children)).join('    '), indent }),
      );
    else if (b.type === 'signatures')
      b.parties.forEach((p) =>
        out.push({
          face: 'regular',
          size: 10,
          text: `${p.capacity}\n${p.party}\n\n\n____________\nName: ${p.name}\nTitle: ${p.jobTitle}`,
          indent,
        }),
      );
  }
  return out;
}
const flat = blocksOf(doc.children, 0, []);

async function rawPdfkit() {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 78, left: 72, right: 72 },
    bufferPages: true,
    font: null,
  });
  Object.keys(files).forEach((face, i) => (pdf._fontFamilies[face] = new EmbeddedFont(pdf, shared[face], `F${i + 1}`)));
  const chunks = [];
  const done = new Promise((resolve) => pdf.on('end', resolve));
  pdf.on('data', (c) => chunks.push(c));
  const width = pdf.page.width - 144;
  for (const block of flat) {
    pdf
      .font(block.face)
      .fontSize(block.size)
      .text(block.text, 72 + block.indent, undefined, {
        width: width - block.indent,
        align: 'justify',
        paragraphGap: 5,
      });
  }
  const { count } = pdf.bufferedPageRange();
  for (let i = 0; i < count; i += 1) {
    pdf.switchToPage(i);
    pdf
      .font('regular')
      .fontSize(7.5)
      .text(`Page ${i + 1} of ${count}`, 72, pdf.page.height - 50, { width, align: 'right', lineBreak: false });
  }
  pdf.end();
  await done;
  return { pages: count, bytes: Buffer.concat(chunks) };
}
const rawPages = (await rawPdfkit()).pages;
const raw = await timed(rawPdfkit);

console.log(`pdf document: ${source} ×${copies}, ${pages} pages, ${first.bytes.length} bytes`);
console.log(
  `pdf cold first render (fresh process, module load included): ${ms(cold)}; module import in this process ${ms(importTime)}`,
);
console.log(
  `pdf warm render: median ${ms(warm.wall)} over ${RUNS} runs, ${ms(warm.wall / pages)} per page (budget 3.5 ms per page); CPU ${ms(warm.cpu / pages)} per page`,
);
console.log(
  `raw pdfkit doc.text() baseline, shared fonts: median ${ms(raw.wall)} for ${rawPages} pages, ${ms(raw.wall / rawPages)} per page; CPU ${ms(raw.cpu / rawPages)} per page`,
);
