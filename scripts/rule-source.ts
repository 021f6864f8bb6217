/**
 * One rule file as `scripts/build-rules.ts` reads it: its YAML with the line of every node, its
 * check against the JSON Schema of its kind (`rules/schema/<kind>.schema.json`, the one place
 * that says which fields a file has), and the line a field sits on, so that every refusal names
 * the file, the line and the reason: `fr/lexicon.yaml:52: classes.valueCaer: names the claim…`.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document} from 'yaml'
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'

/** A refusal of the rule data: where (file, line when known, field) and why. */
export class RuleDataError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly why: string,
    readonly line?: number
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${field}: ${why}`)
  }
}

export interface RuleSource {
  /** The file's name under `rules/` (`fr/lexicon.yaml`). */
  name: string
  data: unknown
  doc: Document
  lines: LineCounter
}

/** A field as the checks write it (`families[3].rewrites[0]`, `classes.neg`) as a path of keys and indexes. */
export function fieldPath(field: string): Array<string | number> {
  if (field === '' || field.startsWith('(')) return []
  const path: Array<string | number> = []
  for (const part of field.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part)
    if (!m) {
      path.push(part)
      continue
    }
    if (m[1]) path.push(m[1])
    for (const i of m[2]!.matchAll(/\[(\d+)\]/g)) path.push(Number(i[1]))
  }
  return path
}

/**
 * The line (1-based) of the deepest node of `path` in the file: a key's own line for a mapping
 * entry, an item's line in a list; the nearest existing parent when the field is missing.
 */
export function lineOf(source: RuleSource, path: Array<string | number>): number | undefined {
  let node: unknown = source.doc.contents
  let offset = (node as {range?: [number, number]} | null)?.range?.[0]
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key))
      if (!pair) break
      offset = (pair.key as {range?: [number, number]}).range?.[0] ?? offset
      node = pair.value
    } else if (isSeq(node) && typeof key === 'number' && key < node.items.length) {
      node = node.items[key]
      offset = (node as {range?: [number, number]} | null)?.range?.[0] ?? offset
    } else break
  }
  return offset === undefined ? undefined : source.lines.linePos(offset).line
}

/** Reads and parses a rule file; invalid YAML is refused with its line. */
export function readRuleSource(rulesDir: string, name: string): RuleSource {
  const lines = new LineCounter()
  const doc = parseDocument(readFileSync(join(rulesDir, name), 'utf8'), {lineCounter: lines, prettyErrors: false})
  const error = doc.errors[0]
  if (error) throw new RuleDataError(name, '(file)', `invalid YAML: ${error.message.split('\n')[0]}`, lines.linePos(error.pos[0]).line)
  return {name, data: doc.toJS(), doc, lines}
}

/** ` (did you mean "x"?)` when one name is one or two edits away from `name`. */
export function suggest(name: string, names: Iterable<string>): string {
  let best: string | undefined
  let bestCost = 3
  for (const other of names) {
    const cost = editDistance(name.toLowerCase(), other.toLowerCase())
    if (cost < bestCost) [best, bestCost] = [other, cost]
  }
  return best ? ` (did you mean "${best}"?)` : ''
}

function editDistance(a: string, b: string): number {
  let row = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]!
}


const validators = new Map<string, ValidateFunction>()

function validatorFor(rulesDir: string, kind: string): ValidateFunction {
  const schemaDir = join(rulesDir, 'schema')
  const key = `${schemaDir}\u0000${kind}`
  let check = validators.get(key)
  if (!check) {
    const ajv = new Ajv({allErrors: true, strict: true, allowUnionTypes: true, verbose: true})
    const load = (file: string) => JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as object
    ajv.addSchema(load('common.schema.json'), 'common.schema.json')
    check = ajv.compile({...load(`${kind}.schema.json`), $id: `${kind}.schema.json`})
    validators.set(key, check)
  }
  return check
}

/** A schema error in the words of the other checks: the field, and why. */
function describeError(e: ErrorObject): {path: Array<string | number>; why: string} {
  const path: Array<string | number> = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
  const p = e.params as Record<string, unknown>
  if (e.propertyName !== undefined) {
    path.push(e.propertyName)
    return {path, why: `is not a name this mapping accepts: ${e.keyword === 'enum' ? `must be one of ${(p['allowedValues'] as unknown[]).join(', ')}` : e.message}`}
  }
  if (e.keyword === 'additionalProperties') {
    const key = String(p['additionalProperty'])
    path.push(key)
    const known = Object.keys((e.parentSchema as {properties?: object} | undefined)?.properties ?? {})
    return {path, why: `unknown key${suggest(key, known) || ` (expected one of ${known.join(', ')})`}`}
  }
  if (e.keyword === 'required') return {path, why: `must have the key "${String(p['missingProperty'])}"`}
  if (e.keyword === 'enum') return {path, why: `must be one of ${(p['allowedValues'] as unknown[]).join(', ')}`}
  if (e.keyword === 'pattern' && e.schemaPath.endsWith('text/pattern')) return {path, why: 'must be a non-empty string'}
  return {path, why: e.message ?? e.keyword}
}

/** The field as the other checks write it: `families[3].rewrites`. */
export function fieldName(path: Array<string | number>): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('') || '(root)'
}

/**
 * Checks a file against `rules/schema/<kind>.schema.json`; the first error is refused with its
 * line (a refused name is reported on the name itself rather than on its mapping).
 */
export function checkSchema(rulesDir: string, kind: string, source: RuleSource): void {
  const check = validatorFor(rulesDir, kind)
  if (check(source.data)) return
  const errors = (check.errors ?? []).filter((e) => e.keyword !== 'propertyNames')
  // A misspelt key is both unknown and missing: say it is unknown, where it is.
  const error = errors.find((e) => e.propertyName !== undefined) ?? errors.find((e) => e.keyword === 'additionalProperties') ?? errors[0] ?? check.errors![0]!
  const {path, why} = describeError(error)
  throw new RuleDataError(source.name, fieldName(path), why, lineOf(source, path))
}

type SchemaNode = {$ref?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode; additionalProperties?: SchemaNode | boolean; $defs?: Record<string, SchemaNode>}

/**
 * Where a file of this kind holds token patterns: the items of the fields its schema types as
 * `patterns` (`*` for any item or key), so the schema alone says which strings are patterns.
 */
export function patternFields(rulesDir: string, kind: string): Array<Array<string>> {
  const root = JSON.parse(readFileSync(join(rulesDir, 'schema', `${kind}.schema.json`), 'utf8')) as SchemaNode
  const out: string[][] = []
  const walk = (node: SchemaNode | boolean | undefined, path: string[]): void => {
    if (!node || typeof node !== 'object') return
    if (node.$ref && /^common\.schema\.json#\/\$defs\/(some)?[pP]atterns$/.test(node.$ref)) {
      out.push([...path, '*'])
      return
    }
    if (node.$ref?.startsWith('#/$defs/')) walk(root.$defs?.[node.$ref.slice(8)], path)
    for (const [key, value] of Object.entries(node.properties ?? {})) walk(value, [...path, key])
    walk(node.items, [...path, '*'])
    walk(node.additionalProperties, [...path, '*'])
  }
  walk(root, [])
  return out
}

/** The values at a field with `*` steps (any item of a list, any value of a mapping), with their paths. */
export function valuesAt(data: unknown, field: string[]): Array<{path: Array<string | number>; value: unknown}> {
  let found: Array<{path: Array<string | number>; value: unknown}> = [{path: [], value: data}]
  for (const step of field) {
    const next: typeof found = []
    for (const {path, value} of found) {
      if (value === null || typeof value !== 'object') continue
      if (step !== '*') {
        if (step in value) next.push({path: [...path, step], value: (value as Record<string, unknown>)[step]})
      } else if (Array.isArray(value)) value.forEach((v, i) => next.push({path: [...path, i], value: v}))
      else for (const [k, v] of Object.entries(value)) next.push({path: [...path, k], value: v})
    }
    found = next
  }
  return found
}
