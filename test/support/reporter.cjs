// mocha's spec reporter plus the plain closing line CI reads: "unit: N passed, N failed".
'use strict'
const Mocha = require('mocha')
const {EVENT_RUN_END} = Mocha.Runner.constants

class SpecWithSummary extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options)
    runner.once(EVENT_RUN_END, () => {
      const {passes, failures, pending} = runner.stats ?? this.stats
      process.stdout.write(`\nunit: ${passes} passed, ${failures} failed, ${pending} skipped\n`)
    })
  }
}

module.exports = SpecWithSummary
