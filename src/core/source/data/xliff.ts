/**
 * XLIFF 1.2 and 2.x translation files. Each translation unit (`<trans-unit>`, `<unit>`) is a
 * block, from the end of the unit before it, so comments written above a unit belong to it.
 * Its `<source>` is one unit of prose in the source language, its `<target>` one in the target
 * language (`xml:lang` on the element wins). Notes, alternative translations and inline codes
 * (`<ph>`, `<bpt>`, `<x/>`…) are not prose. A `<!-- promesse-disable-next-line -->` comment
 * silences its unit.
 */
import {parseHtml} from '../html.ts'
import {collectDirectives, entryScoped} from '../suppression-comments.ts'
import type {BlockRange} from '../types.ts'
import {languageCode, type Declared} from './language.ts'
import type {Directive, ProseUnit} from '../types.ts'

const unitEnd = /<\/(?:trans-unit|unit)\s*>/g

export function splitXliff(text: string): BlockRange[] {
  const blocks: BlockRange[] = []
  let start = 0
  unitEnd.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = unitEnd.exec(text))) {
    const end = m.index + m[0].length
    blocks.push({start, end})
    start = end
  }
  return blocks
}

const unitStart = /<(?:trans-unit|unit)\b/g
const notProse = /<(alt-trans|note|notes|seg-source|bpt|ept|ph|it|originalData|mrk-code)\b[^>]*>[\s\S]*?<\/\1\s*>|<(?:x|bx|ex|ph|sc|ec|cp|sm|em)\b[^>]*\/>|<!--[\s\S]*?-->/g
const element = /<(source|target)\b([^>]*)>([\s\S]*?)<\/\1\s*>/g

export function parseXliffBlock(source: string, declared: Declared): {units: ProseUnit[]; directives: Directive[]} {
  const units: ProseUnit[] = []
  const found: Directive[] = []
  collectDirectives(source, 0, source.length, found)
  const directives = entryScoped(found, source.length)
  let from = -1
  unitStart.lastIndex = 0
  let s: RegExpExecArray | null
  while ((s = unitStart.exec(source))) from = s.index
  if (from === -1) return {units, directives}
  // What is not prose becomes spaces, so offsets stay those of the original.
  const body = source.slice(0, from) + source.slice(from).replace(notProse, (code) => code.replace(/[^\r\n]/g, ' '))
  element.lastIndex = from
  let e: RegExpExecArray | null
  while ((e = element.exec(body))) {
    const contentStart = e.index + e[0].indexOf('>') + 1
    const own = /\bxml:lang\s*=\s*["']([^"']+)["']/.exec(e[2]!)
    const lang = (own && languageCode(own[1]!)) ?? (e[1] === 'source' ? declared.source : declared.target)
    const inner = parseHtml(body.slice(contentStart, contentStart + e[3]!.length))
    for (const unit of inner.units) {
      for (let i = 0; i < unit.offsets.length; i++) unit.offsets[i] = unit.offsets[i]! + contentStart
      unit.kind = 'field'
      delete unit.group
      delete unit.depth
      if (lang !== undefined) unit.lang = lang
      units.push(unit)
    }
  }
  return {units, directives}
}
