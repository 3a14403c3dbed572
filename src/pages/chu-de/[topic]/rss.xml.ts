/** /chu-de/<topic>/rss.xml: the articles of one topic, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl } from '../../../lib/absolute-url';
import { getArchive } from '../../../lib/archive';
import { feedResponse, topicFeed } from '../../../lib/feeds';
import { articlesWithTopic } from '../../../lib/indexes';
import type { Topic } from '../../../lib/model';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.topics.map((topic) => ({ params: { topic: topic.slug }, props: { topic } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: Topic }> = async ({ props: { topic } }) => {
  const archive = await getArchive();
  return feedResponse(
    { ...topicFeed(topic), description: topic.description, pagePath: topic.path, articles: articlesWithTopic(archive, topic) },
    absoluteUrl,
  );
};
