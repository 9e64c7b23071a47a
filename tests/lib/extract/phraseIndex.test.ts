import { describe, expect, it } from 'vitest';
import { PhraseHitList } from '@/lib/extract/phraseHitList';
import { PhraseIndex } from '@/lib/extract/phraseIndex';
import { MatchKeyBuffer, toMatchKey } from '@/lib/text/normalise';

const keys = new MatchKeyBuffer();
/** A key's units and length, as `findInto` takes them. */
const unitsOf = (key: string): [Uint16Array, number] => {
  keys.keyOf(key);
  return [keys.units, key.length];
};

const hits = (index: PhraseIndex<string>, text: string) => index.find(toMatchKey(text)).map((h) => [text.slice(h.start, h.end), h.payloads[0]]);

describe('PhraseIndex', () => {
  const index = new PhraseIndex<string>();
  index.add('علی‌اف', 'aliyev');
  index.add('وزارت دفاع', 'mod');
  index.add('وزارت دفاع روسیه', 'ru-mod');
  index.add('گفت', 'said');

  it('matches a phrase written with ZWNJ, a space or nothing between its parts', () => {
    for (const name of ['علی‌اف', 'علی اف', 'علیاف']) expect(hits(index, `${name} گفت`)).toEqual([[name, 'aliyev'], ['گفت', 'said']]);
  });
  it('prefers the longest phrase at a position', () => {
    expect(hits(index, 'وزارت دفاع روسیه اعلام کرد')).toEqual([['وزارت دفاع روسیه', 'ru-mod']]);
  });
  it('respects word boundaries in Arabic script (no "گفت" inside "گفته" or "نگفت")', () => {
    expect(hits(index, 'به گفته او، وی نگفت')).toEqual([]);
  });
  it('returns offsets into the display text', () => {
    const text = '«ماریا» گفت';
    const [hit] = index.find(toMatchKey(text));
    expect(text.slice(hit!.start, hit!.end)).toBe('گفت');
  });
});

describe('PhraseIndex lanes (findInto)', () => {
  // Two kinds of phrase whose hits overlap: a lane's leftmost-longest rule must not be bent by the other's.
  const both = new PhraseIndex<string>();
  const cuesOnly = new PhraseIndex<string>();
  const namesOnly = new PhraseIndex<string>();
  for (const [phrase, payload] of [['ادامه داد', 'verb'], ['گفت', 'verb'], ['به گفته', 'prep'], ['said', 'verb']] as const) {
    both.add(phrase, payload, 0);
    cuesOnly.add(phrase, payload);
  }
  for (const [phrase, payload] of [['ادامه', 'channel'], ['وزارت دفاع', 'mod'], ['وزارت دفاع روسیه', 'ru-mod'], ['گفته', 'noun'], ['the ministry', 'anaphor'], ['ministry said', 'odd']] as const) {
    both.add(phrase, payload, 1);
    namesOnly.add(phrase, payload);
  }
  const lanes = [new PhraseHitList(), new PhraseHitList()];
  const asTriples = (index: PhraseIndex<string>, lane: number, list: PhraseHitList) =>
    Array.from({ length: list.count }, (_, h) => [list.starts[h], list.ends[h], index.payloadsAt(lane, list.nodes[h]!)[0]]);
  const separately = (index: PhraseIndex<string>, key: string) => index.find(key).map((h) => [h.start, h.end, h.payloads[0]]);

  it.each([
    'وزارت دفاع روسیه در ادامه داد و به گفته وزارت دفاع گفت',
    'به گفته‌ی وزیر، ادامه‌ی روند گفته شد',
    'The ministry said that the ministry said so',
    'ادامه',
    '',
  ])('gives each lane the hits of an index of its own: %s', (text) => {
    const key = toMatchKey(text);
    both.findInto(...unitsOf(key), lanes);
    expect(asTriples(both, 0, lanes[0]!)).toEqual(separately(cuesOnly, key));
    expect(asTriples(both, 1, lanes[1]!)).toEqual(separately(namesOnly, key));
  });

  it('lets lanes overlap ("ادامه" is a name in lane 1 inside the cue "ادامه داد" of lane 0)', () => {
    both.findInto(...unitsOf(toMatchKey('وی ادامه داد')), lanes);
    expect(asTriples(both, 0, lanes[0]!)).toEqual([[3, 12, 'verb']]);
    expect(asTriples(both, 1, lanes[1]!)).toEqual([[3, 8, 'channel']]);
  });

  it('searches only the lanes it is given lists for, and `find` gives lane 0', () => {
    both.findInto(...unitsOf(toMatchKey('وزارت دفاع گفت')), [lanes[0]!]);
    expect(asTriples(both, 0, lanes[0]!)).toEqual([[11, 14, 'verb']]);
    expect(both.find(toMatchKey('وزارت دفاع گفت')).map((h) => h.payloads[0])).toEqual(['verb']);
  });

  it('rejects a lane out of range', () => {
    expect(() => new PhraseIndex<string>().add('x', 'x', 8)).toThrow(RangeError);
  });
});

describe('PhraseHitList', () => {
  it('grows past its first capacity and forgets on clear', () => {
    const list = new PhraseHitList();
    for (let k = 0; k < 200; k++) list.push(k, k + 1, k * 2);
    expect(list.count).toBe(200);
    expect([list.starts[199], list.ends[199], list.nodes[199]]).toEqual([199, 200, 398]);
    expect([list.starts[0], list.ends[63], list.nodes[64]]).toEqual([0, 64, 128]);
    list.clear();
    expect(list.count).toBe(0);
  });
});
