/** /tim-kiem/ky/bai-viet.json: each search period's article ids in rank order, for the indexer (scripts/build/pagefind-index.ts), which removes it. */
import type { APIRoute } from 'astro';
import { getRoutes } from '../../../routing/site-routes.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getRoutes()).searchIndexPlan), { headers: { 'Content-Type': 'application/json' } });
