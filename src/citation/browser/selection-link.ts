import { copyAndAnnounce } from './announce.ts';
import type { CiteLabels } from './labels.ts';
import { selectionUrl } from './passage.ts';

/** The blocks a link can point into: paragraphs, and headings through their sections. */
const anchored = '.speech-body p[id], .speech-body section[id]';

/** The selection, if it holds text and starts in the speech's text. */
function selectedInSpeech(): Range | null {
  const selection = getSelection();
  const range =
    selection && selection.rangeCount > 0 && !selection.isCollapsed
      ? selection.getRangeAt(0)
      : null;
  const from =
    range &&
    (range.startContainer instanceof Element
      ? range.startContainer
      : range.startContainer.parentElement);
  return range && from?.closest(anchored) && range.toString().trim() !== '' ? range : null;
}

/**
 * While text in the speech is selected, a small "复制链接" control floats
 * under the selection's end (absolutely placed, so nothing moves); it stands
 * in the DOM after the block the selection ends in, and Tab reaches it
 * first. It copies the first selected block's link with a text fragment
 * for the passage.
 */
export function enhanceSelectionLink(labels: CiteLabels): void {
  const body = document.querySelector<HTMLElement>('.speech-body')!;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'selection-link no-print';
  button.hidden = true;
  button.append(labels.selectionLink);
  const hint = document.createElement('span');
  hint.className = 'visually-hidden';
  hint.textContent = labels.selectionLinkHint;
  button.append(hint);
  let selected: Range | null = null;

  function place(range: Range): void {
    const end = [...range.getClientRects()].filter((rect) => rect.width > 0).at(-1);
    const block = (
      range.endContainer instanceof Element ? range.endContainer : range.endContainer.parentElement
    )?.closest('p, h2, h3');
    if (!end || !block || !body.contains(block)) return hide();
    if (button.previousElementSibling !== block) block.after(button);
    button.hidden = false;
    const frame = body.getBoundingClientRect();
    const left = Math.min(
      Math.max(end.right - frame.left - button.offsetWidth, 0),
      body.clientWidth - button.offsetWidth,
    );
    button.style.translate = `${left}px ${end.bottom - frame.top + 4}px`;
  }

  function hide(): void {
    selected = null;
    button.hidden = true;
  }

  /** While a pointer drags a selection the control stays away, or the drag would run into it. */
  let dragging = false;

  function update(): void {
    if (dragging) return;
    const range = selectedInSpeech();
    if (!range) {
      // Focus moving onto the control must not take it away.
      if (document.activeElement !== button) hide();
      return;
    }
    selected = range.cloneRange();
    place(range);
  }

  let pending = false;
  document.addEventListener('selectionchange', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      update();
    });
  });
  document.addEventListener('pointerdown', (event) => {
    if (event.target === button) return;
    dragging = true;
    hide();
  });
  document.addEventListener('pointerup', () => {
    dragging = false;
    update();
  });
  // Clicking in the text focuses <main> (the skip link's target), from which Tab would start over at
  // the top; with a selection shown, Tab goes to its control first, and Escape dismisses it.
  document.addEventListener('keydown', (event) => {
    if (button.hidden) return;
    if (event.key === 'Escape') hide();
    if (
      event.key !== 'Tab' ||
      event.shiftKey ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey ||
      document.activeElement === button
    )
      return;
    event.preventDefault();
    button.focus();
  });
  update();
  // A pointer press on the control would otherwise clear the selection it is about to link.
  button.addEventListener('pointerdown', (event) => event.preventDefault());
  button.addEventListener('click', async () => {
    if (!selected) return;
    const url = selectionUrl(selected, body);
    if (url) await copyAndAnnounce(url, `${labels.linkCopied} ${url}`);
  });
}
