/** The review webview's HTML: a scorecard and the findings by section; no remote content. */
import {quote} from '../../core/index.ts'
import {formatRatio, type Review, type ReviewStrings} from './model.ts'

import {escape, page} from './page.ts'

export interface HtmlStrings extends ReviewStrings {
  export: string
  apply: string
  show: string
  otherRules: string
}

export function reviewHtml(review: Review, s: HtmlStrings, nonce: string, cspSource: string): string {
  const {stats} = review
  const card = (label: string, value: string, kind = '', help = '') =>
    `<div class="card ${kind}"${help ? ` title="${escape(help)}"` : ''}><div class="value">${escape(value)}</div><div class="label">${escape(label)}</div>${help ? `<div class="help">${escape(help)}</div>` : ''}</div>`
  const sections = review.sections
    .map((section) => {
      const items = section.findings
        .map(
          (f) => `<li class="${f.ruleId === 'hollow-claim' ? 'f-hollow' : 'f-other'}"><a href="#" data-start="${f.start}" data-end="${f.end}">${escape(s.line)} ${f.line}</a> ${f.message.includes(f.actual) ? '' : `${escape(quote(f.actual, f.lang))} — `}${escape(f.message)} <span class="rule">${escape(f.rule)}</span>
  ${f.note ? `<div class="note">${escape(f.note)}</div>` : ''}
  ${f.rewrites.length ? `<ul class="rewrites">${f.rewrites.map((r, i) => `<li>${escape(r)} <button class="apply" data-start="${f.start}" data-end="${f.end}" data-index="${i}">${escape(s.apply)}</button></li>`).join('')}</ul>` : ''}</li>`
        )
        .join('\n')
      return `<section><h2>${escape(section.title || s.noSection)}</h2><ul class="findings">${items}</ul></section>`
    })
    .join('\n')
  const label = {backed: s.backed, mention: s.mention, silenced: s.silenced}
  const setAside = review.setAside.length
    ? `<section><h2>${escape(s.setAside)}</h2><ul class="findings">${review.setAside
        .map((c) => `<li class="c-${c.status}"><a href="#" data-start="${c.start}" data-end="${c.end}">${escape(s.line)} ${c.line}</a> ${escape(quote(c.actual, c.lang))} — <span class="rule">${escape(label[c.status])}${c.backing ? ` ${escape(s.backedBy)} ${escape(quote(c.backing, c.lang))}` : ''}</span></li>`)
        .join('\n')}</ul></section>`
    : ''
  const commitmentList = review.commitments.length
    ? `<section><h2>${escape(s.commitmentList)}</h2><ul class="findings" id="commitments">${review.commitments
        .map((c) => `<li class="${c.disputed ? 'disputed' : ''}"><a href="#" data-start="${c.start}" data-end="${c.end}">${escape(s.line)} ${c.line}</a> ${escape(c.words.replace(/\s+/g, ' '))} — <span class="rule">${escape(c.subject)}, ${escape(c.label)}</span>${c.disputed ? ` <strong>${escape(s.disputed)}</strong>` : ''}</li>`)
        .join('\n')}</ul></section>`
    : ''
  const filter = (kind: string, text: string, checked: boolean) =>
    `<label><input type="checkbox" data-kind="${kind}"${checked ? ' checked' : ''}> ${escape(text)}</label>`
  const filters = `<div class="filters" id="filters">${escape(s.show)} ${filter('f-hollow', s.hollow, true)} ${filter('f-other', s.otherRules, true)} ${filter('c-backed', s.backed, true)} ${filter('c-mention', s.mention, true)} ${filter('c-silenced', s.silenced, true)}</div>`
  const css = `.card .help { font-size: .8em; opacity: .75; max-width: 16em; margin-top: .3em; }
.card.backed .value { color: var(--vscode-testing-iconPassed); }
.findings > li { margin: .6em 0; }
.note { opacity: .85; margin-top: .2em; }
.rule { opacity: .75; font-size: .9em; }
.disputed strong { color: var(--vscode-editorWarning-foreground); }
.filters { margin: .8em 0; display: flex; gap: 1em; flex-wrap: wrap; }
button.apply { padding: .1em .6em; margin-left: .4em; font-size: .85em; }
body.hide-f-hollow .f-hollow, body.hide-f-other .f-other, body.hide-c-backed .c-backed, body.hide-c-mention .c-mention, body.hide-c-silenced .c-silenced { display: none; }
button { background: var(--vscode-button-background); color: var(--vscode-button-foreground); border: none; padding: .4em 1em; cursor: pointer; }`
  const html = `<h1>${escape(s.heading)} — ${escape(review.title)}</h1>
<div class="scorecard" id="scorecard">
${card(s.claims, String(stats.claims))}${card(s.backed, String(stats.backed), 'backed')}${card(s.hollow, String(stats.hollow), 'hollow')}${stats.silenced > 0 ? card(s.silenced, String(stats.silenced)) : ''}${card(s.commitments, String(stats.commitments))}${card(s.sayDo, formatRatio(review.sayDoRatio, s.locale), 'ratio', s.sayDoHelp)}
</div>
<button id="export">${escape(s.export)}</button>
${filters}
${sections || `<p>${escape(s.noFinding)}</p>`}
${setAside}
${commitmentList}`
  const script = `document.getElementById('export').addEventListener('click', () => vscode.postMessage({type: 'export'}));
for (const button of document.querySelectorAll('button.apply')) {
  button.addEventListener('click', () => vscode.postMessage({type: 'apply', start: Number(button.dataset.start), end: Number(button.dataset.end), index: Number(button.dataset.index)}));
}
for (const box of document.querySelectorAll('#filters input')) {
  box.addEventListener('change', () => document.body.classList.toggle('hide-' + box.dataset.kind, !box.checked));
}
for (const a of document.querySelectorAll('a[data-start]')) {
  a.addEventListener('click', (event) => {
    event.preventDefault();
    vscode.postMessage({type: 'jump', start: Number(a.dataset.start), end: Number(a.dataset.end)});
  });
}`
  return page(nonce, cspSource, css, html, script)
}
