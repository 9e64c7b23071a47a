/**
 * <tc-search>: a small search UI over Pagefind's JS API. The form works as a plain GET form
 * (`?q=`) so the query survives reloads; results render as a list of links.
 */
import { dayLabel, formatCount } from '../../lib/i18n/formatDate';
import { readableExcerpt } from '../../lib/site/readableExcerpt';
import { searchResultUrl } from '../../lib/site/searchResultUrl';
import { searchQuery } from '../../lib/site/searchQuery';
import type { UiLang } from '../../lib/url/sitePaths';

interface PagefindResult { data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

class TcSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;

  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
    const capital = form.querySelector<HTMLSelectElement>('select[name="capital"]')!;
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    capital.value = params.get('capital') ?? '';
    this.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const url = new URL(location.href);
      url.searchParams.set('q', input.value);
      if (capital.value) url.searchParams.set('capital', capital.value);
      else url.searchParams.delete('capital');
      history.replaceState(null, '', url);
      void this.run(input.value, capital.value);
    });
    capital.addEventListener('change', () => form.requestSubmit());
    if (input.value) void this.run(input.value, capital.value);
  }

  async run(raw: string, capital: string): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const q = searchQuery(raw);
    list.replaceChildren();
    if (!q) { status.textContent = ''; return; }
    status.textContent = this.dataset.loading ?? '';
    this.#pagefind ??= (import(/* @vite-ignore */ this.dataset.pagefind!) as Promise<Pagefind>).then(async (pf) => {
      // The index stores site-root URLs; results must carry the deployment base.
      await pf.options({ baseUrl: this.dataset.base ?? '/' });
      return pf;
    });
    const pagefind = await this.#pagefind;
    const found = await pagefind.search(q, capital ? { filters: { capital } } : {});
    const items = await Promise.all(found.results.slice(0, 30).map((r) => r.data()));
    status.textContent = items.length ? (this.dataset.results ?? '').replace('{count}', formatCount(found.results.length, this.#lang())) : (this.dataset.none ?? '');
    for (const item of items) list.append(this.#item(item, q));
  }

  /** The page's interface language (`data-lang`). */
  #lang(): UiLang {
    return this.dataset.lang === 'en' ? 'en' : 'fa';
  }

  #item(item: { url: string; excerpt: string; meta: Record<string, string> }, query: string): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'rounded-md border border-line bg-card p-3';
    li.dataset.searchResult = '';
    const a = document.createElement('a');
    const lang = this.#lang();
    a.href = searchResultUrl(item.url, this.dataset.base ?? '/', lang);
    a.textContent = item.meta.title ?? item.url;
    a.className = 'font-semibold';
    if (item.meta.lang) a.lang = item.meta.lang;
    a.dir = 'auto';
    const date = document.createElement('p');
    date.className = 'text-sm text-muted';
    const day = item.meta.date ?? '';
    date.textContent = /^\d{4}-\d{2}-\d{2}$/.test(day) ? dayLabel(day, lang).primary : day;
    const excerpt = document.createElement('p');
    excerpt.className = 'mt-1 text-sm';
    excerpt.dir = 'auto';
    // Pagefind's excerpt is the normalised copy it indexes (see SearchRecord.astro): the query's
    // words and the words Pagefind marked are shown in the report's own text (`meta.text`).
    const marked = [...item.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!.replace(/<[^>]*>/g, ''));
    const hits = [...query.split(' '), ...marked];
    if (item.meta.lang) excerpt.lang = item.meta.lang;
    for (const part of readableExcerpt(item.meta.text ?? '', hits)) {
      if (part.hit) {
        const m = document.createElement('mark');
        m.textContent = part.text;
        excerpt.append(m);
      } else excerpt.append(part.text);
    }
    li.append(a, date, excerpt);
    return li;
  }
}

customElements.define('tc-search', TcSearch);
