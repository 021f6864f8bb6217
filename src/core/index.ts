/**
 * Public API of the engine. No `vscode`, no Node built-ins: runs in Node, the browser and the CLI.
 *
 *   lint(text, {format, lang, config}) → LintResult
 *   createDocumentLinter(options).lint(text) → LintResult   (same result, re-processes only changed blocks)
 */
export * from './types.ts'
export {lint, createDocumentLinter} from './lint.ts'
export {formatOf, isDataFile, isDataFileIn, isDataOnly, LINTED_EXTENSIONS, DEFAULT_DATA_FILES} from './formats.ts'
export {suppressionComment, suppressionEdit, suppressionLine, DISABLE_NEXT_LINE, type SuppressionEdit} from './source/suppression-comments.ts'
export {snippetText, snippetPreview, isSentenceRewrite} from './report/snippet.ts'
export {quote} from './text/quote.ts'
export {ruleMeta, ruleIds, type RuleMeta} from './rules/index.ts'
export {validateConfig, RULE_IDS, MAX_CONFIG_BYTES} from './config.ts'
export {CONFIG_FILES, configInFolder, configFileProblem, readConfigAt, readConfigFile, refusedConfig, type ConfigFileReading, type ConfigFileSystem} from './config-file.ts'
export type {DocumentLinter, AsyncControl} from './lint.ts'
export {checkSet, type SetMember} from './register/set.ts'
export {backingOf} from './register/backing.ts'
export {registerTable, valueLabel, type RegisterRow, type RegisterPlace, type TableMember} from './register/table.ts'
