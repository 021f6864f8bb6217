/** What a language's copy module provides to the generator (see copy-fr.ts, copy-en.ts). */
import type {Rng} from './prng.ts'

/**
 * The kinds of sentence the generator writes. `hollow` and `vague` are what the engine should flag;
 * `backed` is a claim with a commitment in the same sentence; `mention` quotes or criticises a slogan;
 * `commitment` is a verifiable promise alone; `plain` is ordinary business prose.
 */
export type SentenceKind = 'plain' | 'hollow' | 'backed' | 'mention' | 'vague' | 'commitment'

export const sentenceKinds: readonly SentenceKind[] = ['plain', 'hollow', 'backed', 'mention', 'vague', 'commitment']

export interface Copy {
  lang: 'fr' | 'en'
  sentence(kind: SentenceKind, rng: Rng): string
  heading(rng: Rng): string
  /** A sentence ending with a colon that introduces a list. */
  listIntro(rng: Rng): string
  /** Header row then body rows. */
  table(rng: Rng): string[][]
  /** A code sample: info string and body lines. */
  code(rng: Rng): {info: string; body: string}
  /** A sentence holding a Markdown link. */
  linkSentence(rng: Rng): string
  /** Front matter title. */
  title(rng: Rng): string
  /** Language-specific typography applied to a whole paragraph (spaces, apostrophes). */
  typography(text: string, rng: Rng): string
}

/** Fills `{name}` slots in a template with a random pick from `slots[name]`. */
export function fill(template: string, slots: Readonly<Record<string, readonly string[]>>, rng: Rng): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const choices = slots[name]
    return choices ? fill(rng.pick(choices), slots, rng) : whole
  })
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Numbers written into commitments and plain prose, as strings so templates stay simple. */
export const numbers = {
  hours: ['2', '4', '8', '12', '24', '48', '72'],
  days: ['7', '14', '15', '30', '60', '90'],
  count: ['3', '5', '12', '17', '40', '120', '250', '1 200'],
  percent: ['85', '92', '95', '98', '99,5', '99,9'],
  percentEn: ['85', '92', '95', '98', '99.5', '99.9'],
  version: ['2.4', '3.0', '3.1', '4.2', '5.0']
} as const
