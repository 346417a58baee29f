// frame.html inside a host's <iframe>: takes the clinic settings from the query string, tells the
// parent how tall the widget is, and passes on the widget's events. Messages go only to the
// origin the host names in `parent-origin`, never to '*'; without it nothing is posted.
// web/post-build.mjs bundles in the attributes and events from the host contract.
import { attributes, events } from './host-contract.json';

const params = new URLSearchParams(location.search);
const widget = document.querySelector('heel-triage');
for (const name of attributes) {
  const value = params.get(name);
  if (value !== null) widget.setAttribute(name, value);
}

const parentOrigin = (() => {
  try {
    const origin = new URL(params.get('parent-origin') ?? '').origin;
    return origin.startsWith('http') ? origin : null;
  } catch {
    return null;
  }
})();

function tell(message) {
  if (parentOrigin && window.parent !== window) {
    window.parent.postMessage({ source: 'heel-triage', ...message }, parentOrigin);
  }
}

new ResizeObserver(() => {
  tell({ type: 'heel-triage:height', height: Math.ceil(widget.getBoundingClientRect().height) });
}).observe(widget);

for (const type of events) {
  widget.addEventListener(type, (event) => tell({ type, detail: event.detail ?? null }));
}
