/**
 * The glossary, read in one place for its two readers: astro.config.mjs
 * hands it to the abbreviation plugin (which runs while Markdown renders,
 * before any collection can be queried), and the archive loader puts it on
 * the glossary page. Each entry passes the real schema; a bad one stops the
 * build naming content/glossary.yaml and the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, type ContentProblem } from './content-error.ts';
import { glossarySchema, type GlossaryData } from './schema.ts';
import { parseYamlList } from './yaml-list.ts';

export const GLOSSARY_FILE = 'content/glossary.yaml';

export function readGlossary(root = process.cwd()): GlossaryData[] {
  // Terms may differ only in case ("MoU" and "MOU" both occur): compared exactly.
  const records = parseYamlList(readFileSync(join(root, GLOSSARY_FILE), 'utf8'), GLOSSARY_FILE, 'term', 'exact');
  const problems: ContentProblem[] = [];
  const entries = records.flatMap(({ data }, index) => {
    const parsed = glossarySchema.safeParse(data);
    if (parsed.success) return [parsed.data];
    for (const issue of parsed.error.issues) {
      const field = issue.path.length > 0 ? `[${index}].${issue.path.join('.')}` : `[${index}]`;
      problems.push({ file: GLOSSARY_FILE, field, message: issue.message });
    }
    return [];
  });
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}
