/**
 * Browsing the built site: every listing shows exactly the articles the
 * content files say belong there, pagination included, every timeline link
 * lands on an element that exists, and a reader starting at the home page
 * reaches every article by year, by topic, by partner and by the timeline.
 * The expectations are read from content/ directly, not from src/archive.
 */
import { readFileSync } from 'node:fs';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { articleFiles, readArticle } from '../../scripts/shared/content-files.ts';
import { builtPages, fileForPath } from '../helpers/dist.ts';
import { readGlossary } from '../../src/content/glossary.ts';

const pages = new Map(builtPages().map((page) => [page.path, page]));
const articles = articleFiles().map((file) => readArticle(file).article!);
const articlePath = (id: string) => `/bai-viet/${id}/`;
const origin = 'https://example.org';

function page$(path: string): CheerioAPI {
  const page = pages.get(path);
  if (!page) throw new Error(`no built page at ${path}`);
  return page.$;
}

/** Internal hrefs of the elements matching `selector`, as site paths (fragment kept). */
function links($: CheerioAPI, selector: string, from: string): string[] {
  return $(selector)
    .map((_index, element) => new URL($(element).attr('href')!, origin + from))
    .get()
    .filter((url) => url.origin === origin)
    .map((url) => url.pathname + url.hash);
}

/** Article paths listed across every page of a paginated listing, following its rel=next links. */
function listedArticles(firstPath: string): string[] {
  const listed: string[] = [];
  for (let path: string | undefined = firstPath, guard = 0; path && guard < 1000; guard++) {
    const $ = page$(path);
    listed.push(...links($, '.paged-articles .card-title a', path));
    path = links($, '.paged-articles a[rel="next"]', path)[0];
  }
  return listed;
}

const sorted = (paths: readonly string[]) => [...paths].sort();

describe('listings list exactly the articles that belong there', () => {
  const partnerIds = [...new Set(articles.flatMap((article) => article.data.partners))];
  it.each(partnerIds)('partner %s', (id) => {
    const expected = articles.filter((article) => article.data.partners.includes(id)).map((article) => articlePath(article.id));
    expect(sorted(listedArticles(`/doi-tac/${id}/`))).toEqual(sorted(expected));
  });

  const years = [...new Set(articles.map((article) => article.data.published.date.year))];
  it.each(years)('year %i (approximate dates in their best-known year)', (year) => {
    const expected = articles.filter((article) => article.data.published.date.year === year).map((article) => articlePath(article.id));
    expect(sorted(listedArticles(`/nam/${year}/`))).toEqual(sorted(expected));
  });

  const topicIds = [...new Set(articles.flatMap((article) => article.data.topics))];
  it.each(topicIds)('topic %s', (id) => {
    const expected = articles.filter((article) => article.data.topics.includes(id)).map((article) => articlePath(article.id));
    expect(sorted(listedArticles(`/chu-de/${id}/`))).toEqual(sorted(expected));
  });

  it('a year page says when an article\'s date is approximate', () => {
    const approximate = articles.find((article) => article.data.published.approximate)!;
    const $ = page$(`/nam/${approximate.data.published.date.year}/`);
    const card = $(`.article-card:has(a[href="${articlePath(approximate.id)}"])`);
    expect(card.find('time').text()).toMatch(/^khoảng /);
  });
});

describe('the event timeline', () => {
  const yearPages = [...pages.keys()].filter((path) => /^\/dong-thoi-gian\/\d{4}\/$/.test(path)).sort();
  const eventLinks = yearPages.flatMap((path) => links(page$(path), '.event-list a.event-title', path));

  it('lists every event of every article exactly once, on its year\'s page', () => {
    const expected = articles.flatMap((article) => article.data.events.map((event) => `${articlePath(article.id)}#su-kien-${event.id}`));
    expect(sorted(eventLinks)).toEqual(sorted(expected));
    for (const path of yearPages) {
      const year = Number(path.split('/')[2]);
      const starts = page$(path)('.event-list .event-date time').map((_index, element) => page$(path)(element).attr('datetime')!).get();
      expect(starts.every((start) => start.startsWith(String(year))), path).toBe(true);
      // Dates at mixed precision ("2022", "2022-09", "2022-09-19") sort as text in date order.
      expect(starts, `${path} is in date order`).toEqual([...starts].sort());
    }
  });

  it('links each event to an element that exists in its article', () => {
    const missing = eventLinks.filter((link) => {
      const [path, id] = link.split('#');
      const file = fileForPath(path!);
      return !file || load(readFileSync(file, 'utf8'))(`[id="${id}"]`).length === 0;
    });
    expect(missing).toEqual([]);
  });

  it('marks planned events as planned', () => {
    const planned = articles.flatMap((article) => article.data.events.filter((event) => event.status === 'planned').map((event) => `${articlePath(article.id)}#su-kien-${event.id}`));
    expect(planned.length).toBeGreaterThan(0);
    for (const link of planned) {
      const path = yearPages.find((candidate) => page$(candidate)(`a.event-title[href="${link}"]`).length > 0)!;
      expect(page$(path)(`.event:has(a.event-title[href="${link}"]) .planned`).text()).toBe('dự kiến');
    }
  });
});

describe('a reader starting at the home page', () => {
  /** Article pages reached from home following only links into `section` (and the article links found there). */
  function reachable(section: string): string[] {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    const found = new Set<string>();
    while (queue.length > 0) {
      const path = queue.shift()!;
      for (const link of links(page$(path), 'main a[href]', path)) {
        const target = link.split('#')[0]!;
        if (target.startsWith('/bai-viet/')) found.add(target);
        else if (target.startsWith(section) && !seen.has(target) && pages.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    return sorted([...found]);
  }
  const all = (keep: (article: (typeof articles)[number]) => boolean) => sorted(articles.filter(keep).map((article) => articlePath(article.id)));

  it.each([
    ['by year', '/nam/', () => true],
    ['by topic', '/chu-de/', () => true],
    ['by partner', '/doi-tac/', (article: (typeof articles)[number]) => article.data.partners.length > 0],
    ['through the timeline', '/dong-thoi-gian/', (article: (typeof articles)[number]) => article.data.events.length > 0],
  ] as const)('reaches every article %s', (_name, section, keep) => {
    expect(reachable(section)).toEqual(all(keep));
  });
});

describe('abbreviations', () => {
  const terms = readGlossary().map((entry) => entry.term);

  it('the glossary page lists every term', () => {
    const listed = page$('/thuat-ngu/')('.glossary dt').map((_index, element) => page$('/thuat-ngu/')(element).text().trim()).get();
    expect(sorted(listed)).toEqual(sorted(terms));
  });

  it.each(articles.map((article) => article.id))('%s links each term once to its glossary entry, named with its expansion, never in a heading', (id) => {
    const $ = page$(articlePath(id));
    const marked = $('.article-body abbr').map((_index, element) => $(element).text()).get();
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked).size).toBe(marked.length);
    expect(marked.every((term) => terms.includes(term))).toBe(true);
    const glossary$ = page$('/thuat-ngu/');
    const links = $('.article-body a.abbr-link')
      .map((_index, element) => {
        const term = $(element).children('abbr').text();
        const [path, anchor] = ($(element).attr('href') ?? '').split('#');
        const entry = glossary$(`[id="${anchor}"] dt`).text().trim();
        return { term, path, entry, label: ($(element).attr('aria-label') ?? '').startsWith(`${term} – `) };
      })
      .get();
    expect(links).toEqual(marked.map((term) => ({ term, path: '/thuat-ngu/', entry: term, label: true })));
    expect($('.article-body :is(h1, h2, h3, h4) abbr').length).toBe(0);
  });
});

describe('browse pages ship no JavaScript', () => {
  const browsePaths = [...pages.keys()].filter((path) => path === '/' || /^\/(chu-de|nam|doi-tac|dong-thoi-gian|thuat-ngu)\//.test(path));
  it.each(browsePaths)('%s', (path) => {
    const $ = page$(path);
    expect($('script:not([type="application/ld+json"])').length).toBe(0);
  });
});
