/** Where the CLI writes, so tests run `main` in-process and read what a user would see. */
export interface CliIo {
  stdout(text: string): void
  /** Raw bytes for stdout (a PNG piped to a file). */
  stdoutBytes(bytes: Uint8Array): void
  stderr(text: string): void
  /** stdout is a terminal: colours allowed (unless NO_COLOR), binary output refused. */
  isTty: boolean
  env: Readonly<Record<string, string | undefined>>
  cwd: string
}

/** ANSI colours on a terminal, plain text elsewhere and whenever NO_COLOR is set (https://no-color.org). */
export interface Paint {
  red(text: string): string
  yellow(text: string): string
  blue(text: string): string
  green(text: string): string
  dim(text: string): string
  bold(text: string): string
  underline(text: string): string
}

export function createPaint(io: Pick<CliIo, 'isTty' | 'env'>): Paint {
  const isOn = io.isTty && (io.env.NO_COLOR ?? '') === ''
  const wrap = (open: number, close: number) => (text: string) =>
    isOn ? `\u001b[${open}m${text}\u001b[${close}m` : text
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    blue: wrap(34, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    underline: wrap(4, 24),
  }
}

/** Width as a terminal shows it: escape codes take no columns. */
export function measureWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/\u001b\[[0-9;]*m/g, '')].length
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - measureWidth(text)))
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - measureWidth(text))) + text
}

/**
 * Text from a design (labels, names, suppression reasons, messages that quote them) as a terminal shows it:
 * C0 controls (newlines too), DEL and C1 controls become visible `\x1B`-style escapes, so a label cannot
 * retitle the terminal, hide a link, move the cursor or erase a line. JSON and SARIF escape on their own.
 */
export function toTerminalText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}
