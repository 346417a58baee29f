// Offline and locked down: the hosted page after one visit with the network off, the single
// file from disk, and the pages under a strict Content-Security-Policy sent as a header.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import crypto from 'node:crypto';
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
  // The iframe page too, with the clinic's settings in its address.
  await page.goto(`${server.origin}/frame.html?clinic-name=Offline%20Clinic`);
  await page.locator('.ht-header', { hasText: 'Offline Clinic' }).waitFor();
  await page.done();
});

/** A file's hash as web/post-build.mjs writes it into sw.js: the first 64 bits of its SHA-256. */
const sha256 = (text) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Waits until the service worker has cached the build and controls the page. */
const offlineReady = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

test('a first visit downloads each file once, although the server sends no caching headers', async () => {
  const server = await serve();
  const page = await watchedPage(browser, server.origin);
  await open(page, server.origin);
  await offlineReady(page);
  // The browser fetches the 0.4 KB favicon on its own schedule, so the worker's copy may race it.
  // The page is one file under two names: / and /index.html.
  const files = server.requests.map((p) => (p === '/index.html' ? '/' : p));
  const again = files.filter((p, i) => files.indexOf(p) !== i && p !== '/icon.svg');
  assert.deepEqual(again, [], `downloaded more than once: ${server.requests.join(' ')}`);
  assert.ok(server.requests.includes('/frame.js'), `the offline cache fetched what the page did not: ${server.requests.join(' ')}`);
  await page.done();
  await server.close();
});

test('the offline cache takes no file of another build from the browser\'s cache', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heel-triage-'));
  fs.cpSync(DIST, dir, { recursive: true });
  const server = await serve(dir);
  const page = await watchedPage(browser, server.origin);
  await page.goto(`${server.origin}/frame.js`); // the browser's cache now holds this build's frame.js
  // The server gets another build, in which frame.js differs, and sw.js lists its new hash.
  const changed = `${fs.readFileSync(path.join(dir, 'frame.js'), 'utf8')}\n// another build\n`;
  fs.writeFileSync(path.join(dir, 'frame.js'), changed);
  const hash = sha256(changed);
  const worker = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
  const newWorker = worker.replace(/("frame\.js":")[0-9a-f]{16}"/, `$1${hash}"`);
  assert.notEqual(newWorker, worker, 'sw.js lists frame.js with its hash');
  fs.writeFileSync(path.join(dir, 'sw.js'), newWorker);

  await open(page, server.origin);
  await offlineReady(page);
  const kept = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('heel-triage-')));
    return (await cache.match('frame.js')).text();
  });
  assert.equal(kept, changed, 'the new build\'s frame.js is kept');
  assert.equal(server.requests.filter((p) => p === '/frame.js').length, 2, 'fetched afresh once its hash did not match');
  await page.done();
  await server.close();
  fs.rmSync(dir, { recursive: true });
});

/** The names of the offline copies the page's origin keeps. */
const offlineCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('heel-triage-')));

test('a new build replaces the offline copy: the next visit shows it, and the old copy is deleted', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heel-triage-'));
  fs.cpSync(DIST, dir, { recursive: true });
  const server = await serve(dir);
  const page = await watchedPage(browser, server.origin);
  await open(page, server.origin);
  await offlineReady(page);
  const [first] = await offlineCaches(page);

  // The clinic uploads another build: its page differs, and sw.js names it and a new cache.
  const page1 = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const page2 = page1.replace('</body>', '<!-- the second build --></body>');
  fs.writeFileSync(path.join(dir, 'index.html'), page2);
  const second = `heel-triage-${sha256(page2)}`;
  fs.writeFileSync(path.join(dir, 'sw.js'), fs.readFileSync(path.join(dir, 'sw.js'), 'utf8')
    .replaceAll(sha256(page1), sha256(page2)).replace(first, second));

  await page.reload(); // the browser checks for a new sw.js on each visit
  let kept = [];
  for (let tries = 0; tries < 150 && kept.join() !== second; tries++) {
    await page.waitForTimeout(100);
    kept = await offlineCaches(page);
  }
  assert.deepEqual(kept, [second], 'only the new build is kept');
  await page.reload();
  assert.match(await page.content(), /the second build/);
  await page.locator('[data-action=start]').waitFor();
  await page.done();
  await server.close();
  fs.rmSync(dir, { recursive: true });
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
