import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `pd-list-${name}-`));
const SPEC = 'fixtures/valid/whec-strategic-consortium.yaml';
const PAIR = ['fixtures/diff/governance/old.yaml', 'fixtures/diff/governance/new.yaml'];
const ADDENDUM = 'fixtures/addenda/chain/whec-addendum-1.yaml';

/** Every file under `folder`, as paths relative to it. */
const filesUnder = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);

// A list option given before the positionals takes one value (a comma-separated list), never the file
// names after it, in every command that has one.
describe('list options before file names', () => {
  it('generate --format pdf --documents mou <spec>', async () => {
    const out = fresh('generate');
    const result = await runCli('generate', '--format', 'pdf', '--documents', 'mou', SPEC, '--out', out, '--quiet');
    expect(result.code).toBe(0);
    expect(filesUnder(out).filter((f) => f !== 'manifest.json')).toEqual(['mou.pdf']);
  });

  it('diff --format docx --documents meetings_protocol <old> <new> --redline', async () => {
    const out = fresh('diff');
    const result = await runCli(
      'diff',
      '--format',
      'docx',
      '--documents',
      'meetings_protocol',
      ...PAIR,
      '--redline',
      out,
    );
    expect(result.code).toBe(0);
    expect(filesUnder(out)).toEqual(['meetings-protocol-redline.docx']);
  });

  it('addendum --format txt,pdf <base> <addendum>', async () => {
    const out = fresh('addendum');
    const result = await runCli('addendum', '--format', 'txt,pdf', SPEC, ADDENDUM, '--out', out);
    expect(result.code).toBe(0);
    expect(filesUnder(out).sort()).toEqual(['addendum-1.pdf', 'addendum-1.txt']);
  });

  it('explain --documents mou <spec>', async () => {
    const result = await runCli('explain', '--documents', 'mou', SPEC, '--json');
    expect(result.code).toBe(0);
    const map = JSON.parse(result.stdout) as { documents: { kind: string }[] };
    expect(map.documents.map((d) => d.kind)).toEqual(['mou']);
  });

  it('diff --format repeated, and a format nobody writes refused by name', async () => {
    const out = fresh('diff-repeated');
    const repeated = await runCli(
      'diff',
      ...PAIR,
      '--documents',
      'meetings_protocol',
      '--format',
      'txt',
      '--format',
      'pdf',
      '--redline',
      out,
    );
    expect(repeated.code).toBe(0);
    expect(filesUnder(out).sort()).toEqual(['meetings-protocol-redline.pdf', 'meetings-protocol-redline.txt']);
    const unknown = await runCli('diff', ...PAIR, '--format', 'odt', '--redline', fresh('diff-odt'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Cannot write format `odt`: expected one or more of docx, pdf, txt');
  });
});
