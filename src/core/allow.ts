/** Phrases the writer allowed (`allow` in the config): a finding whose words are among them is dropped. */
import {fold} from './text/fold.ts'

/** Case-, accent-, apostrophe- and spacing-insensitive form of a phrase (the detector's folding). */
export function phraseKey(text: string): string {
  return fold(text).text.replace(/\s+/g, ' ').trim()
}

export class AllowList {
  private readonly keys: string[]

  constructor(phrases: readonly string[] = []) {
    this.keys = phrases.map(phraseKey).filter((k) => k.length > 0)
  }

  /** True when the finding's text and an allowed phrase contain one another. */
  allows(actual: string): boolean {
    if (this.keys.length === 0) return false
    const key = phraseKey(actual)
    return this.keys.some((k) => key.includes(k) || k.includes(key))
  }
}
