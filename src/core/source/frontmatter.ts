/**
 * YAML front matter of Markdown and MDX, and the test shared with data files: which string
 * values read as prose, and which keys never hold prose.
 */
import {isMap, isScalar, isSeq, parseDocument, type Scalar} from 'yaml'
import {ProseBuilder} from './builder.ts'
import type {ProseUnit} from './types.ts'

/**
 * Front matter holds a page's copy in fields of any name, nested (`aboutIntro.textLeft`,
 * `values[].desc`): every string value that reads as prose is linted, wherever it sits, unless
 * its key names something that is not prose (a layout, a slug, an image, a date, a colour…).
 */

/** Keys whose values are never prose, whatever they hold (compared in lower case, `-` and `_` ignored). */
export const NOT_PROSE_KEYS: ReadonlySet<string> = new Set(
  [
    'layout', 'template', 'type', 'kind', 'slug', 'permalink', 'url', 'uri', 'href', 'link', 'links', 'path', 'file', 'src',
    'image', 'images', 'img', 'icon', 'logo', 'photo', 'picture', 'thumbnail', 'thumb', 'cover', 'banner', 'background', 'video', 'audio',
    'id', 'key', 'uid', 'uuid', 'ref', 'name', 'alias', 'aliases', 'lang', 'language', 'locale', 'translationkey',
    'date', 'time', 'datetime', 'publishdate', 'lastmod', 'expirydate', 'updated', 'created', 'published', 'draft', 'weight', 'order', 'position',
    'color', 'colour', 'theme', 'class', 'classes', 'style', 'css', 'width', 'height', 'size',
    'tags', 'tag', 'categories', 'category', 'keywords', 'series', 'menu', 'menus', 'author', 'authors', 'email', 'phone', 'tel', 'telephone',
    'address', 'zip', 'postcode', 'latitude', 'longitude', 'lat', 'lng', 'map', 'embed', 'script', 'scripts', 'js', 'layouts', 'sitemap', 'robots', 'canonical'
  ].map((k) => k.replace(/[-_]/g, ''))
)

/** A value that reads as prose: two words or more with letters, not a URL, a path, a date or a colour. */
export function readsAsProse(value: string): boolean {
  const text = value.trim()
  if (text.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word)).length < 2) return false
  if (/^(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|tel:|www\.|\/|\.{1,2}\/|#[0-9a-f]{3,8}$|\{\{)/i.test(text)) return false
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return false
  return true
}

/** Keys the writer says are (`include`) or are not (`exclude`) prose, from `frontMatter` in the config. */
export interface FrontMatterKeys {
  include?: readonly string[]
  exclude?: readonly string[]
}

const keyName = (key: string) => key.toLowerCase().replace(/[-_]/g, '')

export function proseKeyTest(keys: FrontMatterKeys | undefined): (key: string) => boolean {
  const include = new Set((keys?.include ?? []).map(keyName))
  const exclude = new Set((keys?.exclude ?? []).map(keyName))
  return (key) => {
    const name = keyName(key)
    if (exclude.has(name)) return false
    return include.has(name) || !NOT_PROSE_KEYS.has(name)
  }
}

/**
 * Prose units for the string values that read as prose in YAML `source[start, end)` (the text
 * between the fences), at any depth. Values that cannot be mapped back exactly are skipped.
 */
export function frontMatterUnits(source: string, start: number, end: number, into: ProseUnit[], keys?: FrontMatterKeys): void {
  let doc
  try {
    doc = parseDocument(source.slice(start, end), {keepSourceTokens: false, prettyErrors: false})
  } catch {
    return
  }
  const found: Scalar[] = []
  visitProse(doc.contents, undefined, proseKeyTest(keys), found, 0)
  for (const value of found) scalarUnit(value, source, start, into)
}

/** The deepest nesting walked (a hostile document cannot make the walk deep). */
const MAX_DEPTH = 32

/**
 * Collects, in document order, the string scalars under prose keys that read as prose.
 * `key` is the key the node is under (undefined at the top of front matter, where a lone
 * value is no field; a data file passes `''` so its top-level strings count).
 */
export function visitProse(node: unknown, key: string | undefined, isProseKey: (key: string) => boolean, into: Scalar[], depth: number): void {
  if (depth > MAX_DEPTH) return
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? pair.key.value : undefined
      if (typeof k !== 'string' || !isProseKey(k)) continue
      visitProse(pair.value, k, isProseKey, into, depth + 1)
    }
  } else if (isSeq(node)) {
    // A list takes the key it is under (`values: [{desc: …}]`, `features: [text, text]`).
    for (const item of node.items) visitProse(item, key, isProseKey, into, depth + 1)
  } else if (isScalar(node) && key !== undefined && typeof node.value === 'string' && node.range && readsAsProse(node.value)) {
    into.push(node as Scalar<string>)
  }
}

/** The unit of a string scalar parsed from `source.slice(start)`, when it maps back exactly. */
export function scalarUnit(value: Scalar, source: string, start: number, into: ProseUnit[], kind: 'frontMatter' | 'field' = 'frontMatter'): void {
  if (typeof value.value !== 'string' || !value.range || !readsAsProse(value.value)) return
  let from = start + value.range[0]
  let to = start + value.range[1]
  if (value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE') {
    from++
    to--
  } else if (value.type === 'BLOCK_FOLDED' || value.type === 'BLOCK_LITERAL') {
    const header = source.indexOf('\n', from)
    if (header === -1 || header >= to) return
    from = header + 1
  }
  if (to < from) return
  const builder = new ProseBuilder()
  builder.aligned(value.value, source, from, to)
  const unit = builder.finish({kind})
  if (unit && unit.text === normalise(value.value) && mapsExactly(unit, source)) into.push(unit)
}

/** The value as the builder writes it: white space runs as one space, trimmed. */
function normalise(value: string): string {
  return value.replace(/[ \t\r\n\f\v]+/g, ' ').trim()
}

/** Every visible character of the unit is the original character at its offset. */
function mapsExactly(unit: ProseUnit, source: string): boolean {
  const {text, offsets} = unit
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 32) continue
    if (source.charCodeAt(offsets[i]!) !== c) return false
  }
  return true
}
