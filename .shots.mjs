import { chromium } from 'playwright-core';
const base = process.argv[2];
const paths = process.argv.slice(3);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [scheme, width] of [['dark', 375], ['light', 1280]]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
  const page = await context.newPage();
  for (const path of paths) {
    await page.goto(base + path);
    const name = path.replace(/\//g, '_') || 'home';
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const chunk = width < 500 ? 1300 : 1400;
    for (let y = 0, part = 1; y < height; y += chunk, part++) {
      await page.screenshot({ path: `/tmp/pages-shots/${name}-${width}-${scheme}-${part}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(chunk, height - y) } });
    }
    await page.locator('footer').screenshot({ path: `/tmp/pages-shots/${name}-footer-${width}-${scheme}.png` });
  }
  await context.close();
}
await browser.close();
