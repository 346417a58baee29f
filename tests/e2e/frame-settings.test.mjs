// The iframe page's settings come from the deployment, never from the link: the file the deployer
// names in HEEL_TRIAGE_FRAME_SETTINGS is checked with the widget's own rules when the widget is
// built (web/post-build.mjs, examples/frame_settings.rs) and ships as frame-settings.json, and
// frame.html?clinic=<id> shows that clinic's settings and tells only the parent origins it lists.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, DIST, serve, launch, watchedPage, chooseRegions, answerAll, rankedConditions, POP } from './harness.mjs';

const contract = JSON.parse(fs.readFileSync(path.join(ROOT, 'web', 'host-contract.json'), 'utf8'));
const sorted = (list) => [...list].sort();

// ---- At build time -------------------------------------------------------------------------

/** trunk's output, as tests/e2e/post-build.test.mjs makes it up. */
const STAGED = {
  'heel-triage.js': 'export default async function init() {}\nexport class Widget {}\nexport function check_setting() {}\n',
  'heel-triage_bg.wasm': 'wasm',
  'index.html': fs.readFileSync(path.join(ROOT, 'index.html'), 'utf8').replace(/<link data-trunk rel="rust"[^>]*>/, ''),
};

/**
 * Runs web/post-build.mjs with `settings` (an object, or text) as the deployer's file, or with
 * none; returns its status, its stderr and the frame-settings.json it wrote.
 */
function build(settings) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'heel-triage-settings-'));
  const staging = path.join(work, 'staging');
  fs.mkdirSync(staging);
  for (const [name, text] of Object.entries(STAGED)) fs.writeFileSync(path.join(staging, name), text);
  const env = { ...process.env, TRUNK_STAGING_DIR: staging, TRUNK_SOURCE_DIR: ROOT, TRUNK_PROFILE: 'release', HEEL_TRIAGE_LANGUAGES: 'en' };
  delete env.HEEL_TRIAGE_FRAME_SETTINGS;
  if (settings !== undefined) {
    env.HEEL_TRIAGE_FRAME_SETTINGS = path.join(work, 'clinics.json');
    fs.writeFileSync(env.HEEL_TRIAGE_FRAME_SETTINGS, typeof settings === 'string' ? settings : JSON.stringify(settings, null, 2));
  }
  const run = spawnSync(process.execPath, [path.join(ROOT, 'web', 'post-build.mjs')], { encoding: 'utf8', env });
  const shipped = path.join(staging, 'frame-settings.json');
  const result = { status: run.status, stderr: run.stderr, shipped: fs.existsSync(shipped) ? fs.readFileSync(shipped, 'utf8') : null };
  fs.rmSync(work, { recursive: true });
  return result;
}

const NORTHSIDE = {
  'clinic-name': 'Northside Foot Clinic', phone: '0161 496 0000', 'booking-url': 'https://www.northside.example/book',
  accent: '#1d4e89', 'emergency-number': '999', lang: 'en', 'share-conditions': 'true', 'parent-origins': ['https://www.northside.example'],
};

test('the build ships the deployer\'s frame settings once every value has passed the attributes\' rules, and an empty file without any', () => {
  const good = { northside: NORTHSIDE, westside: { 'clinic-name': 'Westside Podiatry' } };
  const run = build(good);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.shipped), good);

  const none = build();
  assert.equal(none.status, 0, none.stderr);
  assert.deepEqual(JSON.parse(none.shipped), {}, 'no clinic, so no settings and no messages');
});

test('a bad frame setting stops the build, naming the clinic and the field', () => {
  const northside = (changes) => ({ northside: { ...NORTHSIDE, ...changes } });
  const cases = [
    [northside({ phone: '0909 879 0000 (premium rate!)' }), /clinic `northside`, field `phone`: it does not look like a phone number/],
    [northside({ 'booking-url': 'http://www.northside.example/book' }), /clinic `northside`, field `booking-url`: use https:\/\//],
    [northside({ 'booking-url': 'https://www.northside.example@evil.example/' }), /clinic `northside`, field `booking-url`: a user@ hides its site/],
    [northside({ 'booking-url': 'https://www.northside.example:99999/' }), /clinic `northside`, field `booking-url`: its port/],
    [northside({ 'clinic-name': 'Northside \u202EFoot Clinic' }), /clinic `northside`, field `clinic-name`: it has an invisible character \(U\+202E, character 11\)/],
    [northside({ 'clinic-name': '\u200B\u3164' }), /clinic `northside`, field `clinic-name`: it is blank/],
    [northside({ accent: '#ffffff' }), /clinic `northside`, field `accent`: it is too light/],
    [northside({ 'share-conditions': 'yes' }), /clinic `northside`, field `share-conditions`/],
    [northside({ 'emergency-number': '0900 999' }), /clinic `northside`, field `emergency-number`/],
    [northside({ 'parent-origins': ['https://www.northside.example/'] }), /clinic `northside`, field `parent-origins`: write the origin as browsers do: https:\/\/www\.northside\.example \(/],
    [northside({ 'parent-origins': ['*'] }), /clinic `northside`, field `parent-origins`: only https:\/\//],
    [northside({ 'parent-origin': 'https://www.northside.example' }), /clinic `northside`, field `parent-origin`: not a setting/],
    [{ 'North Side': { phone: '0161 496 0000' } }, /clinic `North Side`, field `phone`: a clinic id is/],
    [northside({ phone: 1614960000 }), /clinic `northside`, field `phone`: give the value as text/],
    [northside({ 'parent-origins': 'https://www.northside.example' }), /clinic `northside`, field `parent-origins`: give a list of origins/],
    [{ northside: 'Northside Foot Clinic' }, /clinic `northside`: give its settings as an object/],
    [[NORTHSIDE], /one object/],
    ['{ "northside": ', /HEEL_TRIAGE_FRAME_SETTINGS \(.*\) refused/],
  ];
  for (const [settings, message] of cases) {
    const run = build(settings);
    assert.notEqual(run.status, 0, `passed: ${JSON.stringify(settings)}`);
    assert.match(run.stderr, message, JSON.stringify(settings));
  }
  // Every bad value is named at once, not one per build.
  const two = build(northside({ phone: 'call us', accent: 'pink' }));
  assert.match(two.stderr, /field `phone`[\s\S]*field `accent`|field `accent`[\s\S]*field `phone`/, two.stderr);
});

// ---- In the browser ------------------------------------------------------------------------

let widgetHost, clinicSite, elsewhere, browser, deployed;
/** Servers a test starts: closed after the browser, so a failed test leaves none open. */
const extra = [];
before(async () => {
  // The build, deployed with clinics whose parent origins are the test servers' (their ports are
  // chosen at run time, so the file is written once they listen).
  deployed = fs.mkdtempSync(path.join(os.tmpdir(), 'heel-triage-deployed-'));
  fs.cpSync(DIST, deployed, { recursive: true });
  widgetHost = await serve(deployed);
  clinicSite = await serve();
  elsewhere = await serve();
  fs.writeFileSync(path.join(deployed, 'frame-settings.json'), JSON.stringify({
    northside: { ...NORTHSIDE, 'booking-url': `${widgetHost.origin}/clinic/book.html`, 'parent-origins': ['https://www.northside.example', clinicSite.origin] },
    quiet: { 'clinic-name': 'Quiet Clinic' },
  }));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const server of [widgetHost, clinicSite, elsewhere, ...extra]) await server?.close();
  if (deployed) fs.rmSync(deployed, { recursive: true });
});

/**
 * A page on `site` that records the messages it hears, with frame.html<query> from `widget` in an
 * iframe; `expectedErrors`: the console errors the test sets out to cause.
 */
async function framed(site, query, widget = widgetHost, expectedErrors = []) {
  const page = await watchedPage(browser, site.origin, {}, [widget.origin]);
  page.expectedErrors.push(...expectedErrors);
  await page.goto(`${site.origin}/clinic/blank.html`);
  await page.evaluate((src) => {
    window.heard = [];
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.style.height = '800px';
    frame.addEventListener('load', () => { window.frameLoaded = true; });
    addEventListener('message', (event) => {
      if (event.source === frame.contentWindow) window.heard.push(event.data);
    });
    document.body.append(frame);
  }, `${widget.origin}/frame.html${query}`);
  return { page, frame: page.frameLocator('iframe') };
}

/** What `page` has heard until now: a message of its own, after two frames, marks the end. */
async function heardSoFar(page) {
  return page.evaluate(() => new Promise((done) => {
    requestAnimationFrame(() => requestAnimationFrame(() => window.postMessage('end', '*')));
    addEventListener('message', (e) => { if (e.data === 'end') done(window.heard); });
  }));
}

test('frame.html?clinic=<id> shows that clinic\'s settings and tells the parent origins it lists', async () => {
  const { page, frame } = await framed(clinicSite, '?clinic=northside');
  await frame.locator('.ht-header', { hasText: 'Northside Foot Clinic' }).waitFor();
  await chooseRegions(frame, ['achilles_midportion']);
  await answerAll(frame, POP);
  await frame.locator('[data-action=see-result]').click();
  const contact = frame.locator('.ht-contact');
  assert.equal(await contact.locator('a[href^="tel:"]').getAttribute('href'), 'tel:01614960000');
  assert.match(await contact.textContent(), new RegExp(`Book online at ${new URL(widgetHost.origin).host}`));
  const heard = await heardSoFar(page);
  assert.ok(heard.some((m) => m.type === 'heel-triage:height'), 'its height');
  const result = heard.find((m) => m.type === 'heel-triage:result');
  assert.equal(result.source, 'heel-triage');
  assert.equal(result.detail.urgency, 'emergency');
  assert.equal(result.detail.topConditions[0], 'achilles_rupture', 'the clinic shares the conditions');
  assert.deepEqual(result.detail.topConditions, (await rankedConditions(frame)).slice(0, 3));
  await page.done();
});

test('an unknown clinic gets the defaults, and a clinic tells no parent it does not list', async () => {
  for (const [query, name] of [['?clinic=nobody', null], ['', null], ['?clinic=__proto__', null], ['?clinic=quiet', 'Quiet Clinic']]) {
    const { page, frame } = await framed(clinicSite, query);
    await frame.locator('[data-action=start]').click();
    await frame.locator('[data-region]').first().waitFor();
    const header = await frame.locator('.ht-header').textContent();
    if (name) assert.match(header, new RegExp(name), query);
    else assert.equal(header.trim(), 'Heel pain check', `${query}: no clinic`);
    assert.deepEqual(await heardSoFar(page), [], `${query}: nothing posted`);
    await page.done();
  }
  // Listed for northside, but this page is on another origin: it hears nothing, though the
  // frame shows the clinic it was asked for.
  const { page, frame } = await framed(elsewhere, '?clinic=northside');
  await frame.locator('.ht-header', { hasText: 'Northside Foot Clinic' }).waitFor();
  await frame.locator('[data-action=start]').click();
  await frame.locator('[data-region]').first().waitFor();
  assert.deepEqual(await heardSoFar(page), []);
  await page.done();
});

test('the frame takes exactly the contract\'s attributes from the clinic\'s settings and passes on exactly its events', async () => {
  const all = Object.fromEntries([...contract.attributes, 'clinic-phone'].map((name) => [name, 'x']));
  const page = await watchedPage(browser, clinicSite.origin, {}, [widgetHost.origin]);
  await page.route('**/frame-settings.json', (route) => route.fulfill({ json: { every: { ...all, 'parent-origins': [clinicSite.origin] } } }));
  const { frame } = await (async () => {
    await page.goto(`${clinicSite.origin}/clinic/blank.html`);
    await page.evaluate((src) => {
      window.heard = [];
      const iframe = document.createElement('iframe');
      iframe.src = src;
      addEventListener('message', (event) => { if (event.source === iframe.contentWindow) window.heard.push(event.data); });
      document.body.append(iframe);
    }, `${widgetHost.origin}/frame.html?clinic=every`);
    return { frame: page.frameLocator('iframe') };
  })();
  await frame.locator('[data-action=start]').waitFor();
  const inner = page.frames().find((f) => f.url().includes('/frame.html'));
  const set = await inner.evaluate(() => document.querySelector('heel-triage').getAttributeNames().filter((n) => n !== 'id'));
  assert.deepEqual(sorted(set), sorted(contract.attributes), 'attributes frame.js copied from the settings');
  await inner.evaluate((events) => {
    const element = document.querySelector('heel-triage');
    for (const type of [...events, 'heel-triage:other']) element.dispatchEvent(new CustomEvent(type, { bubbles: true }));
  }, contract.events);
  const passedOn = (await heardSoFar(page)).filter((m) => m.type !== 'heel-triage:height').map((m) => m.type);
  assert.deepEqual(sorted(passedOn), sorted(contract.events));
  await page.done();
});

test('under the README\'s headers the frame works on the clinic\'s site, with no violation, and no other site can frame it', async () => {
  const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    + `base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors ${clinicSite.origin}`;
  const guarded = await serve(deployed, { 'content-security-policy': CSP });
  extra.push(guarded);
  const { page, frame } = await framed(clinicSite, '?clinic=northside', guarded);
  const inner = () => page.frames().find((f) => f.url().includes('/frame.html'));
  await frame.locator('[data-action=start]').waitFor();
  await inner().evaluate(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await chooseRegions(frame, ['achilles_midportion']);
  await answerAll(frame, POP);
  await frame.locator('[data-action=see-result]').click();
  assert.deepEqual(await inner().evaluate(() => window.cspViolations), []);
  assert.ok((await heardSoFar(page)).some((m) => m.type === 'heel-triage:result'));
  await page.done();

  const other = await framed(elsewhere, '?clinic=northside', guarded, [/frame-ancestors/]);
  await other.page.waitForFunction(() => window.frameLoaded);
  assert.equal(await other.frame.locator('heel-triage').count(), 0, 'refused by frame-ancestors');
  await other.page.done();
});

test('after one visit, frame.html works offline: its settings file is kept with the rest of its page', async () => {
  // The build as it came out (the offline copy keeps only a build's own files: a settings file
  // changed afterwards is not kept, so a deployer changes it by building again).
  const server = await serve(DIST);
  extra.push(server);
  const page = await watchedPage(browser, server.origin);
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.goto(`${server.origin}/frame.html?clinic=northside`); // kept on this first use
  await page.locator('[data-action=start]').waitFor();
  extra.pop();
  await server.close();
  await page.context().setOffline(true);
  await page.goto(`${server.origin}/frame.html?clinic=northside`);
  await page.locator('[data-action=start]').waitFor();
  const settings = await page.evaluate(async () => (await fetch('frame-settings.json')).json());
  assert.deepEqual(settings, JSON.parse(fs.readFileSync(path.join(DIST, 'frame-settings.json'), 'utf8')));
  await page.done();
});
