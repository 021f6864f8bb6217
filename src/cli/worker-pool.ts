/**
 * A pool of worker threads running src/cli/lint-worker.ts. Jobs go to the worker with the fewest
 * waiting (at most `AHEAD` each, so a worker never waits for its next text); results come back in
 * whatever order the workers finish, each to its own promise. A worker that dies fails the jobs it
 * held; the rest go to the others, or run on the main thread when none is left.
 */
import {existsSync} from 'node:fs'
import {Worker} from 'node:worker_threads'
import type {LintOptions, LintResult} from '../core/index.ts'
import {inThreadLinter, type FileLinter} from './file-linter.ts'

export interface JobRequest {
  id: number
  text: string
  options: LintOptions
}

export type JobReply = {id: number; result: LintResult; error?: undefined} | {id: number; error: string}

/** Jobs sent to one worker before its first answer: one being linted, one waiting. */
const AHEAD = 2

interface Pending {
  job: JobRequest
  resolve: (result: LintResult) => void
  reject: (error: Error) => void
}

interface Slot {
  worker: Worker
  held: Map<number, Pending>
}

/**
 * The worker script: dist/lint-worker.js, next to the CLI bundle. Run from the sources (the
 * tests), the built one, since a worker cannot load TypeScript; undefined when it is not built.
 */
export function lintWorkerScript(): URL | undefined {
  const script = new URL(import.meta.url.endsWith('.ts') ? '../../dist/lint-worker.js' : './lint-worker.js', import.meta.url)
  return existsSync(script) ? script : undefined
}

export function workerPool(size: number, script: URL): FileLinter {
  const queue: Pending[] = []
  const slots: Slot[] = []
  let nextId = 0
  let fallback: FileLinter | undefined

  const dispatch = (): void => {
    while (queue.length > 0) {
      if (slots.length === 0) {
        fallback ??= inThreadLinter()
        const pending = queue.shift()!
        fallback.lint(pending.job.text, pending.job.options).then(pending.resolve, pending.reject)
        continue
      }
      let best: Slot | undefined
      for (const slot of slots) if (slot.held.size < AHEAD && (!best || slot.held.size < best.held.size)) best = slot
      if (!best) return
      const pending = queue.shift()!
      best.held.set(pending.job.id, pending)
      best.worker.postMessage(pending.job)
    }
  }

  const fail = (slot: Slot, error: Error): void => {
    const index = slots.indexOf(slot)
    if (index < 0) return
    slots.splice(index, 1)
    for (const pending of slot.held.values()) pending.reject(error)
    slot.held.clear()
    void slot.worker.terminate()
    dispatch()
  }

  for (let i = 0; i < size; i++) {
    const slot: Slot = {worker: new Worker(script), held: new Map()}
    slot.worker.on('message', (reply: JobReply) => {
      const pending = slot.held.get(reply.id)
      if (!pending) return
      slot.held.delete(reply.id)
      if (reply.error !== undefined) pending.reject(new Error(reply.error))
      else pending.resolve(reply.result)
      dispatch()
    })
    slot.worker.on('error', (error) => fail(slot, error))
    slot.worker.on('exit', (code) => fail(slot, new Error(`the worker thread stopped (exit code ${code})`)))
    slots.push(slot)
  }

  return {
    lint(text, options) {
      return new Promise((resolve, reject) => {
        queue.push({job: {id: nextId++, text, options}, resolve, reject})
        dispatch()
      })
    },
    async close() {
      const closing = slots.splice(0)
      await Promise.all(closing.map((slot) => slot.worker.terminate()))
    }
  }
}
