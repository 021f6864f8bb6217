/** The extension manifest: every `%key%` is translated in both languages, the walkthrough's pages exist and ship. */
import assert from 'node:assert/strict'
import {existsSync, readFileSync} from 'node:fs'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
const manifest = read('package.json')
const nls = {en: JSON.parse(read('package.nls.json')) as Record<string, string>, fr: JSON.parse(read('package.nls.fr.json')) as Record<string, string>}

describe('extension manifest', () => {
  it('translates every %key% it uses, in English and in French', () => {
    const keys = [...new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!))]
    assert.ok(keys.length > 20)
    for (const lang of ['en', 'fr'] as const) {
      const missing = keys.filter((k) => typeof nls[lang][k] !== 'string' || nls[lang][k]!.trim() === '')
      assert.deepEqual(missing, [], `package.nls${lang === 'fr' ? '.fr' : ''}.json`)
    }
  })

  it('has a getting-started walkthrough whose pages exist in both languages and are packaged', () => {
    const walkthroughs = (JSON.parse(manifest) as {contributes: {walkthroughs: Array<{steps: Array<{media: {markdown: string}}>}>}}).contributes.walkthroughs
    assert.equal(walkthroughs.length, 1)
    const steps = walkthroughs[0]!.steps
    assert.ok(steps.length >= 4)
    for (const step of steps) {
      const key = step.media.markdown.replace(/^%|%$/g, '')
      for (const lang of ['en', 'fr'] as const) {
        const page = nls[lang][key]!
        assert.ok(page.startsWith(`walkthrough/${lang}/`), page)
        assert.ok(existsSync(new URL(`../../${page}`, import.meta.url)), page)
      }
    }
    assert.match(read('.vscodeignore'), /^!walkthrough\/\*\*$/m)
  })
})
