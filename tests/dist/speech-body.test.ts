import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Element } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { findByClass, parseMarkup } from '../support/blocks.ts';
import { htmlPages, readDist, requireDist } from '../support/dist.ts';
import { readSpeeches } from '../support/speech-text.ts';

/*
 * The DESIGN contract: a speech's text sits inside one element marked
 * `data-speech-body`, on its own page and nowhere else (print editions
 * repeat the text, so they do not carry the mark).
 */

before(requireDist);

const speeches = readSpeeches();

function markedBodies(file: string): Element[] {
  const found: Element[] = [];
  visit(parseMarkup(readDist(file)), 'element', (node: Element) => {
    if (node.properties.dataSpeechBody !== undefined) found.push(node);
  });
  return found;
}

function paragraphs(body: Element): string[] {
  const texts: string[] = [];
  visit(body, 'element', (node: Element) => {
    if (node.tagName === 'p' && typeof node.properties.id === 'string') texts.push(hastText(node));
  });
  return texts;
}

for (const speech of speeches) {
  test(`${speech.slug}/ marks one speech body, holding its title and every paragraph`, () => {
    const bodies = markedBodies(`${speech.slug}/index.html`);
    assert.equal(bodies.length, 1, `expected one [data-speech-body], found ${bodies.length}`);
    const where = `${speech.slug}/`;
    assert.equal(hastText(findByClass(bodies[0]!, 'speech-title', where)), speech.title);
    assert.deepEqual(paragraphs(findByClass(bodies[0]!, 'speech-body', where)), speech.paragraphs);
  });

  test(`zh-hant/${speech.slug}/ marks one speech body with as many paragraphs`, () => {
    const bodies = markedBodies(`zh-hant/${speech.slug}/index.html`);
    assert.equal(bodies.length, 1, `expected one [data-speech-body], found ${bodies.length}`);
    const where = `zh-hant/${speech.slug}/`;
    assert.equal(
      paragraphs(findByClass(bodies[0]!, 'speech-body', where)).length,
      speech.paragraphs.length,
    );
  });
}

test('no other page marks a speech body', () => {
  const speechPages = new Set(
    speeches.flatMap(({ slug }) => [`${slug}/index.html`, `zh-hant/${slug}/index.html`]),
  );
  const marked = htmlPages().filter(
    (file) => !speechPages.has(file) && markedBodies(file).length > 0,
  );
  assert.deepEqual(marked, []);
});
