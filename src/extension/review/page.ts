/** The shell every review webview shares: escaping, the strict CSP with its nonce, the scorecard styles. */

export const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!)

const BASE_CSS = `body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1em; }
.scorecard { display: flex; gap: .75em; flex-wrap: wrap; margin: 1em 0; }
.card { border: 1px solid var(--vscode-panel-border); border-radius: 6px; padding: .5em 1em; min-width: 6em; text-align: center; }
.card .value { font-size: 1.8em; font-weight: 600; }
.card.hollow .value { color: var(--vscode-editorWarning-foreground); }
a { color: var(--vscode-textLink-foreground); }`

/** A whole page: no remote content, styles and script allowed by `nonce` only. */
export function page(nonce: string, cspSource: string, css: string, body: string, script: string): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<style nonce="${nonce}">
${BASE_CSS}
${css}
</style></head>
<body>
${body}
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
${script}
</script>
</body></html>`
}
