import { describe, expect, it } from 'vitest';
import { applyCorrections } from '@/lib/extract/applyCorrections';
import type { ExtractedStatement } from '@/lib/extract/statementTypes';
import type { Block } from '@/lib/markdown/blockTypes';

const blocks: Block[] = [
  { index: 1, kind: 'heading', text: 'پسکوف: مسکو در تماس است', line: 1 },
  { index: 2, kind: 'paragraph', text: 'دمیتری پسکوف گفت که مسکو با باکو در تماس است.', line: 3 },
  { index: 3, kind: 'paragraph', text: 'میرزویان گفت که پیشرفت شده است. بایراموف نیز تأکید کرد که صلح نزدیک است.', line: 5 },
  { index: 4, kind: 'paragraph', text: 'آرایک هاروتیونیان گفت که مذاکره لازم است.', line: 7 },
];
const found: ExtractedStatement[] = [
  { block: 2, capitals: ['moscow'], speaker: 'دمیتری پسکوف', kind: 'indirect' },
  { block: 3, capitals: ['yerevan'], speaker: 'میرزویان', kind: 'indirect' },
  { block: 3, capitals: ['baku'], speaker: 'بایراموف', kind: 'indirect' },
];
const FILE = 'reports/x.md';

describe('applyCorrections', () => {
  it('adds a missed statement found by block number', () => {
    const r = applyCorrections(found, [{ action: 'add', block: 1, capitals: ['moscow'], speaker: 'پسکوف', kind: 'direct', line: 4 }], blocks, FILE);
    expect(r.problems).toEqual([]);
    expect(r.statements[0]).toEqual({ block: 1, capitals: ['moscow'], speaker: 'پسکوف', kind: 'direct' });
    expect(r.statements).toHaveLength(4);
  });
  it('adds a statement found by a text snippet, whatever its spelling of ZWNJ and ي', () => {
    const r = applyCorrections([], [{ action: 'add', match: 'آرایک هاروتیونیان گفت', capitals: ['yerevan'], speaker: 'x' }], blocks, FILE);
    expect(r.statements.map((s) => s.block)).toEqual([4]);
    const v = applyCorrections([], [{ action: 'add', match: 'بايراموف نيز تأكيد', capitals: ['baku'], speaker: 'y' }], blocks, FILE);
    expect(v.statements.map((s) => s.block)).toEqual([3]);
  });
  it('drops every statement of a block, or only the one `of` names', () => {
    expect(applyCorrections(found, [{ action: 'drop', block: 3 }], blocks, FILE).statements.map((s) => s.speaker)).toEqual(['دمیتری پسکوف']);
    expect(applyCorrections(found, [{ action: 'drop', match: 'بایراموف نیز', of: 'بایراموف' }], blocks, FILE).statements.map((s) => s.speaker)).toEqual(['دمیتری پسکوف', 'میرزویان']);
  });
  it('re-attributes (set) capitals, speaker and kind', () => {
    const r = applyCorrections(found, [{ action: 'set', match: 'مسکو با باکو', capitals: ['moscow', 'baku'], kind: 'direct' }], blocks, FILE);
    expect(r.statements[0]).toEqual({ block: 2, capitals: ['moscow', 'baku'], speaker: 'دمیتری پسکوف', kind: 'direct' });
  });
  it('reports a correction whose snippet matches nothing, with its line and a hint', () => {
    const r = applyCorrections(found, [{ action: 'drop', match: 'این جمله در گزارش نیست', line: 9 }], blocks, FILE);
    expect(r.problems).toEqual([
      expect.objectContaining({ file: FILE, field: 'statements[0].match', line: 9, message: expect.stringContaining('No block contains'), hint: expect.stringContaining('block:') }),
    ]);
    expect(r.statements).toEqual(found);
  });
  it('reports a block number out of range, a drop of a block without statements, an ambiguous snippet and a missing speaker — all at once', () => {
    const r = applyCorrections(found, [
      { action: 'drop', block: 12, line: 3 },
      { action: 'drop', block: 4, line: 4 },
      { action: 'set', match: 'گفت که', capitals: ['baku'], line: 5 },
      { action: 'add', block: 4, capitals: ['yerevan'], line: 6 },
      { action: 'set', block: 3, of: 'پوتین', capitals: ['moscow'], line: 7 },
    ], blocks, FILE);
    expect(r.problems.map((p) => [p.field, p.line])).toEqual([
      ['statements[0].block', 3],
      ['statements[1]', 4],
      ['statements[2].match', 5],
      ['statements[3].speaker', 6],
      ['statements[4].of', 7],
    ]);
    expect(r.problems[0]!.message).toContain('the report has 4 blocks');
    expect(r.problems[4]!.hint).toContain('میرزویان, بایراموف');
  });
});
