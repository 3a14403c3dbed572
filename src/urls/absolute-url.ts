/**
 * Absolute addresses, for the places that leave the site: canonical links,
 * sharing cards, JSON-LD, feeds, robots.txt. Built from SITE_URL and
 * BASE_PATH (astro.config.mjs), so a sub-path deploy changes them all at once.
 */
import { joinBase } from './paths.ts';

/** Turns a base-less site path ("/bai-viet/x/") into a full URL. */
export type UrlResolver = (path: string) => string;

/** Pure: a resolver for a given origin and base, for tests and tools. */
export function urlResolver(site: string | URL, base: string): UrlResolver {
  return (path) => new URL(joinBase(base, path), site).href;
}

/** The build's own resolver: the configured site and base path. */
export const absoluteUrl: UrlResolver = (path) => {
  const site = import.meta.env.SITE;
  // astro.config.mjs always sets `site`; without it no absolute URL is honest.
  if (!site) throw new Error('astro.config.mjs has no `site`: set SITE_URL so absolute URLs can be built');
  return urlResolver(site, import.meta.env.BASE_URL)(path);
};
