/**
 * The commitments register as a webview page: every commitment of the workspace grouped by
 * subject, conflicts and undercuts highlighted, each place a link. Pure (no `vscode`).
 */
import type {RegisterPlace, RegisterRow} from '../engine.ts'
import {escape, page} from '../review/page.ts'

export interface RegisterStrings {
  heading: string
  commitments: string
  conflicts: string
  undercut: string
  kind: string
  value: string
  where: string
  words: string
  contradicts: string
  undercutBy: string
  empty: string
  cancelled: string
  /** Subject and kind ids → their name in the UI language. */
  names: Record<string, string>
}

export function registerHtml(rows: readonly RegisterRow[], s: RegisterStrings, nonce: string, cspSource: string, cancelled = false): string {
  const name = (id: string) => s.names[id] ?? id
  const link = (p: RegisterPlace, text: string) => `<a href="#" data-file="${escape(p.file)}" data-line="${p.line}" data-column="${p.column}">${escape(text)}</a>`
  const card = (label: string, value: number, kind = '') => `<div class="card ${kind}"><div class="value">${value}</div><div class="label">${escape(label)}</div></div>`
  const conflicts = rows.filter((r) => r.conflicts.length > 0).length
  const undercut = rows.filter((r) => r.undercutBy.length > 0).length
  const groups = new Map<string, RegisterRow[]>()
  for (const row of rows) {
    const list = groups.get(row.subject) ?? []
    list.push(row)
    groups.set(row.subject, list)
  }
  const sections = [...groups]
    .map(([subject, list]) => {
      const body = list
        .map((r) => {
          const issues = [
            ...r.conflicts.map((c) => `${escape(s.contradicts)} ${link(c, `« ${c.words} » (${c.file}:${c.line})`)}`),
            ...r.undercutBy.map((u) => `${escape(s.undercutBy)} ${link(u, `« ${u.words} » (${u.file}:${u.line})`)}`)
          ]
          const flagged = issues.length > 0
          return `<tr class="${flagged ? 'flagged' : ''}"><td>${escape(name(r.kind))}</td><td>${escape(r.label)}</td><td>${link(r, `${r.file}:${r.line}`)}</td><td>${escape(r.words.replace(/\s+/g, ' '))}</td><td>${issues.join('<br>')}</td></tr>`
        })
        .join('\n')
      return `<section><h2>${escape(name(subject))}</h2><table><tr><th>${escape(s.kind)}</th><th>${escape(s.value)}</th><th>${escape(s.where)}</th><th>${escape(s.words)}</th><th></th></tr>\n${body}</table></section>`
    })
    .join('\n')
  const css = `table { border-collapse: collapse; margin: .5em 0 1.2em; width: 100%; }
td, th { padding: .25em .7em; border-bottom: 1px solid var(--vscode-panel-border); text-align: left; vertical-align: top; }
tr.flagged td { background: var(--vscode-inputValidation-warningBackground); }
tr.flagged td:last-child { color: var(--vscode-editorWarning-foreground); }`
  const html = `<h1>${escape(s.heading)}</h1>
${cancelled ? `<p>${escape(s.cancelled)}</p>` : ''}
<div class="scorecard" id="scorecard">${card(s.commitments, rows.length)}${card(s.conflicts, conflicts, conflicts > 0 ? 'hollow' : '')}${card(s.undercut, undercut, undercut > 0 ? 'hollow' : '')}</div>
${rows.length === 0 ? `<p>${escape(s.empty)}</p>` : sections}`
  const script = `for (const a of document.querySelectorAll('a[data-file]')) {
  a.addEventListener('click', (event) => {
    event.preventDefault();
    vscode.postMessage({type: 'open', file: a.dataset.file, line: Number(a.dataset.line), column: Number(a.dataset.column)});
  });
}`
  return page(nonce, cspSource, css, html, script)
}
