import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { numberedSampleDocument } from '../../support/sample-document.js';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('writers/docx determinism', () => {
  it('should give the same bytes for the same document twice in one process', async () => {
    const first = await writeDocx(numberedSampleDocument(), {});
    await writeDocx(numberedSampleDocument(), {});
    const again = await writeDocx(numberedSampleDocument(), {});
    expect(sha(again.bytes)).toBe(sha(first.bytes));
  });

  it('should give the same bytes in another time zone at another time', async () => {
    const here = await writeDocx(numberedSampleDocument(), {});
    const zone = process.env.TZ;
    try {
      // Node applies a changed TZ at once; both zones are far from UTC, one of them with DST at midnight.
      for (const tz of ['Pacific/Kiritimati', 'America/Santiago']) {
        process.env.TZ = tz;
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(new Date('2031-07-15T23:59:58Z'));
        const there = await writeDocx(numberedSampleDocument(), {});
        vi.useRealTimers();
        expect(new Date(2026, 0, 1).getTimezoneOffset(), tz).not.toBe(0);
        expect(sha(there.bytes), tz).toBe(sha(here.bytes));
      }
    } finally {
      vi.useRealTimers();
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('should date every zip entry the document date at midnight', async () => {
    const { bytes } = await writeDocx(numberedSampleDocument(), {});
    const zip = await JSZip.loadAsync(bytes);
    const dates = Object.values(zip.files).map((f) => f.date.toISOString());
    expect(dates.length).toBeGreaterThan(10);
    // JSZip reads DOS times as UTC.
    expect(new Set(dates)).toEqual(new Set(['2026-02-02T00:00:00.000Z']));
  });
});
