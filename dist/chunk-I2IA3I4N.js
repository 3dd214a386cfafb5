import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import {
  command,
  commandHelp,
  globalHelp,
  inertText,
  versionCommand
} from "./chunk-E5FRVJZQ.js";
import {
  emptySelectionProblem
} from "./chunk-P5LFDICN.js";
import {
  REPORTER_NAMES,
  isReporterName
} from "./chunk-3MH7EIEP.js";
import {
  findingLine,
  palette,
  verdictLine
} from "./chunk-SZ6W2D5R.js";
import "./chunk-A3OBTB3H.js";
import {
  baselineUse,
  hvgate_baseline_schema_default
} from "./chunk-H5VBT3D6.js";
import "./chunk-S73URZOK.js";
import "./chunk-ENGQ4AFD.js";
import "./chunk-TIK34PAL.js";
import "./chunk-FKHUETK3.js";
import {
  clean,
  inertLog
} from "./chunk-IQFO5BKM.js";
import "./chunk-ZJICGQT6.js";
import "./chunk-3V634YIC.js";
import {
  enforcementOf
} from "./chunk-D2A6HSPT.js";
import {
  ConfigurationError,
  UsageError
} from "./chunk-36VZIVIE.js";
import "./chunk-7IA6KYUI.js";
import {
  closest
} from "./chunk-U2XKFNE5.js";
import "./chunk-MESW2INQ.js";
import "./chunk-556DK7J4.js";
import "./chunk-ORKAOT74.js";

// src/reporters/compact.ts
function compactReporter(show) {
  return (report, options) => {
    const style = palette(options.color === true);
    const shown = report.findings.filter((f) => f.status !== "resolved" && !f.exception && (show === "all" || f.blocking));
    const lines = shown.map((f) => f.blocking ? `${findingLine(f, style)}  ${style.red("[blocking]")}` : findingLine(f, style));
    return inertLog([...lines, verdictLine(report, style)].join("\n") + "\n");
  };
}

// src/cli/gate-exit.ts
function terminalViews(view, fileText) {
  const file = fileText !== void 0 ? { file: fileText } : {};
  if (view === "full") return file;
  return { ...file, terminal: compactReporter(view === "quiet" ? "blocking" : "all") };
}
function refuseEmpty(run, settings, paths) {
  if (settings.allowEmpty) return;
  const problem = emptySelectionProblem(run.report, paths.map(clean), "pass --allow-empty");
  if (problem !== void 0) throw new ConfigurationError(problem);
}
function exitCodeOf(run, settings, environment) {
  if (run.exitCode === 1 && settings.softFail) {
    environment.stderr("hvgate: --soft-fail: findings block, exiting 0 as asked\n");
    return 0;
  }
  return run.exitCode;
}
function reportBaselineUse(baseline, findings, environment) {
  const { accepted, stale } = baselineUse(baseline, findings);
  environment.stderr(
    `hvgate: baseline ${clean(baseline.file)} from the ${clean(baseline.from)}: ${accepted} accepted${stale > 0 ? `, ${stale} no longer found (safe to remove)` : ""}
`
  );
}

// src/cli/options.ts
import { resolve } from "node:path";

// src/cli/policy-name.ts
function policyNamed(label, word, pack) {
  const policy = pack.find((p) => p.id === word.toUpperCase() || p.name === word.toLowerCase());
  if (policy !== void 0) return policy;
  const suggestion = closest(
    word,
    pack.flatMap((p) => [p.id, p.name])
  );
  throw new UsageError(
    `${label} "${clean(word)}": no such policy${suggestion !== void 0 ? `; did you mean ${suggestion}?` : ""} ('hvgate policies' lists them)`
  );
}

// src/cli/options.ts
var REPORT_OPTIONS = {
  format: { type: "string", short: "f", value: "<fmt>", help: "text (default), json, sarif, junit, gitlab (Code Quality) or markdown" },
  output: { type: "string", short: "o", value: "<file>", help: "Write the report to a file; a text report still goes to the terminal" },
  report: {
    type: "string",
    multiple: true,
    value: "<fmt>=<file>",
    help: "Also write a report in that format to the file; repeatable, e.g. --report sarif=hvgate.sarif --report junit=junit.xml"
  },
  quiet: { type: "boolean", short: "q", help: "The terminal shows only what blocks, and the verdict; report files stay complete" },
  compact: { type: "boolean", help: "The terminal shows one line per finding, and the verdict" },
  config: {
    type: "string",
    short: "c",
    value: "<file>",
    help: "Configuration file (default: the first .hvgate.yml from the current folder up to the repository root)"
  },
  policy: { type: "string", multiple: true, value: "<id|name>", help: "Run only this policy (repeatable; HVB000 and HVB016 always run)" },
  "skip-policy": { type: "string", multiple: true, value: "<id|name>", help: "Do not run this policy (repeatable)" },
  "fail-on": { type: "string", value: "<level>", help: "The lowest level that blocks: error (default) or warning" },
  "soft-fail": { type: "boolean", help: "Report as usual, but exit 0 when findings block (usage and input errors still exit 2)" },
  "allow-empty": { type: "boolean", help: "Pass when the paths hold no Hyper-V definitions (default: exit 2, nothing was checked)" },
  today: { type: "string", value: "<date>", help: "Evaluate exception expiry as of this date (YYYY-MM-DD; default: today, UTC)" },
  color: { type: "boolean", help: "Colours even when the output is not a terminal (as FORCE_COLOR=1)" },
  "no-color": { type: "boolean", help: "No colours (as NO_COLOR=1)" },
  "terraform-plan": {
    type: "string",
    multiple: true,
    value: "<file>",
    help: "The pipeline's own terraform show -json output; it stands in for the .tf files of its root configuration (the folder it is in, else the one it matches). Repeatable. A plan JSON found among the definitions is only checked against its .tf files, never trusted"
  }
};
function reportSettings(values, environment, pack, ...otherFiles) {
  const output = values.output;
  const config = values.config;
  const format = checkedFormat(values.format ?? "text");
  if (values.quiet === true && values.compact === true) throw new UsageError("--quiet and --compact choose different views; give one");
  return {
    format,
    ...output !== void 0 ? { output } : {},
    reports: reportFiles(values.report ?? [], environment.cwd, output, ...otherFiles),
    ...config !== void 0 ? { configPath: config } : {},
    today: checkedToday(values.today ?? environment.today),
    color: colorWanted(environment, { color: values.color === true, noColor: values["no-color"] === true }),
    view: values.quiet === true ? "quiet" : values.compact === true ? "compact" : "full",
    gate: {
      ...policySelection(values.policy ?? [], values["skip-policy"] ?? [], pack),
      failOn: checkedFailOn(values["fail-on"])
    },
    softFail: values["soft-fail"] === true,
    allowEmpty: values["allow-empty"] === true
  };
}
function colorWanted(environment, flags) {
  if (flags.color && flags.noColor) throw new UsageError("--color and --no-color contradict each other; give one");
  if (flags.noColor) return false;
  if (flags.color) return true;
  const force = environment.env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force !== "false";
  const noColor = environment.env.NO_COLOR;
  if (noColor !== void 0 && noColor !== "") return false;
  return environment.stdoutIsTTY;
}
function policySelection(only, skip, pack) {
  const resolveAll = (flag, given) => given.flatMap((list2) => list2.split(",")).map((word) => policyNamed(flag, word.trim(), pack).id);
  const onlyIds = resolveAll("--policy", only);
  const skipIds = resolveAll("--skip-policy", skip);
  for (const id of skipIds) {
    const policy = pack.find((p) => p.id === id);
    if (policy?.waivable === false) throw new UsageError(`--skip-policy ${id}: ${id} ${policy.name} guards the gate's own inputs and always runs`);
  }
  return { ...onlyIds.length > 0 ? { only: onlyIds } : {}, ...skipIds.length > 0 ? { skip: skipIds } : {} };
}
function checkedFailOn(level) {
  if (level === void 0 || level === "error" || level === "warning") return level ?? "error";
  throw new UsageError(`--fail-on must be error or warning, not "${clean(level)}"`);
}
function checkedFormat(format) {
  if (!isReporterName(format)) throw new UsageError(`--format must be one of ${REPORTER_NAMES.join(", ")}, not "${clean(format)}"`);
  return format;
}
function checkedToday(today) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`)))
    throw new UsageError(`--today must be a date YYYY-MM-DD, not "${clean(today)}"`);
  return today;
}
function reportFiles(values, cwd, ...otherFiles) {
  const taken = /* @__PURE__ */ new Map();
  for (const other of otherFiles) if (other !== void 0) taken.set(resolve(cwd, other), other);
  return values.map((value) => {
    const split = value.indexOf("=");
    const format = split < 0 ? value : value.slice(0, split);
    const path = split < 0 ? "" : value.slice(split + 1);
    const shown = clean(value);
    if (split < 0 || path.trim() === "" || format === "") {
      throw new UsageError(`--report needs <format>=<file>, e.g. --report junit=junit.xml; got "${shown}"`);
    }
    if (!isReporterName(format)) throw new UsageError(`--report "${shown}": unknown format "${clean(format)}"; formats: ${REPORTER_NAMES.join(", ")}`);
    const key = resolve(cwd, path);
    if (taken.has(key)) throw new UsageError(`--report "${shown}": ${clean(path)} would be written twice in this run; give each report its own file`);
    taken.set(key, path);
    return { format, path };
  });
}

// src/cli/check-command.ts
var checkCommand = command({
  name: "check",
  synopsis: "[options] [paths...]",
  summary: "Evaluate the Hyper-V VM definitions under the paths (default: .)",
  description: `Evaluates every Hyper-V definition under the paths (default: the current folder): hvgate/v1 YAML and
JSON, Terraform configurations, plan JSON and state. Files are recognised by content; a file named
on the command line must be a definition.`,
  options: {
    ...REPORT_OPTIONS,
    baseline: {
      type: "string",
      value: "<file>",
      help: "Accept the findings this baseline lists (by fingerprint): they are shown as present before and do not block; new ones do. A file written by --write-baseline or a JSON report"
    },
    "write-baseline": {
      type: "string",
      value: "<file>",
      help: "Write today's findings as a baseline and accept them for this run"
    }
  },
  epilogue: `A baseline never accepts HVB000 or HVB016 findings. check knows no base, so it reads the
baseline from the working tree as given: a pull request that edits it accepts its own findings. In a
pull request pipeline use hvgate plan --config-ref base --baseline FILE, which reads it from the
base commit, or take it from the target branch (git show origin/main:hvgate-baseline.json > ...).`,
  async run({ values, positionals }, environment, pack) {
    const [{ readBaseline, writeBaseline }, { runCheck }, { emitReports }] = await Promise.all([
      import("./chunk-ZDJKINLP.js"),
      import("./chunk-B5TOJZX6.js"),
      import("./chunk-OYYCALUW.js")
    ]);
    const settings = reportSettings(values, environment, pack, values["write-baseline"]);
    const write = values["write-baseline"];
    const baseline = values.baseline !== void 0 && write === void 0 ? await readBaseline(values.baseline, environment.cwd) : void 0;
    const check = (accepted = baseline) => runCheck(
      {
        paths: positionals,
        cwd: environment.cwd,
        today: settings.today,
        ...settings.configPath !== void 0 ? { configPath: settings.configPath } : {},
        terraformPlans: values["terraform-plan"] ?? [],
        gate: { ...settings.gate, ...accepted !== void 0 ? { baseline: accepted } : {} }
      },
      pack
    );
    let run = await check();
    refuseEmpty(run, settings, positionals);
    if (write !== void 0) {
      const acceptable = run.report.findings.filter((f) => pack.find((p) => p.id === f.policyId)?.waivable !== false);
      await writeBaseline(write, environment.cwd, acceptable);
      run = await check(await readBaseline(write, environment.cwd));
      environment.stderr(`hvgate: wrote ${clean(write)}
`);
    }
    await emitReports(run.report, { ...settings, cwd: environment.cwd }, environment.stdout, terminalViews(settings.view));
    if (baseline !== void 0) reportBaselineUse(baseline, run.report.findings, environment);
    return exitCodeOf(run, settings, environment);
  }
});

// src/app/policy-pages.ts
var pages;
function policyPage(id) {
  pages ??= JSON.parse('{"HVB000":"# HVB000 definition-valid\\n\\nRequire every definition to be readable, valid and unambiguous, so that the gate never passes what it could not evaluate.\\n\\n| | |\\n|---|---|\\n| Principle | — (the gate can only judge what it can read) |\\n| Default level | error |\\n| Outcome when it fires | cannot evaluate: the gate fails closed |\\n\\n## Why\\n\\nA backup gate that skips what it cannot read passes exactly the changes it should stop. Every\\nproblem that keeps the gate from judging a definition is therefore an error at the line that causes\\nit, never a silent pass:\\n\\n- a file that cannot be parsed (YAML or JSON syntax), an empty file, an unsupported `apiVersion` or\\n  `kind`, and every schema error (unknown or misspelled keys, wrong types, values outside their\\n  range — with a \\"did you mean\\" where a key or value is close to a valid one);\\n- a VM name defined twice, in one file or across files and formats (an `hvgate/v1` definition and a\\n  Terraform resource): Hyper-V names must be unique, and the gate cannot tell which definition is\\n  meant. Backup jobs and host profiles defined twice likewise;\\n- a VM that names a host profile (`spec.host`) no `HostProfile` provides: the host generation decides\\n  what a failed online criterion costs, and the gate will not guess it;\\n- a path (configuration folder, checkpoint location, disk path, differencing-disk parent) that names\\n  no host volume: a relative path, or a drive letter that only looks like one (Cyrillic `с:` instead\\n  of Latin `c:`). Policies that compare volumes (such as HVB003) cannot evaluate such a path: they say\\n  so in a note, and the VM\'s predicted outcome is shown as uncertain, never as a confident `online`;\\n- with `unknown: fail` in `.hvgate.yml`, every value another policy needs but that is unknown until\\n  apply (a Terraform `after_unknown` value, an unresolved variable) becomes an HVB000 error instead of\\n  a note.\\n\\n## Consequence\\n\\nNothing in the unreadable part is evaluated, so nothing in it can be called safe: the gate blocks the\\nchange until the definition is fixed. Other files and documents are still evaluated and reported.\\n\\n## How to fix\\n\\nCorrect the definition at the reported position; the message says what is wrong and, where it can,\\nwhat was probably meant. Rename or remove duplicate definitions, declare the missing `HostProfile` (or\\ndrop `spec.host` to use the configured default host), and write paths as absolute Windows paths\\n(`D:\\\\…`, `C:\\\\ClusterStorage\\\\…`, `\\\\\\\\server\\\\share\\\\…`).\\n\\n## Examples\\n\\n### ❌ Incorrect\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-01\\nspec:\\n  host: legacy-hv          # no HostProfile \\"legacy-hv\\" exists\\n  checkpoint:              # unknown key; did you mean \\"checkpoints\\"?\\n    location: D:\\\\Snapshots\\n  disks:\\n    - name: os\\n      path: с:\\\\VMs\\\\os.vhdx # Cyrillic \\"с\\": names no volume\\n```\\n\\n### ✅ Correct\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: HostProfile\\nmetadata:\\n  name: legacy-hv\\nspec:\\n  windowsServer: 2012 R2\\n---\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-01\\nspec:\\n  host: legacy-hv\\n  checkpoints:\\n    location: C:\\\\Snapshots\\n  disks:\\n    - name: os\\n      path: C:\\\\VMs\\\\os.vhdx\\n```\\n\\n## Exceptions\\n\\nHVB000 cannot be waived: a definition the gate cannot read must be fixed, not excused. An exception\\nnaming HVB000 is itself reported by HVB016.\\n\\n## References\\n\\n- `schema/hvgate-v1.schema.json`: the `hvgate/v1` definition format.\\n- Microsoft, \\"Backing up and restoring virtual machines\\" (VSS documentation): why the host, the\\n  volumes and the checkpoint location of a VM decide how it is backed up.\\n- `taliesins/hyperv` provider documentation: attributes and defaults of `hyperv_machine_instance`.\\n","HVB001":"# HVB001 whole-vm-backup\\n\\nRequire every VM to be backed up at the host level, so that its configuration and checkpoints are captured with its disks.\\n\\n| | |\\n|---|---|\\n| Principle | 1 — back up the VM, not just its disks |\\n| Default level | error |\\n| Outcome when it fires | `unprotected`, unless a valid exception gives the reason |\\n\\n## Why\\n\\nA virtual machine is more than the contents of its virtual hard disks: it also consists of its\\nconfiguration (processors, memory, network adapters, disk attachments, firmware settings) and its\\ncheckpoints. A host-level backup captures all of these together, so the VM can be restored as it was.\\n\\nA backup agent installed inside the guest sees only the guest\'s file systems, as it would on a\\nphysical server. Restoring from it means building a new VM by hand, attaching new disks and\\nrestoring files into it; the original configuration and every checkpoint are gone. The backup looks\\nfine when it is taken; the gap shows only on the day of the restore.\\n\\nGuest-level backup is sometimes the only option, for example for a guest operating system that the\\nhost-level backup product does not support. Then it must be a visible, justified exception, not a\\nquiet default.\\n\\n`backup.protection` says how a VM is protected:\\n\\n- `host` (the default when omitted): the host backs up the whole VM;\\n- `both`: host-level backup plus an in-guest agent (for example for disks the host cannot see,\\n  see HVB007 and HVB008) — passes;\\n- `guest`: only the in-guest agent — fires.\\n\\n## Consequence\\n\\nThis does not depend on the host generation: on every Hyper-V host a guest-only backup restores files,\\nnot the VM. The VM\'s predicted outcome is `unprotected`, which blocks a merge by default.\\n\\n## How to fix\\n\\nAdd the VM to a host-level backup job and set `backup.protection` to `host` (or `both` to keep the\\nagent for in-guest data). If host-level backup really cannot protect this VM, declare an exception\\nwhose reason says why, with an owner and an expiry date.\\n\\n## Examples\\n\\n### ❌ Incorrect\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-01\\nspec:\\n  backup:\\n    protection: guest   # only an agent inside the VM\\n```\\n\\nThe Terraform `taliesins/hyperv` provider describes the VM, not how it is backed up, so this is\\ndeclared in the `hvgate/v1` format only.\\n\\n### ✅ Correct\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-01\\nspec:\\n  disks:\\n    - { name: os, path: D:\\\\VMs\\\\app-01\\\\os.vhdx }\\n    - { name: data, passThrough: { diskNumber: 3 } }\\n  backup:\\n    protection: both          # host-level backup, plus the agent\\n    inGuestCoverage: [data]   # for a disk the host cannot capture\\n```\\n\\n## Exceptions\\n\\nGuest-only protection is acceptable only with a reason a reviewer can check:\\n\\n```yaml\\n  exceptions:\\n    - policy: HVB001\\n      reason: Vendor appliance; host-level backup of its guest OS is not supported, its agent is.\\n      owner: platform-team\\n      expires: 2026-08-29\\n```\\n\\nAn expired exception, or one without a reason or owner, waives nothing (HVB016 reports it).\\n\\n## References\\n\\n- The source article, point 1: backing up only what is inside the virtual hard disks loses the VM\'s\\n  configuration and checkpoints.\\n- Microsoft, \\"Backing up and restoring virtual machines\\" (VSS documentation): the Hyper-V VSS writer\\n  backs up VM configuration and snapshot files together with the virtual hard disks.\\n","HVB002":"# HVB002 backup-integration-service\\n\\nRequire the guest to run integration services with the Backup (volume shadow copy) service enabled.\\n\\n| | |\\n|---|---|\\n| Principle | 2 — online (VSS) backup needs all five conditions |\\n| Default level | warning |\\n| Outcome when it fires | degraded: `saved-state` or `crash-consistent`, by host generation; an unrecognized service name changes nothing (`none`) |\\n\\n## Why\\n\\nAn online backup is a conversation between the host and the guest. The host asks; inside the guest,\\nthe Hyper-V Volume Shadow Copy Requestor (`vmicvss` in Windows, `hv_vss_daemon` in Linux) quiesces\\napplications and takes the guest\'s own snapshot (or freezes its file systems) at the moment the host\\nsnapshots the virtual disks. Both ends must be there:\\n\\n- the guest must run integration services at all (`guest.integrationServicesInstalled`, default\\n  `true`: built into current Windows; in Linux the `hv_utils` module plus the `hyperv-daemons`\\n  package);\\n- the Backup integration service must be enabled for the VM (`integrationServices`, default enabled:\\n  Hyper-V enables it for new VMs, and a service that is not listed keeps that default).\\n\\nIf either is missing, nobody in the guest answers, and the host falls back.\\n\\n### Service names\\n\\nHyper-V names integration services in the host\'s language, and tools such as the Terraform\\n`taliesins/hyperv` provider pass those names through. The gate recognizes the Backup service as\\n`VSS`, `Backup (volume shadow copy)`, `Backup (volume snapshot)` and its language-independent GUID\\n`5CED1297-4598-4915-A5FC-AD21BB4D02A4` (any case, with or without braces or a `Microsoft:<VM id>\\\\`\\nprefix). Findings quote the key as it is written.\\n\\nA key the gate does not recognize (for example `Takt`, the German name of Heartbeat) gets its own\\nwarning: it may be a localized name, and the gate cannot tell whether it is the Backup service. It\\nnever concludes \\"VSS missing\\" from it. When such a key is switched off and no key the gate knows\\nsets the Backup service, it may be the Backup service switched off: the policy then cannot evaluate\\nthe VM (a note, or an HVB000 error with `unknown: fail`), and the VM\'s predicted outcome is shown as\\nuncertain rather than online. Write the Backup service as `VSS` or by its GUID to make the\\ndefinition unambiguous.\\n\\n## Consequence by host generation\\n\\n| Host | What happens at backup time |\\n|---|---|\\n| Windows Server 2012 R2 and earlier, or VM configuration version < 8 | The VM is put into a saved state (paused) for the snapshot: a service interruption on every backup. |\\n| Windows Server 2016 and later, configuration version ≥ 8 | The backup is crash-consistent only: no pause, but applications inside are not quiesced. |\\n\\n## How to fix\\n\\nEnable the service (`VSS: true`, or remove the entry: enabled is the default) and make sure the guest\\nruns integration services; in a Linux guest install and start `hv_vss_daemon` (package\\n`hyperv-daemons`, `hypervvssd` on some distributions). For a localized name, use `VSS` or the GUID.\\n\\n## Examples\\n\\n### ❌ Incorrect\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-01\\nspec:\\n  integrationServices:\\n    VSS: false\\n  guest:\\n    os: linux\\n    integrationServicesInstalled: false   # no hv_vss_daemon in the guest\\n```\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"app\\" {\\n  name = \\"app-01\\"\\n  integration_services = {\\n    VSS = false\\n  }\\n}\\n```\\n\\n### ✅ Correct\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-01\\nspec:\\n  integrationServices:\\n    VSS: true            # or leave it out: enabled is Hyper-V\'s default\\n  guest:\\n    os: linux            # hyperv-daemons installed; integration services are assumed\\n```\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"app\\" {\\n  name = \\"app-01\\"\\n  integration_services = {\\n    VSS = true\\n  }\\n}\\n```\\n\\n## Exceptions\\n\\nWaive it only where the interruption or crash consistency is accepted, for example a guest without\\nintegration services that cannot get them:\\n\\n```yaml\\n  exceptions:\\n    - policy: HVB002\\n      reason: Vendor appliance without Hyper-V integration services; crash-consistent backups accepted.\\n      owner: platform-team\\n      expires: 2026-08-29\\n```\\n\\nIn a Terraform configuration, write the waiver as a comment next to the value it waives:\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"app\\" {\\n  name = \\"app-01\\"\\n  integration_services = {\\n    # hvgate:ignore HVB002 reason=\\"Vendor appliance; crash-consistent backups accepted.\\" owner=platform-team expires=2026-08-29\\n    VSS = false\\n  }\\n}\\n```\\n\\n## References\\n\\n- Microsoft, \\"Backing up and restoring virtual machines\\" (VSS documentation): the Backup (volume\\n  snapshot) integration service must be installed and running in the child VM for the Child VM\\n  Snapshot method.\\n- Microsoft Virtualization-Documentation, `reference/integration-services.md`: the Volume Shadow Copy\\n  Requestor (`vmicvss` / `hv_vss_daemon`); when it is disabled the VM cannot be backed up while\\n  running using VSS.\\n- Microsoft Virtualization-Documentation, `user-guide/managing-integration-services.md`: service names\\n  as `Get-VMIntegrationService` shows them.\\n- Microsoft Virtualization-Documentation, `reference/HyperVBackupApproaches.md`: the 2016+ WMI and\\n  resilient change tracking backup path.\\n","HVB003":"# HVB003 checkpoint-same-volume\\n\\nRequire the checkpoint location to be on the same host volume as every virtual disk of the VM.\\n\\n| | |\\n|---|---|\\n| Principle | 2 — online (VSS) backup needs all five conditions |\\n| Default level | warning |\\n| Outcome when it fires | degraded: `saved-state` or `crash-consistent`, by host generation |\\n\\n## Why\\n\\nHyper-V backs a running VM up online (the \\"Child VM Snapshot\\" method) only when the VM\'s snapshot\\nfile location is on the same host volume as its virtual hard disks. When the checkpoint folder sits on\\nanother volume, the host cannot take the VM\'s snapshot together with its disks and falls back.\\n\\nA volume is a drive letter (`D:`), a Cluster Shared Volume (`C:\\\\ClusterStorage\\\\Volume1` is its own\\nvolume although it appears under `C:`) or an SMB share (`\\\\\\\\server\\\\share`). Case, `/` versus `\\\\` and\\ntrailing separators do not matter.\\n\\nThe checkpoint location is often not written at all, and then a default decides:\\n\\n- in the `hvgate/v1` format, Hyper-V keeps checkpoints with the VM configuration\\n  (`spec.configurationPath`, itself defaulting to `C:\\\\ProgramData\\\\Microsoft\\\\Windows\\\\Hyper-V`);\\n- the Terraform `taliesins/hyperv` provider always sets `snapshot_file_location`, to\\n  `C:\\\\ProgramData\\\\Microsoft\\\\Windows\\\\Hyper-V` when it is omitted — so every VM whose disks are not on\\n  `C:` and that omits it breaks this condition.\\n\\n## Consequence by host generation\\n\\n| Host | What happens at backup time |\\n|---|---|\\n| Windows Server 2012 R2 and earlier, or VM configuration version < 8 | The VM is put into a saved state (paused) for the snapshot: a service interruption on every backup. |\\n| Windows Server 2016 and later, configuration version ≥ 8 | The backup is crash-consistent only: no pause, but applications inside are not quiesced. |\\n\\n## How to fix\\n\\nPut the checkpoint folder on the volume that holds the disks (`spec.checkpoints.location`, or\\n`snapshot_file_location` in Terraform), or move the disks next to it. A VM whose disks are spread over\\nseveral volumes cannot meet the condition; consolidate its disks.\\n\\n## Examples\\n\\n### ❌ Incorrect\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-01\\nspec:\\n  checkpoints:\\n    location: C:\\\\Snapshots          # C: …\\n  disks:\\n    - name: os\\n      path: D:\\\\VMs\\\\app-01\\\\os.vhdx  # … but the disk is on D:\\n```\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"app\\" {\\n  name = \\"app-01\\"\\n  # snapshot_file_location omitted: the provider uses C:\\\\ProgramData\\\\Microsoft\\\\Windows\\\\Hyper-V\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 0\\n    path                = \\"D:\\\\\\\\VMs\\\\\\\\app-01\\\\\\\\os.vhdx\\"\\n  }\\n}\\n```\\n\\n### ✅ Correct\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-01\\nspec:\\n  checkpoints:\\n    location: D:\\\\Snapshots\\n  disks:\\n    - name: os\\n      path: D:\\\\VMs\\\\app-01\\\\os.vhdx\\n```\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"app\\" {\\n  name                   = \\"app-01\\"\\n  snapshot_file_location = \\"D:\\\\\\\\Snapshots\\"\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 0\\n    path                = \\"D:\\\\\\\\VMs\\\\\\\\app-01\\\\\\\\os.vhdx\\"\\n  }\\n}\\n```\\n\\n## Exceptions\\n\\nWaive it only where the interruption or crash consistency is accepted, for example a stateless VM:\\n\\n```yaml\\n  exceptions:\\n    - policy: HVB003\\n      reason: Stateless web node; crash-consistent backups are enough.\\n      owner: platform-team\\n      expires: 2026-08-29\\n```\\n\\nIn a Terraform configuration, write the waiver as a comment in the resource:\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"app\\" {\\n  name = \\"app-01\\" # hvgate:ignore HVB003 reason=\\"Stateless web node; crash-consistent backups are enough.\\" owner=platform-team expires=2026-08-29\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 0\\n    path                = \\"D:\\\\\\\\VMs\\\\\\\\app-01\\\\\\\\os.vhdx\\"\\n  }\\n}\\n```\\n\\n## References\\n\\n- Microsoft, \\"Backing up and restoring virtual machines\\" (VSS documentation): the five conditions of\\n  the Child VM Snapshot method.\\n- Microsoft Virtualization-Documentation, `reference/HyperVBackupApproaches.md`: the 2016+ WMI and\\n  resilient change tracking backup path.\\n- `taliesins/hyperv` provider schema: `snapshot_file_location` default.\\n","HVB004":"# HVB004 guest-basic-disks\\n\\nRequire every volume inside the guest to be on a basic disk, not a dynamic disk.\\n\\n| | |\\n|---|---|\\n| Principle | 2 — online (VSS) backup needs all five conditions |\\n| Default level | warning |\\n| Outcome when it fires | degraded: `saved-state` or `crash-consistent`, by host generation |\\n\\n## Why\\n\\nFor an online backup the guest takes its own VSS snapshot of its volumes at the moment the host\\nsnapshots the virtual disks. Microsoft lists, among the conditions of this \\"Child VM Snapshot\\"\\nmethod, that all volumes in the VM are on basic disks and that there are no dynamic disks. Dynamic\\ndisks (Windows\' Logical Disk Manager: spanned, striped, mirrored and RAID-5 volumes, and simple\\nvolumes on a converted disk) break the condition, and Hyper-V falls back.\\n\\nInside a VM there is rarely a reason for dynamic disks: the host already provides redundancy, and a\\nvolume that needs more room is better served by enlarging its virtual disk. Dynamic disks in guests\\nusually come from physical-to-virtual conversions or old habits.\\n\\n`guest.volumes[].diskType` declares the disk type of each volume. When it is omitted the volume is on\\na basic disk, which is what Windows creates unless a disk is converted. Every declared volume counts,\\nwhether the guest mounts it or not, because the condition concerns the guest\'s disks.\\n\\n## Consequence by host generation\\n\\n| Host | What happens at backup time |\\n|---|---|\\n| Windows Server 2012 R2 and earlier, or VM configuration version < 8 | The VM is put into a saved state (paused) for the snapshot: a service interruption on every backup. |\\n| Windows Server 2016 and later, configuration version ≥ 8 | The backup is crash-consistent only: no pause, but applications inside are not quiesced. |\\n\\n## How to fix\\n\\nMove the volume\'s data to a basic disk: add a virtual disk, initialize it as basic, copy the data, and\\nremove the dynamic one (Windows converts a dynamic disk back to basic only after all its volumes are\\ndeleted). For more space, enlarge the virtual disk and extend the volume instead of spanning it over\\nseveral disks. Then set `diskType: basic`, or remove the line.\\n\\n## Examples\\n\\n### ❌ Incorrect\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-01\\nspec:\\n  disks:\\n    - { name: data, path: D:\\\\VMs\\\\app-01\\\\data.vhdx }\\n  guest:\\n    os: windows\\n    volumes:\\n      - name: \\"E:\\"\\n        disk: data\\n        diskType: dynamic   # a spanned volume over two virtual disks\\n```\\n\\nThe Terraform `taliesins/hyperv` provider does not describe what is inside the guest; declare guest\\nvolumes in an `hvgate/v1` definition.\\n\\n### ✅ Correct\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-01\\nspec:\\n  disks:\\n    - { name: data, path: D:\\\\VMs\\\\app-01\\\\data.vhdx }\\n  guest:\\n    os: windows\\n    volumes:\\n      - name: \\"E:\\"\\n        disk: data\\n        diskType: basic\\n```\\n\\n## Exceptions\\n\\nAn exception can be narrowed to one volume with `volume:`:\\n\\n```yaml\\n  exceptions:\\n    - policy: HVB004\\n      volume: \\"E:\\"\\n      reason: Converted from a physical server; moved to a basic disk in the next maintenance window.\\n      owner: platform-team\\n      expires: 2026-08-25\\n```\\n\\n## References\\n\\n- Microsoft, \\"Backing up and restoring virtual machines\\" (VSS documentation): \\"All volumes on the child\\n  virtual machine are basic disks and there are no dynamic disks\\" is a condition of the Child VM\\n  Snapshot method.\\n- The source article, point 2: every volume in the VM must be a basic disk formatted NTFS.\\n- Microsoft Virtualization-Documentation, `reference/HyperVBackupApproaches.md`: the 2016+ WMI and\\n  resilient change tracking backup path.\\n","HVB005":"# HVB005 guest-snapshot-filesystem\\n\\nRequire every mounted guest volume to use a file system that the guest can snapshot for an online backup.\\n\\n| | |\\n|---|---|\\n| Principle | 2 — online (VSS) backup needs all five conditions |\\n| Default level | warning |\\n| Outcome when it fires | degraded: `saved-state` or `crash-consistent`, by host generation |\\n| Verified | partly — see [What is unverified](#what-is-unverified) |\\n\\n## Why\\n\\nFor an online backup the guest makes its own data consistent at the moment the host snapshots the\\nvirtual disks. Microsoft lists, among the conditions of this \\"Child VM Snapshot\\" method, that every\\ndisk in the VM uses a file system that supports snapshots, naming NTFS as the example. What the guest\\ncan snapshot depends on its operating system (`guest.os`):\\n\\n| Guest | How it makes volumes consistent | Fires for |\\n|---|---|---|\\n| `windows` | VSS inside the guest snapshots the volumes | anything but NTFS and ReFS (FAT, FAT32, exFAT …) |\\n| `linux` | `hv_vss_daemon` freezes every writable mounted file system (`FIFREEZE`), but skips VFAT mounts | the FAT family: `vfat`, `fat`, `fat12`, `fat16`, `fat32`, `msdos`, `exfat` |\\n| `freebsd` | `hv_vss_daemon` suspends UFS file systems only, and answers the host\'s pre-backup check with an error while another writable file system is mounted | anything but UFS (`ufs`, `ufs2`, `ffs`), e.g. ZFS |\\n| `other` | unknown | the FAT family only |\\n| not declared | — | the FAT family (wrong under every guest); NTFS, ReFS, Linux-only file systems (ext2/3/4, XFS, Btrfs, JFS, ReiserFS, F2FS) and UFS pass; for anything else the gate reports that it cannot evaluate the volume without the guest OS |\\n\\nFile system names are compared without regard to case. A volume whose file system is not declared\\ncannot be evaluated; the gate says so in a note instead of guessing.\\n\\nOnly volumes the guest mounts count. A Generation 2 VM has a FAT32 EFI system partition, and Windows\\ncreates a recovery partition; the guest does not mount them and keeps no live data on them, so declare\\nthem with `mounted: false`. A Linux guest usually *does* mount its EFI system partition at `/boot/efi`,\\nand then it counts: its data is crash-consistent only. Since it holds boot loader files that rarely\\nchange, an exception narrowed to that volume is a reasonable answer.\\n\\n### What is unverified\\n\\n- That volumes the guest does not mount (EFI system, recovery partitions) do not affect the online\\n  backup. Microsoft\'s condition speaks of \\"all disks\\"; the gate follows the reading of\\n  [docs/domain.md §4](../../docs/domain.md#4-policy-catalogue) that unmounted partitions do not count.\\n- Linux: the daemon\'s source skips `vfat` mounts explicitly. That `msdos`, `fat*` spellings and\\n  `exfat` behave the same is assumed: they do not support freezing either, and if the freeze attempt\\n  fails instead of being skipped, the VM\'s online backup fails, which is still a degraded outcome.\\n- Linux: whether the host treats a skipped volume as a failed online criterion for the whole VM\\n  (which the consequence below assumes, following Microsoft\'s condition) or only that volume\'s data\\n  ends up crash-consistent.\\n- FreeBSD: the rule follows the daemon\'s source (`contrib/hyperv/tools/hv_vss_daemon.c`); it has not\\n  been observed on a host.\\n\\nBecause of this, the policy stays at `warning` by default and its findings say which guest rule they\\napplied.\\n\\n## Consequence by host generation\\n\\n| Host | What happens at backup time |\\n|---|---|\\n| Windows Server 2012 R2 and earlier, or VM configuration version < 8 | The VM is put into a saved state (paused) for the snapshot: a service interruption on every backup. |\\n| Windows Server 2016 and later, configuration version ≥ 8 | The backup is crash-consistent only: no pause, but applications inside are not quiesced. |\\n\\n## How to fix\\n\\nReformat the volume with a file system the guest can snapshot (Windows: NTFS or ReFS; Linux: ext4,\\nXFS or another file system that supports freezing; FreeBSD: UFS), moving its data first. If the guest\\ndoes not mount the partition at all, declare `mounted: false`. If the OS is not declared and the gate\\ncannot tell, declare `guest.os`.\\n\\n## Examples\\n\\n### ❌ Incorrect\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-01\\nspec:\\n  guest:\\n    os: windows\\n    volumes:\\n      - name: \\"C:\\"\\n        fileSystem: NTFS\\n      - name: \\"E:\\"\\n        fileSystem: FAT32   # VSS in the guest cannot snapshot it\\n```\\n\\nThe Terraform `taliesins/hyperv` provider does not describe what is inside the guest; declare guest\\nvolumes in an `hvgate/v1` definition.\\n\\n### ✅ Correct\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-01\\nspec:\\n  guest:\\n    os: windows\\n    volumes:\\n      - name: EFI\\n        fileSystem: FAT32\\n        mounted: false       # the EFI system partition is not mounted\\n      - name: \\"C:\\"\\n        fileSystem: NTFS\\n      - name: \\"E:\\"\\n        fileSystem: ReFS\\n```\\n\\n## Exceptions\\n\\nAn exception can be narrowed to one volume with `volume:`:\\n\\n```yaml\\n  exceptions:\\n    - policy: HVB005\\n      volume: /boot/efi\\n      reason: Boot loader files only; rebuilt from the image on restore.\\n      owner: platform-team\\n      expires: 2026-08-10\\n```\\n\\n## References\\n\\n- Microsoft, \\"Backing up and restoring virtual machines\\" (VSS documentation): \\"All disks on the child\\n  virtual machine must use a file system that supports snapshots (for example, NTFS)\\".\\n- The source article, point 2: every volume in the VM must be a basic disk formatted NTFS.\\n- Linux kernel, `tools/hv/hv_vss_daemon.c`: freezes writable mounts with `FIFREEZE`, skipping\\n  read-only, loop and `vfat` mounts.\\n- FreeBSD, `contrib/hyperv/tools/hv_vss_daemon.c`: suspends only UFS; its check fails while another\\n  writable file system is mounted.\\n- Microsoft Virtualization-Documentation, `reference/HyperVBackupApproaches.md`: the 2016+ WMI and\\n  resilient change tracking backup path.\\n","HVB006":"# HVB006 vm-running\\n\\nNote every VM whose intended state is not Running, because it can only be backed up offline.\\n\\n| | |\\n|---|---|\\n| Principle | 2 — online (VSS) backup needs all five conditions |\\n| Default level | note |\\n| Outcome when it fires | `offline` |\\n\\n## Why\\n\\nAn online backup asks the guest to prepare itself: the Backup integration service inside the running\\nguest flushes applications and takes its own VSS snapshot (or, in a Linux guest, `hv_vss_daemon`\\nfreezes the file systems) while the host snapshots the virtual disks. A VM that is not running has no\\nguest to ask, so one of the five conditions of the online (\\"Child VM Snapshot\\") method is not met.\\n\\nThat is not a risk in itself. A VM that is meant to be off (`Off`), saved (`Saved`) or paused\\n(`Paused`) has nothing running that a backup could interrupt, and its disks are not changing, so the\\nbackup is consistent. It is simply not an online backup, and the VM is not serving anything while it\\nis in that state. The note makes this visible, for example when a VM that should serve was committed\\nwith `state: Off` by mistake.\\n\\nWhen the state is omitted, the VM is meant to run: `Running` is the default in the `hvgate/v1` format\\nand in the Terraform `taliesins/hyperv` provider.\\n\\nBecause the VM is not running, the other online conditions (HVB002–HVB005) cannot pause it either:\\nthe gate predicts `offline` for such a VM, not `saved-state` or `crash-consistent`.\\n\\n## Consequence\\n\\nThis does not depend on the host generation: on every Hyper-V host a VM that is not running is\\nbacked up offline, consistently and without interruption.\\n\\n## How to fix\\n\\nNothing, if the VM is meant to stay off. If it should serve, set `spec.state` (or `state` in\\nTerraform) to `Running`. Raise the level to `warning` in `.hvgate.yml` if a stopped VM should never\\npass review unnoticed.\\n\\n## Examples\\n\\n### ❌ Incorrect\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-01\\nspec:\\n  state: Off\\n```\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"app\\" {\\n  name  = \\"app-01\\"\\n  state = \\"Off\\"\\n}\\n```\\n\\n### ✅ Correct\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-01\\nspec:\\n  state: Running   # or omit it: Running is the default\\n```\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"app\\" {\\n  name  = \\"app-01\\"\\n  state = \\"Running\\"\\n}\\n```\\n\\n## Exceptions\\n\\nA note does not block a merge, so an exception is rarely useful. A VM that is deliberately kept off\\n(a cold standby, a template) can carry one to silence the note:\\n\\n```yaml\\n  exceptions:\\n    - policy: HVB006\\n      reason: Cold standby; started only for disaster-recovery tests.\\n      owner: platform-team\\n      expires: 2026-08-29\\n```\\n\\nIn a Terraform configuration, write it as a comment next to `state`:\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"app\\" {\\n  name  = \\"app-01\\"\\n  state = \\"Off\\" # hvgate:ignore HVB006 reason=\\"Cold standby; started only for disaster-recovery tests.\\" owner=platform-team expires=2026-08-29\\n}\\n```\\n\\n## References\\n\\n- Microsoft, \\"Backing up and restoring virtual machines\\" (VSS documentation): \\"The child virtual\\n  machine must be in the running state\\" for the Child VM Snapshot (online) method.\\n- `taliesins/hyperv` provider schema: `state` defaults to `Running`.\\n","HVB007":"# HVB007 passthrough-disk\\n\\nDisallow pass-through disks unless an in-guest backup is declared to cover them.\\n\\n| | |\\n|---|---|\\n| Principle | 4 — pass-through and in-guest storage is invisible to the host |\\n| Default level | error |\\n| Outcome when it fires | `incomplete`: the disk\'s data is missing from the VM\'s backup |\\n\\n## Why\\n\\nA pass-through disk is a physical disk that the host takes offline and hands to the VM whole. The\\nhost no longer mounts it and has no file on it that belongs to the VM, so the Hyper-V VSS writer\\ndoes not report it and a host-level backup simply does not contain it. Microsoft\'s VSS documentation\\nsays so directly: such disks are not visible to the host and must be backed up from inside the VM.\\nThe backup still reports success, and the gap shows only when a restore is attempted.\\n\\nThe disk is recognised by its physical disk number (`passThrough.diskNumber` in `hvgate/v1`,\\n`disk_number` other than `4294967295` in the Terraform `taliesins/hyperv` provider), not by an empty\\npath.\\n\\nA pass-through disk also prevents checkpoints of the VM, which the Windows Server 2016 and later\\nbackup path relies on.\\n\\n## Consequence\\n\\nThe same on every host generation: the VM is backed up without the pass-through disk (`incomplete`).\\nThe message names the host it assumed all the same.\\n\\n## How to fix\\n\\nEither replace the pass-through disk with a virtual disk (VHDX) on a host volume, which host-level\\nbackup captures with the rest of the VM, or back the disk up with an agent inside the guest and\\ndeclare that coverage for that disk by name in `backup.inGuestCoverage` (for Terraform, in an\\noverlay in `.hvgate.yml`). Coverage is per disk: covering one disk does not cover another.\\n\\n## Examples\\n\\n### ❌ Incorrect\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: sql-01\\nspec:\\n  disks:\\n    - name: os\\n      path: D:\\\\VMs\\\\sql-01\\\\os.vhdx\\n    - name: data\\n      passThrough: { diskNumber: 3 }   # physical disk 3, no in-guest backup declared\\n```\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"sql\\" {\\n  name = \\"sql-01\\"\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 0\\n    path                = \\"D:\\\\\\\\VMs\\\\\\\\sql-01\\\\\\\\os.vhdx\\"\\n  }\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 1\\n    disk_number         = 3 # pass-through\\n  }\\n}\\n```\\n\\n### ✅ Correct\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: sql-01\\nspec:\\n  disks:\\n    - name: os\\n      path: D:\\\\VMs\\\\sql-01\\\\os.vhdx\\n    - name: data\\n      passThrough: { diskNumber: 3 }\\n  backup:\\n    protection: both\\n    inGuestCoverage: [data]   # an agent inside the guest backs this disk up\\n```\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"sql\\" {\\n  name = \\"sql-01\\"\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 0\\n    path                = \\"D:\\\\\\\\VMs\\\\\\\\sql-01\\\\\\\\os.vhdx\\"\\n  }\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 1\\n    path                = \\"D:\\\\\\\\VMs\\\\\\\\sql-01\\\\\\\\data.vhdx\\" # a virtual disk instead of disk_number\\n  }\\n}\\n```\\n\\nA Terraform VM that keeps its pass-through disk declares the in-guest coverage in `.hvgate.yml`\\n(an unnamed Terraform disk is called by its controller slot):\\n\\n```yaml\\noverlays:\\n  - match: { name: sql-01 }\\n    backup:\\n      inGuestCoverage: [\\"scsi0:1\\"]\\n```\\n\\n## Exceptions\\n\\nWaive it for one disk only where its data truly needs no backup, for example scratch space that is\\nrebuilt on start:\\n\\n```yaml\\n  exceptions:\\n    - policy: HVB007\\n      disk: data\\n      reason: tempdb scratch disk; recreated at every SQL Server start, nothing to restore.\\n      owner: dba-team\\n      expires: 2026-08-29\\n```\\n\\nIn a Terraform configuration, write the waiver as a comment in the disk\'s block; it waives that disk only:\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"sql\\" {\\n  name = \\"sql-01\\"\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 0\\n    path                = \\"D:\\\\\\\\VMs\\\\\\\\sql-01\\\\\\\\os.vhdx\\"\\n  }\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 1\\n    # hvgate:ignore HVB007 reason=\\"tempdb scratch disk; recreated at every SQL Server start.\\" owner=dba-team expires=2026-08-29\\n    disk_number = 3\\n  }\\n}\\n```\\n\\n## References\\n\\n- Microsoft, \\"Backing up and restoring virtual machines\\" (VSS documentation): pass-through and iSCSI\\n  disks are not visible to the host and are not backed up by the Hyper-V VSS writer.\\n- Microsoft, `Add-VMHardDiskDrive -DiskNumber` (Hyper-V PowerShell reference): the disk number of\\n  the offline physical disk connected as a pass-through disk.\\n- `taliesins/hyperv` provider schema: `hard_disk_drives.disk_number`, where `4294967295` means \\"no\\n  pass-through disk\\".\\n","HVB008":"# HVB008 guest-attached-storage\\n\\nDisallow in-guest iSCSI targets and virtual Fibre Channel adapters unless an in-guest backup is declared to cover them.\\n\\n| | |\\n|---|---|\\n| Principle | 4 — pass-through and in-guest storage is invisible to the host |\\n| Default level | error |\\n| Outcome when it fires | `incomplete`: that storage\'s data is missing from the VM\'s backup |\\n\\n## Why\\n\\nSome storage reaches a VM without passing through the host\'s disks at all:\\n\\n- **in-guest iSCSI**: the guest\'s own iSCSI initiator logs on to a target over the network; the\\n  host only carries network packets;\\n- **virtual Fibre Channel**: a virtual HBA gives the guest its own SAN LUNs, zoned to the VM\'s\\n  world-wide names rather than to the host.\\n\\nIn both cases the host has no file and no volume that holds this data, so a host-level backup of\\nthe VM cannot contain it. Microsoft\'s VSS documentation states it for iSCSI disks attached in the\\nguest, and the same holds for virtual Fibre Channel LUNs. The backup of the VM still succeeds; the\\ndata behind the target or the adapter is simply not in it.\\n\\nOnly an agent inside the guest (or the storage array\'s own protection) can back this data up.\\n\\n## Consequence\\n\\nThe same on every host generation: the VM is backed up without the guest-attached storage\\n(`incomplete`). The message names the host it assumed all the same.\\n\\n## How to fix\\n\\nBack the storage up from inside the guest and declare that coverage by the target\'s or adapter\'s\\nname in `backup.inGuestCoverage`, or move the data onto a virtual disk of the VM. Each target and\\neach adapter needs its own coverage entry.\\n\\nThe Terraform `taliesins/hyperv` provider has no notion of in-guest iSCSI or virtual Fibre Channel;\\nfor Terraform VMs, declare both the storage (`guest.iscsiTargets`, `guest.fibreChannelAdapters`) and\\nits coverage in an overlay in `.hvgate.yml`.\\n\\n## Examples\\n\\n### ❌ Incorrect\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: file-01\\nspec:\\n  disks:\\n    - name: os\\n      path: D:\\\\VMs\\\\file-01\\\\os.vhdx\\n  guest:\\n    os: windows\\n    iscsiTargets:\\n      - name: shares                      # the guest logs on to this target itself\\n        portal: 10.0.0.5\\n    fibreChannelAdapters:\\n      - name: san-a                       # LUNs zoned to the VM\\n        san: prod-san\\n```\\n\\n### ✅ Correct\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: file-01\\nspec:\\n  disks:\\n    - name: os\\n      path: D:\\\\VMs\\\\file-01\\\\os.vhdx\\n  guest:\\n    os: windows\\n    iscsiTargets:\\n      - name: shares\\n        portal: 10.0.0.5\\n    fibreChannelAdapters:\\n      - name: san-a\\n        san: prod-san\\n  backup:\\n    protection: both\\n    inGuestCoverage: [shares, san-a]      # an agent inside the guest backs both up\\n```\\n\\nFor a Terraform VM, in `.hvgate.yml`:\\n\\n```yaml\\noverlays:\\n  - match: { name: file-01 }\\n    guest:\\n      iscsiTargets:\\n        - name: shares\\n    backup:\\n      inGuestCoverage: [shares]\\n```\\n\\n## Exceptions\\n\\nWaive it for one target or adapter (named in `disk`) only where the data is protected another way,\\nfor example by snapshots on the storage array:\\n\\n```yaml\\n  exceptions:\\n    - policy: HVB008\\n      disk: san-a\\n      reason: The array replicates and snapshots these LUNs hourly (runbook STOR-12).\\n      owner: storage-team\\n      expires: 2026-08-29\\n```\\n\\n## References\\n\\n- Microsoft, \\"Backing up and restoring virtual machines\\" (VSS documentation): disks the guest attaches\\n  over iSCSI are not visible to the host and must be backed up inside the VM.\\n- John Savill, *Mastering Windows Server 2016 Hyper-V*, on virtual Fibre Channel: as with iSCSI, a\\n  backup taken at the host does not include data stored on the SAN storage.\\n","HVB009":"# HVB009 job-all-or-nothing\\n\\nDisallow backup jobs that contain a VM whose snapshot is predicted to fail.\\n\\n| | |\\n|---|---|\\n| Principle | 3 — all or nothing: one failing VM fails the whole job |\\n| Default level | error |\\n| Outcome when it fires | every member of the job loses its backup (blast radius) |\\n\\n## Why\\n\\nHyper-V host backup takes the snapshots of a job\'s VMs together, and \\"partial backups are not\\nsupported. If any virtual machine fails to create a snapshot, no virtual machines will be backed up.\\"\\nA single job-breaking VM therefore costs every other VM in the same job its backup, although nothing\\nis wrong with them.\\n\\nA VM is job-breaking when another policy predicts that its snapshot fails (outcome `fails`), for\\nexample HVB012 scsi-controller-required: a VM without a SCSI controller on a Windows Server 2012 R2\\nhost. HVB009 turns that into the damage a reviewer has to weigh: one finding per failing member of\\neach job, at the line where the job takes the VM in (its entry in `spec.members`, or the selector that\\npicks it), listing every VM of the job. A VM in two jobs fails both.\\n\\nThe policy is active only when at least one `BackupJob` is declared; otherwise the report says once\\nthat the job policies are inactive.\\n\\n## Consequence\\n\\nNo VM of the job is backed up, on every host generation: the whole job fails. The finding\'s blast\\nradius lists every member; the message shows the first ten names and how many more there are.\\n\\n## How to fix\\n\\nFix what makes the VM fail its snapshot; its own finding (for example HVB012) says what. Where that\\nhas to wait, move the VM into a backup job of its own, so that it cannot take the other members down.\\n\\n## Examples\\n\\n### ❌ Incorrect\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: HostProfile\\nmetadata:\\n  name: legacy\\nspec:\\n  windowsServer: 2012 R2\\n---\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: legacy-01\\nspec:\\n  host: legacy\\n  generation: 1\\n  scsiControllers: 0     # backup of this VM fails on 2012 R2 (HVB012) …\\n---\\napiVersion: hvgate/v1\\nkind: BackupJob\\nmetadata:\\n  name: nightly\\nspec:\\n  members: [app-01, legacy-01, app-02]   # … and takes app-01 and app-02 down with it\\n```\\n\\n### ✅ Correct\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: legacy-01\\nspec:\\n  host: legacy\\n  generation: 1\\n  scsiControllers: 1\\n---\\napiVersion: hvgate/v1\\nkind: BackupJob\\nmetadata:\\n  name: nightly\\nspec:\\n  members: [app-01, legacy-01, app-02]\\n```\\n\\n## Exceptions\\n\\nA finding names the failing VM, so an exception on that VM for HVB009 waives it; the job is still\\npredicted to fail. Waiving the cause instead (for example HVB012, when the VM is backed up some other\\nway) clears the VM\'s `fails` outcome, and HVB009 then does not fire at all:\\n\\n```yaml\\n  exceptions:\\n    - policy: HVB012\\n      reason: Backed up by a separate agent job until the host upgrade in August.\\n      owner: infra-team\\n      expires: 2026-08-20\\n```\\n\\n## References\\n\\n- Microsoft, \\"Backing up and restoring virtual machines\\" (VSS documentation): \\"Partial backups are not\\n  supported. If any virtual machine fails to create a snapshot, no virtual machines will be backed up.\\"\\n- Microsoft Virtualization-Documentation, `prospective-docs/Hyper-V-Backup-2016.md`: backup of a VM\\n  without a SCSI controller fails on Windows Server 2012 R2.\\n","HVB010":"# HVB010 backup-coverage\\n\\nRequire every VM to belong to a host-level backup job.\\n\\n| | |\\n|---|---|\\n| Principle | 1 — back up the VM, not just its disks |\\n| Default level | error |\\n| Outcome when it fires | `unprotected` |\\n\\n## Why\\n\\nOnly a host-level backup captures a whole VM: its configuration, its checkpoints and its virtual\\ndisks. A VM that no backup job includes is not backed up at all, and the gap usually shows only when\\na restore is needed. New VMs are the usual case: the VM definition is added in one change, and the job\\nthat should include it lives elsewhere and is not touched.\\n\\nA VM belongs to a job when the job names it in `spec.members` (exact name, case-sensitive) or when it\\ncarries every label of the job\'s `spec.selector.matchLabels`. A VM whose protection is guest-only\\n(`backup.protection: guest`) is left to HVB001 whole-vm-backup.\\n\\nThe policy is active only when at least one `BackupJob` is declared somewhere in the evaluated\\ndefinitions. Without any, the gate cannot know which jobs exist; it then says once, in the report,\\nthat HVB009, HVB010 and HVB015 are inactive, instead of calling every VM unprotected.\\n\\n## Consequence\\n\\nThe VM is predicted `unprotected` on every host generation: there is no backup to restore from.\\n\\n## How to fix\\n\\nAdd the VM to a backup job: list its name in the job\'s `spec.members`, or give it labels that a job\'s\\nselector matches. If the VM really needs no backup (a disposable lab VM rebuilt from a template),\\ndeclare an exception that says so.\\n\\n## Examples\\n\\n### ❌ Incorrect\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-02                # in no job\\nspec:\\n  disks:\\n    - name: os\\n      path: D:\\\\VMs\\\\app-02.vhdx\\n---\\napiVersion: hvgate/v1\\nkind: BackupJob\\nmetadata:\\n  name: nightly\\nspec:\\n  members: [app-01]\\n```\\n\\n### ✅ Correct\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-02\\n  labels: { tier: web }\\nspec:\\n  disks:\\n    - name: os\\n      path: D:\\\\VMs\\\\app-02.vhdx\\n---\\napiVersion: hvgate/v1\\nkind: BackupJob\\nmetadata:\\n  name: web-nightly\\nspec:\\n  selector:\\n    matchLabels: { tier: web }\\n```\\n\\n## Exceptions\\n\\nA valid exception waives it; the VM is then not counted as unprotected:\\n\\n```yaml\\n  exceptions:\\n    - policy: HVB010\\n      reason: Disposable lab VM, rebuilt from its template every morning.\\n      owner: lab-team\\n      expires: 2026-08-25\\n```\\n\\n## References\\n\\n- Microsoft, \\"Backing up and restoring virtual machines\\" (VSS documentation): a host-level backup\\n  captures the VM\'s configuration, checkpoints and virtual hard disks together.\\n- Microsoft Virtualization-Documentation, `reference/HyperVBackupApproaches.md`: host-level backup\\n  paths on Windows Server 2012 R2 and 2016+.\\n","HVB011":"# HVB011 shared-vhdx\\n\\nDisallow shared VHDX disks unless an in-guest backup is declared to cover them; use a VHD Set on Windows Server 2016 and later.\\n\\n| | |\\n|---|---|\\n| Principle | 4 — storage the host cannot capture must be backed up from inside the guest |\\n| Default level | error |\\n| Outcome when it fires | `incomplete`: the shared disk\'s data is missing from the VM\'s backup |\\n\\n## Why\\n\\nGuest clusters (SQL Server failover cluster instances, file server clusters) share one disk between\\nseveral VMs. Since Windows Server 2012 R2 this can be a **shared VHDX**: an ordinary `.vhdx` file\\nattached to every node with persistent reservations enabled (`shared: true` in `hvgate/v1`,\\n`support_persistent_reservations = true` in the Terraform `taliesins/hyperv` provider). A shared VHDX\\nbelongs to no single VM, and host-level backup does not capture it: the backup of each node is\\nmissing the cluster\'s data. Shared VHDX also rules out checkpoints and Hyper-V Replica.\\n\\nWindows Server 2016 introduced the **VHD Set** (`.vhds`) for exactly this case: a small descriptor\\nfile plus its data, which host-level backup of guest clusters supports. Existing shared VHDX files\\nare not converted automatically. A VHD Set is recognised by its `.vhds` extension and counts as\\nshared by design.\\n\\nWindows Server 2012 R2 and earlier do not know VHD Sets at all, so a `.vhds` disk on such a host is\\na definition that cannot work; this policy reports it too, with its own message.\\n\\n## Consequence by host generation\\n\\n| Host | Disk | What happens at backup time |\\n|---|---|---|\\n| Windows Server 2012 R2 and earlier | shared VHDX | Not captured by host-level backup; only an in-guest backup can cover it. |\\n| Windows Server 2012 R2 and earlier | VHD Set (`.vhds`) | The host cannot use the disk; host-level backup does not capture it. |\\n| Windows Server 2016 and later | shared VHDX | Not captured by host-level backup; converting it to a VHD Set fixes that. |\\n| Windows Server 2016 and later | VHD Set (`.vhds`) | Captured: no finding. |\\n\\nWhen a disk\'s path or its persistent reservations are unknown until apply, the policy says it cannot\\nevaluate the disk only where persistent reservations may be on; a disk known not to share them needs\\nno path to be judged.\\n\\n## How to fix\\n\\nOn Windows Server 2016 and later, convert the shared VHDX to a VHD Set (`Convert-VHD` to a `.vhds`\\nfile, with the cluster\'s disk offline) and attach the `.vhds` to every node. On older hosts, back\\nthe disk up from inside the guest cluster and declare that coverage by disk name in\\n`backup.inGuestCoverage` (for Terraform, in an overlay in `.hvgate.yml`); or move the cluster to a\\n2016 or later host and convert.\\n\\n## Examples\\n\\n### ❌ Incorrect\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: sqlc-01\\nspec:\\n  disks:\\n    - name: os\\n      path: C:\\\\ClusterStorage\\\\Volume1\\\\sqlc-01\\\\os.vhdx\\n    - name: shared-data\\n      path: C:\\\\ClusterStorage\\\\Volume2\\\\sqlc\\\\data.vhdx\\n      shared: true                      # shared VHDX: not in the host-level backup\\n```\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"sqlc_01\\" {\\n  name = \\"sqlc-01\\"\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 0\\n    path                = \\"C:\\\\\\\\ClusterStorage\\\\\\\\Volume1\\\\\\\\sqlc-01\\\\\\\\os.vhdx\\"\\n  }\\n  hard_disk_drives {\\n    controller_number               = 0\\n    controller_location             = 1\\n    path                            = \\"C:\\\\\\\\ClusterStorage\\\\\\\\Volume2\\\\\\\\sqlc\\\\\\\\data.vhdx\\"\\n    support_persistent_reservations = true\\n  }\\n}\\n```\\n\\n### ✅ Correct\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: sqlc-01\\nspec:\\n  disks:\\n    - name: os\\n      path: C:\\\\ClusterStorage\\\\Volume1\\\\sqlc-01\\\\os.vhdx\\n    - name: shared-data\\n      path: C:\\\\ClusterStorage\\\\Volume2\\\\sqlc\\\\data.vhds   # VHD Set, on a 2016+ host\\n```\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"sqlc_01\\" {\\n  name = \\"sqlc-01\\"\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 0\\n    path                = \\"C:\\\\\\\\ClusterStorage\\\\\\\\Volume1\\\\\\\\sqlc-01\\\\\\\\os.vhdx\\"\\n  }\\n  hard_disk_drives {\\n    controller_number               = 0\\n    controller_location             = 1\\n    path                            = \\"C:\\\\\\\\ClusterStorage\\\\\\\\Volume2\\\\\\\\sqlc\\\\\\\\data.vhds\\"\\n    support_persistent_reservations = true\\n  }\\n}\\n```\\n\\nOn a 2012 R2 host the shared VHDX stays, covered from inside the guest:\\n\\n```yaml\\n  disks:\\n    - name: shared-data\\n      path: C:\\\\ClusterStorage\\\\Volume2\\\\sqlc\\\\data.vhdx\\n      shared: true\\n  backup:\\n    protection: both\\n    inGuestCoverage: [shared-data]\\n```\\n\\n## Exceptions\\n\\nWaive it for one disk only where the shared data is protected another way, for example a cluster\\nquorum disk with nothing to restore:\\n\\n```yaml\\n  exceptions:\\n    - policy: HVB011\\n      disk: quorum\\n      reason: Witness disk of the guest cluster; it holds no data and is recreated on restore.\\n      owner: dba-team\\n      expires: 2026-08-29\\n```\\n\\nIn a Terraform configuration, write the waiver as a comment in the disk\'s block; it waives that disk only:\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"sqlc_01\\" {\\n  name = \\"sqlc-01\\"\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 0\\n    path                = \\"C:\\\\\\\\ClusterStorage\\\\\\\\Volume1\\\\\\\\sqlc-01\\\\\\\\os.vhdx\\"\\n  }\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 1\\n    path                = \\"C:\\\\\\\\ClusterStorage\\\\\\\\Volume2\\\\\\\\sqlc\\\\\\\\quorum.vhdx\\"\\n    # hvgate:ignore HVB011 reason=\\"Witness disk of the guest cluster; it holds no data.\\" owner=dba-team expires=2026-08-29\\n    support_persistent_reservations = true\\n  }\\n}\\n```\\n\\n## References\\n\\n- Microsoft Virtualization-Documentation, `prospective-docs/Hyper-V-Backup-2016.md`: the VHD Set\\n  format, introduced in Windows Server 2016 for the backup of guest clusters with shared virtual disks.\\n- John Savill, *Mastering Windows Server 2016 Hyper-V*: shared VHDX has no host-level backup,\\n  checkpoints or Replica; VHD Sets enable host-level backup; existing shared VHDX are not converted.\\n- `taliesins/hyperv` provider schema: `hard_disk_drives.support_persistent_reservations` for shared disks.\\n","HVB012":"# HVB012 scsi-controller-required\\n\\nRequire at least one SCSI controller on VMs that run on a Windows Server 2012 R2 host.\\n\\n| | |\\n|---|---|\\n| Principle | 3 — all or nothing: one failing VM fails the whole backup job |\\n| Default level | error |\\n| Outcome when it fires | `fails`: the VM\'s backup fails, and with it every VM in the same job |\\n\\n## Why\\n\\nWindows Server 2012 R2 changed how Hyper-V makes a VM\'s backup consistent. Earlier hosts mounted the\\nVM\'s snapshotted virtual disks on the host and rolled them back there. From 2012 R2 on, that roll-back\\nhappens inside the VM: during the backup Hyper-V hot-adds the snapshotted disk to the running VM,\\nand hot-add works only on a SCSI controller, never on IDE. Microsoft\'s own account of the change puts\\nit plainly: if all SCSI controllers have been removed from a VM, \\"Hyper-V backup will now fail on\\nthat virtual machine\\".\\n\\nHyper-V gives every new VM a SCSI controller, even one with no disk on it, so the usual cause is a\\nscript or template that removes it from a generation 1 VM whose disks are all on IDE.\\n\\nA failed VM snapshot does not stay local: Hyper-V backup does not support partial backups, so if one\\nVM\'s snapshot fails, no VM in that backup is captured. HVB009 lists every VM of the job that loses its\\nbackup (the blast radius); the message of this policy names the jobs the VM belongs to.\\n\\n## Consequence by host generation\\n\\n| Host | What happens at backup time |\\n|---|---|\\n| Windows Server 2012 and earlier | The roll-back happens on the host; no finding. |\\n| Windows Server 2012 R2 | The VM\'s backup fails, and so does every VM in the same backup job. |\\n| Windows Server 2016 and later | Backup goes through checkpoints and resilient change tracking; no finding. |\\n\\nWhen the number of SCSI controllers is unknown until apply, the policy says it cannot evaluate the VM\\nonly where the answer depends on it: on a Windows Server 2012 R2 host, and when no disk of the VM is\\nattached to a SCSI controller (such a disk proves there is one).\\n\\n## How to fix\\n\\nAdd a SCSI controller to the VM (`Add-VMScsiController`, or `scsiControllers: 1` in `hvgate/v1`). It\\nneeds no disk attached. Fixing the VM also restores every other VM of its job.\\n\\n## Examples\\n\\n### ❌ Incorrect\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-01\\nspec:\\n  host: hv-2012r2\\n  generation: 1\\n  scsiControllers: 0              # removed: backup fails on a 2012 R2 host\\n  disks:\\n    - name: os\\n      path: D:\\\\VMs\\\\app-01\\\\os.vhdx\\n      controller: { type: IDE, number: 0, location: 0 }\\n---\\napiVersion: hvgate/v1\\nkind: HostProfile\\nmetadata:\\n  name: hv-2012r2\\nspec:\\n  windowsServer: 2012 R2\\n```\\n\\n### ✅ Correct\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-01\\nspec:\\n  host: hv-2012r2\\n  generation: 1\\n  scsiControllers: 1              # kept, even with no disk on it\\n  disks:\\n    - name: os\\n      path: D:\\\\VMs\\\\app-01\\\\os.vhdx\\n      controller: { type: IDE, number: 0, location: 0 }\\n---\\napiVersion: hvgate/v1\\nkind: HostProfile\\nmetadata:\\n  name: hv-2012r2\\nspec:\\n  windowsServer: 2012 R2\\n```\\n\\nThe Terraform `taliesins/hyperv` provider has no attribute for SCSI controllers and never removes\\nthe one Hyper-V creates, so a VM it creates always has one; this policy concerns definitions that\\nstate the controller count.\\n\\n## Exceptions\\n\\nThere is rarely a reason to waive it: the failure takes the whole job down, not only this VM. If the\\nVM is backed up in a job of its own and that job\'s failure is accepted until a planned migration:\\n\\n```yaml\\n  exceptions:\\n    - policy: HVB012\\n      reason: Alone in job legacy-app; host moves to Windows Server 2022 in the March window (CHG-4411).\\n      owner: platform-team\\n      expires: 2026-08-29\\n```\\n\\n## References\\n\\n- Microsoft Virtualization-Documentation, `prospective-docs/Hyper-V-Backup-2016.md`: the 2012 R2\\n  backup architecture, the roll-back inside the VM, and the SCSI controller it needs.\\n- Microsoft, \\"Backing up and restoring virtual machines\\" (VSS documentation): \\"Partial backups are not\\n  supported. If any virtual machine fails to create a snapshot, no virtual machines will be backed up.\\"\\n","HVB013":"# HVB013 linux-remote-storage\\n\\nRequire the virtual disks of Linux guests to be on host-local or cluster storage, not on an SMB share.\\n\\n| | |\\n|---|---|\\n| Principle | 2 — online (VSS) backup needs its conditions met |\\n| Default level | warning |\\n| Outcome when it fires | degraded: `saved-state` or `crash-consistent`, by host generation |\\n\\n## Why\\n\\nA Linux guest takes part in an online backup through the `hv_vss_daemon` of the Hyper-V integration\\nservices, which freezes the guest\'s file systems while the host takes the snapshot. Microsoft\'s\\nfeature descriptions for Linux and FreeBSD VMs on Hyper-V state a limit of this live backup: it does\\nnot succeed when the VM has virtual hard disks on remote storage such as an SMB share or an iSCSI\\nvolume. The backup then falls back the same way as for any other unmet online condition.\\n\\nThe gate recognises an SMB share by its path (`\\\\\\\\server\\\\share\\\\…`, also written `//server/share/…`).\\nDrive letters and Cluster Shared Volumes count as host storage. A drive letter that the host itself\\nmounts from an iSCSI target cannot be told apart from a local disk by its path; such volumes are not\\ndetected.\\n\\nThe guest OS comes from `guest.os`. When it is not declared and a disk is on a share, the gate does\\nnot guess: it reports once per VM that it cannot evaluate the policy.\\n\\n## Consequence by host generation\\n\\n| Host | What happens at backup time |\\n|---|---|\\n| Windows Server 2012 R2 and earlier, or VM configuration version < 8 | The VM is put into a saved state (paused) for the snapshot: a service interruption on every backup. |\\n| Windows Server 2016 and later, configuration version ≥ 8 | The backup is crash-consistent only: the guest\'s file systems are not frozen. |\\n\\nA VM that is meant to be off is backed up offline either way.\\n\\n## How to fix\\n\\nMove the Linux VM\'s virtual disks to a local volume or a Cluster Shared Volume of the host. Declare\\n`guest.os` so that the gate can tell Linux VMs from others.\\n\\n## Examples\\n\\n### ❌ Incorrect\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: web-01\\nspec:\\n  guest:\\n    os: linux\\n  disks:\\n    - name: os\\n      path: \\\\\\\\fs01\\\\vms\\\\web-01\\\\os.vhdx     # SMB share\\n```\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"web\\" {\\n  name = \\"web-01\\"\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 0\\n    path                = \\"\\\\\\\\\\\\\\\\fs01\\\\\\\\vms\\\\\\\\web-01\\\\\\\\os.vhdx\\"\\n  }\\n}\\n```\\n\\nTerraform does not say which OS the guest runs; declare it in `.hvgate.yml`:\\n\\n```yaml\\noverlays:\\n  - match: { name: web-01 }\\n    guest:\\n      os: linux\\n```\\n\\n### ✅ Correct\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: web-01\\nspec:\\n  guest:\\n    os: linux\\n  disks:\\n    - name: os\\n      path: C:\\\\ClusterStorage\\\\Volume1\\\\web-01\\\\os.vhdx\\n```\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"web\\" {\\n  name = \\"web-01\\"\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 0\\n    path                = \\"C:\\\\\\\\ClusterStorage\\\\\\\\Volume1\\\\\\\\web-01\\\\\\\\os.vhdx\\"\\n  }\\n}\\n```\\n\\n## Exceptions\\n\\nWaive it where crash-consistent backups (or the pause) are acceptable for the VM, for example a\\nstateless node:\\n\\n```yaml\\n  exceptions:\\n    - policy: HVB013\\n      disk: os\\n      reason: Stateless reverse proxy; rebuilt from its image, crash consistency is enough.\\n      owner: web-team\\n      expires: 2026-08-29\\n```\\n\\nIn a Terraform configuration, write the waiver as a comment in the disk\'s block; it waives that disk only:\\n\\n```hcl\\nresource \\"hyperv_machine_instance\\" \\"web\\" {\\n  name = \\"web-01\\"\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 0\\n    # hvgate:ignore HVB013 reason=\\"Stateless reverse proxy; crash consistency is enough.\\" owner=web-team expires=2026-08-29\\n    path = \\"\\\\\\\\\\\\\\\\fs01\\\\\\\\vms\\\\\\\\web-01\\\\\\\\os.vhdx\\"\\n  }\\n}\\n```\\n\\n```yaml\\noverlays:\\n  - match: { name: web-01 }\\n    guest:\\n      os: linux\\n```\\n\\n## References\\n\\n- Microsoft, \\"Feature Descriptions for Linux and FreeBSD virtual machines on Hyper-V\\" (Windows Server\\n  documentation): live virtual machine backup does not succeed when the VHDs are hosted on remote\\n  storage such as an SMB share or an iSCSI volume.\\n- Linux kernel, `tools/hv/hv_vss_daemon.c`: the guest side of the online backup, which freezes and\\n  thaws file systems.\\n","HVB014":"# HVB014 differencing-chain\\n\\nRequire the parent of every differencing disk to be declared and on a host volume that holds the VM\'s own files.\\n\\n| | |\\n|---|---|\\n| Principle | 1 — back up the VM, not just its disks |\\n| Default level | warning |\\n| Outcome when it fires | none by itself: a risk of an incomplete restore |\\n\\n## Why\\n\\nA differencing disk stores only the blocks that changed since its parent; without the parent it\\ncannot be read at all. Linked clones made from a shared base image (`parentPath` in `hvgate/v1`, a\\n`hyperv_vhd` with `parent_path` in the Terraform `taliesins/hyperv` provider) and the `.avhdx` files\\nthat checkpoints create are differencing disks. A backup of such a VM is only restorable if it holds\\nthe whole chain.\\n\\nThe gate treats as captured the host volumes that hold the VM\'s own files: its configuration folder,\\nits checkpoint location and its virtual disks. A parent on any other volume — typically a library\\nshare of base images — is easily left out of a backup set or a restore plan, and a restored child\\nwithout it is useless. A differencing disk whose parent is not declared at all (an `.avhdx` path with\\nno `parentPath`) cannot be checked, and is reported for the same reason.\\n\\nVolumes compare as in HVB003: drive letters, Cluster Shared Volumes (`C:\\\\ClusterStorage\\\\Volume1`)\\nand SMB shares (`\\\\\\\\server\\\\share`), regardless of case, `/` or `\\\\` and trailing separators. Only the\\nimmediate parent is checked: a definition records one parent per disk.\\n\\nA parent that is unknown until apply, or a VM file whose path is unknown while the parent is on a\\nvolume the other files do not use, is reported as \\"cannot evaluate\\", not guessed.\\n\\n## Consequence\\n\\nThe same on every host generation. The finding does not change the VM\'s predicted outcome: the\\nbackup runs and may well contain the parent. It warns of a restore that can come back incomplete.\\n\\n## How to fix\\n\\nKeep the parent on a volume that holds the VM\'s configuration, checkpoints or disks; declare the\\nparent of every differencing disk (`parentPath`); or merge the child into a standalone VHDX\\n(`Merge-VHD`, or `Convert-VHD` to a new dynamic or fixed disk) and attach that instead.\\n\\n## Examples\\n\\n### ❌ Incorrect\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: lab-01\\nspec:\\n  configurationPath: D:\\\\VMs\\n  disks:\\n    - name: os\\n      path: D:\\\\VMs\\\\lab-01\\\\os.vhdx\\n      parentPath: \\\\\\\\fs01\\\\images\\\\ws2022-base.vhdx   # only this share holds the parent\\n```\\n\\n```hcl\\nresource \\"hyperv_vhd\\" \\"lab_01_os\\" {\\n  path        = \\"D:\\\\\\\\VMs\\\\\\\\lab-01\\\\\\\\os.vhdx\\"\\n  parent_path = \\"\\\\\\\\\\\\\\\\fs01\\\\\\\\images\\\\\\\\ws2022-base.vhdx\\"\\n  vhd_type    = \\"Differencing\\"\\n}\\n\\nresource \\"hyperv_machine_instance\\" \\"lab_01\\" {\\n  name                   = \\"lab-01\\"\\n  path                   = \\"D:\\\\\\\\VMs\\"\\n  snapshot_file_location = \\"D:\\\\\\\\VMs\\"\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 0\\n    path                = hyperv_vhd.lab_01_os.path\\n  }\\n}\\n```\\n\\n### ✅ Correct\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: lab-01\\nspec:\\n  configurationPath: D:\\\\VMs\\n  disks:\\n    - name: os\\n      path: D:\\\\VMs\\\\lab-01\\\\os.vhdx\\n      parentPath: D:\\\\Base\\\\ws2022-base.vhdx          # on the volume the VM\'s files are on\\n```\\n\\n```hcl\\nresource \\"hyperv_vhd\\" \\"lab_01_os\\" {\\n  path        = \\"D:\\\\\\\\VMs\\\\\\\\lab-01\\\\\\\\os.vhdx\\"\\n  parent_path = \\"D:\\\\\\\\Base\\\\\\\\ws2022-base.vhdx\\"\\n  vhd_type    = \\"Differencing\\"\\n}\\n\\nresource \\"hyperv_machine_instance\\" \\"lab_01\\" {\\n  name                   = \\"lab-01\\"\\n  path                   = \\"D:\\\\\\\\VMs\\"\\n  snapshot_file_location = \\"D:\\\\\\\\VMs\\"\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 0\\n    path                = hyperv_vhd.lab_01_os.path\\n  }\\n}\\n```\\n\\n## Exceptions\\n\\nWaive it for one disk where the parent is protected on its own, for example a read-only image\\nlibrary with its own backup:\\n\\n```yaml\\n  exceptions:\\n    - policy: HVB014\\n      disk: os\\n      reason: Base images on \\\\\\\\fs01\\\\images are immutable and backed up by job image-library.\\n      owner: platform-team\\n      expires: 2026-08-29\\n```\\n\\nIn a Terraform configuration, write the waiver as a comment in the disk\'s block; it waives that disk only:\\n\\n```hcl\\nresource \\"hyperv_vhd\\" \\"lab_01_os\\" {\\n  path        = \\"D:\\\\\\\\VMs\\\\\\\\lab-01\\\\\\\\os.vhdx\\"\\n  parent_path = \\"\\\\\\\\\\\\\\\\fs01\\\\\\\\images\\\\\\\\ws2022-base.vhdx\\"\\n  vhd_type    = \\"Differencing\\"\\n}\\n\\nresource \\"hyperv_machine_instance\\" \\"lab_01\\" {\\n  name                   = \\"lab-01\\"\\n  path                   = \\"D:\\\\\\\\VMs\\"\\n  snapshot_file_location = \\"D:\\\\\\\\VMs\\"\\n  hard_disk_drives {\\n    controller_number   = 0\\n    controller_location = 0\\n    # hvgate:ignore HVB014 reason=\\"Base images on fs01 are immutable and backed up on their own.\\" owner=platform-team expires=2026-08-29\\n    path = hyperv_vhd.lab_01_os.path\\n  }\\n}\\n```\\n\\n## References\\n\\n- Microsoft Virtualization-Documentation, `prospective-docs/Hyper-V-Backup-2016.md`: checkpoints and\\n  backups run VMs on `.avhdx` differencing files.\\n- `taliesins/hyperv` provider: `hyperv_vhd` `parent_path` and `vhd_type = \\"Differencing\\"`; the\\n  provider tolerates `.avhdx` versus `.vhdx` path drift of checkpoint children.\\n","HVB015":"# HVB015 job-members-exist\\n\\nRequire every VM that a backup job names to be defined.\\n\\n| | |\\n|---|---|\\n| Principle | 3 — all or nothing: one failing VM fails the whole job |\\n| Default level | error |\\n| Outcome when it fires | the job fails: every member loses its backup (blast radius) |\\n\\n## Why\\n\\nA backup job that names a VM which does not exist cannot snapshot it, and Hyper-V backup is all or\\nnothing: \\"Partial backups are not supported. If any virtual machine fails to create a snapshot, no\\nvirtual machines will be backed up.\\" The usual cause is a change that deletes or renames a VM\\ndefinition and leaves the job that names it untouched; the next backup run then fails for every VM\\nin the job.\\n\\nNames are compared exactly, as Hyper-V and the job definition write them. Members chosen by a label\\nselector always exist, so only names in `spec.members` can be missing. The message suggests the\\nclosest defined VM name when there is one.\\n\\nThe policy is active only when at least one `BackupJob` is declared; otherwise the report says once\\nthat the job policies are inactive.\\n\\n## Consequence\\n\\nThe whole job is predicted to fail, on every host generation. The finding is about the job, and its\\nblast radius lists every VM that loses its backup with it.\\n\\n## How to fix\\n\\nRemove the name from the job\'s `spec.members` when the VM is gone, or correct it to the VM it means.\\nDeleting a VM and its job membership in the same change keeps the job intact.\\n\\n## Examples\\n\\n### ❌ Incorrect\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: BackupJob\\nmetadata:\\n  name: nightly\\nspec:\\n  members:\\n    - app-01\\n    - app-02        # deleted in this change\\n```\\n\\n### ✅ Correct\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: BackupJob\\nmetadata:\\n  name: nightly\\nspec:\\n  members:\\n    - app-01\\n---\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: app-01\\nspec:\\n  configurationPath: D:\\\\VMs\\n  disks:\\n    - { name: os, path: D:\\\\VMs\\\\app-01\\\\os.vhdx }\\n```\\n\\n## Exceptions\\n\\nA finding of this policy is about a job, not about a VM, so an exception (which names a VM) cannot\\nwaive it; fix the member list instead. An exception for HVB015 is reported by HVB016 as matching\\nnothing.\\n\\n## References\\n\\n- Microsoft, \\"Backing up and restoring virtual machines\\" (VSS documentation): \\"Partial backups are not\\n  supported. If any virtual machine fails to create a snapshot, no virtual machines will be backed up.\\"\\n","HVB016":"# HVB016 exception-valid\\n\\nRequire every exception to give a reason, an owner and an expiry date, to name a policy that can be waived, and to waive something.\\n\\n| | |\\n|---|---|\\n| Principle | — (governance of waivers) |\\n| Default level | error |\\n| Outcome when it fires | the exception is ignored: the findings it meant to waive count again |\\n\\n## Why\\n\\nAn exception (waiver) turns a blocking finding into an accepted risk. That is only honest when\\nsomeone can read why, knows who answers for it, and when it ends. Waivers without reasons or expiry,\\nwaivers that no longer match anything, and waivers a change grants itself are what users of other\\npolicy tools complain about most. So an exception is ignored — it waives nothing — and reported here\\nat its own position when:\\n\\n- it gives no `reason`, names no `owner`, or has no `expires` date, or the date is not a calendar\\n  date (`YYYY-MM-DD`). The `hvgate/v1` schema already requires all three; exceptions from other\\n  sources (configuration overlays) are checked here;\\n- it has expired: an exception is valid through its `expires` date and ignored from the next day;\\n- its expiry lies further ahead than `exceptions.maxDays` days (when `.hvgate.yml` sets it);\\n- it names a policy that does not exist (with a \\"did you mean\\" for a misspelled id or name), or one\\n  that cannot be waived: HVB000 and HVB016 never can, and neither can a policy whose enforcement is\\n  `hard-mandatory` in the configuration;\\n- `exceptions.fromBaseOnly` is set in `.hvgate.yml` and the exception does not exist on the base\\n  branch: a pull request cannot approve its own violation;\\n- it is valid but matches no finding: the problem was fixed, or the exception names the wrong VM,\\n  disk or policy. Left in place it would silently waive the next, different problem. An exception\\n  for a policy that did not run (switched off, or inactive because no backup job is declared) is not\\n  reported.\\n\\nEvery problem of an exception is listed in one finding, so it can be fixed in one pass. The finding\\npoints at the cause: an unknown or unwaivable policy at `policy`, an expired, malformed or too\\ndistant date at `expires`, a missing field or an exception that matches nothing at the exception\\nitself; the positions of further problems are its related locations.\\n\\n## Consequence\\n\\nThe exception waives nothing, on every host generation: the findings it was meant to waive keep their\\nlevel and, at `error`, block the change.\\n\\n## How to fix\\n\\nComplete the exception (reason, owner, an expiry date within the allowed range), correct the policy\\nid or name, renew an expired exception only if its reason still holds, remove exceptions that match\\nnothing, and add exceptions to the base branch in a change of their own when only base exceptions\\ncount.\\n\\n## Examples\\n\\n### ❌ Incorrect\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: web-01\\nspec:\\n  disks:\\n    - { name: os, path: D:\\\\VMs\\\\web-01\\\\os.vhdx }   # checkpoints default to C:, so HVB003 fires\\n  exceptions:\\n    - policy: checkpoint-same-volum    # unknown policy; did you mean \\"checkpoint-same-volume\\"?\\n      reason: Stateless web node.\\n      owner: platform-team\\n      expires: 2025-12-31              # expired\\n```\\n\\n### ✅ Correct\\n\\n```yaml\\napiVersion: hvgate/v1\\nkind: VirtualMachine\\nmetadata:\\n  name: web-01\\nspec:\\n  disks:\\n    - { name: os, path: D:\\\\VMs\\\\web-01\\\\os.vhdx }\\n  exceptions:\\n    - policy: checkpoint-same-volume\\n      reason: Stateless web node; crash-consistent backups are enough.\\n      owner: platform-team\\n      expires: 2026-08-15\\n```\\n\\n## Exceptions\\n\\nHVB016 cannot be waived: an exception that is broken must be fixed or removed, not excused by another\\nexception. An exception naming HVB016 is itself reported.\\n\\n## References\\n\\n- `schema/hvgate-v1.schema.json`: the fields of an exception (`policy`, `disk`, `volume`, `reason`,\\n  `owner`, `expires`).\\n- `schema/hvgate-config.schema.json`: the `.hvgate.yml` settings `exceptions.maxDays`,\\n  `exceptions.fromBaseOnly` and per-policy `enforcement`.\\n"}');
  return Object.hasOwn(pages, id) ? pages[id] : void 0;
}

// src/cli/explain-command.ts
var explainCommand = command({
  name: "explain",
  synopsis: "<policy>",
  summary: "Show a policy's page: why it matters, how to fix it, examples (HVB007 or passthrough-disk)",
  description: `Prints a policy's documentation: what it requires, why, what happens to the backup when it fires,
how to fix it, and examples that pass and fail. The policy is named by id (HVB007) or by name
(passthrough-disk); 'hvgate policies' lists them.`,
  options: {},
  run({ positionals }, environment, pack) {
    const [word, ...more] = positionals;
    if (word === void 0 || more.length > 0) throw new UsageError("explain takes one policy id or name, e.g. hvgate explain HVB007");
    const policy = policyNamed("explain", word, pack);
    const page = policyPage(policy.id);
    if (page === void 0) throw new Error(`${policy.id} has no docs page in this build`);
    environment.stdout(inertText(`${page.trimEnd()}

Online: ${policy.docsUrl}
`));
    return Promise.resolve(0);
  }
});

// src/cli/fix-command.ts
import { readFileSync, writeFileSync } from "node:fs";
import { resolve as resolve2 } from "node:path";
var fixCommand = command({
  name: "fix",
  synopsis: "[options] [paths...]",
  summary: "Apply the mechanical fixes to the definitions, keeping formatting and comments",
  description: `Runs the gate, then applies every fix that is mechanical and certain (the Backup integration service
turned on, checkpoints moved next to the disks, a SCSI controller added) to the files, keeping their
formatting and comments, and runs the gate again. A second run changes nothing. Files the gate cannot
read are left alone and named; so are values no fix can edit.`,
  options: {
    "dry-run": { type: "boolean", help: "Print the fixes as a unified diff and write nothing" },
    config: REPORT_OPTIONS.config,
    today: REPORT_OPTIONS.today
  },
  epilogue: "Exit codes as check: 0 nothing blocks after the fixes, 1 findings still block, 2 usage or input error.",
  async run({ values, positionals }, environment, pack) {
    const [{ runCheck }, { unifiedDiff }, { planFixes }] = await Promise.all([import("./chunk-B5TOJZX6.js"), import("./chunk-QKIQUGWX.js"), import("./chunk-QJGZBXO6.js")]);
    const check = () => runCheck(
      {
        paths: positionals,
        cwd: environment.cwd,
        today: values.today ?? environment.today,
        ...values.config !== void 0 ? { configPath: values.config } : {}
      },
      pack
    );
    const dryRun = values["dry-run"] === true;
    const before = await check();
    const read = (file) => {
      try {
        return readFileSync(resolve2(environment.cwd, file), "utf8");
      } catch {
        return void 0;
      }
    };
    const plan = planFixes(before.report.findings, read);
    const out = [];
    for (const fix of plan.files) {
      if (dryRun) out.push(unifiedDiff(fix.file, fix.before, fix.after).trimEnd());
      else writeFileSync(resolve2(environment.cwd, fix.file), fix.after);
    }
    const unreadable = [...new Set(before.report.findings.filter((f) => f.policyId === "HVB000").map((f) => f.at.file))];
    for (const file of unreadable) out.push(`left alone: ${clean(file)} (the gate cannot read it; see HVB000)`);
    for (const { file, why } of plan.leftAlone) out.push(`left alone: ${clean(file)} (${why})`);
    const count = plan.files.reduce((n, f) => n + f.fixed.length, 0);
    out.push(
      `hvgate fix: ${dryRun ? "would fix" : "fixed"} ${count} finding${count === 1 ? "" : "s"} in ${plan.files.length} file${plan.files.length === 1 ? "" : "s"}.`
    );
    environment.stdout(inertLog(`${out.join("\n")}
`));
    return dryRun || plan.files.length === 0 ? before.exitCode : (await check()).exitCode;
  }
});

// src/cli/help-command.ts
var helpCommandOver = (list2) => command({
  name: "help",
  synopsis: "[command]",
  summary: "Show the command list, or a command's options",
  description: "Shows the command list, or with a command's name that command's page (as 'hvgate <command> --help').",
  options: {},
  run({ positionals }, environment) {
    const commands = list2();
    const [topic, ...more] = positionals;
    if (more.length > 0) throw new UsageError("help takes one command name");
    if (topic === void 0) {
      environment.stdout(globalHelp(commands));
      return Promise.resolve(0);
    }
    const found = commands.find((c) => c.name === topic);
    if (found === void 0) {
      const suggestion = closest(
        topic,
        commands.map((c) => c.name)
      );
      throw new UsageError(`help: no command "${clean(topic)}"${suggestion !== void 0 ? `; did you mean "${suggestion}"?` : ""}`);
    }
    environment.stdout(commandHelp(found));
    return Promise.resolve(0);
  }
});

// src/cli/init-command.ts
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";

// schema/hvgate-config.schema.json
var hvgate_config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/hyperv-backup-gate/hyperv-backup-gate/main/schema/hvgate-config.schema.json",
  title: "hvgate configuration (.hvgate.yml)",
  type: "object",
  additionalProperties: false,
  properties: {
    include: {
      type: "array",
      items: {
        type: "string",
        minLength: 1
      },
      description: "Globs (relative to this file) of files to evaluate. Default: every YAML, JSON, .tf and .tfvars file."
    },
    exclude: {
      type: "array",
      items: {
        type: "string",
        minLength: 1
      },
      description: "Globs of files to leave out."
    },
    scope: {
      enum: ["introduced", "all"],
      description: "introduced (default): only findings a change introduces block it; all: every error blocks."
    },
    unknown: {
      enum: ["note", "fail"],
      description: "What a value unknown until apply becomes: a note (default) or an HVB000 error."
    },
    defaultEnforcement: {
      enum: ["advisory", "soft-mandatory", "hard-mandatory"],
      description: "Enforcement of policies that set none. Default soft-mandatory."
    },
    hostDefaults: {
      type: "object",
      additionalProperties: false,
      description: "Host facts assumed for VMs that name no HostProfile.",
      properties: {
        windowsServer: {
          enum: ["2008 R2", "2012", "2012 R2", "2016", "2019", "2022", "2025", 2012, 2016, 2019, 2022, 2025]
        },
        configurationVersion: {
          type: "string",
          pattern: "^\\d+\\.\\d+$"
        }
      }
    },
    policies: {
      type: "object",
      description: "Per-policy settings by id (HVB003) or name.",
      additionalProperties: {
        oneOf: [
          {
            enum: ["error", "warning", "note", "off"],
            description: "Shorthand for { level }."
          },
          {
            type: "object",
            additionalProperties: false,
            properties: {
              level: {
                enum: ["error", "warning", "note", "off"]
              },
              enforcement: {
                enum: ["advisory", "soft-mandatory", "hard-mandatory"],
                description: "advisory never blocks; soft-mandatory blocks unless overridden; hard-mandatory cannot be overridden or waived."
              },
              options: {
                type: "object"
              }
            }
          }
        ]
      }
    },
    exceptions: {
      type: "object",
      additionalProperties: false,
      properties: {
        fromBaseOnly: {
          type: "boolean",
          description: "Honour only exceptions that already exist on the base branch, unchanged (same scope and expiry), so a change cannot approve its own violation. Default true; applies to plans, which have a base."
        },
        maxDays: {
          type: "integer",
          minimum: 1,
          description: "Longest allowed lifetime of an exception, in days from today. Default 90."
        },
        entries: {
          type: "array",
          description: "Exceptions that name their VMs: one VM by name or resource address (vm), or the VMs a glob matches (vmPattern).",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["policy", "reason", "owner", "expires"],
            properties: {
              policy: {
                type: "string",
                description: "Policy id (HVB001) or name (whole-vm-backup) the exception waives."
              },
              vm: {
                type: "string",
                minLength: 1,
                description: "The VM's name or resource address, taken literally (a * in it is just a character)."
              },
              vmPattern: {
                type: "string",
                minLength: 1,
                maxLength: 256,
                description: "A glob over VM names and addresses: * is any run of characters, ? one character. Every VM it waives is listed in the reports."
              },
              disk: {
                type: "string",
                description: "Limit the exception to one disk, iSCSI target or Fibre Channel adapter, by its exact name."
              },
              volume: {
                type: "string",
                description: "Limit the exception to one guest volume, by its exact name."
              },
              reason: {
                type: "string",
                minLength: 1,
                description: "Why the policy does not apply: reviewed by people, so be specific."
              },
              owner: {
                type: "string",
                minLength: 1,
                description: "Who answers for the exception (person or team)."
              },
              expires: {
                type: "string",
                format: "date",
                description: "Last day the exception is valid (YYYY-MM-DD); at most maxDays (default 90) days from today."
              }
            },
            dependencies: {
              disk: { properties: { volume: false } },
              vm: { properties: { vmPattern: false } }
            }
          }
        }
      }
    },
    overlays: {
      type: "array",
      description: "Facts a format cannot express (Terraform: guest volumes, iSCSI, jobs, exceptions, host), added to matching VMs.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["match"],
        properties: {
          match: {
            type: "object",
            additionalProperties: false,
            minProperties: 1,
            properties: {
              name: {
                type: "string",
                minLength: 1,
                description: "VM name or glob (web-*)."
              },
              address: {
                type: "string",
                minLength: 1,
                description: "Resource address or glob (module.web.hyperv_machine_instance.this[*])."
              }
            }
          },
          host: {
            type: "string",
            description: "HostProfile name."
          },
          configurationVersion: {
            type: "string",
            pattern: "^\\d+\\.\\d+$"
          },
          labels: {
            type: "object",
            additionalProperties: {
              type: "string"
            }
          },
          guest: {
            $ref: "hvgate-v1.schema.json#/definitions/Guest"
          },
          backup: {
            $ref: "hvgate-v1.schema.json#/definitions/Backup"
          },
          exceptions: {
            type: "array",
            items: {
              $ref: "hvgate-v1.schema.json#/definitions/Exception"
            }
          }
        }
      }
    }
  }
};

// src/cli/starter-config.ts
var quoted = (value) => JSON.stringify(value);
var list = (values) => `[${values.map(quoted).join(", ")}]`;
var setting = (chosen, line) => chosen ? line : `# ${line}`;
function starterConfig(choices) {
  const host = choices.windowsServer !== void 0 || choices.configurationVersion !== void 0;
  const hostFacts = [
    choices.windowsServer !== void 0 ? `windowsServer: ${quoted(choices.windowsServer)}` : "",
    choices.configurationVersion !== void 0 ? `configurationVersion: ${quoted(choices.configurationVersion)}` : ""
  ].filter((fact) => fact !== "");
  return `# yaml-language-server: $schema=${hvgate_config_schema_default.$id}
# hvgate configuration. 'hvgate check' finds it from the current folder up to the repository root.
# In pull requests, run 'hvgate plan --config-ref base' so that the target branch's copy of this file
# governs, and a change cannot relax its own gate.

# Files to evaluate, as globs relative to this file. Default: every YAML, JSON, .tf and .tfvars file.
${setting(choices.include.length > 0, `include: ${choices.include.length > 0 ? list(choices.include) : '["**/*.yaml", "**/*.tf"]'}`)}
# Files to leave out.
${setting(choices.exclude.length > 0, `exclude: ${choices.exclude.length > 0 ? list(choices.exclude) : '["archive/**"]'}`)}

# Host facts assumed for VMs that name no HostProfile (the host generation decides how backups behave).
${setting(host, `hostDefaults: { ${host ? hostFacts.join(", ") : 'windowsServer: "2019", configurationVersion: "9.0"'} }`)}

# introduced: only findings a change introduces block it (pre-existing ones are shown); all: every error blocks.
${setting(choices.scope !== void 0, `scope: ${choices.scope ?? "introduced"}`)}
# Values unknown until apply (Terraform): note, or fail to make each one an HVB000 error.
${setting(choices.unknown !== void 0, `unknown: ${choices.unknown ?? "note"}`)}

# Per policy, by id or name ('hvgate policies' lists them, 'hvgate explain HVB003' explains one):
# level error, warning, note or off; enforcement advisory, soft-mandatory or hard-mandatory.
# policies:
#   HVB003: { level: error, enforcement: hard-mandatory }

# Exceptions need a reason, an owner and an expiry date at most 90 days away.
# exceptions:
#   entries:
#     - { policy: HVB010, vm: lab-01, reason: "Rebuilt from code, never restored", owner: lab-team, expires: 2027-01-31 }

# Facts Terraform cannot state (guest volumes, in-guest iSCSI, host, backup job labels), by VM name or address.
# overlays:
#   - match: { address: "module.sql.hyperv_machine_instance.this[*]" }
#     host: hv-legacy
#     labels: { backup: nightly }
`;
}

// src/cli/init-command.ts
var initCommand = command({
  name: "init",
  synopsis: "[options]",
  summary: "Write a commented starter .hvgate.yml (never overwrites one without --force)",
  description: `Writes a starter configuration: every setting with a comment that says what it does, the choices
the flags make filled in, the rest at their defaults. An existing file is left alone unless --force.`,
  options: {
    output: { type: "string", short: "o", value: "<file>", help: "Where to write it (default: .hvgate.yml)" },
    include: { type: "string", multiple: true, value: "<glob>", help: "Files to evaluate (repeatable; default: every YAML, JSON and Terraform file)" },
    exclude: { type: "string", multiple: true, value: "<glob>", help: "Files to leave out (repeatable)" },
    scope: { type: "string", value: "<scope>", help: "introduced (default: only what a change introduces blocks) or all" },
    "windows-server": { type: "string", value: "<version>", help: "Host generation assumed for VMs without a HostProfile: 2012 R2, 2016, 2019, 2022, 2025" },
    "configuration-version": { type: "string", value: "<x.y>", help: "VM configuration version assumed with it, e.g. 9.0" },
    unknown: { type: "string", value: "<note|fail>", help: "Values unknown until apply: a note (default) or fail (an HVB000 error)" },
    force: { type: "boolean", help: "Replace an existing file" }
  },
  epilogue: "Then run 'hvgate check' to see what the gate makes of the repository.",
  async run({ values, positionals }, environment, pack) {
    if (positionals.length > 0) throw new UsageError(`init takes no paths, got "${clean(positionals[0] ?? "")}"; use --include <glob>`);
    const file = values.output ?? ".hvgate.yml";
    const choices = {
      include: values.include ?? [],
      exclude: values.exclude ?? [],
      ...values.scope !== void 0 ? { scope: values.scope } : {},
      ...values["windows-server"] !== void 0 ? { windowsServer: values["windows-server"] } : {},
      ...values["configuration-version"] !== void 0 ? { configurationVersion: values["configuration-version"] } : {},
      ...values.unknown !== void 0 ? { unknown: values.unknown } : {}
    };
    checkChoices(choices);
    const text = starterConfig(choices);
    const { parseConfig } = await import("./chunk-IMBICQKJ.js");
    parseConfig(file, text, pack);
    await writeNew(resolve3(environment.cwd, file), text, values.force === true, file);
    environment.stderr(`hvgate: wrote ${clean(file)}
`);
    return 0;
  }
});
var WINDOWS_SERVERS = hvgate_config_schema_default.properties.hostDefaults.properties.windowsServer.enum.filter((v) => typeof v === "string");
function checkChoices(choices) {
  oneOf("--scope", choices.scope, ["introduced", "all"]);
  oneOf("--unknown", choices.unknown, ["note", "fail"]);
  oneOf("--windows-server", choices.windowsServer, WINDOWS_SERVERS);
  const version = choices.configurationVersion;
  if (version !== void 0 && !/^\d+\.\d+$/.test(version)) throw new UsageError(`--configuration-version must be like 9.0, not "${clean(version)}"`);
  for (const glob of [...choices.include, ...choices.exclude]) if (glob.trim() === "") throw new UsageError("--include and --exclude need a glob");
}
function oneOf(flag, value, allowed) {
  if (value !== void 0 && !allowed.includes(value))
    throw new UsageError(`${flag} must be ${allowed.map((a) => `"${a}"`).join(", ")}, not "${clean(value)}"`);
}
async function writeNew(path, text, force, shown) {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | (force ? constants.O_TRUNC : constants.O_EXCL);
  const handle = await open(path, flags, 420).catch((error) => {
    const code = error.code;
    if (code === "EEXIST") throw new ConfigurationError(`${clean(shown)} exists; hvgate init never replaces it unless you pass --force`);
    if (code === "ELOOP") throw new ConfigurationError(`${clean(shown)} is a symbolic link; hvgate init never writes through one`);
    throw new ConfigurationError(`${clean(shown)}: cannot be written (${code ?? String(error)})`);
  });
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

// src/cli/plan-commands.ts
var planCommand = command({
  name: "plan",
  synopsis: "--base <ref> [options] [paths...]",
  summary: "Plan a change like terraform plan: what it creates, updates and destroys, and what it does to backups",
  description: `Plans a change like terraform plan: per VM what is created, updated, replaced or destroyed, how its
predicted backup changes, and which findings the change introduces, keeps or resolves (by
fingerprint). Only findings the change introduces block (scope: introduced); pre-existing ones are
shown. Set scope: all in .hvgate.yml to block on every error.`,
  options: {
    base: {
      type: "string",
      value: "<ref>",
      help: "Base of the change: a branch, tag or commit (required). Missing from a shallow clone, it is fetched: git fetch --no-tags --depth=1 origin <ref>"
    },
    head: { type: "string", value: "<ref>", help: "Head of the change (default: the working tree)" },
    "config-ref": {
      type: "string",
      value: "<side>",
      help: "Whose .hvgate.yml governs the change: head (default) or base. With base the configuration is read from the base commit, so a pull request cannot relax its own gate"
    },
    override: {
      type: "string",
      value: "<reason>",
      help: "Override soft-mandatory policies; the reason is recorded in the report and the saved plan. Hard-mandatory policies cannot be overridden"
    },
    out: { type: "string", value: "<file>", help: "Save the plan (digests of the evaluated files, findings, verdict) for apply" },
    baseline: {
      type: "string",
      value: "<file>",
      help: "Also accept the findings this baseline lists (by fingerprint). A file inside the repository is read from the side whose configuration governs: with --config-ref base from the base commit, and what the head changes in it is listed as proposed"
    },
    ...REPORT_OPTIONS
  },
  async run({ values, positionals }, environment, pack) {
    const base = values.base;
    if (base === void 0 || base.trim() === "") throw new UsageError("plan needs --base <ref>: the branch, tag or commit the change is compared with");
    const settings = reportSettings(values, environment, pack, values.out);
    const configRef = values["config-ref"] ?? "head";
    if (configRef !== "head" && configRef !== "base") throw new UsageError(`--config-ref must be head or base, not "${clean(configRef)}"`);
    const override = values.override;
    if (override?.trim() === "") throw new UsageError('--override needs a reason, e.g. --override "approved by J. Doe in CHG-1234"');
    const [{ emitReports, writeOutput }, { runPlan }, { planTextReporter }] = await Promise.all([
      import("./chunk-OYYCALUW.js"),
      import("./chunk-U5IU6KLN.js"),
      import("./chunk-H3QEPBZB.js")
    ]);
    const run = await runPlan(
      {
        base,
        ...values.head !== void 0 ? { head: values.head } : {},
        paths: positionals,
        ...settings.configPath !== void 0 ? { configPath: settings.configPath } : {},
        configFrom: configRef,
        ...override !== void 0 ? { override: override.trim() } : {},
        ...values.baseline !== void 0 ? { baselinePath: values.baseline } : {},
        save: values.out !== void 0,
        terraformPlans: values["terraform-plan"] ?? [],
        cwd: environment.cwd,
        env: environment.env,
        today: settings.today,
        gate: settings.gate
      },
      pack
    );
    refuseEmpty(run, settings, positionals);
    await emitReports(run.report, { ...settings, cwd: environment.cwd }, environment.stdout, terminalViews(settings.view, planTextReporter));
    if (values.out !== void 0) await writeOutput(environment.cwd, values.out, JSON.stringify(run.savedPlan, null, 2) + "\n");
    if (run.baseline !== void 0) reportBaselineUse(run.baseline, run.report.findings, environment);
    return exitCodeOf(run, settings, environment);
  }
});
var applyCommand = command({
  name: "apply",
  synopsis: "--plan <file> [paths...]",
  summary: "Deploy-stage check: exit 0 only if the working tree holds exactly the definitions of a saved plan that passed",
  description: `Deploy-stage check: exits 0 only if the working tree holds exactly the definitions of a saved plan
(sha256 per file) and that plan passed. Run it in the folder plan ran in. What is about to be applied
is selected as the configuration in force selects it (its include and exclude, under the paths given,
default: the current folder), never as the plan file says; a definition the plan does not list makes
it stale.`,
  options: {
    plan: { type: "string", value: "<file>", help: "The saved plan written by plan --out (required)" },
    config: REPORT_OPTIONS.config
  },
  epilogue: "Exit 1 names the files that differ (stale plan) or the blocking findings; a file that is not a saved plan exits 2.",
  async run({ values, positionals }, environment, pack) {
    const planPath = values.plan;
    if (planPath === void 0 || planPath === "") throw new UsageError("apply needs --plan <file>: the plan saved by hvgate plan --out");
    const options = { planPath, paths: positionals, cwd: environment.cwd, ...values.config !== void 0 ? { configPath: values.config } : {} };
    const { runApply } = await import("./chunk-DWSAK7CA.js");
    return runApply(options, pack, (text) => {
      environment.stdout(inertText(text));
    });
  }
});

// src/reporters/policy-list.ts
function policyList(pack, settings) {
  return pack.map((policy) => {
    const level = settings.policies[policy.id]?.level ?? policy.defaultLevel;
    const enforcement = enforcementOf(settings, policy);
    return {
      id: policy.id,
      name: policy.name,
      principle: policy.principle ?? null,
      level,
      defaultLevel: policy.defaultLevel,
      enforcement,
      blocks: level === "error" && enforcement !== "advisory",
      requiresJobs: policy.requiresJobs === true,
      unverified: policy.unverified === true,
      description: policy.description,
      docsUrl: policy.docsUrl
    };
  });
}
function policyListText(entries) {
  const rows = entries.map((e) => [
    e.id,
    e.name,
    e.level === e.defaultLevel ? e.level : `${e.level} (default ${e.defaultLevel})`,
    e.enforcement,
    e.blocks ? "yes" : "no",
    e.description
  ]);
  const header = ["ID", "NAME", "LEVEL", "ENFORCEMENT", "BLOCKS", "DESCRIPTION"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells) => cells.map((cell, i) => i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)).join("  ");
  return [line(header), ...rows.map(line), "", "Docs: https://github.com/hyperv-backup-gate/hyperv-backup-gate/tree/main/policies", ""].join("\n");
}

// src/cli/policies-command.ts
var policiesCommand = command({
  name: "policies",
  synopsis: "[options]",
  summary: "List the policies with the level and enforcement the configuration gives them, and whether they block",
  description: `Lists the policy pack: each policy's id, name, principle, the level and enforcement the configuration
gives it, and whether its findings block. 'hvgate explain <id>' shows a policy's page.`,
  options: {
    format: { type: "string", short: "f", value: "<fmt>", help: "text (default) or json" },
    config: { type: "string", short: "c", value: "<file>", help: "Configuration file (default: the nearest .hvgate.yml up to the repository root)" }
  },
  async run({ values, positionals }, environment, pack) {
    if (positionals.length > 0) throw new UsageError(`policies takes no paths, got "${clean(positionals[0] ?? "")}"`);
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json") throw new UsageError(`--format must be text or json for policies, not "${clean(format)}"`);
    const { loadConfig } = await import("./chunk-OMAMA6GZ.js");
    const config = await loadConfig(values.config, environment.cwd, pack);
    const entries = policyList(pack, config.settings);
    environment.stdout(format === "json" ? `${JSON.stringify({ schemaVersion: 1, policies: entries }, null, 2)}
` : policyListText(entries));
    return 0;
  }
});

// schema/hvgate-plan.schema.json
var hvgate_plan_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/hyperv-backup-gate/hyperv-backup-gate/main/schema/hvgate-plan.schema.json",
  title: "hvgate saved plan",
  description: "Written by `hvgate plan --out`, checked by `hvgate apply --plan`: the gate verdict bound to a sha256 digest of every definition file it evaluated.",
  type: "object",
  additionalProperties: false,
  required: ["kind", "formatVersion", "tool", "base", "head", "configFrom", "selection", "files", "verdict", "override", "summary", "findings"],
  properties: {
    $schema: {
      type: "string"
    },
    kind: {
      const: "hvgate-plan"
    },
    formatVersion: {
      const: 1
    },
    tool: {
      type: "object",
      additionalProperties: false,
      required: ["name", "version"],
      properties: {
        name: {
          const: "hvgate"
        },
        version: {
          type: "string",
          minLength: 1
        }
      }
    },
    base: {
      type: "object",
      additionalProperties: false,
      required: ["ref", "commit"],
      properties: {
        ref: {
          type: "string",
          minLength: 1
        },
        commit: {
          type: "string",
          pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"
        }
      }
    },
    head: {
      type: "object",
      additionalProperties: false,
      required: ["ref", "commit", "workingTree"],
      properties: {
        ref: {
          type: ["string", "null"]
        },
        commit: {
          oneOf: [
            {
              type: "null"
            },
            {
              type: "string",
              pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"
            }
          ]
        },
        workingTree: {
          type: "boolean"
        }
      }
    },
    configFrom: {
      enum: ["base", "head"]
    },
    selection: {
      type: "object",
      additionalProperties: false,
      required: ["paths", "include", "exclude"],
      properties: {
        paths: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        },
        include: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        },
        exclude: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        },
        globBase: {
          type: "string",
          minLength: 1,
          description: "The folder plan ran in, as seen from the folder of the configuration whose globs selected the files (when that is a folder above it)."
        }
      }
    },
    files: {
      type: "array",
      description: "Definition files evaluated on the head side, sorted by path.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path", "sha256"],
        properties: {
          path: {
            type: "string",
            minLength: 1
          },
          sha256: {
            type: "string",
            pattern: "^[0-9a-f]{64}$"
          }
        }
      }
    },
    verdict: {
      type: "object",
      additionalProperties: false,
      required: ["passed", "blocking", "overridden", "errors", "warnings", "notes", "waived"],
      properties: {
        passed: {
          type: "boolean"
        },
        blocking: {
          type: "integer",
          minimum: 0
        },
        overridden: {
          type: "integer",
          minimum: 0
        },
        errors: {
          type: "integer",
          minimum: 0
        },
        warnings: {
          type: "integer",
          minimum: 0
        },
        notes: {
          type: "integer",
          minimum: 0
        },
        waived: {
          type: "integer",
          minimum: 0
        }
      }
    },
    override: {
      oneOf: [
        {
          type: "null"
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["reason"],
          properties: {
            reason: {
              type: "string",
              minLength: 1
            }
          }
        }
      ]
    },
    summary: {
      type: "object",
      additionalProperties: false,
      required: ["add", "change", "destroy", "replace", "unchanged", "affected"],
      properties: {
        add: {
          type: "integer",
          minimum: 0
        },
        change: {
          type: "integer",
          minimum: 0
        },
        destroy: {
          type: "integer",
          minimum: 0
        },
        replace: {
          type: "integer",
          minimum: 0
        },
        unchanged: {
          type: "integer",
          minimum: 0
        },
        affected: {
          type: "integer",
          minimum: 0
        },
        backupRelevantChange: {
          description: "Of change, the updates that are backup-relevant (absent in plans saved before it was recorded).",
          type: "integer",
          minimum: 0
        }
      }
    },
    findings: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "fingerprint",
          "policyId",
          "level",
          "status",
          "enforcement",
          "blocking",
          "overridden",
          "waived",
          "address",
          "vm",
          "subject",
          "message",
          "location"
        ],
        properties: {
          fingerprint: {
            type: "string",
            minLength: 1
          },
          policyId: {
            type: "string",
            pattern: "^[A-Z]+[0-9]+$"
          },
          level: {
            enum: ["error", "warning", "note"]
          },
          status: {
            enum: ["introduced", "unchanged", "resolved"]
          },
          enforcement: {
            enum: ["advisory", "soft-mandatory", "hard-mandatory"]
          },
          blocking: {
            type: "boolean"
          },
          overridden: {
            type: "boolean"
          },
          waived: {
            type: "boolean"
          },
          address: {
            type: "string"
          },
          vm: {
            type: ["string", "null"]
          },
          subject: {
            type: ["string", "null"]
          },
          message: {
            type: "string"
          },
          location: {
            type: "object",
            additionalProperties: false,
            required: ["file", "line", "column"],
            properties: {
              file: {
                type: "string"
              },
              line: {
                type: "integer",
                minimum: 1
              },
              column: {
                type: "integer",
                minimum: 1
              }
            }
          }
        }
      }
    }
  }
};

// schema/hvgate-v1.schema.json
var hvgate_v1_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/hyperv-backup-gate/hyperv-backup-gate/main/schema/hvgate-v1.schema.json",
  title: "hyperv-backup-gate definition (hvgate/v1)",
  description: "A Hyper-V VM, backup job or host profile, evaluated by hvgate against backup-safety policies.",
  type: "object",
  required: ["apiVersion", "kind"],
  properties: {
    apiVersion: {
      const: "hvgate/v1"
    },
    kind: {
      enum: ["VirtualMachine", "BackupJob", "HostProfile"]
    }
  },
  allOf: [
    {
      if: {
        properties: {
          kind: {
            const: "VirtualMachine"
          }
        }
      },
      then: {
        $ref: "#/definitions/VirtualMachine"
      }
    },
    {
      if: {
        properties: {
          kind: {
            const: "BackupJob"
          }
        }
      },
      then: {
        $ref: "#/definitions/BackupJob"
      }
    },
    {
      if: {
        properties: {
          kind: {
            const: "HostProfile"
          }
        }
      },
      then: {
        $ref: "#/definitions/HostProfile"
      }
    }
  ],
  definitions: {
    VirtualMachine: {
      type: "object",
      additionalProperties: false,
      properties: {
        apiVersion: {
          const: "hvgate/v1"
        },
        kind: {
          const: "VirtualMachine"
        },
        metadata: {
          type: "object",
          additionalProperties: false,
          properties: {
            name: {
              type: "string",
              minLength: 1,
              maxLength: 256,
              pattern: "^[^\\u0000-\\u001f]+$",
              description: "Name; for a VirtualMachine, its Hyper-V name."
            },
            labels: {
              type: "object",
              description: "Labels that backup job selectors match.",
              additionalProperties: {
                type: "string",
                maxLength: 256
              },
              propertyNames: {
                pattern: "^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,127}$"
              }
            }
          },
          required: ["name"]
        },
        spec: {
          type: "object",
          additionalProperties: false,
          properties: {
            host: {
              type: "string",
              description: "Name of the HostProfile the VM runs on. Default: the gate's configured default host."
            },
            generation: {
              enum: [1, 2],
              description: "VM generation. Default 2."
            },
            state: {
              enum: ["Running", "Off", "Saved", "Paused"],
              description: "Intended state. Default Running."
            },
            configurationVersion: {
              type: "string",
              description: "VM configuration version (e.g. 5.0, 8.0, 9.0). Default: the host's.",
              pattern: "^\\d+\\.\\d+$"
            },
            configurationPath: {
              type: "string",
              minLength: 1,
              maxLength: 4096,
              description: "Folder holding the VM configuration. Default: the host's default VM folder.",
              pattern: "^[^\\u0000-\\u001f]+$"
            },
            checkpoints: {
              type: "object",
              additionalProperties: false,
              properties: {
                location: {
                  type: "string",
                  minLength: 1,
                  maxLength: 4096,
                  description: "Folder for checkpoint (snapshot) files. Default: the configuration path.",
                  pattern: "^[^\\u0000-\\u001f]+$"
                },
                type: {
                  enum: ["Disabled", "Standard", "Production", "ProductionOnly"],
                  description: "Checkpoint type. Default Production."
                }
              }
            },
            integrationServices: {
              type: "object",
              description: "Integration services by name (VSS, Backup (volume shadow copy), Backup (volume snapshot)), GUID or localized name, mapped to enabled. A service not listed keeps Hyper-V's default (enabled).",
              additionalProperties: {
                type: "boolean"
              }
            },
            scsiControllers: {
              type: "integer",
              description: "Number of SCSI controllers. Default: 1 (Hyper-V creates VMs with one), or more when the disks use more.",
              minimum: 0,
              maximum: 4
            },
            disks: {
              type: "array",
              items: {
                type: "object",
                additionalProperties: false,
                properties: {
                  name: {
                    type: "string",
                    minLength: 1,
                    maxLength: 256,
                    pattern: "^[^\\u0000-\\u001f]+$",
                    description: "Name that guest volumes, coverage and exceptions refer to."
                  },
                  path: {
                    type: "string",
                    minLength: 1,
                    maxLength: 4096,
                    description: "Virtual disk file (.vhd, .vhdx, .avhdx, or .vhds for a VHD Set) as the host sees it.",
                    pattern: "^[^\\u0000-\\u001f]+$"
                  },
                  passThrough: {
                    type: "object",
                    additionalProperties: false,
                    properties: {
                      diskNumber: {
                        type: "integer",
                        description: "Number of the offline physical disk passed through to the guest.",
                        minimum: 0
                      }
                    },
                    required: ["diskNumber"],
                    description: "A physical disk attached directly to the VM: invisible to host-level backup."
                  },
                  controller: {
                    type: "object",
                    additionalProperties: false,
                    properties: {
                      type: {
                        enum: ["SCSI", "IDE"],
                        description: "Controller type."
                      },
                      number: {
                        type: "integer",
                        description: "Controller number.",
                        minimum: 0,
                        maximum: 3
                      },
                      location: {
                        type: "integer",
                        description: "Location on the controller.",
                        minimum: 0,
                        maximum: 63
                      }
                    },
                    required: ["type", "number", "location"]
                  },
                  shared: {
                    type: "boolean",
                    description: "Shared with other VMs through persistent reservations (shared VHDX, guest clusters)."
                  },
                  parentPath: {
                    type: "string",
                    minLength: 1,
                    maxLength: 4096,
                    description: "Parent of a differencing disk; the whole chain must be backed up with it.",
                    pattern: "^[^\\u0000-\\u001f]+$"
                  }
                },
                required: ["name"],
                description: "A virtual disk file or a pass-through disk."
              },
              description: "Disks attached to the VM."
            },
            guest: {
              $ref: "#/definitions/Guest"
            },
            backup: {
              $ref: "#/definitions/Backup"
            },
            exceptions: {
              type: "array",
              items: {
                $ref: "#/definitions/Exception"
              },
              description: "Waivers for policies that do not apply to this VM."
            }
          },
          description: "The VM's configuration."
        }
      },
      required: ["apiVersion", "kind", "metadata", "spec"],
      description: "A Hyper-V virtual machine."
    },
    BackupJob: {
      type: "object",
      additionalProperties: false,
      properties: {
        apiVersion: {
          const: "hvgate/v1"
        },
        kind: {
          const: "BackupJob"
        },
        metadata: {
          type: "object",
          additionalProperties: false,
          properties: {
            name: {
              type: "string",
              minLength: 1,
              maxLength: 256,
              pattern: "^[^\\u0000-\\u001f]+$",
              description: "Name; for a VirtualMachine, its Hyper-V name."
            },
            labels: {
              type: "object",
              description: "Labels that backup job selectors match.",
              additionalProperties: {
                type: "string",
                maxLength: 256
              },
              propertyNames: {
                pattern: "^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,127}$"
              }
            }
          },
          required: ["name"]
        },
        spec: {
          type: "object",
          additionalProperties: false,
          properties: {
            members: {
              type: "array",
              items: {
                type: "string",
                minLength: 1
              },
              description: "VM names in the job."
            },
            selector: {
              type: "object",
              additionalProperties: false,
              properties: {
                matchLabels: {
                  type: "object",
                  additionalProperties: {
                    type: "string"
                  },
                  description: "Every VM carrying all of these labels is a member."
                }
              },
              required: ["matchLabels"]
            }
          },
          description: "Which VMs the job backs up. One VM that fails its snapshot fails the whole job."
        }
      },
      required: ["apiVersion", "kind", "metadata", "spec"],
      description: "A host-level backup job."
    },
    HostProfile: {
      type: "object",
      additionalProperties: false,
      properties: {
        apiVersion: {
          const: "hvgate/v1"
        },
        kind: {
          const: "HostProfile"
        },
        metadata: {
          type: "object",
          additionalProperties: false,
          properties: {
            name: {
              type: "string",
              minLength: 1,
              maxLength: 256,
              pattern: "^[^\\u0000-\\u001f]+$",
              description: "Name; for a VirtualMachine, its Hyper-V name."
            },
            labels: {
              type: "object",
              description: "Labels that backup job selectors match.",
              additionalProperties: {
                type: "string",
                maxLength: 256
              },
              propertyNames: {
                pattern: "^[A-Za-z0-9][A-Za-z0-9_.\\-/]{0,127}$"
              }
            }
          },
          required: ["name"]
        },
        spec: {
          type: "object",
          additionalProperties: false,
          properties: {
            windowsServer: {
              enum: ["2008 R2", "2012", "2012 R2", "2016", "2019", "2022", "2025", 2012, 2016, 2019, 2022, 2025],
              description: "Windows Server release of the Hyper-V host; decides whether a failed online criterion pauses the VM (2012 R2 and earlier) or makes the backup crash-consistent (2016+)."
            },
            defaultConfigurationVersion: {
              type: "string",
              description: "Configuration version of VMs on this host that do not state their own.",
              pattern: "^\\d+\\.\\d+$"
            },
            language: {
              type: "string",
              description: "Host UI language (e.g. de-DE): integration service names are localized to it."
            }
          },
          required: ["windowsServer"],
          description: "Facts about a Hyper-V host that change backup consequences."
        }
      },
      required: ["apiVersion", "kind", "metadata", "spec"],
      description: "A Hyper-V host or host group."
    },
    Guest: {
      type: "object",
      additionalProperties: false,
      properties: {
        os: {
          enum: ["windows", "linux", "freebsd", "other"],
          description: "Guest operating system family."
        },
        integrationServicesInstalled: {
          type: "boolean",
          description: "Whether the guest runs Hyper-V integration services (Windows: built in; Linux: hv_utils/hyperv-daemons). Default true."
        },
        volumes: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            properties: {
              name: {
                type: "string",
                description: "Drive letter or mount point inside the guest (C:, /var/lib/pgsql).",
                minLength: 1
              },
              disk: {
                type: "string",
                description: "Name of the VM disk holding the volume."
              },
              diskType: {
                enum: ["basic", "dynamic"],
                description: "Windows disk type; VSS online backup needs basic disks."
              },
              fileSystem: {
                type: "string",
                description: "File system (NTFS, ReFS, FAT32, ext4, xfs, vfat …).",
                minLength: 1
              },
              mounted: {
                type: "boolean",
                description: "False for volumes the guest does not mount (EFI system or recovery partitions). Default true."
              }
            },
            required: ["name"]
          },
          description: "Volumes inside the guest."
        },
        iscsiTargets: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            properties: {
              name: {
                type: "string",
                description: "Name used by coverage and exceptions.",
                minLength: 1
              },
              portal: {
                type: "string",
                description: "Portal address."
              },
              iqn: {
                type: "string",
                description: "Target IQN."
              }
            },
            required: ["name"],
            description: "An iSCSI target the guest connects to itself: invisible to the host."
          },
          description: "In-guest iSCSI targets."
        },
        fibreChannelAdapters: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            properties: {
              name: {
                type: "string",
                description: "Name used by coverage and exceptions.",
                minLength: 1
              },
              san: {
                type: "string",
                description: "Virtual SAN name."
              }
            },
            required: ["name"],
            description: "A virtual Fibre Channel adapter: its LUNs are invisible to the host."
          },
          description: "Virtual Fibre Channel adapters."
        }
      }
    },
    Backup: {
      type: "object",
      additionalProperties: false,
      properties: {
        protection: {
          enum: ["host", "guest", "both"],
          description: "host: the host backs up the whole VM; guest: only an agent inside the VM; both. Default host."
        },
        inGuestCoverage: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          description: "Disks, iSCSI targets and Fibre Channel adapters (by name) that an in-guest backup covers."
        }
      }
    },
    Exception: {
      type: "object",
      additionalProperties: false,
      properties: {
        policy: {
          type: "string",
          description: "Policy id (HVB001) or name (whole-vm-backup) the exception waives."
        },
        disk: {
          type: "string",
          description: "Limit the exception to one disk, iSCSI target or Fibre Channel adapter, by its exact name."
        },
        volume: {
          type: "string",
          description: "Limit the exception to one guest volume, by its exact name."
        },
        reason: {
          type: "string",
          description: "Why the policy does not apply: reviewed by people, so be specific.",
          minLength: 1
        },
        owner: {
          type: "string",
          description: "Who answers for the exception (person or team).",
          minLength: 1
        },
        expires: {
          type: "string",
          format: "date",
          description: "Last day the exception is valid (YYYY-MM-DD); at most exceptions.maxDays (default 90) days from today."
        }
      },
      required: ["policy", "reason", "owner", "expires"],
      dependencies: {
        disk: { properties: { volume: false } }
      },
      description: "A justified, owned, expiring waiver of one policy for this VM, or for one of its disks or guest volumes (not both)."
    }
  }
};

// src/cli/schema-command.ts
var SCHEMAS = {
  "hvgate-v1": hvgate_v1_schema_default,
  "hvgate-config": hvgate_config_schema_default,
  "hvgate-plan": hvgate_plan_schema_default,
  "hvgate-baseline": hvgate_baseline_schema_default
};
var schemaCommand = command({
  name: "schema",
  synopsis: "[name]",
  summary: "Print a JSON Schema (hvgate-v1, hvgate-config, hvgate-plan, hvgate-baseline), or list them",
  description: `Without a name, lists the JSON Schemas with the URL each is published at. With a name, prints that
schema: hvgate-v1 (VM, host and backup job definitions), hvgate-config (.hvgate.yml), hvgate-plan
(saved plans, plan --out) or hvgate-baseline (--write-baseline).`,
  options: {},
  run({ positionals }, environment) {
    const [name, ...more] = positionals;
    if (more.length > 0) throw new UsageError("schema takes at most one name");
    if (name === void 0) {
      const width = Math.max(...Object.keys(SCHEMAS).map((n) => n.length));
      environment.stdout(
        Object.entries(SCHEMAS).map(([n, s]) => `${n.padEnd(width)}  ${s.$id}
`).join("")
      );
      return Promise.resolve(0);
    }
    const schema = Object.hasOwn(SCHEMAS, name) ? SCHEMAS[name] : void 0;
    if (schema === void 0) {
      const suggestion = closest(name, Object.keys(SCHEMAS));
      throw new UsageError(
        `schema: no schema "${clean(name)}"${suggestion !== void 0 ? `; did you mean ${suggestion}?` : ""} (${Object.keys(SCHEMAS).join(", ")})`
      );
    }
    environment.stdout(`${JSON.stringify(schema, null, 2)}
`);
    return Promise.resolve(0);
  }
});

// src/cli/commands.ts
var COMMANDS = [
  checkCommand,
  fixCommand,
  planCommand,
  applyCommand,
  policiesCommand,
  explainCommand,
  initCommand,
  schemaCommand,
  helpCommandOver(() => COMMANDS),
  versionCommand
];
export {
  COMMANDS
};
