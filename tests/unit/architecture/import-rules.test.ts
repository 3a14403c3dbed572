/**
 * The house plan, enforced: layers import only from layers below them, one
 * module reads astro:content, no two files import each other, and the site
 * never imports its tools or tests. The order is written here and nowhere
 * else; ARCHITECTURE.md draws it.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, importEdges } from '../../helpers/import-graph.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Lowest first. A file may import from its own layer and any layer before it. */
const LAYERS: readonly (readonly string[])[] = [
  ['src/urls', 'src/reference', 'src/types'],
  ['src/markdown', 'src/search/core'],
  ['src/content', 'src/content.config.ts'],
  ['src/archive'],
  ['src/publish', 'src/import'],
  ['src/routing'],
  ['src/components', 'src/search/browser', 'src/styles'],
  ['src/layouts'],
  ['src/pages'],
];

/** The data module, and Astro's collection definitions (which must import defineCollection from it). */
const ASTRO_CONTENT_READERS = ['src/archive/load.ts', 'src/content.config.ts'];

/** The benchmark's bare Astro site is a project of its own, with its own data module. */
const OTHER_SITES = ['scripts/bench/bare-site/'];

const layerOf = (file: string) => LAYERS.findIndex((layer) => layer.some((place) => file === place || file.startsWith(`${place}/`)));

const siteEdges = importEdges(ROOT, ['src']);
const allEdges = [...siteEdges, ...importEdges(ROOT, ['scripts', 'tests'])];

describe('import rules', () => {
  it('reads the whole site (a guard against a reader that finds nothing)', () => {
    expect(siteEdges.length).toBeGreaterThan(200);
    expect(siteEdges).toContainEqual({ from: 'src/routing/routes.ts', to: 'src/archive/model.ts' });
  });

  it('places every file of the site in a layer', () => {
    const unplaced = [...new Set(siteEdges.flatMap(({ from, to }) => [from, to]))].filter((file) => file.startsWith('src') && layerOf(file) < 0);
    expect(unplaced, 'add these to LAYERS in this test and to the picture in ARCHITECTURE.md').toEqual([]);
  });

  it('imports only from the same layer or one below', () => {
    const upward = siteEdges
      .filter(({ to }) => to.startsWith('src'))
      .filter(({ from, to }) => layerOf(to) > layerOf(from))
      .map(({ from, to }) => `${from} → ${to}`);
    expect(upward).toEqual([]);
  });

  it('lets one data module read astro:content', () => {
    const readers = allEdges
      .filter(({ from, to }) => to === 'astro:content' && !OTHER_SITES.some((site) => from.startsWith(site)))
      .map(({ from }) => from);
    expect(readers.sort()).toEqual([...ASTRO_CONTENT_READERS].sort());
  });

  it('has no files that import each other, in the site, its tools or its tests', () => {
    expect(importCycles(allEdges)).toEqual([]);
  });

  it('keeps the site free of its tools and tests', () => {
    const reachingOut = siteEdges.filter(({ to }) => to.startsWith('scripts') || to.startsWith('tests')).map(({ from, to }) => `${from} → ${to}`);
    expect(reachingOut).toEqual([]);
  });
});

describe('the cycle finder', () => {
  it('finds a two-file circle and a longer loop, and nothing in a tree', () => {
    const edge = (from: string, to: string) => ({ from, to });
    expect(importCycles([edge('a', 'b'), edge('b', 'a'), edge('c', 'a')])).toEqual([['a', 'b']]);
    expect(importCycles([edge('a', 'b'), edge('b', 'c'), edge('c', 'a')])).toEqual([['a', 'b', 'c']]);
    expect(importCycles([edge('a', 'b'), edge('a', 'c'), edge('b', 'c')])).toEqual([]);
  });
});
