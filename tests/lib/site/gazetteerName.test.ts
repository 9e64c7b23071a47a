import { describe, expect, it } from 'vitest';
import type { ActorName, Gazetteer } from '@/lib/extract/gazetteerTypes';
import { loadGazetteer } from '@/lib/extract/loadGazetteer';
import { gazetteerFilesFor } from '@/lib/pipeline/buildCorpus';
import { gazetteerName, speakerKeyName } from '@/lib/site/gazetteerName';
import { tallySpeakers } from '@/lib/site/groupStatements';
import type { Statement } from '@/lib/extract/statementTypes';

const actor = (id: string, title = false): ActorName => ({ id, type: 'person', capitals: ['baku'], role: 'capital', title });
const gazetteer: Gazetteer = {
  files: [],
  names: [
    ['رئیس جمهور آذربایجان', actor('aliyev', true)], ['President of Azerbaijan', actor('aliyev', true)],
    ['الهام علی‌اف', actor('aliyev')], ['علی‌اف', actor('aliyev')], ['Ilham Aliyev', actor('aliyev')], ['Aliyev', actor('aliyev')],
    ['آیخان حاجی‌زاده', actor('hajizada')],
  ],
};

describe('gazetteerName', () => {
  it("gives an actor's first spelling in the reader's script, never an office title", () => {
    expect(gazetteerName(gazetteer, 'aliyev', 'fa')).toBe('الهام علی‌اف');
    expect(gazetteerName(gazetteer, 'aliyev', 'en')).toBe('Ilham Aliyev');
  });
  it('gives nothing when the gazetteer has no spelling in that script, or no such actor', () => {
    expect(gazetteerName(gazetteer, 'hajizada', 'en')).toBeUndefined();
    expect(gazetteerName(gazetteer, 'nobody', 'fa')).toBeUndefined();
  });
  it("names the project gazetteer's speakers in both languages", () => {
    const real = loadGazetteer(gazetteerFilesFor('content'));
    expect(gazetteerName(real, 'zakharova', 'en')).toBe('Maria Zakharova');
    expect(gazetteerName(real, 'zakharova', 'fa')).toBe('ماریا زاخارووا');
  });
});

describe('speakerKeyName', () => {
  it("names one actor as gazetteerName does, and a joint speaker as the language joins a list", () => {
    expect(speakerKeyName(gazetteer, 'id:aliyev', 'en')).toBe('Ilham Aliyev');
    const both: Gazetteer = { files: [], names: [...gazetteer.names, ['Ayxan Hajizada', actor('hajizada')]] };
    expect(speakerKeyName(both, 'id:aliyev+hajizada', 'en')).toBe('Ilham Aliyev and Ayxan Hajizada');
    expect(speakerKeyName(both, 'id:aliyev+hajizada', 'fa')).toBe('الهام علی‌اف و آیخان حاجی‌زاده');
  });
  it("keeps the reports' own spelling of a joint speaker in the reader's language, but not of one actor", () => {
    const both: Gazetteer = { files: [], names: [...gazetteer.names, ['Ayxan Hajizada', actor('hajizada')]] };
    expect(speakerKeyName(both, 'id:aliyev+hajizada', 'en', 'Aliyev and his spokesman')).toBe('Aliyev and his spokesman');
    expect(speakerKeyName(both, 'id:aliyev', 'en', 'Aliyev')).toBe('Ilham Aliyev');
  });
  it('gives nothing when one of the actors has no name in that script, or the key is not an id', () => {
    expect(speakerKeyName(gazetteer, 'id:aliyev+hajizada', 'en')).toBeUndefined();
    expect(speakerKeyName(gazetteer, 'id:nobody', 'fa')).toBeUndefined();
    expect(speakerKeyName(gazetteer, 'someone', 'en')).toBeUndefined();
  });
  it("names the bundled joint statement's speaker in English", () => {
    const real = loadGazetteer(gazetteerFilesFor('content'));
    expect(speakerKeyName(real, 'id:am-pm-office+az-presidency', 'en')).toBe("Armenian Prime Minister's Office and Azerbaijani Presidential Administration");
  });
});

describe('tallySpeakers with names', () => {
  const st = (speaker: string, speakerKey: string, lang: 'fa' | 'en'): Statement => ({
    id: `r/${speaker}`, anchor: 'a', report: 'r', date: '2023-09-19', text: 't', lang, line: 1, block: 1, capitals: ['baku'], speaker, kind: 'indirect', speakerKey,
  });
  it('shows the name given for a key, and the spelling where none is given', () => {
    const list = [st('Aliyev', 'id:aliyev', 'en'), st('علی‌اف', 'id:aliyev', 'fa'), st('Someone', 'someone', 'en')];
    const names = (key: string): string | undefined => (key === 'id:aliyev' ? 'Ilham Aliyev' : undefined);
    expect(tallySpeakers(list, 'en', names)).toEqual([{ speaker: 'Ilham Aliyev', count: 2 }, { speaker: 'Someone', count: 1 }]);
  });
  it("hands the name function the most used spelling in the reader's language, or nothing when there is none", () => {
    const list = [st('Armenia and Azerbaijan', 'id:baku+yerevan', 'en'), st('باکو و ایروان', 'id:baku+yerevan', 'fa'), st('باکو و ایروان', 'id:baku+yerevan', 'fa')];
    const seen: Array<[string, string | undefined]> = [];
    tallySpeakers(list, 'en', (key, spelling) => (seen.push([key, spelling]), undefined));
    tallySpeakers([list[1]!], 'en', (key, spelling) => (seen.push([key, spelling]), undefined));
    expect(seen).toEqual([['id:baku+yerevan', 'Armenia and Azerbaijan'], ['id:baku+yerevan', undefined]]);
  });
});
