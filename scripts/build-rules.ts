/**
 * Validates the rule data in `rules/` and compiles it to `src/core/rules/data.generated.ts`
 * (committed: the core runs in browsers and reads no files), and the rule examples to
 * `src/core/rules/examples.generated.ts` (read by the tests only, so they stay out of the bundles).
 *
 *   npx tsx scripts/build-rules.ts          write the generated files
 *   npx tsx scripts/build-rules.ts --check  exit 1 if a generated file is stale
 *
 *   npx tsx scripts/build-rules.ts --rules DIR  validate another copy of the data (writes nothing)
 *
 * Every file is checked against the JSON Schema of its kind (`rules/schema/`: the keys it may
 * hold, those it must, their types), then against what the code reads by name
 * (`src/core/detect/contract.ts`: classes, families), every pattern is compiled, and every file
 * must carry `examples.flag` and `examples.pass` (run by test/rules/examples.test.ts). A refusal
 * names the file, the line and the reason: `fr/hollow-claim.yaml:52: families[3].standalone[2]: …`.
 */
import {readFileSync, writeFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {dirname, join} from 'node:path'
import type {RegisterData, ExampleSet, LangData, RuleData, RuleExamples, RuleMetaData} from '../src/core/rules/types.ts'
import {compileLang, COMMITMENT_KINDS} from '../src/core/detect/compile.ts'
import {classAtom, parsePattern, type Atom} from '../src/core/detect/pattern.ts'
import {isSentenceRewrite} from '../src/core/report/snippet.ts'
import {REQUIRED_CLASSES, REQUIRED_FAMILIES, valueClassFamily} from '../src/core/detect/contract.ts'
import {checkSchema, fieldName, fieldPath, lineOf, patternFields, readRuleSource, RuleDataError, suggest, valuesAt, type RuleSource} from './rule-source.ts'

export {RuleDataError}

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const rulesDir = join(root, 'rules')
export const generatedPath = join(root, 'src/core/rules/data.generated.ts')
export const examplesPath = join(root, 'src/core/rules/examples.generated.ts')

export const RULE_IDS = ['hollow-claim', 'vague-promise', 'unverifiable-superlative', 'conflicting-commitment', 'undercut-commitment']
const SEVERITIES = ['error', 'warning', 'info']
const LANGS = ['fr', 'en'] as const
const FILES = ['lexicon', 'hollow-claim', 'vague-promise', 'unverifiable-superlative', 'commitments', 'mentions', 'register', 'disclaimers']
/** What a commitment of the register is about: a time, opening hours, a price, a published measure. */
export const REGISTER_KINDS = ['delay', 'schedule', 'price', 'measure']
export const MESSAGE_KEYS = ['conflict', 'conflictNote', 'undercut', 'undercutNote', 'placeHere', 'placeFile']

type Obj = Record<string, unknown>

function fail(file: string, field: string, why: string): never {
  throw new RuleDataError(file, field, why)
}

function obj(v: unknown, file: string, field: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(file, field, 'must be a mapping')
  return v as Obj
}

/**
 * Rewrites: at least one whole sentence (it replaces the claim's sentence, so every finding gets
 * one); a phrase only where `phrases` (it replaces only a vague deadline's words: see src/core/report/fixes.ts).
 */
/** The names the detector's code reads (src/core/detect/contract.ts) are all in the data. */
export function checkContract(lang: string, classes: Record<string, unknown>, families: string[]): void {
  const file = `${lang}/lexicon.yaml`
  for (const name of REQUIRED_CLASSES) {
    if (!(name in classes)) fail(file, `classes.${name}`, 'is required: the detector reads this class (src/core/detect/contract.ts)')
  }
  for (const id of REQUIRED_FAMILIES) {
    if (!families.includes(id)) fail(`${lang}/hollow-claim.yaml`, 'families', `missing family "${id}": the detector assigns it by name (src/core/detect/contract.ts)`)
  }
  for (const name of Object.keys(classes)) {
    const family = valueClassFamily(name)
    if (family && !families.includes(family)) fail(file, `classes.${name}`, `names the claim family "${family}", which ${lang}/hollow-claim.yaml does not define${suggest(family, families)}`)
  }
}

/**
 * Every pattern of a file (the fields its schema types as patterns) names only classes of the
 * lexicon and parses, each refusal on the pattern's own line.
 */
export function checkPatterns(source: RuleSource, kind: string, lang: 'fr' | 'en', classes: Map<string, Atom>, dir: string): void {
  for (const field of patternFields(dir, kind)) {
    for (const {path, value} of valuesAt(source.data, field)) {
      const pattern = String(value)
      const at = (why: string): never => {
        throw new RuleDataError(source.name, fieldName(path), why, lineOf(source, path))
      }
      for (const m of pattern.matchAll(/@([A-Za-z0-9_]+)/g)) {
        if (!classes.has(m[1]!)) at(`unknown class @${m[1]} (not in ${lang}/lexicon.yaml)${suggest(m[1]!, classes.keys())}: ${pattern}`)
      }
      try {
        parsePattern(pattern, lang, classes)
      } catch (error) {
        at((error as Error).message)
      }
    }
  }
}

export function rewriteList(v: unknown, file: string, field: string, {phrases = false} = {}): string[] {
  const list = strs(v, file, field, {nonEmpty: true})
  list.forEach((r, i) => {
    if (!phrases && !isSentenceRewrite(r)) fail(file, `${field}[${i}]`, 'must be a whole sentence ending with . ! or ? (a phrase only fits in place of a vague deadline)')
  })
  if (!list.some(isSentenceRewrite)) fail(file, field, 'give at least one whole-sentence rewrite (ending with . ! or ?)')
  return list
}

function str(v: unknown, file: string, field: string): string {
  if (typeof v !== 'string' || v.trim() === '') fail(file, field, 'must be a non-empty string')
  return v
}

function strs(v: unknown, file: string, field: string, {nonEmpty = false} = {}): string[] {
  if (v === undefined || v === null) {
    if (nonEmpty) fail(file, field, 'is required')
    return []
  }
  if (!Array.isArray(v)) fail(file, field, 'must be a list of strings')
  v.forEach((s, i) => {
    if (typeof s !== 'string' && typeof s !== 'number') fail(file, `${field}[${i}]`, 'must be a string')
  })
  if (nonEmpty && v.length === 0) fail(file, field, 'must not be empty')
  return v.map(String)
}

function strMap(v: unknown, file: string, field: string): Record<string, string[]> {
  const o = obj(v, file, field)
  const out: Record<string, string[]> = {}
  for (const [k, list] of Object.entries(o)) out[k] = strs(list, file, `${field}.${k}`)
  return out
}


function examples(o: Obj, file: string, rule: string): {file: string; rule: RuleData['meta'][number]['id']; flag: string[]; pass: string[]} {
  const ex = obj(o['examples'], file, 'examples')
  if (!RULE_IDS.includes(rule)) fail(file, 'rule', `must be one of ${RULE_IDS.join(', ')}`)
  return {file, rule: rule as RuleMetaData['id'], flag: strs(ex['flag'], file, 'examples.flag', {nonEmpty: true}), pass: strs(ex['pass'], file, 'examples.pass', {nonEmpty: true})}
}

function header(o: Obj, file: string, lang: string): string {
  if (o['lang'] !== lang) fail(file, 'lang', `must be "${lang}"`)
  return str(o['rule'], file, 'rule')
}

function oneScope(v: unknown, i: number): 'sentence' | 'document' {
  if (v !== 'sentence' && v !== 'document') fail('meta.yaml', `rules[${i}].scope`, 'must be sentence or document')
  return v
}

type Loaded = {data: RuleData; examples: RuleExamples}

/** Validates and loads the rule data of `dir` (default: the project's `rules/`). */
export function loadRuleData(dir = rulesDir): Loaded {
  const sources = new Map<string, RuleSource>()
  const read = (name: string, kind: string): Obj => {
    const source = readRuleSource(dir, name)
    sources.set(name, source)
    checkSchema(dir, kind, source)
    return obj(source.data, name, '(root)')
  }
  try {
    return load(dir, read, sources)
  } catch (error) {
    // A check that knew the field but not the line: find the line in the file.
    if (error instanceof RuleDataError && error.line === undefined) {
      const source = sources.get(error.file)
      const line = source && lineOf(source, fieldPath(error.field))
      if (line) throw new RuleDataError(error.file, error.field, error.why, line)
    }
    throw error
  }
}

function load(dir: string, read: (name: string, kind: string) => Obj, sources: Map<string, RuleSource>): Loaded {
  const metaFile = read('meta.yaml', 'meta')
  const metaList = metaFile['rules']
  if (!Array.isArray(metaList)) fail('meta.yaml', 'rules', 'must be a list')
  const meta: RuleMetaData[] = metaList.map((m, i) => {
    const o = obj(m, 'meta.yaml', `rules[${i}]`)
    const id = str(o['id'], 'meta.yaml', `rules[${i}].id`)
    if (!RULE_IDS.includes(id)) fail('meta.yaml', `rules[${i}].id`, `unknown rule id ${id}`)
    const sev = str(o['defaultSeverity'], 'meta.yaml', `rules[${i}].defaultSeverity`)
    if (!SEVERITIES.includes(sev)) fail('meta.yaml', `rules[${i}].defaultSeverity`, `must be one of ${SEVERITIES.join(', ')}`)
    const title = obj(o['title'], 'meta.yaml', `rules[${i}].title`)
    const description = obj(o['description'], 'meta.yaml', `rules[${i}].description`)
    return {
      id: id as RuleMetaData['id'],
      defaultSeverity: sev as RuleMetaData['defaultSeverity'],
      scope: oneScope(o['scope'], i),
      title: {fr: str(title['fr'], 'meta.yaml', 'title.fr'), en: str(title['en'], 'meta.yaml', 'title.en')},
      description: {fr: str(description['fr'], 'meta.yaml', 'description.fr'), en: str(description['en'], 'meta.yaml', 'description.en')}
    }
  })
  for (const id of RULE_IDS) if (!meta.some((m) => m.id === id)) fail('meta.yaml', 'rules', `missing rule ${id}`)

  const langs = {} as Record<'fr' | 'en', LangData>
  const examplesByLang = {} as RuleExamples
  for (const lang of LANGS) {
    const present = readdirSync(join(dir, lang)).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5))
    for (const f of present) if (!FILES.includes(f)) fail(`${lang}/${f}.yaml`, '(file)', `unexpected rule file (expected ${FILES.join(', ')})`)
    const docs: Record<string, Obj> = {}
    for (const f of FILES) docs[f] = read(`${lang}/${f}.yaml`, f)
    const ex: ExampleSet[] = []

    let file = `${lang}/lexicon.yaml`
    let d = docs['lexicon']!
    ex.push(examples(d, file, header(d, file, lang)))
    const classes = strMap(d['classes'], file, 'classes')

    file = `${lang}/hollow-claim.yaml`
    d = docs['hollow-claim']!
    ex.push(examples(d, file, header(d, file, lang)))
    const missingObj = obj(d['missing'], file, 'missing')
    const missing: LangData['claim']['missing'] = {}
    for (const [k, v] of Object.entries(missingObj)) {
      const m = obj(v, file, `missing.${k}`)
      missing[k] = {label: str(m['label'], file, `missing.${k}.label`), note: str(m['note'], file, `missing.${k}.note`)}
    }
    if (!Array.isArray(d['families'])) fail(file, 'families', 'must be a list')
    const families = (d['families'] as unknown[]).map((fv, i) => {
      const f = obj(fv, file, `families[${i}]`)
      const fam = {
        id: str(f['id'], file, `families[${i}].id`),
        label: str(f['label'], file, `families[${i}].label`),
        missing: str(f['missing'], file, `families[${i}].missing`),
        standalone: strs(f['standalone'], file, `families[${i}].standalone`),
        withSpeaker: strs(f['withSpeaker'], file, `families[${i}].withSpeaker`),
        fragment: strs(f['fragment'], file, `families[${i}].fragment`),
        rewrites: rewriteList(f['rewrites'], file, `families[${i}].rewrites`, {phrases: f['id'] === 'hedge'})
      }
      if (f['backedBy'] !== undefined) {
        const kinds = strs(f['backedBy'], file, `families[${i}].backedBy`, {nonEmpty: true})
        kinds.forEach((k, j) => {
          if (!COMMITMENT_KINDS.includes(k)) fail(file, `families[${i}].backedBy[${j}]`, `unknown commitment kind ${k} (one of ${COMMITMENT_KINDS.join(', ')})`)
        })
        Object.assign(fam, {backedBy: kinds})
      }
      if (!missing[fam.missing]) fail(file, `families[${i}].missing`, `unknown commitment kind ${fam.missing}`)
      if (fam.rewrites.length < 2) fail(file, `families[${i}].rewrites`, 'give at least two rewrites')
      // Its own examples, beside its patterns: flagged as this family (test/rules/examples.test.ts).
      if (f['examples'] !== undefined) ex.push({...examples(f, file, 'hollow-claim'), family: fam.id})
      else if (fam.id !== 'custom') fail(file, `families[${i}]`, 'give the family its own examples (examples.flag and examples.pass), beside its patterns')
      return fam
    })
    for (const needed of ['hedge', 'excellence', 'custom']) if (!families.some((f) => f.id === needed)) fail(file, 'families', `missing family ${needed}`)
    const claim = {
      message: str(d['message'], file, 'message'),
      missing,
      families,
      speakers: strs(d['speakers'], file, 'speakers', {nonEmpty: true}),
      orgSubjects: strs(d['orgSubjects'], file, 'orgSubjects', {nonEmpty: true}),
      blockers: strs(d['blockers'], file, 'blockers')
    }

    file = `${lang}/vague-promise.yaml`
    d = docs['vague-promise']!
    ex.push(examples(d, file, header(d, file, lang)))
    const vague = {
      message: str(d['message'], file, 'message'),
      note: str(d['note'], file, 'note'),
      firstPerson: strs(d['firstPerson'], file, 'firstPerson', {nonEmpty: true}),
      hedges: strs(d['hedges'], file, 'hedges', {nonEmpty: true}),
      adverbials: strs(d['adverbials'], file, 'adverbials', {nonEmpty: true}),
      requests: strs(d['requests'], file, 'requests'),
      rewrites: rewriteList(d['rewrites'], file, 'rewrites', {phrases: true})
    }

    file = `${lang}/unverifiable-superlative.yaml`
    d = docs['unverifiable-superlative']!
    ex.push(examples(d, file, header(d, file, lang)))
    const superlative = {
      message: str(d['message'], file, 'message'),
      note: str(d['note'], file, 'note'),
      patterns: strs(d['patterns'], file, 'patterns', {nonEmpty: true}),
      rewrites: rewriteList(d['rewrites'], file, 'rewrites')
    }

    file = `${lang}/commitments.yaml`
    d = docs['commitments']!
    ex.push(examples(d, file, header(d, file, lang)))
    // Each commitment kind's own examples: found as that kind (flag), not found (pass).
    const kindExamples = obj(d['kindExamples'], file, 'kindExamples')
    for (const kind of COMMITMENT_KINDS) {
      if (kind === 'custom') continue
      if (kindExamples[kind] === undefined) fail(file, 'kindExamples', `give the commitment kind "${kind}" its own examples (flag: found as it, pass: not)`)
      ex.push({...examples({examples: kindExamples[kind]}, file, 'hollow-claim'), commitmentKind: kind})
    }
    const commitments = {
      numberWords: strs(d['numberWords'], file, 'numberWords'),
      units: strMap(d['units'], file, 'units'),
      days: strs(d['days'], file, 'days', {nonEmpty: true}),
      rangeWords: strs(d['rangeWords'], file, 'rangeWords', {nonEmpty: true}),
      numberRangeWords: strs(d['numberRangeWords'], file, 'numberRangeWords'),
      dayLetters: strs(d['dayLetters'], file, 'dayLetters'),
      streetNumberSuffixes: strs(d['streetNumberSuffixes'], file, 'streetNumberSuffixes'),
      notBefore: strs(d['notBefore'], file, 'notBefore', {nonEmpty: true}),
      notAfter: strs(d['notAfter'], file, 'notAfter', {nonEmpty: true}),
      pufferyAfterPercent: strs(d['pufferyAfterPercent'], file, 'pufferyAfterPercent', {nonEmpty: true}),
      patterns: strMap(d['patterns'], file, 'patterns')
    }
    if (!commitments.units['duration']?.length) fail(file, 'units.duration', 'is required')
    for (const kind of Object.keys(commitments.patterns)) if (!COMMITMENT_KINDS.includes(kind)) fail(file, `patterns.${kind}`, `unknown commitment kind (one of ${COMMITMENT_KINDS.join(', ')})`)

    file = `${lang}/mentions.yaml`
    d = docs['mentions']!
    ex.push(examples(d, file, header(d, file, lang)))
    const mentions = {
      signals: strMap(d['signals'], file, 'signals'),
      questionTags: strs(d['questionTags'], file, 'questionTags'),
      introducers: strs(d['introducers'], file, 'introducers'),
      aboutPrevious: strs(d['aboutPrevious'], file, 'aboutPrevious'),
      questionHooks: strs(d['questionHooks'], file, 'questionHooks')
    }

    file = `${lang}/register.yaml`
    d = docs['register']!
    const messageObj = obj(d['messages'], file, 'messages')
    const messages = Object.fromEntries(MESSAGE_KEYS.map((k) => [k, str(messageObj[k], file, `messages.${k}`)])) as RegisterData['messages']
    ex.push(examples(d, file, header(d, file, lang)))
    const subjectList = d['subjects']
    if (!Array.isArray(subjectList) || subjectList.length === 0) fail(file, 'subjects', 'must be a non-empty list')
    const subjects = subjectList.map((v, i) => {
      const o = obj(v, file, `subjects[${i}]`)
      const kind = str(o['kind'], file, `subjects[${i}].kind`)
      if (!REGISTER_KINDS.includes(kind)) fail(file, `subjects[${i}].kind`, `must be one of ${REGISTER_KINDS.join(', ')}`)
      if (o['generic'] !== undefined && typeof o['generic'] !== 'boolean') fail(file, `subjects[${i}].generic`, 'must be true or false')
      return {id: str(o['id'], file, `subjects[${i}].id`), kind, generic: o['generic'] === true, strong: o['strong'] === true, place: o['place'] === true, ...(o['channel'] === undefined ? {} : {channel: o['channel'] as 'number'}), words: strs(o['words'], file, `subjects[${i}].words`, {nonEmpty: true})}
    })
    const numbers = (field: string): Record<string, number> => {
      const o = obj(d[field], file, field)
      for (const [k, v] of Object.entries(o)) if (typeof v !== 'number' || !(v > 0)) fail(file, `${field}.${k}`, 'must be a positive number')
      return o as Record<string, number>
    }
    const unitHours = numbers('unitHours')
    for (const unit of commitments.units['duration'] ?? []) {
      if (!unit.includes(' ') && unitHours[unit] === undefined && !/^(sonnerie|sonneries|ring|rings)$/.test(unit)) fail(file, 'unitHours', `gives no value for the duration unit "${unit}" of ${lang}/commitments.yaml`)
    }
    const numberValues = numbers('numberValues')
    for (const w of commitments.numberWords) if (numberValues[w] === undefined) fail(file, 'numberValues', `gives no value for the number word "${w}" of ${lang}/commitments.yaml`)
    const dayNumbers = numbers('dayNumbers')
    for (const day of commitments.days) if (dayNumbers[day] === undefined) fail(file, 'dayNumbers', `gives no number for the day "${day}" of ${lang}/commitments.yaml`)
    file = `${lang}/disclaimers.yaml`
    const dd = docs['disclaimers']!
    ex.push(examples(dd, file, header(dd, file, lang)))
    const ids = new Set(subjects.map((x) => x.id))
    const disclaimerList = dd['disclaimers']
    if (!Array.isArray(disclaimerList) || disclaimerList.length === 0) fail(file, 'disclaimers', 'must be a non-empty list')
    const disclaimers = disclaimerList.map((v, i) => {
      const o = obj(v, file, `disclaimers[${i}]`)
      const subject = str(o['subject'], file, `disclaimers[${i}].subject`)
      if (subject !== 'any' && subject !== 'named' && !ids.has(subject)) fail(file, `disclaimers[${i}].subject`, `names no subject of ${lang}/register.yaml (or \`any\`, \`named\`)`)
      return {subject, patterns: strs(o['patterns'], file, `disclaimers[${i}].patterns`, {nonEmpty: true})}
    })
    const phraseList = d['phraseHours']
    if (!Array.isArray(phraseList)) fail(file, 'phraseHours', 'must be a list')
    const phraseHours = phraseList.map((v, i) => {
      const o = obj(v, file, `phraseHours[${i}]`)
      if (typeof o['hours'] !== 'number' || !(o['hours'] > 0)) fail(file, `phraseHours[${i}].hours`, 'must be a positive number')
      return {words: str(o['words'], file, `phraseHours[${i}].words`), hours: o['hours'] as number, business: o['business'] === true}
    })
    const dayObj = obj(d['dayWords'], file, 'dayWords')
    const dayWords: Record<string, number[]> = {}
    for (const [k, v] of Object.entries(dayObj)) {
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'number' || x < 1 || x > 7)) fail(file, `dayWords.${k}`, 'must be a list of days, 1 (Monday) to 7')
      dayWords[k] = v as number[]
    }
    const register = {notHeadings: strs(d['notHeadings'], file, 'notHeadings'), phraseHours, dayWords, messages, numberValues, unitHours, businessWords: strs(d['businessWords'], file, 'businessWords'), dayNumbers, subjects, qualifiers: strs(d['qualifiers'], file, 'qualifiers'), thresholdWords: strs(d['thresholdWords'], file, 'thresholdWords'), notPriceAfter: strs(d['notPriceAfter'] ?? [], file, 'notPriceAfter'), disclaimers}

    checkContract(lang, classes, claim.families.map((f) => f.id))
    const atoms = new Map<string, Atom>()
    for (const [name, entries] of Object.entries(classes)) {
      try {
        atoms.set(name, classAtom(entries, lang))
      } catch (error) {
        fail(`${lang}/lexicon.yaml`, `classes.${name}`, (error as Error).message)
      }
    }
    for (const f of FILES) checkPatterns(sources.get(`${lang}/${f}.yaml`)!, f, lang, atoms, dir)
    langs[lang] = {lang, classes, claim, vague, superlative, commitments, mentions, register}
    examplesByLang[lang] = ex
    try {
      compileLang(langs[lang])
    } catch (error) {
      throw new RuleDataError(lang, '(compile)', (error as Error).message)
    }
  }
  return {data: {meta, langs}, examples: examplesByLang}
}

/** The contents of the two generated files, by path. */
export function generate(): Record<string, string> {
  const {data, examples} = loadRuleData()
  const file = (type: string, name: string, value: unknown) =>
    [
      '// GENERATED by scripts/build-rules.ts from rules/**/*.yaml — do not edit; run `npm run build:rules`.',
      `import type {${type}} from './types.ts'`,
      '',
      `export const ${name}: ${type} = ${JSON.stringify(value, null, 1)}`,
      ''
    ].join('\n')
  return {[generatedPath]: file('RuleData', 'RULE_DATA', data), [examplesPath]: file('RuleExamples', 'RULE_EXAMPLES', examples)}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--rules')
  try {
    if (at !== -1) {
      // Another copy of the data: validate it only (the generated files are the project's).
      loadRuleData(process.argv[at + 1])
      console.log('rule data valid')
      process.exit(0)
    }
    const files = generate()
    for (const [path, out] of Object.entries(files)) {
      if (process.argv.includes('--check')) {
        if (readFileSync(path, 'utf8') !== out) {
          console.error(`${path.slice(root.length + 1)} is stale: run \`npm run build:rules\`.`)
          process.exit(1)
        }
      } else {
        writeFileSync(path, out)
        console.log(`wrote ${path.slice(root.length + 1)}`)
      }
    }
    if (process.argv.includes('--check')) console.log('rule data up to date')
  } catch (error) {
    console.error(error instanceof RuleDataError ? `rule data error: ${error.message}` : error)
    process.exit(2)
  }
}
