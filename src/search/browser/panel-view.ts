import type { Manifest } from '../core/format.ts';
import { render } from './render.ts';
import type { Outcome } from './search.ts';

export interface PanelView {
  /** The panel's live region, which speaks for the box. */
  region: HTMLElement;
  show(open: boolean): void;
  draw(outcome: Outcome, manifest: Manifest): void;
  /** Where ArrowDown (1) or ArrowUp (-1) moves focus from the box or a link in the panel, if anywhere. */
  neighbour(box: HTMLInputElement, step: 1 | -1): HTMLElement | undefined;
}

/** The panel under the header's box: a glimpse of the results, and a link to the results page. */
export function panelView(host: HTMLElement): PanelView {
  const panel = host.querySelector<HTMLElement>('[data-search-panel]')!;
  const region = panel.querySelector<HTMLElement>('[data-search-results]')!;
  return {
    region,
    // The box is a plain searchbox (aria-expanded is not allowed on it): only the panel's hidden changes.
    show(open) {
      panel.hidden = !open;
    },
    draw(outcome, manifest) {
      render(region, outcome, manifest, { headings: false, limit: 3, more: false });
      region.dataset.query = outcome.query;
    },
    neighbour(box, step) {
      const stops = [box, ...panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
      return stops[stops.indexOf(document.activeElement as HTMLAnchorElement) + step];
    },
  };
}
