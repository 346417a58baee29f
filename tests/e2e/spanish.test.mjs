// Spanish: <heel-triage lang="es"> on a clinic page speaks Spanish from the first screen to the
// printed summary, with the same outcome as English for the same answers; the language comes
// from the element, its ancestors or the page, and falls back to English with one warning.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, watchedPage, open, chooseRegions, answerAll, rankedConditions, DIST, RUNNER, POP, CHILD } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A clinic page with one <heel-triage> with `attributes`, inside an element of `lang` if given. */
async function clinicPage(page, attributes, lang) {
  await page.goto(`${server.origin}/clinic/blank.html`);
  await page.evaluate(([attributes, lang]) => {
    let parent = document.getElementById('widgets');
    if (lang) parent = parent.appendChild(Object.assign(document.createElement('div'), { lang }));
    const element = document.createElement('heel-triage');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    parent.append(element);
  }, [attributes, lang]);
  const widget = page.locator('heel-triage');
  await widget.locator('[data-action=start]').waitFor();
  return widget;
}

/** What the widget shows (closed fold-outs are not shown). */
const shown = (widget) => widget.evaluate((element) => element.shadowRoot.querySelector('.ht').innerText);
const language = (widget) => widget.evaluate((element) => element.shadowRoot.querySelector('.ht').lang);
// Words any English screen has and no Spanish one does.
const ENGLISH = /\b(the|your|you|and|with|Back|Continue|Start|Question|Yes|Not sure|Why we ask)\b/;

/** Runs `answers` to the result; returns what the engine decided, as the page shows it. */
async function outcome(widget, regions, answers) {
  await chooseRegions(widget, regions);
  const asked = await answerAll(widget, answers);
  if (await widget.locator('[data-emergency]').count()) await widget.locator('[data-action=see-result]').click();
  const urgency = await widget.locator('.ht-banner').getAttribute('data-urgency');
  return { asked, urgency, conditions: await rankedConditions(widget) };
}

test('on a clinic page, lang="es" gives every screen in Spanish, from the start to the summary', async () => {
  const page = await watchedPage(browser, server.origin);
  const widget = await clinicPage(page, { lang: 'es', 'clinic-name': 'Clínica Norte' });
  assert.equal(await language(widget), 'es', 'screen readers speak Spanish');
  const screens = [];
  const check = async (name) => {
    const text = await shown(widget);
    screens.push(name);
    assert.doesNotMatch(text, ENGLISH, `${name}: ${text}`);
  };
  await check('start');
  assert.match(await shown(widget), /¿Le duele la parte de atrás del talón\?/);
  await widget.locator('[data-action=start]').click();
  await widget.locator('[data-region=achilles_midportion]:visible').first().click();
  await check('where it hurts');
  await widget.locator('[data-action=continue]').click();
  await widget.locator('[data-question]').first().waitFor();
  await check('a question');
  await answerAll(widget, POP);
  await check('emergency');
  await widget.locator('[data-action=see-result]').click();
  await check('result');
  const summary = await widget.locator('.ht-summary-text pre').textContent();
  assert.match(summary, /^Revisión del dolor de talón: resumen para su cita\nEsto no es un diagnóstico/);
  assert.match(summary, /Contacto: Clínica Norte/);
  assert.doesNotMatch(summary, ENGLISH, summary);
  assert.equal(screens.length, 5);
  await page.done();
});

test('the same answers give the same questions, urgency and conditions in Spanish as in English', async () => {
  for (const [regions, answers] of [[['achilles_midportion'], RUNNER], [['achilles_midportion'], POP], [['calcaneal_sides'], CHILD]]) {
    const results = [];
    for (const lang of ['en', 'es']) {
      const page = await watchedPage(browser, server.origin);
      results.push(await outcome(await clinicPage(page, { lang }), regions, answers));
      await page.done();
    }
    assert.deepEqual(results[1], results[0], JSON.stringify(answers));
    assert.ok(results[0].conditions.length > 0);
  }
});

test('when the clinic reads English, the Spanish summary gives the same facts in English below', async () => {
  const page = await watchedPage(browser, server.origin);
  const widget = await clinicPage(page, { lang: 'es', 'clinic-lang': 'en' });
  await outcome(widget, ['achilles_midportion'], RUNNER);
  const pre = widget.locator('.ht-summary-text pre');
  await page.waitForFunction(() => document.querySelector('heel-triage').shadowRoot
    .querySelector('.ht-summary-text pre').textContent.includes('Heel pain check'));
  const [spanish, english] = (await pre.textContent()).split(/\n-{20,}\n\n/);
  assert.match(spanish, /^Revisión del dolor de talón: resumen para su cita/);
  assert.match(english, /^Heel pain check: summary for your appointment/);
  assert.match(english, /Where it hurts: Achilles tendon above the heel/);
  // Line for line the same facts: as many answers, warning signs and conditions.
  const shape = (text) => text.split('\n').map((line) => line.match(/^(- |\d\. |$)/)?.[0] ?? 'text');
  assert.deepEqual(shape(english), shape(spanish));
  await page.done();
});

test('the language comes from the element, else its ancestors, else the page; one it does not speak falls back to English with one warning', async () => {
  for (const [attributes, ancestor, expected] of [[{}, 'es', 'es'], [{}, null, 'en'], [{ lang: 'es-MX' }, 'en', 'es'], [{ lang: 'fr' }, null, 'en']]) {
    const page = await watchedPage(browser, server.origin);
    const widget = await clinicPage(page, attributes, ancestor);
    assert.equal(await language(widget), expected, JSON.stringify([attributes, ancestor]));
    const warned = page.warnings.filter((w) => w.startsWith('heel-triage'));
    assert.deepEqual(warned, attributes.lang === 'fr' ? ['heel-triage: no texts in "fr" (it speaks en, es), so it shows in English'] : []);
    await page.done();
  }
});

test('the hosted page takes the browser\'s language, and its switch changes it', async () => {
  const page = await watchedPage(browser, server.origin, { locale: 'es-ES' });
  await open(page, server.origin);
  const widget = page.locator('heel-triage');
  assert.equal(await language(widget), 'es');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.equal(await page.title(), 'Revisión del dolor de talón');
  const links = page.locator('nav.languages a');
  assert.deepEqual(await links.allTextContents(), ['English', 'Español']);
  assert.equal(await links.nth(1).getAttribute('aria-current'), 'true');
  await links.nth(0).click();
  await widget.locator('[data-action=start]').waitFor();
  assert.equal(await language(widget), 'en');
  assert.equal(await page.title(), 'Heel pain check');
  // The switch is for the start: it goes once the check begins.
  await widget.locator('[data-action=start]').click();
  await page.locator('nav.languages').waitFor({ state: 'hidden' });
  await page.done();
});

test('the Spanish single file opens from disk and works to a result', async () => {
  const page = await watchedPage(browser, 'file://');
  await page.goto(pathToFileURL(path.join(DIST, 'heel-triage.es.html')).href);
  const widget = page.locator('heel-triage');
  await widget.locator('[data-action=start]').waitFor();
  assert.equal(await language(widget), 'es');
  const { urgency } = await outcome(widget, ['achilles_midportion'], POP);
  assert.equal(urgency, 'emergency');
  // The sources' citations travel inside the file.
  await widget.locator('[data-sources] > summary').click();
  await widget.locator('.ht-sources li', { hasText: 'doi' }).first().waitFor();
  await page.done();
});
