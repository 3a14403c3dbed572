/** What the importer must know of the project it imports into (read by scripts/import/project-state.ts). */
import type { GlossaryData, PartnerData, TopicData } from '../content/schema.ts';

export interface ProjectState {
  partners: readonly PartnerData[];
  topics: readonly TopicData[];
  glossary: readonly GlossaryData[];
  /** Every article already in content/articles/, with its reader text (title, lead, body). */
  articles: readonly { id: string; text: string }[];
  /** The bytes of content/sources/<name>, or undefined when there is none. */
  sourceFile: (name: string) => Uint8Array | undefined;
  /** True when content/articles/<name> (a file or folder) exists. */
  articleExists: (name: string) => boolean;
}
