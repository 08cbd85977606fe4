import { langTag, type Script } from '../i18n/scripts.ts';
import { converterTo } from '../i18n/to-traditional.ts';
import { type Ui, ui } from '../i18n/ui.ts';
import { pageHref, pageUrl } from './links.ts';

/**
 * What every part of a page needs to know about the script it is shown in.
 * src/middleware.ts computes it once per page from the route's `script`
 * parameter and puts it on Astro.locals.page (typed in src/locals.d.ts), so
 * that layouts and components read it instead of passing a script down.
 */
export interface PageContext {
  script: Script;
  /** The other script: the one the script switch and the hreflang twin lead to. */
  other: Script;
  /** The BCP 47 tag, for lang attributes. */
  lang: string;
  /** The interface strings in this script. */
  t: Ui;
  /** Simplified text, as the code and the data are written, in this script. */
  convert: (text: string) => string;
  /** A site-relative URL for `path` (e.g. "speech-1/"; "" is the home page) in this script. */
  href: (path?: string) => string;
  /** The absolute URL of `path` in this script on the deployed origin (Astro's `site`). */
  url: (path?: string) => string;
}

export function pageContext(script: Script, site: URL | undefined): PageContext {
  return {
    script,
    other: script === 'hans' ? 'hant' : 'hans',
    lang: langTag[script],
    t: ui(script),
    convert: converterTo(script),
    href: (path = '') => pageHref(script, path),
    url: (path = '') => pageUrl(site, script, path),
  };
}
