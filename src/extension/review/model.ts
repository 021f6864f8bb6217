/**
 * The review of one document: a scorecard and the findings grouped by section. Pure (no
 * `vscode`), so it is shared by the webview, the Markdown export and the tests.
 */
import type {LintResult, LintStats, Severity} from '../engine.ts'
// Pure (tested outside VS Code): the engine's own entry, not the adapter's door, which loads vscode.
import {backingOf, quote, ruleMeta, snippetPreview, valueLabel} from '../../core/index.ts'

export interface Finding {
  ruleId: string
  /** The rule's title in the finding's language (« Promesse client creuse »). */
  rule: string
  severity: Severity
  line: number
  column: number
  /** UTF-16 offsets into the document, for click-to-jump. */
  start: number
  end: number
  actual: string
  lang: string
  message: string
  note: string
  rewrites: string[]
}

/** A claim the review lists apart: backed by a commitment, a mention set aside, or silenced by the writer. */
export interface SetAside {
  status: 'backed' | 'mention' | 'silenced'
  actual: string
  lang: string
  line: number
  start: number
  end: number
  section: string
  /** For a backed claim: the words of the commitment that backs it (« sous 14 jours »). */
  backing?: string
}

/** A checkable commitment of the document, as the review lists it (the register of one page). */
export interface ReviewCommitment {
  kind: string
  subject: string
  /** The value in a neutral notation (`24 h`, `Mon-Fri 09:00-18:00`). */
  label: string
  words: string
  line: number
  start: number
  end: number
  /** Another commitment contradicts it, or a disclaimer takes it back. */
  disputed: boolean
}

export interface Review {
  title: string
  stats: LintStats
  /** Claims per concrete commitment: 0 with no claim, Infinity with claims and no commitment. */
  sayDoRatio: number
  sections: {title: string; findings: Finding[]}[]
  /** Every other claim the engine saw, in document order. */
  setAside: SetAside[]
  /** The document's commitments, in document order. */
  commitments: ReviewCommitment[]
}

/** `lineOf`: the 1-based line of an offset (the claims carry offsets only). */
export function buildReview(title: string, result: LintResult, lineOf: (offset: number) => number = () => 0): Review {
  const {claims, commitments} = result.stats
  const sayDoRatio = claims === 0 ? 0 : commitments === 0 ? Number.POSITIVE_INFINITY : claims / commitments
  const sections = new Map<string, Finding[]>()
  for (const m of [...result.messages].sort((a, b) => a.start.offset - b.start.offset)) {
    const key = m.section ?? ''
    if (!sections.has(key)) sections.set(key, [])
    sections.get(key)!.push({
      ruleId: m.ruleId,
      rule: ruleMeta[m.ruleId]?.title[m.lang] ?? m.ruleId,
      severity: m.severity,
      line: m.start.line,
      column: m.start.column,
      start: m.start.offset,
      end: m.end.offset,
      actual: m.actual,
      lang: m.lang,
      message: m.message,
      note: m.note,
      rewrites: m.expected.map(snippetPreview)
    })
  }
  const setAside: SetAside[] = []
  for (const c of [...result.claims].sort((a, b) => a.start - b.start)) {
    const status = c.silenced ? 'silenced' : c.status === 'hollow' ? undefined : c.status
    if (!status) continue
    const item: SetAside = {status, actual: c.actual, lang: c.lang, line: lineOf(c.start), start: c.start, end: c.end, section: c.section ?? ''}
    const backing = status === 'backed' ? backingOf(c, result.commitments) : undefined
    if (backing) item.backing = backing.words.replace(/\s+/g, ' ')
    setAside.push(item)
  }
  const disputed = new Set(result.messages.filter((m) => m.ruleId === 'conflicting-commitment' || m.ruleId === 'undercut-commitment').map((m) => m.start.offset))
  const listed = result.commitments.map((c) => ({kind: c.kind, subject: c.subject, label: valueLabel(c), words: c.words, line: lineOf(c.start), start: c.start, end: c.end, disputed: disputed.has(c.start)}))
  return {title, stats: {...result.stats}, sayDoRatio, sections: [...sections].map(([title, findings]) => ({title, findings})), setAside, commitments: listed}
}

/** The say/do ratio as the UI language writes numbers: « 0,3 » in French, "0.3" in English. */
export function formatRatio(ratio: number, locale = 'en'): string {
  if (ratio === Number.POSITIVE_INFINITY) return '∞'
  return new Intl.NumberFormat(locale, {maximumFractionDigits: 1}).format(ratio)
}

/** UI strings the review needs, translated by the caller. */
export interface ReviewStrings {
  /** Heading of the document's commitments, and the mark of one another place contradicts. */
  commitmentList: string
  disputed: string
  heading: string
  claims: string
  backed: string
  hollow: string
  /** Claims silenced by « Ignorer ici » or a rule set to off (shown apart, only when there are some). */
  silenced: string
  commitments: string
  sayDo: string
  /** What the ratio means, under it. */
  sayDoHelp: string
  /** The UI language, for numbers (« 0,3 »). */
  locale: string
  noSection: string
  noFinding: string
  line: string
  rewrites: string
  /** Heading of the other claims, and a label per kind. */
  setAside: string
  mention: string
  /** Before the words of the commitment that backs a claim (« par »). */
  backedBy: string
}

export function reviewToMarkdown(review: Review, s: ReviewStrings): string {
  const {stats} = review
  const columns: Array<[string, string]> = [[s.claims, String(stats.claims)], [s.backed, String(stats.backed)], [s.hollow, String(stats.hollow)]]
  if (stats.silenced > 0) columns.push([s.silenced, String(stats.silenced)])
  columns.push([s.commitments, String(stats.commitments)], [s.sayDo, formatRatio(review.sayDoRatio, s.locale)])
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`
  const lines = [`# ${s.heading} — ${review.title}`, '', row(columns.map((c) => c[0])), row(columns.map(() => '---:'))]
  lines.push(row(columns.map((c) => c[1])), '')
  if (review.sections.length === 0) lines.push(s.noFinding, '')
  for (const section of review.sections) {
    lines.push(`## ${section.title || s.noSection}`, '')
    for (const f of section.findings) {
      lines.push(`- **${s.line} ${f.line}** ${f.message.includes(f.actual) ? '' : `${quote(f.actual, f.lang)} — `}${f.message} (${f.rule})`)
      if (f.note) lines.push(`  ${f.note}`)
      for (const rewrite of f.rewrites) lines.push(`  - ${s.rewrites} ${rewrite}`)
    }
    lines.push('')
  }
  if (review.setAside.length > 0) {
    lines.push(`## ${s.setAside}`, '')
    const label = {backed: s.backed, mention: s.mention, silenced: s.silenced}
    for (const c of review.setAside) lines.push(`- **${s.line} ${c.line}** ${quote(c.actual, c.lang)} — ${label[c.status]}${c.backing ? ` ${s.backedBy} ${quote(c.backing, c.lang)}` : ''}`)
    lines.push('')
  }
  if (review.commitments.length > 0) {
    lines.push(`## ${s.commitmentList}`, '')
    for (const c of review.commitments) lines.push(`- **${s.line} ${c.line}** ${c.words.replace(/\s+/g, ' ')} — ${c.subject}, ${c.label}${c.disputed ? ` (${s.disputed})` : ''}`)
    lines.push('')
  }
  return lines.join('\n')
}

