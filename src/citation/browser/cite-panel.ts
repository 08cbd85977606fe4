import { copyAndAnnounce } from './announce.ts';
import { fillPanel, type PageWork } from './fill-panel.ts';
import { type CiteLabels, fillLabel } from './labels.ts';
import { enhanceSelectionLink } from './selection-link.ts';

/**
 * Brings the static citation panel to life: today's date, copy buttons,
 * and a "引用" control on every numbered section.
 * A section's control moves the one panel under its heading and fills it
 * with the section's address; closing it puts it back as the speech's.
 * This module, formats and selection link included, loads on the reader's
 * first sign of intent or soon after the page (CitePanel.astro), so none of
 * it is part of the first view; the formats are written when the panel
 * first opens.
 */
export function enhanceCitePanel(panel: HTMLDetailsElement): void {
  // What the head's citation_* tags say (src/components/CitationMeta.astro): one source for both.
  const meta = (name: string) =>
    document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)!.content;
  const page: PageWork = {
    key: panel.dataset.key!,
    title: meta('citation_title'),
    siteName: meta('citation_publisher'),
    url: meta('citation_public_url'),
    language: meta('citation_language'),
    // A collated speech's witnesses, from the panel itself: no head tag says them (CitePanel.astro).
    witnesses: panel.dataset.witnesses,
  };
  const labels = JSON.parse(panel.dataset.labels!) as CiteLabels;
  const summary = panel.querySelector<HTMLElement>('[data-cite-summary]')!;
  const speechLabel = summary.textContent!;
  const home = { parent: panel.parentElement!, next: panel.nextSibling };
  /** The section control that moved the panel, to return focus to when it closes. */
  let invoker: HTMLButtonElement | null = null;
  /** Until the first show() the panel holds the build's citation of the speech. */
  let shown: Promise<void> | null = null;

  function show(anchor?: string): Promise<void> {
    summary.textContent = anchor ? fillLabel(labels.section, { id: anchor }) : speechLabel;
    shown = Promise.resolve(fillPanel(panel, page, anchor, labels.today));
    return shown;
  }

  if (navigator.clipboard) {
    for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-cite-copy]')) {
      const text = panel.querySelector<HTMLElement>(
        `[data-cite-text="${button.dataset.citeCopy}"]`,
      )!;
      button.hidden = false;
      button.addEventListener('click', async () => {
        await (shown ?? show());
        await copyAndAnnounce(
          text.textContent!,
          fillLabel(labels.copied, { format: button.dataset.format! }),
        );
      });
    }
    loadSelectionLink(labels);
  }

  for (const heading of document.querySelectorAll<HTMLElement>(
    '.speech-body section[id] > :is(h2, h3)',
  )) {
    const id = heading.parentElement!.id;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'hcite no-print';
    // Drawn by CSS from data-label, like the section number: the heading's text stays the speech's.
    button.dataset.label = labels.sectionButton;
    button.setAttribute('aria-label', fillLabel(labels.section, { id }));
    button.addEventListener('click', () => {
      invoker = button;
      void show(id);
      heading.after(panel);
      panel.open = true;
      summary.focus();
    });
    heading.append(button);
  }

  panel.addEventListener('toggle', () => {
    if (panel.open && !shown) void show();
    if (panel.open || !invoker) return;
    const back = invoker;
    invoker = null;
    home.parent.insertBefore(panel, home.next);
    void show();
    back.focus();
  });
  // Opened before this code arrived: fill it now.
  if (panel.open) void show();
}

/**
 * The selection link is set up with the first selection made in the
 * speech, once the pointer that made it (if any) is up: it starts out
 * assuming no drag is under way.
 */
function loadSelectionLink(labels: CiteLabels): void {
  let pointerDown = false;
  let loaded = false;
  const load = (): void => {
    if (
      loaded ||
      pointerDown ||
      !document.querySelector('.speech-body')?.contains(getSelection()?.anchorNode ?? null)
    )
      return;
    loaded = true;
    enhanceSelectionLink(labels);
  };
  addEventListener('pointerdown', () => (pointerDown = true));
  addEventListener('pointerup', () => {
    pointerDown = false;
    load();
  });
  document.addEventListener('selectionchange', load);
  // A selection made before this code arrived.
  load();
}
