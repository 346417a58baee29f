// trunk post_build hook (Trunk.toml): turns trunk's staged build into what we ship.
//
// - embed/: heel-triage.js (the custom element bundled by esbuild with the wasm-bindgen glue it
//   imports) and heel-triage_bg.wasm, under stable names so a clinic can link them from a
//   versioned folder. Every other language of the host contract gets its own wasm,
//   heel-triage_bg.<language>.wasm: the same program built with HEEL_TRIAGE_LANG, so its words
//   are compiled in and a visit downloads one language; the glue must come out the same. One script, not the element importing the glue: a clinic page that only
//   has the script tag then waits for two files in a row, not three (measured: 160 ms sooner at
//   150 ms round trips).
// - index.html is the repository's as it is: it loads embed/heel-triage.js and preloads the wasm,
//   so both download at once. trunk writes no loader of its own into it (Trunk.toml), so the page
//   runs under a strict Content-Security-Policy. frame.html is copied and frame.js bundled (it
//   imports the element's script at run time, once it has the clinic's settings).
// - frame-settings.json: the clinics' settings for frame.html, from the file the deployer names in
//   HEEL_TRIAGE_FRAME_SETTINGS (`cargo xtask dist` passes it on), checked with the widget's own
//   rules (src/config.rs, natively: examples/frame_settings.rs); a bad value stops the build,
//   naming the clinic and the field. Without one, an empty file: no clinic, no messages.
// - The host contract (host-contract.json: the attributes and events) is bundled into the
//   element and frame.js, which must import it; build.rs gives the same file to Rust.
// - sw.js: a service worker that caches the hosted page's files (and the iframe page's when it is
//   first opened; web/offline-lists.mjs), checked by their hash, under a cache named after its
//   folder and the build.
// - heel-triage.html: the whole widget in one file (script, base64 wasm, CSS) that opens from disk,
//   and heel-triage.<language>.html in each other language.
// - hosted.js: the hosted page's script (its language and its switch, and offline use).
// - configure.html: the clinics' set-up page (web/configure.js), made the same way, so it opens
//   from disk too: it checks settings with the wasm's `check_setting` and previews the element.
// - rules.html: every rule in plain words for clinicians to sign, written by build/rules-page from
//   the knowledge the engine compiled in, with the test cases run through the engine.
// - Neither page is for patients: sw.js does not keep them, and no patient's page loads them.
// - In a release build, every script is minified (web/minify.mjs).
//
// What this relies on from trunk and wasm-bindgen, each checked so that an update which changes
// it stops the build with a message rather than shipping a broken widget:
// - trunk stages the glue and the wasm as heel-triage.js and heel-triage_bg.wasm (wasm-bindgen
//   names them after the binary; Trunk.toml turns off file hashes);
// - the glue's default export initialises the wasm and it exports `Widget` and `check_setting`
//   (esbuild resolves them by name, so it fails the bundle if one goes);
// - Trunk.toml's empty `pattern_script` and `pattern_preload` stop trunk adding its loader (an
//   inline script) and preload hints for the files moved here.
//
// Runs in `trunk build` and `trunk serve` alike.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { minify, release } from './minify.mjs';
import { keptDigests, offlineLists } from './offline-lists.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) throw new Error('post-build.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)');

const staged = (...parts) => path.join(staging, ...parts);
const fromRepo = (...parts) => path.join(source, ...parts);
const read = (file) => fs.readFileSync(file, 'utf8');

/** `text` with `pattern` (a string or a regular expression) replaced once; throws if it is not there. */
function edit(text, pattern, replacement, what) {
  const found = typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
  if (!found) throw new Error(`post-build: ${what} not found`);
  return text.replace(pattern, () => replacement);
}

// 1. What trunk staged.
const GLUE = 'heel-triage.js';
const WASM = 'heel-triage_bg.wasm';
const names = fs.readdirSync(staging);
if (!names.includes(GLUE) || !names.includes(WASM)) {
  throw new Error(`post-build: trunk staged no ${GLUE} and ${WASM} (it staged ${names.join(', ')}); `
    + 'did trunk or wasm-bindgen change how it names its output, or Trunk.toml its `filehash`?');
}
const glue = read(staged(GLUE));
fs.rmSync(staged(GLUE));
fs.mkdirSync(staged('embed'), { recursive: true });
fs.renameSync(staged(WASM), staged('embed', WASM));

// Its comments and indents are for whoever reads the repository, not for every patient's download;
// its icon is written into it, so a visit fetches no icon and the offline page asks for none.
const svgIcon = read(fromRepo('assets', 'favicon.svg')).trim().replaceAll('"', "'").replace(/[<>#%\n]/g, encodeURIComponent);
const index = edit(read(staged('index.html')), '<link rel="icon" href="icon.svg">', `<link rel="icon" href="data:image/svg+xml,${svgIcon}">`, 'index.html: the icon')
  .replace(/\s*<!--[\s\S]*?-->/g, '').replace(/\n\s+/g, '\n');
fs.writeFileSync(staged('index.html'), index);
const LOADER = '<script type="module" src="embed/heel-triage.js"></script>';
const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>/;
if (index.split(LOADER).length !== 2 || inlineScript.test(index) || /data-trunk|modulepreload/.test(index)) {
  throw new Error('post-build: index.html should load embed/heel-triage.js once and hold no inline script or '
    + 'trunk link; did trunk change how it applies `pattern_script` or `pattern_preload` (Trunk.toml)?');
}

// 2. The other languages' wasm.
const CONTRACT = fromRepo('web', 'host-contract.json');
const { languages: LANGUAGES } = JSON.parse(read(CONTRACT));
// HEEL_TRIAGE_LANGUAGES=en: English only, for the tests that run this script on a made-up trunk output.
const BUILT = process.env.HEEL_TRIAGE_LANGUAGES?.split(',') ?? LANGUAGES;
if (BUILT[0] !== 'en' || BUILT.some((lang) => !LANGUAGES.includes(lang))) {
  throw new Error(`post-build: HEEL_TRIAGE_LANGUAGES lists ${BUILT}; give English first, then languages of web/host-contract.json`);
}
const wasmName = (lang) => (lang === 'en' ? WASM : `heel-triage_bg.${lang}.wasm`);

/** Runs a build tool, stopping the build with its output if it fails. */
function run(tool, args, env = process.env) {
  const done = spawnSync(tool, args, { cwd: source, env, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  if (done.error || done.status !== 0) {
    throw new Error(`post-build: ${tool} ${args.join(' ')} failed: ${done.error?.message ?? done.stderr.trim()}`);
  }
}

/**
 * embed/heel-triage_bg.<lang>.wasm: cargo, wasm-bindgen and (in a release) wasm-opt, with the
 * arguments trunk gives them (index.html's `data-wasm-opt`), in a target folder of the language's
 * own so that each language's build stays cached.
 */
function buildLanguage(lang) {
  const release = process.env.TRUNK_PROFILE === 'release';
  const target = fromRepo('target', 'lang', lang);
  run('cargo', ['build', '--target=wasm32-unknown-unknown', '--bin', 'heel-triage', ...(release ? ['--release'] : [])],
    { ...process.env, HEEL_TRIAGE_LANG: lang, CARGO_TARGET_DIR: target });
  const bindgen = path.join(target, 'bindgen');
  const built = path.join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'heel-triage.wasm');
  run('wasm-bindgen', ['--target=web', `--out-dir=${bindgen}`, '--out-name=heel-triage', built, '--no-typescript']);
  if (read(path.join(bindgen, GLUE)) !== glue) {
    throw new Error(`post-build: the ${lang} build's wasm-bindgen glue differs from English's, so one element script `
      + 'cannot start both; a language must change only the words compiled in');
  }
  const wasm = path.join(bindgen, WASM);
  if (release) run('wasm-opt', [`--output=${staged('embed', wasmName(lang))}`, '-Oz', wasm, '--converge']);
  else fs.copyFileSync(wasm, staged('embed', wasmName(lang)));
}
for (const lang of BUILT.slice(1)) buildLanguage(lang);

/** The `[section]` of a language's screens.toml, as its texts by key (a TOML basic string is JSON). */
function screenTexts(lang, section) {
  const file = fromRepo('knowledge', 'lang', lang, 'screens.toml');
  const lines = read(file).split('\n');
  const start = lines.indexOf(`[${section}]`);
  if (start < 0) throw new Error(`post-build: ${path.relative(source, file)} has no [${section}]`);
  const texts = {};
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('[')) break;
    const text = /^(\w+) = (".*")$/.exec(line);
    if (text) texts[text[1]] = JSON.parse(text[2]);
  }
  return texts;
}
// Each language's [page] words, read once.
const PAGE = Object.fromEntries(LANGUAGES.map((lang) => [lang, screenTexts(lang, 'page')]));
/** Those words as a module: `notes` for the element, `pages` for hosted.js. */
const pick = (keys) => Object.fromEntries(LANGUAGES.map((lang) => [lang, Object.fromEntries(keys.map((key) => [key, PAGE[lang][key]]))]));
const PAGE_MODULE = `export const notes = ${JSON.stringify(pick(['loading', 'failed', 'try_again']))};\n`
  + `export const pages = ${JSON.stringify(pick(['language_name', 'language', 'title']))};\n`;

// 3. The scripts, bundled. The element imports the glue as './heel-triage-core.js', and its
//    page's words (knowledge/lang/*/screens.toml, [page]) as './page-texts.js'.
const ELEMENT = fromRepo('web', 'heel-triage.js');
const glueModule = {
  name: 'wasm-bindgen-glue',
  setup(bundler) {
    bundler.onResolve({ filter: /^\.\/heel-triage-core\.js$/ }, () => ({ path: 'heel-triage-core.js', namespace: 'glue' }));
    bundler.onLoad({ filter: /.*/, namespace: 'glue' }, () => ({ contents: glue, loader: 'js' }));
    bundler.onResolve({ filter: /^\.\/page-texts\.js$/ }, () => ({ path: 'page-texts.js', namespace: 'page' }));
    bundler.onLoad({ filter: /.*/, namespace: 'page' }, () => ({
      contents: PAGE_MODULE, loader: 'js',
    }));
  },
};

/**
 * `file` bundled as one ES module; `elementSource`, if given, stands in for web/heel-triage.js, and
 * `more` are further esbuild plugins.
 */
async function bundle(file, elementSource, more = []) {
  const plugins = [glueModule, ...more];
  if (elementSource) {
    plugins.push({
      name: 'element-source',
      setup(bundler) {
        bundler.onLoad({ filter: /[\\/]web[\\/]heel-triage\.js$/ }, () => ({ contents: elementSource, loader: 'js' }));
      },
    });
  }
  let result;
  try {
    result = await build({
      entryPoints: [file], bundle: true, format: 'esm', minify: release, write: false, metafile: true,
      logLevel: 'silent', plugins, external: ['./embed/heel-triage.js'],
    });
  } catch (error) {
    throw new Error(`post-build: could not bundle ${path.relative(source, file)}; if the glue no longer has a `
      + `default export, \`Widget\` and \`check_setting\`, wasm-bindgen changed its output.\n${error.message}`);
  }
  // The contract is the one list of attributes and events: a script must take them from it.
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(input));
  if (!inputs.includes(CONTRACT)) {
    throw new Error(`post-build: ${path.relative(source, file)} must import its attributes and events from web/host-contract.json`);
  }
  return result.outputFiles[0].text;
}

const element = await bundle(ELEMENT);
fs.writeFileSync(staged('embed', 'heel-triage.js'), element);
fs.writeFileSync(staged('frame.js'), await bundle(fromRepo('web', 'frame.js')));
fs.copyFileSync(fromRepo('web', 'frame.html'), staged('frame.html'));
fs.writeFileSync(staged('frame-settings.json'), frameSettings());
fs.copyFileSync(fromRepo('web', 'manifest.webmanifest'), staged('manifest.webmanifest'));
fs.writeFileSync(staged('hosted.js'), await bundle(fromRepo('web', 'hosted.js')));
fs.copyFileSync(fromRepo('assets', 'favicon.svg'), staged('icon.svg'));

/**
 * The text of frame-settings.json: the file HEEL_TRIAGE_FRAME_SETTINGS names, once every setting
 * in it has passed the rules the element's attributes keep; '{}' when none is named.
 */
function frameSettings() {
  const file = process.env.HEEL_TRIAGE_FRAME_SETTINGS;
  if (!file) return '{}\n';
  const refuse = (problems) => new Error(`post-build: HEEL_TRIAGE_FRAME_SETTINGS (${file}) refused:\n${problems}`);
  let text, settings;
  try {
    text = read(path.resolve(file));
    settings = JSON.parse(text);
  } catch (error) {
    throw refuse(error.message);
  }
  const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!isObject(settings)) throw refuse('it should hold one object: each clinic id with its settings');
  // The shape here; every value goes to the native check as netstrings: clinic, field, value.
  const shape = [];
  const parts = [];
  const add = (...strings) => {
    for (const string of strings) {
      const bytes = Buffer.from(string);
      parts.push(Buffer.from(`${bytes.length}:`), bytes);
    }
  };
  for (const [clinic, entry] of Object.entries(settings)) {
    if (!isObject(entry)) { shape.push(`clinic \`${clinic}\`: give its settings as an object`); continue; }
    for (const [field, value] of Object.entries(entry)) {
      const origins = field === 'parent-origins';
      const values = origins ? value : [value];
      if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) {
        shape.push(`clinic \`${clinic}\`, field \`${field}\`: ${origins ? 'give a list of origins' : 'give the value as text'}`);
        continue;
      }
      for (const v of values) add(clinic, field, v);
    }
  }
  if (shape.length) throw refuse(shape.join('\n'));
  const check = spawnSync('cargo', ['run', '--quiet', '--example', 'frame_settings'], {
    cwd: source, input: Buffer.concat(parts), encoding: 'utf8',
  });
  if (check.error) throw new Error(`post-build: cannot run the frame settings check (cargo): ${check.error.message}`);
  if (check.status !== 0) throw refuse(check.stderr.trim());
  return text;
}

// 4. The rules page and embed/sources.txt, from the knowledge the engine compiled in
//    (build/rules-page), which also gives the rules version the set-up page's snippets name.
const git = (...args) => spawnSync('git', args, { cwd: source, encoding: 'utf8' });
const changed = git('log', '-1', '--format=%cs', '--', 'knowledge').stdout?.trim();
const uncommitted = git('status', '--porcelain', '--', 'knowledge').stdout?.trim();
const knowledgeDate = changed
  ? `${changed}${uncommitted ? ', with changes not yet committed' : ''}`
  : 'not known (not built from a git checkout)';
const rules = spawnSync('cargo', ['run', '--quiet', '-p', 'heel-triage-rules-page', '--', staged('rules.html'), knowledgeDate, staged('embed', 'sources.txt')], {
  cwd: source, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
});
if (rules.error || rules.status !== 0) {
  throw new Error(`post-build: could not write rules.html (build/rules-page): ${rules.error?.message ?? rules.stderr.trim()}`);
}
const version = rules.stdout.trim();
// embed/facts.<language>.txt: the words of each language's summary, for a clinic that reads
// another language than its patient (examples/facts.rs).
run('cargo', ['run', '--quiet', '--example', 'facts', '--', staged('embed')]);

// 5. The single file in each language: everything inline, the wasm as base64 handed to the glue
//    as bytes, and the page in that language.
const WASM_FOR = "const wasmFor = (lang) => new URL(lang === 'en' ? './heel-triage_bg.wasm' : `./heel-triage_bg.${lang}.wasm`, import.meta.url);";
// The single files carry the files the widget fetches when it needs them: they have no folder
// to fetch them from.
const LOAD_FILE = /^const loadFile = .*$/m;
const fetchedFiles = fs.readdirSync(staged('embed')).filter((name) => name.endsWith('.txt'));
const LOAD_INLINE = `const FILES = ${JSON.stringify(Object.fromEntries(fetchedFiles.map((name) => [name, read(staged('embed', name))])))};\n`
  + 'const loadFile = async (name) => FILES[name] ?? Promise.reject(new Error(name));';
if (!LOAD_FILE.test(read(ELEMENT))) throw new Error('post-build: web/heel-triage.js: the line that fetches files not found');
const wasmBase64 = (lang) => fs.readFileSync(staged('embed', wasmName(lang))).toString('base64');
const icon = `data:image/svg+xml;base64,${fs.readFileSync(staged('icon.svg')).toString('base64')}`;
for (const lang of BUILT) {
  const inlined = await bundle(ELEMENT, edit(
    read(ELEMENT).replace(LOAD_FILE, ''),
    WASM_FOR,
    `const wasmFor = () => Uint8Array.from(atob('${wasmBase64(lang)}'), (c) => c.charCodeAt(0));\n${LOAD_INLINE}`,
    "web/heel-triage.js: the line that locates the wasm",
  ));
  let single = index;
  single = edit(single, '<html lang="en">', `<html lang="${lang}">`, 'index.html: the language');
  single = edit(single, /<title>[^<]*<\/title>/, `<title>${PAGE[lang].title}</title>`, 'index.html: the title');
  single = edit(single, /<meta http-equiv="Content-Security-Policy"[^>]*>/, '', 'index.html: the policy');
  single = edit(single, /<link rel="manifest"[^>]*>/, '', 'index.html: the manifest');
  // Staff links and the language switch: the single file is sent on alone, without the pages they name.
  single = edit(single, /\s*<footer>[\s\S]*?<\/footer>/, '', 'index.html: the staff links');
  single = edit(single, /\s*<nav class="languages"[^>]*><\/nav>/, '', 'index.html: the language switch');
  single = edit(single, /<link rel="icon"[^>]*>/, `<link rel="icon" href="${icon}">`, 'index.html: the icon');
  single = edit(single, '<script type="module" src="hosted.js"></script>', '', 'index.html: hosted.js');
  single = edit(single, LOADER, `<script type="module">\n${inlined.replaceAll('</script', '<\\/script')}\n</script>`, 'index.html: the loader');
  fs.writeFileSync(staged(lang === 'en' ? 'heel-triage.html' : `heel-triage.${lang}.html`), single);
}

// 6. The set-up page: web/configure.js with the element, the glue and the wasm's bytes (shared by
//    the element and the page's checks through one module), inlined, and allowed by its hash alone.
const wasmModule = {
  name: 'wasm-bytes',
  setup(bundler) {
    bundler.onResolve({ filter: /^\.\/heel-triage-wasm\.js$/ }, () => ({ path: 'heel-triage-wasm.js', namespace: 'wasm' }));
    bundler.onLoad({ filter: /.*/, namespace: 'wasm' }, () => ({
      contents: `export const WASM = Uint8Array.from(atob('${wasmBase64('en')}'), (c) => c.charCodeAt(0));\n`
        + `export const VERSION = ${JSON.stringify(version)};\n`,
      loader: 'js',
    }));
  },
};
const setup = (await bundle(
  fromRepo('web', 'configure.js'),
  edit(read(ELEMENT).replace(LOAD_FILE, ''), WASM_FOR, `import { WASM } from './heel-triage-wasm.js';\nconst wasmFor = () => WASM;\n${LOAD_INLINE}`, "web/heel-triage.js: the line that locates the wasm"),
  [wasmModule],
)).replaceAll('</script', '<\\/script');
const setupHash = `sha256-${crypto.createHash('sha256').update(setup).digest('base64')}`;
let configure = read(fromRepo('web', 'configure.html'));
configure = edit(configure, '__SCRIPT_HASH__', setupHash, 'web/configure.html: the script hash');
configure = edit(configure, '<script type="module">__SCRIPT__</script>', `<script type="module">${setup}</script>`, 'web/configure.html: the script');
fs.writeFileSync(staged('configure.html'), configure);

// 7. The service worker, last, so its list holds every other file. The cache is named after a
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
const buildHash = sha256(JSON.stringify(keptDigests(digests)));
// './' first: it is what the browser has just downloaded, and sw.js keeps it as index.html too.
const { atInstall, byLanguage, onUse } = offlineLists(digests);
const worker = read(fromRepo('web', 'sw.js'))
  .replace("'__BUILD__'", JSON.stringify(buildHash))
  .replace("['__BY_LANGUAGE__']", JSON.stringify(byLanguage))
  .replace("{ '__FILES__': '' }", JSON.stringify(atInstall))
  .replace("{ '__ON_USE__': '' }", JSON.stringify(onUse));
if (worker.includes('__')) throw new Error('web/sw.js: a placeholder was not filled in');
fs.writeFileSync(staged('sw.js'), minify(worker));
console.log(`post-build: embed/ written, single file ${Math.round(fs.statSync(staged('heel-triage.html')).size / 1024)} KB, build ${buildHash} with ${files.length} files`);
