import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFINED_TERMS, definedTermClash } from '../../../src/spec/tables/index.js';

// The table R73 checks names against must be exactly what the built-in templates define: each literal
// term heading an item of a `::: definitions` list.
function templateFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? templateFiles(join(folder, entry.name))
      : entry.name.endsWith('.md.hbs')
        ? [join(folder, entry.name)]
        : [],
  );
}

function termsDefinedByTemplates(): string[] {
  const terms = new Set<string>();
  for (const file of templateFiles('templates')) {
    const text = readFileSync(file, 'utf8');
    for (const block of text.matchAll(/^::: definitions\n([\s\S]*?)^:::$/gm)) {
      for (const item of block[1]!.matchAll(/^- \{\{term "([^"]+)"\}\}/gm)) terms.add(item[1]!);
    }
  }
  return [...terms].sort();
}

describe('defined terms table', () => {
  it('should hold exactly the terms the built-in templates define', () => {
    expect(termsDefinedByTemplates()).toEqual([...DEFINED_TERMS].sort());
  });

  it('should read a name as a defined term with or without "the", in any case, or as its plural', () => {
    expect(definedTermClash('Partner')).toBe('Partner');
    expect(definedTermClash('the partners')).toBe('Partner');
    expect(definedTermClash(' Voting Partners ')).toBe('Voting Partner');
    expect(definedTermClash('Partnership Board')).toBeUndefined();
  });
});
