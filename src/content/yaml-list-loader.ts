/** An Astro content loader over parseYamlList: a bad file stops the build. */
import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { parseYamlList } from './yaml-list.ts';

export function yamlListLoader(file: string): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ store, parseData, config, watcher }) => {
      const url = new URL(file, config.root);
      const records = parseYamlList(await readFile(url, 'utf8'), file);
      store.clear();
      for (const record of records) {
        const data = await parseData({ id: record.id, data: record.data, filePath: file });
        store.set({ id: record.id, data, filePath: file });
      }
      watcher?.add(url.pathname);
    },
  };
}
