/**
 * Everything the importer proposes for the frontmatter, from what the
 * input says of itself and from the article's text, with the line the
 * report shows for each guess.
 */
import type { ProjectState } from '../project.ts';
import type { BodyModel } from '../../markdown/body-model.ts';
import type { Extracted } from '../read/extracted.ts';
import { candidateEvents } from './events.ts';
import { matchPartners, unknownOrganisations, type UnknownOrganisation } from './partners.ts';
import { proposeDate, type ProposedDate } from './publication-date.ts';
import { proposeSource, type ProposedSource } from './source.ts';
import { textDates } from './text-dates.ts';
import { proposeTopics } from './topics.ts';

export interface Proposal {
  published: ProposedDate;
  source: ProposedSource;
  author?: { name: string; role?: string };
  topics: string[];
  partners: string[];
  unknown: UnknownOrganisation[];
  /** Commented YAML lines of candidate events. */
  events: string[];
  notes: { kind: string; text: string }[];
  guesses: string[];
}

/** When nothing dates the article: the latest year its text names, else the year of the import, for the editor to correct. */
function undated(articleText: string, currentYear: number): ProposedDate {
  const years = [...articleText.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((match) => Number(match[0]));
  const year = years.length > 0 ? Math.max(...years) : currentYear;
  const from = years.length > 0 ? `năm muộn nhất bài nhắc tới (${year})` : `năm nhập bài (${year})`;
  return { date: String(year), approximate: true, basis: `Bản gốc không ghi ngày đăng và bài không nhắc ngày cụ thể nào; tạm ghi ${from}, biên tập viên cần xác định lại.`, inferred: true };
}

export function proposeFrontmatter(
  input: { extracted: Extracted; body: BodyModel; articleText: string; firstParagraph?: string; title: string; titleEditorial: boolean; currentYear: number },
  project: ProjectState,
): Proposal {
  const { extracted, articleText, title, titleEditorial } = input;
  const dates = textDates(input.body.blocks.flatMap((block) => block.text.split(/(?<=[.!?;…])\s+/)));
  const published = proposeDate(extracted.meta, dates) ?? undated(articleText, input.currentYear);
  const source = proposeSource(extracted.meta, extracted.lead, input.firstParagraph);
  const author = extracted.meta.signature ?? (extracted.meta.byline ? { name: extracted.meta.byline } : undefined);
  const topics = proposeTopics(articleText, project.topics);
  const partners = matchPartners(articleText, project.partners, project.glossary);
  const notes = [
    ...(titleEditorial ? [{ kind: 'reconstructed-title', text: 'Bản gốc không có dòng tiêu đề; tiêu đề được đặt từ câu đầu của bài (đề xuất, cần biên tập viên xem lại).' }] : []),
    ...(published.inferred ? [{ kind: 'dating', text: published.basis }] : []),
  ];
  const guesses = [
    titleEditorial ? `tiêu đề “${title}” (bản gốc không có tiêu đề)` : `tiêu đề “${title}”`,
    `ngày đăng ${published.date}${published.end ? `–${published.end}` : ''}${published.approximate ? ' (gần đúng)' : ''}: ${published.basis}`,
    source.name ? `nguồn “${source.name}”: từ ${source.basis}` : `nguồn: ${source.basis}`,
    ...(author ? [`tác giả “${author.name}”${author.role ? ` – ${author.role}` : ''}`] : []),
    `chủ đề: ${topics.join(', ') || '(chưa có)'}`,
    `đối tác: ${partners.join(', ') || '(không có)'}`,
    ...(dates.length > 0 ? [`${new Set(dates.map((date) => date.sentence)).size} câu có ngày tháng được ghi thành danh sách sự kiện gợi ý (dạng chú thích)`] : []),
  ];
  return { published, source, author, topics, partners, unknown: unknownOrganisations(articleText, project.partners, partners), events: candidateEvents(dates), notes, guesses };
}
