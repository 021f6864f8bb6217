/**
 * Messages of the register rules, for one document of a set: on the commitment, naming the other
 * place (a line of this document, or a file and line), with `related` pointing there for
 * editors. A conflict on a number offers to take the other value.
 */
import type {Lang, Message, Point, RuleId, Severity} from '../types.ts'
import {RULE_DATA} from '../rules/data.generated.ts'
import {makeMessage} from '../records.ts'
import {quote} from '../text/quote.ts'
import type {RegisterFinding} from './check.ts'
import {swappable} from './in-document.ts'

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
    const lang: Lang = f.at.record.lang
    const texts = RULE_DATA.langs[lang].register.messages
    const here = lines(doc)
    const there = lines(f.other.doc)
    const otherStart = there.point(f.other.start)
    const otherFile = f.other.doc === doc ? undefined : docs[f.other.doc]!.file
    const place = otherFile === undefined ? fill(texts.placeHere, {line: String(otherStart.line)}) : fill(texts.placeFile, {file: otherFile, line: String(otherStart.line)})
    const conflict = f.ruleId === 'conflicting-commitment'
    const values = {words: quote(f.at.words, lang), other: quote(f.other.words, lang), place}
    const words = {message: fill(conflict ? texts.conflict : texts.undercut, values), note: conflict ? texts.conflictNote : texts.undercutNote}
    const fixes = conflict && swappable(f.at.record.kind, f.at.words, f.other.words) ? [{start: f.at.start, end: f.at.end, text: f.other.words, snippet: f.other.words.replace(/[$}\\]/g, '\\$&')}] : []
    const sentence = {start: here.point(f.at.record.sentenceStart), end: here.point(f.at.record.sentenceEnd)}
    const message = makeMessage(f.ruleId, severity, here.point(f.at.start), here.point(f.at.end), words, f.at.words, lang, f.at.record.subject, undefined, sentence, fixes)
    message.related = [{...(otherFile === undefined ? {} : {file: otherFile}), start: otherStart, end: there.point(f.other.end), message: quote(f.other.words, lang)}]
    out.push(message)
  }
  return out
}
