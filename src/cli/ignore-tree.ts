/**
 * `.gitignore` and `.promesseignore` files, nested ones included, with git's precedence: a file
 * deeper in the tree overrides (or negates) what a shallower one says, and nothing under an
 * ignored directory can be brought back.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'

export const IGNORE_FILES = ['.gitignore', '.promesseignore']

export class IgnoreTree {
  private readonly perDir = new Map<string, Ignore | null>()
  private readonly dirVerdict = new Map<string, boolean>()

  /** @param root Ignore files are read from `root` and the directories below it. */
  constructor(readonly root: string) {}

  /** Whether `file` (absolute) is ignored by an ignore file in `root` or below. */
  ignores(file: string): boolean {
    const dir = path.dirname(file)
    if (!isInside(this.root, dir)) return false
    return this.dirIgnored(dir) || this.verdict(file, false)
  }

  private dirIgnored(dir: string): boolean {
    if (dir === this.root || !isInside(this.root, dir)) return false
    let known = this.dirVerdict.get(dir)
    if (known === undefined) {
      known = this.dirIgnored(path.dirname(dir)) || this.verdict(dir, true)
      this.dirVerdict.set(dir, known)
    }
    return known
  }

  /** Applies the ignore files from the root down to the entry's parent; the deepest decision wins. */
  private verdict(entry: string, isDir: boolean): boolean {
    let ignored = false
    const chain: string[] = []
    for (let dir = path.dirname(entry); isInside(this.root, dir); dir = path.dirname(dir)) {
      chain.unshift(dir)
      if (dir === this.root) break
    }
    for (const dir of chain) {
      const rules = this.rulesIn(dir)
      if (!rules) continue
      const relative = toPosix(path.relative(dir, entry)) + (isDir ? '/' : '')
      const result = rules.test(relative)
      if (result.ignored) ignored = true
      else if (result.unignored) ignored = false
    }
    return ignored
  }

  private rulesIn(dir: string): Ignore | null {
    let rules = this.perDir.get(dir)
    if (rules === undefined) {
      rules = null
      for (const name of IGNORE_FILES) {
        let content: string
        try {
          content = readFileSync(path.join(dir, name), 'utf8')
        } catch {
          continue
        }
        rules ??= ignore()
        rules.add(content)
      }
      this.perDir.set(dir, rules)
    }
    return rules
  }
}

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
