/**
 * Data and translation files (JSON, YAML, gettext, XLIFF): only their strings are prose. The
 * splitter sees the whole file (it needs the keys above a string), so each prose string — or
 * translation entry — is its own block, cached on its own text: an edit re-reads one string.
 */
import type {Format} from '../../types.ts'
import type {BlockRange} from '../types.ts'
import {proseKeyTest, type FrontMatterKeys} from '../frontmatter.ts'
import type {Directive, ProseUnit} from '../types.ts'
import {parseJsonBlock, splitJson} from './json.ts'
import type {Declared} from './language.ts'
import {parsePoBlock} from './po.ts'
import {parseXliffBlock, splitXliff} from './xliff.ts'
import {parseYamlBlock, splitYaml} from './yaml.ts'

export {declaredLanguages, nameLanguage, type Declared} from './language.ts'

export type DataFormat = 'json' | 'yaml' | 'po' | 'xliff'

export function isDataFormat(format: Format): format is DataFormat {
  return format === 'json' || format === 'yaml' || format === 'po' || format === 'xliff'
}

/** Blocks of a data file; `po` is cut by the caller (entries are paragraphs). */
export function splitData(text: string, format: Exclude<DataFormat, 'po'>, keys?: FrontMatterKeys): BlockRange[] {
  if (format === 'json') return splitJson(text, proseKeyTest(keys))
  if (format === 'yaml') return splitYaml(text, proseKeyTest(keys))
  return splitXliff(text)
}

export function parseDataBlock(blockText: string, format: DataFormat, declared: Declared): {units: ProseUnit[]; directives: Directive[]} {
  if (format === 'json') return parseJsonBlock(blockText, declared.target)
  if (format === 'yaml') return parseYamlBlock(blockText, declared.target)
  if (format === 'po') return parsePoBlock(blockText, declared)
  return parseXliffBlock(blockText, declared)
}
