import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'layering-'));
  for (const entry of ['eslint.config.js', 'package.json', 'tsconfig.json', 'scripts/eslint-layering.mjs', 'src'])
    cpSync(join(root, entry), join(scratch, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The lint messages of the scratch copy once `file` (relative to it) holds `source`. */
async function lintPlanted(file: string, source: string): Promise<string[]> {
  mkdirSync(dirname(join(scratch, file)), { recursive: true });
  writeFileSync(join(scratch, file), source);
  const eslint = new ESLint({ cwd: scratch });
  const results = await eslint.lintFiles([file]);
  return results.flatMap((r) => r.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`));
}

describe('layering lint', () => {
  it.each([
    ['a writer importing compose/', 'src/writers/docx/planted.ts', "import '../../compose/index.js';", 'stage-imports'],
    [
      'a writer importing spec/',
      'src/writers/planted.ts',
      "export type { PartnershipSpec } from '../spec/index.js';",
      'stage-imports',
    ],
    ['compose/ importing writers/', 'src/compose/view/planted.ts', "import '../../writers/index.js';", 'stage-imports'],
    ['model/ importing spec/', 'src/model/number/planted.ts', "import '../../spec/index.js';", 'stage-imports'],
    ['model/ importing a package file', 'src/model/planted.ts', "import '../package-root.js';", 'stage-imports'],
    ['library code printing', 'src/compose/planted.ts', "console.log('composed');", 'no-restricted-globals'],
    [
      'library code reading the process',
      'src/spec/planted.ts',
      'export const cwd = process.cwd();',
      'no-restricted-globals',
    ],
    [
      'a stage reached past its index.ts',
      'src/compose/planted.ts',
      "import '../spec/rules/pence.js';",
      'stage-imports',
    ],
    [
      'a stage reached past its index.ts, from deeper',
      'src/batch/planted.ts',
      "import '../writers/docx/index.js';",
      'stage-imports',
    ],
  ])('should fail on %s', async (_what, file, source, rule) => {
    const messages = await lintPlanted(file, `${source}\n`);
    expect(messages.some((m) => m.includes(rule))).toBe(true);
    rmSync(join(scratch, file));
  });

  it('should pass the same imports where DESIGN.md allows them', async () => {
    const allowed = [
      [
        'src/compose/view/allowed.ts',
        "import '../../spec/index.js';\nimport '../../model/index.js';\nimport '../meta.js';",
      ],
      ['src/writers/pdf/allowed.ts', "import '../../model/types.js';\nimport '../../errors.js';"],
      ['src/model/number/allowed.ts', "import '../../errors.js';\nimport '../types.js';"],
      ['src/cli/allowed.ts', "import '../batch/index.js';\nconsole.log(process.argv);"],
    ];
    for (const [file, source] of allowed) {
      expect(await lintPlanted(file!, `${source!}\n`)).toEqual([]);
      rmSync(join(scratch, file!));
    }
  });
});
