/**
 * The languages a data or translation file declares: from its content (a gettext `Language:`
 * header, XLIFF's `target-language`/`trgLang`, a single top-level locale key as in Rails
 * `fr:`) or else from its name (`fr.json`, `messages.fr.xlf`, `locales/fr-FR/common.json`,
 * `fr/LC_MESSAGES/site.po`). `source` is the language of the original text (XLIFF `<source>`,
 * gettext `msgid`), `target` the language of the rest.
 */
import type {Format} from '../../types.ts'

export interface Declared {
  source?: string
  target?: string
}

/** ISO 639-1 codes (the two-letter languages); a name part is read as a language only when it is one. */
const CODES = new Set(
  ('aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu ' +
    'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km ' +
    'kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj ' +
    'om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn ' +
    'to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu').split(' ')
)

/** `fr`, `fr-FR`, `fr_FR`, `zh-Hans` → the language code, lower case; undefined for anything else. */
export function languageCode(tag: string): string | undefined {
  const m = /^([A-Za-z]{2})(?:[-_][A-Za-z0-9]{2,8})*$/.exec(tag.trim())
  const code = m?.[1]!.toLowerCase()
  return code !== undefined && CODES.has(code) ? code : undefined
}

const DATA_FORMATS: ReadonlySet<Format> = new Set(['json', 'yaml', 'po', 'xliff'])

/** How far into a file its header is looked for. */
const HEAD = 4096

export function declaredLanguages(text: string, format: Format, fileName?: string): Declared {
  if (!DATA_FORMATS.has(format)) return {}
  const head = text.slice(0, HEAD)
  const fromName = fileName === undefined ? undefined : nameLanguage(fileName)
  if (format === 'po') {
    const header = /^"Language:[ \t]*([^"\\]*)(?:\\n)?"/m.exec(head)
    return {target: (header && languageCode(header[1]!)) ?? fromName}
  }
  if (format === 'xliff') {
    const source = /\b(?:source-language|srcLang)\s*=\s*["']([^"']+)["']/.exec(head)
    const target = /\b(?:target-language|trgLang)\s*=\s*["']([^"']+)["']/.exec(head)
    const declared: Declared = {}
    const s = source && languageCode(source[1]!)
    const t = (target && languageCode(target[1]!)) ?? fromName
    if (s) declared.source = s
    if (t) declared.target = t
    return declared
  }
  const top = format === 'yaml' ? /^(?:---[^\n]*\n|#[^\n]*\n|[ \t]*\r?\n)*["']?([A-Za-z]{2}(?:[-_][A-Za-z0-9]{2,8})?)["']?:[ \t]*(?:#[^\n]*)?\r?\n[ \t]/.exec(head)
    : /^\s*\{\s*"([A-Za-z]{2}(?:[-_][A-Za-z0-9]{2,8})?)"\s*:\s*\{/.exec(head)
  const code = (top && onlyTopKey(text, format) && languageCode(top[1]!)) || fromName
  return code ? {target: code} : {}
}

/** The file's name or a folder of its path, when one is a language (`fr.json`, `messages.fr.xlf`, `locales/fr/…`). */
export function nameLanguage(fileName: string): string | undefined {
  const parts = fileName.split(/[\\/]/)
  const base = parts.pop() ?? ''
  const pieces = base.split('.')
  if (pieces.length > 1) pieces.pop()
  for (const piece of pieces.reverse()) {
    const code = languageCode(piece)
    if (code) return code
  }
  // The nearest folder that is a language (`locales/fr/common.json`, `fr/LC_MESSAGES/site.po`).
  for (const folder of parts.reverse()) {
    const code = languageCode(folder)
    if (code) return code
  }
  return undefined
}

/** A locale key only names the file's language when it is the one top-level key. */
function onlyTopKey(text: string, format: Format): boolean {
  if (format === 'yaml') {
    // Runs on every lint of a locale-keyed file: a scan that stops at the second top-level key.
    const key = /^[^\s#-][^:\n]*:/gm
    let keys = 0
    while (key.exec(text)) if (++keys > 1) return false
    return keys === 1
  }
  // JSON: count the keys at depth one with a scan that skips strings.
  let depth = 0
  let keys = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 34) {
      const start = i
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++
      if (depth === 1 && /^\s*:/.test(text.slice(i + 1, i + 8)) && start >= 0 && ++keys > 1) return false
    } else if (c === 123 || c === 91) depth++
    else if (c === 125 || c === 93) depth--
  }
  return keys === 1
}
