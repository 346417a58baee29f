// The host contract (web/host-contract.json) against the build in dist/: the element's script,
// the wasm and the iframe page each use exactly its attributes and events.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, serve, launch, watchedPage, open, chooseRegions, answerAll, RUNNER } from './harness.mjs';

const contract = JSON.parse(fs.readFileSync(path.join(ROOT, 'web', 'host-contract.json'), 'utf8'));
const sorted = (list) => [...list].sort();

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the element hears exactly the contract\'s attributes, and the wasm reads each of them', async () => {
  const page = await watchedPage(browser, server.origin);
  await page.goto(`${server.origin}/clinic/blank.html`);
  const observed = await page.evaluate(async () => {
    await customElements.whenDefined('heel-triage');
    return customElements.get('heel-triage').observedAttributes;
  });
  assert.deepEqual([...observed], contract.attributes, 'observedAttributes in embed/heel-triage.js');

  // A value no attribute accepts: the wasm names each attribute it reads when it ignores it, and
  // calls any other unknown.
  await page.evaluate((attributes) => {
    const element = document.createElement('heel-triage');
    for (const name of [...attributes, 'clinic-phone']) element.setAttribute(name, '<>');
    document.getElementById('widgets').append(element);
  }, contract.attributes);
  await page.locator('heel-triage [data-action=start]').waitFor();
  const warned = () => page.warnings.filter((w) => w.startsWith('heel-triage: '));
  for (let tries = 0; tries < 50 && warned().length <= contract.attributes.length; tries++) await page.waitForTimeout(20);
  assert.deepEqual(
    sorted(warned().map((w) => w.match(/^heel-triage: (?:unknown attribute )?`([^`]+)`/)?.[1])),
    sorted([...contract.attributes, 'clinic-phone']),
    warned().join('\n'),
  );
  assert.deepEqual(warned().filter((w) => w.includes('unknown attribute')), ['heel-triage: unknown attribute `clinic-phone` ignored']);
  await page.done();
});

test('the widget fires exactly the contract\'s events', async () => {
  const page = await watchedPage(browser, server.origin);
  // Every event the page dispatches, whoever listens: one not in the contract shows up too.
  await page.addInitScript(() => {
    window.dispatched = [];
    const dispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function record(event) {
      if (event.type.startsWith('heel-triage')) window.dispatched.push(event.type);
      return dispatch.call(this, event);
    };
  });
  await open(page, server.origin, 'clinic/script-embed.html');
  await page.evaluate((url) => document.getElementById('heel-check').setAttribute('booking-url', url), `${server.origin}/clinic/book.html`);
  const widget = page.locator('heel-triage#heel-check');
  await chooseRegions(widget, ['achilles_midportion']);
  await answerAll(widget, RUNNER);
  const [booking] = await Promise.all([
    page.context().waitForEvent('page'),
    widget.locator('.ht-contact a', { hasText: 'Book an appointment' }).click(),
  ]);
  await booking.close();
  const dispatched = await page.evaluate(() => window.dispatched);
  assert.deepEqual(sorted(new Set(dispatched)), sorted(contract.events), dispatched.join(' '));
  await page.done();
});

