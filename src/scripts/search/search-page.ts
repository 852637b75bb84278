/**
 * The search page (`/search/`, `/en/search/`): runs `?q=` on load and keeps the query and the
 * filters in the URL as the reader types, so a search can be shared.
 */
import { isLang } from '../../lib/i18n';
import { FACETS, type Facet } from '../../lib/search-facets';
import { preloadSearch, type Filters } from './pagefind-client';
import { SearchView } from './search-view';
import { afterNextPaint, yieldToBrowser } from './yield';

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const lang = isLang(root.dataset.lang) ? root.dataset.lang : 'ja';
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = new Map<Facet, HTMLSelectElement>();
  for (const facet of FACETS) {
    const select = root.querySelector<HTMLSelectElement>(`select[data-facet="${facet}"]`);
    if (select) selects.set(facet, select);
  }

  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  for (const [facet, select] of selects) {
    const value = params.get(facet);
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  }

  const filters = (): Filters => {
    const chosen: Filters = {};
    for (const [facet, select] of selects) if (select.value) chosen[facet] = select.value;
    return chosen;
  };

  const view = new SearchView({
    lang,
    input,
    output: root.querySelector<HTMLElement>('[data-search-output]')!,
    filters,
    onSearch: (query) => {
      const url = new URL(location.href);
      url.search = '';
      if (query) url.searchParams.set('q', query);
      for (const [facet, value] of Object.entries(filters())) url.searchParams.set(facet, value);
      if (url.href !== location.href) history.replaceState(history.state, '', url);
    },
  });
  for (const select of selects.values()) select.addEventListener('change', () => void view.search());
  if (input.value) {
    // At once, so that a principle the query names is drawn with the page from its name (the page
    // preloads the names); Pagefind and the query worker load once the page has painted: they would
    // otherwise compete with the first paint for the network and the main thread (docs/search.md).
    void view.search(afterNextPaint().then(preloadSearch).then(yieldToBrowser));
  } else input.focus();
}
