/**
 * SARIF 2.1.0 reporter, shaped for GitHub code scanning: one run, full rule metadata for every policy
 * in the pack, exactly one physical location per result (GitHub rejects the whole upload for one
 * result without a location), line-independent partial fingerprints, and waived findings as
 * external suppressions.
 */
import type { GatedFinding } from '../core/gate.js';
import type { Level } from '../core/finding.js';
import type { SourceSpan } from '../core/source.js';
import type { AnyPolicy } from '../core/policy.js';
import { sarifText } from './escape/sarif.js';
import { jsonChunks, MappedList } from './json-chunks.js';
import { count, someNames, withoutPlaceholders, type GateReport, type Reporter, type ReporterOptions } from './report.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Key of the partial fingerprint; the `/v1` suffix lets the hash change later without colliding. */
export const FINGERPRINT_KEY = 'hvgateFindingHash/v1';

const SRCROOT = '%SRCROOT%';

/** GitHub keeps at most 1,000 locations per result; related locations beyond that are dropped. */
const MAX_RELATED_LOCATIONS = 1000;

/** What each backup principle (docs/domain.md §1) means, quoted in rule help as the "why". */
const PRINCIPLES: Record<1 | 2 | 3 | 4, string> = {
  1: 'Back up the VM, not just its disks: host-level backup captures configuration, checkpoints and virtual disks; a guest-agent-only backup cannot restore the VM.',
  2: 'Online (VSS) backup needs the backup integration service in a running guest, the checkpoint location on the same host volume as the virtual disks, guest volumes on basic disks and guest file systems that support snapshots. Otherwise the VM is paused (Windows Server 2012 R2 hosts) or backed up only crash-consistent (2016+).',
  3: 'All or nothing: if any VM in a backup job fails to create a snapshot, no VM in that job is backed up.',
  4: 'Pass-through disks, in-guest iSCSI and virtual Fibre Channel LUNs are invisible to the host and are not backed up by the Hyper-V VSS writer; only an in-guest backup covers them.',
};

/** The SARIF log in small pieces whose concatenation is the document: a large estate's log is longer than a string can be. */
export function sarifChunks(report: GateReport, options: ReporterOptions): Iterable<string> {
  return (function* () {
    // Down to each result: the log, its runs, the run, its results.
    yield* jsonChunks(sarifLog(report, options), 4);
    yield '\n';
  })();
}

export const sarifReporter: Reporter = (report: GateReport, options: ReporterOptions): string => [...sarifChunks(report, options)].join('');

function sarifLog(report: GateReport, options: ReporterOptions) {
  const rules = ruleList(report);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index] as const));
  const outcomeOf = new Map(report.evaluation.vms.map((r) => [r.vm.name, r.outcome] as const));
  // Resolved findings no longer exist in the code under analysis; code scanning closes them itself.
  const results = new MappedList(
    report.findings.filter((f) => f.status !== 'resolved'),
    (finding) => {
      const result = resultOf(finding, ruleIndex, outcomeOf, options.sourceRoot);
      // A plan compares against its base; `check` has no baseline to state. Resolved findings stay out
      // (they point into the base revision), so `absent` is never written.
      if (report.plan) result.baselineState = finding.status === 'unchanged' ? 'unchanged' : 'new';
      return result;
    },
  );
  const failingJobs = report.evaluation.jobs.filter((job) => job.fails);

  const notices = [...new Set(report.evaluation.notices)];
  const run = {
    tool: {
      driver: {
        name: report.tool.name,
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: report.tool.informationUri,
        rules,
      },
    },
    ...(options.category !== undefined && options.category !== ''
      ? { automationDetails: { id: options.category.endsWith('/') ? options.category : `${options.category}/` } }
      : {}),
    originalUriBaseIds: {
      [SRCROOT]: {
        ...(options.sourceRoot !== undefined ? { uri: withTrailingSlash(options.sourceRoot) } : {}),
        description: { text: 'The directory the definition files are relative to (the working directory of the run).' },
      },
    },
    invocations: [
      {
        executionSuccessful: true,
        ...(notices.length > 0 ? { toolConfigurationNotifications: notices.map((text) => ({ level: 'note', message: { text: sarifText(text) } })) } : {}),
      },
    ],
    columnKind: 'utf16CodeUnits',
    results,
    properties: {
      verdict: { ...report.verdict },
      // Each failing job's members once; the results about the job name it and count them.
      ...(failingJobs.length > 0 ? { failingJobs: failingJobs.map((job) => ({ name: job.job.name, address: job.job.address, members: job.members })) } : {}),
    },
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

interface SarifRule {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: { readonly text: string };
  readonly fullDescription: { readonly text: string };
  readonly help: { readonly text: string; readonly markdown: string };
  readonly helpUri: string;
  readonly defaultConfiguration: { readonly level: Level };
  readonly properties: { readonly tags: readonly string[]; readonly 'problem.severity': string; readonly [key: string]: unknown };
}

/** Every policy of the pack by id, plus a minimal rule for any finding whose policy is not in it. */
function ruleList(report: GateReport): SarifRule[] {
  const rules = new Map<string, SarifRule>();
  for (const policy of report.policies) if (!rules.has(policy.id)) rules.set(policy.id, ruleOf(policy));
  for (const finding of report.findings) {
    if (!rules.has(finding.policyId)) rules.set(finding.policyId, ruleOfFinding(finding));
  }
  return [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function ruleOf(policy: AnyPolicy): SarifRule {
  const why = policy.principle !== undefined ? PRINCIPLES[policy.principle] : undefined;
  const fix = withoutPlaceholders(policy.fix);
  const unverified = policy.unverified
    ? 'This rule rests on a fact that is not verified in Microsoft documentation; read its docs before relying on it.'
    : undefined;
  const full = [sentence(policy.description), why, unverified].filter(Boolean).join(' ');
  const helpText = [why ? `Why: ${why}` : undefined, `Fix: ${fix}`, unverified, `Docs: ${policy.docsUrl}`].filter(Boolean).join('\n\n');
  const helpMarkdown = [
    `**${policy.id} ${policy.name}**: ${sentence(policy.description)}`,
    why ? `**Why:** ${why}` : undefined,
    `**Fix:** ${withoutPlaceholders(policy.fix, true)}`,
    unverified ? `**Note:** ${unverified}` : undefined,
    `[Documentation](${policy.docsUrl})`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const tags = [
    'hyper-v',
    'backup',
    ...(policy.principle !== undefined ? [`principle-${policy.principle}`] : []),
    ...(policy.unverified ? ['unverified'] : []),
  ];
  return {
    id: policy.id,
    name: pascalCase(policy.name),
    shortDescription: { text: sarifText(sentence(policy.description)) },
    fullDescription: { text: sarifText(full) },
    help: { text: sarifText(helpText), markdown: helpMarkdown },
    helpUri: policy.docsUrl,
    defaultConfiguration: { level: policy.defaultLevel },
    properties: { tags, 'problem.severity': problemSeverity(policy.defaultLevel), kebabName: policy.name },
  };
}

function ruleOfFinding(finding: GatedFinding): SarifRule {
  const text = `${finding.policyId} ${finding.policyName}.`;
  return {
    id: finding.policyId,
    name: pascalCase(finding.policyName),
    shortDescription: { text },
    fullDescription: { text },
    help: { text: `Docs: ${finding.docsUrl}`, markdown: `[Documentation](${finding.docsUrl})` },
    helpUri: finding.docsUrl,
    defaultConfiguration: { level: finding.level },
    properties: { tags: ['hyper-v', 'backup'], 'problem.severity': problemSeverity(finding.level), kebabName: finding.policyName },
  };
}

/**
 * A finding as a SARIF result. Optional members are set one by one, in the order of the document,
 * rather than spread from objects made for them: a large estate has hundreds of thousands of results.
 */
function resultOf(
  finding: GatedFinding,
  ruleIndex: ReadonlyMap<string, number>,
  outcomeOf: ReadonlyMap<string, string>,
  sourceRoot: string | undefined,
): Record<string, unknown> {
  const lines = [sentence(finding.message)];
  if (finding.blastRadius && finding.blastRadius.length > 0)
    lines.push(`${count(finding.blastRadius.length, 'VM loses its backup', 'VMs lose their backup')}: ${someNames(finding.blastRadius)}.`);
  lines.push(`Fix: ${sentence(finding.fix)}`);
  const related = finding.related.slice(0, MAX_RELATED_LOCATIONS);
  const result: Record<string, unknown> = {
    ruleId: finding.policyId,
    // Every finding's policy is among the rules; -1 is SARIF's "no index".
    ruleIndex: ruleIndex.get(finding.policyId) ?? -1,
    level: finding.level,
    message: { text: sarifText(lines.join('\n')) },
    locations: [{ physicalLocation: physicalLocation(finding.at, sourceRoot) }],
  };
  if (related.length > 0) {
    result.relatedLocations = related.map((r, index) => ({
      id: index + 1,
      physicalLocation: physicalLocation(r.at, sourceRoot),
      message: { text: sarifText(sentence(r.message)) },
    }));
  }
  result.partialFingerprints = { [FINGERPRINT_KEY]: finding.fingerprint };
  if (finding.exception) {
    result.suppressions = [
      {
        kind: 'external',
        status: 'accepted',
        justification: finding.exception.reason,
        location: { physicalLocation: physicalLocation(finding.exception.at, sourceRoot) },
        properties: { owner: finding.exception.owner, expires: finding.exception.expires },
      },
    ];
  }
  result.properties = resultProperties(finding, outcomeOf);
  return result;
}

function resultProperties(finding: GatedFinding, outcomeOf: ReadonlyMap<string, string>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  if (finding.vm !== undefined) properties.vm = finding.vm;
  properties.address = finding.address;
  if (finding.subject !== undefined) properties.subject = finding.subject;
  properties.effect = finding.effect;
  const outcome = finding.vm !== undefined ? outcomeOf.get(finding.vm) : undefined;
  if (outcome !== undefined) properties.outcome = outcome;
  if (finding.host !== undefined) properties.host = finding.host;
  // The job (a job-level finding's address is the job's) and how many VMs it takes down; its members are in run.properties.failingJobs, once.
  if (finding.blastRadius) properties.blastRadius = { job: finding.address, vms: finding.blastRadius.length };
  if (finding.cannotEvaluate) properties.cannotEvaluate = true;
  properties.status = finding.status;
  properties.enforcement = finding.enforcement;
  properties.blocking = finding.blocking;
  properties.overridden = finding.overridden;
  return properties;
}

function physicalLocation(at: SourceSpan, sourceRoot: string | undefined) {
  const artifactLocation = artifactLocationOf(at.file, sourceRoot);
  const startLine = Math.max(1, at.line);
  const startColumn = Math.max(1, at.column);
  // A span that ends before it starts (a parser slip) would make the validator and GitHub reject the file.
  const endsBefore = at.endLine < startLine || (at.endLine === startLine && at.endColumn < startColumn);
  const endLine = endsBefore ? startLine : at.endLine;
  const endColumn = endsBefore ? startColumn : Math.max(1, at.endColumn);
  return { artifactLocation, region: { startLine, startColumn, endLine, endColumn } };
}

/**
 * Relative paths become URI references under `%SRCROOT%`; absolute ones too when they lie under the
 * given source root, and `file:` URIs otherwise. Each segment is percent-encoded, so spaces and
 * non-ASCII names survive as valid URIs.
 */
export function artifactLocationOf(file: string, sourceRoot?: string): { uri: string; uriBaseId?: string } {
  const path = file.replace(/\\/g, '/');
  const encode = (p: string): string => p.split('/').map(encodeURIComponent).join('/');
  let absolute: string | undefined;
  if (/^[A-Za-z]:\//.test(path)) absolute = `file:///${path.slice(0, 2)}${encode(path.slice(2))}`;
  else if (path.startsWith('//')) absolute = `file:${encode(path)}`;
  else if (path.startsWith('/')) absolute = `file://${encode(path)}`;
  if (absolute === undefined) return { uri: encode(path.replace(/^\.\//, '')), uriBaseId: SRCROOT };
  const root = sourceRoot === undefined ? undefined : withTrailingSlash(sourceRoot);
  if (root !== undefined && absolute.startsWith(root) && absolute.length > root.length) return { uri: absolute.slice(root.length), uriBaseId: SRCROOT };
  return { uri: absolute };
}

function withTrailingSlash(uri: string): string {
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** `checkpoint-same-volume` → `CheckpointSameVolume`. */
export function pascalCase(kebab: string): string {
  return kebab
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** GitHub's severity vocabulary for non-security rules. */
function problemSeverity(level: Level): string {
  return level === 'note' ? 'recommendation' : level;
}

/** Messages in SARIF should be full sentences (validator rule SARIF2001). */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
