/**
 * The event-anchor plugin in the site's own order (remarkBodyModel, then
 * remark-rehype, rehype-raw, rehypeEventAnchors): the anchor lands on the
 * block locateQuote names, whatever kind of block it is.
 */
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeEventAnchors } from '../../../src/markdown/rehype-event-anchors.ts';
import { remarkBodyModel } from '../../../src/markdown/remark-body-model.ts';

const pipeline = unified().use(remarkParse).use(remarkGfm).use(remarkBodyModel).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeEventAnchors);

async function render(body: string, events: { id: string; quote: string }[], lead?: string): Promise<{ html: string; file: VFile }> {
  const file = new VFile({ value: body, data: { astro: { frontmatter: { events, lead } } } });
  const tree = (await pipeline.run(pipeline.parse(file), file)) as Root;
  return { html: toHtml(tree), file };
}

const body = [
  'Đoạn mở đầu về hợp tác.',
  '#### Hội nghị ISO lần thứ 45 tại Riyadh',
  '- Ký Bản ghi nhớ với INSO;\n- Làm việc với **SASO** về Halal.',
  '<figure class="photo-caption"><figcaption>Lễ ký MoU với Belarus.</figcaption></figure>',
  'Đoạn kết, **có chữ đậm**.',
].join('\n\n');

const anchor = (id: string) => `<span id="su-kien-${id}" class="event-anchor"></span>`;

describe('rehypeEventAnchors', () => {
  it.each([
    ['a paragraph', 'Đoạn mở đầu', `<p class="reports-event">${anchor('e')}Đoạn mở đầu`],
    ['a level-4 heading', 'Hội nghị ISO lần thứ 45', `<h4 class="reports-event">${anchor('e')}Hội nghị ISO`],
    ['a list item', 'Làm việc với SASO về Halal', `<li class="reports-event">${anchor('e')}Làm việc với <strong>SASO</strong>`],
    ['a caption', 'Lễ ký MoU với Belarus', `<figcaption class="reports-event">${anchor('e')}Lễ ký MoU`],
    ['a paragraph whose quote spans an emphasis', 'Đoạn kết, có chữ đậm', `<p class="reports-event">${anchor('e')}Đoạn kết, <strong>`],
  ])('anchors a quote in %s at that block', async (_kind, quote, expected) => {
    const { html } = await render(body, [{ id: 'e', quote }]);
    expect(html).toContain(expected);
    expect(html.match(/event-anchor/g)).toHaveLength(1);
  });

  it('puts two events reported by one block on that block, in their order', async () => {
    const { html } = await render(body, [
      { id: 'mot', quote: 'Ký Bản ghi nhớ với INSO' },
      { id: 'hai', quote: 'Hội nghị ISO' },
      { id: 'ba', quote: 'Ký Bản ghi nhớ' },
    ]);
    expect(html).toContain(`<li class="reports-event">${anchor('mot')}${anchor('ba')}Ký Bản ghi nhớ`);
    expect(html).toContain(`<h4 class="reports-event">${anchor('hai')}`);
  });

  it('leaves events quoted from the lead to the page, and quotes it cannot place to the validator', async () => {
    const { html } = await render(body, [
      { id: 'sapo', quote: 'Tháng 9/2015' },
      { id: 'khong-co', quote: 'Không có trong bài' },
      { id: 'hai-noi', quote: 'Đoạn' },
      { id: 'dau-sao', quote: '**SASO**' },
    ], 'Tháng 9/2015, Liên Hợp Quốc thông qua Chương trình nghị sự 2030.');
    expect(html).not.toContain('event-anchor');
  });

  it('hands the body model to the archive through the frontmatter Astro keeps', async () => {
    const { file } = await render(body, []);
    const kept = (file.data.astro?.frontmatter as { bodyModel: { blocks: { kind: string }[] } }).bodyModel;
    expect(kept.blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'list-item', 'list-item', 'caption', 'paragraph']);
  });
});
