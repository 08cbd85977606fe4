import { defineMiddleware } from 'astro:middleware';
// For its registration: src/integrations/data-files.ts writes the files it lists after the pages.
import './editions/data-files.ts';
import { pageContext } from './routing/page-context.ts';
import { scriptFromParam } from './routing/script-routes.ts';

/**
 * Runs before every route (at build time, since every page is prerendered):
 * the route's `script` parameter (none: Simplified, at the root) becomes the
 * page's context once, for the page and all its components to read.
 */
export const onRequest = defineMiddleware((context, next) => {
  context.locals.page = pageContext(scriptFromParam(context.params.script), context.site);
  return next();
});
