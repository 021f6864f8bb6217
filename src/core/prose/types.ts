/** A sentence inside a prose unit: offsets into `ProseUnit.text`. */
export interface Sentence {
  start: number
  end: number
}
