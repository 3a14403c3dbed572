/**
 * The raw material for synthetic articles: the real articles' paragraphs,
 * titles and leads, and the real topic and partner ids, read from the
 * repository's own content/ (never from outside the project).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseBody, type BodyBlock } from '../../../src/markdown/body-model.ts';
import { splitFrontmatter } from '../../shared/content-files.ts';

export interface Block {
  /** The block as Markdown, exactly as in the real article. */
  markdown: string;
  /** What a reader sees of it: its first block's text. */
  text: string;
  /** Its blocks in the body model (what event quotes are matched against). */
  modelBlocks: BodyBlock[];
  /** A plain paragraph (not a heading or a caption): fit to carry an event quote. */
  isParagraph: boolean;
}

export interface Corpus {
  blocks: Block[];
  titles: string[];
  leads: string[];
  topicIds: string[];
  partnerIds: string[];
}

function idsOf(file: string): string[] {
  const list = parse(readFileSync(file, 'utf8')) as { id: string }[];
  return list.map((item) => item.id);
}

export function readCorpus(projectRoot: string): Corpus {
  const articlesDir = join(projectRoot, 'content', 'articles');
  const corpus: Corpus = {
    blocks: [],
    titles: [],
    leads: [],
    topicIds: idsOf(join(projectRoot, 'content', 'topics.yaml')),
    partnerIds: idsOf(join(projectRoot, 'content', 'partners.yaml')),
  };
  for (const name of readdirSync(articlesDir).filter((file) => file.endsWith('.md')).sort()) {
    const { frontmatter, body } = splitFrontmatter(readFileSync(join(articlesDir, name), 'utf8'));
    const data = parse(frontmatter) as { title: string; lead?: string };
    corpus.titles.push(data.title);
    if (data.lead) corpus.leads.push(data.lead);
    for (const markdown of body.split(/\n\s*\n/).map((block) => block.trim())) {
      const modelBlocks = parseBody(markdown).blocks;
      const first = modelBlocks[0];
      if (!first) continue;
      corpus.blocks.push({ markdown, text: first.text, modelBlocks, isParagraph: first.kind === 'paragraph' && !first.html });
    }
  }
  if (corpus.blocks.length < 20) throw new Error(`only ${corpus.blocks.length} paragraphs in content/articles: too few to vary synthetic articles`);
  return corpus;
}
