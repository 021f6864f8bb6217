/**
 * SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`).
 * Columns are 1-based UTF-16 code units (`columnKind: "utf16CodeUnits"`), end columns exclusive,
 * as in the JSON output. URIs are relative to the working directory (`%SRCROOT%`).
 * Files that could not be read appear as error notifications of the invocation.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Severity} from '../../core/index.ts'
import {problemPlace, type FileReport, type ReadProblem} from '../report.ts'
import type {RuleInfo} from '../rule-info.ts'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {error: 'error', warning: 'warning', info: 'note'}

export interface SarifContext {
  rules: RuleInfo[]
  version: string
  informationUri: string
  cwd: string
  unreadable: ReadProblem[]
}

export function toSarif(reports: FileReport[], context: SarifContext) {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id as string, index]))
  const uri = (file: string) => artifactUri(file, context.cwd)
  const results = reports.flatMap((report) =>
    report.messages.map((m) => ({
      ruleId: m.ruleId,
      ...(ruleIndex.has(m.ruleId) ? {ruleIndex: ruleIndex.get(m.ruleId)} : {}),
      level: LEVEL[m.severity],
      message: {text: m.message},
      locations: [
        {
          physicalLocation: {
            artifactLocation: {uri: uri(report.file), uriBaseId: '%SRCROOT%'},
            region: {
              startLine: m.line,
              startColumn: m.column,
              endLine: m.endLine,
              endColumn: m.endColumn,
              snippet: {text: m.actual}
            }
          }
        }
      ],
      properties: {actual: m.actual, expected: m.expected, note: m.note, lang: m.lang}
    }))
  )
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'promesse',
            version: context.version,
            informationUri: context.informationUri,
            rules: context.rules.map((rule) => ({
              id: rule.id,
              name: pascalCase(rule.id),
              shortDescription: {text: rule.description},
              helpUri: rule.url,
              defaultConfiguration: {level: LEVEL[rule.defaultSeverity]}
            }))
          }
        },
        originalUriBaseIds: {'%SRCROOT%': {uri: pathToFileURL(context.cwd + path.sep).href}},
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: context.unreadable.length === 0,
            toolExecutionNotifications: context.unreadable.map((problem) => ({
              level: 'error',
              message: {text: `${problemPlace(problem)} ${problem.reason}`},
              locations: [{physicalLocation: {artifactLocation: {uri: uri(problem.file), uriBaseId: '%SRCROOT%'}, ...(problem.line === undefined ? {} : {region: {startLine: problem.line}})}}]
            }))
          }
        ],
        results
      }
    ]
  }
}

export function formatSarif(reports: FileReport[], context: SarifContext): string {
  return JSON.stringify(toSarif(reports, context), null, 2) + '\n'
}

/** A relative, percent-encoded, forward-slash URI for a file path. */
function artifactUri(file: string, cwd: string): string {
  const relative = path.isAbsolute(file) ? path.relative(cwd, file) : path.normalize(file)
  return relative.split(path.sep).map(encodeURIComponent).join('/')
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())
}
