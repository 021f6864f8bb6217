import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {collectTargets} from '../../src/cli/files.ts'

/** Builds a small tree in a temp dir: keys are relative paths, values contents. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'promesse-files-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), {recursive: true})
    writeFileSync(path.join(root, name), content)
  }
  return root
}

async function listed(root: string, patterns: string[], ignore = true) {
  const {targets, problems} = await collectTargets(patterns, {cwd: root, ignore})
  return {files: targets.map((t) => (t.kind === 'stdin' ? '-' : t.file.split(path.sep).join('/'))), problems}
}

describe('collectTargets', () => {
  const roots: string[] = []
  const make = (files: Record<string, string>) => {
    const root = tree(files)
    roots.push(root)
    return root
  }
  after(() => roots.forEach((root) => rmSync(root, {recursive: true, force: true})))

  it('walks a directory for prose files only, sorted, skipping node_modules and dot-directories', async () => {
    const root = make({
      'b.md': '', 'a.txt': '', 'c.html': '', 'd.htm': '', 'e.markdown': '', 'f.mdx': '', 'g.MD': '',
      'script.js': '', 'image.png': '', 'node_modules/pkg/readme.md': '', '.hidden/notes.md': '', 'sub/deep/h.md': ''
    })
    const {files} = await listed(root, ['.'])
    assert.deepEqual(files, ['a.txt', 'b.md', 'c.html', 'd.htm', 'e.markdown', 'f.mdx', 'g.MD', 'sub/deep/h.md'])
  })

  it('names the files a folder walk leaves out: symbolic links, dangling ones, pipes', async function () {
    if (process.platform === 'win32') return this.skip()
    const root = make({'a.md': 'Texte.', 'sub/b.md': 'Texte.', 'notes.js': ''})
    symlinkSync(path.join(root, 'a.md'), path.join(root, 'lien.md'))
    symlinkSync(path.join(root, 'absent.md'), path.join(root, 'sub', 'casse.md'))
    execFileSync('mkfifo', [path.join(root, 'tube.txt')])
    symlinkSync(path.join(root, 'notes.js'), path.join(root, 'script-link.js'))
    const {targets, problems, skipped} = await collectTargets(['.'], {cwd: root})
    assert.deepEqual(targets.map((t) => (t.kind === 'file' ? t.file : '-')), ['a.md', 'sub/b.md'])
    assert.deepEqual(problems, [], 'not an error: the exit code stays')
    assert.deepEqual(
      skipped.map((p) => [p.file.split(path.sep).join('/'), p.reason.split(',')[0]]).sort(),
      [['lien.md', 'is a symbolic link'], ['sub/casse.md', 'is a symbolic link'], ['tube.txt', 'is not a regular file (a pipe']]
    )
  })

  it('keeps the directory as given in the displayed paths', async () => {
    const root = make({'docs/guide/x.md': ''})
    assert.deepEqual((await listed(root, ['docs'])).files, ['docs/guide/x.md'])
  })

  it('honours .gitignore and .promesseignore at the root', async () => {
    const root = make({
      '.gitignore': 'build/\n*.draft.md\n',
      '.promesseignore': 'legal/\n',
      'build/out.md': '', 'page.draft.md': '', 'legal/terms.md': '', 'page.md': ''
    })
    assert.deepEqual((await listed(root, ['.'])).files, ['page.md'])
  })

  it('honours nested ignore files, relative to their own directory, and their negations', async () => {
    const root = make({
      '.gitignore': '*.tmp.md\n',
      'blog/.promesseignore': 'archive/\n!keep.tmp.md\n',
      'blog/archive/2019.md': '', 'blog/keep.tmp.md': '', 'blog/post.md': '', 'blog/other.tmp.md': '',
      'archive/top.md': ''
    })
    assert.deepEqual((await listed(root, ['.'])).files, ['archive/top.md', 'blog/keep.tmp.md', 'blog/post.md'])
  })

  it('never brings back a file inside an ignored directory', async () => {
    const root = make({'.gitignore': 'private/\n', 'private/.promesseignore': '!*.md\n', 'private/a.md': '', 'ok.md': ''})
    assert.deepEqual((await listed(root, ['.'])).files, ['ok.md'])
  })

  it('applies ignore files to globs, but not to files named explicitly', async () => {
    const root = make({'.promesseignore': 'skip.md\n', 'skip.md': '', 'keep.md': '', 'notes.rst': ''})
    assert.deepEqual((await listed(root, ['*.md'])).files, ['keep.md'])
    assert.deepEqual((await listed(root, ['skip.md', 'notes.rst'])).files, ['skip.md', 'notes.rst'])
  })

  it('lints ignored files too with --no-ignore', async () => {
    const root = make({'.gitignore': 'out/\n', 'out/a.md': '', 'b.md': ''})
    assert.deepEqual((await listed(root, ['.'], false)).files, ['b.md', 'out/a.md'])
  })

  it('keeps a missing file (for the reader to report by name) and reports a glob matching nothing', async () => {
    const root = make({'a.md': ''})
    const {files, problems} = await listed(root, ['missing.md', 'nothing/*.md', '-', 'a.md', './a.md'])
    assert.deepEqual(files, ['missing.md', '-', 'a.md'])
    assert.deepEqual(problems, [{file: 'nothing/*.md', reason: 'matches no file'}])
  })
})
