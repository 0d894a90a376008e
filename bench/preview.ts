import { spawn, type ChildProcess } from 'node:child_process'

/**
 * Serves a built page with `vite preview` for a browser benchmark (each bench has its own port so two can run
 * at once), or uses `urlOverride` (BENCH_URL) when the page is already served. The server runs in its own
 * process group, so stopping it also stops the node process npx starts.
 */
export interface Preview {
  url: string
  stop(): void
}

export async function startPreview(config: string, port: number, urlOverride = process.env.BENCH_URL): Promise<Preview> {
  if (urlOverride) return { url: urlOverride, stop: () => undefined }
  const url = `http://127.0.0.1:${port}/`
  const isBusy = await fetch(url).then(
    () => true,
    () => false,
  )
  if (isBusy) throw new Error(`port ${port} is already serving something: stop it, or point BENCH_URL at it`)
  const args = ['vite', 'preview', '--config', config, '--host', '127.0.0.1', '--port', String(port), '--strictPort']
  const server = spawn('npx', args, { stdio: 'ignore', detached: true })
  const stop = (): void => stopServer(server)
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  stop()
  throw new Error(`vite preview of ${config} did not start; build it first`)
}

function stopServer(server: ChildProcess): void {
  if (server.pid === undefined) return
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {
    // already gone
  }
}
