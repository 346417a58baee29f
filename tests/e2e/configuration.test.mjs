// Bad clinic configuration: every value below is refused, the widget keeps working with its
// defaults, nothing from the value reaches the page, no script runs, and each value gets one
// console warning that names the attribute.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watchedPage, chooseRegions, answerAll, POP } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PWN = 'window.__pwned = true';
const BAD = [
  ['booking-url', `javascript:${PWN}`],
  ['booking-url', `JaVaScRiPt:${PWN}`],
  ['booking-url', `data:text/html,<script>${PWN}</script>`],
  ['booking-url', 'vbscript:msgbox(1)'],
  ['booking-url', '//evil.example/book'],
  ['booking-url', `https://ok.example/"><img src=x onerror="${PWN}">`],
  ['booking-url', `https://ok.example/${'x'.repeat(5000)}`],
  ['booking-url', ''],
  ['clinic-name', `<img src=x onerror="${PWN}">`],
  ['clinic-name', `<script>${PWN}</script>`],
  ['clinic-name', 'A'.repeat(10000)],
  ['clinic-name', '   '],
  ['phone', `javascript:${PWN}`],
  ['phone', '<b>0161 496 0000</b>'],
  ['phone', '9'.repeat(500)],
  ['accent', 'red; } * { display: none } {'],
  ['accent', 'url(javascript:alert(1))'],
  ['accent', '#ffffff'],
  ['accent', ''],
  ['emergency-number', `tel:999`],
  ['emergency-number', '0900 999 999'],
  ['lang', '<script>'],
  ['clinic-phone', '0161 496 0000'],
];

/**
 * Puts one widget for each [name, value] of `bad` on a page, runs each to its result, and checks
 * that none used its value, nothing from it reached the page, and each warned once, by name.
 */
async function refusedAll(bad, fragments) {
  const page = await watchedPage(browser, server.origin, { viewport: { width: 800, height: 900 } });
  await page.goto(`${server.origin}/clinic/blank.html`);
  await page.evaluate((values) => {
    for (const [i, [name, value]] of values.entries()) {
      const widget = document.createElement('heel-triage');
      widget.id = `w${i}`;
      widget.setAttribute(name, value);
      document.getElementById('widgets').append(widget);
    }
  }, bad);

  for (const [i, [name, value]] of bad.entries()) {
    const widget = page.locator(`heel-triage#w${i}`);
    const row = `${name}=${JSON.stringify(value.slice(0, 60))}`;
    await chooseRegions(widget, ['achilles_midportion']);
    await answerAll(widget, POP);
    await widget.locator('[data-action=see-result]').click();
    assert.equal(await widget.locator('.ht-banner').getAttribute('data-urgency'), 'emergency', row);

    assert.equal(await widget.locator('script, img, iframe, object, embed, b').count(), 0, `${row}: nothing inserted`);
    const links = await widget.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links.filter((href) => !href.startsWith('#')), [], `${row}: no phone or booking link from a bad value`);
    const text = await widget.locator('.ht').textContent();
    for (const fragment of fragments) {
      assert.ok(!text.includes(fragment), `${row}: "${fragment}" shown`);
    }
    assert.match(text, /your GP, podiatrist or physiotherapist/, `${row}: default contact`);
    const accent = await widget.locator('.ht').evaluate((el) => getComputedStyle(el).getPropertyValue('--ht-accent').trim());
    assert.equal(accent, '#0b6e66', `${row}: default accent`);
  }

  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script from a configuration value ran');
  const warnings = page.warnings.filter((w) => w.startsWith('heel-triage:'));
  assert.equal(warnings.length, bad.length, warnings.join('\n'));
  for (const [name] of bad) {
    assert.ok(warnings.some((w) => w.includes(`\`${name}\``)), `a warning names ${name}`);
  }
  await page.done();
}

test(`${BAD.length} bad configuration values leave the widget working and the values unused`, async () => {
  await refusedAll(BAD, ['onerror', '<script', 'pwned', 'AAAAAAAAAA', '999999999', 'evil.example', 'msgbox']);
});

// Values that would show the patient something other than what they are: hidden characters that
// reorder or hide text, names with nothing visible, and links whose site is not the one it seems.
const LOOK_ALIKE = [
  ['clinic-name', 'Northside Foot Clinic\u202E0909 879 0000'],
  ['clinic-name', 'North\u200Bside Foot Clinic'],
  ['clinic-name', '\u2067Northside Foot Clinic\u2069'],
  ['clinic-name', '\uFEFFNorthside Foot Clinic'],
  ['clinic-name', 'North\u00ADside Foot Clinic'],
  ['clinic-name', '\u200B\u3164\u200D'],
  ['phone', '\u202D0909 879 0000'],
  ['booking-url', 'https://northside.example@evil.example/book'],
  ['booking-url', 'http://evil.example/book'],
  ['booking-url', 'https://evil.example:0/book'],
  ['booking-url', 'https://evil.example:99999/book'],
  ['booking-url', 'https://nοrthside.evil.example/book'],
  ['booking-url', 'https://evil.example/\u202Ekoob'],
  ['share-conditions', 'please'],
];

test(`${LOOK_ALIKE.length} look-alike values are refused: hidden characters, blank names, disguised links`, async () => {
  await refusedAll(LOOK_ALIKE, ['Northside', 'North', '0909', 'evil.example', '\u3164']);
});
