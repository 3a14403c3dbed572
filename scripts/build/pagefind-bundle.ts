/**
 * One Pagefind bundle folder that holds several indexes (one per search
 * period, src/search/core/periods.ts). Pagefind names every index file by
 * its content's hash, so the periods' files sit side by side; the engine's
 * script and wasm are the same for all and are written once; the entry file
 * lists each period's index under the period's language key. Pagefind's UI
 * bundles are left out: the site has its own search page.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PagefindFile {
  path: string;
  content: Uint8Array;
}

interface EntryIndex {
  hash: string;
  wasm: string | null;
  page_count: number;
}

interface Entry {
  version: string;
  languages: Record<string, EntryIndex>;
  include_characters?: string[];
}

const ENTRY = 'pagefind-entry.json';
/** What a search needs: the engine (script, its worker, wasm) and the index (meta, word chunks, page fragments, filters). */
const NEEDED = /^(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|(index|fragment|filter)\/[\w-]+\.pf_(index|fragment|filter))$/;

export class BundleWriter {
  readonly #folder: string;
  #entry: Entry | undefined;

  constructor(folder: string) {
    this.#folder = folder;
  }

  /** Adds one index's files; `language` is the key its pages will be searched under. Returns its page count. */
  add(files: readonly PagefindFile[], language: string, where: string): number {
    const entryFile = files.find((file) => file.path === ENTRY);
    if (!entryFile) throw new Error(`${where}: Pagefind wrote no ${ENTRY}`);
    const entry = JSON.parse(new TextDecoder().decode(entryFile.content)) as Entry;
    const indexes = Object.values(entry.languages);
    if (indexes.length !== 1) throw new Error(`${where}: expected one language index, Pagefind wrote ${indexes.length}`);
    if (this.#entry && this.#entry.version !== entry.version) throw new Error(`${where}: Pagefind ${entry.version} after ${this.#entry.version}`);
    if (this.#entry?.languages[language]) throw new Error(`${where}: a second index for ${language}`);
    this.#entry ??= { ...entry, languages: {} };
    this.#entry.languages[language] = indexes[0]!;
    for (const file of files) if (NEEDED.test(file.path)) this.#write(file, where);
    return indexes[0]!.page_count;
  }

  #write(file: PagefindFile, where: string): void {
    const target = join(this.#folder, file.path);
    if (existsSync(target)) {
      // Equal names are equal contents (hashes, or the engine itself); anything else would break a period's index.
      if (!Buffer.from(file.content).equals(readFileSync(target))) throw new Error(`${where}: ${file.path} differs from the file of that name another period wrote`);
      return;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }

  /** Writes the entry file that names every index. */
  finish(): void {
    if (!this.#entry) throw new Error('Pagefind indexed no period');
    writeFileSync(join(this.#folder, ENTRY), JSON.stringify(this.#entry));
  }
}
