/**
 * The search dialog, opened from any page (src/scripts/search-launcher.ts). A modal `<dialog>`:
 * the rest of the page is inert while it is open, so focus stays inside; Esc closes it and focus
 * goes back to where it was. Loaded only when the reader first asks for search.
 */
import '../../styles/search.css';
import { isLang, type Lang } from '../../lib/i18n';
import { t } from '../../lib/ui';
import { urls } from '../../lib/urls';
import { preloadSearch } from './pagefind-client';
import { SearchView } from './search-view';

let dialog: HTMLDialogElement | undefined;
let view: SearchView | undefined;
let returnFocus: HTMLElement | null = null;

function pageLang(): Lang {
  const lang = document.documentElement.lang;
  return isLang(lang) ? lang : 'ja';
}

function build(lang: Lang): HTMLDialogElement {
  const d = document.createElement('dialog');
  d.className = 'search-dialog';
  d.setAttribute('aria-labelledby', 'search-dialog-title');
  d.dataset.searchDialog = '';
  d.innerHTML = `
    <div class="search-dialog__head">
      <h2 class="search-dialog__title" id="search-dialog-title"></h2>
      <button type="button" class="search-dialog__close" data-close></button>
    </div>
    <form class="search-form" role="search" action="">
      <label class="visually-hidden" for="search-dialog-input"></label>
      <input id="search-dialog-input" class="search-input" type="search" name="q" autocomplete="off"
        spellcheck="false" enterkeyhint="search" />
    </form>
    <div class="search-output" data-search-output></div>
    <p class="search-dialog__foot"><span data-hint></span> <a data-page-link></a></p>`;
  const q = <T extends Element>(s: string) => d.querySelector<T>(s)!;
  q('#search-dialog-title').textContent = t(lang, 'search.title');
  q('[data-close]').textContent = t(lang, 'search.close');
  q('label').textContent = t(lang, 'search.label');
  const input = q<HTMLInputElement>('input');
  input.placeholder = t(lang, 'search.placeholder');
  q('[data-hint]').textContent = t(lang, 'search.hint');
  const pageLink = q<HTMLAnchorElement>('[data-page-link]');
  pageLink.textContent = t(lang, 'search.openPage');
  pageLink.href = urls.search(lang);

  q('[data-close]').addEventListener('click', () => d.close());
  // A click on the backdrop (outside the dialog's box) closes it, as readers expect of a modal.
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close();
  });
  // A modal dialog makes the page inert, but Tab still leaves for the browser's own controls after
  // the last field; wrap instead, so keyboard users stay in the dialog until they close it.
  d.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const focusable = [...d.querySelectorAll<HTMLElement>('a[href], button:not([hidden]), input')].filter(
      (el) => el.offsetParent !== null,
    );
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  });
  d.addEventListener('close', () => {
    returnFocus?.focus();
    returnFocus = null;
  });
  view = new SearchView({
    lang,
    input,
    output: q('[data-search-output]'),
    onSearch: (query) => {
      pageLink.href = urls.search(lang, query.trim() || undefined);
    },
  });
  document.body.append(d);
  return d;
}

/** Opens the dialog with the box focused; a second call while open does nothing. */
export function openSearchDialog(): void {
  dialog ??= build(pageLang());
  if (dialog.open) return;
  returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input')!;
  input.focus();
  input.select();
  // Start fetching the index while the reader types; errors show when they search.
  void preloadSearch();
  if (input.value) void view?.search();
}
