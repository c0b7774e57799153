// An ESLint plugin holding DESIGN.md's layering: which stage may import which, and that one stage uses
// another only through its index.ts. Imports are resolved from the importing file, so the rule sees
// `../../compose/view/x.js` and `../compose/index.js` for what they are whatever the folder depth.
import { dirname, relative, resolve, sep } from 'node:path';

// What each stage may import besides itself (DESIGN.md "The pipeline": imports point down the page).
// `errors.ts`, `package-root.ts` and `fs-problems.ts` are leaves (the latter two throw the first);
// model/ reaches neither the package files nor anything else but the errors.
const LEAVES = ['errors.ts', 'package-root.ts', 'fs-problems.ts'];
const ALLOWED = {
  cli: ['batch', 'diff', 'addendum', 'compose', 'writers', 'spec', 'model', ...LEAVES],
  'index.ts': ['batch', 'diff', 'addendum', 'compose', 'writers', 'spec', 'model', ...LEAVES],
  batch: ['diff', 'addendum', 'compose', 'writers', 'spec', 'model', ...LEAVES],
  diff: ['compose', 'writers', 'spec', 'model', ...LEAVES],
  addendum: ['diff', 'compose', 'writers', 'spec', 'model', ...LEAVES],
  compose: ['spec', 'model', ...LEAVES],
  writers: ['model', ...LEAVES],
  spec: [...LEAVES],
  model: ['errors.ts'],
  'errors.ts': [],
  'package-root.ts': ['errors.ts'],
  'fs-problems.ts': ['errors.ts'],
};

// Files another stage may name directly: a stage's index.ts, and the model's types (shared by all).
const ENTRY_FILES = new Set(['index.ts']);
const SHARED_FILES = new Set(['model/types.ts']);

/** The stage of a path relative to src/: its first folder, or the file itself at the top. */
function stageOf(path) {
  return path.split('/')[0];
}

function checkImport(context, node, specifier) {
  if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
  const src = resolve(context.cwd, 'src');
  const from = relative(src, context.filename).split(sep).join('/');
  if (from.startsWith('..')) return;
  const target = relative(src, resolve(dirname(context.filename), specifier))
    .split(sep)
    .join('/')
    .replace(/\.(js|mjs|cjs)$/, (ext) => (ext === '.cjs' ? '.cts' : '.ts'));
  if (target.startsWith('..')) return;
  const stage = stageOf(from);
  const targetStage = stageOf(target);
  if (stage === targetStage) return;
  const allowed = ALLOWED[stage];
  if (allowed !== undefined && !allowed.includes(targetStage)) {
    const may = allowed.length === 0 ? 'nothing of ours' : allowed.join(', ');
    context.report({
      node,
      message: `Cannot import \`${specifier}\` in ${stage}: ${stage} may import only ${may} (DESIGN.md)`,
    });
    return;
  }
  const inner = target.slice(targetStage.length + 1);
  if (target.includes('/') && !ENTRY_FILES.has(inner) && !SHARED_FILES.has(target)) {
    context.report({
      node,
      message: `Cannot reach \`${specifier}\` from ${stage}: use ${targetStage}/index.ts, expected other stages only through it`,
    });
  }
}

const stageImports = {
  meta: { type: 'problem', docs: { description: "Imports follow DESIGN.md's stages" }, schema: [] },
  create(context) {
    const check = (node) => checkImport(context, node.source ?? node, node.source?.value);
    return {
      ImportDeclaration: check,
      ExportAllDeclaration: check,
      ExportNamedDeclaration: (node) => node.source && check(node),
      ImportExpression: (node) => node.source.type === 'Literal' && checkImport(context, node, node.source.value),
    };
  },
};

export default { rules: { 'stage-imports': stageImports } };
