import { describe, expect, it } from 'vitest';
import type { ActorName, Gazetteer } from '@/lib/extract/gazetteerTypes';
import { nameVariants } from '@/lib/site/nameVariants';

const actor = (id: string): ActorName => ({ id, type: 'person', capitals: ['moscow'], role: 'capital' });
const gazetteer: Gazetteer = {
  files: [],
  names: [
    ['ماریا زاخارووا', actor('zakharova')], ['زاخاروا', actor('zakharova')], ['Maria Zakharova', actor('zakharova')],
    ['سرگئی لاوروف', actor('lavrov')], ['لاوروف', actor('lavrov')],
  ],
};

describe('nameVariants', () => {
  it('gives every spelling of the actor a speaker string names', () => {
    expect(nameVariants(gazetteer, 'ماريا زاخارووا').sort()).toEqual(['Maria Zakharova', 'زاخاروا', 'ماریا زاخارووا'].sort());
  });
  it('matches whole words only, and gives nothing for an unknown speaker', () => {
    expect(nameVariants(gazetteer, 'سخنگوی ناشناس')).toEqual([]);
    expect(nameVariants(gazetteer, 'لاوروفی')).toEqual([]);
  });
});
