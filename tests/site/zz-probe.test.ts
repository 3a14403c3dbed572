import { test } from 'vitest';
import { nodeSearch } from '../helpers/node-search.ts';
import { syntheticSearchSite } from '../helpers/synthetic-search-site.ts';
import { indexWords } from '../../src/search/core/index-words.ts';
test('probe', async () => {
  const s = await nodeSearch(process.env.SITE ?? (await syntheticSearchSite()));
  const p = s.periods.find((x) => x.summary.key === (process.env.KEY ?? s.periods[0]!.summary.key))!;
  for (const t of (process.env.TERMS ?? '').split(',')) console.log(t, JSON.stringify([...(await p.hits([{ word: 0, term: t, kind: 'folded', form: 'x' }]))[0]!.pages].slice(0, 8)));
  for (const r of (process.env.RANKS ?? '').split(',').filter(Boolean)) {
    const c = (await p.fragment(Number(r))).content;
    const w = indexWords(c);
    const re = new RegExp(process.env.GREP ?? 'xx');
    console.log(r, w.map((x, i) => [i, x.join('|')]).filter(([, x]) => re.test(x as string)).map((x) => x.join(':')).join('  '));
  }
}, 60000);
