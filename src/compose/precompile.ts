/**
 * Compiles the built-in templates ahead of time, for the build (scripts/build.mjs) to put in place of
 * precompiled-templates.ts. Templates look their spec up by source hash (templates.ts).
 */
import { createEnvironment, precompileTemplate } from './handlebars.js';
import { loadTemplates, precompiledKey } from './templates.js';

/**
 * The source of an ES module exporting PRECOMPILED_TEMPLATES for every built-in template and partial,
 * in name order so the build's output is the same on every machine.
 * @throws TemplateFault when a built-in template does not compile (the build then fails)
 */
export function precompiledTemplatesModule(): string {
  const set = loadTemplates();
  const env = createEnvironment();
  const entries = [...set.files.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((file) => {
      const spec = precompileTemplate(env, file.source, file.file, (p) => set.files.has(`partials/${p}.md.hbs`));
      return `  // ${file.name}\n  ${JSON.stringify(precompiledKey(file.source))}: ${spec},\n`;
    });
  return `// Made by scripts/build.mjs from templates/: see src/compose/precompiled-templates.ts.\nexport const PRECOMPILED_TEMPLATES = {\n${entries.join('')}};\n`;
}
