/** The process surroundings a command uses, passed in so commands can be run in-process too. */
export interface Io {
  stdout: NodeJS.WritableStream & {isTTY?: boolean}
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
  stdin: NodeJS.ReadableStream
  cwd: string
  env: NodeJS.ProcessEnv
}
