/** Links as the browser needs them: the site path under Astro's configured base. */
import { joinBase } from './paths.ts';

export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
