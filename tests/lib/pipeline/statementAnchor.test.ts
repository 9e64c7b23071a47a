import { describe, expect, it } from 'vitest';
import { disambiguate, statementAnchor } from '../../../src/lib/pipeline/statementAnchor';

describe('statementAnchor', () => {
  it('is s- and 10 hex digits, a valid lower-case HTML id', () => {
    expect(statementAnchor('زاخارووا گفت: ما در تماس هستیم.', 'ماریا زاخارووا')).toMatch(/^s-[0-9a-f]{10}$/);
  });

  it('is the same for spelling variants that normalisation folds (ي/ی, ك/ک, ZWNJ/space, digits)', () => {
    const a = statementAnchor('سخنگوی کرملین می‌گوید ۱۰ نفر', 'سخنگوی کرملین');
    const b = statementAnchor('سخنگوي كرملين مي گويد 10 نفر', 'سخنگوي كرملين');
    expect(a).toBe(b);
  });

  it('differs by speaker and by text', () => {
    const base = statementAnchor('Aliyev and Pashinyan spoke.', 'Aliyev');
    expect(statementAnchor('Aliyev and Pashinyan spoke.', 'Pashinyan')).not.toBe(base);
    expect(statementAnchor('Aliyev and Pashinyan spoke again.', 'Aliyev')).not.toBe(base);
  });
});

describe('disambiguate', () => {
  it('numbers repeated anchors in order and leaves unique ones alone', () => {
    expect(disambiguate(['s-a', 's-b', 's-a', 's-a'])).toEqual(['s-a', 's-b', 's-a-2', 's-a-3']);
  });
});
