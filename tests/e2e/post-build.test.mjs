// web/post-build.mjs on a made-up trunk staging directory (no browser): what it writes, and that
// it stops with a message when trunk or wasm-bindgen change what it relies on, or when a script
// stops taking its attributes and events from the host contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './harness.mjs';

const GLUE = 'export default async function init() {}\nexport class Widget {}\nexport function check_setting() {}\n';
/** index.html as trunk stages it: Trunk.toml's empty `pattern_script` in place of the rust link. */
const INDEX = fs.readFileSync(path.join(ROOT, 'index.html'), 'utf8').replace(/<link data-trunk rel="rust"[^>]*>/, '');
/** What trunk writes there without `pattern_script`: its own inline loader. */
const TRUNK_LOADER = "<script type=\"module\">\nimport init, * as bindings from './heel-triage.js';\n"
  + "const wasm = await init({ module_or_path: './heel-triage_bg.wasm' });\n</script>";

/** Runs post-build.mjs on a staging directory holding `staged` (name -> text); `source` is the repository it reads. */
function postBuild(staged, source = ROOT) {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'heel-triage-stage-'));
  for (const [name, text] of Object.entries(staged)) fs.writeFileSync(path.join(staging, name), text);
  const run = spawnSync(process.execPath, [path.join(ROOT, 'web', 'post-build.mjs')], {
    encoding: 'utf8',
    env: { ...process.env, TRUNK_STAGING_DIR: staging, TRUNK_SOURCE_DIR: source, TRUNK_PROFILE: 'release', HEEL_TRIAGE_LANGUAGES: 'en' },
  });
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else files.push(path.relative(staging, path.join(dir, entry.name)));
    }
  };
  walk(staging);
  fs.rmSync(staging, { recursive: true });
  return { status: run.status, stderr: run.stderr, files: files.sort() };
}

const good = { 'heel-triage.js': GLUE, 'heel-triage_bg.wasm': 'wasm', 'index.html': INDEX };

test('post-build writes the shipped set of files from trunk\'s output', () => {
  const run = postBuild(good);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(run.files, ['configure.html', 'embed/facts.en.txt', 'embed/facts.es.txt', 'embed/heel-triage.js', 'embed/heel-triage_bg.wasm', 'embed/sources.txt', 'frame-settings.json',
    'frame.html', 'frame.js', 'heel-triage.html', 'hosted.js', 'icon.svg', 'index.html', 'manifest.webmanifest', 'rules.html', 'sw.js']);
});

test('post-build stops with a message when trunk or wasm-bindgen change what it relies on', () => {
  const cases = [
    ['trunk wrote its own loader', { ...good, 'index.html': INDEX.replace('</head>', `${TRUNK_LOADER}</head>`) }, /pattern_script/],
    ['trunk left its link', { ...good, 'index.html': fs.readFileSync(path.join(ROOT, 'index.html'), 'utf8') }, /pattern_script/],
    ['hashed file names', { 'heel-triage-0123abcd.js': GLUE, 'heel-triage-0123abcd_bg.wasm': 'wasm', 'index.html': INDEX }, /filehash/],
    ['no `Widget` export', { ...good, 'heel-triage.js': 'export default async function init() {}\n' }, /wasm-bindgen changed its output[\s\S]*Widget/],
    ['no `check_setting` export', { ...good, 'heel-triage.js': 'export default async function init() {}\nexport class Widget {}\n' }, /wasm-bindgen changed its output[\s\S]*check_setting/],
    ['no default export', { ...good, 'heel-triage.js': 'export async function init() {}\nexport class Widget {}\n' }, /wasm-bindgen changed its output[\s\S]*default/],
  ];
  for (const [what, staged, message] of cases) {
    const run = postBuild(staged);
    assert.notEqual(run.status, 0, `${what}: post-build passed`);
    assert.match(run.stderr, message, what);
  }
});

test('post-build stops when a script lists attributes or events itself instead of importing the contract', () => {
  const source = fs.mkdtempSync(path.join(os.tmpdir(), 'heel-triage-source-'));
  for (const dir of ['web', 'assets', 'knowledge/lang']) fs.cpSync(path.join(ROOT, dir), path.join(source, dir), { recursive: true });
  const contract = JSON.parse(fs.readFileSync(path.join(ROOT, 'web', 'host-contract.json'), 'utf8'));
  const frame = path.join(source, 'web', 'frame.js');
  const text = fs.readFileSync(frame, 'utf8');
  const own = text.replace(/import \{ attributes, events \} from '\.\/host-contract\.json';/,
    `const attributes = ${JSON.stringify(contract.attributes)}, events = ${JSON.stringify(contract.events)};`);
  assert.notEqual(own, text, 'web/frame.js imports the contract');
  fs.writeFileSync(frame, own);
  const run = postBuild(good, source);
  fs.rmSync(source, { recursive: true });
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /web\/frame\.js must import its attributes and events from web\/host-contract\.json/);
});
