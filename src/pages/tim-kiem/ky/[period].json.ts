/** /tim-kiem/ky/<period>.json: which articles of a search period carry which topic and partner (src/search/core/periods.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoutes } from '../../../routing/site-routes.ts';
import type { SearchPeriodRoute } from '../../../routing/routes.ts';

export const getStaticPaths = (async () => (await getRoutes()).searchPeriodFiles) satisfies GetStaticPaths;

export const GET: APIRoute<SearchPeriodRoute['props']> = ({ props: { file } }) =>
  new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
