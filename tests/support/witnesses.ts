/**
 * Witnesses made from the seed: the same raw page with a few readings
 * changed, as another site's copy would differ. Each edit names text the
 * seed must hold exactly once, so a change to the seed fails loudly here
 * instead of making a copy that silently matches it.
 */

export interface ReadingEdit {
  /** Text the seed holds once. */
  find: string;
  /** What the copy has there ('' drops it). */
  replace: string;
}

export function witnessOf(seed: string, edits: readonly ReadingEdit[]): string {
  return edits.reduce((text, { find, replace }) => {
    const at = text.indexOf(find);
    if (at === -1 || text.indexOf(find, at + 1) !== -1)
      throw new Error(`expected "${find}" exactly once in the seed to make a witness`);
    return text.slice(0, at) + replace + text.slice(at + find.length);
  }, seed);
}
