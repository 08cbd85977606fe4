import { type Script, scripts } from '../i18n/scripts.ts';
import { routeParam } from './script-routes.ts';
import type { Compilation } from '../archive/compilations.ts';
import { compilationIndexPages, speechCardPages } from './lists.ts';
import { loadCompilations, loadSpeeches, type Speech } from '../archive/speeches.ts';

/*
 * getStaticPaths for the pages of compilations and of lists. The home page
 * is page 1 of the list of compilations (index.astro); the pages of a list
 * from page 2 on are routes of their own (page/[page].astro,
 * c/[compilation]/page/[page].astro).
 */

interface Path<Params, Props> {
  params: { script: string | undefined } & Params;
  props: Props;
}

async function forEachScript<T>(paths: (script: Script) => Promise<T[]>): Promise<T[]> {
  return (await Promise.all(scripts.map(paths))).flat();
}

/** page/n/: the home page's list of compilations, from page 2. */
export function compilationIndexPaths(): Promise<Path<{ page: string }, { n: number }>[]> {
  return forEachScript(async (script) =>
    compilationIndexPages(await loadCompilations(script))
      .slice(1)
      .map((_, i) => ({
        params: { script: routeParam[script], page: String(i + 2) },
        props: { n: i + 2 },
      })),
  );
}

/** c/<slug>/: every compilation. */
export function compilationPaths(): Promise<
  Path<{ compilation: string }, { compilation: Compilation<Speech> }>[]
> {
  return forEachScript(async (script) =>
    (await loadCompilations(script)).map((compilation) => ({
      params: { script: routeParam[script], compilation: compilation.slug },
      props: { compilation },
    })),
  );
}

/** c/<slug>/page/n/: a long compilation's speeches, from page 2. */
export function compilationPagePaths(): Promise<
  Path<{ compilation: string; page: string }, { compilation: Compilation<Speech>; n: number }>[]
> {
  return forEachScript(async (script) =>
    (await loadCompilations(script)).flatMap((compilation) =>
      speechCardPages(compilation.speeches)
        .slice(1)
        .map((_, i) => ({
          params: {
            script: routeParam[script],
            compilation: compilation.slug,
            page: String(i + 2),
          },
          props: { compilation, n: i + 2 },
        })),
    ),
  );
}

/** getStaticPaths for a page that exists once per speech and script. */
export async function speechPaths(): Promise<
  { params: { script: string | undefined; slug: string } }[]
> {
  const paths = [];
  for (const script of scripts) {
    for (const speech of await loadSpeeches(script))
      paths.push({ params: { script: routeParam[script], slug: speech.slug } });
  }
  return paths;
}
