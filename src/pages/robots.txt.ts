/**
 * /robots.txt: everything may be crawled; the sitemap's address follows
 * SITE_URL and BASE_PATH. Crawlers only read /robots.txt at the origin's
 * root, so under a sub-path the host's own robots.txt should carry this
 * Sitemap line too.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../urls/absolute-url.ts';
import { paths } from '../urls/paths.ts';

export const GET: APIRoute = () =>
  new Response(['User-agent: *', `Allow: ${import.meta.env.BASE_URL}`, '', `Sitemap: ${absoluteUrl(paths.sitemap())}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
