/** /doi-tac/<partner>/rss.xml: the articles that name one partner, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoutes } from '../../../routing/site-routes.ts';
import type { PartnerFeedRoute } from '../../../routing/routes.ts';
import { feedResponse, partnerFeed } from '../../../publish/feeds.ts';
import { absoluteUrl } from '../../../urls/absolute-url.ts';
import { partnerWording } from '../../../reference/wording.ts';

export const getStaticPaths = (async () => (await getRoutes()).partnerFeeds) satisfies GetStaticPaths;

export const GET: APIRoute<PartnerFeedRoute['props']> = ({ props: { partner, articles } }) => {
  const description = partnerWording.feedDescription(partner.nameVi, partner.nameEn);
  return feedResponse({ ...partnerFeed(partner), description, pagePath: partner.path, articles }, absoluteUrl);
};
