/**
 * Reads a file for linting and says plainly why when it cannot.
 *
 * A UTF-8 byte-order mark is stripped: offsets, lines and columns are then counted in the text
 * WITHOUT the BOM, which is exactly what an editor's document holds (VS Code drops the BOM when
 * it opens a file), so CLI and editor positions agree.
 */
import {open, stat} from 'node:fs/promises'
import {formatOf, type Format} from '../core/index.ts'

/** Files larger than this are refused unless the caller raises the limit. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024
/** How far into a file to look for NUL bytes. */
const BINARY_SNIFF_BYTES = 8192

export type ReadResult =
  | {ok: true; file: string; text: string; format: Format; bom: boolean}
  | {ok: false; file: string; reason: string}

export interface ReadOptions {
  maxBytes?: number
}

export async function readForLint(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const fail = (reason: string): ReadResult => ({ok: false, file, reason})
  let bytes: Buffer
  try {
    const info = await stat(file)
    if (info.isDirectory()) return fail('is a directory')
    if (!info.isFile()) return fail('is not a regular file')
    if (info.size > maxBytes) return fail(`is too large (${megabytes(info.size)}; the limit is ${megabytes(maxBytes)})`)
    const handle = await open(file, 'r')
    try {
      bytes = await handle.readFile()
    } finally {
      await handle.close()
    }
  } catch (error) {
    return fail(systemReason(error))
  }
  const decoded = decodeText(bytes)
  if (!decoded.ok) return fail(decoded.reason)
  return {ok: true, file, text: decoded.text, format: formatOf(file), bom: decoded.bom}
}

export type Decoded = {ok: true; text: string; bom: boolean} | {ok: false; reason: string}

/** Decodes bytes as strict UTF-8, refusing binary content; strips a leading BOM. */
export function decodeText(bytes: Uint8Array): Decoded {
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES)
  if (sniff.includes(0)) return {ok: false, reason: 'looks binary (it contains NUL bytes), not text'}
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes)
  } catch {
    const at = firstInvalidByte(bytes)
    const line = bytes.subarray(0, at).filter((byte) => byte === 0x0a).length + 1
    return {ok: false, reason: `is not valid UTF-8 text (first bad byte on line ${line}, at byte ${at}); save it as UTF-8`}
  }
  const bom = text.charCodeAt(0) === 0xfeff
  return {ok: true, text: bom ? text.slice(1) : text, bom}
}

/** The format a file name implies (one table for the CLI and the editor: core/formats.ts). */
export {formatOf as formatFor} from '../core/index.ts'

function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return 'does not exist'
    case 'EISDIR':
      return 'is a directory'
    case 'EACCES':
    case 'EPERM':
      return 'cannot be opened (permission denied)'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0
  let high = bytes.length
  // The longest prefix that is valid UTF-8 or merely cut in the middle of a character (stream
  // mode tolerates that): the byte right after it is the first invalid one.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, mid), {stream: true})
      low = mid
    } catch {
      high = mid - 1
    }
  }
  // `low` bytes decode, possibly ending inside a character: that character is the bad one.
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, low))
    return low
  } catch {
    let start = low
    while (start > 0 && (bytes[start - 1]! & 0xc0) === 0x80) start--
    return Math.max(0, start - 1)
  }
}
