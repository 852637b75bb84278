// Runs inline in <head> before the first paint (src/components/ThemeScript.astro). Plain JS, no imports.
(() => {
  const root = document.documentElement;
  const key = 'shishin-theme';
  const system = window.matchMedia('(prefers-color-scheme: dark)');
  try {
    const stored = localStorage.getItem(key);
    if (stored === 'light' || stored === 'dark') root.setAttribute('data-theme', stored);
  } catch {
    // Storage blocked: follow the system.
  }
  const isDark = () => {
    const chosen = root.getAttribute('data-theme');
    return chosen ? chosen === 'dark' : system.matches;
  };
  const sync = () => {
    for (const button of document.querySelectorAll('[data-theme-toggle]')) {
      button.setAttribute('aria-pressed', String(isDark()));
      button.hidden = false;
    }
  };
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element && event.target.closest('[data-theme-toggle]');
    if (!button) return;
    const next = isDark() ? 'light' : 'dark';
    root.setAttribute('data-theme', next);
    try {
      localStorage.setItem(key, next);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
    sync();
  });
  system.addEventListener('change', sync);
  document.addEventListener('DOMContentLoaded', sync);
})();
