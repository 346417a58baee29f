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

for (const [scheme, lang] of [['light', 'en'], ['dark', 'en'], ['light', 'es']]) {
  test(`no WCAG A/AA violations on any screen (${scheme}, ${lang})`, async () => {
    const page = await watchedPage(browser, server.origin, { colorScheme: scheme });
    await open(page, server.origin, `?lang=${lang}`);
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

test('on a 375 px phone the view switch, the whole drawing and Continue are on the first screen', async () => {
  const page = await watchedPage(browser, server.origin, { viewport: { width: 375, height: 800 } });
  await open(page, server.origin);
  await page.click('[data-action=start]');
  for (const tab of ['Inner side', 'Outer side', 'From behind']) {
    await page.click(`.ht-tab >> text=${tab}`);
    const boxes = await page.locator('.ht-tabs, .ht-view, [data-action=continue]').evaluateAll((els) => els
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => { const r = e.getBoundingClientRect(); return [e.dataset.view ?? e.className, Math.round(r.top), Math.round(r.bottom)]; }));
    assert.equal(await page.evaluate(() => scrollY), 0);
    const below = boxes.filter(([, top, bottom]) => top < 0 || bottom > 800);
    assert.deepEqual(below, [], `${tab}: ${JSON.stringify(boxes)}`);
  }
  await page.done();
});

/** A point (in the page) inside the shape of `top` and, if `under` is given, inside that shape
 * too, or else inside `away` and outside `top`; in the view `view`. Found by the browser's own
 * hit test of each shape's fill. */
const pointIn = (page, view, inside, outside = []) => page.locator(`[data-view=${view}] svg`).evaluate((svg, [inside, outside]) => {
  const shape = (region) => svg.querySelector(`[data-region=${region}]`);
  const box = shape(inside[0]).getBBox();
  for (let y = box.y; y <= box.y + box.height; y += 0.25) {
    for (let x = box.x; x <= box.x + box.width; x += 0.25) {
      const p = new DOMPoint(x, y);
      if (inside.every((r) => shape(r).isPointInFill(p)) && !outside.some((r) => shape(r).isPointInFill(p))) {
        const screen = p.matrixTransform(shape(inside[0]).getScreenCTM());
        return { x: screen.x, y: screen.y };
      }
    }
  }
  return null;
}, [inside, outside]);

test('where two places overlap, a tap goes to the one drawn on top: the tendon\'s end, not the skin around it', async () => {
  const page = await watchedPage(browser, server.origin, { viewport: { width: 375, height: 800 } });
  await open(page, server.origin);
  await page.click('[data-action=start]');
  const TOP = 'achilles_insertion';
  const UNDER = 'superficial_posterior_heel';
  for (const [tab, view] of [['From behind', 'back'], ['Inner side', 'inner'], ['Outer side', 'outer']]) {
    await page.click(`.ht-tab >> text=${tab}`);
    const pressed = (region) => page.locator(`[data-view=${view}] [data-region=${region}]`).getAttribute('aria-pressed');
    const both = await pointIn(page, view, [TOP, UNDER]);
    assert.ok(both, `${view}: the skin over the tendon's end overlaps it`);
    await page.mouse.click(both.x, both.y);
    assert.equal(await pressed(TOP), 'true', `${view}: the tap chose the tendon's end`);
    assert.equal(await pressed(UNDER), 'false', `${view}: and not the skin under it`);
    // Beside the tendon's end the skin takes the tap.
    const skin = await pointIn(page, view, [UNDER], [TOP]);
    await page.mouse.click(skin.x, skin.y);
    assert.equal(await pressed(UNDER), 'true', `${view}: the skin beside it`);
    // Unchoose both for the next view (the views share the choice).
    await page.mouse.click(both.x, both.y);
    await page.mouse.click(skin.x, skin.y);
    assert.equal(await pressed(TOP), 'false');
    assert.equal(await pressed(UNDER), 'false');
  }
  await page.done();
});

test('in forced colours (Windows high contrast) the outlines stay drawn and a chosen place keeps its stripes', async () => {
  const page = await watchedPage(browser, server.origin, { viewport: { width: 375, height: 800 } });
  await page.emulateMedia({ forcedColors: 'active' });
  await open(page, server.origin);
  assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches));
  await page.click('[data-action=start]');
  await page.locator('[data-view=back] [data-region=achilles_insertion]').click();
  const look = (selector) => page.locator(selector).first().evaluate((el) => {
    const s = getComputedStyle(el);
    return { fill: s.fill, stroke: s.stroke, width: parseFloat(s.strokeWidth), opacity: parseFloat(s.strokeOpacity), display: s.display };
  });
  const chosen = await look('[data-view=back] [data-region=achilles_insertion]');
  const other = await look('[data-view=back] [data-region=achilles_midportion]');
  const skin = await look('[data-view=back] .ht-skin');
  const panel = await page.locator('[data-view=back]').evaluate((el) => getComputedStyle(el).backgroundColor);
  // Chosen: striped (a pattern, not a colour alone) and outlined heavier.
  assert.match(chosen.fill, /url\("?#ht-chosen"?\)/, JSON.stringify(chosen));
  assert.doesNotMatch(other.fill, /url/, JSON.stringify(other));
  assert.ok(chosen.width > other.width, `${chosen.width} > ${other.width}`);
  const stripes = await Promise.all(['.ht-p0', '.ht-p1'].map((s) => page.locator(`.ht-defs ${s}`).evaluate((el) => getComputedStyle(el).fill)));
  assert.notEqual(stripes[0], stripes[1], 'the stripes differ from what is between them');
  // Every place is outlined at rest, and the skin's outline differs from the background.
  assert.equal(other.opacity, 1);
  assert.notEqual(other.stroke, panel);
  assert.notEqual(skin.stroke, panel);
  assert.equal(skin.opacity, 1);
  await page.done();
});
