import type {BuildOptions, Plugin} from 'esbuild'

export function trims(): Plugin[]
export const NODE_CHUNKS: Record<string, string>
export function nodeChunks(): Promise<{plugin: Plugin; builds: (outdir: string, base: BuildOptions) => BuildOptions[]}>
export function nodeTrims(): Plugin[]
export function jsoncModule(): Plugin
export function webTrims(): Plugin[]
