/** /rss.xml: every article, newest first. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/absolute-url';
import { getArchive } from '../lib/archive';
import { feedResponse } from '../lib/feeds';
import { siteDescription, siteName } from '../lib/site';
import { paths } from '../lib/urls';

export const GET: APIRoute = async () => {
  const archive = await getArchive();
  return feedResponse(
    { title: siteName, path: paths.feed(), description: siteDescription, pagePath: paths.home(), articles: archive.articles },
    absoluteUrl,
  );
};
