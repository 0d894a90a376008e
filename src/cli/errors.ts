/**
 * Brands a UsageError. The built CLI bundles `export` and `import` apart from the rest (scripts/build-cli.mjs),
 * each with its own copy of this class, and index.ts must still know their usage errors for what they are.
 */
const USAGE_ERROR = Symbol.for('archsight.UsageError')

/** A mistake in how the CLI was called: usage on stderr, exit status 2. */
export class UsageError extends Error {
  readonly command: string | undefined
  readonly [USAGE_ERROR] = true

  /** `instanceof UsageError` holds for a UsageError of any copy of this module. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && USAGE_ERROR in value
  }

  constructor(message: string, command?: string) {
    super(message)
    this.command = command
  }
}

/** Exit statuses (README, "Exit status"): scripts and CI tell the cases apart by these numbers. */
export const EXIT_OK = 0
/** Errors found, or more warnings than --max-warnings. */
export const EXIT_PROBLEMS = 1
/** A file could not be read or breaks the format, or the command line is wrong. */
export const EXIT_FAILURE = 2
/** A bug in Archsight: "internal error, please report" (the stack with --debug). */
export const EXIT_INTERNAL = 3
