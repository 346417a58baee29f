// Service worker for the hosted page. web/post-build.mjs fills in a hash of the build and the
// files to keep with the first 64 bits of their SHA-256. Same-origin GETs are answered from the
// cache first, so after one visit the page works with no network; other requests are left alone.
// Caches are named after the worker's folder (its scope) as well as the build, so builds side by
// side in folders of one site (/v1/, /v2/) keep their own offline copies.
const FOLDER = `heel-triage ${self.registration.scope} `;
const CACHE = FOLDER + '__BUILD__';
// What the hosted page needs, kept at install, with the wasm of the language the page registered
// the worker in (`sw.js?lang=es`); the other pages' files (the iframe embed's) and the other
// languages' wasm, kept the first time they are asked for, so a first visit does not download them.
const FILES = { '__FILES__': '' };
const BY_LANGUAGE = ['__BY_LANGUAGE__'];
const ON_USE = { '__ON_USE__': '' };
const asked = new URL(location.href).searchParams.get('lang');
const LANGUAGE = BY_LANGUAGE.some(([lang]) => lang === asked) ? asked : 'en';
const LANGUAGE_FILES = Object.fromEntries(BY_LANGUAGE.filter(([lang]) => lang === LANGUAGE).map(([, file, sha256]) => [file, sha256]));
// Every language's wasm is kept when first asked for, for a patient who switches language.
for (const [, file, sha256] of BY_LANGUAGE) ON_USE[file] = sha256;

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

// `file` as the server sent it (security headers and all), and whether its bytes are this
// build's. The headers that describe the transfer or other variants are not kept: the copy is
// decoded, and answers every request for its name.
async function download(file, sha256, cache) {
  const response = await fetch(file, { cache });
  const body = await response.arrayBuffer();
  const headers = new Headers(response.headers);
  for (const name of ['content-encoding', 'content-length', 'vary']) headers.delete(name);
  const copy = new Response(body, { status: response.status, statusText: response.statusText, headers });
  return { copy, ours: response.ok && hex(await crypto.subtle.digest('SHA-256', body)).startsWith(sha256) };
}

const verified = async (file, sha256, cache) => {
  const { copy, ours } = await download(file, sha256, cache);
  return ours ? copy : null;
};

// The copy of `file` to keep. The page has just downloaded most files, so the browser's cache
// is tried first, even when stale: otherwise a server that sends no caching headers makes a
// patient download the widget twice on their first visit. That copy may be from another build;
// then the server's current file is fetched, and if that is not this build's either (an upload
// half done, a host that rewrites files), nothing of this build is kept.
async function offlineCopy(file, sha256) {
  const copy = await verified(file, sha256, 'force-cache') ?? await verified(file, sha256, 'reload');
  if (!copy) throw new Error(`heel-triage: ${file} is not this build's, so the build is not kept for offline use`);
  return copy;
}

// Every file is checked before any is stored, so a failed install leaves no partial copy, and
// the previous worker goes on serving its own. Files with the same bytes ('./' and index.html)
// are fetched once and kept under each name.
async function keepAll() {
  // The page as the patient opened it (`./?lang=es`): the browser's cache holds it under that name.
  const scope = new URL(self.registration.scope);
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const page = windows.map((w) => new URL(w.url)).find((url) => url.origin === scope.origin && url.pathname === scope.pathname);
  const copies = new Map();
  const kept = await Promise.all(Object.entries({ ...FILES, ...LANGUAGE_FILES }).map(async ([file, sha256]) => {
    const asked = file === './' && page ? page.href : file;
    if (!copies.has(sha256)) copies.set(sha256, offlineCopy(asked, sha256));
    return [file, await copies.get(sha256)];
  }));
  const cache = await caches.open(CACHE);
  await Promise.all(kept.map(([file, copy]) => cache.put(file, copy.clone())));
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepAll().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(FOLDER) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// A file of ON_USE in this worker's folder, not yet kept: downloaded once, and kept if it is this
// build's (a file changed after the build is shown, not kept). Anything else goes to the network.
async function keepOnUse(event, cache) {
  const url = new URL(event.request.url);
  const path = url.origin + url.pathname;
  const file = path.slice(self.registration.scope.length);
  if (!path.startsWith(self.registration.scope) || !Object.hasOwn(ON_USE, file)) return fetch(event.request);
  const { copy, ours } = await download(file, ON_USE[file], 'default');
  // A full disk must not cost the patient the page: the copy is shown whether or not it is kept.
  if (ours) event.waitUntil(cache.put(file, copy.clone()).catch(() => {}));
  return copy;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE).then(async (cache) =>
    await cache.match(request, { ignoreSearch: true }) ?? keepOnUse(event, cache)));
});
