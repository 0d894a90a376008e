/** Help texts: one per command, and the overview `archsight --help` prints. */

export const OVERVIEW = `Usage: archsight <command> [options]

Lint, explain and export Archsight system designs (.archsight files).

Commands:
  lint DESIGN...      report findings (ESLint-like); exit 1 on errors
  explain DESIGN      CAP summary, workload derivation, load table and single points of failure
  explain DESIGN --fail ID[,ID...]
                      what failing those nodes, zones or links at once breaks; exit 1 if a user flow fails
  failures DESIGN     every node, zone and link failed alone, most harmful first
  rules [RULE]        every rule with its default severity and description, or one rule's page
  export DESIGN       draw the design as SVG or PNG (the PNG reopens in the app), draw.io or Mermaid
  diff OLD NEW        what changed between two versions: components, edges, findings, CAP, SPOFs, load
  import FILE.drawio  turn a draw.io diagram into a design, reporting what was mapped, guessed and skipped

Options:
  -h, --help          show help (also: archsight <command> --help)
  --version           print the version
  --debug             print the stack of an internal error

Exit status: 0 no errors, 1 errors or too many warnings, 2 a file could not be read or the call was wrong,
3 an internal error (a bug: please report it).
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

With --fail, prints instead what happens when those nodes, zones or links (edge ids: the link is cut) fail
at once: which user-facing flows fail and why, which still work without an optional dependency, which
background work waits, and what every store still serving does when cut off. Exit 1 when a user-facing flow
fails, 0 otherwise, 2 when an id names nothing in the design.

Options:
  --fail ID[,ID...]          fail these node, zone or edge ids together (repeatable)
  --rule ID=SEVERITY         as for lint (affects the finding counts)
  -h, --help                 show this help
`,
  failures: `Usage: archsight failures DESIGN [options]

Fails every node (its whole component: all instances), every zone and every link alone and lists what each
breaks (user-facing flows), stalls (background work) and degrades (flows that go on without an optional
dependency), most harmful first; SPOF says whether losing one machine of it already breaks a flow.

Options:
  --format text|json         output format (default text); json: an array of rows
                             { fail: { type, id }, breaks, degrades, stalls, severity, spof }
  -h, --help                 show this help
`,
  rules: `Usage: archsight rules [RULE] [options]

Without RULE, lists every rule: id, default severity, description. With RULE, prints its page
(docs/rules/RULE.md): what it fires on, why it matters, an example, how to fix and how to suppress it.

Options:
  --format text|json         output format (default text); json gives id, severity, category and description
                             (and, for one rule, its page as Markdown)
  -h, --help                 show this help
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
