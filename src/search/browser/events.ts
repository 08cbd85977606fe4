/**
 * The events a search sends from its results region (they bubble to the
 * document), so code that must not compete with a search, such as the
 * offline copy's registration, can wait for one without importing it.
 * Every `search:asked` is followed by one `search:answered`, whatever the
 * outcome. A type, not constants: the names are checked where they are
 * used, and no page loads a shared chunk for two strings.
 */
export type SearchEvent = 'search:asked' | 'search:answered';
