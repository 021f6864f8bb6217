/**
 * Quoted regions of a sentence (original offsets): « … », “ … ”, „ … “, ‹ … ›, "…", ‘…’ and '…'.
 * An ASCII or typographic single quote counts as an opening mark only at the start of a word
 * (after a space or an opening bracket) and as a closing mark only at the end of one, so
 * elisions (l'écoute) and possessives (customers') are not quotes.
 */
export interface Region {
  start: number
  end: number
}

const PAIRS: Record<string, string> = {'«': '»', '“': '”', '„': '“', '‹': '›'}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch)
}

export function quoteRegions(text: string): Region[] {
  const regions: Region[] = []
  const n = text.length
  for (let i = 0; i < n; i++) {
    const ch = text[i]!
    const close = PAIRS[ch]
    if (close) {
      const j = text.indexOf(close, i + 1)
      if (j > i) {
        regions.push({start: i, end: j + 1})
        i = j
      }
      continue
    }
    if (ch === '"') {
      const j = text.indexOf('"', i + 1)
      if (j > i) {
        regions.push({start: i, end: j + 1})
        i = j
      }
      continue
    }
    if ((ch === "'" || ch === '‘') && (i === 0 || /[\s([{—–-]/.test(text[i - 1]!)) && isLetter(text[i + 1])) {
      for (let j = i + 2; j < n; j++) {
        const c = text[j]
        if ((c === "'" || c === '’') && !isLetter(text[j + 1]) && !/\s/.test(text[j - 1]!)) {
          // A possessive s' followed by a word is not a closing quote when another quote follows.
          regions.push({start: i, end: j + 1})
          i = j
          break
        }
      }
    }
  }
  return regions
}

export function inside(regions: Region[], start: number, end: number): boolean {
  for (const r of regions) if (start >= r.start && end <= r.end) return true
  return false
}
