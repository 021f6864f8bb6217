// Build-time trim of franc-min's trigram data: the engine only ever asks franc about French and
// English (`only: ['fra', 'eng']` in src/core/prose/language.ts), so the other ~80 models are
// dead weight (170 KB, and parsed at load). franc's algorithm is untouched.
import {pathToFileURL} from 'node:url'

/** The franc language codes the engine asks about: keep in step with src/core/prose/language.ts. */
export const FRANC_LANGUAGES = ['fra', 'eng']

/**
 * Replaces `franc-min/data.js` with the models of `languages` only. Every script key stays (empty
 * when none of its languages is kept), so franc answers `und` on the same inputs as before.
 * @param {string[]} [languages]
 * @returns {import('esbuild').Plugin}
 */
export function francData(languages = FRANC_LANGUAGES) {
  return {
    name: 'franc-data',
    setup(build) {
      build.onLoad({filter: /[\\/]franc-min[\\/]data\.js$/}, async (args) => {
        /** @type {{data: Record<string, Record<string, string>>}} */
        const {data} = await import(pathToFileURL(args.path).href)
        /** @type {Record<string, Record<string, string>>} */
        const kept = {}
        for (const [script, models] of Object.entries(data)) {
          kept[script] = {}
          for (const [language, model] of Object.entries(models)) {
            if (languages.includes(language)) kept[script][language] = model
          }
        }
        const missing = languages.filter((language) => !Object.values(kept).some((models) => language in models))
        if (missing.length > 0) return {errors: [{text: `franc-min has no trigram model for: ${missing.join(', ')}`}]}
        return {contents: `export const data = ${JSON.stringify(kept)}\n`, loader: 'js'}
      })
    }
  }
}
