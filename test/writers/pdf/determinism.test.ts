import { afterEach, describe, expect, it, vi } from 'vitest';
import { writePdf } from '../../../src/writers/pdf/index.js';
import { numberedSampleDocument } from '../../support/sample-document.js';

const sample = numberedSampleDocument();

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
}

describe('writePdf determinism', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    vi.useRealTimers();
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('should give identical bytes for two renders of the same document', async () => {
    const first = await writePdf(sample, {});
    const second = await writePdf(numberedSampleDocument(), {});
    expect(equalBytes(first.bytes, second.bytes)).toBe(true);
  });

  it('should give identical bytes in another time zone and at another time', async () => {
    const reference = await writePdf(sample, {});
    process.env.TZ = 'Pacific/Kiritimati';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-15T23:59:59Z'));
    const elsewhere = await writePdf(sample, {});
    expect(new Date(2026, 1, 2).getTimezoneOffset()).toBe(-840);
    expect(equalBytes(reference.bytes, elsewhere.bytes)).toBe(true);
  });

  it("should embed no date but the document's own, at 00:00 UTC", async () => {
    const text = Buffer.from((await writePdf(sample, {})).bytes).toString('latin1');
    const dates = text.match(/D:\d{14}/g) ?? [];
    expect(dates.length).toBeGreaterThan(0);
    expect(new Set(dates)).toEqual(new Set(['D:20260202000000']));
  });

  it('should change the trailer ID when the document changes', async () => {
    const id = (bytes: Uint8Array): string =>
      /\/ID \[(<[0-9a-f]+>)/i.exec(Buffer.from(bytes).toString('latin1'))?.[1] ?? '';
    const other = { ...sample, meta: { ...sample.meta, version: '1.2.0' } };
    const a = id((await writePdf(sample, {})).bytes);
    const b = id((await writePdf(other, {})).bytes);
    expect(a).not.toBe('');
    expect(a).not.toBe(b);
  });
});
