/**
 * The raw captures in content/sources/, the provenance of every article.
 * Resolved from the project root: the modules that read them are bundled
 * before they run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES_DIR = join(process.cwd(), 'content', 'sources');

/** File names present, for the check that each article's capture exists. */
export const captureNames = (): Set<string> => new Set(readdirSync(SOURCES_DIR));

/** One capture's text exactly as stored. */
export const readCapture = (name: string): string => readFileSync(join(SOURCES_DIR, name), 'utf8');

/** One capture's bytes exactly as stored, for its download. */
export const readCaptureBytes = (name: string): Buffer => readFileSync(join(SOURCES_DIR, name));
