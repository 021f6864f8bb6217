// The size plugins esbuild.mjs applies, in one place so test/build/bundle.test.ts bundles the
// engine exactly as the shipped bundles are built.
import {createRequire} from 'node:module'
import {francData} from './franc-data.mjs'
import {gfmParseOnly} from './gfm-parse-only.mjs'
import {lazyChunks} from './lazy-chunks.mjs'
import {packedRuleData} from './packed-rule-data.mjs'

/** Plugins every bundle gets (CLI, Node and web extension): they change size, never results. */
export function trims() {
  return [francData(), gfmParseOnly(), jsoncModule()]
}

/** jsonc-parser's `main` is a UMD build whose requires esbuild cannot follow: its ES module build instead. */
export function jsoncModule() {
  return {
    name: 'jsonc-parser-esm',
    setup(build) {
      build.onResolve({filter: /^jsonc-parser$/}, () => ({path: createRequire(import.meta.url).resolve('jsonc-parser/lib/esm/main.js')}))
    }
  }
}

/**
 * Modules the Node extension loads on first use from a file of their own, next to the bundle:
 * parse5 (HTML documents only), yaml (front matter, YAML config) and the table of HTML named
 * character references (35 KB; Markdown with `&eacute;` and the like). Each file must be listed in
 * .vscodeignore to ship in the .vsix.
 */
export const NODE_CHUNKS = {
  'hast-util-from-html': 'html.cjs',
  yaml: 'yaml.cjs',
  'decode-named-character-reference': 'entities.cjs',
  // MDX's syntax (with acorn) and its tree builder: only MDX files need them.
  'micromark-extension-mdxjs': 'mdx-syntax.cjs',
  'mdast-util-mdx': 'mdx-tree.cjs'
}

/**
 * The web extension leaves MDX's syntax out (300 KB): there an MDX file is read as Markdown with
 * its JSX and expression lines set aside (the fallback of source/markdown.ts `parseMdx`).
 */
export function webTrims() {
  return [{
    name: 'no-mdx-syntax',
    setup(build) {
      build.onResolve({filter: /^(?:micromark-extension-mdxjs|mdast-util-mdx)$/}, (args) => ({path: args.path, namespace: 'no-mdx'}))
      build.onLoad({filter: /.*/, namespace: 'no-mdx'}, () => ({
        contents: 'const missing = () => { throw new Error("MDX syntax is not part of the web build") }\nexport const mdxjs = missing\nexport const mdxFromMarkdown = missing',
        loader: 'js'
      }))
    }
  }]
}

/** The lazy-chunk plugin for NODE_CHUNKS, and the builds of the chunk files. */
export function nodeChunks() {
  return lazyChunks(NODE_CHUNKS)
}

/** Plugins of the Node bundles only (the extension for the desktop and remote hosts, the CLI): the rule data deflated. */
export function nodeTrims() {
  return [packedRuleData()]
}
