/**
 * Loaded on every page, so kept tiny: it only waits for the reader to ask for search (⌘K, Ctrl+K,
 * `/`, or the header's search link) and then loads the dialog. Without JavaScript the header link
 * still goes to the search page.
 */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

function open(): void {
  import('./search/search-dialog')
    .then((m) => m.openSearchDialog())
    .catch(() => {
      // The dialog could not load (offline, a deploy in between): the search page still works.
      const link = document.querySelector<HTMLAnchorElement>('[data-search-open]');
      if (link) location.href = link.href;
    });
}

document.addEventListener('keydown', (e) => {
  const shortcut = (e.key === 'k' || e.key === 'K') && (e.metaKey || e.ctrlKey) && !e.altKey && !e.shiftKey;
  const slash = e.key === '/' && !e.metaKey && !e.ctrlKey && !e.altKey && !isTyping(e.target);
  if (!shortcut && !slash) return;
  if (document.querySelector('dialog[data-search-dialog][open]')) return;
  e.preventDefault();
  open();
});

document.addEventListener('click', (e) => {
  const link = e.target instanceof Element ? e.target.closest('[data-search-open]') : null;
  // Modified clicks (new tab, new window) go to the search page as links do.
  if (!link || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
  e.preventDefault();
  open();
});
