/** A mistake in how the CLI was called: usage on stderr, exit status 2. */
export class UsageError extends Error {
  readonly command: string | undefined

  constructor(message: string, command?: string) {
    super(message)
    this.command = command
  }
}

export const EXIT_OK = 0
export const EXIT_PROBLEMS = 1
export const EXIT_FAILURE = 2
