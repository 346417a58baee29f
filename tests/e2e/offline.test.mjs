// Offline and locked down: the hosted page after one visit with the network off, the single
// file from disk, and the pages under a strict Content-Security-Policy sent as a header.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { serve, launch, watchedPage, open, chooseRegions, answerAll, rankedConditions, DIST, POP } from './harness.mjs';
import { hashes, rebuild } from './rebuild.mjs';

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
    const cache = await caches.open(names.find((n) => n.startsWith('heel-triage ')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  for (const file of ['/', '/index.html', '/embed/heel-triage.js', '/embed/heel-triage_bg.wasm']) {
    assert.ok(cached.includes(file), `${file} cached: ${cached.join(' ')}`);
  }
  // The iframe page's files are kept when it is first opened.
  await page.goto(`${server.origin}/frame.html?clinic=offline`);
  await page.locator('[data-action=start]').waitFor();
  await page.goto(server.origin);

  // No network at all: the browser is offline and the server is gone.
  await server.close();
  await page.context().setOffline(true);
  await page.reload();
  await page.locator('[data-action=start]').waitFor();
  await completeEmergencyTriage(page);
  // The iframe page too (its clinic settings offline: frame-settings.test.mjs).
  await page.goto(`${server.origin}/frame.html?clinic=offline`);
  await page.locator('[data-action=start]').waitFor();
  await page.done();
});

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
  const otherPages = server.requests.filter((p) => p.startsWith('/frame'));
  assert.deepEqual(otherPages, [], 'the iframe page\'s files wait until it is opened');
  await page.done();
  await server.close();
});

test('the offline cache takes no file of another build from the browser\'s cache, at install or on first use', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heel-triage-'));
  fs.cpSync(DIST, dir, { recursive: true });
  const server = await serve(dir);
  const page = await watchedPage(browser, server.origin);
  // The browser's cache now holds this build's manifest (kept at install) and frame.js (kept on
  // first use of the iframe page).
  await page.goto(`${server.origin}/manifest.webmanifest`);
  await page.goto(`${server.origin}/frame.js`);
  // The server gets another build, in which both differ.
  const another = (file) => `${fs.readFileSync(path.join(dir, file), 'utf8')}\n`;
  const [manifest, changed] = [another('manifest.webmanifest'), `${another('frame.js')}// another build\n`];
  rebuild(dir, () => {
    fs.writeFileSync(path.join(dir, 'manifest.webmanifest'), manifest);
    fs.writeFileSync(path.join(dir, 'frame.js'), changed);
  });

  await open(page, server.origin);
  await offlineReady(page);
  await page.goto(`${server.origin}/frame.html`); // its files are kept on first use
  await page.locator('[data-action=start]').waitFor();
  const kept = (file) => page.evaluate(async (file) => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('heel-triage ')));
    return (await cache.match(file)).text();
  }, file);
  assert.equal(await kept('manifest.webmanifest'), manifest, 'the new build\'s manifest is kept at install');
  assert.equal(await kept('frame.js'), changed, 'the new build\'s frame.js is kept on first use');
  assert.equal(server.requests.filter((p) => p === '/frame.js').length, 2, 'fetched afresh once its hash did not match');
  await page.done();
  await server.close();
  fs.rmSync(dir, { recursive: true });
});

/** The names of the offline copies the page's origin keeps. */
const offlineCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('heel-triage ')).sort());

/** Waits until the page's origin keeps offline copies whose names end with `builds`' hashes, and returns their names. */
async function offlineCopiesOf(page, builds) {
  let kept = [];
  const only = () => kept.length === builds.length && builds.every((build) => kept.some((name) => name.endsWith(build)));
  for (let tries = 0; tries < 150 && !only(); tries++) {
    await page.waitForTimeout(100);
    kept = await offlineCaches(page);
  }
  assert.ok(only(), `offline copies of ${builds.join(' and ')} only: ${kept.join(', ')}`);
  return kept;
}

/** A harmless change to a build, for `rebuild`: its page says `what` in a comment. */
const mark = (what) => (dir) => {
  const file = path.join(dir, 'index.html');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('</body>', `<!-- ${what} --></body>`));
};
const markSecondBuild = mark('the second build');

/** A copy of the build in a folder of its own, served and visited once: its offline copy is `first`. */
async function visitedCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heel-triage-'));
  fs.cpSync(DIST, dir, { recursive: true });
  const server = await serve(dir);
  const page = await watchedPage(browser, server.origin);
  await open(page, server.origin);
  await offlineReady(page);
  const [first] = await offlineCaches(page);
  return { dir, server, page, first };
}

test('a new build replaces the offline copy: the next visit shows it, and the old copy is deleted', async () => {
  const { dir, server, page, first } = await visitedCopy();

  // The clinic uploads another build: its page differs.
  const second = rebuild(dir, markSecondBuild);

  await page.reload(); // the browser checks for a new sw.js on each visit
  const [kept] = await offlineCopiesOf(page, [second]);
  assert.notEqual(kept, first, 'only the new build is kept');
  await page.reload();
  assert.match(await page.content(), /the second build/);
  await page.locator('[data-action=start]').waitFor();
  await page.done();
  await server.close();
  fs.rmSync(dir, { recursive: true });
});

/**
 * Asks the browser to check for a new sw.js, and waits until the worker it installs is activated
 * or fails (redundant). Returns that state, or null if the browser found no new sw.js.
 */
const updateWorker = (page) => page.evaluate(async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  const found = new Promise((ok) => registration.addEventListener('updatefound', () => ok(registration.installing), { once: true }));
  await registration.update();
  const worker = registration.installing ?? await Promise.race([found, new Promise((ok) => setTimeout(ok, 5000, null))]);
  if (!worker) return null;
  await new Promise((ok) => {
    const settled = () => (worker.state === 'activated' || worker.state === 'redundant') && ok();
    worker.addEventListener('statechange', settled);
    settled();
  });
  return worker.state;
});

test('a new build whose files are not all its own is not kept: the old offline copy stays and works', async () => {
  const { dir, server, page, first } = await visitedCopy();
  const script = fs.readFileSync(path.join(dir, 'hosted.js'), 'utf8');

  // The clinic uploads another build, in which hosted.js differs, but the host rewrites that file,
  // so neither the server's hosted.js nor the browser's cached one is the one sw.js lists.
  rebuild(dir, (build) => {
    markSecondBuild(build);
    fs.writeFileSync(path.join(build, 'hosted.js'), `${script}\n// the second build\n`);
  });
  const rewritten = `${script}\n// the second build\n// added by the host\n`;
  fs.writeFileSync(path.join(dir, 'hosted.js'), rewritten);

  assert.equal(await updateWorker(page), 'redundant', 'the new build\'s worker does not install');
  assert.deepEqual(await offlineCaches(page), [first], 'the old build\'s copy stays, and nothing of the new one is kept');

  await server.close();
  await page.context().setOffline(true);
  await page.reload();
  await page.locator('[data-action=start]').waitFor();
  assert.doesNotMatch(await page.content(), /the second build/);
  assert.equal(await page.evaluate(async () => (await fetch('hosted.js')).text()), script, 'the old build\'s offline.js');
  await completeEmergencyTriage(page);
  await page.done();
  fs.rmSync(dir, { recursive: true });
});

test('builds in two folders of one origin both work offline after one visit each', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heel-triage-'));
  for (const folder of ['v1', 'v2']) fs.cpSync(DIST, path.join(dir, folder), { recursive: true });
  // The site's own home page, which links the current version.
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>A clinic</title><a href="v2/">Heel pain check</a>');
  const v1 = hashes(path.join(dir, 'v1')).build;
  const v2 = rebuild(path.join(dir, 'v2'), markSecondBuild);
  const server = await serve(dir);
  const page = await watchedPage(browser, server.origin);
  for (const folder of ['v1', 'v2']) {
    await open(page, server.origin, `${folder}/`);
    await offlineReady(page);
  }
  await offlineCopiesOf(page, [v1, v2]);

  // A new build in /v1/ replaces /v1/'s copy and leaves /v2/'s.
  const v1Updated = rebuild(path.join(dir, 'v1'), mark('v1 updated'));
  await open(page, server.origin, 'v1/'); // the browser checks for a new sw.js on each visit
  await offlineCopiesOf(page, [v1Updated, v2]);

  await server.close();
  await page.context().setOffline(true);
  for (const [folder, marked] of [['v1', /v1 updated/], ['v2', /the second build/]]) {
    await open(page, server.origin, `${folder}/`);
    assert.match(await page.content(), marked);
    await completeEmergencyTriage(page);
    await page.evaluate(() => localStorage.clear()); // saved answers are the origin's: the next folder would resume them
  }
  await page.done();
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

// What a careful host sends with every file. The policy goes further than the page's <meta> one.
const SECURITY_HEADERS = {
  'content-security-policy': `${CSP}; trusted-types 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), geolocation=(), microphone=()',
  'cross-origin-opener-policy': 'same-origin',
};

test('offline, the pages and their files keep the security headers the server sent', async () => {
  // With a Vary header too, which a copy kept under one name must not heed.
  const server = await serve(DIST, { ...SECURITY_HEADERS, vary: 'Accept' });
  const page = await watchedPage(browser, server.origin);
  page.expectedErrors.push(/TrustedTypePolicy named 'probe'/);
  await open(page, server.origin);
  await offlineReady(page);
  await page.goto(`${server.origin}/frame.html`); // kept on this first use
  await page.locator('[data-action=start]').waitFor();

  await server.close();
  await page.context().setOffline(true);
  for (const file of ['', 'frame.html']) {
    const response = await page.goto(`${server.origin}/${file}`);
    assert.ok(response.fromServiceWorker(), `/${file} comes from the offline copy`);
    const headers = await response.allHeaders();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(headers[name], value, `/${file}: ${name}`);
    // And the browser applies them: the header's policy and permissions, which the page alone lacks.
    const applied = await page.evaluate(() => {
      let policyCreated = true;
      try { trustedTypes.createPolicy('probe', {}); } catch { policyCreated = false; }
      return { policyCreated, camera: document.featurePolicy.allowsFeature('camera') };
    });
    assert.deepEqual(applied, { policyCreated: false, camera: false }, `/${file} runs under the server's headers`);
  }
  const files = ['embed/heel-triage.js', 'embed/heel-triage_bg.wasm', 'frame.js', 'hosted.js'];
  const kept = await page.evaluate(([names, files]) => Promise.all(files.map(async (file) => {
    const response = await fetch(file);
    return Object.fromEntries(names.map((name) => [name, response.headers.get(name)]));
  })), [Object.keys(SECURITY_HEADERS), files]);
  for (const [i, file] of files.entries()) assert.deepEqual(kept[i], SECURITY_HEADERS, file);
  await open(page, server.origin);
  await completeEmergencyTriage(page);
  await page.done();
});
