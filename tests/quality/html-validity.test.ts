/**
 * Valid HTML: the W3C Nu HTML Checker (vnu-jar) over every built page, zero
 * errors. One JVM checks all the files at once. vnu needs Java: without it the
 * test is skipped loudly, and under CI (CI=true) a missing Java is a failure
 * (.ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtPages, defaultDist } from '../helpers/dist.ts';
import { inHeavySlot } from '../helpers/heavy-slots.ts';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const hasJava = spawnSync('java', ['-version']).status === 0;

if (!hasJava) {
  const message = 'Java not found: the HTML validity test cannot run. Install it with "apt-get install -y default-jre-headless".';
  if (process.env.CI === 'true') throw new Error(`${message} (CI=true: this is a failure)`);
  console.warn(`\n${'!'.repeat(78)}\n!! SKIPPING HTML VALIDATION — ${message}\n${'!'.repeat(78)}\n`);
}

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe.skipIf(!hasJava)('W3C Nu HTML Checker', () => {
  const files = builtPages().map((page) => page.file);

  it('finds no error on any built page', async () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    // A short run: the JVM's quick compiler alone does it in half the CPU (the same report), and
    // that compiler's frames need a bigger stack than vnu's 512k minimum.
    const run = await inHeavySlot(() =>
      spawnSync('java', ['-Xss16m', '-XX:TieredStopAtLevel=1', '-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      }),
    );
    // vnu writes its JSON report to stderr; a non-JSON stderr means it did not run.
    const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((message) => message.type !== 'info')
      .map((message) => {
        const file = message.url ? relative(defaultDist, fileURLToPath(message.url)) : '(vnu)';
        return `${file}:${message.lastLine ?? '?'}: ${message.message}${message.extract ? ` — ${message.extract.trim()}` : ''}`;
      });
    expect(errors).toEqual([]);
  }, 120_000);
});
