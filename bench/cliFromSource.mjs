// The CLI as it started before it was bundled: TypeScript source through tsx at run time. Kept only so
// `npm run bench:cli` can measure the bundle against it in the same run.
import { register } from 'tsx/esm/api'
register()
const { main } = await import('../src/cli/index.ts')
process.exitCode = await main(process.argv.slice(2))
