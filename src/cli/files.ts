/**
 * Turns the command-line arguments into the list of files to lint.
 *
 * - A file named explicitly is always linted, whatever its extension or the ignore files.
 * - A directory is walked for the extensions below; `.gitignore` and `.promesseignore` (nested
 *   ones too) are honoured, and `node_modules`, `.git` and dot-directories are skipped.
 * - A glob (`docs/**\/*.md`) lints every file it matches, minus ignored ones.
 * - `-` is standard input.
 */
import {existsSync, readdirSync, statSync, type Dirent} from 'node:fs'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {IgnoreTree, isInside} from './ignore-tree.ts'
import {formatOf, isDataFileIn, isDataOnly, LINTED_EXTENSIONS} from '../core/index.ts'

/** Extensions a folder walk reads; JSON and YAML files are kept only where they hold copy (`dataFiles`). */
export const EXTENSIONS = LINTED_EXTENSIONS
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**']

/** `walked`: found by a folder walk or a glob, not named (a JSON or YAML one is then read only if it is a data file). */
export type Target = {kind: 'file'; file: string; absolute: string; walked?: boolean} | {kind: 'stdin'}

export interface Collected {
  targets: Target[]
  /** Arguments that named nothing lintable. */
  problems: {file: string; reason: string}[]
  /** Files a folder walk left out on purpose (links, pipes), named so the writer knows. */
  skipped: {file: string; reason: string}[]
}

export interface CollectOptions {
  cwd: string
  /** Honour `.gitignore` / `.promesseignore` (default true). */
  ignore?: boolean
}

export async function collectTargets(patterns: string[], options: CollectOptions): Promise<Collected> {
  const {cwd} = options
  const honourIgnores = options.ignore !== false
  const trees = new Map<string, IgnoreTree>()
  const treeFor = (base: string): IgnoreTree => {
    const root = ignoreRoot(base, cwd)
    let tree = trees.get(root)
    if (!tree) trees.set(root, (tree = new IgnoreTree(root)))
    return tree
  }
  const kept = (absolute: string, base: string) => !honourIgnores || !treeFor(base).ignores(absolute)

  const targets: Target[] = []
  const problems: Collected['problems'] = []
  const skipped: Collected['skipped'] = []
  const seen = new Set<string>()
  const add = (file: string, absolute: string, walked = false) => {
    if (seen.has(absolute)) return
    seen.add(absolute)
    targets.push(walked ? {kind: 'file', file, absolute, walked} : {kind: 'file', file, absolute})
  }

  for (const pattern of patterns) {
    if (pattern === '-') {
      targets.push({kind: 'stdin'})
      continue
    }
    const absolute = path.resolve(cwd, pattern)
    const kind = entryKind(absolute)
    if (kind === 'file') {
      add(pattern, absolute)
    } else if (kind === 'dir') {
      const found = await glob(`**/*.{${EXTENSIONS.join(',')}}`, {
        cwd: absolute,
        ignore: ALWAYS_SKIPPED,
        caseSensitiveMatch: false,
        followSymbolicLinks: false
      })
      for (const relative of found.sort()) {
        const file = path.join(pattern, relative)
        const full = path.join(absolute, relative)
        if (kept(full, absolute)) add(file, full, true)
      }
      // The walk does not follow links nor read pipes: say which files it left out, and why.
      for (const entry of skippedEntries(absolute)) {
        if (kept(entry.full, absolute)) skipped.push({file: path.join(pattern, path.relative(absolute, entry.full)), reason: entry.reason})
      }
    } else if (isDynamicPattern(pattern)) {
      const found = await glob(pattern, {cwd, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false})
      const files = found.sort().filter((file) => kept(path.resolve(cwd, file), cwd))
      if (found.length === 0) problems.push({file: pattern, reason: 'matches no file'})
      for (const file of files) add(file, path.resolve(cwd, file), true)
    } else {
      // Linted anyway so that the reader reports it by name with the reason.
      add(pattern, absolute)
    }
  }
  return {targets, problems, skipped}
}

const LINTED = new RegExp(`\\.(?:${EXTENSIONS.join('|')})$`, 'i')

/**
 * Entries of a walked folder with a linted extension that are not regular files: symbolic links
 * (followed only when named), pipes, sockets, devices. Skips what the walk skips.
 */
function skippedEntries(dir: string, depth = 0): Array<{full: string; reason: string}> {
  if (depth > 64) return []
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, {withFileTypes: true})
  } catch {
    return []
  }
  const out: Array<{full: string; reason: string}> = []
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) out.push(...skippedEntries(full, depth + 1))
    } else if (!entry.isFile() && !entry.name.startsWith('.') && LINTED.test(entry.name) && (!isDataOnly(formatOf(entry.name)) || isDataFileIn(full, undefined))) {
      out.push({
        full,
        reason: entry.isSymbolicLink()
          ? 'is a symbolic link, not followed when walking a folder (name it to lint it)'
          : 'is not a regular file (a pipe, a socket or a device), not read'
      })
    }
  }
  return out
}

function entryKind(file: string): 'file' | 'dir' | 'missing' {
  try {
    return statSync(file).isDirectory() ? 'dir' : 'file'
  } catch {
    return 'missing'
  }
}

/** Where ignore files start to apply: the enclosing git work tree, else the cwd (or the base itself when outside it). */
function ignoreRoot(base: string, cwd: string): string {
  for (let dir = base; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir
    if (path.dirname(dir) === dir) break
  }
  return isInside(cwd, base) ? cwd : base
}
