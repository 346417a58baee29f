// The hosted page's own script (index.html; clinics embedding the element do not load it). It
// runs before the element's script, so the page's language is set when the widget starts:
// - the language: `?lang=` if the patient chose one, else the first of the browser's languages
//   the widget speaks, else English; the switch offers every language by its own name, until
//   the check starts (it would push the drawing below a phone's first screen);
// - offline use: sw.js (written by web/post-build.mjs) keeps the page's files in that language,
//   registered once the page has loaded so that it does not compete with the widget's first load.
import { languages as LANGUAGES } from './host-contract.json';
import { pages as PAGES } from './page-texts.js';

const primary = (tag) => tag.split('-')[0].toLowerCase();
const chosen = new URLSearchParams(location.search).get('lang');
const lang = [chosen ?? '', ...navigator.languages].map(primary).find((l) => LANGUAGES.includes(l)) ?? 'en';
document.documentElement.lang = lang;
document.title = PAGES[lang].title;

const nav = document.querySelector('nav.languages');
if (nav) {
  nav.setAttribute('aria-label', PAGES[lang].language);
  nav.append(...LANGUAGES.map((code) => {
    const link = document.createElement('a');
    link.href = `?lang=${code}`;
    link.hreflang = code;
    link.lang = code;
    link.textContent = PAGES[code].language_name;
    if (code === lang) link.setAttribute('aria-current', 'true');
    return link;
  }));
  document.querySelector('heel-triage')?.addEventListener('heel-triage:start', () => { nav.hidden = true; });
}

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  const register = () => navigator.serviceWorker.register(`./sw.js?lang=${lang}`).catch((error) => console.warn('heel-triage: works online only', error));
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
