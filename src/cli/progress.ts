/** A progress bar on stderr, only when stderr is a terminal and there are enough files to wait for. */
import cliProgress from 'cli-progress'

export const PROGRESS_MIN_FILES = 6

export interface Progress {
  tick(file: string): void
  stop(): void
}

const silent: Progress = {tick() {}, stop() {}}

export function createProgress(total: number, stream: NodeJS.WritableStream & {isTTY?: boolean} = process.stderr): Progress {
  if (!stream.isTTY || total < PROGRESS_MIN_FILES || process.env.CI) return silent
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WriteStream,
      format: 'promesse {bar} {value}/{total} {file}',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 20
    },
    cliProgress.Presets.shades_classic
  )
  bar.start(total, 0, {file: ''})
  return {
    tick(file) {
      bar.increment(1, {file: file.length > 40 ? '…' + file.slice(-39) : file})
    },
    stop() {
      bar.stop()
    }
  }
}
