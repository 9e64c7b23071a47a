import type { Capital } from '../../../src/lib/capitals';
import type { ExtractedStatement } from '../../../src/lib/extract/statementTypes';
import type { Extractor } from '../../../src/lib/pipeline/corpusTypes';

/**
 * A tiny stand-in extractor for pipeline tests: a speaker from its gazetteer followed by
 * "said" is a statement; "said" with no known speaker is a review candidate. Corrections
 * `drop` by block and `add` by block; a block that does not exist is a problem.
 */
export const fakeExtractor: Extractor<Map<string, Capital>> = {
  loadGazetteer: () =>
    new Map<string, Capital>([
      ['Aliyev', 'baku'],
      ['Pashinyan', 'yerevan'],
      ['Zakharova', 'moscow'],
    ]),
  extractStatements(blocks, { gazetteer }) {
    const statements: ExtractedStatement[] = [];
    const candidates: number[] = [];
    for (const b of blocks) {
      if (b.kind === 'heading' || !/\bsaid\b/.test(b.text)) continue;
      const found = [...gazetteer].filter(([name]) => new RegExp(`${name} said`).test(b.text));
      if (found.length === 0) candidates.push(b.index);
      for (const [speaker, capital] of found) statements.push({ block: b.index, capitals: [capital], speaker, kind: 'indirect' });
    }
    return { statements, candidates };
  },
  applyCorrections(statements, corrections, blocks, file) {
    let out = [...statements];
    const problems = [];
    for (const c of corrections) {
      if (c.block === undefined || !blocks.some((b) => b.index === c.block)) {
        problems.push({ file, field: 'statements', line: c.line, message: 'the correction matches no block', hint: 'check the block number' });
        continue;
      }
      if (c.action === 'drop') out = out.filter((s) => s.block !== c.block);
      if (c.action === 'add') out.push({ block: c.block, capitals: c.capitals ?? [], speaker: c.speaker ?? '', kind: c.kind ?? 'indirect' });
    }
    return { statements: out, problems };
  },
};
