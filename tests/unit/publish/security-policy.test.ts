/** The Content-Security-Policy allows Pagefind's WebAssembly and nothing inline. */
import { describe, expect, it } from 'vitest';
import { headerPolicy, headersFile, metaPolicy, policyDirectives } from '../../../src/publish/security-policy.ts';

describe('headerPolicy', () => {
  const policy = headerPolicy();
  it("allows WebAssembly compilation but no inline code or eval", () => {
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
  });

  it('keeps header-only directives out of the <meta> list', () => {
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policyDirectives.join(';')).not.toMatch(/frame-ancestors|report-uri|sandbox/);
    expect(metaPolicy()).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });

  it('is the <meta> policy plus the header-only directives', () => {
    expect(policy.startsWith(`${metaPolicy()}; `)).toBe(true);
    expect(metaPolicy()).toMatch(/style-src 'self'$/);
  });
});

describe('headersFile', () => {
  it('covers every file under the base path', () => {
    expect(headersFile('/luu-tru/')).toMatch(/^\/luu-tru\/\*\n {2}Content-Security-Policy: /m);
    expect(headersFile('/')).toMatch(/^\/\*$/m);
  });

  it('serves the captures as UTF-8 text, under the base path', () => {
    expect(headersFile('/luu-tru/')).toMatch(/^\/luu-tru\/bai-viet\/\*\/ban-luu\/\*\.txt\n {2}Content-Type: text\/plain; charset=utf-8$/m);
  });
});
