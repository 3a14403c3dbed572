/** /rss.xml: every article, newest first. */
import type { APIRoute } from 'astro';
import { getRoutes } from '../routing/site-routes.ts';
import { feedResponse } from '../publish/feeds.ts';
import { siteDescription, siteName } from '../publish/site.ts';
import { absoluteUrl } from '../urls/absolute-url.ts';
import { paths } from '../urls/paths.ts';

export const GET: APIRoute = async () =>
  feedResponse(
    { title: siteName, path: paths.feed(), description: siteDescription, pagePath: paths.home(), articles: (await getRoutes()).siteFeed },
    absoluteUrl,
  );
