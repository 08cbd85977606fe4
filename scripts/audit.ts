/**
 * audit: Lighthouse (mobile, its default simulated throttling) on the home
 * page, a speech page and a search results page, served by `astro preview`
 * from dist/. Writes bench/lighthouse.json and prints a markdown table, with
 * the audits that cost points wherever a category is below 100.
 *
 * Usage: npm run audit   (builds first)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumFlags, chromiumPath, startPreview } from './lib/preview.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUTPUT = join(ROOT, 'bench', 'lighthouse.json');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];

const pages = [
  { name: 'home', path: '/' },
  { name: 'speech', path: '/speech-1/' },
  { name: 'search', path: `/search/?q=${encodeURIComponent('两个健康')}` },
] as const;

interface PageAudit {
  name: string;
  path: string;
  scores: Record<Category, number | null>;
  /** Per category below 100: the scored audits that did not pass, with Lighthouse's title. */
  lost: Partial<Record<Category, string[]>>;
  runWarnings: string[];
}

function scorePercent(score: number | null | undefined): number | null {
  return typeof score === 'number' ? Math.round(score * 100) : null;
}

/**
 * Where an audit's failure sits in the page: the first few elements it names.
 * Layout shift is scored as one number; its culprits are in `layout-shifts`.
 */
function culprits(lhr: Result, auditId: string): string[] {
  const source = auditId === 'cumulative-layout-shift' ? 'layout-shifts' : auditId;
  const details = lhr.audits[source]?.details;
  const items =
    details && 'items' in details
      ? (details.items as { node?: { snippet?: string; selector?: string } }[])
      : [];
  return items
    .flatMap((item) => (item.node ? [item.node.snippet ?? item.node.selector ?? ''] : []))
    .filter((text) => text !== '')
    .slice(0, 3);
}

/** Audits that count towards a category's score and did not get full marks, with where they failed. */
function lostPoints(lhr: Result, category: Category): string[] {
  return lhr.categories[category]!.auditRefs.filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => {
      const where = culprits(lhr, audit.id);
      const value = audit.displayValue ? ` — ${audit.displayValue}` : '';
      return `${audit.id} (${scorePercent(audit.score)}): ${audit.title}${value}${where.length > 0 ? ` at ${where.join(' ; ')}` : ''}`;
    });
}

async function auditPage(url: string, port: number): Promise<Result> {
  const run = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
  });
  if (!run) throw new Error(`Lighthouse returned no result for ${url}`);
  if (run.lhr.runtimeError)
    throw new Error(`Lighthouse could not audit ${url}: ${run.lhr.runtimeError.message}`);
  return run.lhr;
}

function summarize(page: (typeof pages)[number], lhr: Result): PageAudit {
  const scores = Object.fromEntries(
    categories.map((category) => [category, scorePercent(lhr.categories[category]?.score)]),
  ) as PageAudit['scores'];
  const lost = Object.fromEntries(
    categories
      .filter((category) => scores[category] !== 100)
      .map((category) => [category, lostPoints(lhr, category)]),
  );
  return { name: page.name, path: page.path, scores, lost, runWarnings: lhr.runWarnings };
}

function markdownTable(audits: readonly PageAudit[]): string {
  const header = `| page | ${categories.join(' | ')} |\n| --- | ${categories.map(() => '---:').join(' | ')} |`;
  const rows = audits.map(
    (audit) =>
      `| ${audit.name} (\`${decodeURI(audit.path)}\`) | ${categories.map((category) => audit.scores[category] ?? '–').join(' | ')} |`,
  );
  return [header, ...rows].join('\n');
}

function lostPointsText(audits: readonly PageAudit[]): string {
  return audits
    .flatMap((audit) => [
      ...Object.entries(audit.lost).flatMap(([category, lost]) =>
        lost.map((line) => `- ${audit.name} · ${category}: ${line}`),
      ),
      ...audit.runWarnings.map((warning) => `- ${audit.name} · run warning: ${warning}`),
    ])
    .join('\n');
}

async function main(): Promise<void> {
  const preview = await startPreview(ROOT);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: chromiumFlags,
  });
  try {
    const audits: PageAudit[] = [];
    let versions = {};
    for (const page of pages) {
      const lhr = await auditPage(`${preview.origin}${page.path}`, chrome.port);
      audits.push(summarize(page, lhr));
      versions = { lighthouse: lhr.lighthouseVersion, chromium: lhr.environment.hostUserAgent };
      process.stderr.write(`audited ${page.path}\n`);
    }
    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    writeFileSync(
      OUTPUT,
      `${JSON.stringify({ ...versions, formFactor: 'mobile', pages: audits }, null, 2)}\n`,
    );
    const lost = lostPointsText(audits);
    process.stdout.write(`${markdownTable(audits)}\n${lost ? `\nPoints lost:\n${lost}\n` : ''}`);
  } finally {
    chrome.kill();
    await preview.stop();
  }
}

await main();
