// WCAG 2.x A/AA audit with axe-core on every screen, tap-target sizes on a 375 px phone,
// nothing running off that phone's screen, and chosen or urgent states drawn as such.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, watchedPage, open, chooseRegions, answerAll, ROOT, POP } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function axe(page, screen) {
  // Evaluated through the DevTools protocol: the page's own CSP (rightly) refuses inline scripts.
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  const found = result.violations.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], found.join('\n'));
}

for (const scheme of ['light', 'dark']) {
  test(`no WCAG A/AA violations on any screen (${scheme})`, async () => {
    const page = await watchedPage(browser, server.origin, { colorScheme: scheme });
    await open(page, server.origin);
    await axe(page, 'start');
    await page.click('[data-action=start]');
    await page.locator('[data-region=achilles_midportion]:visible').first().click();
    await page.click('.ht-region-list summary');
    await page.locator('.ht-region-list [data-region]').first().waitFor();
    await axe(page, 'diagram');
    await page.click('[data-action=continue]');
    await page.waitForSelector('[data-question]');
    await axe(page, 'question');
    await answerAll(page, POP);
    await axe(page, 'emergency');
    await page.click('[data-action=see-result]');
    // Every fold-out open, so the audit sees everything.
    for (const summary of await page.locator('.ht-result details > summary').all()) await summary.click();
    await axe(page, 'result');
    await page.done();
  });
}

/** What has focus inside <heel-triage>'s shadow root: its id, its place, or its words. */
const focused = (page) => page.evaluate(() => {
  const inside = document.querySelector('heel-triage').shadowRoot.activeElement;
  return inside ? inside.id || inside.getAttribute('data-region') || inside.textContent.trim() : null;
});

test('with the keyboard alone, each new screen starts at its heading, and Tab goes on inside the widget', async () => {
  const page = await watchedPage(browser, server.origin);
  await open(page, server.origin);
  assert.equal(await focused(page), null, 'the page keeps its focus until the patient acts');
  await page.locator('[data-action=start]').focus();
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), 'ht-where-title');
  await page.keyboard.press('Tab');
  assert.notEqual(await focused(page), null, 'Tab goes on inside the widget, not from the top of the page');

  await page.locator('[data-region=achilles_midportion]:visible').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-action=continue]').focus();
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), 'ht-question-text');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'Under 8', 'the first answer is next');
  await page.locator('[data-answer="25_40"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-question=sudden_onset]').waitFor();
  assert.equal(await focused(page), 'ht-question-text');
  await page.done();
});

test('every region has a tap target of at least 44 by 44 CSS pixels on a 375 px phone', async () => {
  const page = await watchedPage(browser, server.origin, { viewport: { width: 375, height: 800 } });
  await open(page, server.origin);
  await page.click('[data-action=start]');
  // The list of places by name stays closed: the drawing itself must be big enough.
  const sizes = await page.$$eval('[data-region]', (els) => els
    .filter((e) => e.getClientRects().length > 0)
    .map((e) => { const r = e.getBoundingClientRect(); return [e.getAttribute('data-region'), r.width, r.height]; }));
  const best = {};
  for (const [region, w, h] of sizes) best[region] = Math.max(best[region] ?? 0, Math.min(w, h));
  assert.equal(Object.keys(best).length, 12, `all 12 regions on screen: ${Object.keys(best)}`);
  const small = Object.entries(best).filter(([, size]) => size < 44);
  assert.deepEqual(small, [], `too small: ${JSON.stringify(small)}`);
  await page.done();
});

/** The widget's boxes that run past the right edge of the screen, which would make the page
 * scroll sideways (SVG shapes are clipped by their drawing, so only the drawing counts). */
async function offScreen(page) {
  return page.evaluate(() => [...document.querySelector('heel-triage').shadowRoot.querySelectorAll('*')]
    .filter((e) => !(e instanceof SVGElement) || e.tagName === 'svg')
    .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right + scrollX > document.documentElement.clientWidth + 0.5)
    .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class')}`));
}

test('nothing runs off a 375 px phone screen, with every section open', async () => {
  const page = await watchedPage(browser, server.origin, { viewport: { width: 375, height: 800 } });
  await open(page, server.origin);
  await page.click('[data-action=start]');
  await page.click('.ht-region-list summary');
  await page.locator('.ht-region-list [data-region=achilles_midportion]').click();
  assert.deepEqual(await offScreen(page), [], 'the diagram screen with the list of places open');
  await page.click('[data-action=continue]');
  await page.waitForSelector('[data-question]');
  assert.deepEqual(await offScreen(page), [], 'a question');
  await answerAll(page, POP);
  assert.deepEqual(await offScreen(page), [], 'the emergency screen');
  await page.click('[data-action=see-result]');
  for (const summary of await page.locator('.ht-result details > summary').all()) await summary.click();
  assert.deepEqual(await offScreen(page), [], 'the result with every section open');
  await page.done();
});

/** The views of the heel that are on screen, by data-view. */
const shownViews = (page) => page.locator('.ht-view').evaluateAll((els) => els
  .filter((e) => e.getClientRects().length > 0).map((e) => e.getAttribute('data-view')));

/** Whether `selector`'s computed `property` equals what `variable` of the widget's palette resolves to. */
const painted = (page, selector, property, variable) => page.locator(selector).first().evaluate((el, [prop, v]) => {
  const probe = document.createElement('i');
  probe.style.setProperty(prop, `var(${v})`);
  el.parentNode.append(probe);
  const expected = getComputedStyle(probe).getPropertyValue(prop);
  probe.remove();
  return getComputedStyle(el).getPropertyValue(prop) === expected;
}, [property, variable]);

// The look of what is chosen comes from aria-pressed and data attributes, so what a screen
// reader hears and what the eye sees cannot drift apart; this checks the eye's side.
test('a phone shows one view at a time, Tab reaches each place on it once, and what is chosen or urgent looks it', async () => {
  const page = await watchedPage(browser, server.origin, { viewport: { width: 375, height: 800 } });
  await open(page, server.origin);
  await page.click('[data-action=start]');
  assert.deepEqual(await shownViews(page), ['back', 'sole']);
  await page.click('.ht-tab >> text=Inner side');
  assert.deepEqual(await shownViews(page), ['inner', 'sole']);
  // Tab goes from the tabs to every place on screen once, and to nothing out of sight.
  const stops = [];
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'Outer side');
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const shape = document.querySelector('heel-triage').shadowRoot.activeElement;
      const view = shape?.closest('[data-view]');
      return view && { view: view.dataset.view, region: shape.dataset.region, seen: shape.checkVisibility() };
    });
    if (!stop) break;
    stops.push(stop);
  }
  assert.equal(stops.length, 11, JSON.stringify(stops));
  assert.equal(new Set(stops.map((s) => s.region)).size, 11, 'each place once');
  assert.ok(stops.every((s) => s.seen && ['inner', 'sole'].includes(s.view)), JSON.stringify(stops));
  assert.ok(await painted(page, '.ht-tab[aria-pressed=true]', 'border-color', '--ht-accent'), 'the current view\'s tab is marked');
  assert.ok(!(await painted(page, '.ht-tab[aria-pressed=false]', 'border-color', '--ht-accent')), 'the other tabs are not');
  await page.click('.ht-region-list summary');
  await page.locator('.ht-region-list [data-region=achilles_midportion]').click();
  assert.ok(await painted(page, '.ht-region-list [aria-pressed=true] > .ht-check', 'background-color', '--ht-accent'), 'a chosen place is ticked');
  assert.ok(!(await painted(page, '.ht-region-list [aria-pressed=false] > .ht-check', 'background-color', '--ht-accent')), 'the others are not');
  await page.click('[data-action=continue]');
  await answerAll(page, POP);
  await page.click('[data-action=see-result]');
  assert.ok(await painted(page, '.ht-banner', 'background-color', '--ht-danger-paper'), 'an emergency is shown in the danger colour');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.click('[data-action=restart]');
  await page.click('[data-action=start]');
  assert.deepEqual(await shownViews(page), ['back', 'inner', 'outer', 'sole'], 'a wide screen shows every view');
  await page.done();
});
