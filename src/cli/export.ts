import { extname } from 'node:path'
import { analyze } from '../core/analysis'
import { serializeDesign } from '../core/design'
import { embedDesignInPng } from '../core/export/pngChunk'
import { renderDesignSvg } from '../core/export/svg'
import { toDrawio } from '../core/drawio/exportDrawio'
import { toMermaid } from '../core/export/mermaid'
import { parseCommandArgs, readChoice, readNumber } from './args'
import { EXIT_FAILURE, EXIT_OK, UsageError } from './errors'
import { writeFileAtomic } from '../node/atomicWrite'
import { toTerminalText, type CliIo } from './io'
import { formatLoadError, loadDesign } from './load'

const FORMATS = ['svg', 'png', 'drawio', 'mermaid'] as const
const BY_EXTENSION: Readonly<Record<string, (typeof FORMATS)[number]>> = { '.png': 'png', '.drawio': 'drawio', '.mmd': 'mermaid' }
const THEMES = ['light', 'dark'] as const
/** Past this many pixels a side, rasterising eats memory for a picture no viewer shows whole. */
const MAX_PNG_SIDE = 16384

/**
 * The PNG from the same SVG the app exports, with the design embedded so the picture reopens as a design.
 * resvg (a native addon) loads only here, so lint and the other commands do not pay for it at start.
 */
export async function renderPng(svg: string, scale: number, designJson: string): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js')
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
  })
  return embedDesignInPng(new Uint8Array(resvg.render().asPng()), designJson)
}

/** `archsight export DESIGN --format svg|png|drawio|mermaid`: the canvas picture with the analysis' marks, or an editable diagram. */
export async function runExport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', argv, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    theme: { type: 'string' },
    scale: { type: 'string' },
    legend: { type: 'boolean' },
    transparent: { type: 'boolean' },
  })
  if (positionals.length !== 1) throw new UsageError('export needs exactly one design file', 'export')
  const out = values.out as string | undefined
  const inferred = (out && BY_EXTENSION[extname(out).toLowerCase()]) || 'svg'
  const format = readChoice('export', 'format', values.format, FORMATS, inferred)
  const theme = readChoice('export', 'theme', values.theme, THEMES, 'light')
  const scale = readNumber('export', 'scale', values.scale, (n) => n >= 0.25 && n <= 8, 'a number from 0.25 to 8') ?? 2
  if (format === 'png' && !out && io.isTty) {
    throw new UsageError('refusing to write a PNG to the terminal: add --out FILE or redirect stdout', 'export')
  }

  const loaded = await loadDesign(positionals[0])
  if (!loaded.ok) {
    io.stderr(formatLoadError(loaded))
    return EXIT_FAILURE
  }
  const analysis = analyze(loaded.design)
  if (format === 'drawio' || format === 'mermaid') {
    const text = format === 'drawio' ? toDrawio(loaded.design) : toMermaid(loaded.design, analysis)
    return writeOutput(io, out, text, format === 'drawio' ? 'draw.io' : 'Mermaid')
  }
  const picture = renderDesignSvg(loaded.design, {
    theme,
    analysis,
    legend: values.legend === true,
    background: values.transparent !== true,
  })

  let bytes: Uint8Array
  if (format === 'svg') {
    bytes = new TextEncoder().encode(picture.svg + '\n')
  } else {
    const side = Math.max(picture.width, picture.height) * scale
    if (side > MAX_PNG_SIDE) {
      io.stderr(
        `error: ${toTerminalText(loaded.file)}: the PNG would be ${Math.round(side)} pixels wide; ` +
          `lower --scale (limit ${MAX_PNG_SIDE})\n`,
      )
      return EXIT_FAILURE
    }
    bytes = await renderPng(picture.svg, scale, serializeDesign(loaded.design))
  }

  const size =
    format === 'png'
      ? `${Math.round(picture.width * scale)}x${Math.round(picture.height * scale)} px`
      : `${picture.width}x${picture.height}`
  return writeOutput(io, out, bytes, `${format.toUpperCase()}, ${size}`)
}

/** To --out (atomic: a full disk or a crash leaves the previous file whole, never a truncated one) or stdout. */
async function writeOutput(io: CliIo, out: string | undefined, data: string | Uint8Array, what: string): Promise<number> {
  if (!out) {
    if (typeof data === 'string') io.stdout(data)
    else io.stdoutBytes(data)
    return EXIT_OK
  }
  try {
    await writeFileAtomic(out, data)
  } catch (error) {
    io.stderr(`error: cannot write ${toTerminalText(out)}: ${toTerminalText(error instanceof Error ? error.message : String(error))}\n`)
    return EXIT_FAILURE
  }
  io.stderr(`wrote ${toTerminalText(out)} (${what})\n`)
  return EXIT_OK
}
