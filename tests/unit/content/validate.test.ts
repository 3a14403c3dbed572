import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/content/content-error.ts';
import { findContentProblems } from '../../../src/content/validate.ts';
import { article, known } from '../../helpers/archive-fixtures.ts';

const problemsOf = (...articles: ReturnType<typeof article>[]) => findContentProblems(articles, known).map(formatProblem);

describe('findContentProblems', () => {
  it('accepts a consistent article', () => {
    expect(
      problemsOf(
        article({
          id: 'hop-tac-iso',
          published: '1/2/2023',
          partners: ['iso'],
          events: [{ id: 'hop', date: '1/1/2023', partners: ['iso'], quote: 'Đoạn văn thứ hai' }],
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    [{ id: 'a', published: '2023', topics: ['halal', 'khong-co'] }, 'content/articles/a.md → topics[1]: không có chủ đề "khong-co" trong content/topics.yaml'],
    [{ id: 'a', published: '2023', partners: ['isoo'] }, 'content/articles/a.md → partners[0]: không có đối tác "isoo" trong content/partners.yaml; có phải "iso"? (đối tác mới: thêm vào content/partners.yaml, xem README "Add a partner")'],
    [
      { id: 'a', published: '2023', events: [{ id: 'e', date: '2023', partners: ['apo'], quote: 'Đoạn văn đầu tiên' }] },
      'content/articles/a.md → events[0].partners[0]: "apo" không có trong danh sách partners của bài',
    ],
    [
      { id: 'a', published: '2023', events: [{ id: 'e', date: '2023', partners: ['nope'], quote: 'Đoạn văn đầu tiên' }] },
      'content/articles/a.md → events[0].partners[0]: không có đối tác "nope"',
    ],
    [{ id: 'a', published: '2023', events: [{ id: 'e', date: '2023', quote: 'Không có trong bài' }] }, 'content/articles/a.md → events[0].quote: không có nguyên văn'],
    [{ id: 'a', published: '2023', events: [{ id: 'e', date: '2023', quote: 'Đoạn văn' }] }, 'content/articles/a.md → events[0].quote: có trong 2 đoạn'],
    [
      {
        id: 'a',
        published: '2023',
        events: [
          { id: 'e', date: '2023', quote: 'Đoạn văn đầu' },
          { id: 'e', date: '2023', quote: 'Đoạn văn thứ' },
        ],
      },
      'content/articles/a.md → events[1].id: "e" đã được một sự kiện khác của bài dùng',
    ],
    [{ id: 'Bai-Hoa', published: '2023' }, 'content/articles/Bai-Hoa.md → (file name): "Bai-Hoa" phải là chữ thường không dấu (ASCII) nối bằng gạch ngang, ví dụ "bai-hoa"'],
  ])('%# reports %s', (options, expected) => {
    expect(problemsOf(article(options)).join('\n')).toContain(expected);
  });

  it('reports a missing source capture', () => {
    const broken = article({ id: 'a', published: '2023' });
    broken.data.source.capture = 'khong-co.txt';
    expect(problemsOf(broken).join('\n')).toContain('content/articles/a.md → source.capture: "khong-co.txt" không có trong content/sources/');
  });

  it('reports two articles whose file names give the same URL', () => {
    const lines = problemsOf(article({ id: 'hop-tac', published: '2023' }), article({ id: 'Hop-Tac', published: '2023' }));
    expect(lines.join('\n')).toContain('content/articles/Hop-Tac.md → (file name): có cùng đường dẫn "hop-tac" với content/articles/hop-tac.md');
  });
});
