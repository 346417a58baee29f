// Screenshots of every screen at 375 px and 1280 px, light and dark (and in Spanish, light, under
// es/), into target/screenshots/,
// so a test run leaves the working tree as it was. `cargo xtask screenshots` sets
// HEEL_TRIAGE_SCREENSHOTS to docs/screenshots/ to refresh the committed ones, which people look
// at (see the README). The test checks each one was written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, watchedPage, open, chooseRegions, answerAll, ROOT, RUNNER } from './harness.mjs';

/** A result of each urgency level: file name, level, places, answers. */
const RESULTS = [
  ['5-result', 'self_care', ['achilles_midportion'], RUNNER],
  ['5-result-appointment', 'consultation', ['plantar_medial_heel'], { ...RUNNER, age_group: '41_60', duration: 'over_3_months', first_steps_under_heel: 'true' }],
  ['5-result-today', 'consultation_24', ['achilles_midportion'], { ...RUNNER, fluoroquinolone_recent: 'true' }],
  ['5-result-emergency', 'emergency', ['achilles_midportion'], { age_group: '41_60', sudden_onset: 'true', pop_or_kicked: 'true', injury_when: 'under_4_weeks' }],
  ['5-result-ambulance', 'emergency_ambulance', ['whole_heel_diffuse'], { age_group: '41_60', sudden_onset: 'true', fall_or_crush: 'true', back_pain_or_leg_weakness: 'true', injury_mechanism: 'high_fall', injury_when: 'under_4_weeks', weight_bearing: 'cannot' }],
];

const OUT = process.env.HEEL_TRIAGE_SCREENSHOTS ?? path.join(ROOT, 'target/screenshots');
let server, browser;
before(async () => { server = await serve(); browser = await launch(); fs.mkdirSync(path.join(OUT, 'es'), { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

for (const [lang, schemes] of [['en', ['light', 'dark']], ['es', ['light']]]) for (const width of [375, 1280]) {
  for (const scheme of schemes) {
    test(`screens at ${width} px, ${scheme}, ${lang}`, async () => {
      // No service worker: pictures of the page as served, nothing cached in between.
      const page = await watchedPage(browser, server.origin, { viewport: { width, height: width < 500 ? 800 : 900 }, colorScheme: scheme, serviceWorkers: 'block' });
      const shot = async (name) => {
        const file = path.join(OUT, `${lang === 'en' ? '' : `${lang}/`}${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        assert.ok(fs.statSync(file).size > 5000, `${file} written`);
      };
      await open(page, server.origin, `?lang=${lang}`);
      assert.equal(await page.locator('heel-triage').evaluate((e) => e.shadowRoot.querySelector('.ht').lang), lang);
      await shot('1-start');
      await page.click('[data-action=start]');
      await page.locator('[data-region=achilles_midportion]:visible').first().click();
      await page.locator('[data-region=retrocalcaneal_space]:visible').first().hover();
      await shot('2-where-it-hurts');
      await page.click('[data-action=continue]');
      await page.waitForSelector('[data-question]');
      await shot('3-question');
      await page.click('[data-answer="41_60"]');
      await page.waitForSelector('[data-checklist]');
      await page.click('[data-question=sudden_onset] [data-answer="true"]');
      await page.click('[data-question=pop_or_kicked] [data-answer="true"]');
      await shot('3-checklist');
      await page.click('[data-action^=checklist]');
      await page.click('[data-answer="under_4_weeks"]');
      await page.waitForSelector('[data-emergency]');
      await shot('4-emergency');
      // One result of each kind, from self-care to an ambulance, each from "Start again".
      await page.click('[data-action=see-result]');
      for (const [name, level, regions, answers] of RESULTS) {
        await page.click('[data-action=restart]');
        await chooseRegions(page, regions);
        await answerAll(page, answers, 'false');
        if (await page.locator('[data-emergency]').count()) await page.click('[data-action=see-result]');
        assert.equal(await page.getAttribute('.ht-banner', 'data-urgency'), level, name);
        await shot(name);
      }
      if (lang !== 'en') {
        await page.done();
        return;
      }
      // What a clinic's visitors see: the sample clinic page with the widget embedded.
      await page.goto(`${server.origin}/clinic/script-embed.html`);
      await page.locator('heel-triage [data-action=start]').waitFor();
      await shot('6-clinic-page');
      // An ambulance on a clinic page that set its emergency number: the screen offers to call it.
      const [,, regions, answers] = RESULTS.find(([name]) => name === '5-result-ambulance');
      await chooseRegions(page, regions);
      await answerAll(page, answers, 'false');
      assert.equal(await page.locator('[data-emergency] a[data-emergency-call]').getAttribute('href'), 'tel:999');
      await shot('7-clinic-ambulance');
      await page.done();
    });
  }
}
