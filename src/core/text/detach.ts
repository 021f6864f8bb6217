/**
 * A copy of `text` that does not keep the string it was cut from alive.
 *
 * V8 represents a slice of 13 characters or more as a view on its parent string: a claim's words
 * kept in a message, or a long word kept in a cache, would keep the whole document of the
 * keystroke it was cut from alive — a megabyte per keystroke in a long document. Concatenating
 * and slicing again makes V8 flatten the text into a string of its own. Elsewhere (other engines,
 * short strings) it is a harmless copy.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1)
}
