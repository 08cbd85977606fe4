import { type Script, scripts } from '../i18n/scripts.ts';

/** URL prefix: Simplified lives at the root, Traditional under /zh-hant/. */
export const pathPrefix: Record<Script, string> = { hans: '', hant: 'zh-hant/' };

/** The `script` route parameter for each script (undefined: the root). */
export const routeParam: Record<Script, string | undefined> = { hans: undefined, hant: 'zh-hant' };

export function scriptFromParam(param: string | undefined): Script {
  if (param === undefined) return 'hans';
  if (param === 'zh-hant') return 'hant';
  throw new Error(`Unknown script route "${param}": expected no prefix or "zh-hant"`);
}

/** getStaticPaths for a page that exists once per script. */
export function scriptPaths(): { params: { script: string | undefined } }[] {
  return scripts.map((script) => ({ params: { script: routeParam[script] } }));
}
