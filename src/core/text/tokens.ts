/**
 * Word tokens of a FOLDED string (see `fold.ts`), with offsets into that folded string.
 *
 * - Letters, digits and the inclusive-writing middle dot (`utilisateur·rice`) make words; such a
 *   word reads as its first form, plural when it ends in `s` (`client·e·s` → `clients`,
 *   `patient·e` → `patient`), so the patterns written for `clients` match it.
 * - Hyphens split words (`client-roi` → `client`, `roi`), so hyphenated and spaced forms match alike.
 * - French elision keeps the apostrophe on the first part: `l'ecoute` → `l'`, `ecoute`.
 * - English contractions split before the apostrophe: `we're` → `we`, `'re`; `don't` → `do`, `n't`;
 *   a trailing possessive apostrophe (`customers'`) is dropped.
 * - `pb` is true when a separating punctuation mark (`; ! ? ( ) [ ] – — .`) or a sentence end
 *   stands between this token and the previous one: patterns never match across it.
 */

export interface Token {
  w: string
  s: number
  e: number
  pb: boolean
}

const WORD = new Uint8Array(0x10000)
for (let c = 48; c <= 57; c++) WORD[c] = 1
for (let c = 97; c <= 122; c++) WORD[c] = 1
for (let c = 65; c <= 90; c++) WORD[c] = 1
WORD[0xb7] = 1
{
  const letter = /[\p{L}\p{N}]/u
  for (let c = 0x80; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue
    if (letter.test(String.fromCharCode(c))) WORD[c] = 1
  }
}
const BREAK = new Uint8Array(0x10000)
for (const ch of ';!?()[]\u2013\u2014.|/\u2022') BREAK[ch.charCodeAt(0)] = 1
const DOT = 46
const SLASH = 47

export function isWordChar(c: number): boolean {
  return WORD[c] === 1
}

export function tokenize(text: string, lang: 'fr' | 'en'): Token[] {
  const tokens: Token[] = []
  const n = text.length
  let i = 0
  let pb = true
  while (i < n) {
    const c = text.charCodeAt(i)
    if (WORD[c] !== 1) {
      if (BREAK[c] === 1) {
        // A dot between digits (8.30) or inside a word (e.g.) is not a break.
        const inWord = i > 0 && i + 1 < n && WORD[text.charCodeAt(i - 1)] === 1 && WORD[text.charCodeAt(i + 1)] === 1
        if (!(c === DOT && inWord)) pb = true
        if (c === SLASH && inWord) pb = false
      }
      i++
      continue
    }
    let j = i + 1
    while (j < n && WORD[text.charCodeAt(j)] === 1) j++
    // Apostrophe inside a word?
    if (j < n && text.charCodeAt(j) === 39 && j + 1 < n && WORD[text.charCodeAt(j + 1)] === 1) {
      if (lang === 'fr') {
        tokens.push({w: text.slice(i, j + 1), s: i, e: j + 1, pb})
        pb = false
        i = j + 1
        continue
      }
      // English: n't, 're, 's, 'll, 've, 'd, 'm
      let k = j + 1
      while (k < n && WORD[text.charCodeAt(k)] === 1) k++
      // The suffix is `t` after an `n`: `n't`.
      if (k === j + 2 && text.charCodeAt(j + 1) === 116 && text.charCodeAt(j - 1) === 110 && j - 1 > i) {
        tokens.push({w: text.slice(i, j - 1), s: i, e: j - 1, pb})
        tokens.push({w: "n't", s: j - 1, e: k, pb: false})
      } else {
        tokens.push({w: text.slice(i, j), s: i, e: j, pb})
        tokens.push({w: text.slice(j, k), s: j, e: k, pb: false})
      }
      pb = false
      i = k
      continue
    }
    tokens.push({w: inclusiveForm(text, i, j), s: i, e: j, pb})
    pb = false
    i = j
  }
  return tokens
}

/** `text[i, j)`, or for an inclusive form (`client·e·s`) its first form, plural if it ends in `s`. */
function inclusiveForm(text: string, i: number, j: number): string {
  // Looked for inside the word only: searching to the end of the text made long units quadratic.
  let dot = i
  while (dot < j && text.charCodeAt(dot) !== 0xb7) dot++
  if (dot >= j || dot - i < 2) return text.slice(i, j)
  const plural = text.charCodeAt(j - 1) === 115 && text.charCodeAt(dot - 1) !== 115
  return text.slice(i, dot) + (plural ? 's' : '')
}
