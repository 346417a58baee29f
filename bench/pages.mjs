// Page benchmarks for `cargo xtask bench`: the built widget (dist/) against the counter floor
// (target/bench/counter/), both release builds with wasm-opt -Oz, in Debian's headless Chromium
// on 127.0.0.1. Prints Markdown tables; measures, never asserts.
//
// - Bytes: every file a first visit downloads, raw, gzip -9 and brotli -11, with what the hosted
//   page's service worker downloads after load for offline use.
// - Start-up: cold loads (a fresh browser context each: empty cache and storage), from
//   navigation start to the app's own `performance.mark`: `heel-triage:diagram-ready` when the
//   heel diagram is first in the page and listening (the patient's saved progress is at the
//   diagram, so the diagram is the first thing drawn), `counter:ready` for the counter. Both
//   marks come once the app's elements are in the document, before the browser paints. The
//   widget is loaded on its hosted page and on a bare clinic page (the README's snippet alone).
// - The same start-up on an old phone over slow mobile data, as Lighthouse emulates one (150 ms
//   round trips, 1.6 Mbit/s down, CPU slowed 4×), with the files sent gzipped as a web server
//   would. Fewer loads: each takes seconds, and the spread is small next to the medians.
// - Memory: JS heap (DevTools protocol) plus wasm linear memory after a complete triage.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// 121 rounds: with fewer, this machine's noise moves the start-up ratio by more than the
// budget's margin.
const LOADS = Number(process.env.BENCH_LOADS ?? 121);
const SLOW_LOADS = Number(process.env.BENCH_SLOW_LOADS ?? 9);
// Lighthouse's mobile profile.
const SLOW_PHONE = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8, cpuSlowdown: 4 };
const APPS = [
  { name: 'heel-triage', dir: path.join(ROOT, 'dist'), mark: 'heel-triage:diagram-ready' },
  { name: 'counter floor', dir: path.join(ROOT, 'target/bench/counter'), mark: 'counter:ready' },
];
/**
 * A clinic's page at its barest, as bare as the counter's: the README's snippet (the wasm preload
 * hint, the script, the element with a clinic's settings) and nothing else. The hosted page adds
 * its policy, icon, manifest and offline script; this shows what the widget itself costs.
 */
const clinicPage = (lang, wasm) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Clinic</title><link rel="icon" href="data:,">
<link rel="preload" href="embed/${wasm}" as="fetch" type="application/wasm" crossorigin>
<script type="module" src="embed/heel-triage.js"></script></head>
<body><heel-triage clinic-name="Northside Foot Clinic" phone="0161 496 0000" booking-url="https://clinic.example/book"></heel-triage></body></html>`;
const CLINIC_PAGE = { path: '/bare-clinic-page.html', html: clinicPage('en', 'heel-triage_bg.wasm') };
// The same in Spanish: the page's language picks the Spanish download, which its preload names.
const CLINIC_PAGE_ES = { path: '/bare-clinic-page-es.html', html: clinicPage('es', 'heel-triage_bg.es.wasm') };
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };

/**
 * A static server; with `gzip`, it compresses what the browser accepts, as web servers do. It
 * sends no caching headers, the worst case for a second download. `requests` lists the paths
 * asked for.
 */
function serve(dir, { gzip = false } = {}) {
  // Each file is compressed once, so no timed load waits for the server to compress it.
  const gzipped = new Map();
  const requests = [];
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://x');
    requests.push(pathname);
    const clinic = [CLINIC_PAGE, CLINIC_PAGE_ES].find((page) => page.path === pathname);
    if (clinic) { res.writeHead(200, { 'content-type': 'text/html' }).end(clinic.html); return; }
    let file = path.join(dir, decodeURIComponent(pathname));
    if (file.endsWith('/')) file += 'index.html';
    if (!file.startsWith(dir) || !fs.existsSync(file)) { res.writeHead(404).end(); return; }
    const headers = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
    let body = fs.readFileSync(file);
    if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(file)) gzipped.set(file, zlib.gzipSync(body, { level: 9 }));
      body = gzipped.get(file);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, requests, origin: `http://127.0.0.1:${server.address().port}` })));
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };
/**
 * 95% bootstrap interval of median(a) / median(b): how far this machine's noise moves the ratio.
 * `a[i]` and `b[i]` come from the same round of alternating loads, so rounds are resampled whole:
 * a slow stretch of the machine then weighs on both medians alike, as it did in the run.
 */
function ratioInterval(a, b, resamples = 2000) {
  const ratios = Array.from({ length: resamples }, () => {
    const rounds = a.map(() => Math.floor(Math.random() * a.length));
    return median(rounds.map((i) => a[i])) / median(rounds.map((i) => b[i]));
  });
  return [percentile(ratios, 0.025), percentile(ratios, 0.975)];
}

async function newContext(browser, seed, serviceWorkers = 'block') {
  const context = await browser.newContext({ serviceWorkers, viewport: { width: 375, height: 800 } });
  if (seed) await context.addInitScript(([key, value]) => localStorage.setItem(key, value), seed);
  return context;
}

/**
 * Files a first visit downloads, with their sizes: the page's, then what the hosted page's
 * service worker downloads after load to keep for offline use (on the server's side, so a file
 * downloaded twice counts twice).
 */
async function firstVisit(browser, app, { origin, requests }, seed, at = '/') {
  const context = await newContext(browser, seed, 'allow');
  const page = await context.newPage();
  const pageFiles = new Set();
  page.on('requestfinished', (request) => pageFiles.add(new URL(request.url()).pathname));
  const from = requests.length;
  await page.goto(`${origin}${at}`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, app.mark);
  await page.waitForLoadState('networkidle');
  // `ready` waits until the worker has installed, that is, has kept every file.
  await page.evaluate(async () => { if (await navigator.serviceWorker.getRegistration()) await navigator.serviceWorker.ready; });
  await context.close();
  const seen = new Set();
  const visit = requests.slice(from).map((p) => {
    const offline = !pageFiles.has(p) || seen.has(p);
    seen.add(p);
    return { p, offline };
  });
  // The page first, then the rest by name: the order requests finish in varies from run to run.
  const order = ({ p, offline }) => `${offline ? 1 : 0}${p === '/' ? '' : p}`;
  return visit.sort((a, b) => order(a).localeCompare(order(b))).map(({ p, offline }) => {
    const body = fs.readFileSync(path.join(app.dir, p.endsWith('/') ? `${p}index.html` : p));
    return {
      file: `${p === '/' ? 'index.html' : p.slice(1)}${offline ? ' (kept for offline use, after load)' : ''}`,
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

/**
 * One cold load of the app's page (its `page`, or `/`): navigation start to the app's mark, in
 * ms; on `phone`'s network and CPU if given.
 */
async function coldStart(browser, app, origin, seed, phone = null) {
  const context = await newContext(browser, seed);
  const page = await context.newPage();
  if (phone) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const { cpuSlowdown, ...network } = phone;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  await page.goto(`${origin}${app.page ?? '/'}`);
  const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, app.mark);
  const ms = await handle.jsonValue();
  await context.close();
  return ms;
}

/**
 * Keeps every wasm instance the page starts on `window.__wasmInstances`, so its memory can be
 * read whatever glue started it (the widget's bundle exports no init to call again).
 */
function recordWasmInstances() {
  window.__wasmInstances = [];
  const keep = (result) => { window.__wasmInstances.push(result.instance ?? result); return result; };
  const { instantiate, instantiateStreaming } = WebAssembly;
  WebAssembly.instantiate = (...args) => instantiate(...args).then(keep);
  WebAssembly.instantiateStreaming = (...args) => instantiateStreaming(...args).then(keep);
}

/** JS heap plus wasm memory, in bytes, after `drive` has run on the page. */
async function memory(browser, origin, drive) {
  const context = await newContext(browser);
  await context.addInitScript(recordWasmInstances);
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await drive(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  const wasm = await page.evaluate(() => window.__wasmInstances
    .reduce((bytes, instance) => bytes + (instance.exports.memory?.buffer.byteLength ?? 0), 0));
  if (wasm === 0) throw new Error(`${origin}: the page started no wasm instance`);
  await context.close();
  return { heap, wasm };
}

async function triage(page) {
  const answers = { age_group: '25_40', weight_bearing: 'normal', single_leg_tiptoe: 'painful', duration: '2_to_12_weeks', recent_load_increase: 'true', eases_with_warmup: 'true', morning_stiffness: 'under_30_min' };
  await page.locator('[data-action=start]').click();
  await page.locator('[data-region=achilles_midportion]:visible').first().click();
  await page.locator('[data-action=continue]').click();
  for (let i = 0; i < 40; i++) {
    const screen = page.locator('[data-question], .ht-banner[data-urgency]').first();
    await screen.waitFor();
    const q = await screen.getAttribute('data-question');
    if (q === null) return;
    const checklist = page.locator('[data-checklist]');
    if (await checklist.count()) {
      // Nothing on the safety checklist applies.
      await checklist.locator('[data-action=checklist-none]').click();
      await checklist.waitFor({ state: 'detached' });
      continue;
    }
    await page.locator(`[data-question="${q}"] [data-answer="${answers[q] ?? 'false'}"]`).click();
    await page.locator(`[data-question="${q}"]`).waitFor({ state: 'detached' });
  }
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--enable-precise-memory-info'],
});
const results = [];
for (const app of APPS) {
  const served = await serve(app.dir);
  const { server, origin } = served;
  let seed = null;
  if (app.name === 'heel-triage') {
    // Saved progress at the diagram, taken from a real visit.
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.locator('[data-action=start]').click();
    await page.locator('[data-region]').first().waitFor();
    seed = ['heel-triage:progress', await page.evaluate(() => localStorage.getItem('heel-triage:progress'))];
    await context.close();
  }
  const files = await firstVisit(browser, app, served, seed);
  // The hosted page in Spanish: a visit downloads one language.
  const spanish = app.name === 'heel-triage' ? await firstVisit(browser, app, served, seed, '/?lang=es') : null;
  const mem = app.name === 'heel-triage'
    ? await memory(browser, origin, triage)
    : await memory(browser, origin, async (page) => { await page.locator('button').click(); });
  results.push({ app, server, origin, seed, files, spanish, mem, times: [] });
}
/**
 * `rounds` cold loads of each run into its `times`, the apps taking turns so that any drift in
 * the machine hits both alike; a first round warms the OS file cache and is not counted.
 */
async function coldLoads(runs, rounds, phone = null) {
  for (let round = 0; round <= rounds; round++) {
    for (const run of runs) {
      const ms = await coldStart(browser, run.app, run.origin, run.seed, phone);
      if (round > 0) run.times.push(ms);
    }
  }
}
const [widget, floor] = results;
const onClinicPage = {
  app: { name: 'heel-triage on a bare clinic page', mark: widget.app.mark, page: CLINIC_PAGE.path },
  origin: widget.origin, seed: widget.seed, times: [],
};
const onSpanishClinicPage = {
  app: { name: 'heel-triage on a bare clinic page, in Spanish', mark: widget.app.mark, page: CLINIC_PAGE_ES.path },
  origin: widget.origin, seed: widget.seed, times: [],
};
await coldLoads([widget, onClinicPage, onSpanishClinicPage, floor], LOADS);
for (const r of results) {
  r.server.close();
  r.slow = { app: r.app, seed: r.seed, times: [], ...(await serve(r.app.dir, { gzip: true })) };
}
await coldLoads(results.map((r) => r.slow), SLOW_LOADS, SLOW_PHONE);
for (const r of results) r.slow.server.close();
await browser.close();
// Every load's time, round by round, for a closer look than the medians give.
fs.writeFileSync(path.join(ROOT, 'target/bench/start-up.json'), JSON.stringify(Object.fromEntries([widget, onClinicPage, onSpanishClinicPage, floor].map((r) => [r.app.name, { times: r.times, slowPhone: r.slow?.times }]))));

const chromiumVersion = execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
console.log(`\n### Pages (${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0].model}, ${chromiumVersion})\n`);
console.log('| app | file | raw KB | gzip KB | brotli KB |');
console.log('|---|---|---:|---:|---:|');
const totals = {};
const visits = results.flatMap(({ app, files, spanish }) => [[app.name, files], ...(spanish ? [[`${app.name} in Spanish`, spanish]] : [])]);
for (const [name, files] of visits) {
  for (const f of files) console.log(`| ${name} | ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  const t = files.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip, brotli: a.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  totals[name] = t;
  console.log(`| **${name}** | **total, first visit** | **${kb(t.raw)}** | **${kb(t.gzip)}** | **${kb(t.brotli)}** |`);
}
console.log(`\n| app | start-up median (ms) | p10 to p90 (ms) | cold loads | JS heap after a triage (MB) | wasm memory (MB) |`);
console.log('|---|---:|---:|---:|---:|---:|');
for (const { app, times, mem } of [widget, onClinicPage, onSpanishClinicPage, floor]) {
  const memory = mem ? `${(mem.heap / 1048576).toFixed(2)} | ${(mem.wasm / 1048576).toFixed(2)}` : '— | —';
  console.log(`| ${app.name} | ${median(times).toFixed(1)} | ${percentile(times, 0.1).toFixed(1)} to ${percentile(times, 0.9).toFixed(1)} | ${times.length} | ${memory} |`);
}
console.log(`\n| app | start-up on a slow phone, median (ms) | p10 to p90 (ms) | cold loads |`);
console.log('|---|---:|---:|---:|');
for (const { app, slow } of results) {
  console.log(`| ${app.name} | ${median(slow.times).toFixed(0)} | ${percentile(slow.times, 0.1).toFixed(0)} to ${percentile(slow.times, 0.9).toFixed(0)} | ${slow.times.length} |`);
}
const gzipRatio = totals[widget.app.name].gzip / totals[floor.app.name].gzip;
/** "1.23× (95% interval 1.10× to 1.40×)": the ratio of the medians, and how far noise moves it. */
const startUpRatio = (a, b) => {
  const [low, high] = ratioInterval(a, b);
  return `${(median(a) / median(b)).toFixed(2)}× (95% interval ${low.toFixed(2)}× to ${high.toFixed(2)}×)`;
};
console.log(`\n| ratio widget / floor | measured | budget |`);
console.log('|---|---:|---:|');
console.log(`| total gzip bytes | ${gzipRatio.toFixed(2)}× (${kb(totals[widget.app.name].gzip)} KB) | ≤ 2.0× and ≤ 150 KB |`);
console.log(`| total gzip bytes, in Spanish | ${kb(totals[`${widget.app.name} in Spanish`].gzip)} KB | ≤ 150 KB |`);
console.log(`| median start-up, a bare clinic page | ${startUpRatio(onClinicPage.times, floor.times)} | ≤ 1.3× |`);
console.log(`| median start-up, a bare clinic page in Spanish | ${startUpRatio(onSpanishClinicPage.times, floor.times)} | ≤ 1.3× |`);
console.log(`| median start-up, the hosted page (for information) | ${startUpRatio(widget.times, floor.times)} | — |`);
console.log(`| median start-up on a slow phone (for information) | ${startUpRatio(widget.slow.times, floor.slow.times)} | — |`);
