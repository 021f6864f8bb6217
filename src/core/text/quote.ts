/** Words quoted the way their language quotes: « mots » (with no-break spaces) in French, “words” in English. */
export function quote(text: string, lang: string): string {
  return lang === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`
}
