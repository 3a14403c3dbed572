/**
 * The site's routes for this build: the archive loaded once (src/archive/load.ts)
 * and every route's params and props built from it once (routes.ts). Route
 * files' getStaticPaths() and single pages read this, and nothing else decides
 * what a page lists.
 */
import { getArchive } from '../archive/load.ts';
import { absoluteUrl } from '../urls/absolute-url.ts';
import { buildRoutes, type Routes } from './routes.ts';

let routes: Promise<Routes> | undefined;

/** Every route's params and props, built once per build from the archive. */
export function getRoutes(): Promise<Routes> {
  routes ??= getArchive().then((archive) => buildRoutes(archive, absoluteUrl));
  return routes;
}
