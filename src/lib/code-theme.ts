import type { ThemeRegistrationRaw } from 'shiki';

/**
 * One Shiki theme that carries a light and a dark theme, so that code is tokenized once, not twice.
 *
 * With `themes: { light, dark }` Shiki tokenizes every code block once per theme and merges the two
 * token lists: in a 300-story build's CPU profile that was a fifth of the build, half of it for the
 * second theme. Theme pairs such as github-light / github-dark are the same rules with two palettes.
 * For such a pair, each rule's colours become a CSS variable (`--code-3`), one tokenization gives
 * every token its variable, and `src/styles/code.css` sets the variables per colour scheme. The
 * colours a reader sees are the same (a unit test compares them token by token with Shiki's own
 * two-theme output); the HTML is smaller too (one variable a token instead of two).
 *
 * Pairs whose rules differ cannot be merged this way: `pairThemes` returns undefined, and the caller
 * falls back to Shiki's two-theme mode.
 */

export interface ColorPair {
  /** The CSS variable, e.g. `--code-3`. */
  name: string;
  light: string;
  dark: string;
}

export interface PairedTheme {
  theme: ThemeRegistrationRaw;
  colors: ColorPair[];
}

type Rule = NonNullable<ThemeRegistrationRaw['tokenColors']>[number];
const COLOR_KEYS = ['foreground', 'background'] as const;

const scopeKey = (rule: Rule) => JSON.stringify(rule.scope ?? null);

export function pairThemes(
  light: ThemeRegistrationRaw,
  dark: ThemeRegistrationRaw,
  prefix = '--code-',
): PairedTheme | undefined {
  // Shiki prepends a rule without a scope (the editor colours) to a theme it has loaded; those are
  // taken from `colors` below, so only scoped rules are paired.
  const scoped = (t: ThemeRegistrationRaw) => (t.tokenColors ?? t.settings ?? []).filter((r) => r.scope !== undefined);
  const lightRules = scoped(light);
  const darkRules = scoped(dark);
  if (lightRules.length !== darkRules.length) return undefined;
  const fg = (t: ThemeRegistrationRaw) => t.colors?.['editor.foreground'];
  const bg = (t: ThemeRegistrationRaw) => t.colors?.['editor.background'];
  if (!fg(light) || !fg(dark) || !bg(light) || !bg(dark)) return undefined;
  const colors: ColorPair[] = [];
  const byPair = new Map<string, string>();
  const variable = (l: string, d: string) => {
    const key = `${l} ${d}`;
    let name = byPair.get(key);
    if (!name) {
      name = `${prefix}${colors.length}`;
      byPair.set(key, name);
      colors.push({ name, light: l, dark: d });
    }
    return `var(${name})`;
  };
  const editor = {
    'editor.foreground': variable(fg(light)!, fg(dark)!),
    'editor.background': variable(bg(light)!, bg(dark)!),
  };
  const tokenColors: Rule[] = [];
  for (let i = 0; i < lightRules.length; i++) {
    const l = lightRules[i]!;
    const d = darkRules[i]!;
    if (scopeKey(l) !== scopeKey(d) || (l.settings.fontStyle ?? '') !== (d.settings.fontStyle ?? '')) return undefined;
    const settings = { ...l.settings };
    for (const key of COLOR_KEYS) {
      const lc = l.settings[key];
      const dc = d.settings[key];
      if (lc === undefined && dc === undefined) continue;
      if (lc === undefined || dc === undefined) return undefined;
      settings[key] = variable(lc, dc);
    }
    tokenColors.push({ ...l, settings });
  }
  const theme: ThemeRegistrationRaw = {
    // Shiki writes the name into the class attribute: both names, as in two-theme mode.
    name: `${light.name} ${dark.name}`,
    type: 'light',
    colors: editor,
    settings: tokenColors,
  };
  return { theme, colors };
}

/**
 * The CSS that gives each variable its colour: light by default, dark for a dark colour scheme unless
 * the reader chose light with the theme toggle, and dark whenever the reader chose dark.
 */
export function pairedThemeCss(colors: readonly ColorPair[]): string {
  const decls = (pick: 'light' | 'dark', indent: string) =>
    colors.map((c) => `${indent}${c.name}: ${c[pick]};`).join('\n');
  return [
    ':root {',
    decls('light', '  '),
    '}',
    '',
    '@media (prefers-color-scheme: dark) {',
    "  :root:not([data-theme='light']) {",
    decls('dark', '    '),
    '  }',
    '}',
    '',
    ":root[data-theme='dark'] {",
    decls('dark', '  '),
    '}',
  ].join('\n');
}
