/**
 * The pictures a Markdown body refers to by a relative path (as the
 * importer writes them: ./<id>/anh-1.jpg), so the build can name an article
 * whose picture is missing instead of failing in Vite without a name.
 */
import type { Nodes } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';

const parser = remark().use(remarkGfm);

export function localImages(markdown: string): string[] {
  const found: string[] = [];
  const visit = (node: Nodes) => {
    if ((node.type === 'image' || node.type === 'definition') && !/^([a-z]+:|\/|#)/i.test(node.url)) found.push(node.url);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(parser.parse(markdown));
  return found;
}
