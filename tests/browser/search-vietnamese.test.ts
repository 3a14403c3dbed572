/**
 * Vietnamese queries against the real built index in Chromium: with and
 * without tone marks, "d" for "đ". Pagefind matches loosely, so each row
 * checks what ranks first and which words are highlighted, not only which
 * articles come back.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { ARTICLES, openSearch, shownResults, useSearchSite, watchErrors } from './search-support.ts';

const lower = (texts: string[]) => texts.map((text) => text.toLowerCase());

describe.skipIf(!hasChromium)('Vietnamese search in Chromium', () => {
  const searchSite = useSearchSite();

  // query → the article that must rank first, a phrase its excerpt must highlight, articles that must also be found
  it.each([
    ['xe dien', ARTICLES.thucDay, 'xe điện', []],
    ['xe điện', ARTICLES.thucDay, 'xe điện', []],
    ['XE DIEN', ARTICLES.thucDay, 'xe điện', []],
    ['Da Nang', ARTICLES.thucDay, 'đà nẵng', []],
    ['da nang', ARTICLES.thucDay, 'đà nẵng', []],
    ['Đà Nẵng', ARTICLES.thucDay, 'đà nẵng', []],
    ['do luong', ARTICLES.thucDay, 'đo lường', [ARTICLES.hoiNhap, ARTICLES.dienDan]],
    ['hop tac quoc te', ARTICLES.thucDay, 'hợp tác quốc tế', [ARTICLES.hoiNhap]],
    ['hoi nhap quoc te', ARTICLES.hoiNhap, 'hội nhập quốc tế', []],
    ['dien dan iso', ARTICLES.dienDan, 'diễn đàn iso', []],
    ['ulrika francke', ARTICLES.dienDan, 'ulrika francke', []],
    ['nẵng', ARTICLES.thucDay, 'nẵng', []],
    ['dam bao chat luong', ARTICLES.hoiNhap, 'đảm bảo chất lượng', []],
    ['dap ung', ARTICLES.hoiNhap, 'đáp ứng', []],
  ])('%j ranks %s first, highlighting %j', async (query, first, phrase, alsoFound) => {
    const page = await searchSite().newPage();
    const errors = watchErrors(page);
    await openSearch(page, searchSite().site, `?q=${encodeURIComponent(query)}`);
    const results = await shownResults(page);
    expect(results[0]?.href).toContain(`/${first}`);
    expect(lower(results[0]!.marked)).toContain(phrase);
    for (const other of alsoFound) expect(results.map((result) => result.href).join(' ')).toContain(`/${other}`);
    expect(errors).toEqual([]);
    await searchSite().done(page);
  });

  it('"năng" typed with marks: articles with "năng" itself come first and highlight only it; "nâng"/"Nẵng" only after', async () => {
    const page = await searchSite().newPage();
    await openSearch(page, searchSite().site, '?q=năng');
    const marks = (await shownResults(page)).map((result) => [...new Set(lower(result.marked))]);
    const exact = marks.filter((marked) => marked.includes('năng'));
    expect(exact.length).toBeGreaterThan(0);
    expect(marks.slice(0, exact.length)).toEqual(exact.map(() => ['năng']));
    for (const marked of marks.slice(exact.length)) expect(marked).not.toContain('năng');
    await searchSite().done(page);
  });

  it('"xe dien" shows the real words "xe điện" marked in the excerpt and the title', async () => {
    const page = await searchSite().newPage();
    await openSearch(page, searchSite().site, '?q=xe+dien');
    const excerpt = await page.locator('[data-result-excerpt]').first().textContent();
    expect(excerpt).toContain('xe điện');
    expect(excerpt).not.toContain('xe dien');
    await searchSite().done(page);
  });

  it('closes Pagefind\'s d/đ gap: "dam" finds nothing in Pagefind alone, and "đảm"/"đàm" on the search page', async () => {
    const page = await searchSite().newPage();
    await openSearch(page, searchSite().site, '?q=dam');
    const direct = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      return (await pagefind.search('dam')).results.length;
    })()`);
    expect(direct).toBe(0);
    const results = await shownResults(page);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(lower(result.marked).every((word) => ['đảm', 'đàm'].includes(word))).toBe(true);
    expect(lower(results.flatMap((result) => result.marked))).toContain('đảm');
    await searchSite().done(page);
  });

  it('indexes the article titles and texts only, not navigation, byline or other page chrome', async () => {
    const page = await searchSite().newPage();
    await page.goto(`${searchSite().site.url}tim-kiem/`);
    const phrases = [
      'Diễn đàn ISO Châu Á', // a title: indexed
      'Bỏ qua, đến nội dung chính', // skip link
      'Dòng thời gian', // navigation
      'Sự kiện trong bài', // section after the article
      'đề do biên tập viên đặt', // the "editorial title" badge inside the <h1>
      'đọckhoảng', // the byline, whose <dt>/<dd> Pagefind would glue into one word ("Thời gian đọckhoảng 6 phút")
    ];
    // Quoted, Pagefind matches the exact phrase instead of every word loosely. Every period's
    // index is asked (each is a "language" of the one bundle), one after the other: instances
    // must not load the engine at the same time (src/search/browser/pagefind.ts).
    // A string, so Vitest leaves import() alone.
    const counts = await page.evaluate(`(async (phrases) => {
      const pagefind = await import('/pagefind/pagefind.js');
      const entry = await (await fetch('/pagefind/pagefind-entry.json')).json();
      const root = document.documentElement;
      const counts = phrases.map(() => 0);
      for (const language of Object.keys(entry.languages)) {
        root.lang = language;
        const index = pagefind.createInstance({ basePath: '/pagefind/', noWorker: true });
        root.lang = 'vi';
        for (const [at, phrase] of phrases.entries()) counts[at] += (await index.search('"' + phrase + '"')).results.length;
      }
      return counts;
    })(${JSON.stringify(phrases)})`);
    expect(counts).toEqual([1, 0, 0, 0, 0, 0]);
    await searchSite().done(page);
  });

  it('opening a result highlights the searched words in the article, with no script on the article page', async () => {
    const page = await searchSite().newPage({ viewport: { width: 375, height: 700 } });
    await openSearch(page, searchSite().site, '?q=pin+xe+dien');
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.locator('[data-result-link]').first().click();
    await page.waitForURL(`**/${ARTICLES.thucDay}**`);
    expect(decodeURIComponent(page.url())).toContain('#:~:text=pin xe điện');
    // The browser scrolls to the highlighted words: they are on screen, far below the top.
    await page.waitForFunction(() => window.scrollY > 300);
    const onScreen = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.includes('pin xe điện')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const box = range.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      }
      return false;
    });
    expect(onScreen).toBe(true);
    expect(scripts).toEqual([]);
    await searchSite().done(page);
  });
});
