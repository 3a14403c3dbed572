/** /chu-de/<topic>/rss.xml: the articles of one topic, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoutes } from '../../../routing/site-routes.ts';
import type { TopicFeedRoute } from '../../../routing/routes.ts';
import { feedResponse, topicFeed } from '../../../publish/feeds.ts';
import { absoluteUrl } from '../../../urls/absolute-url.ts';

export const getStaticPaths = (async () => (await getRoutes()).topicFeeds) satisfies GetStaticPaths;

export const GET: APIRoute<TopicFeedRoute['props']> = ({ props: { topic, articles } }) =>
  feedResponse({ ...topicFeed(topic), description: topic.description, pagePath: topic.path, articles }, absoluteUrl);
