/**
 * The project's own import graph, read from the source text with
 * TypeScript's preProcessFile (static and dynamic imports, `export … from`).
 * An .astro file contributes its frontmatter and its <script> blocks. Only
 * relative imports and astro:content are kept: packages are not layers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const SOURCE_FILE = /\.(ts|mts|mjs|astro)$/;

export interface ImportEdge {
  from: string;
  /** A project path ('src/urls/paths.ts') or a virtual module ('astro:content'). */
  to: string;
}

function sourceFiles(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** The parts of a file that hold imports: all of a script, an .astro file's frontmatter and scripts. */
function scriptText(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** Every import among the files under `folders` (relative to `root`). */
export function importEdges(root: string, folders: readonly string[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of folders.flatMap((folder) => sourceFiles(root, folder))) {
    const text = scriptText(file, readFileSync(join(root, file), 'utf8'));
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      if (fileName === 'astro:content') edges.push({ from: file, to: fileName });
      else if (fileName.startsWith('.')) edges.push({ from: file, to: join(dirname(file), fileName) });
    }
  }
  return edges;
}

/** Groups of files that import each other, directly or round a longer loop (Tarjan's algorithm). */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    order.set(file, order.size);
    low.set(file, order.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const target of next.get(file) ?? []) {
      if (!order.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, order.get(target)!));
    }
    if (low.get(file) !== order.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || next.get(file)?.includes(file)) cycles.push(group.sort());
  };
  for (const file of next.keys()) if (!order.has(file)) visit(file);
  return cycles;
}
