/**
 * Astro integration: writes _headers (the security headers of
 * src/publish/security-policy.ts) into the built site, with the deploy's base
 * path, for static hosts that read that file.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from './security-policy.ts';

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(new URL('_headers', dir), headersFile(base));
        logger.info('wrote _headers');
      },
    },
  };
}
