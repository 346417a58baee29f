// The clinics' pages: configure.html (settings checked by the widget's own wasm, a live preview,
// code to copy) and rules.html (every rule in plain words, written at build time). Neither is
// part of a patient's first visit. Screenshots at 375 and 1280 px go to target/screenshots/
// (docs/screenshots/ under `cargo xtask screenshots`), in clinic-pages/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, watchedPage, open, ROOT, DIST } from './harness.mjs';

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const CONTRACT = JSON.parse(fs.readFileSync(path.join(ROOT, 'web/host-contract.json'), 'utf8'));
const SHOTS = path.join(process.env.HEEL_TRIAGE_SCREENSHOTS ?? path.join(ROOT, 'target/screenshots'), 'clinic-pages');

let server, browser;
before(async () => { server = await serve(); browser = await launch(); fs.mkdirSync(SHOTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

async function axe(page, what) {
  await page.evaluate(AXE); // through the DevTools protocol: the pages' policies refuse other scripts
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  const found = result.violations.map((v) => `${what}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], found.join('\n'));
}

/** configure.html, once its previews have started. */
async function configure(options = {}) {
  const page = await watchedPage(browser, server.origin, { viewport: { width: 1280, height: 900 }, ...options });
  await page.goto(`${server.origin}/configure.html`);
  await page.locator('#preview-light [data-action=start]').waitFor();
  await page.locator('#preview-dark [data-action=start]').waitFor();
  return page;
}

const snippet = (page, id) => page.locator(`#snippet-${id}`).textContent();
const problem = (page, name) => page.locator(`#field-${name}-problem`).textContent();

test('configure.html has one field for each attribute of the host contract, named and labelled as the attribute', async () => {
  const page = await configure();
  for (const name of CONTRACT.attributes) {
    assert.equal(await page.locator(`input[name="${name}"]`).count(), 1, name);
    const label = await page.locator(`label[for="field-${name}"] code`).textContent();
    assert.equal(label, name, `the label of ${name} names the attribute`);
  }
  assert.equal(await page.locator('#settings input').count(), CONTRACT.attributes.length, 'no field that is not an attribute');
  await page.done();
});

test('typing a setting updates the code to copy and both previews', async () => {
  const page = await configure();
  await page.fill('input[name="clinic-name"]', 'Northside "Foot" Clinic');
  await page.fill('input[name="phone"]', '0161 496 0000');
  await page.fill('input[name="accent"]', '#1d4e89');
  await page.check('input[name="share-conditions"]');
  const script = await snippet(page, 'script');
  assert.match(script, /<heel-triage clinic-name="Northside &quot;Foot&quot; Clinic" phone="0161 496 0000" accent="#1d4e89" share-conditions><\/heel-triage>/);
  assert.ok(script.includes(`<script type="module" src="${server.origin}/embed/heel-triage.js"></script>`), script);
  assert.ok(script.includes(`<link rel="preload" href="${server.origin}/embed/heel-triage_bg.wasm"`), script);
  const settings = JSON.parse(await snippet(page, 'frame-settings'));
  assert.deepEqual(Object.values(settings)[0], {
    'clinic-name': 'Northside "Foot" Clinic', phone: '0161 496 0000', accent: '#1d4e89', 'share-conditions': 'true', 'parent-origins': [],
  });
  for (const scheme of ['light', 'dark']) {
    await page.locator(`#preview-${scheme}`).getByText('Northside "Foot" Clinic').first().waitFor();
    assert.equal(await page.locator(`#preview-${scheme}`).getAttribute('phone'), '0161 496 0000');
  }
  // The clinic's accent colours the light preview; dark mode keeps the widget's own.
  const start = (scheme) => page.locator(`#preview-${scheme} [data-action=start]`).evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(await start('light'), 'rgb(29, 78, 137)');
  assert.notEqual(await start('dark'), 'rgb(29, 78, 137)');
  // A Spanish element preloads the Spanish wasm: a visit downloads one language.
  await page.fill('input[name="lang"]', 'es-MX');
  assert.ok((await snippet(page, 'script')).includes(`<link rel="preload" href="${server.origin}/embed/heel-triage_bg.es.wasm"`));
  await page.fill('input[name="lang"]', '');
  // Cleared: gone from the code and the previews.
  await page.fill('input[name="phone"]', '');
  assert.ok(!(await snippet(page, 'script')).includes('phone='));
  assert.equal(await page.locator('#preview-light').getAttribute('phone'), null);
  await page.done();
});

test('a refused value shows the reason the widget gives and stays out of the code and the previews', async () => {
  const BAD = [['phone', 'call us now'], ['accent', '#ffffff'], ['booking-url', 'javascript:alert(1)'], ['clinic-name', 'North<b>side']];
  // What the element itself says about each, on a host page.
  const host = await watchedPage(browser, server.origin);
  await host.goto(`${server.origin}/clinic/blank.html`);
  await host.evaluate((bad) => {
    for (const [name, value] of bad) {
      const widget = document.createElement('heel-triage');
      widget.setAttribute(name, value);
      document.getElementById('widgets').append(widget);
    }
  }, BAD);
  await host.locator('[data-action=start]').nth(BAD.length - 1).waitFor();
  await host.done();

  const page = await configure();
  for (const [name, value] of BAD) {
    await page.fill(`input[name="${name}"]`, value);
    const warning = host.warnings.find((w) => w.startsWith(`heel-triage: \`${name}\` ignored: `));
    assert.ok(warning, `the element warned about ${name}: ${host.warnings.join(' | ')}`);
    const reason = warning.slice(`heel-triage: \`${name}\` ignored: `.length);
    assert.equal(await problem(page, name), `Not used: ${reason}. It is left out of the code below.`);
    assert.equal(await page.locator(`input[name="${name}"]`).getAttribute('aria-invalid'), 'true');
    // A screen reader hears it once the field is left, not at every key.
    assert.equal(await page.locator('[aria-live]').count(), 0, 'no field announces itself as it is typed');
    await page.locator(`input[name="${name}"]`).blur();
    assert.equal(await page.locator('#announce').textContent(), `Not used: ${reason}. It is left out of the code below.`);
    for (const id of ['script', 'iframe', 'frame-settings', 'csp']) {
      assert.ok(!(await snippet(page, id)).includes(value), `${name} kept out of ${id}`);
    }
    for (const scheme of ['light', 'dark']) {
      assert.equal(await page.locator(`#preview-${scheme}`).getAttribute(name), null, `${name} kept from the ${scheme} preview`);
    }
  }
  // Put right, it is used.
  await page.fill('input[name="phone"]', '0161 496 0000');
  assert.equal(await problem(page, 'phone'), '');
  assert.ok((await snippet(page, 'script')).includes('phone="0161 496 0000"'));
  assert.deepEqual(page.warnings, [], 'the previews never got a refused value');
  await page.done();
});

test('from nothing to a working embed: the page\'s code and policy, pasted into a clinic page, start the widget', async () => {
  const page = await configure();
  await page.fill('input[name="clinic-name"]', 'Northside Foot Clinic');
  await page.fill('input[name="booking-url"]', 'https://www.northside.example/book');
  await page.fill('input[name="page-site"]', server.origin);
  await page.fill('input[name="clinic-id"]', 'northside');
  assert.equal(await page.locator('#missing').textContent(), '', 'nothing left to fill in');
  const script = await snippet(page, 'script');
  const policy = (await snippet(page, 'csp')).replace(/^Content-Security-Policy: /, '');
  assert.equal(policy, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'");
  assert.ok((await snippet(page, 'iframe')).includes(`src="${server.origin}/frame.html?clinic=northside"`));
  assert.deepEqual(JSON.parse(await snippet(page, 'frame-settings')).northside['parent-origins'], [server.origin]);
  await page.done();

  // A clinic page holding just what was copied, served with the copied policy.
  const clinic = await watchedPage(browser, server.origin);
  await clinic.route(`${server.origin}/clinic/configured.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': policy },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Northside</title></head><body>${script}</body></html>`,
  }));
  await clinic.goto(`${server.origin}/clinic/configured.html`);
  await clinic.locator('heel-triage').getByText('Northside Foot Clinic').first().waitFor();
  await clinic.done();
});

test('the widget\'s folder and the clinic\'s site are checked too, and a folder on another site widens the policy', async () => {
  const page = await configure();
  await page.fill('input[name="widget-folder"]', 'http://cdn.example/heel-triage/');
  assert.match(await problem(page, 'widget-folder'), /^Not used: use https:\/\//);
  assert.ok(!(await snippet(page, 'script')).includes('cdn.example'));
  await page.fill('input[name="widget-folder"]', 'https://cdn.example/heel-triage/2026.12.1');
  await page.fill('input[name="page-site"]', 'https://www.northside.example');
  assert.ok((await snippet(page, 'script')).includes('src="https://cdn.example/heel-triage/2026.12.1/embed/heel-triage.js"'));
  // The address of a page in the folder (as a browser shows the hosted page) names that folder.
  await page.fill('input[name="widget-folder"]', 'https://cdn.example/heel-triage/2026.12.1/index.html');
  assert.ok((await snippet(page, 'script')).includes('src="https://cdn.example/heel-triage/2026.12.1/embed/heel-triage.js"'));
  assert.equal(await snippet(page, 'csp'), "Content-Security-Policy: default-src 'self'; script-src 'self' https://cdn.example "
    + "'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; connect-src 'self' https://cdn.example");
  await page.fill('input[name="clinic-id"]', 'North Side');
  assert.match(await problem(page, 'clinic-id'), /lower-case/);
  assert.ok(!(await snippet(page, 'iframe')).includes('North Side'));
  await page.done();
});

test('each copy button copies its code', async () => {
  const page = await configure({ permissions: ['clipboard-read', 'clipboard-write'] });
  await page.fill('input[name="clinic-name"]', 'Northside Foot Clinic');
  for (const id of ['script', 'csp', 'iframe', 'frame-settings']) {
    await page.click(`button[data-copy="snippet-${id}"]`);
    await page.locator(`#snippet-${id}-copied`).getByText('Copied.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await snippet(page, id), id);
  }
  await page.done();
});

test('each preview shows its scheme whatever the computer\'s setting', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await configure({ colorScheme });
    const paper = (scheme) => page.locator(`#preview-${scheme} .ht`).first().evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.equal(await paper('light'), 'rgb(255, 255, 255)', `light preview on a ${colorScheme} computer`);
    assert.equal(await paper('dark'), 'rgb(20, 25, 27)', `dark preview on a ${colorScheme} computer`);
    await page.done();
  }
});

test('configure.html works from disk: checks and preview, with nothing fetched', async () => {
  const page = await watchedPage(browser, 'file://');
  await page.goto(`file://${path.join(DIST, 'configure.html')}`);
  await page.locator('#preview-light [data-action=start]').waitFor();
  await page.fill('input[name="phone"]', 'call us now');
  assert.match(await problem(page, 'phone'), /phone number/);
  await page.fill('input[name="clinic-name"]', 'Northside Foot Clinic');
  await page.locator('#preview-dark').getByText('Northside Foot Clinic').first().waitFor();
  assert.equal(await page.locator('#status').textContent(), '', 'no note that the widget could not start');
  await page.done();
});

test('configure.html says plainly when the widget cannot start, and offers no code', async () => {
  const page = await watchedPage(browser, server.origin);
  page.expectedErrors.push(/WebAssembly|wasm/i);
  // As in a browser without WebAssembly.
  await page.addInitScript(() => { delete globalThis.WebAssembly; });
  await page.goto(`${server.origin}/configure.html`);
  await page.locator('#status').getByText('could not start the widget').waitFor();
  assert.equal(await page.locator('#snippets').isHidden(), true);
  await page.fill('input[name="phone"]', '0161 496 0000');
  assert.match(await problem(page, 'phone'), /could not be checked/);
  await page.done();
});

/** Ids of the `[[table]]` entries in a knowledge file. */
function ids(file, table) {
  const text = fs.readFileSync(path.join(ROOT, 'knowledge', file), 'utf8');
  return text.split(`[[${table}]]`).slice(1).map((entry) => /^id = "([^"]+)"/m.exec(entry)[1]);
}

test('rules.html names every red flag and condition, with the version, every test case and a sign-off', async () => {
  const page = await watchedPage(browser, server.origin);
  await page.goto(`${server.origin}/rules.html`);
  const version = /^version = "([^"]+)"/m.exec(fs.readFileSync(path.join(ROOT, 'knowledge/meta.toml'), 'utf8'))[1];
  assert.match(await page.locator('.version').textContent(), new RegExp(`Rules version ${version.replaceAll('.', '\\.')}\\.`));
  const flags = ids('red_flags.toml', 'red_flag');
  const conditions = ids('conditions.toml', 'condition');
  assert.ok(flags.length > 10 && conditions.length > 10);
  for (const id of flags) assert.match(await page.locator(`[id="flag-${id}"] h3`).textContent(), new RegExp(` ${id}$`), id);
  for (const id of conditions) assert.equal(await page.locator(`[id="condition-${id}"]`).count(), 1, id);
  const cases = fs.readdirSync(path.join(ROOT, 'engine/tests/vectors')).filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(fs.readFileSync(path.join(ROOT, 'engine/tests/vectors', f), 'utf8')).map((c) => c.id));
  assert.equal(await page.locator('table.cases tbody tr').count(), cases.length, 'a row for every test case');
  assert.equal(await page.locator('table.cases td:last-child').filter({ hasText: /^(Yes|No)/ }).count(), cases.length, 'each with the engine\'s verdict');
  const signOff = await page.locator('#sign-off').textContent();
  assert.ok(signOff.includes('Reviewed by') && signOff.includes(`Version${version}`), signOff);
  await page.done();
});

test('the pages link to each other, and the hosted page links to both', async () => {
  const page = await watchedPage(browser, server.origin);
  await open(page, server.origin);
  for (const [from, to] of [['', 'configure.html'], ['', 'rules.html'], ['configure.html', 'rules.html'], ['configure.html', 'index.html'],
    ['rules.html', 'configure.html'], ['rules.html', 'index.html']]) {
    if (from) await page.goto(`${server.origin}/${from}`);
    assert.equal(await page.locator(`a[href="${to}"]`).count(), 1, `${from || 'index.html'} links to ${to}`);
  }
  await page.done();
});

test('a first visit loads neither page, and the offline copy keeps neither', async () => {
  const fresh = await serve();
  const page = await watchedPage(browser, fresh.origin);
  await open(page, fresh.origin);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const kept = await page.evaluate(async () => {
    const name = (await caches.keys()).find((n) => n.startsWith('heel-triage '));
    return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
  });
  assert.ok(kept.includes('/embed/heel-triage_bg.wasm'), `the offline copy is there: ${kept.join(' ')}`);
  for (const file of ['/configure.html', '/rules.html']) {
    assert.ok(!fresh.requests.includes(file), `${file} not downloaded: ${fresh.requests.join(' ')}`);
    assert.ok(!kept.includes(file), `${file} not kept offline`);
  }
  await page.done();
  await fresh.close();
});

test('no WCAG A/AA violations on either page', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await configure({ colorScheme });
    await page.fill('input[name="phone"]', 'call us now'); // a field with its problem on show
    await axe(page, `configure.html (${colorScheme})`);
    await page.goto(`${server.origin}/rules.html`);
    await axe(page, `rules.html (${colorScheme})`);
    await page.done();
  }
});

test('nothing runs off the side: configure.html on a phone, rules.html on a phone and on A4', async () => {
  const page = await watchedPage(browser, server.origin, { viewport: { width: 375, height: 800 } });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.goto(`${server.origin}/configure.html`);
  await page.locator('#preview-light [data-action=start]').waitFor();
  assert.equal(await overflow(), 0, 'configure.html at 375 px');
  await page.goto(`${server.origin}/rules.html`);
  assert.equal(await overflow(), 0, 'rules.html at 375 px');
  // A4 less the print margins (15 and 14 mm), at 96 px to the inch.
  await page.setViewportSize({ width: Math.floor(((210 - 28) / 25.4) * 96), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await overflow(), 0, 'rules.html printed on A4');
  assert.equal(await page.locator('nav').first().isVisible(), false, 'no navigation on paper');
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  assert.ok(pdf.length > 50000, 'it prints');
  await page.done();
});

test('screenshots of both pages at 375 and 1280 px', async () => {
  for (const width of [375, 1280]) {
    const page = await watchedPage(browser, server.origin, { viewport: { width, height: 900 }, serviceWorkers: 'block' });
    await page.goto(`${server.origin}/configure.html`);
    await page.locator('#preview-dark [data-action=start]').waitFor();
    await page.fill('input[name="clinic-name"]', 'Northside Foot Clinic');
    await page.fill('input[name="phone"]', 'call us'); // one refused, to show how that looks
    await page.fill('input[name="booking-url"]', 'https://www.northside.example/book');
    await page.fill('input[name="accent"]', '#1d4e89');
    await page.fill('input[name="emergency-number"]', '999');
    await page.fill('input[name="widget-folder"]', 'https://www.northside.example/heel-triage/2026.12.1/');
    await page.fill('input[name="page-site"]', 'https://www.northside.example');
    await page.fill('input[name="clinic-id"]', 'northside');
    await page.locator('#preview-light').getByText('Northside Foot Clinic').first().waitFor();
    const shots = [[`configure-${width}.png`, true]];
    for (const [name, fullPage] of shots) await page.screenshot({ path: path.join(SHOTS, name), fullPage });
    await page.goto(`${server.origin}/rules.html`);
    await page.screenshot({ path: path.join(SHOTS, `rules-${width}.png`) });
    await page.goto(`${server.origin}/rules.html#flag-RF2`);
    await page.screenshot({ path: path.join(SHOTS, `rules-red-flag-${width}.png`) });
    for (const name of [`configure-${width}.png`, `rules-${width}.png`, `rules-red-flag-${width}.png`]) {
      assert.ok(fs.statSync(path.join(SHOTS, name)).size > 5000, `${name} written`);
    }
    await page.done();
  }
});
