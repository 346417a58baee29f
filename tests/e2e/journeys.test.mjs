// Whole journeys through the built page in real Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watchedPage, open, chooseRegions, answerAll, tick, currentQuestion, rankedConditions, RUNNER, POP, CHILD } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('an adult runner with a midportion pattern reaches self-care', async () => {
  const page = await watchedPage(browser, server.origin);
  await open(page, server.origin);
  await chooseRegions(page, ['achilles_midportion']);
  const asked = await answerAll(page, RUNNER);
  assert.ok(asked.length <= 8, `${asked.length} screens: ${JSON.stringify(asked)}`);
  assert.ok(Array.isArray(asked[1]) && asked[1].length >= 10, 'the safety check is one checklist');
  assert.equal(await page.getAttribute('.ht-banner', 'data-urgency'), 'self_care');
  assert.equal((await rankedConditions(page))[0], 'achilles_midportion_tendinopathy');
  const text = await page.textContent('.ht-result');
  for (const words of ['not a diagnosis', 'Why this fits', 'Settle it down', 'Build it back up', 'What not to do', 'Get help sooner if', 'Sources']) {
    assert.ok(text.includes(words), words);
  }
  await page.done();
});

test('a sudden pop today goes to the emergency screen; weeks old, it is seen today instead', async () => {
  const page = await watchedPage(browser, server.origin);
  await open(page, server.origin);
  await chooseRegions(page, ['achilles_midportion']);
  const asked = await answerAll(page, POP);
  assert.deepEqual(asked.slice(2), ['injury_when'], 'when it happened is asked before the emergency');
  const emergency = page.locator('[data-emergency]');
  assert.equal(await emergency.getAttribute('data-urgency'), 'emergency');
  assert.match(await emergency.textContent(), /emergency department/);
  // A clinic that set no emergency number: the words to call the local one, and no number guessed.
  assert.equal(await emergency.locator('a[href^="tel:"]').count(), 0);
  assert.match(await emergency.locator('[data-emergency-call]').textContent(), /call the emergency number where you are/);
  await page.click('[data-action=see-result]');
  assert.equal(await page.getAttribute('.ht-banner', 'data-urgency'), 'emergency');
  assert.match(await page.locator('.ht-banner').textContent(), /Call an ambulance instead if you cannot get there safely/);
  assert.match(await page.locator('.ht-banner [data-emergency-call]').textContent(), /emergency number where you are/);
  assert.equal((await rankedConditions(page))[0], 'achilles_rupture');
  await page.click('[data-action=back]');
  await page.click('[data-answer="4_to_12_weeks"]');
  await answerAll(page, { weight_bearing: 'limping', single_leg_tiptoe: 'cannot', duration: '2_to_12_weeks' }, 'unsure');
  assert.equal(await page.getAttribute('.ht-banner', 'data-urgency'), 'consultation_24', 'a tear weeks old: seen today');
  await page.done();
});

test('on a clinic page with emergency-number="999", the emergency screen and result call 999; a self-care result does not offer it', async () => {
  const page = await watchedPage(browser, server.origin);
  await open(page, server.origin, 'clinic/script-embed.html');
  await chooseRegions(page, ['achilles_midportion']);
  await answerAll(page, POP);
  const call = page.locator('[data-emergency] a[data-emergency-call]');
  assert.equal(await call.getAttribute('href'), 'tel:999');
  assert.equal((await call.textContent()).trim(), 'Call 999');
  assert.equal(await call.getAttribute('aria-label'), 'Call 9 9 9', 'read digit by digit');
  await page.click('[data-action=see-result]');
  assert.equal(await page.locator('.ht-banner a[data-emergency-call]').getAttribute('href'), 'tel:999');
  await page.click('[data-action=restart]');
  await chooseRegions(page, ['achilles_midportion']);
  await answerAll(page, RUNNER);
  assert.equal(await page.getAttribute('.ht-banner', 'data-urgency'), 'self_care');
  assert.equal(await page.locator('[data-emergency-call]').count(), 0, 'no emergency call on a self-care result');
  await page.done();
});

test('a child with heel pain after football reaches growth-plate pain', async () => {
  const page = await watchedPage(browser, server.origin);
  await open(page, server.origin);
  await chooseRegions(page, ['calcaneal_sides']);
  await answerAll(page, CHILD);
  assert.equal(await page.getAttribute('.ht-banner', 'data-urgency'), 'self_care');
  assert.equal((await rankedConditions(page))[0], 'calcaneal_apophysitis');
  await page.done();
});

test('a reload in the middle resumes where the patient was', async () => {
  const page = await watchedPage(browser, server.origin);
  await open(page, server.origin);
  await chooseRegions(page, ['achilles_insertion']);
  await page.click('[data-answer="41_60"]');
  await tick(page, { fever_unwell: 'unsure' });
  const before = await currentQuestion(page);
  await page.reload();
  assert.equal(await currentQuestion(page), before);
  await page.click('[data-action=back]');
  assert.equal(await currentQuestion(page), 'sudden_onset', 'back on the checklist');
  assert.equal(await page.getAttribute('[data-question=fever_unwell] [data-answer=unsure]', 'aria-pressed'), 'true');
  await page.done();
});

test('the printed page is the one-page summary', async () => {
  const page = await watchedPage(browser, server.origin);
  await open(page, server.origin);
  await chooseRegions(page, ['achilles_midportion']);
  await answerAll(page, RUNNER);
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.ht-print-only');
  assert.ok(await printed.isVisible(), 'summary shows in print');
  assert.ok(!(await page.locator('.ht-banner').isVisible()), 'the screen layout is hidden in print');
  const text = await printed.textContent();
  for (const words of ['This is not a diagnosis', 'Rules version', 'Where it hurts', 'Answers:', 'How urgent', 'Date:']) {
    assert.ok(text.includes(words), words);
  }
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, 'fits on one A4 page');
  await page.done();
});

test('a self-care result shows at most 350 words on a phone before anything is opened', async () => {
  const page = await watchedPage(browser, server.origin, { viewport: { width: 375, height: 800 } });
  await open(page, server.origin);
  await chooseRegions(page, ['achilles_midportion']);
  await answerAll(page, RUNNER);
  assert.equal(await page.getAttribute('.ht-banner', 'data-urgency'), 'self_care');
  // innerText leaves out what a closed fold-out hides, as a reader's eye does.
  const words = (await page.locator('.ht-result').innerText()).split(/\s+/).filter(Boolean).length;
  assert.ok(words <= 350, `${words} words before anything is opened`);
  await page.done();
});

test('the longest result still prints on one A4 page', async () => {
  const page = await watchedPage(browser, server.origin);
  await open(page, server.origin);
  await chooseRegions(page, ['achilles_midportion', 'whole_heel_diffuse']);
  // Every warning sign at once, and "Not sure" wherever it is allowed: the most a summary says.
  const everything = {
    age_group: 'over_60', sudden_onset: 'true', pop_or_kicked: 'true', fall_or_crush: 'true', tendon_gap: 'true',
    hot_red_swollen: 'true', fever_unwell: 'true', diabetes_or_neuropathy: 'true', wound_or_ulcer: 'true',
    puncture_wound: 'true', spinal_warning_signs: 'true', back_pain_or_leg_weakness: 'true', fluoroquinolone_recent: 'true',
    night_or_rest_pain: 'true', weight_loss_or_cancer: 'true', injury_mechanism: 'high_fall', injury_when: 'under_4_weeks',
    weight_bearing: 'cannot',
  };
  await answerAll(page, everything, 'unsure');
  await page.click('[data-action=see-result]');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, 'fits on one A4 page');
  await page.done();
});

test('copy puts the summary on the clipboard', async () => {
  const page = await watchedPage(browser, server.origin);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await open(page, server.origin);
  await chooseRegions(page, ['achilles_midportion']);
  await answerAll(page, RUNNER);
  await page.click('[data-action=copy]');
  await page.waitForSelector('text=Summary copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /Heel pain check: summary/);
  await page.done();
});
