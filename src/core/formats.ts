/**
 * Which files Promesse reads, and how: one table shared by the CLI, the editor and the
 * workspace review. JSON and YAML files are data: they are read only where copy usually lives
 * (translation folders, a static site's data folder), or where `dataFiles` in the config says.
 */
import type {Format} from './types.ts'

const BY_EXTENSION: Readonly<Record<string, Format>> = {
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'mdx',
  txt: 'plaintext',
  html: 'html',
  htm: 'html',
  json: 'json',
  yml: 'yaml',
  yaml: 'yaml',
  po: 'po',
  pot: 'po',
  xlf: 'xliff',
  xliff: 'xliff'
}

/** Every extension a folder walk reads (JSON and YAML only inside `dataFiles`). */
export const LINTED_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION)

/** Where data and translation files usually live: their JSON and YAML files are read. */
export const DEFAULT_DATA_FILES: readonly string[] = [
  '**/locales/**', '**/locale/**', '**/i18n/**', '**/lang/**', '**/langs/**', '**/translations/**',
  '**/messages/**', '**/_data/**', '**/data/**', '**/content/**/*.{yml,yaml,json}'
]

function extension(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
  const dot = base.lastIndexOf('.')
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase()
}

/** The format a file name implies (plain text for any other name). */
export function formatOf(name: string): Format {
  return BY_EXTENSION[extension(name)] ?? 'plaintext'
}

/** A JSON or YAML file, read only when it is a data file. */
export function isDataOnly(format: Format): boolean {
  return format === 'json' || format === 'yaml'
}

const matchers = new Map<string, (path: string) => boolean>()

/** More wildcards than this in one glob are refused by the config (each may backtrack). */
export const MAX_GLOB_WILDCARDS = 10

/**
 * A glob of the config's grammar (`**`, `*`, `?`, `{a,b}`; letters, digits, `/ . - _ @ +` and
 * spaces) as a test on `/`-separated paths, without case, dot files included. Hand-written
 * for size (picomatch is 23 KB of the extension's 400): test/core/formats.test.ts checks it
 * against picomatch on generated globs and paths.
 */
export function globTest(glob: string): (path: string) => boolean {
  let source = ''
  let braces = 0
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    // A trailing `/**` matches the folder itself too, when that folder is named without wildcards (as in picomatch).
    if (c === '/' && i + 3 === glob.length && glob.endsWith('/**')) {
      const folder = glob.slice(glob.lastIndexOf('/', i - 1) + 1, i)
      source += /[*?]/.test(folder) ? '/.*' : '(?:/.*)?'
      break
    }
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const whole = (i === 0 || glob[i - 1] === '/') && (i + 2 === glob.length || glob[i + 2] === '/')
        if (whole) {
          // `**/` matches any number of folders (none too), a trailing `**` anything below.
          if (i + 2 === glob.length) source += '.*'
          else source += '(?:[^/]*/)*'
          i += 2
          continue
        }
        i++
      }
      source += '[^/]*'
    } else if (c === '?') source += '[^/]'
    else if (c === '{') {
      braces++
      source += '(?:'
    } else if (c === '}' && braces > 0) {
      braces--
      source += ')'
    } else if (c === ',' && braces > 0) source += '|'
    else source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  }
  if (braces > 0) return () => false
  const re = new RegExp(`^${source}$`, 'iu')
  return (path) => re.test(path)
}

function compile(glob: string): (path: string) => boolean {
  const test = globTest(glob)
  matchers.set(glob, test)
  return test
}

/**
 * Whether `relativePath` (from the config's folder or the workspace root, `/` or `\` separated)
 * is a data file under `patterns` (default `DEFAULT_DATA_FILES`). A leading `!` excludes.
 */
export function isDataFile(relativePath: string, patterns: readonly string[] = DEFAULT_DATA_FILES): boolean {
  const file = relativePath.replace(/\\/g, '/').replace(/^\.\//, '')
  let matched = false
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!')
    const glob = negated ? pattern.slice(1) : pattern
    const test = matchers.get(glob) ?? compile(glob)
    if (test(file)) matched = !negated
  }
  return matched
}

/**
 * Whether the file at `file` (a path or a URI path, `/` or `\\` separated) is a data file under
 * `patterns`: matched relative to `base` (the config file's folder, else the working or
 * workspace folder) when it lies inside it, else as its whole path (the default globs all start
 * with `**\/`, so they match anywhere).
 */
export function isDataFileIn(file: string, base: string | undefined, patterns?: readonly string[]): boolean {
  const path = file.replace(/\\/g, '/')
  const folder = base?.replace(/\\/g, '/').replace(/\/+$/, '')
  const relative = folder && path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : path.replace(/^(?:[A-Za-z]:)?\/+/, '')
  return isDataFile(relative, patterns)
}
