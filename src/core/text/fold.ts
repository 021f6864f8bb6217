/**
 * Matching form of a string: lowercase, accents removed, ligatures expanded, typographic
 * apostrophes and spaces unified — with a map back to the original UTF-16 offsets.
 *
 *   fold('Le Cœur') → {text: 'le coeur', map: [0,1,2,3,4,4,5,6,7]}
 *
 * `map[i]` is the offset in the input of the character that produced folded character `i`;
 * `map[text.length]` is the input length; the map is read-only and only defined up to there (it
 * may run longer: texts that fold one for one share one identity map). Use `foldedEnd` to map an exclusive end boundary, so a
 * span that ends inside an expansion (`œ` → `oe`) still ends after the whole input character.
 */

export interface Folded {
  text: string
  map: readonly number[]
}

/** Characters mapped to something other than their lowercase, accentless form. */
const SPECIAL: Record<number, string> = {
  0x0153: 'oe', 0x0152: 'oe', 0x00e6: 'ae', 0x00c6: 'ae', 0x00df: 'ss',
  // apostrophes
  0x2019: "'", 0x2018: "'", 0x02bc: "'", 0x2032: "'", 0x0060: "'", 0x00b4: "'",
  // spaces
  0x00a0: ' ', 0x202f: ' ', 0x2007: ' ', 0x2009: ' ', 0x200a: ' ', 0x2002: ' ', 0x2003: ' ',
  0x2004: ' ', 0x2005: ' ', 0x2006: ' ', 0x2008: ' ', 0x205f: ' ', 0x3000: ' ',
  0x0009: ' ', 0x000a: ' ', 0x000d: ' ', 0x000b: ' ', 0x000c: ' ', 0x2028: ' ', 0x2029: ' ',
  // hyphens that join words (en and em dashes stay: they separate)
  0x2010: '-', 0x2011: '-', 0x2012: '-', 0x2212: '-', 0x00ad: '',
  // zero-width characters vanish
  0x200b: '', 0x200c: '', 0x200d: '', 0x2060: '', 0xfeff: '',
  // typographic ellipsis
  0x2026: '...'
}

/** Folded form of every BMP code unit seen so far: 0 unknown, 1 + code when it folds to one unit, -1 see `multi`. */
const single = new Int32Array(0x10000)
/** Folded forms that are not exactly one code unit (expansions and removals). */
const multi = new Map<number, string>()

function foldChar(code: number): string {
  const special = SPECIAL[code]
  if (special !== undefined) return special
  const decomposed = String.fromCharCode(code).normalize('NFD')
  let out = ''
  for (const ch of decomposed) {
    const c = ch.charCodeAt(0)
    if (isCombining(c)) continue
    out += ch.toLowerCase()
  }
  // Lowercasing may itself produce combining marks (İ → i̇): drop them.
  return out.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
}

/** Fills `single` / `multi` for a code unit (not a high surrogate followed by a low one). */
function learn(code: number): number {
  const out = isCombining(code) ? '' : foldChar(code)
  if (out.length === 1) single[code] = out.charCodeAt(0) + 1
  else {
    single[code] = -1
    multi.set(code, out)
  }
  return single[code]!
}

for (let c = 0; c < 0x80; c++) learn(c)

function isCombining(c: number): boolean {
  return (c >= 0x0300 && c <= 0x036f) || (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f)
}

// Scratch list reused by every call (folding is synchronous and not re-entrant). A plain array,
// not a typed array: small typed arrays cost an off-heap allocation each.
const codes: number[] = []
/** 0, 1, 2, …: the map of a text folded one for one. */
const identity: number[] = [0]

/** Longest run of code units turned into a string at once (argument count limit). */
const CHUNK = 8192

/** Anything but printable ASCII (the backtick is an apostrophe): plain text folds to its lowercase. */
const PLAIN = /^[\x20-\x5f\x61-\x7e]*$/

export function fold(input: string): Folded {
  return PLAIN.test(input) ? {text: input.toLowerCase(), map: identityMap(input.length)} : foldChars(input)
}

function foldChars(input: string): Folded {
  const n = input.length
  const out = codes
  const table = single
  let k = 0
  /** The folded text differs from the input. */
  let changed = false
  /** ... only by ASCII capitals, one for one: then it is `input.toLowerCase()`. */
  let caseOnly = true
  /** Some character folded to more or fewer than one: the map is not the identity. */
  let shifted = false
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i)
    let f = table[c]!
    if (f > 0 && (c < 0xd800 || c > 0xdbff)) {
      out[k++] = f - 1
      if (f - 1 !== c) {
        changed = true
        if (c < 65 || c > 90) caseOnly = false
      }
      continue
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      // Surrogate pair: copied as is, both halves map to their own input positions.
      caseOnly = false
      out[k++] = c
      out[k++] = input.charCodeAt(++i)
      continue
    }
    if (f === 0) f = learn(c)
    if (f > 0) {
      out[k++] = f - 1
      if (f - 1 !== c) {
        changed = true
        caseOnly = false
      }
      continue
    }
    changed = true
    caseOnly = false
    shifted = true
    const expansion = multi.get(c)!
    for (let j = 0; j < expansion.length; j++) out[k++] = expansion.charCodeAt(j)
  }
  let text: string
  if (!changed) text = input
  else if (caseOnly) text = input.toLowerCase()
  else if (k <= CHUNK) {
    out.length = k
    text = String.fromCharCode.apply(null, out)
  } else {
    text = ''
    for (let s = 0; s < k; s += CHUNK) text += String.fromCharCode.apply(null, out.slice(s, Math.min(k, s + CHUNK)))
  }
  // Long inputs: do not keep their size in the scratch list.
  if (n > 65536) codes.length = 0
  return {text, map: shifted ? shiftedMap(input, k) : identityMap(n)}
}

/**
 * The map of a text that folded character for character: `map[i] === i`. One shared list serves
 * every such text (maps are read-only, and read at offsets up to the text's length): no list per
 * sentence to allocate. Only very long texts get their own.
 */
function identityMap(n: number): readonly number[] {
  if (n >= IDENTITY_MAX) return Array.from({length: n + 1}, (_, i) => i)
  for (let i = identity.length; i <= n; i++) identity.push(i)
  return identity
}
const IDENTITY_MAX = 65536

/** The map of a text where some characters folded to more or fewer than one (`k` folded units). */
function shiftedMap(input: string, k: number): number[] {
  const n = input.length
  const map = new Array<number>(k + 1)
  let at = 0
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      map[at++] = i
      map[at++] = ++i
      continue
    }
    const f = single[c]!
    if (f > 0) map[at++] = i
    else for (let j = multi.get(c)!.length; j > 0; j--) map[at++] = i
  }
  map[at] = n
  return map
}

/** Input offset of a folded start boundary. */
export function foldedStart(folded: Folded, s: number): number {
  return folded.map[s]!
}

/**
 * Input offset of a folded (exclusive) end boundary: just after the input character that produced
 * folded character `e - 1`, even when `e` falls inside an expansion such as `œ` → `oe`. Combining
 * marks that followed that character in the input are included.
 */
export function foldedEnd(folded: Folded, e: number): number {
  const {map, text} = folded
  if (e <= 0) return map[0]!
  if (e >= text.length) return map[text.length]!
  const last = map[e - 1]!
  let k = e
  while (k < text.length && map[k] === last) k++
  return map[k]!
}
