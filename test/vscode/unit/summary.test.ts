import * as assert from 'node:assert/strict'
import {byFolder, summaryHtml, type WorkspaceSummary} from '../../../src/extension/review/summary.ts'

const summary: WorkspaceSummary = {
  files: 4,
  claims: 9,
  hollow: 5,
  cancelled: false,
  perFile: [
    {path: 'README.md', uri: 'file:///w/README.md', claims: 1, hollow: 0},
    {path: 'site/about.md', uri: 'file:///w/site/about.md', claims: 4, hollow: 3},
    {path: 'site/contact.md', uri: 'file:///w/site/contact.md', claims: 2, hollow: 2},
    {path: 'docs/a <b>.md', uri: 'file:///w/docs/a%20%3Cb%3E.md', claims: 2, hollow: 0}
  ]
}
const strings = {heading: 'Workspace review', files: 'Files', claims: 'Claims', hollow: 'Hollow', folder: 'Folder', file: 'File', cancelled: 'Cancelled.'}

describe('extension: workspace review summary', () => {
  it('counts files, claims and hollow claims by folder, most hollow first', () => {
    assert.deepEqual(byFolder(summary), [
      {folder: 'site', files: 2, claims: 6, hollow: 5},
      {folder: '.', files: 1, claims: 1, hollow: 0},
      {folder: 'docs', files: 1, claims: 2, hollow: 0}
    ])
  })

  it('renders the scorecard and a link per file with claims, names escaped', () => {
    const html = summaryHtml(summary, strings, 'n0nce', 'vscode-resource:')
    assert.match(html, /<div class="value">5<\/div><div class="label">Hollow<\/div>/)
    assert.match(html, /data-uri="file:\/\/\/w\/site\/about\.md">site\/about\.md<\/a>/)
    assert.ok(html.includes('docs/a &lt;b&gt;.md') && !html.includes('docs/a <b>.md'))
    assert.ok(html.indexOf('site/about.md') < html.indexOf('site/contact.md'), 'most hollow first')
  })
})
