import { loadCorpus } from './corpus.ts';
import { render } from './render.ts';
import { search } from './search.ts';

/** Speeches checked for the header panel, which shows a glimpse and links to the results page. */
const panelSpeeches = 5;

/**
 * Wires a <site-search> (the header form and its panel) once the reader
 * shows intent. On the results page the same box drives the page's results
 * region and keeps ?q= in the address; elsewhere results open in the panel.
 */
export function attach(host: HTMLElement): void {
  const form = host.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = host.querySelector<HTMLElement>('[data-search-panel]')!;
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  const region = page ?? panel.querySelector<HTMLElement>('[data-search-results]')!;
  const manifestUrl = host.dataset.manifest!;
  const variantsUrl = host.dataset.variants!;
  // Start loading now: attach runs on the first sign of intent.
  void loadCorpus(manifestUrl, variantsUrl).catch(() => {});
  const pageTitle = document.title;
  let latest = 0;
  let frame = 0;
  // Candidate speeches to check for the query shown: a page more than last time after "check more"; a new query starts again.
  let speeches = 0;
  let next = 0;
  let shown = '';

  async function run(): Promise<void> {
    cancelAnimationFrame(frame);
    const query = input.value.trim();
    const ticket = ++latest;
    if (query !== shown) speeches = 0;
    if (page) remember(query);
    else if (query === '') return close();
    else open();
    region.setAttribute('aria-busy', 'true');
    try {
      const loaded = await loadCorpus(manifestUrl, variantsUrl);
      speeches ||= page ? loaded.manifest.index.speechesPerPage : panelSpeeches;
      const outcome = await search(loaded, query, speeches);
      if (ticket !== latest) return;
      const moreFocused = document.activeElement?.matches('[data-search-more]') ?? false;
      render(
        region,
        outcome,
        loaded.manifest,
        page ? { headings: true, more: true } : { headings: false, limit: 3, more: false },
      );
      region.dataset.query = query;
      shown = query;
      next = outcome.checked + loaded.manifest.index.speechesPerPage;
      // The pressed button is gone with the old results: keep the reader's place on the new one.
      if (moreFocused)
        region
          .querySelector<HTMLElement>('[data-search-more], .search-group:last-of-type a[data-hit]')
          ?.focus();
    } catch {
      if (ticket === latest) region.textContent = host.dataset.failed ?? '';
    } finally {
      if (ticket === latest) region.setAttribute('aria-busy', 'false');
    }
  }

  /** Light debounce: keystrokes within one frame make one search. */
  function schedule(): void {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => void run());
  }

  function remember(query: string): void {
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    history.replaceState(history.state, '', url);
    document.title = query ? `${query} · ${pageTitle}` : pageTitle;
  }

  // The box is a plain searchbox (aria-expanded is not allowed on it); the panel's live region speaks for it.
  function open(): void {
    panel.hidden = false;
  }

  function close(): void {
    panel.hidden = true;
  }

  input.addEventListener('input', (event) => {
    // While an input method composes, the box holds pinyin, not the phrase.
    if (!(event as InputEvent).isComposing) schedule();
  });
  input.addEventListener('compositionend', schedule);
  // Clicking the box, or ArrowDown in it, brings closed results back; focus alone does not, so Esc stays closed.
  input.addEventListener('click', () => {
    if (!page && panel.hidden) void run();
  });
  region.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-search-more]')) return;
    speeches = next;
    void run();
  });
  form.addEventListener('submit', (event) => {
    if (!page) return;
    event.preventDefault();
    void run();
  });
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
      input.focus();
    } else if (event.key === 'ArrowDown' && event.target === input && panel.hidden && !page) {
      event.preventDefault();
      void run();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !panel.hidden) {
      const stops = [input, ...panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
      const next =
        stops[
          stops.indexOf(document.activeElement as HTMLAnchorElement) +
            (event.key === 'ArrowDown' ? 1 : -1)
        ];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    }
  });
  host.addEventListener('focusout', (event) => {
    const to = (event as FocusEvent).relatedTarget;
    if (to instanceof Node && !host.contains(to)) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!host.contains(event.target as Node)) close();
  });

  if (page) {
    if (input.value === '') input.value = new URLSearchParams(location.search).get('q') ?? '';
    void run();
  } else if (input.value.trim() !== '' && document.activeElement === input) {
    void run();
  }
}
