import { createHash } from 'node:crypto';

/**
 * The site's only classic inline scripts: things that must happen before the
 * first paint, which a module script (run after parsing) would do too late.
 * They live here, not in their components, because the Content-Security-
 * Policy must list their hashes, and Astro neither hashes is:inline scripts
 * nor lets a component in <body> add to a <head> policy already written.
 * astro.config.mjs passes `inlineScriptHashes` to `security.csp`, and
 * InlineScript.astro prints a script by name, so every printed script is
 * one whose hash the policy lists.
 */
export const inlineScripts = {
  /** The remembered theme and font size, so a dark-mode reader never sees a white flash. */
  themeInit: `try {
  const root = document.documentElement;
  const theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  const scale = localStorage.getItem('font-scale');
  if (scale) root.style.setProperty('--font-scale', scale);
} catch {}`,
  /**
   * Folds the table of contents on narrow screens. It stands inside the
   * <details>, right after its <summary>, so it runs before the list is
   * parsed: a frame painted earlier shows only the summary, and nothing
   * shifts when the contents fold. Without JavaScript they stay open.
   */
  foldNarrowToc: `{ const details = document.currentScript.parentElement; details.open = matchMedia(details.dataset.wide).matches; }`,
} as const;

export type InlineScriptName = keyof typeof inlineScripts;

/** A CSP hash source for `code`, without the quotes. */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}

export const inlineScriptHashes = Object.values(inlineScripts).map(scriptHash);
