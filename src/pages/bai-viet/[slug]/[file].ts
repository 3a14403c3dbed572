/** /bai-viet/<id>/<id>.bib and <id>.ris: the article for reference managers. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoutes } from '../../../routing/site-routes.ts';
import type { CitationRoute } from '../../../routing/routes.ts';
import { cslItem } from '../../../publish/reuse/citation.ts';
import { citationFile, citationFiles } from '../../../publish/reuse/citation-files.ts';
import { absoluteUrl } from '../../../urls/absolute-url.ts';

export const getStaticPaths = (async () => (await getRoutes()).citations) satisfies GetStaticPaths;

export const GET: APIRoute<CitationRoute['props']> = ({ props: { article, format } }) =>
  new Response(citationFile(cslItem(article, absoluteUrl), format), { headers: { 'Content-Type': citationFiles[format].contentType } });
