/** The help text of the command line; the options it lists are parsed in options.ts and the command modules. */

export const USAGE = `Usage: hvgate <command> [options]

Commands:
  check [paths...]      Evaluate the Hyper-V VM definitions under the paths (default: .)
  plan --base <ref> [paths...]
                        Plan a change like terraform plan: per VM what is created, updated,
                        replaced or destroyed, how its predicted backup changes, and which
                        findings the change introduces, keeps or resolves (by fingerprint)
  apply --plan <file> [paths...]
                        Deploy-stage check: exit 0 only if the working tree holds exactly the
                        definitions of a saved plan (sha256 per file) and that plan passed
  policies              List the policies with the level and enforcement the configuration
                        gives them, and whether they block (-c FILE, -f text|json)

Options for check:
  -f, --format <fmt>    text (default), json, sarif, junit, gitlab (Code Quality) or markdown
  -o, --output <file>   Write the report to a file; a text report still goes to the terminal
      --report <fmt>=<file>
                        Also write a report in that format to the file; repeatable, e.g.
                        --report sarif=hvgate.sarif --report junit=junit.xml
                        --report gitlab=gl-code-quality.json
  -c, --config <file>   Configuration file (default: .hvgate.yml in the current directory)
      --today <date>    Evaluate exception expiry as of this date (YYYY-MM-DD; default: today, UTC)
      --no-color        No colours (also when NO_COLOR is set or output is not a terminal)
      --terraform-plan <file>
                        The pipeline's own terraform show -json output; it stands in for the
                        .tf files of its root configuration (the folder it is in, else the one
                        it matches). Repeatable. A plan JSON found among the definitions is
                        only checked against its .tf files, never trusted

Options for plan (and -f, -o, --report, -c, --today, --no-color, --terraform-plan as for check):
      --base <ref>      Base of the change: a branch, tag or commit (required). Missing from a
                        shallow clone, it is fetched: git fetch --no-tags --depth=1 origin <ref>
      --head <ref>      Head of the change (default: the working tree)
      --config-ref <side>
                        Whose .hvgate.yml governs the change: head (default) or base. With base
                        the configuration is read from the base commit, so a pull request cannot
                        relax its own gate
      --override <reason>
                        Override soft-mandatory policies; the reason is recorded in the report and
                        the saved plan. Hard-mandatory policies cannot be overridden
      --out <file>      Save the plan (digests of the evaluated files, findings, verdict) for apply
  Only findings the change introduces block (scope: introduced); pre-existing ones are shown.
  Set scope: all in .hvgate.yml to block on every error.

Options for apply:
      --plan <file>     The saved plan written by plan --out (required)
  Run it in the folder plan ran in; paths default to those the plan was made for. Exit 1 names
  the files that differ (stale plan) or the blocking findings; a file that is not a saved plan
  exits 2.

  -h, --help            Show this help
  -v, --version         Show the version

Exit codes: 0 nothing blocking, 1 blocking findings, 2 usage, configuration or internal error.
`;
