import type { Manifest } from '../core/format.ts';
import { render } from './render.ts';
import type { Outcome } from './search.ts';

export interface PageView {
  region: HTMLElement;
  /** The query in the address (?q=), so a reload or a shared link shows the same results. */
  addressQuery(): string;
  remember(query: string): void;
  draw(outcome: Outcome, manifest: Manifest): void;
}

/** The search page's results region, driven by the header's box. */
export function pageView(region: HTMLElement): PageView {
  const title = document.title;
  return {
    region,
    addressQuery: () => new URLSearchParams(location.search).get('q') ?? '',
    remember(query) {
      const url = new URL(location.href);
      url.searchParams.set('q', query);
      history.replaceState(history.state, '', url);
      document.title = query ? `${query} · ${title}` : title;
    },
    draw(outcome, manifest) {
      const moreFocused = document.activeElement?.matches('[data-search-more]') ?? false;
      render(region, outcome, manifest, { headings: true, more: true });
      region.dataset.query = outcome.query;
      // The pressed button is gone with the old results: keep the reader's place on the new one.
      if (moreFocused)
        region
          .querySelector<HTMLElement>('[data-search-more], .search-group:last-of-type a[data-hit]')
          ?.focus();
    },
  };
}
