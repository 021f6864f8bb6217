/** Whether to colour output: FORCE_COLOR wins, then NO_COLOR, then whether the stream is a terminal. */
import pc from 'picocolors'

export type Colors = ReturnType<typeof pc.createColors>

export function shouldColor(stream: {isTTY?: boolean}, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.TERM === 'dumb') return false
  return stream.isTTY === true
}

export function colors(enabled: boolean): Colors {
  return pc.createColors(enabled)
}
