/**
 * Promesse as a unified plugin, for the pipelines of the unified collective (remark-cli,
 * unified-engine, language servers, docs builds):
 *
 *     unified().use(retextLatin).use(retextPromesse, {lang: 'fr'})
 *     unified().use(remarkParse).use(retextPromesse)            // a .md file: read as Markdown
 *
 * The engine reads the file's own text (its French typography, Markdown structure and scope
 * rules are the CLI's and the editor's), so the messages are the same as theirs: each becomes a
 * VFileMessage with `ruleId`, `source`, `actual`, `expected` (rewrites, blanks filled with their
 * defaults), `note`, `url` and a place in the original file. The syntax tree is not read.
 */
import type {VFile} from 'vfile'
import {formatOf, lint, snippetText, type Format, type Lang, type PromesseConfig} from '../core/index.ts'

export interface RetextPromesseOptions {
  /** The language of the text (default: from the config, else detected per paragraph). */
  lang?: Lang | 'auto'
  /** What the file holds (default: from its extension, `plaintext` without one): `markdown` in a remark pipeline. */
  format?: Format
  /** A Promesse configuration object (`.promesserc` keys). */
  config?: PromesseConfig
}

export default function retextPromesse(options: RetextPromesseOptions = {}) {
  return function transformer(_tree: unknown, file: VFile): void {
    const format = options.format ?? (file.path ? formatOf(file.path) : 'plaintext')
    const result = lint(String(file.value ?? ''), {format, lang: options.lang, config: options.config, fileName: file.path})
    for (const m of result.messages) {
      const message = file.message(m.message, {
        place: {start: {line: m.start.line, column: m.start.column, offset: m.start.offset}, end: {line: m.end.line, column: m.end.column, offset: m.end.offset}},
        ruleId: m.ruleId,
        source: 'promesse'
      })
      message.actual = m.actual
      message.expected = m.expected.map(snippetText)
      message.note = m.note
      message.url = m.url
      message.fatal = m.severity === 'error' ? true : m.severity === 'warning' ? false : undefined
    }
    // A block the engine could not read was not checked: said where it starts, as an error.
    for (const failed of result.blockErrors) {
      const message = file.message(`Promesse could not read this block (internal error: ${failed.reason}); it was not checked`, {
        place: {line: failed.line, column: 1},
        ruleId: 'unreadable-block',
        source: 'promesse'
      })
      message.fatal = true
    }
  }
}
