/**
 * The workspace review's summary: files, claims and hollow claims, by folder and by file, shown
 * in the review panel (click a file to review it). Pure: no `vscode`.
 */
import {escape, page} from './page.ts'
export interface FileCount {
  /** Workspace-relative path. */
  path: string
  /** The file's URI, to open it. */
  uri: string
  claims: number
  hollow: number
}

export interface WorkspaceSummary {
  files: number
  claims: number
  hollow: number
  cancelled: boolean
  perFile: FileCount[]
}

export interface FolderCount {
  folder: string
  files: number
  claims: number
  hollow: number
}

/** Counts by folder (the file's directory, « . » at the root), most hollow claims first. */
export function byFolder(summary: WorkspaceSummary): FolderCount[] {
  const folders = new Map<string, FolderCount>()
  for (const f of summary.perFile) {
    const folder = f.path.includes('/') ? f.path.slice(0, f.path.lastIndexOf('/')) : '.'
    const count = folders.get(folder) ?? {folder, files: 0, claims: 0, hollow: 0}
    count.files++
    count.claims += f.claims
    count.hollow += f.hollow
    folders.set(folder, count)
  }
  return [...folders.values()].sort((a, b) => b.hollow - a.hollow || a.folder.localeCompare(b.folder))
}

export interface SummaryStrings {
  heading: string
  files: string
  claims: string
  hollow: string
  folder: string
  file: string
  cancelled: string
}


export function summaryHtml(summary: WorkspaceSummary, s: SummaryStrings, nonce: string, cspSource: string): string {
  const card = (label: string, value: number, kind = '') => `<div class="card ${kind}"><div class="value">${value}</div><div class="label">${escape(label)}</div></div>`
  const rows = (cells: string[][]) => cells.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<td>${c}</td>` : `<td class="n">${c}</td>`)).join('')}</tr>`).join('\n')
  const folders = rows(byFolder(summary).map((f) => [escape(f.folder), String(f.files), String(f.claims), String(f.hollow)]))
  const files = rows(
    [...summary.perFile]
      .filter((f) => f.claims > 0)
      .sort((a, b) => b.hollow - a.hollow || a.path.localeCompare(b.path))
      .map((f) => [`<a href="#" data-uri="${escape(f.uri)}">${escape(f.path)}</a>`, String(f.claims), String(f.hollow)])
  )
  const css = `table { border-collapse: collapse; margin: .5em 0 1.5em; }
td, th { padding: .2em .8em; border-bottom: 1px solid var(--vscode-panel-border); text-align: left; }
td.n, th.n { text-align: right; }`
  const html = `<h1>${escape(s.heading)}</h1>
${summary.cancelled ? `<p>${escape(s.cancelled)}</p>` : ''}
<div class="scorecard" id="scorecard">${card(s.files, summary.files)}${card(s.claims, summary.claims)}${card(s.hollow, summary.hollow, 'hollow')}</div>
<table id="folders"><tr><th>${escape(s.folder)}</th><th class="n">${escape(s.files)}</th><th class="n">${escape(s.claims)}</th><th class="n">${escape(s.hollow)}</th></tr>
${folders}</table>
<table id="files"><tr><th>${escape(s.file)}</th><th class="n">${escape(s.claims)}</th><th class="n">${escape(s.hollow)}</th></tr>
${files}</table>`
  const script = `for (const a of document.querySelectorAll('a[data-uri]')) {
  a.addEventListener('click', (event) => { event.preventDefault(); vscode.postMessage({type: 'open', uri: a.dataset.uri}); });
}`
  return page(nonce, cspSource, css, html, script)
}
