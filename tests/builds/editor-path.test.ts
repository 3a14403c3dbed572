/**
 * The editor's path: in a copy of the project, follow the README's editor
 * guide — keep the capture in content/sources/, append the guide's own
 * "Add a topic" example to topics.yaml, write an article with that new topic
 * and an existing partner — run `npm run build`'s command, and find the
 * article everywhere a reader would look: its page, the home page, its topic,
 * year and partner pages, the timeline (an event quoted from a level-4
 * heading and one from a list item included), the feed, the search index,
 * the data downloads and its capture page.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../../scripts/shared/chromium.ts';
import { projectRoot } from '../../scripts/shared/content-files.ts';
import { builtPages, fileForPath } from '../helpers/dist.ts';
import { takeHeavySlot } from '../helpers/heavy-slots.ts';
import { serveStatic } from '../../scripts/shared/static-server.ts';
import { copyProject, removeProject, runBuild, type BuildRun, type TempProject } from './temp-project.ts';
import { paths } from '../../src/urls/paths.ts';

/** The YAML example under the README heading "### Add a topic". */
function readmeTopicExample(): string {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const example = /### Add a topic[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!example) throw new Error('README.md has no ```yaml example under "### Add a topic"');
  return example;
}

const topicYaml = readmeTopicExample();
const topic = (parse(topicYaml) as { id: string }[])[0]!.id;
const slug = 'hoi-thao-kiem-dinh-phuong-tien-do-2024';
const capture = 'hoi-thao-kiem-dinh-2024.txt';
const opening = 'Ngày 11/3/2024, Tổng cục tổ chức hội thảo về kiểm định phương tiện đo với chuyên gia ISO tại Hà Nội.';
const heading = 'Phiên thảo luận về đo lường pháp định ngày 12/3/2024';
const items = ['Chuyên gia ISO trình bày kinh nghiệm quốc tế.', 'Các đơn vị đề xuất ký bản ghi nhớ vào tháng 6/2024.'];
/** The capture as an editor keeps it: plain lines, as the source page gave them. */
const captureText = [opening, heading, ...items].join('\n');
/** The body as the guide says to write it: the same words, with the section heading and the list marked up. */
const body = [opening, `#### ${heading}`, items.map((item) => `- ${item}`).join('\n')].join('\n\n');
const article = `---
title: "Hội thảo kiểm định phương tiện đo năm 2024"
titleEditorial: false
published:
  date: "12/3/2024 09:15"
  approximate: false
source:
  name: "VietQ.vn"
  capture: "${capture}"
topics: [${topic}]
partners: [iso]
events:
  - id: hoi-thao-kiem-dinh-2024
    title: "Hội thảo kiểm định phương tiện đo"
    date: "11/3/2024"
    status: happened
    partners: [iso]
    quote: "Tổng cục tổ chức hội thảo về kiểm định phương tiện đo"
  - id: phien-do-luong-phap-dinh
    title: "Phiên thảo luận về đo lường pháp định"
    date: "12/3/2024"
    quote: "Phiên thảo luận về đo lường pháp định"
  - id: ky-ban-ghi-nho
    title: "Dự kiến ký bản ghi nhớ"
    date: "6/2024"
    status: planned
    quote: "đề xuất ký bản ghi nhớ vào tháng 6/2024"
---

${body}
`;

const articlePath = paths.article(slug);
let project: TempProject;
let run: BuildRun;

/** True when the built page at `path` has a link to the new article (with or without a #fragment). */
function linksToArticle(path: string): boolean {
  const file = fileForPath(path, project.outDir);
  if (!file) throw new Error(`no page was built at ${path}`);
  const $ = load(readFileSync(file, 'utf8'));
  return $('a[href]').toArray().some((element) => $(element).attr('href')!.split('#')[0] === articlePath);
}

beforeAll(async () => {
  project = copyProject('editor-path');
  const content = join(project.root, 'content');
  writeFileSync(join(content, 'sources', capture), `${captureText}\n`);
  appendFileSync(join(content, 'topics.yaml'), `\n${topicYaml}`);
  writeFileSync(join(content, 'articles', `${slug}.md`), article);
  run = await runBuild(project);
}, 600_000);
afterAll(() => removeProject(project));

describe('an article added by following the README', () => {
  it('builds', () => {
    expect(run.status, run.output).toBe(0);
  });

  it('has its own page', () => {
    const file = fileForPath(articlePath, project.outDir);
    expect(file).toBeDefined();
    expect(load(readFileSync(file!, 'utf8'))('h1').text()).toContain('Hội thảo kiểm định phương tiện đo năm 2024');
  });

  it.each([
    ['the home page', paths.home()],
    ['its new topic', paths.topic(topic)],
    ['its year', paths.year(2024)],
    ['its partner', paths.partner('iso')],
  ])('is listed on %s (%s)', (_where, path) => {
    expect(linksToArticle(path)).toBe(true);
  });

  it('is on the timeline', () => {
    const timelinePages = builtPages(project.outDir).filter((page) => page.path.startsWith(paths.timeline()));
    expect(timelinePages.filter((page) => linksToArticle(page.path)).length).toBeGreaterThan(0);
  });

  it('is in the feed', () => {
    expect(readFileSync(join(project.outDir, paths.feed()), 'utf8')).toContain(`https://example.org${articlePath}`);
  });

  it.skipIf(!hasChromium)('is found by the search page, typed without tone marks', async () => {
    const releaseSlot = await takeHeavySlot();
    const [browser, site] = await Promise.all([launchChromium(), serveStatic(project.outDir)]);
    try {
      const page = await browser.newPage();
      await page.goto(`${site.url}tim-kiem/?q=${encodeURIComponent('kiem dinh phuong tien do')}`);
      // data-searches counts complete searches: every period has answered.
      await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-search-app]')?.dataset.searches ?? 0) > 0, undefined, { timeout: 30_000 });
      const hrefs = await page.$$eval('[data-search-results] a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.map((href) => href.split('#')[0])).toContain(articlePath);
    } finally {
      await Promise.all([browser.close(), site.close()]);
      releaseSlot();
    }
  }, 60_000);

  it.each([
    ['a paragraph', 'hoi-thao-kiem-dinh-2024', 'p'],
    ['a level-4 heading', 'phien-do-luong-phap-dinh', 'h4'],
    ['a list item', 'ky-ban-ghi-nho', 'li'],
  ])('links the timeline to the event quoted from %s, at that block', (_where, id, tag) => {
    const anchor = `su-kien-${id}`;
    const year = builtPages(project.outDir).find((page) => page.path === paths.timelineYear(2024))!;
    expect(year.$(`a[href="${articlePath}#${anchor}"]`).length).toBe(1);
    const $ = load(readFileSync(fileForPath(articlePath, project.outDir)!, 'utf8'));
    expect($(`#${anchor}`).parent().prop('tagName')?.toLowerCase()).toBe(tag);
  });

  it('is in the data downloads, with its events', () => {
    const articles = (JSON.parse(readFileSync(join(project.outDir, 'du-lieu', 'bai-viet.json'), 'utf8')) as { rows: { id: string; topics: string[] }[] }).rows;
    expect(articles.find((row) => row.id === slug)?.topics).toEqual([topic]);
    expect(readFileSync(join(project.outDir, 'du-lieu', 'bai-viet.csv'), 'utf8')).toContain(`${slug},Hội thảo kiểm định phương tiện đo năm 2024,`);
    const events = (JSON.parse(readFileSync(join(project.outDir, 'du-lieu', 'su-kien.json'), 'utf8')) as { rows: { article_id: string; event_id: string; status: string }[] }).rows;
    expect(events.filter((row) => row.article_id === slug).map((row) => [row.event_id, row.status])).toEqual([
      ['hoi-thao-kiem-dinh-2024', 'happened'],
      ['phien-do-luong-phap-dinh', 'happened'],
      ['ky-ban-ghi-nho', 'planned'],
    ]);
  });

  it('has a capture page with every line of its capture and every sentence kept', () => {
    const page = builtPages(project.outDir).find((candidate) => candidate.path === paths.articleCapture(slug))!;
    expect(page.$('.capture-lines > li').map((_, line) => page.$(line).text()).get()).toEqual(captureText.split('\n'));
    expect(page.$('.fidelity').text()).toMatch(/^4\/4 câu/);
    expect(page.$('#bo-sung').closest('section').text()).toContain(`Dòng “${heading}” được đánh dấu là tiêu đề mục.`);
  });
});
