import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { RuleSetting } from '../core/design/types'
import { UsageError } from './errors'

type Options = NonNullable<ParseArgsConfig['options']>

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
}

/** node:util parseArgs, strict, with its errors turned into usage errors for this command. */
export function parseCommandArgs(command: string, argv: string[], options: Options): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    })
    return { values: values as ParsedArgs['values'], positionals }
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '') : String(error)
    throw new UsageError(message, command)
  }
}

export function readChoice<T extends string>(
  command: string,
  name: string,
  value: unknown,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T
  throw new UsageError(`--${name} must be one of ${choices.join(', ')} (got ${JSON.stringify(value)})`, command)
}

export function readNumber(
  command: string,
  name: string,
  value: unknown,
  check: (n: number) => boolean,
  expected: string,
): number | undefined {
  if (value === undefined) return undefined
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN
  if (!Number.isFinite(number) || !check(number)) {
    throw new UsageError(`--${name} expects ${expected} (got ${JSON.stringify(value)})`, command)
  }
  return number
}

const SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'info']

/** `--rule ID=SEVERITY`, repeatable; the last one for an id wins, as in ESLint. */
export function readRuleOverrides(
  command: string,
  values: unknown,
  knownIds: ReadonlySet<string>,
): Record<string, RuleSetting> {
  const overrides: Record<string, RuleSetting> = {}
  for (const entry of (values as string[] | undefined) ?? []) {
    const match = /^([^=\s]+)=(.*)$/.exec(entry)
    if (!match)
      throw new UsageError(
        `--rule expects ID=SEVERITY, e.g. --rule cache-without-ttl=off (got ${JSON.stringify(entry)})`,
        command,
      )
    const [, id, setting] = match
    if (!knownIds.has(id))
      throw new UsageError(`--rule names an unknown rule: ${id} (see \`archsight rules\`)`, command)
    if (!(SETTINGS as readonly string[]).includes(setting)) {
      throw new UsageError(
        `--rule ${id}: severity must be one of ${SETTINGS.join(', ')} (got ${JSON.stringify(setting)})`,
        command,
      )
    }
    overrides[id] = setting as RuleSetting
  }
  return overrides
}
