import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/errors';
import { extractStatements } from '@/lib/extract/extractStatements';
import { loadGazetteer } from '@/lib/extract/loadGazetteer';
import { lexReport } from '@/lib/markdown/lexReport';
import { PROJECT_GAZETTEER } from './extractHelpers';

const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const problemsOf = (files: string[]) => {
  try {
    loadGazetteer(files);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
};

describe('loadGazetteer', () => {
  it('loads the project gazetteer with every section', () => {
    const g = loadGazetteer([PROJECT_GAZETTEER]);
    const roles = new Set(g.names.map(([, n]) => n.role));
    expect(roles).toEqual(new Set(['capital', 'other', 'source']));
    expect(g.names.some(([name, n]) => name === 'ماریا زاخارووا' && n.capitals[0] === 'moscow')).toBe(true);
  });

  it("merges a content folder's gazetteer after the project's, so authors add speakers without code", () => {
    const local = write('local.yaml', 'speakers:\n  - id: new-envoy\n    capital: yerevan\n    type: person\n    names: [روبن روبینیان]\n');
    const text = 'روبن روبینیان گفت که مذاکرات ادامه دارد.';
    const { blocks } = lexReport(text, 1);
    const before = extractStatements(blocks, { lang: 'fa', gazetteer: loadGazetteer([PROJECT_GAZETTEER]) });
    const after = extractStatements(blocks, { lang: 'fa', gazetteer: loadGazetteer([PROJECT_GAZETTEER, local]) });
    expect(before.statements).toEqual([]);
    expect(after.statements).toEqual([{ block: 1, capitals: ['yerevan'], speaker: 'روبن روبینیان', kind: 'indirect' }]);
  });

  it('reports malformed YAML with its file and line', () => {
    const file = write('bad.yaml', 'speakers:\n  - id: a\n    names: [x\n');
    const [p] = problemsOf([file]);
    expect(p).toMatchObject({ file, field: 'yaml' });
    expect(p!.line).toBeGreaterThan(1);
  });

  it('reports every bad entry at once, each with its line and a hint', () => {
    const file = write(
      'entries.yaml',
      [
        'speakers:',
        '  - id: one', //                      line 2: no names
        '    capital: baku',
        '    type: person',
        '  - id: two', //                      line 5
        '    capital: tehran', //              line 6: not a capital
        '    type: person',
        '    names: [x]',
        '  - id: three',
        '    capital: moscow',
        '    type: robot', //                  line 11
        '    names: [y]',
        '  - id: four',
        '    capitol: moscow', //             line 14: typo
        '    capital: moscow',
        '    type: body',
        '    names: [z]',
        '    from: last year', //             line 18
        'people: []', //                      line 19: unknown section
      ].join('\n'),
    );
    const problems = problemsOf([file]);
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['speakers[0].names', 2],
      ['speakers[1].capital', 6],
      ['speakers[2].type', 11],
      ['speakers[3].capitol', 14],
      ['speakers[3].from', 18],
      ['people', 19],
    ]);
    for (const p of problems) {
      expect(p.file).toBe(file);
      expect(p.hint.length).toBeGreaterThan(10);
    }
  });

  it('reports an unreadable file and still checks the others', () => {
    const good = write('good.yaml', 'sources:\n  - id: s\n    names: [Foo News]\n');
    const problems = problemsOf([join(dir, 'missing.yaml'), write('x.yaml', 'speakers: 3\n'), good]);
    expect(problems.map((p) => p.field)).toEqual(['file', 'speakers']);
  });
});
