// End-to-end harness: serves the trunk build on 127.0.0.1, drives Debian's Chromium through
// playwright-core (never a downloaded browser), and watches every page for console errors,
// requests to other origins and cookies.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
/** The sample clinic pages, served under /clinic/ beside the build. */
export const CLINIC = path.join(ROOT, 'examples/clinic-site');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/**
 * A static server for `dir` (and the clinic pages under /clinic/) on a free loopback port. Like
 * the plainest of servers it sends no caching headers. `requests` lists the paths asked for.
 */
export async function serve(dir = DIST, headers = {}) {
  assert.ok(fs.existsSync(path.join(dir, 'index.html')), `${dir} has no index.html: run the release build first`);
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    const clinic = url.pathname.startsWith('/clinic/');
    const base = clinic ? CLINIC : dir;
    let file = path.join(base, decodeURIComponent(clinic ? url.pathname.slice('/clinic'.length) : url.pathname));
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    // Chromium asks for /favicon.ico when a tab shows something that names no icon (a script
    // opened directly, as a test does to fill the browser's cache); a site would have one.
    if (url.pathname === '/favicon.ico') { res.writeHead(204).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...headers });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  // Closing also drops the browser's open connections, which would otherwise keep it waiting.
  const close = () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); });
  return { origin, requests, close };
}

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
}

/**
 * A page that records what it must never do. Call `audit()` at the end of a test: it fails on
 * console errors, page errors, requests to any origin but `origin`, and cookies.
 */
export async function watchedPage(browser, origin, options = {}, allowedOrigins = []) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.warnings = [];
  page.expectedErrors = []; // patterns of console errors a test sets out to cause
  page.on('console', (m) => {
    const expected = page.expectedErrors.some((pattern) => pattern.test(m.text()));
    if (m.type() === 'error' && !expected) problems.push(`console error: ${m.text()}`);
    if (m.type() === 'warning') page.warnings.push(m.text());
  });
  page.on('dialog', (d) => { problems.push(`a dialog opened: ${d.message()}`); d.dismiss().catch(() => {}); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    const allowed = [origin, ...allowedOrigins].some((o) => url.startsWith(o));
    if (!allowed && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request to another origin: ${url}`);
  });
  page.audit = async () => {
    const cookies = await context.cookies();
    assert.deepEqual(cookies, [], 'no cookies');
    assert.deepEqual(problems, [], problems.join('\n'));
  };
  page.done = async () => { await page.audit(); await context.close(); };
  return page;
}

/** Answers for whole journeys, by question id (unlisted questions are answered "no"). */
export const RUNNER = { // an adult runner with a midportion pattern: self-care
  age_group: '25_40', weight_bearing: 'normal', single_leg_tiptoe: 'painful', duration: '2_to_12_weeks',
  recent_load_increase: 'true', eases_with_warmup: 'true', morning_stiffness: 'under_30_min', nerve_symptoms: 'none',
};
// a sudden pop today: emergency
export const POP = { age_group: '41_60', sudden_onset: 'true', pop_or_kicked: 'true', injury_when: 'under_4_weeks' };
export const CHILD = { // a child with heel pain after football: growth-plate pain
  age_group: '8_15', weight_bearing: 'normal', single_leg_tiptoe: 'painful', duration: '2_to_12_weeks',
  both_heels: 'true', recent_load_increase: 'true', heel_squeeze_pain: 'true',
};

// ---- Page objects --------------------------------------------------------------------------

export async function open(page, origin, file = '') {
  await page.goto(`${origin}/${file}`);
  await page.locator('[data-action=start], [data-question], [data-region], [data-urgency]').first().waitFor();
}

// The helpers below take a scope: the page, or one widget (`page.locator('heel-triage#a')`).
// Playwright's locators see into open shadow roots, so they reach inside <heel-triage>.

export async function chooseRegions(scope, regions) {
  await scope.locator('[data-action=start]').click();
  for (const region of regions) {
    // The first shape of the region that is on screen (back view or sole strip on a phone).
    await scope.locator(`[data-region=${region}]:visible`).first().click();
  }
  await scope.locator('[data-action=continue]').click();
}

/** Current question id, or null once the journey reaches the emergency screen or the result. */
export async function currentQuestion(scope) {
  const screen = scope.locator('[data-question], [data-emergency], .ht-banner[data-urgency]').first();
  await screen.waitFor();
  return screen.getAttribute('data-question');
}

/** Marks the checklist on show from `answers` ("true" or "unsure"; anything else is left as No) and sends it. */
export async function tick(scope, answers) {
  const checklist = scope.locator('[data-checklist]');
  const lines = await checklist.locator('[data-question]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')));
  for (const line of lines) {
    const value = answers[line];
    if (value === 'true' || value === 'unsure') await checklist.locator(`[data-question="${line}"] [data-answer="${value}"]`).click();
  }
  await checklist.locator('[data-action^=checklist]').click();
  await checklist.waitFor({ state: 'detached' });
  return lines;
}

/**
 * Answers each screen from `answers` (id -> data-answer value; default "false" or `fallback`)
 * until none is left. Returns the screens asked: a question id, or a checklist's list of ids.
 */
export async function answerAll(scope, answers, fallback = 'false', asked = []) {
  for (let i = 0; i < 40; i++) {
    const q = await currentQuestion(scope);
    if (q === null) return asked;
    if (await scope.locator('[data-checklist]').count()) {
      asked.push(await tick(scope, answers));
      continue;
    }
    asked.push(q);
    const value = answers[q] ?? fallback;
    await scope.locator(`[data-question="${q}"] [data-answer="${value}"]`).click();
    await scope.locator(`[data-question="${q}"]`).waitFor({ state: 'detached' });
  }
  throw new Error(`interview did not end: ${asked.join(', ')}`);
}

export async function rankedConditions(scope) {
  return scope.locator('[data-condition]').evaluateAll((els) => els.map((e) => e.getAttribute('data-condition')));
}
