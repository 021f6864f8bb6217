/** What the engine is compared with: alex (a full unified pipeline) and a one-regex floor. */
import {markdown, text} from 'alex'
import type {BenchFormat} from './generate.ts'

/** Runs alex over the document and returns how many messages it reported. */
export function runAlex(document: string, format: BenchFormat): number {
  return (format === 'markdown' ? markdown(document) : text(document)).messages.length
}

/** A dozen slogans, French and English, in one case-insensitive alternation: the cheapest possible scan. */
const floorPattern =
  /le client est roi|client au (?:centre|c(?:œ|oe)ur)|votre satisfaction est notre priorit|à l['’]écoute de nos clients|service client d['’]exception|dans les meilleurs délais|customer[- ]first|customer[- ]centric|customer[- ]obsess|put our customers first|world-class customer service|as soon as possible/gi

/** Scans the raw text with the floor pattern and returns the number of matches. */
export function runFloor(document: string): number {
  floorPattern.lastIndex = 0
  let count = 0
  while (floorPattern.exec(document) !== null) count++
  return count
}
