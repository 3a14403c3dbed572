/** /bai-viet/<id>/ban-luu/<capture file>: the capture an article was made from, byte for byte, for download. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoutes } from '../../../../routing/site-routes.ts';
import type { CaptureFileRoute } from '../../../../routing/routes.ts';
import { readCaptureBytes } from '../../../../content/captures.ts';

export const getStaticPaths = (async () => (await getRoutes()).captureFiles) satisfies GetStaticPaths;

export const GET: APIRoute<CaptureFileRoute['props']> = ({ props: { article } }) =>
  new Response(new Uint8Array(readCaptureBytes(article.source.capture)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
