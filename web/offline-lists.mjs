// What web/sw.js keeps of a build, by file name and the first 64 bits of its SHA-256. Shared by
// web/post-build.mjs, which writes the lists into sw.js, and the tests that make another build.

/** Never kept: the single file is for opening from disk, and the clinics' pages are not for patients. */
export const NEVER_KEPT = ['heel-triage.html', 'configure.html', 'rules.html'];

/**
 * The hashes a build's own hash is made of: those of the files the worker keeps, so a rebuild
 * that changes only a page patients never get (rules.html carries the day it was written) leaves
 * their offline copy alone.
 */
export const keptDigests = (digests) =>
  Object.fromEntries(Object.entries(digests).filter(([file]) => !NEVER_KEPT.includes(file)));

/**
 * From every file's hash (`digests`), the files kept at install: the hosted page's, with './' for
 * index.html; and those kept when first opened: the other pages (frame.html) and the files named
 * after them (frame.js, frame-settings.json), which the hosted page never loads, so a patient's
 * first visit does not download them. Nothing in NEVER_KEPT.
 */
export function offlineLists(digests) {
  const atInstall = { './': digests['index.html'], ...digests };
  for (const file of NEVER_KEPT) delete atInstall[file];
  const otherPages = Object.keys(atInstall)
    .filter((file) => file.endsWith('.html') && file !== 'index.html')
    .map((file) => file.slice(0, -'.html'.length));
  const onUse = {};
  // frame.html, frame.js, frame-settings.json: the page, and names that begin with its own and a `.` or `-`.
  const ofPage = (name, page) => name.startsWith(`${page}.`) || name.startsWith(`${page}-`);
  for (const file of Object.keys(atInstall).filter((name) => otherPages.some((page) => ofPage(name, page)))) {
    onUse[file] = atInstall[file];
    delete atInstall[file];
  }
  return { atInstall, onUse };
}
