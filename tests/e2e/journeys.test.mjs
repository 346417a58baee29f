// Whole journeys through the built page in real Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watchedPage, open, chooseRegions, answerAll, currentQuestion, rankedConditions, RUNNER, POP, CHILD } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('an adult runner with a midportion pattern reaches self-care', async () => {
  const page = await watchedPage(browser, server.origin);
  await open(page, server.origin);
  await chooseRegions(page, ['achilles_midportion']);
  const asked = await answerAll(page, RUNNER);
  assert.ok(asked.length <= 16, `${asked.length} questions`);
  assert.equal(await page.getAttribute('.ht-banner', 'data-urgency'), 'self_care');
  assert.equal((await rankedConditions(page))[0], 'achilles_midportion_tendinopathy');
  const text = await page.textContent('.ht-result');
  for (const words of ['not a diagnosis', 'Why this fits', 'Settle it down', 'Build it back up', 'What not to do', 'Get help sooner if', 'Sources']) {
    assert.ok(text.includes(words), words);
  }
  await page.done();
});

test('a sudden pop goes straight to the emergency screen', async () => {
  const page = await watchedPage(browser, server.origin);
  await open(page, server.origin);
  await chooseRegions(page, ['achilles_midportion']);
  await answerAll(page, POP);
  const emergency = page.locator('[data-emergency]');
  assert.equal(await emergency.getAttribute('data-urgency'), 'emergency');
  assert.match(await emergency.textContent(), /emergency department/);
  await page.click('[data-action=see-result]');
  assert.equal(await page.getAttribute('.ht-banner', 'data-urgency'), 'emergency');
  assert.equal((await rankedConditions(page))[0], 'achilles_rupture');
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
  await page.click('[data-question=sudden_onset] [data-answer="false"]');
  const before = await currentQuestion(page);
  await page.reload();
  assert.equal(await currentQuestion(page), before);
  await page.click('[data-action=back]');
  assert.equal(await currentQuestion(page), 'sudden_onset');
  assert.equal(await page.getAttribute('[data-answer="false"]', 'aria-pressed'), 'true');
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
