import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/spec/index.js';
import { runCli } from '../support/run-cli.js';
import { CHAIN, WHEC } from './support.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'addendum-cli-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Every file under `dir`, relative path → bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(path.slice(dir.length + 1), readFileSync(path));
    }
  };
  walk(dir);
  return found;
}

/** Addendum 1 on the WHEC agreement, then addendum 2 on the consolidated spec addendum 1 wrote. */
async function runChain(out: string): Promise<void> {
  const first = await runCli(
    'addendum',
    WHEC,
    `${CHAIN}/whec-addendum-1.yaml`,
    '--out',
    out,
    '--write-consolidated',
    join(out, 'whec-1.1.0.yaml'),
    '--conformed',
  );
  expect(first.stderr).toContain('whec 1.0.0 → 1.1.0');
  expect(first.code).toBe(0);
  const second = await runCli(
    'addendum',
    join(out, 'whec-1.1.0.yaml'),
    `${CHAIN}/whec-addendum-2.yaml`,
    '--out',
    out,
    '--write-consolidated',
    join(out, 'whec-1.2.0.yaml'),
    '--conformed',
  );
  expect(second.stderr).toBe(
    'whec 1.1.0 → 1.2.0: wrote 7 files, the consolidated spec to ' + join(out, 'whec-1.2.0.yaml') + '\n',
  );
  expect(second.code).toBe(0);
}

describe('partnership addendum', () => {
  const out = tempDir();
  const ready = runChain(out);

  it('should write each addendum in three formats under the resulting version, and the conformed agreement', async () => {
    await ready;
    const names = [...filesOf(out).keys()].sort();
    expect(names).toEqual(
      [
        'whec-1.1.0.yaml',
        'whec-1.2.0.yaml',
        ...['1.1.0/addendum-1', '1.1.0/partnership-agreement-conformed'].flatMap((f) =>
          ['docx', 'pdf', 'txt'].map((ext) => `whec/${f}.${ext}`),
        ),
        ...['1.2.0/addendum-2', '1.2.0/partnership-agreement-conformed'].flatMap((f) =>
          ['docx', 'pdf', 'txt'].map((ext) => `whec/${f}.${ext}`),
        ),
      ].sort(),
    );
  });

  it.each([
    ['1.1.0', 1],
    ['1.2.0', 2],
  ])('should render addendum %s as its golden text', async (version, number) => {
    await ready;
    const text = readFileSync(join(out, 'whec', version, `addendum-${number}.txt`), 'utf8');
    await expect(text).toMatchFileSnapshot(`../../${CHAIN}/goldens/addendum-${number}.txt`);
  });

  it('should put the addendum in the Word file: title, before/after table, the deed of adherence execution', async () => {
    await ready;
    const zip = unzipSync(readFileSync(join(out, 'whec', '1.1.0', 'addendum-1.docx')));
    const xml = strFromU8(zip['word/document.xml']!);
    expect(xml).toContain('Addendum No. 1');
    expect(xml).toContain('Allocation: Southall Black Sisters Trust');
    expect(xml).toContain('Executed as a deed by');
  });

  it('should mark the conformed agreement "as amended by Addendum No. N" on its cover and in its footer', async () => {
    await ready;
    const text = readFileSync(join(out, 'whec', '1.2.0', 'partnership-agreement-conformed.txt'), 'utf8');
    expect(text.split('\n')[0]).toBe('Partnership Agreement as amended by Addendum No. 2');
    expect(text).toContain('Supersedes:   whec@1.1.0');
    // The replaced payment clause reads as the addendum says.
    expect(text.replace(/\s+/g, ' ')).toContain(
      "The Accountable Body will pay each Partner's allocation monthly in advance",
    );
    const zip = unzipSync(readFileSync(join(out, 'whec', '1.2.0', 'partnership-agreement-conformed.docx')));
    const footers = Object.keys(zip).filter((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(footers.some((name) => strFromU8(zip[name]!).includes('as amended by Addendum No. 2'))).toBe(true);
  });

  it('should write a consolidated spec that validates as written and keeps the base file’s comments', async () => {
    await ready;
    for (const file of ['whec-1.1.0.yaml', 'whec-1.2.0.yaml']) {
      const loaded = await loadSpec(join(out, file));
      expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
    const consolidated = (await loadSpec(join(out, 'whec-1.2.0.yaml'))).spec!;
    expect(consolidated.meta).toMatchObject({ version: '1.2.0', supersedes: 'whec@1.1.0' });
    const text = readFileSync(join(out, 'whec-1.1.0.yaml'), 'utf8');
    const comments = (source: string): string[] =>
      source
        .split('\n')
        .filter((line) => /^\s*#/.test(line))
        .map((line) => line.trim());
    expect(comments(text)).toEqual(comments(readFileSync(WHEC, 'utf8')));
  });

  it('should write the same bytes in any time zone', async () => {
    await ready;
    const zone = process.env.TZ;
    const other = tempDir();
    process.env.TZ = 'Pacific/Auckland';
    try {
      await runChain(other);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const a = filesOf(out);
    const b = filesOf(other);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) {
      if (name.endsWith('.yaml')) continue;
      expect(b.get(name)!.equals(bytes), name).toBe(true);
    }
  });
});

describe('partnership addendum refusing an addendum', () => {
  it('should report each R48 problem at the addendum line, exit 1 and write nothing', async () => {
    const out = tempDir();
    const result = await runCli(
      'addendum',
      WHEC,
      'fixtures/addenda/invalid/R48-no-funder-consent.yaml',
      '--out',
      out,
      '--write-consolidated',
      join(out, 'next.yaml'),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^fixtures\/addenda\/invalid\/R48-no-funder-consent\.yaml:22:3 {2}error {2}R48 {2}Cannot apply the addendum without the funder/m,
    );
    expect(result.stderr).toContain('addendum not applied: 1 error; nothing written');
    expect(readdirSync(out)).toEqual([]);
  });

  it('should refuse an addendum whose base version is not the spec given, naming both versions', async () => {
    const out = tempDir();
    const result = await runCli('addendum', WHEC, `${CHAIN}/whec-addendum-2.yaml`, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('`base.version` is "1.1.0", expected "1.0.0"');
    expect(existsSync(join(out, 'whec'))).toBe(false);
  });

  it('should be a usage error to name an unknown format', async () => {
    const result = await runCli('addendum', WHEC, `${CHAIN}/whec-addendum-1.yaml`, '--format', 'odt');
    expect(result.code).toBe(2);
  });
});
