/**
 * A character the PDF's font cannot draw is reported where the user can act on it: once, by
 * `validate` and `generate` alike, at the value's own line and column, naming the field and every
 * such character in it; the PDF writer does not repeat it per document.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { freshFolder } from '../batch/spec-folder.js';

const SPEC = 'fixtures/warnings/pdf-glyph-cjk-legal-name.yaml';
const WARNING =
  /^fixtures\/warnings\/pdf-glyph-cjk-legal-name\.yaml:70:34 {2}warning {2}pdf-glyph {2}Cannot show the characters 正 U\+6B63, 面 U\+9762, 女 U\+5973, 性 U\+6027 of `members\[1\]\.legal_name` in the PDF/m;

describe('a character without a glyph in the PDF', () => {
  it('should be a located warning of validate, naming the field', async () => {
    const result = await runCli('validate', SPEC);
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).toMatch(WARNING);
  });

  it('should be said once by generate, not again by the PDF writer for each document', async () => {
    const result = await runCli('generate', SPEC, '--out', freshFolder('glyph'), '--format', 'pdf');
    expect(result.code).toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toMatch(WARNING);
    expect(output.match(/ {2}warning {2}pdf-glyph /g)).toHaveLength(1);
  });
});
