/**
 * TEMPORARY (written by SITE so pages can be developed): PIPELINE replaces this whole file with
 * the real loader. The statement "extractor" here is a naive keyword stub, not the project's.
 */
import { defineCollection } from 'astro:content';
import { buildCorpus } from './lib/pipeline/buildCorpus';
import type { Capital } from './lib/capitals';

const NAMES: [RegExp, Capital, string][] = [
  [/علی‌اف|Aliyev/, 'baku', 'الهام علی‌اف'],
  [/بایراموف|Bayramov/, 'baku', 'جیحون بایراموف'],
  [/پوتین|Putin/, 'moscow', 'ولادیمیر پوتین'],
  [/زاخارو?وا|Zakharova/, 'moscow', 'ماریا زاخارووا'],
  [/لاوروف|Lavrov/, 'moscow', 'سرگئی لاوروف'],
  [/پاشینیان|Pashinyan/, 'yerevan', 'نیکول پاشینیان'],
];

const stub = {
  loadGazetteer: () => null,
  extractStatements: (blocks: { index: number; text: string }[]) => ({
    statements: blocks.flatMap((b) => {
      const hit = NAMES.find(([re]) => re.test(b.text));
      return hit ? [{ block: b.index, capitals: [hit[1]], speaker: hit[2], kind: 'indirect' as const }] : [];
    }),
    candidates: [],
  }),
  applyCorrections: (statements: never[]) => ({ statements, problems: [] }),
};

let corpus: ReturnType<typeof buildCorpus> | undefined;
const getCorpus = () => (corpus ??= buildCorpus('content', { extract: stub as never }));

const reports = defineCollection({
  loader: {
    name: 'temporary-reports',
    load: async ({ store }) => {
      store.clear();
      for (const r of getCorpus().reports) {
        const { html, ...data } = r;
        store.set({ id: r.id, data: data as never, rendered: { html } });
      }
    },
  },
});

const statements = defineCollection({
  loader: {
    name: 'temporary-statements',
    load: async ({ store }) => {
      store.clear();
      for (const s of getCorpus().statements) store.set({ id: s.id, data: s as never });
    },
  },
});

export const collections = { reports, statements };
