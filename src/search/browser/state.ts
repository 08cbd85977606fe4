/** Speeches checked for the header panel, which shows a glimpse and links to the results page. */
export const panelSpeeches = 5;

/** The header panel on every page, or the results region of the search page. */
export type Mode = 'panel' | 'page';

export interface State {
  readonly mode: Mode;
  /** Whether the header panel shows; on the search page it never opens. */
  readonly open: boolean;
  /** The newest search: one that finishes after a newer one was asked for is dropped. */
  readonly ticket: number;
  /** The query whose results are drawn. */
  readonly shown: string;
  /** Candidate speeches to check for it, 0 for the mode's first page; a new query starts again. */
  readonly speeches: number;
  /** Candidate speeches to check after "check more": one page beyond those checked. */
  readonly next: number;
}

/** A search to run: drawn only while its ticket is the newest. */
export interface Request {
  readonly ticket: number;
  readonly query: string;
  readonly speeches: number;
}

/** What a key pressed in the search box or its panel does. */
export type KeyAction = 'close' | 'reopen' | 'next' | 'previous' | undefined;

export function initial(mode: Mode): State {
  return { mode, open: false, ticket: 0, shown: '', speeches: 0, next: 0 };
}

/**
 * The reader asks for `query`. Even an empty one, which in the panel only
 * closes it, takes a ticket, so no older search draws after it.
 */
export function ask(state: State, query: string): { state: State; request?: Request } {
  const ticket = state.ticket + 1;
  const speeches = query === state.shown ? state.speeches : 0;
  if (state.mode === 'panel' && query === '')
    return { state: { ...state, ticket, speeches, open: false } };
  return {
    state: { ...state, ticket, speeches, open: state.mode === 'panel' },
    request: { ticket, query, speeches },
  };
}

export function isCurrent(state: State, request: Request): boolean {
  return request.ticket === state.ticket;
}

/** How many candidate speeches a request checks, given the index's page of them. */
export function speechesToCheck(state: State, request: Request, perPage: number): number {
  return request.speeches || (state.mode === 'page' ? perPage : panelSpeeches);
}

/** The request's outcome is drawn: `checked` candidate speeches of the query are shown. */
export function drawn(state: State, request: Request, checked: number, perPage: number): State {
  return { ...state, shown: request.query, next: checked + perPage };
}

/** "Check more": the next ask checks one page of candidates beyond those shown. */
export function more(state: State): State {
  return { ...state, speeches: state.next };
}

export function close(state: State): State {
  return { ...state, open: false };
}

/** Clicking the box, or ArrowDown in it, brings closed results back; focus alone does not, so Esc stays closed. */
export function reopens(state: State): boolean {
  return state.mode === 'panel' && !state.open;
}

export function keyAction(state: State, key: string, inBox: boolean): KeyAction {
  if (key === 'Escape' && state.open) return 'close';
  if (key === 'ArrowDown' && inBox && reopens(state)) return 'reopen';
  if (!state.open) return undefined;
  return key === 'ArrowDown' ? 'next' : key === 'ArrowUp' ? 'previous' : undefined;
}
