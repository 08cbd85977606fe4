/**
 * The events a search sends from its results region (they bubble to the
 * document), so code that must not compete with a search, such as the
 * offline copy's registration, can wait for one without importing it.
 * Every `asked` is followed by one `answered`, whatever the outcome.
 */
export const searchEvents = {
  asked: 'search:asked',
  answered: 'search:answered',
} as const;
