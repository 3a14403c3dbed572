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
    [{ id: 'a', published: '2023', topics: ['halal', 'khong-co'] }, 'content/articles/a.md → topics[1]: unknown topic'],
    [{ id: 'a', published: '2023', partners: ['isoo'] }, 'content/articles/a.md → partners[0]: unknown partner "isoo"'],
    [
      { id: 'a', published: '2023', events: [{ id: 'e', date: '2023', partners: ['apo'], quote: 'Đoạn văn đầu tiên' }] },
      'content/articles/a.md → events[0].partners[0]: "apo" is not in the article\'s partners list',
    ],
    [
      { id: 'a', published: '2023', events: [{ id: 'e', date: '2023', partners: ['nope'], quote: 'Đoạn văn đầu tiên' }] },
      'content/articles/a.md → events[0].partners[0]: unknown partner "nope"',
    ],
    [{ id: 'a', published: '2023', events: [{ id: 'e', date: '2023', quote: 'Không có trong bài' }] }, 'content/articles/a.md → events[0].quote: is not found word for word'],
    [{ id: 'a', published: '2023', events: [{ id: 'e', date: '2023', quote: 'Đoạn văn' }] }, 'content/articles/a.md → events[0].quote: appears in 2 paragraphs'],
    [
      {
        id: 'a',
        published: '2023',
        events: [
          { id: 'e', date: '2023', quote: 'Đoạn văn đầu' },
          { id: 'e', date: '2023', quote: 'Đoạn văn thứ' },
        ],
      },
      'content/articles/a.md → events[1].id: "e" is used by another event',
    ],
    [{ id: 'Bai-Hoa', published: '2023' }, 'content/articles/Bai-Hoa.md → (file name): "Bai-Hoa" must be lower-case ASCII'],
  ])('%# reports %s', (options, expected) => {
    expect(problemsOf(article(options)).join('\n')).toContain(expected);
  });

  it('reports a missing source capture', () => {
    const broken = article({ id: 'a', published: '2023' });
    broken.data.source.capture = 'khong-co.txt';
    expect(problemsOf(broken).join('\n')).toContain('content/articles/a.md → source.capture: "khong-co.txt" is not a file in content/sources/');
  });

  it('reports two articles whose file names give the same URL', () => {
    const lines = problemsOf(article({ id: 'hop-tac', published: '2023' }), article({ id: 'Hop-Tac', published: '2023' }));
    expect(lines.join('\n')).toContain('content/articles/Hop-Tac.md → (file name): has the same URL slug "hop-tac" as content/articles/hop-tac.md');
  });
});
