/**
 * Astro.locals in this site: the page's context, set by src/middleware.ts
 * before any page, layout or component renders.
 */
declare namespace App {
  interface Locals {
    page: import('./routing/page-context.ts').PageContext;
  }
}
