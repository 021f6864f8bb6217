/** Renders a rewrite suggestion for a terminal: snippet placeholders show their default text. */
const SNIPPET = /\\([$}\\])|\$\{\d+:([^}]*)\}|\$\{\d+\|([^,|}]*)[^}]*\}|\$\{\d+\}|\$\d+/g

export function plainSnippet(text: string): string {
  return text.replace(SNIPPET, (_, escaped?: string, fallback?: string, choice?: string) => escaped ?? fallback ?? choice ?? '…')
}
