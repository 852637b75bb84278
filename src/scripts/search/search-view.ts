/**
 * The search box and its results, shared by the search page and the search dialog: runs the query
 * as the reader types, renders ranked results with highlighted excerpts, and moves focus through
 * them with the arrow keys.
 */
import { isLang, type Lang } from '../../lib/i18n';
import { formatDate } from '../../lib/dates';
import { highlight, highlightTerms } from '../../lib/search-excerpt';
import type { StoryKind } from '../../schemas/story';
import { kindName, searchCount, t } from '../../lib/ui';
import { searchSite, type Filters, type PagefindData, type PagefindResult, type SearchAnswer } from './pagefind-client';
import { afterNextPaint } from './yield';

/** Results rendered at once; "show more" adds as many again. Each costs one fragment fetch. */
const PAGE_SIZE = 10;
/** Wait after the last keystroke before searching, so typing a word runs one search, not five. */
const TYPING_DELAY_MS = 150;

export interface SearchViewOptions {
  lang: Lang;
  input: HTMLInputElement;
  /** Where status, results and "show more" are rendered. */
  output: HTMLElement;
  /** The facet filters chosen, if the view offers any. */
  filters?: () => Filters;
  /** Called with each query run, e.g. to keep it in the URL. */
  onSearch?: (query: string) => void;
}

export type SearchState = 'idle' | 'loading' | 'done' | 'error';

export class SearchView {
  private readonly status: HTMLElement;
  private readonly note: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private run = 0;
  private answer: SearchAnswer | undefined;
  /** What to highlight in the excerpts of `answer`: the terms of the query it answers. */
  private terms: string[] = [];
  private shown = 0;
  /** Principles the query names, drawn before Pagefind answered: their ids, and their drawing. */
  private early: { ids: string[]; drawn: Promise<void> } | undefined;

  constructor(private readonly o: SearchViewOptions) {
    const { lang, output } = o;
    this.status = el('p', { class: 'search-status', role: 'status', 'data-search-status': '' });
    this.note = el('p', { class: 'search-note', hidden: '' }, t(lang, 'search.partialNote'));
    this.list = el('ol', {
      class: 'search-results',
      'data-search-results': '',
      'aria-label': t(lang, 'search.results'),
    });
    this.more = el('button', { type: 'button', class: 'search-more', hidden: '' }, t(lang, 'search.more'));
    output.replaceChildren(this.status, this.note, this.list, this.more);
    this.setState('idle', '');
    this.status.textContent = t(lang, 'search.prompt');

    o.input.addEventListener('input', () => this.schedule());
    o.input.form?.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.search();
    });
    this.more.addEventListener('click', () => void this.showMore(true));
    output.addEventListener('keydown', (e) => this.onKey(e));
    o.input.addEventListener('keydown', (e) => this.onKey(e));
  }

  /**
   * Runs the current query now. `loadAfter` holds back loading Pagefind and the query worker until
   * it settles (see `searchSite`); the principles the query names are drawn without waiting for it.
   */
  async search(loadAfter?: Promise<unknown>): Promise<void> {
    clearTimeout(this.timer);
    const query = this.o.input.value;
    const run = ++this.run;
    this.early = undefined;
    this.o.onSearch?.(query);
    if (query.trim() === '') {
      this.answer = undefined;
      this.list.replaceChildren();
      this.note.hidden = true;
      this.more.hidden = true;
      this.status.textContent = t(this.o.lang, 'search.prompt');
      this.setState('idle', query);
      return;
    }
    this.setState('loading', query);
    // Announced once, for the first search; later ones replace results in place.
    if (this.list.childElementCount === 0) this.status.textContent = t(this.o.lang, 'search.loading');
    try {
      const onPrinciples = (pinned: PagefindResult[]) => {
        if (run === this.run) this.showPrinciples(query, pinned);
      };
      const answer = await searchSite(query, this.o.filters?.() ?? {}, this.o.lang, onPrinciples, loadAfter);
      if (run !== this.run) return;
      // The principles drawn early are the answer's first results: they stay, and the rest follow.
      // Set by `showPrinciples`, from the callback above (TypeScript still sees the reset at the start).
      const early = this.early as SearchView['early'];
      await early?.drawn;
      if (run !== this.run) return;
      const kept = early && early.ids.every((id, i) => answer.results[i]?.id === id) ? early.ids.length : 0;
      this.answer = answer;
      this.terms = highlightTerms(query);
      this.shown = kept;
      if (kept === 0) this.list.replaceChildren();
      // The first page of results is PAGE_SIZE long, the principles drawn early included.
      await this.showMore(false, PAGE_SIZE - kept);
      performance.mark('search:shown');
      if (run !== this.run) return;
      const n = answer.results.length;
      this.status.textContent = n === 0 ? t(this.o.lang, 'search.empty') : searchCount(this.o.lang, n);
      this.note.hidden = answer.mode !== 'partial';
      this.setState('done', query);
    } catch (error) {
      if (run !== this.run) return;
      console.error('Search failed:', error);
      const dev = import.meta.env.DEV;
      this.list.replaceChildren();
      this.more.hidden = true;
      this.note.hidden = true;
      this.status.textContent = t(this.o.lang, dev ? 'search.devUnavailable' : 'search.error');
      this.setState('error', query);
    }
  }

  /**
   * Draws the principles the query names while Pagefind still loads and searches; the status still
   * says the search is running (and `aria-busy` stays true) until the whole answer is drawn.
   */
  private showPrinciples(query: string, pinned: PagefindResult[]): void {
    this.answer = { mode: 'all', results: pinned.slice(0, PAGE_SIZE), pinned: pinned.length };
    this.terms = highlightTerms(query);
    this.shown = 0;
    this.list.replaceChildren();
    this.note.hidden = true;
    const drawn = this.showMore(false)
      .then(() => void performance.mark('search:principles-shown'))
      .catch(() => undefined);
    this.early = { ids: this.answer.results.map((r) => r.id), drawn };
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.search(), TYPING_DELAY_MS);
  }

  private setState(state: SearchState, query: string): void {
    this.o.output.dataset.searchState = state;
    this.o.output.dataset.searchQuery = query;
    this.o.output.setAttribute('aria-busy', String(state === 'loading'));
  }

  private async showMore(focusFirstNew: boolean, count = PAGE_SIZE): Promise<void> {
    const answer = this.answer;
    if (!answer) return;
    const run = this.run;
    const from = this.shown;
    const next = answer.results.slice(from, from + count);
    // Each result's page data is fetched at once; each result is drawn, in rank order, as soon as
    // it and those above it are ready, so the first does not wait for the tenth; and one per frame:
    // laying out a result's text the first time is the costly part (its glyphs are new), and ten at
    // once made one long task.
    const pending = next.map((r) => r.data());
    pending.forEach((data) => data.catch(() => undefined)); // a failure is reported once, below
    for (const [i, data] of pending.entries()) {
      const ready = await data;
      if (run !== this.run) return;
      const item = this.item(ready, from + i < answer.pinned, answer.mode);
      this.list.append(item);
      if (focusFirstNew && i === 0) item.querySelector('a')?.focus();
      await afterNextPaint();
      if (run !== this.run) return;
    }
    this.shown = from + next.length;
    this.more.hidden = this.shown >= answer.results.length;
  }

  private item(data: PagefindData, pinned: boolean, mode: SearchAnswer['mode']): HTMLLIElement {
    const { lang } = this.o;
    const pageLang = data.filters.lang?.[0];
    const li = el('li', { class: 'search-result' });
    if (pageLang && pageLang !== lang) li.lang = pageLang;
    const link = el('a', { href: data.url, class: 'search-result__title' }, data.meta.title ?? data.url);
    const meta = el('p', { class: 'search-result__meta' });
    const kind = data.meta.kind;
    if (kind === 'principle')
      meta.append(el('span', { class: 'search-badge search-badge--principle' }, t(lang, 'search.principle')));
    else if (kind) {
      const label = kindName(lang, kind as StoryKind) as string | undefined;
      if (label) meta.append(el('span', { class: 'search-badge' }, label));
    }
    if (data.meta.date) {
      meta.append(el('time', { datetime: data.meta.date }, formatDate(new Date(`${data.meta.date}T00:00:00Z`), lang)));
    }
    if (pageLang && pageLang !== lang && isLang(pageLang)) {
      meta.append(
        el('span', { class: 'search-badge search-badge--lang', lang }, pageLang === 'ja' ? '日本語' : 'English'),
      );
    }
    if (mode === 'partial' && !pinned) {
      meta.append(el('span', { class: 'search-badge search-badge--partial', lang }, t(lang, 'search.partial')));
    }
    const excerpt = el('p', { class: 'search-result__excerpt' });
    appendExcerpt(excerpt, data.excerpt, this.terms);
    li.append(link, meta, excerpt);
    return li;
  }

  /** Arrow keys move between the box and the result links; the rest is ordinary Tab order. */
  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...this.list.querySelectorAll<HTMLAnchorElement>('a.search-result__title')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.target === this.o.input) {
      if (e.key !== 'ArrowDown') return;
      links[0]!.focus();
    } else if (at >= 0) {
      if (e.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]!.focus();
      else if (at === 0) this.o.input.focus();
      else links[at - 1]!.focus();
    } else {
      return;
    }
    e.preventDefault();
  }
}

/**
 * Pagefind's excerpt is HTML with `<mark>` around the matched words. Only text and `<mark>` are
 * kept: nothing from the index becomes markup of ours. The terms the reader typed are highlighted
 * whole, where Pagefind marks pieces of them (`AI`-`OCR`, `請求`書): src/lib/search-excerpt.ts.
 */
function appendExcerpt(target: HTMLElement, html: string, terms: readonly string[]): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  const parts = [...template.content.childNodes].map((node) => ({
    text: node.textContent ?? '',
    marked: node instanceof HTMLElement && node.localName === 'mark',
  }));
  for (const part of highlight(parts, terms)) target.append(part.marked ? el('mark', {}, part.text) : part.text);
}

function el<K extends keyof HTMLElementTagNameMap>(
  name: K,
  attrs: Record<string, string>,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}
