import { loadCorpus } from './corpus.ts';
import type { SearchEvent } from './events.ts';
import { type PageView, pageView } from './page-view.ts';
import { type PanelView, panelView } from './panel-view.ts';
import { search } from './search.ts';
import {
  ask,
  close,
  drawn,
  initial,
  isCurrent,
  keyAction,
  more,
  reopens,
  speechesToCheck,
  type State,
} from './state.ts';

/**
 * Wires a <site-search> (the header form and its panel) once the reader
 * shows intent. On the results page the same box drives the page's results
 * region and keeps ?q= in the address; elsewhere results open in the panel.
 */
export function attach(host: HTMLElement): void {
  const form = host.querySelector('form')!;
  const box = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = panelView(host);
  const pageRegion = document.querySelector<HTMLElement>('[data-search-page]');
  const page = pageRegion ? pageView(pageRegion) : undefined;
  const searches = session(host, box, panel, page);

  box.addEventListener('input', (event) => {
    // While an input method composes, the box holds pinyin, not the phrase.
    if (!(event as InputEvent).isComposing) searches.schedule();
  });
  box.addEventListener('compositionend', searches.schedule);
  box.addEventListener('click', () => {
    if (reopens(searches.state)) void searches.run();
  });
  (page ?? panel).region.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-search-more]')) return;
    searches.set(more(searches.state));
    void searches.run();
  });
  form.addEventListener('submit', (event) => {
    if (!page) return;
    event.preventDefault();
    void searches.run();
  });
  host.addEventListener('keydown', (event) => {
    const action = keyAction(searches.state, event.key, event.target === box);
    if (action === 'close') {
      event.preventDefault();
      searches.set(close(searches.state));
      box.focus();
    } else if (action === 'reopen') {
      event.preventDefault();
      void searches.run();
    } else if (action) {
      const to = panel.neighbour(box, action === 'next' ? 1 : -1);
      if (!to) return;
      event.preventDefault();
      to.focus();
    }
  });
  host.addEventListener('focusout', (event) => {
    const to = (event as FocusEvent).relatedTarget;
    if (to instanceof Node && !host.contains(to)) searches.set(close(searches.state));
  });
  document.addEventListener('pointerdown', (event) => {
    if (!host.contains(event.target as Node)) searches.set(close(searches.state));
  });

  if (page) {
    if (box.value === '') box.value = page.addressQuery();
    void searches.run();
  } else if (box.value.trim() !== '' && document.activeElement === box) {
    void searches.run();
  }
}

interface Session {
  readonly state: State;
  set(next: State): void;
  /** Searches for what the box holds now and draws the answer, unless a newer search began. */
  run(): Promise<void>;
  /** Light debounce: keystrokes within one frame make one search. */
  schedule(): void;
}

function session(
  host: HTMLElement,
  box: HTMLInputElement,
  panel: PanelView,
  page: PageView | undefined,
): Session {
  const view = page ?? panel;
  const manifestUrl = host.dataset.manifest!;
  const variantsUrl = host.dataset.variants!;
  // Start loading now: attach runs on the first sign of intent.
  void loadCorpus(manifestUrl, variantsUrl).catch(() => {});
  let state = initial(page ? 'page' : 'panel');
  let frame = 0;

  const set = (next: State): void => {
    state = next;
    panel.show(state.open);
  };

  async function run(): Promise<void> {
    cancelAnimationFrame(frame);
    const query = box.value.trim();
    const asked = ask(state, query);
    set(asked.state);
    page?.remember(query);
    const { request } = asked;
    if (!request) return;
    view.region.setAttribute('aria-busy', 'true');
    view.region.dispatchEvent(new Event('search:asked' satisfies SearchEvent, { bubbles: true }));
    try {
      const corpus = await loadCorpus(manifestUrl, variantsUrl);
      const perPage = corpus.manifest.index.speechesPerPage;
      const outcome = await search(corpus, query, speechesToCheck(state, request, perPage));
      if (!isCurrent(state, request)) return;
      view.draw(outcome, corpus.manifest);
      set(drawn(state, request, outcome.checked, perPage));
    } catch {
      if (isCurrent(state, request)) view.region.textContent = host.dataset.failed ?? '';
    } finally {
      if (isCurrent(state, request)) view.region.setAttribute('aria-busy', 'false');
      view.region.dispatchEvent(
        new Event('search:answered' satisfies SearchEvent, { bubbles: true }),
      );
    }
  }

  return {
    get state() {
      return state;
    },
    set,
    run,
    schedule() {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void run());
    },
  };
}
