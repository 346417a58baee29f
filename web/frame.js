// frame.html inside a host's <iframe>. The clinic's settings come from this deployment's
// frame-settings.json (checked when the widget is built, web/post-build.mjs), never from the link,
// which names only the clinic: frame.html?clinic=<id>. An unknown clinic gets the widget's
// defaults. Messages (the widget's height and events) go only to a parent origin the clinic lists,
// and only if it is the parent's own; never to '*'. Without one, nothing is posted.
// web/post-build.mjs bundles in the attributes and events from the host contract.
import { attributes, events } from './host-contract.json';

const widget = document.querySelector('heel-triage');
const clinic = new URLSearchParams(location.search).get('clinic');
// The parent's origin, where the browser tells it (Chromium, Safari). Elsewhere a message reaches
// the parent only if addressed to its origin, so at most one listed origin hears it.
const parent = window.parent === window ? null : location.ancestorOrigins?.[0];
let allowed = [];
const tell = (message) => {
  for (const origin of allowed) window.parent.postMessage({ source: 'heel-triage', ...message }, origin);
};

// The settings first, then the widget (frame.html preloads it), so it never shows the defaults
// before the clinic's name. No file, or a broken one: the defaults.
fetch('frame-settings.json').then((response) => response.json()).catch(() => ({})).then((all) => {
  const settings = (clinic !== null && Object.hasOwn(all ?? {}, clinic) && all[clinic]) || {};
  for (const name of attributes) {
    if (typeof settings[name] === 'string') widget.setAttribute(name, settings[name]);
  }
  if (parent !== null) {
    allowed = [].concat(settings['parent-origins'])
      .filter((o) => URL.canParse(o) && new URL(o).origin === o && (parent === undefined || o === parent));
  }
  new ResizeObserver(() => {
    tell({ type: 'heel-triage:height', height: Math.ceil(widget.getBoundingClientRect().height) });
  }).observe(widget);
  for (const type of events) {
    widget.addEventListener(type, (event) => tell({ type, detail: event.detail ?? null }));
  }
  return import('./embed/heel-triage.js');
}).catch((error) => console.warn('heel-triage: could not start', error));
