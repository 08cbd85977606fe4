import type { APIContext } from 'astro';
import { scripts } from '../../../../i18n/scripts.ts';
import { routeParam } from '../../../../routing/script-routes.ts';
import { loadSpeeches } from '../../../../archive/speeches.ts';
import { speechesPerTitleGroup } from '../../../../search/build/site-search.ts';
import type { TitleGroup } from '../../../../search/core/format.ts';

/** One group per speechesPerTitleGroup speeches, numbered from 0 in archive order. */
export async function getStaticPaths(): Promise<
  { params: { script: string | undefined; group: string } }[]
> {
  const paths = [];
  for (const script of scripts) {
    const groups = Math.ceil((await loadSpeeches(script)).length / speechesPerTitleGroup);
    for (let group = 0; group < groups; group++)
      paths.push({ params: { script: routeParam[script], group: String(group) } });
  }
  return paths;
}

/** Slugs and titles of a run of speeches: what the no-hit help needs to name them without their text. */
export async function GET({ params, locals }: APIContext): Promise<Response> {
  const speeches = await loadSpeeches(locals.page.script);
  const first = Number(params.group) * speechesPerTitleGroup;
  const group: TitleGroup = {
    speeches: speeches
      .slice(first, first + speechesPerTitleGroup)
      .map(({ slug, title }) => [slug, title]),
  };
  return Response.json(group);
}
