/**
 * YAML data and translation files: each string scalar that reads as prose, under a key that
 * names prose, is one block and one unit — plain, quoted, literal (`|`) or folded (`>-`). A
 * `#` comment holding `promesse-` is a block of its own (suppression).
 */
import {parseAllDocuments, parseDocument, isScalar, type Scalar} from 'yaml'
import {collectDirectives, entryScoped} from '../suppression-comments.ts'
import {attachSuppressions} from './suppressions.ts'
import {scalarUnit, visitProse} from '../frontmatter.ts'
import type {BlockRange} from '../types.ts'
import type {Directive, ProseUnit} from '../types.ts'

export function splitYaml(text: string, isProseKey: (key: string) => boolean): BlockRange[] {
  const blocks: BlockRange[] = []
  let docs
  try {
    docs = parseAllDocuments(text, {prettyErrors: false})
  } catch {
    return blocks
  }
  if (!Array.isArray(docs)) return blocks
  for (const doc of docs) {
    const found: Scalar[] = []
    visitProse(doc.contents, '', isProseKey, found, 0)
    for (const value of found) {
      let end = value.range![1]
      while (end > value.range![0] && /\s/.test(text[end - 1]!)) end--
      blocks.push({start: value.range![0], end})
    }
  }
  // Suppression comments, on lines of their own.
  const comment = /^[ \t]*#[^\n]*promesse-[^\n]*/gm
  let m: RegExpExecArray | null
  while ((m = comment.exec(text))) {
    const start = m.index + m[0].indexOf('#')
    blocks.push({start, end: m.index + m[0].replace(/\r$/, '').length})
  }
  return attachSuppressions(text, blocks.sort((a, b) => a.start - b.start))
}

/** One scalar's source, parsed on its own → one unit; a comment → its directives. */
export function parseYamlBlock(source: string, lang: string | undefined): {units: ProseUnit[]; directives: Directive[]} {
  let directives: Directive[] = []
  const units: ProseUnit[] = []
  if (source.startsWith('#')) {
    const prefix = /^(?:[ \t]*#[^\n]*(?:\n|$))+/.exec(source)![0]
    collectDirectives(source, 0, prefix.length, directives, 'hash')
    if (source.slice(prefix.length).trim() === '') return {units, directives}
    // The comment joined to the string below it: the key line and the string (see attachSuppressions).
    directives = entryScoped(directives, source.length)
    const doc = parseDocument(source.slice(prefix.length), {prettyErrors: false})
    const found: Scalar[] = []
    if (isScalar(doc.contents)) found.push(doc.contents)
    else visitProse(doc.contents, '', () => true, found, 0)
    const last = found.at(-1)
    if (doc.errors.length === 0 && last) scalarUnit(last, source, prefix.length, units, 'field')
  } else {
    const doc = parseDocument(source, {prettyErrors: false})
    if (doc.errors.length === 0 && isScalar(doc.contents)) scalarUnit(doc.contents, source, 0, units, 'field')
  }
  if (lang !== undefined) for (const unit of units) unit.lang = lang
  return {units, directives}
}
