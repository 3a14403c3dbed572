/** The source line says a home page is a home page, links only an article's own address, and never shows a placeholder as a name. */
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/content/schema.ts';
import { sourceLine } from '../../../src/publish/source-line.ts';

const source = (fields: Record<string, unknown>) => articleSchema.parse({ title: 'Tin', published: { date: '2023' }, topics: ['t'], source: { capture: 'x.txt', ...fields } }).source;

describe('sourceLine', () => {
  it('links the name to the article when its own address is known', () => {
    expect(sourceLine(source({ name: 'VietQ.vn', url: 'https://vietq.vn/bai-a.html', site: 'https://vietq.vn' }))).toEqual({
      label: 'VietQ.vn',
      named: true,
      articleUrl: 'https://vietq.vn/bai-a.html',
      captured: 'không rõ ngày lưu',
    });
  });

  it('names a site known only by its home page as a home page, with no article link', () => {
    const line = sourceLine(source({ name: 'VietQ.vn', site: 'https://www.vietq.vn/' }));
    expect(line).not.toHaveProperty('articleUrl');
    expect(line.site).toEqual({ url: 'https://www.vietq.vn/', label: 'trang chủ vietq.vn' });
  });

  it('says the source names no publication instead of inventing one', () => {
    expect(sourceLine(source({}))).toMatchObject({ label: 'bài gốc không ghi nơi đăng', named: false });
  });

  it('gives the capture date at its precision when known', () => {
    expect(sourceLine(source({ capturedAt: '5/12/2026' })).captured).toBe('bản lưu ngày 5/12/2026');
    expect(sourceLine(source({ capturedAt: '12/2026' })).captured).toBe('bản lưu tháng 12/2026');
  });
});

describe('the source schema', () => {
  it('refuses a home page as the article\'s own address, and an article address as the site, naming the field', () => {
    const url = articleSchema.safeParse({ title: 'Tin', published: { date: '2023' }, topics: ['t'], source: { capture: 'x.txt', url: 'https://vietq.vn/' } });
    expect(url.success).toBe(false);
    expect(url.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['source.url', 'là địa chỉ trang chủ, không phải địa chỉ bài viết: ghi vào source.site']]);
    const site = articleSchema.safeParse({ title: 'Tin', published: { date: '2023' }, topics: ['t'], source: { capture: 'x.txt', site: 'https://vietq.vn/a.html' } });
    expect(site.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['source.site']);
  });
});
