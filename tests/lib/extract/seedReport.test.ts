import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Capital } from '@/lib/capitals';
import { extractStatements } from '@/lib/extract/extractStatements';
import { buildCorpus } from '@/lib/pipeline/buildCorpus';
import { projectExtractor } from '@/lib/pipeline/projectExtractor';
import { lexReport } from '@/lib/markdown/lexReport';
import { toDisplayText } from '@/lib/text/normalise';
import { gazetteer } from './extractHelpers';

const SEED = new URL('../../../../shared/seeds/000_65ce791c34499a62.txt', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'seed-'));
const file = join(dir, '2023-09-19-baku-operation.md');
writeFileSync(file, readFileSync(SEED));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PROJECT_ROOT = new URL('../../../', import.meta.url).pathname;

describe("the user's seed report (2023-09-19-baku-operation.md)", () => {
  const { blocks } = lexReport(toDisplayText(readFileSync(file, 'utf8')), 1);
  const { statements } = extractStatements(blocks, { lang: 'fa', gazetteer, date: '2023-09-19' });
  const textOf = (block: number) => blocks.find((b) => b.index === block)!.text;

  it('yields exactly four Baku statements, one per paragraph where the Defence Ministry or its notice speaks', () => {
    const baku = statements.filter((s) => s.capitals.includes('baku'));
    expect(baku).toHaveLength(4);
    expect(baku.map((s) => textOf(s.block).slice(0, 22))).toEqual([
      'وزارت دفاع آذربایجان ا',
      'به گزارش آران نیوز به ',
      'به گفته وزارت دفاع آذر',
      'در این اطلاعیه خاطرنشا',
    ]);
    for (const s of baku) expect(s.speaker).toMatch(/^وزارت دفاع (جمهوری )?آذربایجان$/);
  });

  it('yields three Moscow statements: the Russian Foreign Ministry and Zakharova twice', () => {
    const moscow = statements.filter((s) => s.capitals.includes('moscow'));
    expect(moscow.map((s) => s.speaker)).toEqual(['وزارت امور خارجه روسیه', 'ماریا زاخارووا', 'زاخاروا']);
    expect(moscow.map((s) => s.kind)).toEqual(['direct', 'indirect', 'direct']);
  });

  it('yields no Yerevan statement and nothing from the heading or the Aran News / Sputnik citation', () => {
    expect(statements.filter((s) => s.capitals.includes('yerevan'))).toEqual([]);
    expect(statements.some((s) => blocks[s.block - 1]!.kind === 'heading')).toBe(false);
    expect(statements.some((s) => /آران|اسپوتنیک/.test(s.speaker))).toBe(false);
    expect(statements).toHaveLength(7);
  });

  it('gives the same statements through buildCorpus, dated from the file name', () => {
    const corpus = buildCorpus(dir, { extract: projectExtractor, projectRoot: PROJECT_ROOT });
    expect(corpus.problems).toEqual([]);
    const count = (c: Capital) => corpus.statements.filter((s) => s.capitals.includes(c)).length;
    expect([count('baku'), count('moscow'), count('yerevan')]).toEqual([4, 3, 0]);
    expect(corpus.statements.every((s) => s.date === '2023-09-19')).toBe(true);
  });
});
