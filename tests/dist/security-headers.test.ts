import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import {
  pagePolicy,
  parseHeadersFile,
  parsePolicy,
  type Policy,
  staticHeaders,
  unionPolicies,
} from '../../src/integrations/security-headers.ts';
import { htmlPages, readDist, requireDist } from '../support/dist.ts';

before(requireDist);

interface InlineCode {
  scripts: string[];
  styles: string[];
  /** Attributes a hash-based policy blocks: style="…" and on…="…" handlers. */
  blockedAttributes: string[];
}

/**
 * Whether a <script> runs, by the HTML standard's rule: no type, an empty
 * one, a JavaScript MIME type or "module". Any other type (application/json,
 * application/ld+json) makes it a data block, which CSP leaves alone.
 */
function runs(script: Element): boolean {
  const type = String(script.properties.type ?? '')
    .trim()
    .toLowerCase();
  return (
    type === '' ||
    type === 'module' ||
    /^(?:text|application)\/(?:x-)?(?:java|ecma)script$/u.test(type)
  );
}

function inlineCode(html: string): InlineCode {
  const code: InlineCode = { scripts: [], styles: [], blockedAttributes: [] };
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName === 'script' && node.properties.src === undefined && runs(node)) {
      code.scripts.push(toString(node));
    }
    if (node.tagName === 'style') code.styles.push(toString(node));
    for (const name of Object.keys(node.properties)) {
      if (name === 'style' || /^on[a-z]/u.test(name))
        code.blockedAttributes.push(`<${node.tagName} ${name}>`);
    }
  });
  return code;
}

function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

function sources(policy: Policy, directive: string): string[] {
  return policy.get(directive) ?? [];
}

/** The headers of dist/_headers, which must hold a single rule for every path. */
function headersForAllPaths(): Map<string, string> {
  const rules = parseHeadersFile(readDist('_headers'));
  assert.deepEqual(
    rules.map((rule) => rule.path),
    ['/*'],
    'expected _headers to hold a single rule for every path',
  );
  return new Map(Object.entries(rules[0]!.headers));
}

const pages = htmlPages().map((file) => {
  const html = readDist(file);
  return { file, policy: pagePolicy(html), code: inlineCode(html) };
});

for (const { file, policy, code } of pages) {
  test(`${file} carries a policy that allows its own inline code and nothing inline besides`, () => {
    assert.ok(policy, 'expected a <meta http-equiv="content-security-policy">');
    assert.deepEqual(sources(policy, 'default-src'), ["'self'"]);
    // The offline service worker and the web app manifest come from the site itself, and nothing else may.
    assert.deepEqual(sources(policy, 'worker-src'), ["'self'"]);
    assert.deepEqual(sources(policy, 'manifest-src'), ["'self'"]);
    // Scripts come from the site and its hashes only: nothing it runs compiles WebAssembly.
    assert.deepEqual(
      sources(policy, 'script-src').filter((source) => !source.startsWith("'sha")),
      ["'self'"],
    );
    const everySource = [...policy.values()].flat();
    assert.ok(!everySource.includes("'unsafe-inline'"), "no directive may allow 'unsafe-inline'");
    assert.ok(!everySource.includes("'unsafe-eval'"), "no directive may allow 'unsafe-eval'");
    const unhashedScripts = code.scripts.filter(
      (script) => !sources(policy, 'script-src').includes(hashSource(script)),
    );
    const unhashedStyles = code.styles.filter(
      (style) => !sources(policy, 'style-src').includes(hashSource(style)),
    );
    assert.deepEqual(
      unhashedScripts.map((script) => script.slice(0, 80)),
      [],
      'inline scripts without a hash in script-src',
    );
    assert.deepEqual(
      unhashedStyles.map((style) => style.slice(0, 80)),
      [],
      'inline styles without a hash in style-src',
    );
    assert.deepEqual(code.blockedAttributes, [], 'attributes the policy would block');
    // Astro lists the whole build's hashes on every page; the build narrows them to the page's own.
    const own = new Set([...code.scripts, ...code.styles].map(hashSource));
    const foreign = ['script-src', 'style-src'].flatMap((directive) =>
      sources(policy, directive).filter((source) => source.startsWith("'sha") && !own.has(source)),
    );
    assert.deepEqual(foreign, [], 'hashes of inline code the page does not hold');
  });
}

test('_headers sends every page one policy that allows what each page allows, and forbids framing', () => {
  const headers = headersForAllPaths();
  const policy = headers.get('Content-Security-Policy');
  assert.ok(policy, 'expected a Content-Security-Policy header');
  const sent = parsePolicy(policy);
  const expected = unionPolicies(pages.map((page) => page.policy!));
  expected.set('frame-ancestors', ["'none'"]);
  // A policy's sources are a set: the union lists them in the order it met the pages, which may differ.
  const sorted = (policy: Policy) =>
    new Map(
      [...policy].map(([name, sources]): [string, string[]] => [name, [...sources].sort()]).sort(),
    );
  assert.deepEqual(sorted(sent), sorted(expected));
});

test('_headers sets nosniff, a strict referrer policy and denies unused browser features', () => {
  const headers = headersForAllPaths();
  assert.equal(headers.get('X-Content-Type-Options'), 'nosniff');
  assert.match(
    headers.get('Referrer-Policy') ?? '',
    /^(?:strict-origin-when-cross-origin|strict-origin|same-origin|no-referrer)$/u,
  );
  const permissions = headers.get('Permissions-Policy') ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    assert.ok(
      permissions.split(', ').includes(`${feature}=()`),
      `Permissions-Policy should deny ${feature}`,
    );
  }
  assert.deepEqual(
    Object.fromEntries([...headers].filter(([name]) => name !== 'Content-Security-Policy')),
    staticHeaders,
  );
});
