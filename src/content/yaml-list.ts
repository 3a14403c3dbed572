/**
 * Reads a YAML file that holds a list of records (partners, topics, glossary).
 * Astro's file() loader only logs a parse error and carries on with an empty
 * collection, and lets a duplicate id overwrite the first; an archive must
 * stop instead, so this parser throws a ContentError naming file and field.
 */
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { ContentError } from './content-error.ts';
import { slugify } from '../urls/slug.ts';

export interface YamlRecord {
  id: string;
  data: Record<string, unknown>;
}

/**
 * `idKey` names the field that identifies a record. Ids that become URLs
 * must not clash even after slugging; glossary terms (no URL of their own)
 * may differ only in case, as "MoU" and "MOU" do in the texts.
 */
export function parseYamlList(text: string, file: string, idKey = 'id', compareAs: 'slug' | 'exact' = 'slug'): YamlRecord[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const [syntaxError] = document.errors;
  if (syntaxError) {
    throw new ContentError([{ file, field: '(YAML syntax)', message: syntaxError.message.split('\n')[0]! }]);
  }
  const data: unknown = document.toJS();
  // Editors find a record by its line, not by its index in the list.
  const lineOf = (index: number): number | undefined => {
    const offset = isSeq(document.contents) ? document.contents.items[index]?.range?.[0] : undefined;
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  if (!Array.isArray(data)) {
    throw new ContentError([{ file, field: '(top level)', message: 'phải là một danh sách YAML các mục ("- id: ...")' }]);
  }
  const firstIndexBySlug = new Map<string, number>();
  return data.map((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new ContentError([{ file, field: `[${index}]`, message: 'phải là một mục có các trường có tên' }]);
    }
    const id = (item as Record<string, unknown>)[idKey];
    if (typeof id !== 'string' || id.trim() === '') {
      throw new ContentError([{ file, field: `[${index}].${idKey}`, message: 'thiếu hoặc không phải văn bản' }]);
    }
    // Two ids that differ only in case or tone marks would share a URL.
    const slug = compareAs === 'slug' ? slugify(id) : id;
    const earlier = firstIndexBySlug.get(slug);
    if (earlier !== undefined) {
      throw new ContentError([
        {
          file,
          field: `[${index}].${idKey}`,
          message: `"${id}" trùng với [${earlier}].${idKey} (cả hai thành "${slug}"; dòng ${lineOf(index)} và ${lineOf(earlier)})`,
        },
      ]);
    }
    firstIndexBySlug.set(slug, index);
    return { id, data: item as Record<string, unknown> };
  });
}
