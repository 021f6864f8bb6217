/**
 * Rewrites carry snippet placeholders (`${1:24}`, `${1|a,b|}`, `$1`, `\$`). These turn them into
 * what the writer sees: one function for every front end, so a rewrite reads the same in the
 * editor's menu, the hover, the review and the terminal.
 */

/** Texts already rendered: the same few rewrites recur across every finding. */
const rendered = new Map<string, string>()
const RENDERED_LIMIT = 2000

/** `Nous répondons sous ${1:24} h.` → `Nous répondons sous 24 h.` (what inserting the snippet gives). */
export function snippetText(snippet: string): string {
  let text = rendered.get(snippet)
  if (text === undefined) {
    text = render(snippet)
    if (rendered.size >= RENDERED_LIMIT) rendered.clear()
    rendered.set(snippet, text)
  }
  return text
}

function render(snippet: string): string {
  let out = ''
  for (let i = 0; i < snippet.length; i++) {
    const char = snippet[i]
    if (char === '\\' && i + 1 < snippet.length) out += snippet[++i]
    else if (char === '$' && snippet[i + 1] === '{') {
      const close = findClose(snippet, i + 2)
      const body = snippet.slice(i + 2, close)
      const colon = body.indexOf(':')
      const pipe = /^\d+\|(.*)\|$/.exec(body)
      out += pipe ? pipe[1]!.split(',')[0] : colon === -1 ? '' : render(body.slice(colon + 1))
      i = close
    } else if (char === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      while (/\d/.test(snippet[i + 1] ?? '')) i++
    } else out += char
  }
  return out
}

function findClose(text: string, from: number): number {
  let depth = 1
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '{') depth++
    else if (text[i] === '}' && --depth === 0) return i
  }
  return text.length
}

/** The rewrite with its blanks marked, for hovers and reviews: `Nous répondons sous [24] h.` */
export function snippetPreview(snippet: string): string {
  return snippetText(snippet.replace(/\$\{(\d+):([^{}]*)\}/g, (_, n, text) => `\${${n}:[${text}]}`))
}

/**
 * A rewrite that is a whole sentence (it ends with `.`, `!`, `?` or `…`) replaces the claim's
 * sentence; any other is a phrase that can only replace the claim's own words.
 */
export function isSentenceRewrite(snippet: string): boolean {
  return /[.!?…]$/.test(snippetText(snippet).trimEnd())
}
