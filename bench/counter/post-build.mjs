// trunk post_build hook: the floor's wasm-bindgen glue gets the same minifier as the widget's
// (web/minify.mjs), so the two are compared like for like.
import fs from 'node:fs';
import path from 'node:path';
import { minify } from '../../web/minify.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('post-build.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)');
for (const name of fs.readdirSync(staging).filter((n) => n.endsWith('.js'))) {
  const file = path.join(staging, name);
  fs.writeFileSync(file, minify(fs.readFileSync(file, 'utf8')));
}
