import { describe, expect, it } from 'vitest';
import { humanise } from '../../src/compose/index.js';

describe('humanise', () => {
  it('should turn a snake_case token into words, keeping its capitals', () => {
    expect(humanise('due_diligence_passed')).toBe('due diligence passed');
    expect(humanise('NHS_trust')).toBe('NHS trust');
  });

  it('should keep a value already written as words exactly as written', () => {
    expect(humanise('North_East and Cumbria')).toBe('North_East and Cumbria');
    expect(humanise('**bold** _em_ *x*')).toBe('**bold** _em_ *x*');
  });
});
