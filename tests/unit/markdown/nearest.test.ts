import { describe, expect, it } from 'vitest';
import { nearestIds, nearestPassage } from '../../../src/markdown/nearest.ts';
import { droppedSentenceMessage } from '../../../src/content/capture-fidelity.ts';
import { articleSchema } from '../../../src/content/schema.ts';
import { parseBody } from '../../../src/markdown/body-model.ts';

describe('nearestIds', () => {
  it('suggests the ids a typo is near, nearest first, and none for a new name', () => {
    expect(nearestIds('isoo', ['iso', 'iec', 'inso', 'apo'])).toEqual(['iso']);
    expect(nearestIds('xe-dine', ['xe-dien', 'halal'])).toEqual(['xe-dien']);
    expect(nearestIds('to-chuc-moi-hoan-toan', ['iso', 'apo'])).toEqual([]);
  });
});

describe('nearestPassage', () => {
  it('shows the passage that agrees longest with the quote, the first differing character marked', () => {
    expect(nearestPassage('Hội thảo thử nghiệm điễn ra', ['Đoạn khác.', 'Hội thảo thử nghiệm diễn ra ngày 4/6.'])).toEqual({
      marked: 'Hội thảo thử nghiệm ⟦d⟧iễn ra',
      at: 21,
      found: 'd',
      quoted: 'đ',
    });
  });

  it('gives nothing when no passage is near', () => {
    expect(nearestPassage('Một câu hoàn toàn khác', ['Hội thảo thử nghiệm.'])).toBeUndefined();
  });
});

describe('droppedSentenceMessage', () => {
  const data = articleSchema.parse({ title: 'Tiêu đề', published: { date: '2024' }, source: { name: 'X', capture: 'c.txt', furniture: ['Chia sẻ'] }, topics: ['t'] });
  const capture = 'Tiêu đề\nCâu một. Câu hai.\nChia sẻ\nCâu ba.\nvideo hot\n';

  it('names the capture line and the first sentence the article drops, and how many others', () => {
    expect(droppedSentenceMessage(capture, data, parseBody('Câu một.'))).toBe(
      'câu ở dòng 2 của bản lưu “c.txt” không có nguyên văn trong bài: “Câu hai.” (và 1 câu khác, dòng 4); chép lại câu đó vào bài, hoặc ghi dòng đó vào source.furniture nếu nó là phần trang web',
    );
  });

  it('accepts an article that keeps every sentence outside the furniture (listed and known)', () => {
    expect(droppedSentenceMessage(capture, data, parseBody('Câu một. Câu hai.\n\nCâu ba.'))).toBeUndefined();
  });
});
