/**
 * One synthetic article: real paragraphs in a new order, valid frontmatter
 * (Vietnamese dates of every precision, real topic and partner ids) and
 * events whose quote stands in exactly one paragraph, as validate.ts demands.
 */
import { stringify } from 'yaml';
import { slugify } from '../../../src/urls/slug.ts';
import type { BodyModel } from '../../../src/markdown/body-model.ts';
import { locateQuote } from '../../../src/markdown/quote-location.ts';
import type { Block, Corpus } from './corpus.ts';
import type { Random } from './random.ts';

export const FIRST_YEAR = 2010;
export const LAST_YEAR = 2024;
export const CAPTURE_FILE = 'bench-capture.txt';
/** The stand-in capture's one line; each article lists it as furniture (not article text), so the build's word-for-word check passes. */
export const CAPTURE_TEXT = 'Bản thu giả lập cho phép đo hiệu năng: các bài viết tổng hợp được ghép từ đoạn văn của các bài thật.';

/** As the real articles' sources are written: a site known by its home page, a name alone, or none named. */
const SOURCES: { name?: string; site?: string }[] = [
  { name: 'tcvn.gov.vn', site: 'https://tcvn.gov.vn' },
  { name: 'VietQ.vn', site: 'https://vietq.vn' },
  { name: 'Tạp chí Tiêu chuẩn Đo lường Chất lượng' },
  {},
];
const AUTHORS = [{ name: 'Nguyễn Thị Hà', role: 'Vụ Hợp tác quốc tế' }, { name: 'Trần Quang Đức' }, { name: 'Lê Minh Anh', role: 'Phóng viên' }];

export interface SyntheticArticle {
  id: string;
  /** The whole .md file. */
  file: string;
  events: number;
}

function vietnameseDate(random: Random, year: number): string {
  const day = random.integer(1, 28);
  const month = random.integer(1, 12);
  const roll = random.next();
  if (roll < 0.6) return `${day}/${month}/${year}`;
  if (roll < 0.75) return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year} ${String(random.integer(6, 21)).padStart(2, '0')}:${String(random.integer(0, 59)).padStart(2, '0')}`;
  if (roll < 0.9) return `${month}/${year}`;
  return String(year);
}

const words = (text: string, from: number, count: number) => text.split(/\s+/).slice(from, from + count).join(' ');

/** A run of words from one paragraph that no other block (nor the lead) contains, or undefined. */
function uniqueQuote(random: Random, block: Block, lead: string | undefined, body: BodyModel): string | undefined {
  const total = block.text.split(/\s+/).length;
  for (let attempt = 0; attempt < 4; attempt++) {
    const length = Math.min(total, random.integer(6, 12));
    const quote = words(block.text, random.integer(0, total - length), length).replace(/[,.;:]$/, '');
    const location = locateQuote(quote, lead, body);
    if (typeof location !== 'string' && location.in === 'body') return quote;
  }
  return undefined;
}

function syntheticEvents(random: Random, blocks: Block[], lead: string | undefined, year: number, partners: string[]) {
  // The body's model is its blocks' models in order: the body is those blocks joined by blank lines.
  const body: BodyModel = { blocks: blocks.flatMap((block) => block.modelBlocks) };
  const events = [];
  for (const [index, block] of random.sample(blocks.filter((candidate) => candidate.isParagraph), random.integer(0, 4)).entries()) {
    const quote = uniqueQuote(random, block, lead, body);
    if (!quote) continue;
    const day = random.integer(1, 25);
    const month = random.integer(1, 12);
    events.push({
      id: `${slugify(words(block.text, 0, 5))}-${index + 1}`,
      title: words(block.text, 0, 10),
      date: `${day}/${month}/${year}`,
      ...(random.chance(0.3) ? { end: `${day + random.integer(1, 3)}/${month}/${year}` } : {}),
      status: random.chance(0.1) ? 'planned' : 'happened',
      partners: random.sample(partners, random.integer(0, 2)),
      quote,
    });
  }
  return events;
}

export function syntheticArticle(random: Random, corpus: Corpus, serial: number): SyntheticArticle {
  const year = random.integer(FIRST_YEAR, LAST_YEAR);
  const blocks = random.sample(corpus.blocks, random.integer(5, 27));
  const body = blocks.map((block) => block.markdown).join('\n\n');
  const lead = random.chance(0.5) ? random.pick(corpus.leads) : undefined;
  const title = random.chance(0.3) ? random.pick(corpus.titles) : words(random.pick(blocks).text, 0, random.integer(8, 16));
  const partners = random.sample(corpus.partnerIds, random.integer(0, 6));
  const events = syntheticEvents(random, blocks, lead, year, partners);
  const frontmatter = {
    title,
    titleEditorial: random.chance(0.2),
    ...(lead ? { lead } : {}),
    published: { date: vietnameseDate(random, year), approximate: random.chance(0.1) },
    source: { ...random.pick(SOURCES), capture: CAPTURE_FILE, furniture: [CAPTURE_TEXT] },
    ...(random.chance(0.3) ? { author: random.pick(AUTHORS) } : {}),
    topics: random.sample(corpus.topicIds, random.integer(1, 4)),
    partners,
    events,
    ...(random.chance(0.2) ? { notes: [{ kind: 'general', text: 'Bài viết tổng hợp phục vụ đo hiệu năng, ghép từ các đoạn văn có thật.' }] } : {}),
  };
  const id = `${slugify(words(title, 0, 8))}-${serial}`;
  return { id, file: `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}\n`, events: events.length };
}
