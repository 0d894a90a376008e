import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium'


// E2E_PORT lets several checkouts run their journeys at once, each against its own preview server; the dev
// server (`npm run web`) listens 100 above it.
const port = Number(process.env.E2E_PORT ?? 4173)
const devPort = port + 100

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    // The built renderer (dist-web), as shipped: every journey.
    { name: 'built', use: { baseURL: `http://127.0.0.1:${port}` } },
    // The dev server the README sends browser users to: React StrictMode runs effects twice there, which once
    // closed every dialog as it opened. The journeys that open dialogs and drive the keyboard run here too, and
    // the load scenario, whose slider state lives outside the design and must survive the double mount. And one
    // auto-layout: the layout worker imports ELK, which the dev server once found only on the first layout (it
    // re-bundled, reloaded the page, and that layout failed); CI's fresh clone has no dependency cache to hide it.
    {
      name: 'dev',
      use: { baseURL: `http://127.0.0.1:${devPort}` },
      testMatch: /(dialogs|keyboard-connect|load-scale|what-if|layout)\.spec\.ts$/,
    },
  ],
  webServer: [
    {
      command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite --config vite.web.config.ts --host 127.0.0.1 --port ${devPort} --strictPort`,
      url: `http://127.0.0.1:${devPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
})
