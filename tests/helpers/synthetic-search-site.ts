/**
 * A synthetic archive for the search oracle: 1,050 articles in three
 * periods (one year each), each made of one to four of the real articles'
 * paragraphs and a line with a date and some of the abbreviations and
 * names Vietnamese texts carry ("NĐ-CP", "QĐ-TĐC", "Hàn Quốc"), seeded so
 * every run builds the same site (search-fixture-site.ts builds it with
 * the build's own indexer).
 */
import { readCorpus } from '../../scripts/bench/archive/corpus.ts';
import { seededRandom } from '../../scripts/bench/archive/random.ts';
import { projectRoot } from '../../scripts/shared/content-files.ts';
import { searchFixtureSite, type FixturePage } from './search-fixture-site.ts';

const SYNTHETIC = [
  { key: '2023', year: 2023, count: 400 },
  { key: '2022', year: 2022, count: 350 },
  { key: '2021', year: 2021, count: 300 },
];
const ABBREVIATIONS = ['TCĐLCL', 'NĐ-CP', 'QĐ-TĐC', 'Covid-19', 'ĐBSCL', 'TĐC', 'QCVN', 'ISO/IEC 17025', 'Hàn Quốc', 'Đà Nẵng', 'đo lường', 'xe điện'];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function syntheticPages(count: number, prefix: string, seed: number): FixturePage[] {
  const corpus = readCorpus(projectRoot);
  const random = seededRandom(seed);
  const paragraphs = corpus.blocks.filter((block) => block.isParagraph).map((block) => block.text);
  return Array.from({ length: count }, (_item, index) => {
    const date = `${random.integer(1, 28)}/${random.integer(1, 12)}/${random.integer(2015, 2024)}`;
    const extra = random.sample(ABBREVIATIONS, random.integer(0, 3)).join(', ');
    const text = [...random.sample(paragraphs, random.integer(1, 4)), `Ngày ${date}: ${extra}.`].join(' ');
    return {
      id: `${prefix}-${index}`,
      title: escapeHtml(random.pick(corpus.titles)),
      text: escapeHtml(text),
      topics: random.sample(corpus.topicIds, random.integer(0, 2)),
      partners: random.sample(corpus.partnerIds, random.integer(0, 2)),
    };
  });
}

/** Writes the synthetic site into a new temporary folder and returns it. */
export const syntheticSearchSite = (): Promise<string> =>
  searchFixtureSite(SYNTHETIC.map(({ key, year, count }, index) => ({ key, year, pages: syntheticPages(count, `bai-${key}`, 100 + index) })));
