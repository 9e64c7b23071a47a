import { describe, expect, it } from 'vitest';
import { sayingCues } from '@/lib/extract/lexicon';
import { mentionIndexFor, resolveMention } from '@/lib/extract/mentionIndex';
import { PhraseHitList } from '@/lib/extract/phraseHitList';
import { PhraseIndex } from '@/lib/extract/phraseIndex';
import { resolveMentionOnDate } from '@/lib/extract/resolveMemo';
import { CUE_LANE, cueKindAt, MENTION_LANE, mentionPayloadsAt, sayingIndexFor } from '@/lib/extract/sayingIndex';
import { MatchKeyBuffer, toMatchKey } from '@/lib/text/normalise';

const keys = new MatchKeyBuffer();
/** A key's units and length, as `findInto` takes them. */
const unitsOf = (key: string): [Uint16Array, number] => {
  keys.keyOf(key);
  return [keys.units, key.length];
};
import { gazetteer } from './extractHelpers';

const TEXTS = [
  'وزارت دفاع آذربایجان اعلام کرد که به گفته ماریا زاخارووا، سخنگوی وزارت امور خارجه روسیه، وی در ادامه افزود',
  'نیکول پاشینیان، نخست‌وزیر ارمنستان، روز دوشنبه گفت: «ما آماده‌ایم.» در این اطلاعیه آمده است',
  'According to President Ilham Aliyev, the ministry said that Russia\'s Foreign Ministry had told the leaders of Russia, Azerbaijan and Armenia',
  '"We are ready," said Maria Zakharova. Peskov: no comment — Dmitry Peskov',
];

describe('sayingIndexFor', () => {
  const index = sayingIndexFor(gazetteer);
  const cues = new PhraseIndex<string>();
  for (const [phrase, kind] of sayingCues()) cues.add(phrase, kind);
  const mentions = mentionIndexFor(gazetteer);
  const lanes = [new PhraseHitList(), new PhraseHitList()];

  it('is built once per gazetteer', () => {
    expect(sayingIndexFor(gazetteer)).toBe(index);
  });

  it.each(TEXTS)('finds the cues and mentions that two separate indexes find: %s', (text) => {
    const key = toMatchKey(text);
    index.findInto(...unitsOf(key), lanes);
    const cueHits = Array.from({ length: lanes[CUE_LANE]!.count }, (_, h) => [lanes[CUE_LANE]!.starts[h], lanes[CUE_LANE]!.ends[h], cueKindAt(index, lanes[CUE_LANE]!.nodes[h]!)]);
    const mentionHits = Array.from({ length: lanes[MENTION_LANE]!.count }, (_, h) => [lanes[MENTION_LANE]!.starts[h], lanes[MENTION_LANE]!.ends[h], mentionPayloadsAt(index, lanes[MENTION_LANE]!.nodes[h]!)]);
    expect(cueHits.length).toBeGreaterThan(0);
    expect(mentionHits.length).toBeGreaterThan(0);
    expect(cueHits).toEqual(cues.find(key).map((h) => [h.start, h.end, h.payloads[0]]));
    expect(mentionHits).toEqual(mentions.find(key).map((h) => [h.start, h.end, h.payloads]));
  });
});

describe('resolveMentionOnDate', () => {
  // Every name of the gazetteer on dates around its terms, in an order that switches terms back and forth.
  const dates = ['2010-01-01', '2018-05-08', '2018-05-07', '2021-08-02', '2015-06-30', '2024-12-31', '2019-01-01', '2022-04-01'];
  const index = mentionIndexFor(gazetteer);

  it('answers as resolveMention does, for every listed name on every date, whatever it answered before', () => {
    let compared = 0;
    for (const date of [...dates, ...dates.slice().reverse(), undefined]) {
      for (const [name] of gazetteer.names) {
        const text = `${name} گفت`;
        for (const hit of index.find(toMatchKey(text))) {
          expect(resolveMentionOnDate(hit.payloads, date, text, hit.start, hit.end)).toEqual(resolveMention(hit.payloads, date, text.slice(hit.start, hit.end)));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(gazetteer.names.length * dates.length);
  });

  it('gives a name out of office on one date and in office on another their own answers', () => {
    const termed = gazetteer.names.find(([, n]) => n.from && n.role === 'capital' && n.type === 'person' && !n.title);
    expect(termed).toBeDefined();
    const [name, actor] = termed!;
    const hit = index.find(toMatchKey(name))[0]!;
    const before = String(Number(actor.from!.slice(0, 4)) - 1) + '-01-01';
    const during = actor.from!.length === 4 ? `${actor.from}-12-31` : actor.from!;
    const on = (date: string) => resolveMentionOnDate(hit.payloads, date, name, hit.start, hit.end);
    expect(on(during)).toEqual(resolveMention(hit.payloads, during, name));
    expect(on(before)).toEqual(resolveMention(hit.payloads, before, name));
    expect(on(during)).not.toEqual(on(before));
  });
});
