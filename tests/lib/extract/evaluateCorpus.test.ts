import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateFixtures, readFixtures } from '@/lib/extract/evaluateCorpus';
import { gazetteer } from './extractHelpers';

const FIXTURES = fileURLToPath(new URL('../../fixtures/reports', import.meta.url));

describe('the extractor on the annotated corpus (tests/fixtures/reports)', () => {
  const fixtures = readFixtures(FIXTURES);

  it('has at least 30 annotated reports in Persian and English, the seed included', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    const fa = fixtures.filter((f) => f.lang === 'fa').length;
    expect(fa / fixtures.length).toBeGreaterThan(0.55);
    expect(fixtures.length - fa).toBeGreaterThanOrEqual(10);
    expect(fixtures.map((f) => f.file)).toContain('2023-09-19-baku-operation.md');
  });

  it('meets the bar for every capital: precision ≥ 0.97, recall ≥ 0.93', () => {
    const { scores, errors } = evaluateFixtures(fixtures, gazetteer);
    const report = errors.map((e) => `${e.type} ${e.file}#${e.statement.block} ${e.statement.speaker}`).join('\n');
    for (const s of scores) {
      expect(s.precision, `${s.capital} precision\n${report}`).toBeGreaterThanOrEqual(0.97);
      expect(s.recall, `${s.capital} recall\n${report}`).toBeGreaterThanOrEqual(0.93);
    }
  });

  it('counts a wrong speaker as both a miss and an extra', () => {
    const [seed] = fixtures.filter((f) => f.file === '2023-09-19-baku-operation.md');
    const wrong = { ...seed!, expected: seed!.expected.map((s) => (s.block === 8 ? { ...s, speaker: 'سرگئی لاوروف' } : s)) };
    const { scores, errors } = evaluateFixtures([wrong], gazetteer);
    expect(errors.map((e) => e.type).sort()).toEqual(['extra', 'miss']);
    expect(scores.find((s) => s.capital === 'moscow')).toMatchObject({ expected: 3, found: 3, matched: 2 });
  });
});
