import { describe, expect, it } from 'vitest';
import { PartnershipError } from '../../src/errors.js';
import { extensionOf, formatNames, getWriter } from '../../src/writers/index.js';

function usageError(run: () => unknown): PartnershipError {
  try {
    run();
  } catch (error) {
    if (error instanceof PartnershipError) return error;
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('writers/index', () => {
  it('should list the formats in alphabetical order', () => {
    expect(formatNames()).toEqual(['docx', 'pdf', 'txt']);
  });

  it('should load a writer for every format it lists', async () => {
    for (const format of formatNames()) {
      expect(typeof (await getWriter(format))).toBe('function');
    }
  });

  it('should give each format its file extension', () => {
    expect(formatNames().map(extensionOf)).toEqual(['docx', 'pdf', 'txt']);
  });

  it('should refuse an unknown format as a usage error listing the known ones', async () => {
    const message = 'Cannot write format `html`: expected one of docx, pdf, txt';
    await expect(getWriter('html')).rejects.toThrow(message);
    await expect(getWriter('toString')).rejects.toBeInstanceOf(PartnershipError);
    const error = usageError(() => extensionOf('html'));
    expect(error.kind).toBe('usage');
    expect(error.message).toBe(message);
  });
});
