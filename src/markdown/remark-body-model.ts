/**
 * Remark plugin: models each article body from the syntax tree Astro has
 * just parsed, so no body is parsed twice. The model goes two ways:
 * - to the rehype plugins of the same render (file.data.bodyModel), which find
 *   each block's element by its source offset;
 * - to the archive, through the frontmatter Astro keeps with the rendered entry
 *   (entry.rendered.metadata.frontmatter.bodyModel, the channel Astro documents
 *   for values computed by remark plugins), where the validator and the archive
 *   builder read it.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { bodyModelOf, type BodyModel } from './body-model.ts';

declare module 'vfile' {
  interface DataMap {
    bodyModel: BodyModel;
  }
}

/** Where the archive finds the model of a rendered entry. */
export const BODY_MODEL_KEY = 'bodyModel';

export function remarkBodyModel() {
  return (tree: Root, file: VFile) => {
    const model = bodyModelOf(tree);
    file.data.bodyModel = model;
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, [BODY_MODEL_KEY]: model };
  };
}
