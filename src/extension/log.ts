/** The « Promesse » output channel: where errors go instead of crashing the extension host. */
import * as vscode from 'vscode'

let channel: vscode.OutputChannel | undefined

export function output(): vscode.OutputChannel {
  channel ??= vscode.window.createOutputChannel('Promesse')
  return channel
}

export function log(line: string): void {
  output().appendLine(`[${new Date().toISOString()}] ${line}`)
}

export function logError(context: string, error: unknown): void {
  const detail = error instanceof Error ? error.stack ?? error.message : String(error)
  log(`${context}: ${detail}`)
}

/** Runs `fn`, logging instead of throwing: callers in event handlers must never crash the host. */
export async function guarded<T>(context: string, fn: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await fn()
  } catch (error) {
    logError(context, error)
    return undefined
  }
}
