/**
 * From a saved web page to a published article, as an editor goes: in a
 * copy of the project, `npm run import` the page (with its picture); the
 * build passes and publishes nothing of the draft; `npm run dev` shows it,
 * marked as a draft; once the editor deletes the `draft: true` line, the
 * next build publishes it on its page (picture included), the home page,
 * the feed, the sitemap, the search index, the data downloads and its
 * capture page.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, fileForPath } from '../helpers/dist.ts';
import { takeHeavySlot } from '../helpers/heavy-slots.ts';
import { paths } from '../../src/urls/paths.ts';
import { PNG, savedPage } from '../unit/import/fixtures.ts';
import { copyProject, removeProject, runBuild, shellEnvironment, type BuildRun, type TempProject } from './temp-project.ts';

const id = 'lam-viec-voi-iso-ve-tieu-chuan-xe-dien';
let project: TempProject;
let importRun: ReturnType<typeof spawnSync>;
let draftBuild: BuildRun;
let draftFiles: Record<string, string>;
let draftPages: string[];
let devPage: string;
let publishedBuild: BuildRun;

const readOut = (file: string) => readFileSync(join(project.outDir, file), 'utf8');
/** The files a draft must stay out of, read after each build. */
const listings = () => ({
  home: readOut('index.html'),
  feed: readOut(paths.feed()),
  sitemap: readOut('sitemap-0.xml'),
  data: readOut('du-lieu/bai-viet.json'),
});
/** How many pages the build gave Pagefind to index (the search's articles). */
const indexedPages = (run: BuildRun) => Number(/Pagefind indexed (\d+) pages/.exec(run.output)?.[1]);

/** `npm run dev` in the copy: the HTML of one page, then the server is stopped. */
async function devServerPage(path: string): Promise<string> {
  const release = await takeHeavySlot();
  const port = 4600 + Math.floor(Math.random() * 300);
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: project.root, env: shellEnvironment() });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('astro dev did not start')), 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes(`127.0.0.1:${port}`)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    return await response.text();
  } finally {
    child.kill();
    release();
  }
}

beforeAll(async () => {
  project = copyProject('import-draft');
  mkdirSync(join(project.root, 'trang_files'));
  writeFileSync(join(project.root, 'trang.html'), savedPage);
  writeFileSync(join(project.root, 'trang_files', 'anh 1.png'), PNG);
  importRun = spawnSync(process.execPath, ['scripts/import/import.ts', 'trang.html'], { cwd: project.root, encoding: 'utf8' });
  draftBuild = await runBuild(project);
  draftFiles = listings();
  draftPages = builtPages(project.outDir).map((page) => page.path);
  devPage = await devServerPage(paths.article(id));
  const article = join(project.root, 'content', 'articles', `${id}.md`);
  writeFileSync(article, readFileSync(article, 'utf8').replace(/^draft: true\n/m, ''));
  publishedBuild = await runBuild(project);
}, 600_000);
afterAll(() => removeProject(project));

describe('an imported draft', () => {
  it('is written by npm run import', () => {
    expect(importRun.status, String(importRun.stderr)).toBe(0);
    expect(String(importRun.stdout)).toContain(`content/articles/${id}.md`);
  });

  it('builds, and nothing of it is published', () => {
    expect(draftBuild.status, draftBuild.output).toBe(0);
    expect(draftPages.filter((path) => path.includes(id))).toEqual([]);
    for (const [where, text] of Object.entries(draftFiles)) expect(text, where).not.toContain(id);
  });

  it('shows in npm run dev, marked as a draft', () => {
    const $ = load(devPage);
    expect($('h1').text()).toContain('Làm việc với ISO về tiêu chuẩn xe điện');
    expect($('h1 .editorial-badge').text()).toContain('Bản nháp');
  });
});

describe('the same article once the draft mark is removed', () => {
  it('builds and has its page, with its picture', () => {
    expect(publishedBuild.status, publishedBuild.output).toBe(0);
    const $ = load(readFileSync(fileForPath(paths.article(id), project.outDir)!, 'utf8'));
    expect($('h1 .editorial-badge').length).toBe(0);
    const src = $('main img').attr('src');
    expect(src).toMatch(/^\/_astro\/anh-1\..*\.(png|webp)$/);
    expect(readdirSync(join(project.outDir, '_astro'))).toContain(src!.replace('/_astro/', ''));
  });

  it('is listed on the home page and in the feed, the sitemap, the search index and the data downloads', () => {
    for (const [where, text] of Object.entries(listings())) expect(text, where).toContain(id);
    expect(indexedPages(publishedBuild)).toBe(indexedPages(draftBuild) + 1);
  });

  it('has a capture page with every sentence kept', () => {
    const page = builtPages(project.outDir).find((candidate) => candidate.path === paths.articleCapture(id))!;
    const [kept, total] = page.$('.fidelity').text().match(/(\d+)\/(\d+) câu/)!.slice(1);
    expect(kept).toBe(total);
  });
});
