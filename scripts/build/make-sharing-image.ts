/**
 * Makes public/og-default.png, the 1200×630 card social networks show when a
 * page of the archive is shared. Run by hand when the wording or colours
 * change (the PNG is committed, so builds need neither fonts nor a browser):
 *
 *   npx node scripts/build/make-sharing-image.ts
 *
 * Debian's Chromium renders it with the Noto fonts from fonts-noto-core,
 * embedded by content (a page set from a string may not read file: URLs) so
 * no other font can stand in for a missing Vietnamese glyph.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { siteName, publisherName } from '../../src/publish/site.ts';

const font = (file: string) => `url(data:font/ttf;base64,${readFileSync(`/usr/share/fonts/truetype/noto/${file}`).toString('base64')})`;
const card = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@font-face { font-family: Card Sans; src: ${font('NotoSans-Regular.ttf')}; }
@font-face { font-family: Card Sans; font-weight: 700; src: ${font('NotoSans-Bold.ttf')}; }
@font-face { font-family: Card Serif; font-weight: 700; src: ${font('NotoSerif-Bold.ttf')}; }
html, body { margin: 0; width: 1200px; height: 630px; }
body { box-sizing: border-box; padding: 64px 80px 56px; background: #fbfaf7; color: #1c1d1f;
  border-top: 24px solid #9b1c1c; font-family: Card Sans; display: flex; flex-direction: column; }
.mark { align-self: flex-start; background: #9b1c1c; color: #fff; font-weight: 700; font-size: 34px;
  letter-spacing: 0.04em; padding: 6px 18px; border-radius: 8px; }
h1 { font-family: Card Serif; font-size: 84px; line-height: 1.12; margin: 48px 0 0; }
.publisher { font-size: 36px; margin: 28px 0 0; color: #55585e; }
.topics { margin: auto 0 0; font-size: 30px; color: #9b1c1c; font-weight: 700; border-top: 2px solid #d9d6cf; padding-top: 24px; }
</style></head><body>
<div class="mark">TCĐLCL</div>
<h1>${siteName.replace(' TCĐLCL', '')}</h1>
<p class="publisher">${publisherName}</p>
<p class="topics">Tiêu chuẩn · Đo lường · Chất lượng · Đối tác quốc tế</p>
</body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(card, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: 'public/og-default.png', type: 'png' });
  console.log('wrote public/og-default.png');
} finally {
  await browser.close();
}
