/** Help texts: one per command, and the overview `archsight --help` prints. */

export const OVERVIEW = `Usage: archsight <command> [options]

Lint, explain and export Archsight system designs (.archsight files).

Commands:
  lint DESIGN...      report findings (ESLint-like); exit 1 on errors
  explain DESIGN      CAP summary, workload derivation, load table and single points of failure
  rules               every rule with its default severity and description
  export DESIGN       draw the design as SVG or PNG (the PNG reopens in the app), draw.io or Mermaid
  diff OLD NEW        what changed between two versions: components, edges, findings, CAP, SPOFs, load
  import FILE.drawio  turn a draw.io diagram into a design, reporting what was mapped, guessed and skipped

Options:
  -h, --help          show help (also: archsight <command> --help)
  --version           print the version

Exit status: 0 no errors, 1 errors or too many warnings, 2 a file could not be read or the call was wrong.
`

export const COMMAND_USAGE: Readonly<Record<string, string>> = {
  lint: `Usage: archsight lint DESIGN... [options]

Options:
  --format text|json|sarif|github
                             output format (default text; github: workflow commands that annotate a PR)
  --max-warnings N           exit 1 when there are more than N warnings
  --rule ID=SEVERITY         set a rule to off, error, warning or info (repeatable; overrides the file's "rules")
  --show-suppressed          list suppressed findings too (never counted)
  -h, --help                 show this help
`,
  explain: `Usage: archsight explain DESIGN [options]

Prints the design's CAP labels for writes and reads, each stateful node's CAP, the workload derivation step
by step, the peak load per node against its capacity, and the single points of failure.

Options:
  --rule ID=SEVERITY         as for lint (affects the finding counts)
  -h, --help                 show this help
`,
  rules: `Usage: archsight rules

Lists every rule: id, default severity, description.
`,
  export: `Usage: archsight export DESIGN [options]

Options:
  --format svg|png|drawio|mermaid
                             svg/png: the picture; drawio: an editable draw.io file (AWS 4 icons, zones
                             as containers); mermaid: a flowchart LR block for a README
                             (default: from --out's extension .png/.drawio/.mmd, else svg)
  --out FILE                 write to FILE (default: stdout; PNG needs --out on a terminal)
  --theme light|dark         colours (default light)
  --scale N                  PNG pixels per design unit, 0.25 to 8 (default 2)
  --legend                   add a legend: name, CAP labels, workload and finding counts
  --transparent              leave the background transparent
  -h, --help                 show this help
`,
  import: `Usage: archsight import FILE.drawio [options]

Reads a draw.io (diagrams.net) file, plain or compressed, and writes an Archsight design. Prints what was
mapped from an icon, what was guessed from a label, and what was skipped, so you can check the design
before trusting its findings.

Options:
  --out FILE                 write the design to FILE (default: stdout, with the report on stderr)
  --page N                   import page N (default 1)
  -h, --help                 show this help
`,
  diff: `Usage: archsight diff OLD NEW [options]

Compares two versions of a design: components and edges added, removed and changed (props listed), findings
introduced and resolved, CAP label changes, single points of failure gained or lost, and peak loads that
moved by more than 10 %. Exit 1 when NEW introduces an error finding.

As a git diff driver (docs/diff.md) it takes git's seven arguments and always exits 0.

Options:
  --format text|json|markdown   output format (default text; markdown is ready for a pull-request comment)
  -h, --help                    show this help
`,
}
