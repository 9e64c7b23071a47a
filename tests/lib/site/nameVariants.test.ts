import { describe, expect, it } from 'vitest';
import type { ActorName, Gazetteer } from '@/lib/extract/gazetteerTypes';
import { nameVariants } from '@/lib/site/nameVariants';

const actor = (id: string): ActorName => ({ id, type: 'person', capitals: ['moscow'], role: 'capital' });
const gazetteer: Gazetteer = {
  files: [],
  names: [
    ['ماریا زاخارووا', actor('zakharova')], ['زاخاروا', actor('zakharova')], ['Maria Zakharova', actor('zakharova')],
    ['سرگئی لاوروف', actor('lavrov')], ['لاوروف', actor('lavrov')],
    ['وزارت امور خارجه ارمنستان', actor('am-mfa')], ['Armenian Foreign Ministry', actor('am-mfa')],
    ['وزارت امور خارجه', actor('ir-mfa')], ['ارمنستان', actor('yerevan')], ['Yerevan', actor('yerevan')],
  ],
};

describe('nameVariants', () => {
  it('gives every spelling of the actor a speaker string names', () => {
    expect(nameVariants(gazetteer, 'ماريا زاخارووا').sort()).toEqual(['Maria Zakharova', 'زاخاروا', 'ماریا زاخارووا'].sort());
  });
  it('ignores a spelling that is only part of a longer matched spelling of another actor', () => {
    expect(nameVariants(gazetteer, 'وزارت امور خارجه ارمنستان').sort()).toEqual(['Armenian Foreign Ministry', 'وزارت امور خارجه ارمنستان'].sort());
    expect(nameVariants(gazetteer, 'ارمنستان').sort()).toEqual(['Yerevan', 'ارمنستان'].sort());
  });
  it('still finds each actor of a joint speaker string', () => {
    expect(nameVariants(gazetteer, 'لاوروف و زاخاروا').sort()).toEqual(['Maria Zakharova', 'سرگئی لاوروف', 'لاوروف', 'زاخاروا', 'ماریا زاخارووا'].sort());
  });
  it('matches whole words only, and gives nothing for an unknown speaker', () => {
    expect(nameVariants(gazetteer, 'سخنگوی ناشناس')).toEqual([]);
    expect(nameVariants(gazetteer, 'لاوروفی')).toEqual([]);
  });
});
