/**
 * The worker thread of the CLI's pool (bundled to dist/lint-worker.js): lints the texts it is
 * sent and posts each result back with the job's id. Jobs arrive one after another and are
 * answered in the same order.
 */
import {parentPort} from 'node:worker_threads'
import {lint} from '../core/index.ts'
import type {JobReply, JobRequest} from './worker-pool.ts'

const port = parentPort
if (!port) throw new Error('lint-worker runs in a worker thread')

port.on('message', (job: JobRequest) => {
  let reply: JobReply
  try {
    reply = {id: job.id, result: lint(job.text, job.options)}
  } catch (error) {
    reply = {id: job.id, error: error instanceof Error ? error.message : String(error)}
  }
  port.postMessage(reply)
})
