/**
 * How every Playwright run here launches Debian's chromium (never a downloaded browser): the journeys, the
 * screenshot specs and the benchmarks. Without the background-networking flags Chromium keeps dialling hosts
 * that this closed network refuses.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
