// Service worker for the hosted page. web/post-build.mjs fills in the cache name (a hash of the
// build) and every file of the build with the first 64 bits of its SHA-256. Same-origin GETs are
// answered from the cache first, so after one visit the page works with no network; other
// requests are left alone.
const CACHE = '__CACHE__';
const FILES = { '__FILES__': '' };

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

// The copy of `file` to keep. The page has just downloaded most files, so the browser's cache
// is tried first, even when stale: otherwise a server that sends no caching headers makes a
// patient download the widget twice on their first visit. That copy may be from another build,
// so it is used only if its hash is this build's; if not, the server's current file is fetched,
// as `cache.addAll` would (a host that rewrites files then still gets an offline copy).
async function offlineCopy(file, sha256) {
  const cached = await fetch(file, { cache: 'force-cache' });
  const body = await cached.arrayBuffer();
  if (cached.ok && hex(await crypto.subtle.digest('SHA-256', body)).startsWith(sha256)) {
    return new Response(body, { headers: { 'content-type': cached.headers.get('content-type') ?? '' } });
  }
  const fresh = await fetch(file, { cache: 'reload' });
  if (!fresh.ok) throw new Error(`heel-triage: ${file} could not be kept for offline use (${fresh.status})`);
  return fresh;
}

// Files with the same bytes ('./' and index.html) are fetched once and kept under each name.
async function keepAll() {
  const cache = await caches.open(CACHE);
  const copies = new Map();
  await Promise.all(Object.entries(FILES).map(async ([file, sha256]) => {
    if (!copies.has(sha256)) copies.set(sha256, offlineCopy(file, sha256));
    await cache.put(file, (await copies.get(sha256)).clone());
  }));
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepAll().then(() => self.skipWaiting()));
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
