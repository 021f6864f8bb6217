/** Every in-host suite, in the order they run. */
import './diagnostics.suite.ts'
import './quickFixes.suite.ts'
import './review.suite.ts'
import './register.suite.ts'
import './settings.suite.ts'
import './config.suite.ts'
import './formats.suite.ts'
import './large.suite.ts'
