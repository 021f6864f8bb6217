/** `picomatch/posix`: picomatch without Node's `path` (the core also runs in the browser). */
declare module 'picomatch/posix' {
  import picomatch from 'picomatch'
  export default picomatch
}
