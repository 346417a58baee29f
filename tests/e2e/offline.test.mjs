// Offline and locked down: the hosted page after one visit with the network off, the single
// file from disk, and the pages under a strict Content-Security-Policy sent as a header.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, watchedPage, open, chooseRegions, answerAll, rankedConditions, DIST, POP } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });


async function completeEmergencyTriage(page) {
  await chooseRegions(page, ['achilles_midportion']);
  await answerAll(page, POP);
  await page.locator('[data-action=see-result]').click();
  assert.equal(await page.locator('.ht-banner').getAttribute('data-urgency'), 'emergency');
  assert.equal((await rankedConditions(page))[0], 'achilles_rupture');
}

test('after one visit the hosted page loads and completes a triage with the network off', async () => {
  const server = await serve();
  const page = await watchedPage(browser, server.origin);
  await open(page, server.origin);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('heel-triage-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  for (const file of ['/', '/index.html', '/embed/heel-triage.js', '/embed/heel-triage_bg.wasm']) {
    assert.ok(cached.includes(file), `${file} cached: ${cached.join(' ')}`);
  }

  // No network at all: the browser is offline and the server is gone.
  await server.close();
  await page.context().setOffline(true);
  await page.reload();
  await page.locator('[data-action=start]').waitFor();
  await completeEmergencyTriage(page);
  await page.done();
});

test('the single file opens from disk and completes a triage', async () => {
  const file = `file://${path.join(DIST, 'heel-triage.html')}`;
  const page = await watchedPage(browser, 'file://');
  await page.goto(file);
  await page.locator('[data-action=start]').waitFor();
  await completeEmergencyTriage(page);
  await page.done();
});

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
  + "img-src 'self' data:; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'self'";

for (const file of ['', 'clinic/script-embed.html']) {
  test(`under a strict Content-Security-Policy header, /${file} completes a triage with no violation`, async () => {
    const server = await serve(DIST, { 'content-security-policy': CSP });
    const page = await watchedPage(browser, server.origin);
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await open(page, server.origin, file);
    await completeEmergencyTriage(page);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    await page.done();
    await server.close();
  });
}
