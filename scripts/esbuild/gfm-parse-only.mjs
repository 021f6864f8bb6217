// remark-gfm registers GFM's micromark syntax, its mdast-from-markdown handlers AND its
// to-markdown handlers, which pull in mdast-util-to-markdown (~17 KB) although the engine only
// parses. This plugin redirects `remark-gfm` to ./remark-gfm-parse.js, which registers the first
// two exactly as remark-gfm does, and nothing for serializing.
import {fileURLToPath} from 'node:url'

const shim = fileURLToPath(new URL('./remark-gfm-parse.js', import.meta.url))

/** @returns {import('esbuild').Plugin} */
export function gfmParseOnly() {
  return {
    name: 'gfm-parse-only',
    setup(build) {
      build.onResolve({filter: /^remark-gfm$/}, () => ({path: shim}))
    }
  }
}
