/**
 * The page the offline worker answers with when a reader, offline, opens a
 * page it was never given to keep (above the precache limit, a speech or
 * compilation not read yet): in the page's script, saying what is kept and
 * how to keep more, with a way home. Plain HTML with no style or script of
 * its own, so no security policy has to allow anything for it.
 */

/** One script's strings, from src/i18n/ui.ts through the worker's build. */
export interface MissingPage {
  /** The script's path prefix ("" or "zh-hant/"). */
  prefix: string;
  lang: string;
  title: string;
  text: string;
  home: string;
  homeHref: string;
}

const escapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};
const escape = (text: string) => text.replace(/[&<>"]/gu, (char) => escapes[char]!);

/** The page for `path` (below the worker's scope): the script whose prefix it has, the longest first. */
export function missingPage(pages: readonly MissingPage[], path: string): string {
  const page = [...pages]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .find(({ prefix }) => path.startsWith(prefix))!;
  return [
    '<!doctype html>',
    `<html lang="${escape(page.lang)}">`,
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escape(page.title)}</title>`,
    '<main>',
    `<h1>${escape(page.title)}</h1>`,
    `<p>${escape(page.text)}</p>`,
    `<p><a href="${escape(page.homeHref)}">${escape(page.home)}</a></p>`,
    '</main>',
    '</html>',
  ].join('\n');
}
