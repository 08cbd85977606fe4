/**
 * The site's security policy, in one place for both ways it reaches a browser:
 * Astro's per-page `<meta http-equiv="content-security-policy">` (configured
 * from `cspConfig` in astro.config.mjs) and the `_headers` file that
 * Netlify and Cloudflare Pages serve with every response.
 *
 * Astro hashes the inline scripts and styles it emits, but gives every page
 * the hashes of the whole build: two dozen sources of 50 incompressible bytes,
 * most of them for code the page never runs, in the first view of every page.
 * So this integration first narrows each page's meta policy to the hashes of
 * the inline code that page holds (a page whose code Astro did not hash stops
 * the build). `_headers` can only name one policy for `/*`
 * (two matching rules would be sent as two policies, and a browser enforces
 * both), so this integration reads every built page after the build and
 * writes one policy whose script and style sources are the union of the
 * pages' hashes. Every hash in it belongs to a script or style the site
 * itself ships, so the union allows nothing the site did not write, and a
 * browser that gets both the header and the meta policy enforces both.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineScriptHashes, scriptHash } from './inline-scripts.ts';

/**
 * Everything but `script-src` and `style-src`, which Astro writes with its
 * hashes. `default-src 'self'` covers the search's fetches of its data;
 * plugins, `<base>` and foreign form targets are never needed.
 * `worker-src` and `manifest-src` name the offline service worker and the web
 * app manifest explicitly, so neither depends on the default.
 */
const cspDirectives = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
] as const;

const scriptSources = ["'self'"] as const;

const styleSources = ["'self'"] as const;

/** `security.csp` for astro.config.mjs. */
export const cspConfig = {
  directives: [...cspDirectives],
  scriptDirective: { resources: [...scriptSources], hashes: inlineScriptHashes },
  styleDirective: { resources: [...styleSources] },
};

/**
 * Directives a `<meta>` policy cannot carry (browsers ignore them there and
 * log an error), so they are sent only as a header: nobody may frame the site.
 */
const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/**
 * Headers for every response besides the CSP. Permissions-Policy denies
 * powerful features the site never uses; clipboard-write stays allowed for
 * the site itself, since copying a paragraph link uses it.
 */
export const staticHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': [
    'accelerometer=()',
    'autoplay=()',
    'browsing-topics=()',
    'camera=()',
    'display-capture=()',
    'encrypted-media=()',
    'fullscreen=()',
    'geolocation=()',
    'gyroscope=()',
    'hid=()',
    'identity-credentials-get=()',
    'idle-detection=()',
    'magnetometer=()',
    'microphone=()',
    'midi=()',
    'payment=()',
    'picture-in-picture=()',
    'publickey-credentials-get=()',
    'screen-wake-lock=()',
    'serial=()',
    'usb=()',
    'xr-spatial-tracking=()',
    'clipboard-write=(self)',
  ].join(', '),
};

/** A policy as directive name → sources, in the order the directives came. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/u);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy whose directives list every source any of `policies` lists for
 * them. That allows what each page allows as long as every page has the same
 * directives (Astro gives them all the configured ones), which the dist
 * tests check by comparing _headers with every page.
 */
export function unionPolicies(policies: readonly Policy[]): Policy {
  const union: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      union.set(name, [...new Set([...(union.get(name) ?? []), ...sources])]);
    }
  }
  return union;
}

const metaPolicy = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/iu;

/** The policy in a page's CSP `<meta>`, or null if it has none. */
export function pagePolicy(html: string): Policy | null {
  const match = metaPolicy.exec(html);
  return match ? parsePolicy(decodeEntities(match[1]!)) : null;
}

/** Astro escapes quotes in attribute values; sources are otherwise plain ASCII. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#39;|&#x27;|&apos;/gu, "'")
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, '&');
}

/**
 * Whether a `<script>` of these attributes runs, by the HTML standard's rule:
 * no type, an empty one, a JavaScript MIME type or "module". Any other type
 * (application/ld+json) makes it a data block, which CSP leaves alone.
 */
function scriptRuns(attributes: string): boolean {
  const type = (/\btype\s*=\s*"([^"]*)"/iu.exec(attributes)?.[1] ?? '').trim().toLowerCase();
  return (
    type === '' ||
    type === 'module' ||
    /^(?:text|application)\/(?:x-)?(?:java|ecma)script$/u.test(type)
  );
}

/**
 * The hashes of a page's inline code, by directive. Astro writes `<script>`
 * and `<style>` with raw text content (never an escaped `</`), so a pattern
 * finds each one whole.
 */
function inlineCodeHashes(html: string): { script: Set<string>; style: Set<string> } {
  const script = new Set<string>();
  for (const [, attributes, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu)) {
    if (!/\bsrc\s*=/iu.test(attributes!) && scriptRuns(attributes!))
      script.add(`'${scriptHash(code!)}'`);
  }
  const style = new Set<string>();
  for (const [, code] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/giu))
    style.add(`'${scriptHash(code!)}'`);
  return { script, style };
}

/**
 * The page with its meta policy naming, of the hashes Astro listed, only those
 * of its own inline code. Throws if the page holds inline code whose hash
 * Astro did not list, which a browser would refuse to run.
 */
export function narrowPagePolicy(html: string, file: string): string {
  const match = metaPolicy.exec(html);
  if (!match)
    throw new Error(
      `${file} has no content-security-policy <meta>: expected security.csp to be enabled`,
    );
  const policy = parsePolicy(decodeEntities(match[1]!));
  const own = inlineCodeHashes(html);
  for (const [directive, hashes] of [
    ['script-src', own.script],
    ['style-src', own.style],
  ] as const) {
    const sources = policy.get(directive) ?? [];
    const missing = [...hashes].filter((hash) => !sources.includes(hash));
    if (missing.length > 0)
      throw new Error(
        `${file}: expected ${directive} to list the hash of every inline ${directive.slice(0, -4)}; ${missing.join(' ')} missing`,
      );
    policy.set(
      directive,
      sources.filter((source) => !source.startsWith("'sha") || hashes.has(source)),
    );
  }
  // Sources hold no `"` or `&`, so the policy stands in the attribute as it is.
  const meta = match[0].replace(match[1]!, () => serializePolicy(policy));
  return html.slice(0, match.index) + meta + html.slice(match.index + match[0].length);
}

/** One rule of a `_headers` file: a path pattern and the headers sent for it. */
export interface HeadersRule {
  path: string;
  headers: Record<string, string>;
}

/** The `_headers` text: one rule for every path. */
function headersFile(policy: Policy): string {
  const headers = { 'Content-Security-Policy': serializePolicy(policy), ...staticHeaders };
  return ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ''].join(
    '\n',
  );
}

/** Reads a `_headers` file: unindented lines start a rule, indented `Name: value` lines belong to it. */
export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon === -1)
      throw new Error(
        `_headers: expected a path, then indented "Name: value" lines; got ${JSON.stringify(line)}`,
      );
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Writes dist/_headers from the policies Astro put in the built pages. */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const pages = htmlFiles(distDir);
        const policies = pages.map((file) => {
          const html = narrowPagePolicy(readFileSync(file, 'utf8'), file);
          writeFileSync(file, html);
          return pagePolicy(html)!;
        });
        const policy = unionPolicies(policies);
        for (const directive of headerOnlyDirectives) {
          const [name, ...sources] = directive.split(' ');
          policy.set(name!, sources);
        }
        writeFileSync(join(distDir, '_headers'), headersFile(policy));
        logger.info(`wrote _headers: one policy for ${pages.length} pages`);
      },
    },
  };
}
