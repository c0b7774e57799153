/**
 * Output folders a user can get wrong, and disks that refuse: each is a one-line error saying what is
 * wrong and what to do, exit 1 (exit 2 for an empty --out), never "internal error", and nothing is
 * left half written. Permission tests drop privileges (the suite may run as root, which chmod does not
 * stop); read-only and full disks are small tmpfs mounts. Either is skipped, saying why, where the
 * machine refuses.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { BASE_SPEC, QUICK, freshFolder } from '../batch/spec-folder.js';

const BIN = resolve('dist/cli/bin.cjs');

/** Why privileges cannot be dropped here, or null when `setpriv` can run the CLI as nobody. */
function cannotDropPrivileges(): string | null {
  if (process.getuid?.() !== 0) return 'not running as root, so there are no privileges to drop';
  const probe = spawnSync('setpriv', [
    '--reuid=nobody',
    '--regid=nogroup',
    '--clear-groups',
    process.execPath,
    BIN,
    '--version',
  ]);
  return probe.status === 0
    ? null
    : `setpriv cannot run the CLI as nobody (${probe.error?.message ?? probe.stderr.toString().trim()})`;
}

const mounted: string[] = [];
/** Mounts a tmpfs of `size` at a fresh folder; the folder, or why the machine refused. */
function mountTmpfs(name: string, options: string): { folder: string } | { refused: string } {
  const folder = freshFolder(name);
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', folder]);
  if (result.status !== 0)
    return { refused: `cannot mount a tmpfs here (${result.stderr.toString().trim() || result.error?.message})` };
  mounted.push(folder);
  return { folder };
}
afterAll(() => {
  for (const folder of mounted) spawnSync('umount', [folder]);
});

/** The CLI run as the unprivileged user nobody. */
function runAsNobody(...args: string[]) {
  const result = spawnSync(
    'setpriv',
    ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, BIN, ...args],
    {
      encoding: 'utf8',
    },
  );
  return { code: result.status, stderr: result.stderr };
}

/** Every file under `dir`, relative, sorted. */
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

const expectOneLine = (stderr: string, message: string) => {
  expect(stderr).not.toContain('internal error');
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+\)/);
  expect(stderr).toContain(message);
};

describe('partnership generate --out, a folder the user can get wrong', () => {
  it('should refuse an empty --out as a usage error', async () => {
    for (const out of ['', '  ']) {
      const result = await runCli('generate', BASE_SPEC, '--out', out, ...QUICK);
      expect(result.code).toBe(2);
      expectOneLine(result.stderr, `Cannot write into --out ${JSON.stringify(out)}: expected the name of a folder`);
    }
  });

  it('should name a dangling symbolic link and a loop of them as such', async () => {
    const folder = freshFolder('links');
    symlinkSync(join(folder, 'missing'), join(folder, 'dangling'));
    symlinkSync(join(folder, 'loop'), join(folder, 'loop'));
    const dangling = await runCli('generate', BASE_SPEC, '--out', join(folder, 'dangling'), ...QUICK);
    expect(dangling.code).toBe(1);
    expectOneLine(dangling.stderr, 'it is a symbolic link to a folder that does not exist, expected a folder');
    const loop = await runCli('generate', BASE_SPEC, '--out', join(folder, 'loop'), ...QUICK);
    expect(loop.code).toBe(1);
    expectOneLine(loop.stderr, 'it is a loop of symbolic links, expected a folder');
  });

  it('should refuse a folder where a document goes before writing anything, and again on the next run', async () => {
    const out = freshFolder('in-the-way');
    const pack = join(out, 'whec', '1.0.0');
    mkdirSync(join(pack, 'partnership-agreement.txt'), { recursive: true });
    for (let run = 0; run < 2; run += 1) {
      const result = await runCli('generate', BASE_SPEC, '--out', out, ...QUICK);
      expect(result.code).toBe(1);
      expectOneLine(
        result.stderr,
        `Cannot write ${join(pack, 'partnership-agreement.txt')}: a folder is in the way where a file should go`,
      );
      // No temporary file, no journal: nothing half written for a later run to trip over.
      expect(readdirSync(pack)).toEqual(['partnership-agreement.txt']);
    }
  });
});

const OLD = 'fixtures/diff/money/old.yaml';
const NEW = 'fixtures/diff/money/new.yaml';
const ADDENDUM = 'fixtures/addenda/chain/whec-addendum-1.yaml';
const TXT = ['--format', 'txt'];

describe('partnership diff and addendum, places to write the user can get wrong', () => {
  it('should refuse a file given as the --redline folder, and a file on its path, before any work', async () => {
    const folder = freshFolder('redline-file');
    const file = join(folder, 'review');
    writeFileSync(file, 'mine');
    const result = await runCli('diff', OLD, NEW, '--redline', file, ...TXT);
    expect(result.code).toBe(1);
    expectOneLine(result.stderr, `Cannot write into --redline ${file}: it is a file, expected a folder`);
    // Refused before the diff is printed: the one line is all the user sees.
    expect(result.stdout).toBe('');
    const below = await runCli('diff', OLD, NEW, '--redline', join(file, 'sub'), ...TXT);
    expect(below.code).toBe(1);
    expectOneLine(below.stderr, `Cannot write into --redline ${join(file, 'sub')}: part of the path is a file`);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('should refuse an empty --redline, --draft-addendum or --out as a usage error, writing nothing', async () => {
    for (const [option, args] of [
      ['redline', ['diff', OLD, NEW, ...TXT]],
      ['draft-addendum', ['diff', OLD, NEW]],
      ['out', ['addendum', BASE_SPEC, ADDENDUM, ...TXT]],
      ['write-consolidated', ['addendum', BASE_SPEC, ADDENDUM, ...TXT, '--out', freshFolder('unused')]],
    ] as const) {
      const result = await runCli(...args, `--${option}`, '');
      expect(result.code, option).toBe(2);
      expectOneLine(result.stderr, `Cannot write into --${option} "": expected the name of a`);
    }
  });

  it('should refuse a --draft-addendum or --write-consolidated under a file, or that is a folder', async () => {
    const folder = freshFolder('draft-file');
    writeFileSync(join(folder, 'file'), 'mine');
    mkdirSync(join(folder, 'folder'));
    const under = await runCli('diff', OLD, NEW, '--draft-addendum', join(folder, 'file', 'draft.yaml'));
    expect(under.code).toBe(1);
    expectOneLine(under.stderr, `Cannot write into --draft-addendum ${join(folder, 'file', 'draft.yaml')}: part of`);
    const out = join(folder, 'out');
    for (const target of [join(folder, 'file', 'c.yaml'), join(folder, 'folder')]) {
      const result = await runCli(
        'addendum',
        BASE_SPEC,
        ADDENDUM,
        '--out',
        out,
        ...TXT,
        '--write-consolidated',
        target,
      );
      expect(result.code).toBe(1);
      expectOneLine(result.stderr, `Cannot write into --write-consolidated ${target}: `);
    }
    expect(filesUnder(folder)).toEqual(['file']);
  });

  it('should write the redlines and the draft addendum all or none: a folder in the way stops every file', async () => {
    const folder = freshFolder('redline-in-the-way');
    mkdirSync(join(folder, 'partnership-agreement-redline.txt'));
    const draft = join(folder, 'draft.yaml');
    const result = await runCli(
      'diff',
      OLD,
      NEW,
      '--redline',
      folder,
      ...TXT,
      '--documents',
      'terms_of_reference,partnership_agreement',
      '--draft-addendum',
      draft,
    );
    expect(result.code).toBe(1);
    expectOneLine(
      result.stderr,
      `Cannot write ${join(folder, 'partnership-agreement-redline.txt')}: a folder is in the way`,
    );
    expect(readdirSync(folder)).toEqual(['partnership-agreement-redline.txt']);
  });
});

describe('partnership generate on a disk that refuses', () => {
  const noPrivileges = cannotDropPrivileges();
  it.skipIf(noPrivileges !== null)(
    `should say "permission denied" for a folder the user cannot write${noPrivileges ? ` (skipped: ${noPrivileges})` : ''}`,
    () => {
      const folder = freshFolder('root-only');
      chmodSync(folder, 0o755);
      const nested = runAsNobody('generate', BASE_SPEC, '--out', join(folder, 'out'), ...QUICK);
      expect(nested.code).toBe(1);
      expectOneLine(nested.stderr, `Cannot write ${join(folder, 'out')}: permission denied`);
      const existing = runAsNobody('generate', BASE_SPEC, '--out', folder, ...QUICK);
      expect(existing.code).toBe(1);
      expectOneLine(existing.stderr, 'permission denied');
      expect(readdirSync(folder)).toEqual([]);
    },
  );

  it.skipIf(noPrivileges !== null)(
    `should name the redline the user cannot write, not its temporary file${noPrivileges ? ` (skipped: ${noPrivileges})` : ''}`,
    () => {
      const folder = freshFolder('root-only-redline');
      chmodSync(folder, 0o755);
      const result = runAsNobody('diff', OLD, NEW, '--redline', folder, ...TXT, '--documents', 'partnership_agreement');
      expect(result.code).toBe(1);
      expectOneLine(
        result.stderr,
        `Cannot write ${join(folder, 'partnership-agreement-redline.txt')}: permission denied`,
      );
      expect(result.stderr).not.toContain('.tmp');
      expect(readdirSync(folder)).toEqual([]);
    },
  );

  it.skipIf(noPrivileges !== null)(
    `should write the addendum and the consolidated spec all or none${noPrivileges ? ` (skipped: ${noPrivileges})` : ''}`,
    () => {
      const folder = freshFolder('addendum-all-or-none');
      chmodSync(folder, 0o777);
      const rootOnly = join(folder, 'root-only');
      mkdirSync(rootOnly, { mode: 0o755 });
      const consolidated = join(rootOnly, 'whec-1.1.0.yaml');
      const out = join(folder, 'out');
      const args = ['addendum', BASE_SPEC, ADDENDUM, '--out', out, ...TXT, '--write-consolidated', consolidated];
      const result = runAsNobody(...args);
      expect(result.code).toBe(1);
      expectOneLine(result.stderr, `Cannot write ${consolidated}: permission denied`);
      // The Addendum rendered and could be written, but without its consolidated spec it is not written.
      expect(filesUnder(folder)).toEqual([]);
    },
  );

  it('should say "read-only", not that a folder is missing, on a read-only file system', async (context) => {
    const mount = mountTmpfs('read-only', 'ro,size=64k');
    if ('refused' in mount) return context.skip(mount.refused);
    const nested = await runCli('generate', BASE_SPEC, '--out', join(mount.folder, 'out'), ...QUICK);
    expect(nested.code).toBe(1);
    expectOneLine(nested.stderr, `Cannot write ${join(mount.folder, 'out')}: the file system is read-only`);
    const existing = await runCli('generate', BASE_SPEC, '--out', mount.folder, ...QUICK);
    expect(existing.code).toBe(1);
    expectOneLine(existing.stderr, 'the file system is read-only');
  });

  it('should say the disk is full and keep the previous pack whole', async (context) => {
    const mount = mountTmpfs('full', 'size=256k');
    if ('refused' in mount) return context.skip(mount.refused);
    const first = await runCli('generate', BASE_SPEC, '--out', mount.folder, ...QUICK);
    expect(first.code).toBe(0);
    const pack = join(mount.folder, 'whec', '1.0.0');
    const before = readFileSync(join(pack, 'partnership-agreement.txt'));
    // Fill what is left, then ask for the whole pack again: its files cannot all fit.
    for (let i = 0; ; i += 1) {
      const filled = spawnSync('dd', ['if=/dev/zero', `of=${join(mount.folder, `filler-${i}`)}`, 'bs=4k', 'count=16']);
      if (filled.status !== 0) break;
    }
    const result = await runCli('generate', BASE_SPEC, '--out', mount.folder, '--force', '--format', 'txt,pdf,docx');
    expect(result.code).toBe(1);
    expectOneLine(result.stderr, 'the disk is full; free some space');
    expect(readFileSync(join(pack, 'partnership-agreement.txt'))).toEqual(before);
    expect(filesUnder(pack)).toEqual(['partnership-agreement.txt']);
  });
});
