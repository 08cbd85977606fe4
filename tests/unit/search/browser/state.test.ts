import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ask,
  close,
  drawn,
  initial,
  isCurrent,
  keyAction,
  more,
  panelSpeeches,
  reopens,
  speechesToCheck,
} from '../../../../src/search/browser/state.ts';

test('a query asked in the panel opens it and makes a request with the next ticket', () => {
  const { state, request } = ask(initial('panel'), '健康');
  assert.deepEqual(state, {
    mode: 'panel',
    open: true,
    ticket: 1,
    shown: '',
    speeches: 0,
    next: 0,
  });
  assert.deepEqual(request, { ticket: 1, query: '健康', speeches: 0 });
});

test('an empty query closes the panel without a request, and still outdates the one before', () => {
  const first = ask(initial('panel'), '健康');
  const cleared = ask(first.state, '');
  assert.equal(cleared.request, undefined);
  assert.equal(cleared.state.open, false);
  assert.equal(cleared.state.ticket, 2);
  assert.equal(isCurrent(cleared.state, first.request!), false);
});

test('on the search page an empty query is a request too, and the panel stays closed', () => {
  const { state, request } = ask(initial('page'), '');
  assert.equal(state.open, false);
  assert.deepEqual(request, { ticket: 1, query: '', speeches: 0 });
});

test('only the newest request is current', () => {
  const first = ask(initial('panel'), '两');
  const second = ask(first.state, '两个');
  assert.equal(isCurrent(second.state, first.request!), false);
  assert.equal(isCurrent(second.state, second.request!), true);
});

test('a request checks the mode’s first page of candidates unless more were asked for', () => {
  const panel = ask(initial('panel'), '健康');
  assert.equal(speechesToCheck(panel.state, panel.request!, 20), panelSpeeches);
  const page = ask(initial('page'), '健康');
  assert.equal(speechesToCheck(page.state, page.request!, 20), 20);
  assert.equal(
    speechesToCheck(page.state, { ticket: page.request!.ticket, query: '健康', speeches: 40 }, 20),
    40,
  );
});

test('"check more" asks for one page beyond those checked, for the same query', () => {
  const asked = ask(initial('page'), '健康');
  const shown = drawn(asked.state, asked.request!, 20, 20);
  assert.equal(shown.shown, '健康');
  assert.equal(shown.next, 40);
  const again = ask(more(shown), '健康');
  assert.deepEqual(again.request, { ticket: 2, query: '健康', speeches: 40 });
  assert.equal(speechesToCheck(again.state, again.request!, 20), 40);
});

test('a new query starts again from the first page of candidates', () => {
  const asked = ask(initial('page'), '健康');
  const shown = more(drawn(asked.state, asked.request!, 20, 20));
  const other = ask(shown, '两个');
  assert.equal(other.request!.speeches, 0);
  assert.equal(other.state.speeches, 0);
});

test('closing keeps the results; clicking or ArrowDown in the box reopens only the closed panel', () => {
  const open = ask(initial('panel'), '健康').state;
  assert.equal(reopens(open), false);
  const closed = close(open);
  assert.deepEqual(closed, { ...open, open: false });
  assert.equal(reopens(closed), true);
  assert.equal(reopens(initial('page')), false);
});

test('keys: Esc closes an open panel, ArrowDown in the box reopens it, arrows move while open', () => {
  const open = ask(initial('panel'), '健康').state;
  const closed = close(open);
  assert.equal(keyAction(open, 'Escape', true), 'close');
  assert.equal(keyAction(closed, 'Escape', true), undefined);
  assert.equal(keyAction(closed, 'ArrowDown', true), 'reopen');
  assert.equal(keyAction(closed, 'ArrowDown', false), undefined);
  assert.equal(keyAction(closed, 'ArrowUp', true), undefined);
  assert.equal(keyAction(open, 'ArrowDown', true), 'next');
  assert.equal(keyAction(open, 'ArrowDown', false), 'next');
  assert.equal(keyAction(open, 'ArrowUp', false), 'previous');
  assert.equal(keyAction(open, 'Enter', true), undefined);
  assert.equal(keyAction(initial('page'), 'ArrowDown', true), undefined);
  assert.equal(keyAction(initial('page'), 'Escape', true), undefined);
});
