// The size plugins esbuild.mjs applies, in one place so test/build/bundle.test.ts bundles the
// engine exactly as the shipped bundles are built.
import {francData} from './franc-data.mjs'
import {gfmParseOnly} from './gfm-parse-only.mjs'
import {lazyChunks} from './lazy-chunks.mjs'
import {packedRuleData} from './packed-rule-data.mjs'

/** Plugins every bundle gets (CLI, Node and web extension): they change size, never results. */
export function trims() {
  return [francData(), gfmParseOnly()]
}

/**
 * Modules the Node extension loads on first use from a file of their own, next to the bundle:
 * parse5 (HTML documents only), yaml (front matter, YAML config) and the table of HTML named
 * character references (35 KB; Markdown with `&eacute;` and the like). Each file must be listed in
 * .vscodeignore to ship in the .vsix.
 */
export const NODE_CHUNKS = {'hast-util-from-html': 'html.cjs', yaml: 'yaml.cjs', 'decode-named-character-reference': 'entities.cjs'}

/** The lazy-chunk plugin for NODE_CHUNKS, and the builds of the chunk files. */
export function nodeChunks() {
  return lazyChunks(NODE_CHUNKS)
}

/** Plugins of the Node bundles only (the extension for the desktop and remote hosts, the CLI): the rule data deflated. */
export function nodeTrims() {
  return [packedRuleData()]
}
