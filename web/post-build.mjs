// trunk post_build hook (Trunk.toml): turns trunk's staged build into what we ship.
//
// - embed/: heel-triage.js (the custom element with the wasm-bindgen glue in the same file) and
//   heel-triage_bg.wasm, under stable names so a clinic can link them from a versioned folder.
//   One script, not the element importing the glue: a clinic page that only has the script tag
//   then waits for two files in a row, not three (measured: 160 ms sooner at 150 ms round trips).
// - index.html and frame.html load the widget through embed/heel-triage.js. Trunk's inline
//   loader is removed, so the pages run under a strict Content-Security-Policy.
// - sw.js: a service worker that caches every file of this build, checked by its hash, under a
//   cache named after the build.
// - heel-triage.html: the whole widget in one file (glue, base64 wasm, CSS) that opens from disk.
// - In a release build, every script is minified (web/minify.mjs).
//
// Runs in `trunk build` and `trunk serve` alike.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { minify } from './minify.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) throw new Error('post-build.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)');

const staged = (...parts) => path.join(staging, ...parts);
const fromRepo = (...parts) => path.join(source, ...parts);
const read = (file) => fs.readFileSync(file, 'utf8');

// 1. embed/: the element with the glue in front of it, and the wasm.
const names = fs.readdirSync(staging);
const glue = names.find((n) => /^heel-triage(-[0-9a-f]+)?\.js$/.test(n));
const wasm = names.find((n) => /^heel-triage(-[0-9a-f]+)?_bg\.wasm$/.test(n));
if (!glue || !wasm) throw new Error(`no wasm-bindgen output in ${staging}: ${names.join(', ')}`);
fs.mkdirSync(staged('embed'), { recursive: true });
fs.renameSync(staged(wasm), staged('embed', 'heel-triage_bg.wasm'));
const IMPORT = "import init, { Widget } from './heel-triage-core.js';";
const elementSource = read(fromRepo('web', 'heel-triage.js'));
if (!elementSource.includes(IMPORT)) throw new Error('web/heel-triage.js: its import of the glue was not found');
const element = `${read(staged(glue))}\n${elementSource.replace(IMPORT, 'const init = __wbg_init;')}`;
fs.rmSync(staged(glue));
fs.writeFileSync(staged('embed', 'heel-triage.js'), minify(element));
for (const file of ['frame.html', 'manifest.webmanifest']) {
  fs.copyFileSync(fromRepo('web', file), staged(file));
}
for (const file of ['offline.js', 'frame.js']) fs.writeFileSync(staged(file), minify(read(fromRepo('web', file))));
fs.copyFileSync(fromRepo('assets', 'favicon.svg'), staged('icon.svg'));

// 2. index.html: trunk's inline loader and preload hints out, the element's script in.
// The script and the wasm are fetched at once, not one after the other.
const LOADER = '<link rel="preload" href="embed/heel-triage_bg.wasm" as="fetch" type="application/wasm" crossorigin>\n'
  + '  <script type="module" src="embed/heel-triage.js"></script>';
let index = read(staged('index.html'))
  .replace(/<link rel="(modulepreload|preload)"[^>]*heel-triage[^>]*>/g, '')
  .replace(/<script type="module">\s*import init, \* as bindings[\s\S]*?<\/script>/, LOADER);
if (!index.includes(LOADER)) throw new Error('index.html: trunk loader not found; did trunk change its output?');
fs.writeFileSync(staged('index.html'), index);

// 3. The single file: everything inline, the wasm as base64 handed to the glue as bytes.
const script = (js) => js.replaceAll('</script', '<\\/script');
const WASM_URL = "const WASM = new URL('./heel-triage_bg.wasm', import.meta.url);";
if (!element.includes(WASM_URL)) throw new Error('web/heel-triage.js: the single-file rewrite did not match');
const inlined = element.replace(
  WASM_URL,
  () => `const WASM = Uint8Array.from(atob('${fs.readFileSync(staged('embed', 'heel-triage_bg.wasm')).toString('base64')}'), (c) => c.charCodeAt(0));`,
);
const icon = `data:image/svg+xml;base64,${fs.readFileSync(staged('icon.svg')).toString('base64')}`;
const single = index
  .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
  .replace(/<link rel="manifest"[^>]*>/, '')
  .replace(/<link rel="icon"[^>]*>/, `<link rel="icon" href="${icon}">`)
  .replace(/<script type="module" src="offline\.js"><\/script>/, '')
  .replace(LOADER, () => `<script type="module">\n${script(minify(inlined))}\n</script>`);
fs.writeFileSync(staged('heel-triage.html'), single);

// 4. The service worker, last, so its list holds every other file. The cache is named after a
//    hash of the build, so a new build replaces the old cache instead of mixing with it.
const files = [];
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else files.push(path.relative(staging, full).split(path.sep).join('/'));
  }
};
walk(staging);
files.sort();
// 64 bits of SHA-256: enough to tell one build's file from another's.
const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const digests = Object.fromEntries(files.map((file) => [file, sha256(fs.readFileSync(staged(file)))]));
const cache = `heel-triage-${sha256(JSON.stringify(digests))}`;
// './' first: it is what the browser has just downloaded, and sw.js keeps it as index.html too.
const offline = { './': digests['index.html'], ...digests };
delete offline['heel-triage.html']; // the single file is for opening from disk
const worker = read(fromRepo('web', 'sw.js'))
  .replace("'__CACHE__'", JSON.stringify(cache))
  .replace("{ '__FILES__': '' }", JSON.stringify(offline));
if (worker.includes('__')) throw new Error('web/sw.js: a placeholder was not filled in');
fs.writeFileSync(staged('sw.js'), minify(worker));
console.log(`post-build: embed/ written, single file ${Math.round(fs.statSync(staged('heel-triage.html')).size / 1024)} KB, cache ${cache} with ${files.length} files`);
