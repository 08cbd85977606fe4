export interface Intent<T> {
  /** An import(), so the code is fetched only now. */
  load: () => Promise<T>;
  /** Puts the loaded code to work. */
  use: (loaded: T) => void;
  /** Where the reader's intent shows, and the events that show it. */
  target: EventTarget;
  events: readonly string[];
  /** Milliseconds after the page's load event to load anyway, for a reader who shows no intent. */
  afterLoad?: number;
  /** Whether the next sign of intent tries again after a failed load; otherwise the page does without. */
  retry?: boolean;
  failed?: () => void;
}

/**
 * Loads an enhancement that is no part of the first view on the reader's
 * first sign of intent, so a reader who only reads never waits for it.
 * Returns a function that loads it at once (for a page that needs it now).
 */
export function onIntent<T>(intent: Intent<T>): () => void {
  const { target, events } = intent;
  let started = false;
  const listen = (): void => {
    // Capture: no listener further down can hide the intent. Passive: listening never holds up scrolling.
    for (const type of events)
      target.addEventListener(type, start, { capture: true, passive: true });
  };
  const start = (): void => {
    if (started) return;
    started = true;
    for (const type of events) target.removeEventListener(type, start, true);
    intent.load().then(intent.use, () => {
      intent.failed?.();
      if (!intent.retry) return;
      started = false;
      listen();
    });
  };
  listen();
  const { afterLoad } = intent;
  if (afterLoad !== undefined) {
    const soon = () => setTimeout(start, afterLoad);
    if (document.readyState === 'complete') soon();
    else addEventListener('load', soon, { once: true });
  }
  return start;
}
