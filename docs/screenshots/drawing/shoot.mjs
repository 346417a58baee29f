// Pictures of the heel drawing for issue 31: `node docs/screenshots/drawing/shoot.mjs old|new`
// after a release build. Writes <prefix>-<width>-<scheme>.png (the screen as a patient sees it:
// one place chosen, one pointed at) and <prefix>-views-<width>-<scheme>.png (the drawing alone).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, watchedPage, open } from '../../../tests/e2e/harness.mjs';

const prefix = process.argv[2] ?? 'new';
const OUT = path.dirname(fileURLToPath(import.meta.url));
const server = await serve();
const browser = await launch();
try {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark', ...(prefix === 'new' ? ['forced'] : [])]) {
      const options = { viewport: { width, height: width < 500 ? 800 : 900 }, serviceWorkers: 'block' };
      if (scheme === 'forced') Object.assign(options, { forcedColors: 'active', colorScheme: 'dark' });
      else options.colorScheme = scheme;
      const page = await watchedPage(browser, server.origin, options);
      await open(page, server.origin);
      await page.click('[data-action=start]');
      await page.locator('[data-region=achilles_insertion]:visible').first().click();
      await page.locator('[data-region=achilles_midportion]:visible').first().click();
      await page.locator('[data-region=retrocalcaneal_space]:visible').first().hover();
      await page.screenshot({ path: path.join(OUT, `${prefix}-${width}-${scheme}.png`) });
      await page.locator('.ht-views').screenshot({ path: path.join(OUT, `${prefix}-views-${width}-${scheme}.png`) });
      await page.done();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
