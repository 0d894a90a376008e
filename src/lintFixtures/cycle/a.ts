// Fixture for src/lintRules.test.ts: a.ts and b.ts import each other. Never imported by the app.
import { b } from './b'
export const a = (): number => b() + 1
