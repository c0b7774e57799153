import { describe, expect, it } from 'vitest';
import { validateSource } from '../../src/spec/index.js';

const yaml = [
  'kind: partnership_spec', // 1
  'meta:', // 2
  "  title: Women's Health", // 3
  '  documents: [partnership_agreement, mou]', // 4
  '  empty:', // 5
  'funding:', // 6
  '  by_period: {"2026/27": "15000.00", "a~b": "1.00"}', // 7
  'members:', // 8
  '  - id: rcew', // 9
  '    legal_name: Rape Crisis', // 10
  '  - &second', // 11
  '    id: pw', // 12
  'copy: *second', // 13
].join('\n');

describe('locate', () => {
  const { locate } = validateSource(yaml, 'spec.yaml');

  it('should give the 1-based position of the value at a pointer', () => {
    expect(locate('/kind')).toEqual({ line: 1, column: 7 });
    expect(locate('/meta/title')).toEqual({ line: 3, column: 10 });
    expect(locate('/meta/documents/1')).toEqual({ line: 4, column: 38 });
    expect(locate('/members/0/legal_name')).toEqual({ line: 10, column: 17 });
  });

  it('should unescape ~1 and ~0 in pointer segments (RFC 6901)', () => {
    expect(locate('/funding/by_period/2026~127')).toEqual({ line: 7, column: 26 });
    expect(locate('/funding/by_period/a~0b')).toEqual({ line: 7, column: 45 });
  });

  it('should point a missing key at the key of the object that lacks it', () => {
    expect(locate('/meta/spec_id')).toEqual({ line: 2, column: 1 });
    expect(locate('/meta/change_log/0/version')).toEqual({ line: 2, column: 1 });
    expect(locate('/funding/by_period/2027~128')).toEqual({ line: 7, column: 3 });
  });

  it('should point a missing field of a list item at the item itself, and a missing item at its list', () => {
    expect(locate('/members/1/legal_name')).toEqual({ line: 12, column: 5 });
    expect(locate('/members/7')).toEqual({ line: 8, column: 1 });
  });

  it('should point a key with no value at the key', () => {
    expect(locate('/meta/empty')).toEqual({ line: 5, column: 3 });
    expect(locate('/meta/empty/deeper')).toEqual({ line: 5, column: 3 });
  });

  it('should follow aliases to their anchor', () => {
    expect(locate('/copy')).toEqual({ line: 13, column: 7 });
    expect(locate('/copy/id')).toEqual({ line: 12, column: 9 });
  });

  it('should give the whole document for the empty pointer', () => {
    expect(locate('')).toEqual({ line: 1, column: 1 });
  });

  it('should locate values in JSON specs the same way', () => {
    const json = validateSource('{\n  "meta": {\n    "title": "WHEC"\n  }\n}\n', 'spec.json');
    expect(json.locate('/meta/title')).toEqual({ line: 3, column: 14 });
    expect(json.locate('/meta/status')).toEqual({ line: 2, column: 3 });
  });
});
