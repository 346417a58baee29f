// Service worker for the hosted page. web/post-build.mjs fills in the cache name (a hash of the
// build) and every file of the build with the first 64 bits of its SHA-256. Same-origin GETs are answered from the
// cache first, so after one visit the page works with no network; other requests are left alone.
const CACHE = '__CACHE__';
const FILES = { '__FILES__': '' };

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

// A file exactly as this build made it. The page has just downloaded most files, so the HTTP
// cache is tried first, even when stale: otherwise a server that sends no caching headers makes
// a patient download the widget twice on their first visit. What the HTTP cache holds may be
// from another build, so only bytes with this build's hash are kept; if they differ, the file
// is fetched afresh, and if that differs too, installing fails and the old cache stays in use.
async function exactly(file, sha256) {
  for (const cache of ['force-cache', 'reload']) {
    const response = await fetch(file, { cache });
    const body = await response.arrayBuffer();
    if (response.ok && hex(await crypto.subtle.digest('SHA-256', body)).startsWith(sha256)) {
      return new Response(body, { headers: { 'content-type': response.headers.get('content-type') ?? '' } });
    }
  }
  throw new Error(`heel-triage: ${file} on the server is not the file of this build`);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => Promise.all(Object.entries(FILES).map(async ([file, sha256]) => cache.put(file, await exactly(file, sha256)))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('heel-triage-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit ?? fetch(request)),
  );
});
