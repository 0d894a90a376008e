/**
 * Development-only behaviour (the dev server URL, DevTools in the menu) is decided when main is built, not at
 * run time: electron-vite defines __ARCHSIGHT_DEV__ as true only for `electron-vite dev` (electron.vite.config.ts),
 * so every built app, packaged or run unpackaged with `npm start`, has it false and ignores ELECTRON_RENDERER_URL.
 * `app.isPackaged` could not decide this: it is false for any build that was not packaged.
 */

declare const __ARCHSIGHT_DEV__: boolean | undefined

export function isDevBuild(): boolean {
  // typeof: without the define (unit tests, any other bundler) this is a production build.
  return typeof __ARCHSIGHT_DEV__ !== 'undefined' && __ARCHSIGHT_DEV__ === true
}

/** The electron-vite dev server to load, in a development build only. */
export function getDevServerUrl(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const url = env.ELECTRON_RENDERER_URL
  return isDevBuild() && url ? url : null
}
