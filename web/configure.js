// dist/configure.html: a clinic's set-up page. One field for each attribute of the host contract,
// each checked as it is typed by the widget's own rules (src/check.rs, in the widget's wasm), a
// live preview of the real <heel-triage> in light and dark, and the code to copy: the script
// embed, the iframe embed with its frame-settings.json entry, and a Content-Security-Policy.
//
// web/post-build.mjs bundles this with the element (web/heel-triage.js), the wasm-bindgen glue,
// the host contract and the wasm itself (as bytes, `./heel-triage-wasm.js`), and inlines it in
// configure.html, so the page also works opened from disk. It sends nothing anywhere: its
// Content-Security-Policy allows no connection at all.
import './heel-triage.js';
import init, { check_setting as checkSetting } from './heel-triage-core.js';
import { WASM, VERSION } from './heel-triage-wasm.js';
import { attributes, languages } from './host-contract.json';

// Words for the settings this page knows. A setting added to the contract later still gets a
// field (named after it), checked by the widget like the rest.
const HELP = {
  'clinic-name': { label: 'Clinic name', hint: 'Shown at the top, in “who to contact” and on the printed summary.', example: 'Northside Foot Clinic' },
  phone: { label: 'Phone number', hint: 'For the “Call” button and the summary.', example: '0161 496 0000', type: 'tel' },
  'booking-url': { label: 'Booking page', hint: 'An https:// address. The “Book an appointment” button opens it.', example: 'https://www.northside.example/book' },
  accent: { label: 'Accent colour', hint: 'Like #1d4e89, dark enough for white text. Used in light mode; dark mode keeps its own.', example: '#1d4e89' },
  'emergency-number': { label: 'Emergency number', hint: 'The number to call in an emergency where your patients live, such as 999, 911 or 112. An emergency result offers to call it.', example: '999', type: 'tel' },
  lang: { label: 'Language', hint: 'en (English) or es (Spanish). Without it, your page’s language. The preview stays in English.', example: 'en' },
  'clinic-lang': { label: 'Your staff’s language', hint: 'en or es. When a patient uses another, the summary repeats its facts in this one.', example: 'en' },
  'share-conditions': { label: 'Tell our page the top three conditions', hint: 'Adds them to the result event your page hears. They are health information: leave this off unless you need them.', flag: true },
};

/** A field's words: from HELP, or made from the attribute's name. */
const help = (name) => (Object.hasOwn(HELP, name) ? HELP[name] : {
  label: name.charAt(0).toUpperCase() + name.slice(1).replaceAll('-', ' '),
  hint: 'A setting of this version of the widget (see its README).',
  example: '',
});

const $ = (id) => document.getElementById(id);
const FOLDER_EXAMPLE = `https://www.your-site.example/heel-triage/${VERSION}/`;

let ready = false;
try {
  await init({ module_or_path: WASM });
  ready = true;
} catch (error) {
  $('status').textContent = 'This browser could not start the widget here, so nothing can be checked and no code is offered. '
    + 'Open this page in an up-to-date Chrome, Edge, Firefox or Safari, from the widget\'s folder or from disk.';
  console.warn('heel-triage: could not start', error);
}

/** Why `value` would not be used for setting `name`, or null. Nothing is accepted unchecked. */
const refusal = (name, value) => (ready ? checkSetting(name, value) ?? null : 'it could not be checked');

// ---- The fields -------------------------------------------------------------------------------

/** A labelled input with its hint and the place for its problem. */
function field(container, name, words, type = 'text') {
  const id = `field-${name}`;
  const box = document.createElement('div');
  box.className = words.flag ? 'field flag' : 'field';
  const input = document.createElement('input');
  input.id = id;
  input.name = name;
  input.type = words.flag ? 'checkbox' : type;
  input.setAttribute('aria-describedby', `${id}-hint ${id}-problem`);
  if (!words.flag) {
    input.autocomplete = 'off';
    input.spellcheck = false;
    if (words.example) input.placeholder = words.example;
  }
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = words.label;
  // The attribute's own name too, as the README and the snippet write it.
  if (attributes.includes(name)) {
    const code = document.createElement('code');
    code.textContent = name;
    label.append(' ', code);
  }
  const hint = document.createElement('p');
  hint.id = `${id}-hint`;
  hint.className = 'hint';
  hint.textContent = words.hint;
  const problem = document.createElement('p');
  problem.id = `${id}-problem`;
  problem.className = 'problem';
  if (words.flag) box.append(input, label, hint, problem);
  else box.append(label, hint, input, problem);
  container.append(box);
  return input;
}

const settingInputs = attributes.map((name) => field($('settings'), name, help(name), help(name).type));
const folderInput = field($('placing'), 'widget-folder', {
  label: 'Where you put the widget’s folder',
  hint: 'The address of the built folder on your site, ideally with the version in it.',
  example: FOLDER_EXAMPLE,
});
const originInput = field($('placing'), 'page-site', {
  label: 'Your website',
  hint: 'The site whose pages show the widget, such as https://www.northside.example. Needed for the iframe, and for the policy when the widget’s folder is on another site.',
  example: 'https://www.northside.example',
});
const clinicInput = field($('placing'), 'clinic-id', {
  label: 'Clinic id, for the iframe',
  hint: '1 to 40 lower-case letters, digits and hyphens, such as northside. The iframe’s link names it.',
  example: 'northside',
});
// Opened from the widget's folder on a server, the folder is where this page is.
if (location.protocol === 'https:' || location.protocol === 'http:') folderInput.value = new URL('.', location.href).href;

/** Shows `problem` (or nothing) beside `input`. */
function mark(input, problem) {
  const shown = $(`${input.id}-problem`);
  shown.textContent = problem ? `Not used: ${problem}. It is left out of the code below.` : '';
  if (problem) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/** The settings the widget would use, in the contract's order: [name, value] (value '' for a flag). */
function settings() {
  const accepted = [];
  for (const input of settingInputs) {
    const flag = input.type === 'checkbox';
    const value = flag ? '' : input.value;
    const set = flag ? input.checked : value.trim() !== '';
    const problem = set ? refusal(input.name, value) : null;
    mark(input, problem);
    if (set && !problem) accepted.push([input.name, value.trim()]);
  }
  return accepted;
}

/** An https address checked by the widget's rules for web addresses, as a URL; null if refused or empty. */
function address(input, extra) {
  const value = input.value.trim();
  let problem = value ? refusal('booking-url', value) : null;
  if (value && !problem) problem = URL.canParse(value) ? extra(new URL(value)) : 'it is not a valid web address';
  mark(input, problem);
  return value && !problem ? new URL(value) : null;
}

// web/frame.js looks a clinic up by this id; the build refuses any other form of id
// (examples/frame_settings.rs, `clinic_id`).
const CLINIC_ID = /^[a-z0-9-]{1,40}$/;

/** The folder an address names: itself (`…/2026.12.1` or `…/2026.12.1/`), or the page's folder for a page in it (`…/index.html`). */
const folderOf = (url) => (/\.html?$/.test(url.pathname) ? new URL('.', url).href : url.href.replace(/\/?$/, '/'));

function placing() {
  const folder = address(folderInput, (url) => (url.search || url.hash ? 'give the folder’s address without ? or #' : null));
  const site = address(originInput, (url) => (url.pathname !== '/' || url.search || url.hash ? 'give the site only, with nothing after it' : null));
  const id = clinicInput.value.trim();
  const idProblem = id && !CLINIC_ID.test(id) ? 'a clinic id is 1 to 40 lower-case letters, digits and hyphens' : null;
  mark(clinicInput, idProblem);
  return {
    folder: folder ? folderOf(folder) : null,
    site: site ? site.origin : null,
    clinic: id && !idProblem ? id : null,
  };
}

// ---- The code to copy --------------------------------------------------------------------------

const attr = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function scriptSnippet(accepted, folder) {
  const at = folder ?? FOLDER_EXAMPLE;
  const attrs = accepted.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${attr(value)}"`)).join('');
  // A visit downloads one language's wasm: the preload names the one the element speaks.
  const lang = accepted.find(([name]) => name === 'lang')?.[1].split('-')[0].toLowerCase();
  const wasm = lang && lang !== 'en' && languages.includes(lang) ? `heel-triage_bg.${lang}.wasm` : 'heel-triage_bg.wasm';
  return `<link rel="preload" href="${attr(at)}embed/${wasm}"\n  as="fetch" type="application/wasm" crossorigin>\n\n`
    + `<script type="module" src="${attr(at)}embed/heel-triage.js"></script>\n<heel-triage${attrs}></heel-triage>`;
}

function iframeSnippet(folder, clinic) {
  const at = folder ?? FOLDER_EXAMPLE;
  const origin = new URL(at).origin;
  return `<iframe id="heel-triage" title="Heel pain check" allow="clipboard-write" style="width: 100%; border: 0; height: 600px"\n`
    + `  src="${attr(at)}frame.html?clinic=${clinic ?? 'your-clinic-id'}"></iframe>\n<script>\n`
    + '  const frame = document.getElementById(\'heel-triage\');\n'
    + '  addEventListener(\'message\', (event) => {\n'
    + '    // Only from the widget\'s site, and only from this frame.\n'
    + `    if (event.origin !== ${JSON.stringify(origin)} || event.source !== frame.contentWindow) return;\n`
    + '    if (event.data?.source !== \'heel-triage\') return;\n'
    + '    if (event.data.type === \'heel-triage:height\') frame.style.height = event.data.height + \'px\';\n'
    + '  });\n</script>';
}

function frameSettings(accepted, site, clinic) {
  const entry = Object.fromEntries(accepted.map(([name, value]) => [name, value === '' ? 'true' : value]));
  entry['parent-origins'] = site ? [site] : [];
  return JSON.stringify({ [clinic ?? 'your-clinic-id']: entry }, null, 2);
}

function policy(folder, site) {
  const widget = new URL(folder ?? FOLDER_EXAMPLE).origin;
  const elsewhere = site === null || widget !== site ? ` ${widget}` : '';
  return `Content-Security-Policy: default-src 'self'; script-src 'self'${elsewhere} 'wasm-unsafe-eval'; `
    + `style-src 'self' 'unsafe-inline'${elsewhere ? `; connect-src 'self'${elsewhere}` : ''}`;
}

/** Notes on what is still missing from the code, so nobody pastes a placeholder unawares. */
function missing({ folder, site, clinic }) {
  const notes = [];
  if (!folder) notes.push('the widget’s folder (an example address stands in for it)');
  if (!site) notes.push('your website (the iframe sends its messages to no page, and the policy assumes the widget is on another site)');
  if (!clinic) notes.push('a clinic id for the iframe');
  return notes.length ? `Still to fill in: ${notes.join('; ')}.` : '';
}

// ---- The previews ---------------------------------------------------------------------------------

/**
 * Draws `element`'s widget in `scheme` whatever this computer's setting. The widget changes colour
 * with the system (an @media rule in its stylesheet) and a page cannot change that for one element,
 * so this adds, inside its shadow root, the rules for that scheme copied from the widget's own
 * stylesheet: its dark rules for dark, or, for light, the light values of what the dark rules change.
 */
function showIn(element, scheme) {
  const shadow = element.shadowRoot;
  const forced = document.createElement('style');
  forced.dataset.preview = scheme;
  const apply = () => {
    const own = [...shadow.querySelectorAll('style:not([data-preview])')].map((s) => s.sheet).find(Boolean);
    if (!own || forced.isConnected) return;
    const rules = [...own.cssRules];
    const dark = rules.filter((r) => r instanceof CSSMediaRule && /prefers-color-scheme:\s*dark/.test(r.conditionText))
      .flatMap((r) => [...r.cssRules]);
    forced.textContent = scheme === 'dark'
      ? dark.map((r) => r.cssText).join('\n')
      : dark.map((r) => {
        const base = rules.find((b) => b instanceof CSSStyleRule && b.selectorText === r.selectorText);
        const declarations = [...r.style].map((p) => `${p}: ${base?.style.getPropertyValue(p) || 'unset'};`);
        return `${r.selectorText} { ${declarations.join(' ')} }`;
      }).join('\n');
    shadow.append(forced);
  };
  new MutationObserver(apply).observe(shadow, { childList: true, subtree: true });
  apply();
}

const previews = ['light', 'dark'].map((scheme) => {
  const element = document.createElement('heel-triage');
  element.id = `preview-${scheme}`; // each keeps its own saved progress
  $(`preview-${scheme}-box`).append(element);
  showIn(element, scheme);
  return element;
});

/** Gives both previews exactly the accepted settings. */
function preview(accepted) {
  const wanted = new Map(accepted);
  for (const element of previews) {
    for (const name of attributes) {
      if (!wanted.has(name)) element.removeAttribute(name);
      else if (element.getAttribute(name) !== wanted.get(name)) element.setAttribute(name, wanted.get(name));
    }
  }
}

// ---- Putting it together --------------------------------------------------------------------------

function update() {
  const accepted = settings();
  const where = placing();
  preview(accepted);
  if (!ready) return;
  $('snippet-script').textContent = scriptSnippet(accepted, where.folder);
  $('snippet-iframe').textContent = iframeSnippet(where.folder, where.clinic);
  $('snippet-frame-settings').textContent = frameSettings(accepted, where.site, where.clinic);
  $('snippet-csp').textContent = policy(where.folder, where.site);
  $('missing').textContent = missing(where);
}

$('form').addEventListener('input', update);
// A screen reader hears a field's problem once the admin leaves the field, not at
// every key (a phone number is "refused" until its fifth digit).
$('form').addEventListener('change', (event) => {
  $('announce').textContent = $(`${event.target.id}-problem`)?.textContent ?? '';
});
$('form').addEventListener('submit', (event) => event.preventDefault());
for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const code = $(button.dataset.copy);
    const said = $(`${button.dataset.copy}-copied`);
    try {
      await navigator.clipboard.writeText(code.textContent);
      said.textContent = 'Copied.';
    } catch {
      // No clipboard (a browser may refuse it to a page opened from disk): select it instead.
      getSelection().selectAllChildren(code);
      said.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    }
  });
}
$('snippets').hidden = !ready;
update();
