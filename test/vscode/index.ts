/**
 * Entry loaded by the VS Code extension host (payload `extensionTestsPath`): runs the in-host
 * suites with mocha (tdd UI) and settles when they are done. Bundled by scripts/e2e/build-tests.mjs.
 */
import Mocha from 'mocha'

export async function run(): Promise<void> {
  const mocha = new Mocha({ui: 'tdd', color: false, timeout: 60000, reporter: 'spec'})
  const grep = process.env.PROMESSE_TEST_GREP
  if (grep) mocha.grep(grep)
  // Define suite/test/setup globals, then evaluate the suites (esbuild keeps dynamic imports lazy).
  mocha.suite.emit('pre-require', globalThis, 'promesse-in-host', mocha)
  await import('./suites.ts')
  const failures = await new Promise<number>((resolve) => mocha.run(resolve))
  if (failures > 0) throw new Error(`${failures} in-host test(s) failed`)
}
