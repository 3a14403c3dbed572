/**
 * The site's Content-Security-Policy and security headers, in one place.
 * The layout puts the policy in a <meta> tag on every page (metaPolicy), and
 * src/publish/security-headers.ts writes the same policy and the usual
 * headers into _headers for hosts that read that file (Netlify, Cloudflare
 * Pages, ...).
 *
 * The site ships no inline script or style (astro.config.mjs keeps them
 * external; tests/site/seo.test.ts checks), so 'self' is all a page needs.
 * That is why Astro's built-in CSP is not used: it lists a hash of every
 * script and style of the whole site in every page's <meta> tag, hashes that
 * 'self' already covers, and at about 50 incompressible bytes each they were
 * about 0.3 KB of every page's compressed first view.
 */

/** Shared by the <meta> tag and the header. */
export const policyDirectives = [
  "default-src 'self'",
  // Pagefind's stylesheets draw their icons as data: SVGs.
  "img-src 'self' data:",
  "font-src 'self'",
  // Pagefind fetches its index and runs its search in a same-origin worker.
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Pagefind compiles its WebAssembly at run time; 'wasm-unsafe-eval' allows
 * exactly that and nothing else (no eval() of JavaScript).
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;
export const styleSources = ["'self'"] as const;

/** Browsers ignore (and warn about) these in a <meta> tag: header only. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** What a <meta> tag can carry: every directive but the header-only ones. */
export function metaPolicy(): string {
  return [...policyDirectives, `script-src ${scriptSources.join(' ')}`, `style-src ${styleSources.join(' ')}`].join('; ');
}

/** The whole policy as an HTTP header value. */
export function headerPolicy(): string {
  return [metaPolicy(), ...headerOnlyDirectives].join('; ');
}

/** Every response's headers, for hosts that let a file set them. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': headerPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** The _headers file (Netlify / Cloudflare Pages syntax) for a site under `base`. */
export function headersFile(base: string): string {
  const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  // Captures are Vietnamese text: a host that serves .txt without a charset would garble them.
  const captures = `${base}bai-viet/*/ban-luu/*.txt\n  Content-Type: text/plain; charset=utf-8\n`;
  return `# Security headers for every file of the site (generated from src/publish/security-policy.ts).\n${base}*\n${lines.join('\n')}\n${captures}`;
}

