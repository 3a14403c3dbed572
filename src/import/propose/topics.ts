/**
 * Topics from content/topics.yaml whose label (or the label's first part,
 * before "và") the text uses, the four it uses most; when none does, the
 * one whose label words occur most. Always a guess for the editor to check.
 */
import type { TopicData } from '../../content/schema.ts';
import { foldVietnamese } from '../../urls/slug.ts';

const fold = (text: string) => foldVietnamese(text).toLowerCase();

export function proposeTopics(text: string, topics: readonly TopicData[]): string[] {
  const folded = fold(text);
  const uses = (topic: TopicData) => folded.split(fold(topic.label).split(' va ')[0]!).length - 1;
  const named = topics.filter((topic) => uses(topic) > 0).sort((a, b) => uses(b) - uses(a)).slice(0, 4);
  if (named.length > 0) return named.map((topic) => topic.id);
  const score = (topic: TopicData) => fold(topic.label).split(/\s+/).filter((word) => word.length > 2 && folded.includes(word)).length;
  const best = [...topics].sort((a, b) => score(b) - score(a))[0];
  return best ? [best.id] : [];
}
