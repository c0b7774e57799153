/**
 * A partnership far larger than any real one (2,000 members) still validates, composes and renders:
 * no recursion or quadratic path gives way at scale. How fast is the benchmarks' business, not this test's.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the benchmarks' generator is plain JavaScript without type declarations
import { largeSpec } from '../../bench/_large-spec.mjs';
import { composePack } from '../../src/compose/index.js';
import { validateSource } from '../../src/spec/index.js';
import { getWriter } from '../../src/writers/index.js';

describe('a 2,000-member partnership', () => {
  it('should validate, compose and render its agreement', async () => {
    const text = (largeSpec as (count: number) => string)(2000);
    const result = validateSource(text, 'large.yaml');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [agreement] = composePack(result.spec!, ['partnership_agreement']);
    const txt = await getWriter('txt');
    const printed = new TextDecoder().decode((await txt!(agreement!, {})).bytes);
    expect(printed).toContain("Example Women's Organisation 2000");
    const docx = await getWriter('docx');
    expect((await docx!(agreement!, {})).bytes.length).toBeGreaterThan(0);
  }, 300_000);
});
