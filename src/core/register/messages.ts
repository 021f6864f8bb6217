/**
 * Messages of the register rules, for one document of a set: on the commitment, naming the other
 * place (a line of this document, or a file and line), with `related` pointing there for
 * editors. A conflict on a number offers to take the other value.
 */
import type {Lang, Message, Point, RuleId, Severity} from '../types.ts'
import {RULE_DATA} from '../rules/data.generated.ts'
import {makeMessage} from '../report/records.ts'
import {quote} from '../text/quote.ts'
import type {RegisterFinding} from './check.ts'

/** A document of the set as messages need it. */
export interface MessageDoc {
  text: string
  /** How the document is named in another document's messages (a path relative to where the run started). */
  file?: string
}

/** Line starts of a text, to turn offsets into points. */
export class LineIndex {
  private readonly starts: number[] = [0]
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }
  point(offset: number): Point {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return {line: lo + 1, column: offset - this.starts[lo]! + 1, offset}
  }
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all)
}

/** Whether a commitment's words can take the other's in place (« 24 h » ↔ « 48 h »). */
function swappable(kind: string, a: string, b: string): boolean {
  return (kind === 'delay' || kind === 'price' || kind === 'measure') && /^\p{N}/u.test(a.trim()) && /^\p{N}/u.test(b.trim())
}

/** Where a finding's two places are: points in their texts, and the other's file when it is another document. */
export interface FindingPoints {
  start: Point
  end: Point
  sentenceStart: Point
  sentenceEnd: Point
  otherStart: Point
  otherEnd: Point
  otherFile?: string
}

/**
 * The message of a finding, on the commitment (its offsets in `points`), naming the other place
 * (a line of this document, or a file and line) in the document's language, with `related`
 * pointing there. A conflict on a number offers to take the other value.
 */
export function registerMessage(f: RegisterFinding, severity: Severity, points: FindingPoints): Message {
  const record = f.at.record
  const lang: Lang = record.lang
  const texts = RULE_DATA.langs[lang].register.messages
  const line = String(points.otherStart.line)
  const place = points.otherFile === undefined ? fill(texts.placeHere, {line}) : fill(texts.placeFile, {file: points.otherFile, line})
  const conflict = f.ruleId === 'conflicting-commitment'
  const values = {words: quote(f.at.words, lang), other: quote(f.other.words, lang), place}
  const words = {message: fill(conflict ? texts.conflict : texts.undercut, values), note: conflict ? texts.conflictNote : texts.undercutNote}
  const {start, end} = points
  const fixes = conflict && swappable(record.kind, f.at.words, f.other.words) ? [{start: start.offset, end: end.offset, text: f.other.words, snippet: f.other.words.replace(/[$}\\]/g, '\\$&')}] : []
  const message = makeMessage(f.ruleId, severity, start, end, words, f.at.words, lang, record.subject, undefined, {start: points.sentenceStart, end: points.sentenceEnd}, fixes)
  message.related = [{...(points.otherFile === undefined ? {} : {file: points.otherFile}), start: points.otherStart, end: points.otherEnd, message: quote(f.other.words, lang)}]
  return message
}

/** The messages of `doc`, one of a set of documents. */
export function registerMessages(
  findings: readonly RegisterFinding[],
  docs: readonly MessageDoc[],
  doc: number,
  severityOf: (ruleId: RuleId) => Severity | undefined,
  lines: (doc: number) => LineIndex
): Message[] {
  const out: Message[] = []
  for (const f of findings) {
    if (f.at.doc !== doc || f.at.record.silenced?.includes(f.ruleId)) continue
    const severity = severityOf(f.ruleId)
    if (!severity) continue
    const here = lines(doc)
    const there = lines(f.other.doc)
    const points: FindingPoints = {
      start: here.point(f.at.start),
      end: here.point(f.at.end),
      sentenceStart: here.point(f.at.record.sentenceStart),
      sentenceEnd: here.point(f.at.record.sentenceEnd),
      otherStart: there.point(f.other.start),
      otherEnd: there.point(f.other.end)
    }
    if (f.other.doc !== doc) points.otherFile = docs[f.other.doc]!.file
    out.push(registerMessage(f, severity, points))
  }
  return out
}
