// Moves a dependency out of a Node CommonJS bundle into a file of its own, `require`d on first use.
// In the main bundle the module is replaced by a generated stand-in whose exported functions load
// the chunk (next to the bundle) and forward the call. Only plain functions are forwarded: a class,
// a constant or a function carrying properties (yaml's `visit.BREAK`) is not, so an import of one
// fails the build ("No matching export") instead of misbehaving at run time.
import {join} from 'node:path'

const namespace = 'lazy-chunk'

/**
 * Names of the plain functions `module` exports (resolved from the project, as the bundle does).
 * @param {string} module
 */
async function functionExports(module) {
  const exports = await import(module)
  return Object.keys(exports).filter((name) => {
    const value = exports[name]
    return name !== 'default' && typeof value === 'function' &&
      !Function.prototype.toString.call(value).startsWith('class') && Object.keys(value).length === 0
  })
}

/**
 * @param {Record<string, string>} chunks module name → chunk file name, written next to the bundle
 * @returns {Promise<{plugin: import('esbuild').Plugin, builds: (outdir: string, base: import('esbuild').BuildOptions) => import('esbuild').BuildOptions[]}>}
 */
export async function lazyChunks(chunks) {
  /** @type {Map<string, string[]>} */
  const names = new Map()
  for (const module of Object.keys(chunks)) names.set(module, await functionExports(module))
  const files = new Set(Object.values(chunks).map((file) => `./${file}`))
  const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  const modules = new RegExp(`^(?:${Object.keys(chunks).map(escape).join('|')})$`)
  const chunkFiles = new RegExp(`^(?:${[...files].map(escape).join('|')})$`)

  /** @type {import('esbuild').Plugin} */
  const plugin = {
    name: 'lazy-chunks',
    setup(build) {
      build.onResolve({filter: modules}, (args) => ({path: args.path, namespace}))
      build.onResolve({filter: chunkFiles, namespace}, (args) => ({path: args.path, external: true}))
      build.onLoad({filter: /.*/, namespace}, (args) => {
        const file = JSON.stringify(`./${chunks[args.path]}`)
        const lines = [`let chunk`, `const load = () => chunk ??= require(${file})`]
        for (const name of names.get(args.path) ?? []) {
          lines.push(`export function ${name}(...args) { return load().${name}(...args) }`)
        }
        return {contents: lines.join('\n'), loader: 'js', resolveDir: process.cwd()}
      })
    }
  }

  const builds = (/** @type {string} */ outdir, /** @type {import('esbuild').BuildOptions} */ base) =>
    Object.entries(chunks).map(([module, file]) => ({
      ...base,
      format: /** @type {const} */ ('cjs'),
      stdin: {contents: `export {${(names.get(module) ?? []).join(', ')}} from ${JSON.stringify(module)}`, resolveDir: process.cwd(), loader: /** @type {const} */ ('js')},
      outfile: join(outdir, file)
    }))

  return {plugin, builds}
}
