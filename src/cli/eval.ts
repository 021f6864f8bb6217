/**
 * `promesse eval FILE.jsonl [--errors] [--json]`: measures the detector on labelled copy.
 *
 * Each line is `{"id", "lang"?, "text", "label"}` with label hollow | backed | mention | none.
 * Every text is linted as plain text (in `lang`, else detected); an item is "flagged" when a
 * `hollow-claim` message is reported. Prints precision / recall / F1 of `hollow` per language and
 * overall, how many items of each label were flagged (the confusion by label), and with `--errors`
 * each miss and false alarm with the words matched.
 */
import path from 'node:path'
import {lint} from '../core/index.ts'
import type {LangSetting, PromesseConfig} from '../core/index.ts'
import {loadConfigFor} from '../node/config.ts'
import {readForLint} from '../node/read.ts'
import type {EvalArgs} from './args.ts'
import type {Io} from './io.ts'
import {describeConfigError} from './lint-command.ts'
import {formatEvalText, parseItems, scoreItems, type EvalItem, type EvalReport, type ItemVerdict} from './eval-score.ts'

export interface EvalOptions {
  lang?: LangSetting
  config?: PromesseConfig
  /** Called when the engine throws on an item (the item then counts as not flagged). */
  onCrash?: (item: EvalItem, error: unknown) => void
}

export function evaluate(file: string, items: EvalItem[], options: EvalOptions = {}): Omit<EvalReport, 'badLines'> {
  const started = performance.now()
  const verdicts: ItemVerdict[] = []
  const flagged = items.map((item) => {
    try {
      const result = lint(item.text, {format: 'plaintext', lang: item.lang ?? options.lang ?? 'auto', config: options.config})
      const matched = result.messages.filter((m) => m.ruleId === 'hollow-claim').map((m) => m.actual)
      const seen = [
        ...result.claims.filter((c) => c.status !== 'hollow').map((c) => `${c.status} « ${c.actual.replace(/\s+/g, ' ')} »`),
        ...result.messages.filter((m) => m.ruleId !== 'hollow-claim').map((m) => `${m.ruleId} « ${m.actual} »`)
      ]
      verdicts.push({matched, seen})
      return matched.length > 0
    } catch (error) {
      options.onCrash?.(item, error)
      verdicts.push({matched: [], seen: ['internal error']})
      return false
    }
  })
  return {file, ...scoreItems(items, flagged, verdicts), millis: Math.round(performance.now() - started)}
}

export async function runEval(args: EvalArgs, io: Io): Promise<number> {
  const absolute = path.resolve(io.cwd, args.file)
  const read = await readForLint(absolute, {maxBytes: 512 * 1024 * 1024})
  if (!read.ok) {
    io.stderr.write(`promesse: ${args.file} ${read.reason}\n`)
    return 2
  }
  const loaded = await loadConfigFor(absolute, args.config && path.resolve(io.cwd, args.config))
  for (const error of loaded.errors) io.stderr.write(`promesse: ${describeConfigError(error, io.cwd)}\n`)
  const {items, badLines} = parseItems(read.text)
  for (const bad of badLines) io.stderr.write(`promesse: ${args.file}:${bad.line}: ${bad.reason}\n`)
  let crashes = 0
  const onCrash = (item: EvalItem, error: unknown) => {
    crashes++
    io.stderr.write(`promesse: item ${item.id}: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
  }
  const report: EvalReport = {...evaluate(args.file, items, {lang: args.lang, config: loaded.config, onCrash}), badLines}
  io.stdout.write(args.json ? JSON.stringify(report, null, 2) + '\n' : formatEvalText(report, {errors: args.errors}))
  return loaded.errors.length > 0 || badLines.length > 0 || crashes > 0 ? 2 : 0
}
