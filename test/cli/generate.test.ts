import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const SPEC = 'fixtures/valid/whec-strategic-consortium.yaml';
const FOLDER = join('whec', '1.0.0');
const has = (tool: string) => spawnSync('which', [tool]).status === 0;
const fresh = (name: string) => mkdtempSync(join(tmpdir(), `pd-${name}-`));

describe('partnership generate', () => {
  it('should write the agreement in three formats under <out>/<spec_id>/<version>/', async () => {
    const out = fresh('three');
    const result = await runCli('generate', SPEC, '--documents', 'partnership_agreement', '--out', out);
    expect(result.code).toBe(0);
    expect(readdirSync(join(out, FOLDER)).sort()).toEqual([
      'partnership-agreement.docx',
      'partnership-agreement.pdf',
      'partnership-agreement.txt',
    ]);
  });

  it('should give byte-identical files from another process in another time zone', async () => {
    const here = fresh('here');
    await runCli('generate', SPEC, '--documents', 'partnership_agreement', '--out', here);
    const there = fresh('there');
    execFileSync(
      process.execPath,
      ['dist/cli/bin.cjs', 'generate', SPEC, '--documents', 'partnership_agreement', '--out', there],
      {
        env: { ...process.env, TZ: 'Pacific/Kiritimati' },
        stdio: 'ignore',
      },
    );
    for (const ext of ['docx', 'pdf', 'txt']) {
      const a = readFileSync(join(here, FOLDER, `partnership-agreement.${ext}`));
      const b = readFileSync(join(there, FOLDER, `partnership-agreement.${ext}`));
      expect(a.equals(b), ext).toBe(true);
    }
  });

  it('should refuse an invalid spec, print its diagnostics and write nothing', async () => {
    const out = fresh('invalid');
    const result = await runCli('generate', 'fixtures/invalid/schema-wrong-enum.yaml', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/schema-wrong-enum\.yaml:\d+:\d+ {2}error/);
    expect(result.stderr).toContain('nothing written');
    expect(readdirSync(out)).toEqual([]);
  });

  it('should print nothing with --quiet when every pack is made, and the problems when one is not', async () => {
    const out = fresh('quiet');
    const made = await runCli('generate', SPEC, '--format', 'txt', '--out', out, '--quiet');
    expect(made.code).toBe(0);
    expect(made.stdout + made.stderr).toBe('');
    const failed = await runCli(
      'generate',
      SPEC,
      'fixtures/invalid/schema-wrong-enum.yaml',
      '--format',
      'txt',
      '--out',
      fresh('quiet-failed'),
      '--quiet',
    );
    expect(failed.code).toBe(3);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/schema-wrong-enum\.yaml:\d+:\d+ {2}error/);
    expect(failed.stderr).toMatch(/2 specs: 1 written, 0 unchanged, 1 failed/);
  });

  it('should leave the previous files intact when a template fails', async () => {
    const out = fresh('intact');
    await runCli('generate', SPEC, '--documents', 'partnership_agreement', '--format', 'txt', '--out', out);
    const file = join(out, FOLDER, 'partnership-agreement.txt');
    const before = readFileSync(file);
    const templates = fresh('broken-templates');
    writeFileSync(join(templates, 'partnership-agreement.md.hbs'), '# Broken {#broken}\n\n{{no_such_field}}\n');
    const result = await runCli(
      'generate',
      SPEC,
      '--documents',
      'partnership_agreement',
      '--format',
      'txt',
      '--out',
      out,
      '--templates',
      templates,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/partnership-agreement\.md\.hbs/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(join(out, FOLDER)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('should use a template from --templates instead of the built-in one', async () => {
    const out = fresh('own');
    const templates = fresh('own-templates');
    mkdirSync(templates, { recursive: true });
    writeFileSync(
      join(templates, 'partnership-agreement.md.hbs'),
      '# Our own words {#own}\n\n## {#own-1}\n\nMade for {{partnership.name}}.\n',
    );
    const result = await runCli(
      'generate',
      SPEC,
      '--documents',
      'partnership_agreement',
      '--format',
      'txt',
      '--out',
      out,
      '--templates',
      templates,
    );
    expect(result.code).toBe(0);
    expect(readFileSync(join(out, FOLDER, 'partnership-agreement.txt'), 'utf8')).toContain(
      "Made for Women's Health and Equality Consortium.",
    );
  });

  it('should treat an unknown --documents value as a usage error naming those available', async () => {
    const out = fresh('unknown-doc');
    const result = await runCli('generate', SPEC, '--documents', 'partnership_agreemnt', '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('partnership_agreement');
    expect(existsSync(join(out, 'whec'))).toBe(false);
  });

  it.skipIf(!has('libreoffice'))(
    'should produce a .docx that LibreOffice opens and converts (skipped where LibreOffice is not installed)',
    async () => {
      const out = fresh('lo');
      await runCli('generate', SPEC, '--documents', 'partnership_agreement', '--format', 'docx', '--out', out);
      const docx = join(out, FOLDER, 'partnership-agreement.docx');
      execFileSync('libreoffice', ['--headless', '--convert-to', 'txt:Text', '--outdir', out, docx], {
        stdio: 'ignore',
        timeout: 120_000,
      });
      const text = readFileSync(join(out, 'partnership-agreement.txt'), 'utf8');
      expect(text).toContain('Partnership Agreement');
      expect(text).toContain('Lead Partner');
    },
    180_000,
  );

  const hasPythonDocx = spawnSync('/usr/bin/python3', ['-c', 'import docx']).status === 0;
  it.skipIf(!hasPythonDocx)(
    'should produce a .docx that python-docx opens with its styles and properties (skipped where python-docx is not installed)',
    async () => {
      const out = fresh('python-docx');
      await runCli('generate', SPEC, '--documents', 'partnership_agreement', '--format', 'docx', '--out', out);
      const script =
        'import docx,sys\nd=docx.Document(sys.argv[1])\nprint(d.core_properties.title)\nprint(sorted({p.style.name for p in d.paragraphs}))';
      const printed = execFileSync(
        '/usr/bin/python3',
        ['-c', script, join(out, FOLDER, 'partnership-agreement.docx')],
        { encoding: 'utf8' },
      );
      expect(printed).toContain('Partnership Agreement');
      expect(printed).toContain("'Heading 1'");
      expect(printed).toContain("'Title'");
    },
  );

  it.skipIf(!has('qpdf'))(
    'should produce a PDF that qpdf checks clean (skipped where qpdf is not installed)',
    async () => {
      const out = fresh('qpdf');
      await runCli('generate', SPEC, '--documents', 'partnership_agreement', '--format', 'pdf', '--out', out);
      const result = spawnSync('qpdf', ['--check', join(out, FOLDER, 'partnership-agreement.pdf')], {
        encoding: 'utf8',
      });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('No syntax or stream encoding errors');
    },
  );
});
