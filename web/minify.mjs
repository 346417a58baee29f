// Minifies the JavaScript a release build ships, with esbuild (pinned in package-lock.json).
// The embed script is on every patient's critical path: minified, it is about 2.5 KB smaller
// gzipped. The hosted page's small scripts lose their comments. Debug builds (`trunk serve`)
// stay readable, and the source is in web/. (web/post-build.mjs bundles with `release` too.)
import { transformSync } from 'esbuild';

export const release = process.env.TRUNK_PROFILE === 'release';

/**
 * `source` (an ES module, or a script without imports or exports, which stays one), minified in
 * a release build and unchanged in a debug one.
 */
export function minify(source) {
  return release ? transformSync(source, { format: 'esm', minify: true }).code : source;
}
