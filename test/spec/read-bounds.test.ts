import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAddendum, loadAnySpec, loadSpec, validateSource } from '../../src/spec/index.js';

// A spec is read only from a regular file (or standard input), and only up to 20 MB: a device that
// never ends or a pipe nobody writes to is refused at once rather than filling memory or hanging.
const dir = mkdtempSync(join(tmpdir(), 'partnership-read-'));

type Reader = (path: string) => Promise<{ diagnostics: readonly { code: string; line: number; message: string }[] }>;

// Every entry point that reads a file a user names: a partnership spec, an addendum, either (validate).
const READERS: [string, Reader][] = [
  ['loadSpec', loadSpec],
  ['loadAnySpec (validate)', loadAnySpec],
  ['loadAddendum', (path) => Promise.resolve(loadAddendum(path))],
];

describe.each(READERS)('reading a spec file with %s', (_name, read) => {
  async function ioMessage(path: string): Promise<string | undefined> {
    const [d] = (await read(path)).diagnostics;
    expect(d).toMatchObject({ code: 'io', line: 0 });
    return d?.message;
  }

  it('should refuse /dev/zero as not a regular file, without reading it', async () => {
    expect(await ioMessage('/dev/zero')).toBe(
      'Cannot read `/dev/zero`: it is not a regular file (a device, pipe or socket), expected a spec file',
    );
  });

  it('should refuse a FIFO with no writer at once instead of waiting for ever', async (context) => {
    const fifo = join(mkdtempSync(join(dir, 'fifo-')), 'spec.yaml');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      context.skip('this machine has no mkfifo');
    }
    expect(await ioMessage(fifo)).toMatch(/not a regular file/);
  });

  it('should refuse a file over 20 MB before parsing it', async () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, `a: "${'x'.repeat(21 * 1024 * 1024)}"\n`);
    expect(await ioMessage(big)).toMatch(/larger than 20 MB/);
  });

  it('should name a folder as a folder', async () => {
    expect(await ioMessage(dir)).toMatch(/it is a folder, expected a spec file/);
  });
});

describe('misleading encodings', () => {
  it('should name UTF-16 without a byte-order mark as UTF-16', () => {
    for (const [encoding, name] of [
      ['utf16le', 'little-endian'],
      ['utf16be', 'big-endian'],
    ] as const) {
      const bytes = Buffer.from('kind: partnership_spec\nspec_version: "1.0"\n', 'utf16le');
      if (encoding === 'utf16be') bytes.swap16();
      const [d] = validateSource(bytes, 'spec.yaml').diagnostics;
      expect(d).toMatchObject({ code: 'syntax', line: 1, column: 1 });
      expect(d?.message).toBe(
        `Cannot read the spec: the file is UTF-16 (${name}) text, expected UTF-8 (save the file as UTF-8)`,
      );
    }
  });

  it('should locate a NUL byte where it is', () => {
    const [d] = validateSource(
      Buffer.from('kind: partnership_spec\nmeta:\n  title: A\u0000B\n'),
      'spec.yaml',
    ).diagnostics;
    expect(d).toMatchObject({ code: 'syntax', line: 3, column: 11 });
  });
});
