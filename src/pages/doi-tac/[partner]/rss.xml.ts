/** /doi-tac/<partner>/rss.xml: the articles that name one partner, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl } from '../../../lib/absolute-url';
import { getArchive } from '../../../lib/archive';
import { feedResponse, partnerFeed } from '../../../lib/feeds';
import { articlesWithPartner } from '../../../lib/indexes';
import type { Partner } from '../../../lib/model';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.partners.map((partner) => ({ params: { partner: partner.slug }, props: { partner } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ partner: Partner }> = async ({ props: { partner } }) => {
  const archive = await getArchive();
  const description = `Bài viết về hợp tác với ${partner.nameVi} (${partner.nameEn}).`;
  return feedResponse(
    { ...partnerFeed(partner), description, pagePath: partner.path, articles: articlesWithPartner(archive, partner) },
    absoluteUrl,
  );
};
