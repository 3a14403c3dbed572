import { launchChromium } from './scripts/shared/chromium.ts';
import { serveStatic } from './scripts/shared/static-server.ts';
const site = await serveStatic('dist');
const browser = await launchChromium();
const shots: [string, number, 'light' | 'dark', string][] = [
  ['?q=iso', 375, 'dark', 'iso-375-dark'],
  ['?q=iso', 1280, 'light', 'iso-1280-light'],
  ['?q=xe+dien&doi-tac=iso', 375, 'light', 'xedien-iso-375'],
  ['?q=2023', 375, 'light', '2023-375'],
  ['?q=iso', 320, 'light', 'iso-320'],
];
for (const [search, width, scheme, name] of shots) {
  const page = await browser.newPage({ viewport: { width, height: 740 }, colorScheme: scheme });
  page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  await page.goto(`${site.url}tim-kiem/${search}`);
  await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-search-app]')?.dataset.searches ?? 0) > 0);
  const top = await page.locator('.search-result').first().evaluate((el) => el.getBoundingClientRect().top).catch(() => -1);
  const status = await page.locator('[data-search-status]').textContent();
  const bets = await page.locator('[data-search-best-bets]').evaluate((el) => (el as HTMLElement).hidden ? '(hidden)' : el.textContent);
  const clear = await page.locator('[data-search-clear] button').boundingBox();
  console.log(name, 'firstTop', top, '|', status, '|', bets, '| clear', JSON.stringify(clear));
  await page.screenshot({ path: `/tmp/sux2/${name}.png`, fullPage: false });
  await page.close();
}
await browser.close();
await site.close();
