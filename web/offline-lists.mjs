// What web/sw.js keeps of a build, by file name and the first 64 bits of its SHA-256. Shared by
// web/post-build.mjs, which writes the lists into sw.js, and the tests that make another build.

/**
 * Never kept: the single files are for opening from disk (heel-triage.html, heel-triage.es.html),
 * and the clinics' pages are not for patients.
 */
export const neverKept = (file) => ['configure.html', 'rules.html'].includes(file) || /^heel-triage(\.[a-z]+)?\.html$/.test(file);

/** Files the widget fetches only when it needs them: the sources' citations, a language's summary words. */
const FETCHED_WHEN_NEEDED = /^embed\/(sources|facts\.[a-z]+)\.txt$/;

/** The widget's wasm in a language (embed/heel-triage_bg.wasm is English's), or null. */
export const languageOfWasm = (file) => /^embed\/heel-triage_bg(?:\.([a-z]+))?\.wasm$/.exec(file)?.[1] ?? (file === 'embed/heel-triage_bg.wasm' ? 'en' : null);

/**
 * The hashes a build's own hash is made of: those of the files the worker keeps, so a rebuild
 * that changes only a page patients never get (rules.html carries the day it was written) leaves
 * their offline copy alone.
 */
export const keptDigests = (digests) => Object.fromEntries(Object.entries(digests).filter(([file]) => !neverKept(file)));

/**
 * From every file's hash (`digests`):
 * - `atInstall`: the hosted page's files, with './' for index.html, but no wasm;
 * - `byLanguage`: each language's wasm as [language, file, hash], kept at install for the
 *   language the page speaks only (a visit downloads one language);
 * - `onUse`: kept when first asked for: the other pages (frame.html) and the files named after
 *   them (frame.js, frame-settings.json), which the hosted page never loads, and the files the
 *   widget fetches only when it needs them (the sources' citations, a clinic's language's
 *   words). The other languages' wasm are kept when first asked for too (web/sw.js), for a
 *   patient who switches language.
 * Nothing `neverKept`.
 */
export function offlineLists(digests) {
  const atInstall = keptDigests({ './': digests['index.html'], ...digests });
  const otherPages = Object.keys(atInstall)
    .filter((file) => file.endsWith('.html') && file !== 'index.html')
    .map((file) => file.slice(0, -'.html'.length));
  const onUse = {};
  const byLanguage = [];
  // frame.html, frame.js, frame-settings.json: the page, and names that begin with its own and a `.` or `-`.
  const ofPage = (name, page) => name.startsWith(`${page}.`) || name.startsWith(`${page}-`);
  for (const file of Object.keys(atInstall)) {
    const lang = languageOfWasm(file);
    if (lang) byLanguage.push([lang, file, atInstall[file]]);
    else if (FETCHED_WHEN_NEEDED.test(file) || otherPages.some((page) => ofPage(file, page))) onUse[file] = atInstall[file];
    if (lang || onUse[file]) delete atInstall[file];
  }
  return { atInstall, byLanguage, onUse };
}
