// The <heel-triage> custom element: the one script a clinic adds to its page.
//
// wasm-bindgen cannot subclass HTMLElement, so these few lines define the element and hand
// each lifecycle step to the Rust `Widget` (src/embed.rs). The wasm is fetched from next to
// this file, whatever page loads it. Nothing here talks to any other server.
// web/post-build.mjs bundles it with what it imports: the wasm-bindgen glue (trunk's output) and
// the host contract, so a page loads one script, not one that then asks for another.
import init, { Widget } from './heel-triage-core.js';
// Named imports, which esbuild allows from JSON (`with { type: 'json' }` would not): they keep
// the contract's events out of this script.
import { attributes as ATTRIBUTES, languages as LANGUAGES } from './host-contract.json';
// Each language's words for the moments before the widget has loaded (knowledge/lang/*/screens.toml,
// [page]; web/post-build.mjs writes this module).
import { notes as NOTES } from './page-texts.js';

// One download a language: the words are compiled into the wasm.
const wasmFor = (lang) => new URL(lang === 'en' ? './heel-triage_bg.wasm' : `./heel-triage_bg.${lang}.wasm`, import.meta.url);
// Files the widget fetches only when it needs them: the sources' citations, the clinic's words.
const loadFile = (name) => fetch(new URL(`./${name}`, import.meta.url)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${name}: ${r.status}`))));

// The loading note waits this long: on a fast connection it would only flash, and laying out its
// text would hold up the widget itself (measured: about 10 ms of a 100 ms start).
const LOADING_NOTE_AFTER_MS = 300;

const warned = new Set();
const warnOnce = (message) => {
  if (!warned.has(message)) console.warn(message);
  warned.add(message);
};

/**
 * The language an element speaks: its own `lang`, else its nearest ancestor's, else the page's;
 * English when none is set. A language the widget does not speak falls back to English, with one
 * warning.
 */
function languageOf(element) {
  const tag = element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
  const primary = (tag || 'en').split('-')[0].toLowerCase();
  if (LANGUAGES.includes(primary)) return primary;
  // A tag that is not one at all is the wasm's to report (src/config.rs).
  if (/^[a-z0-9]{1,8}(-[a-z0-9]{1,8})*$/i.test(tag)) {
    warnOnce(`heel-triage: no texts in "${tag}" (it speaks ${LANGUAGES.join(', ')}), so it shows in English`);
  }
  return 'en';
}

// One start for every element on the page, in the language of the first: a page runs one wasm
// (the wasm warns about an element that asks for another). A start that failed (a network blip,
// a broken upload) is not kept: "Try again", or the element put back into the page, starts afresh.
let loading;
const load = (lang) => (loading ??= init({ module_or_path: wasmFor(lang) }).catch((error) => {
  loading = undefined;
  throw error;
}));

const FONT = 'font: 18px/1.5 system-ui, sans-serif; color: inherit;';

/** A plain-text note in the shadow root, for the moments before (or instead of) the widget. */
function note(shadow, text, lang) {
  shadow.replaceChildren();
  const p = document.createElement('p');
  p.lang = lang;
  p.setAttribute('role', 'status');
  p.style.cssText = `all: initial; display: block; ${FONT} padding: 16px;`;
  p.textContent = text;
  shadow.append(p);
  return p;
}

class HeelTriageElement extends HTMLElement {
  // Rust validates them (src/config.rs); the element only passes on that they changed.
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  connectedCallback() {
    this.#start(LOADING_NOTE_AFTER_MS);
  }

  /** Starts the widget, with the loading note after `noteAfter` ms; if it fails, a note to try again. */
  #start(noteAfter, retried = false) {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const lang = languageOf(this);
    const words = NOTES[lang];
    const slow = setTimeout(() => {
      if (this.isConnected && !this.widget) note(shadow, words.loading, lang);
    }, noteAfter);
    load(lang).then(
      () => {
        clearTimeout(slow);
        if (!this.isConnected || this.widget) return;
        shadow.replaceChildren();
        this.widget = new Widget(this, shadow, loadFile);
      },
      (error) => {
        clearTimeout(slow);
        console.warn('heel-triage: could not start', error);
        if (!this.isConnected || this.widget) return;
        const retry = document.createElement('button');
        retry.textContent = words.try_again;
        retry.style.cssText = `${FONT} min-height: 48px; margin: 0 16px 16px; padding: 0 20px;`;
        retry.onclick = () => this.#start(0, true);
        note(shadow, words.failed, lang).after(retry);
        if (retried) retry.focus(); // the button pressed has gone: its successor takes the focus
      },
    );
  }

  disconnectedCallback() {
    const widget = this.widget;
    this.widget = undefined;
    widget?.destroy();
    widget?.free();
  }

  attributeChangedCallback() {
    this.widget?.update();
  }
}

// Loading the script twice (or two copies of it) must do no harm.
if (!customElements.get('heel-triage')) customElements.define('heel-triage', HeelTriageElement);
