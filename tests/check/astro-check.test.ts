/**
 * `npm run check` (astro check: TypeScript and Astro diagnostics over the
 * whole project, tests included) as part of `npm test`: it runs beside the
 * other test files, in a heavy slot, instead of before them all, and fails
 * with its own report.
 */
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import { projectRoot } from '../../scripts/shared/content-files.ts';
import { shellEnvironment } from '../builds/temp-project.ts';
import { inHeavySlot } from '../helpers/heavy-slots.ts';

it('npm run check passes', async () => {
  const { status, output } = await inHeavySlot(
    () =>
      new Promise<{ status: number | null; output: string }>((resolve, reject) => {
        const child = spawn('npm', ['run', 'check'], { cwd: projectRoot, env: shellEnvironment() });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ status: code, output }));
      }),
  );
  expect(status, output).toBe(0);
}, 180_000);
