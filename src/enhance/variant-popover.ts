/**
 * 异文 beside the text. Without script (or in a browser without popovers) a
 * paragraph's variant mark is a link down to its item in the 校勘记; with
 * them, activating the mark shows that item's readings in a popover at the
 * mark, so the reader keeps their place. The popover shows a copy of the
 * 校勘记 item, so the page holds each reading once and the two never differ.
 */
const GAP = 6;

/** `all`: the popover's link down to the whole 校勘记. */
export function attachVariantPopover(document: Document, all: string): void {
  const popover = document.createElement('div');
  if (typeof popover.showPopover !== 'function') return;
  popover.popover = 'auto';
  popover.className = 'variant-popover';
  popover.id = 'variant-popover';
  popover.tabIndex = -1;
  popover.setAttribute('role', 'dialog');
  popover.setAttribute('aria-labelledby', 'variant-popover-title');
  document.body.append(popover);
  let opener: HTMLAnchorElement | null = null;

  document.addEventListener('click', (event) => {
    const mark = (event.target as Element).closest?.<HTMLAnchorElement>('a.variant-mark');
    const item = mark && document.getElementById(mark.hash.slice(1));
    if (!mark || !item) return;
    event.preventDefault();
    if (opener === mark && popover.matches(':popover-open')) return popover.hidePopover();
    fill(popover, item, mark, all);
    opener = mark;
    popover.showPopover();
    place(popover, mark);
    popover.focus();
  });
  popover.addEventListener('toggle', (event) => {
    const open = (event as ToggleEvent).newState === 'open';
    opener?.setAttribute('aria-expanded', String(open));
    // Closed by Escape or a click elsewhere: focus goes back where the reader was.
    if (!open && popover.contains(document.activeElement)) opener?.focus();
  });
}

/** The mark's own name (第12段的异文) as the heading, then the item's readings. */
function fill(popover: HTMLElement, item: HTMLElement, mark: HTMLAnchorElement, allText: string) {
  const title = document.createElement('p');
  title.id = 'variant-popover-title';
  title.className = 'variant-popover-title';
  title.textContent = mark.getAttribute('aria-label');
  const readings = document.createElement('p');
  readings.append(
    ...[...item.querySelectorAll('[data-reading]')].flatMap((reading, i) => [
      ...(i > 0 ? ['；'] : []),
      reading.cloneNode(true),
    ]),
  );
  const all = document.createElement('a');
  all.href = `#${item.id}`;
  all.textContent = allText;
  all.addEventListener('click', () => popover.hidePopover());
  popover.replaceChildren(title, readings, all);
  mark.setAttribute('aria-controls', popover.id);
}

/**
 * Under the mark (above it near the foot of the window), inside the window's
 * width: a 320 px screen is narrower than most readings. Page coordinates,
 * so the popover scrolls with the text it belongs to.
 */
function place(popover: HTMLElement, mark: HTMLElement): void {
  const at = mark.getBoundingClientRect();
  const { offsetWidth: width, offsetHeight: height } = popover;
  const room = document.documentElement.clientWidth;
  const left = Math.max(GAP, Math.min(at.left, room - width - GAP));
  const top =
    at.bottom + GAP + height > innerHeight ? Math.max(GAP, at.top - height - GAP) : at.bottom + GAP;
  popover.style.left = `${left + scrollX}px`;
  popover.style.top = `${top + scrollY}px`;
}
