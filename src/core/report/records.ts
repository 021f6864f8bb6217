/**
 * Messages and claim records: every one made in the same shape (one object shape for V8), and
 * moved with its block when an edit before it shifts it (same columns, other offsets and lines).
 */
import type {ClaimRecord, Fix, Lang, Message, Point, RuleId, Severity} from '../types.ts'
import {moveFix} from './fixes.ts'
import {ruleMeta} from '../rules/index.ts'
import {detach} from '../text/detach.ts'

/** A message, fields always in the same order. */
export function makeMessage(
  ruleId: RuleId,
  severity: Severity,
  start: Point,
  end: Point,
  words: {message: string; note: string},
  actual: string,
  lang: Lang,
  family: string | undefined,
  section: string | undefined,
  sentence: Message['sentence'],
  fixes: Fix[],
  expected: string[] = fixes.map((f) => f.snippet)
): Message {
  const message: Message = {
    ruleId,
    source: 'promesse',
    severity,
    start,
    end,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    message: words.message,
    actual,
    expected,
    fixes,
    note: words.note,
    url: ruleMeta[ruleId].url,
    lang,
    family
  }
  if (section !== undefined) message.section = section
  if (sentence) message.sentence = sentence
  return message
}

/** `old`, `by` characters and `lines` lines further (columns unchanged). */
export function moveMessage(old: Message, by: number, lines: number): Message {
  const sentence = old.sentence && {start: movePoint(old.sentence.start, by, lines), end: movePoint(old.sentence.end, by, lines)}
  const fixes = old.fixes.map((f) => moveFix(f, by))
  // The snippets do not move: the list is shared (messages are not mutated by their readers).
  return makeMessage(old.ruleId, old.severity, movePoint(old.start, by, lines), movePoint(old.end, by, lines), old, old.actual, old.lang, old.family, old.section, sentence, fixes, old.expected)
}

/** A claim record of `text.slice(start, end)`, its words copied out of the document. */
export function record(
  status: ClaimRecord['status'],
  family: string,
  lang: Lang,
  start: number,
  end: number,
  text: string,
  section: string | undefined
): ClaimRecord {
  const claim: ClaimRecord = {status, family, lang, start, end, actual: detach(text.slice(start, end))}
  if (section !== undefined) claim.section = section
  return claim
}

/** `claim`, `by` characters further. */
export function moveClaim(claim: ClaimRecord, by: number): ClaimRecord {
  const moved: ClaimRecord = {status: claim.status, family: claim.family, lang: claim.lang, start: claim.start + by, end: claim.end + by, actual: claim.actual}
  if (claim.section !== undefined) moved.section = claim.section
  if (claim.silenced) moved.silenced = true
  return moved
}

function movePoint(point: Point, by: number, lines: number): Point {
  return {line: point.line + lines, column: point.column, offset: point.offset + by}
}
