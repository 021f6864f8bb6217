/**
 * What the writer let stand: phrases allowed everywhere (`allow`: a finding whose words are among
 * them is dropped) and sentences ignored where they are (`ignore`: their findings are silenced).
 */
import {fold} from '../text/fold.ts'

/** Case-, accent-, apostrophe- and spacing-insensitive form of a phrase (the detector's folding). */
export function phraseKey(text: string): string {
  return fold(text).text.replace(/\s+/g, ' ').trim()
}

/** The phrase's words only, punctuation as spaces: what « whole words » compares. */
function wordsKey(text: string): string {
  return phraseKey(text).replace(/[^\p{L}\p{N}']+/gu, ' ').trim()
}

export class AllowList {
  private readonly keys: string[]

  constructor(phrases: readonly string[] = []) {
    this.keys = phrases.map(wordsKey).filter((k) => k.length > 0)
  }

  /**
   * True when the finding's words and an allowed phrase contain one another as whole words
   * (`"allow": ["e"]` silences nothing; « votre écoute » allows « à votre écoute »).
   */
  allows(actual: string): boolean {
    if (this.keys.length === 0) return false
    const key = ` ${wordsKey(actual)} `
    return this.keys.some((k) => key.includes(` ${k} `) || ` ${k} `.includes(key))
  }
}

/** A sentence as written, spacing and Unicode form aside (NBSP, line breaks and runs of spaces are one space). */
export function sentenceKey(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, ' ').trim()
}

export class IgnoredSentences {
  private readonly keys: ReadonlySet<string>

  constructor(sentences: readonly string[] = []) {
    this.keys = new Set(sentences.map(sentenceKey).filter((k) => k.length > 0))
  }

  get size(): number {
    return this.keys.size
  }

  ignores(sentence: string): boolean {
    return this.keys.size > 0 && this.keys.has(sentenceKey(sentence))
  }
}
