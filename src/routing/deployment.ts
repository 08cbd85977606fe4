/**
 * Where the built site will be served: read once, at build time, from the
 * environment, so the same code deploys to any host and sub-path.
 *
 * - `SITE_URL`: the origin readers see (`https://example.org`). Canonical
 *   links, hreflang alternates, link previews, citations and the sitemap are
 *   absolute URLs, so they need it. Defaults to the address `npm start`
 *   previews at.
 * - `BASE_PATH`: the sub-path the site lives under (`/speeches/`, as on a
 *   GitHub Pages project site). Defaults to the root.
 */

export interface Deployment {
  /** Astro's `site`: an origin, no path. */
  site: string;
  /** Astro's `base`: starts and ends with a slash. */
  base: string;
}

export const defaultSiteUrl = 'http://localhost:4321';

export class DeploymentError extends Error {}

function siteFrom(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DeploymentError(
      `SITE_URL "${value}" is not a URL: expected an origin such as https://example.org`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DeploymentError(`SITE_URL "${value}" must start with https:// or http://`);
  }
  // A path here would be silently dropped by some consumers and doubled by
  // others; the sub-path has its own variable.
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new DeploymentError(
      `SITE_URL "${value}" has a path, query or fragment: give the origin only and put the path in BASE_PATH`,
    );
  }
  return url.origin;
}

function baseFrom(value: string): string {
  const trimmed = value.trim();
  const segments = trimmed.split('/').filter(Boolean);
  if (
    !/^[A-Za-z0-9._~/-]*$/u.test(trimmed) ||
    segments.some((segment) => segment === '.' || segment === '..')
  ) {
    throw new DeploymentError(
      `BASE_PATH "${value}" is not a plain path: expected segments of letters, digits, ".", "_", "~" or "-", such as /speeches/`,
    );
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** The deployment the environment asks for; empty variables mean their defaults. */
export function deploymentFromEnv(env: Readonly<Record<string, string | undefined>>): Deployment {
  return {
    site: siteFrom(env.SITE_URL?.trim() || defaultSiteUrl),
    base: baseFrom(env.BASE_PATH ?? ''),
  };
}
