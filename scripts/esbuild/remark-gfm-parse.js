// Parse-only stand-in for `remark-gfm` (see gfm-parse-only.mjs): same syntax and tree, no
// to-markdown handlers. Bundled in place of remark-gfm; resolves its imports from the project.
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {gfm} from 'micromark-extension-gfm'

/**
 * @this {import('unified').Processor}
 * @param {import('micromark-extension-gfm').Options | null | undefined} [options]
 */
export default function remarkGfmParse(options) {
  const data = this.data()
  const micromarkExtensions = data.micromarkExtensions || (data.micromarkExtensions = [])
  const fromMarkdownExtensions = data.fromMarkdownExtensions || (data.fromMarkdownExtensions = [])
  micromarkExtensions.push(gfm(options || {}))
  fromMarkdownExtensions.push(gfmFromMarkdown())
}
