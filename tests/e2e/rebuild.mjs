// Another build without running trunk again: a copy of dist/ that a test changes, with the hashes
// web/post-build.mjs would have written into its sw.js worked out again the way post-build does.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import assert from 'node:assert/strict';
import { keptDigests, offlineLists } from '../../web/offline-lists.mjs';

/** A file's hash as web/post-build.mjs writes it into sw.js: the first 64 bits of its SHA-256. */
export const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** What post-build writes into the sw.js of the build in `dir`: the build's hash and its files' (as JSON). */
export function hashes(dir) {
  const files = [];
  const walk = (folder) => {
    for (const entry of fs.readdirSync(path.join(dir, folder), { withFileTypes: true })) {
      const file = path.posix.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file !== 'sw.js') files.push(file); // post-build lists the files before it writes sw.js
    }
  };
  walk('');
  files.sort();
  const digests = Object.fromEntries(files.map((file) => [file, sha256(fs.readFileSync(path.join(dir, file)))]));
  const { atInstall, byLanguage, onUse } = offlineLists(digests);
  return {
    build: sha256(JSON.stringify(keptDigests(digests))),
    atInstall: JSON.stringify(atInstall),
    byLanguage: JSON.stringify(byLanguage),
    onUse: JSON.stringify(onUse),
  };
}

/**
 * Changes the build in `dir` with `change(dir)` and writes the new hashes into its sw.js. Checks
 * first that sw.js holds what `hashes` works out, once each. Returns the new build's hash.
 */
export function rebuild(dir, change) {
  const before = hashes(dir);
  const worker = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
  for (const written of [before.build, before.atInstall, before.byLanguage, before.onUse]) {
    assert.equal(worker.split(written).length, 2, `sw.js holds ${written} once`);
  }
  change(dir);
  const after = hashes(dir);
  assert.notEqual(after.build, before.build, 'the change makes another build');
  fs.writeFileSync(path.join(dir, 'sw.js'), worker.replace(before.build, after.build)
    .replace(before.atInstall, after.atInstall).replace(before.byLanguage, after.byLanguage).replace(before.onUse, after.onUse));
  return after.build;
}
