/**
 * Realistic gate reports for reporter tests, built by running the real engine and gate over small
 * hand-built estates with a few inline policies (simplified stand-ins for the real pack).
 */
import { DEFAULT_SETTINGS, type GateSettings } from '../../src/core/settings.js';
import { evaluate } from '../../src/core/engine.js';
import { decide, type FindingStatus } from '../../src/core/gate.js';
import type { BackupJob, Estate, HostOs, HostProfile, PolicyException, VirtualDisk, VirtualMachine, VmState } from '../../src/core/model.js';
import { definePolicy, type AnyPolicy } from '../../src/core/policy.js';
import { byDefault, isKnown, set, unknown, type SourceSpan, type Value } from '../../src/core/source.js';
import { subject } from '../../src/core/subjects.js';
import { volumeOf } from '../../src/core/volume.js';
import type { PlanReport } from '../../src/core/plan.js';
import type { GateReport } from '../../src/reporters/report.js';

export const TODAY = '2025-06-01';

export const TOOL = { name: 'hvgate', version: '0.1.0', informationUri: 'https://github.com/hyperv-backup-gate/hyperv-backup-gate' };

export function span(file: string, line: number, column = 3, length = 10): SourceSpan {
  return { file, line, column, endLine: line, endColumn: column + length };
}

// ---------------------------------------------------------------------------------------------
// Inline policies
// ---------------------------------------------------------------------------------------------

const definitionValid = definePolicy({
  id: 'HVB000',
  name: 'definition-valid',
  description: 'Require every definition file to be readable and valid.',
  defaultLevel: 'error',
  effect: 'none',
  waivable: false,
  ownsUnknowns: true,
  fix: 'Correct the definition at the reported position.',
  messages: { invalid: '{{message}}' },
  defaultOptions: {},
  checkEstate(context) {
    for (const d of context.estate.diagnostics) {
      context.report({ messageId: 'invalid', data: { message: d.message }, at: d.at, subject: d.code });
    }
  },
});

const checkpointSameVolume = definePolicy({
  id: 'HVB003',
  name: 'checkpoint-same-volume',
  principle: 2,
  description: "Require the checkpoint location to be on the same host volume as the VM's virtual disks.",
  defaultLevel: 'warning',
  effect: 'degraded',
  fix: 'Set the checkpoint location of {{vm}} to a folder on {{diskVolume}}, next to its virtual disks.',
  messages: {
    differentVolume: 'VM "{{vm}}" keeps checkpoints on {{checkpointVolume}}{{origin}}, but disk "{{disk}}" is on {{diskVolume}}. {{consequence}}',
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    if (!vm.checkpointLocation.known) {
      cannotEvaluate(vm.checkpointLocation, 'the checkpoint location');
      return;
    }
    const checkpoint = volumeOf(vm.checkpointLocation.value);
    if (!checkpoint.ok) return;
    for (const disk of vm.disks) {
      if (disk.kind !== 'virtual' || !isKnown(disk.path)) continue;
      const volume = volumeOf(disk.path.value);
      if (volume.ok && volume.volume.key !== checkpoint.volume.key) {
        report({
          messageId: 'differentVolume',
          at: vm.checkpointLocation.at,
          subject: subject.disk(disk.name),
          data: {
            checkpointVolume: checkpoint.volume.display,
            origin: vm.checkpointLocation.origin === 'default' ? ` (not set: ${vm.checkpointLocation.note})` : '',
            disk: disk.name,
            diskVolume: volume.volume.display,
          },
          related: [{ at: disk.at, message: `disk "${disk.name}" is on ${volume.volume.display}` }],
        });
        return;
      }
    }
  },
});

const guestSnapshotFilesystem = definePolicy({
  id: 'HVB005',
  name: 'guest-snapshot-filesystem',
  principle: 2,
  unverified: true,
  description: 'Require mounted guest volumes to use a file system that can be snapshotted.',
  defaultLevel: 'warning',
  effect: 'degraded',
  fix: 'Format volume {{volume}} of {{vm}} with NTFS or ReFS.',
  messages: { notSnapshottable: 'Volume {{volume}} of VM "{{vm}}" uses {{fs}}, which cannot be snapshotted. {{consequence}}' },
  defaultOptions: {},
  checkVm({ vm, report }) {
    for (const volume of vm.guest.volumes) {
      if (!volume.mounted || !isKnown(volume.fileSystem)) continue;
      if (!['ntfs', 'refs'].includes(volume.fileSystem.value.toLowerCase())) {
        report({
          messageId: 'notSnapshottable',
          at: volume.fileSystem.at,
          subject: subject.volume(volume.name),
          data: { volume: volume.name, fs: volume.fileSystem.value },
        });
      }
    }
  },
});

const vmRunning = definePolicy({
  id: 'HVB006',
  name: 'vm-running',
  principle: 2,
  description: 'Flag VMs whose intended state is not Running; they are backed up offline.',
  defaultLevel: 'note',
  effect: 'offline',
  fix: 'Nothing to do if {{vm}} is meant to be off; set its state to Running otherwise.',
  messages: { notRunning: 'VM "{{vm}}" is meant to be {{state}}, so it is backed up offline.' },
  defaultOptions: {},
  checkVm({ vm, report }) {
    if (vm.state.known && vm.state.value !== 'Running') report({ messageId: 'notRunning', at: vm.state.at, data: { state: vm.state.value } });
  },
});

const passthroughDisk = definePolicy({
  id: 'HVB007',
  name: 'passthrough-disk',
  principle: 4,
  description: 'Disallow pass-through disks unless an in-guest backup covers them.',
  defaultLevel: 'error',
  effect: 'incomplete',
  fix: 'Replace pass-through disk {{disk}} of {{vm}} with a VHDX, or declare in-guest backup coverage for it.',
  messages: {
    passthrough: 'VM "{{vm}}" has pass-through disk "{{disk}}" (physical disk {{number}}); the host backup does not capture it.',
  },
  defaultOptions: {},
  checkVm({ vm, report }) {
    for (const disk of vm.disks) {
      if (disk.kind !== 'passthrough' || vm.guestCoverage.some((c) => c.name === disk.name)) continue;
      const number = isKnown(disk.diskNumber) ? disk.diskNumber.value : '?';
      report({ messageId: 'passthrough', at: disk.diskNumber?.at ?? disk.at, subject: subject.disk(disk.name), data: { disk: disk.name, number } });
    }
  },
});

const jobAllOrNothing = definePolicy({
  id: 'HVB009',
  name: 'job-all-or-nothing',
  principle: 3,
  description: 'Disallow backup jobs that contain a VM whose snapshot is predicted to fail.',
  defaultLevel: 'error',
  effect: 'none',
  requiresJobs: true,
  fix: 'Fix the failing VM(s) {{failing}}, or move them to a job of their own.',
  messages: {
    jobFails: 'Backup job "{{job}}" fails as a whole because {{failing}} cannot be snapshotted; all {{count}} members lose their backup.',
  },
  defaultOptions: {},
  checkEstate({ jobs, vms, report }) {
    const at = new Map(vms.map((r) => [r.vm.name, r.vm.nameAt] as const));
    for (const result of jobs) {
      if (result.failing.length === 0) continue;
      report({
        messageId: 'jobFails',
        at: result.job.nameAt,
        address: result.job.address,
        subject: subject.job(result.job.name),
        blastRadius: result.members,
        data: { job: result.job.name, failing: result.failing.join(', '), count: result.members.length },
        related: result.failing.map((name) => ({ at: at.get(name)!, message: `${name} is predicted to fail` })),
      });
    }
  },
});

const backupCoverage = definePolicy({
  id: 'HVB010',
  name: 'backup-coverage',
  principle: 1,
  description: 'Require every VM to belong to a host-level backup job.',
  defaultLevel: 'error',
  effect: 'unprotected',
  requiresJobs: true,
  fix: 'Add {{vm}} to a backup job, or declare an exception with a reason, owner and expiry.',
  messages: { notCovered: 'VM "{{vm}}" belongs to no backup job, so nothing backs it up.' },
  defaultOptions: {},
  checkVm({ vm, jobs, report }) {
    if (jobs.length === 0) report({ messageId: 'notCovered', at: vm.nameAt });
  },
});

const scsiControllerRequired = definePolicy({
  id: 'HVB012',
  name: 'scsi-controller-required',
  principle: 3,
  description: 'Require a SCSI controller on VMs that a Windows Server 2012 R2 host backs up.',
  defaultLevel: 'error',
  effect: 'fails',
  fix: 'Add a SCSI controller to {{vm}}.',
  messages: { noScsi: 'VM "{{vm}}" has no SCSI controller; on {{host}}, Hyper-V backup fails on this VM.' },
  defaultOptions: {},
  checkVm({ vm, host, report }) {
    if (host.os === '2012 R2' && isKnown(vm.scsiControllers) && vm.scsiControllers.value === 0) {
      report({ messageId: 'noScsi', at: vm.scsiControllers.at });
    }
  },
});

const jobMembersExist = definePolicy({
  id: 'HVB015',
  name: 'job-members-exist',
  principle: 3,
  description: 'Require every VM a backup job names to be defined.',
  defaultLevel: 'error',
  effect: 'none',
  requiresJobs: true,
  fix: 'Remove "{{member}}" from job {{job}}, or restore its definition.',
  messages: { missing: 'Backup job "{{job}}" names VM "{{member}}", which no definition provides; the job fails.' },
  defaultOptions: {},
  checkEstate({ jobs, report }) {
    for (const result of jobs) {
      for (const missing of result.missing) {
        report({
          messageId: 'missing',
          at: missing.at,
          address: result.job.address,
          subject: subject.jobMember(result.job.name, missing.name),
          blastRadius: result.members,
          data: { job: result.job.name, member: missing.name },
        });
      }
    }
  },
});

const exceptionValid = definePolicy({
  id: 'HVB016',
  name: 'exception-valid',
  description: 'Require exceptions to name a known policy, a reason, an owner and a future expiry date, and to match something.',
  defaultLevel: 'error',
  effect: 'none',
  waivable: false,
  fix: 'Correct or remove the exception.',
  messages: { invalid: 'Exception for {{policy}} on "{{vm}}" is ignored: {{problems}}.' },
  defaultOptions: {},
  checkExceptions({ exceptions, report }) {
    for (const status of exceptions) {
      if (status.problems.length === 0) continue;
      report({
        messageId: 'invalid',
        at: status.exception.at,
        subject: `exception:${status.exception.policy}:${status.exception.vm}`,
        data: { policy: status.exception.policy, vm: status.exception.vm, problems: status.problems.map((p) => p.kind).join(', ') },
      });
    }
  },
});

export const PACK: readonly AnyPolicy[] = [
  definitionValid,
  checkpointSameVolume,
  guestSnapshotFilesystem,
  vmRunning,
  passthroughDisk,
  jobAllOrNothing,
  backupCoverage,
  scsiControllerRequired,
  jobMembersExist,
  exceptionValid,
];

// ---------------------------------------------------------------------------------------------
// Estate builders
// ---------------------------------------------------------------------------------------------

const PROVIDER_CHECKPOINT_NOTE = 'the provider sets C:\\ProgramData\\Microsoft\\Windows\\Hyper-V';

interface VmSpec {
  readonly name: string;
  readonly file: string;
  readonly line: number;
  readonly address?: string;
  readonly format?: VirtualMachine['format'];
  readonly host?: string;
  readonly state?: VmState;
  /** A path, `null` for the provider default, or `'unknown'` for a value known only after apply. */
  readonly checkpoint?: string | null;
  readonly vhdDir?: string;
  readonly scsi?: number;
  readonly passthrough?: { readonly name: string; readonly number: number };
  readonly labels?: Record<string, string>;
  readonly exceptions?: readonly PolicyException[];
  readonly fileSystem?: string;
}

export function vm(spec: VmSpec): VirtualMachine {
  const f = spec.file;
  const l = spec.line;
  const at = (offset: number, length = 12): SourceSpan => span(f, l + offset, 5, length);
  const vhdDir = spec.vhdDir ?? 'D:\\VMs';
  const disks: VirtualDisk[] = [
    {
      name: 'os',
      at: at(10, 2),
      kind: 'virtual',
      path: set(`${vhdDir}\\${spec.name}\\os.vhdx`, at(11, 30)),
      shared: byDefault(false, at(10, 2), 'not shared'),
    },
  ];
  if (spec.passthrough) {
    disks.push({
      name: spec.passthrough.name,
      at: at(12, 7),
      kind: 'passthrough',
      diskNumber: set(spec.passthrough.number, at(13, 2)),
      shared: byDefault(false, at(12, 7), 'not shared'),
    });
  }
  const checkpoint: Value<string> =
    spec.checkpoint === 'unknown'
      ? unknown(at(6, 24), 'known after apply')
      : spec.checkpoint === null || spec.checkpoint === undefined
        ? byDefault('C:\\ProgramData\\Microsoft\\Windows\\Hyper-V', at(0, 40), PROVIDER_CHECKPOINT_NOTE)
        : set(spec.checkpoint, at(6, spec.checkpoint.length + 2));
  return {
    name: spec.name,
    address: spec.address ?? `vm.${spec.name}`,
    format: spec.format ?? 'hvgate',
    at: { file: f, line: l, column: 1, endLine: l + 14, endColumn: 1 },
    nameAt: span(f, l + 2, 9, spec.name.length),
    labels: spec.labels ?? {},
    ...(spec.host !== undefined ? { host: set(spec.host, at(4, spec.host.length)) } : {}),
    generation: set(2, at(3, 1)),
    state: set(spec.state ?? 'Running', at(5, 7)),
    configurationPath: set(`${vhdDir}\\${spec.name}`, at(7, 20)),
    checkpointLocation: checkpoint,
    checkpointType: byDefault('Production', at(0, 40), 'Production is the Hyper-V default'),
    integrationServices: {
      installed: byDefault(true, at(0, 40), 'offered by default'),
      backup: byDefault(true, at(0, 40), 'enabled by default'),
      unrecognized: [],
    },
    scsiControllers: set(spec.scsi ?? 1, at(9, 1)),
    disks,
    guest: {
      os: set('windows', at(14, 7)),
      volumes: spec.fileSystem
        ? [
            {
              name: 'D:',
              at: at(15, 2),
              disk: 'os',
              diskType: set('basic', at(16, 5)),
              fileSystem: set(spec.fileSystem, at(17, spec.fileSystem.length)),
              mounted: true,
            },
          ]
        : [],
      iscsiTargets: [],
      fibreChannelAdapters: [],
    },
    protection: byDefault('host', at(0, 40), 'host-level backup is the default'),
    guestCoverage: [],
    exceptions: spec.exceptions ?? [],
    // The definition as its document writes it, for the plan's attribute diff.
    attributes: {
      kind: 'document',
      value: {
        metadata: { labels: spec.labels ?? {} },
        spec: {
          ...(spec.host !== undefined ? { host: spec.host } : {}),
          state: spec.state ?? 'Running',
          configurationPath: `${vhdDir}\\${spec.name}`,
          ...(typeof spec.checkpoint === 'string' && spec.checkpoint !== 'unknown' ? { checkpoints: { location: spec.checkpoint } } : {}),
          scsiControllers: spec.scsi ?? 1,
          disks: [
            { name: 'os', path: `${vhdDir}\\${spec.name}\\os.vhdx` },
            ...(spec.passthrough ? [{ name: spec.passthrough.name, passThrough: { diskNumber: spec.passthrough.number } }] : []),
          ],
          guest: { os: 'windows', ...(spec.fileSystem ? { volumes: [{ name: 'D:', disk: 'os', fileSystem: spec.fileSystem }] } : {}) },
        },
      },
    },
  };
}

export function job(name: string, file: string, line: number, members: readonly string[], matchLabels?: Record<string, string>): BackupJob {
  return {
    name,
    address: `job.${name}`,
    at: { file, line, column: 1, endLine: line + 8, endColumn: 1 },
    nameAt: span(file, line + 2, 9, name.length),
    format: 'hvgate',
    members: members.map((m, i) => ({ name: m, at: span(file, line + 5 + i, 9, m.length) })),
    ...(matchLabels ? { selector: { matchLabels, at: span(file, line + 5 + members.length, 5, 20) } } : {}),
  };
}

export function host(name: string, os: HostOs, file: string, line: number): HostProfile {
  return { name, at: span(file, line, 1, 20), os: set(os, span(file, line + 4, 7, os.length)) };
}

export function estate(parts: Partial<Estate>): Estate {
  return { vms: [], jobs: [], hosts: [], exceptions: [], diagnostics: [], files: [], ...parts };
}

export interface ReportInput {
  readonly estate: Estate;
  readonly settings?: GateSettings;
  readonly overridden?: boolean;
  /** Findings that existed on the base side (by fingerprint); base-only findings are appended as resolved. */
  readonly base?: Estate;
}

/** Runs the real engine and gate and assembles the report every reporter takes. */
export function buildReport(input: ReportInput): GateReport {
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const evaluation = evaluate(input.estate, PACK, settings, { today: TODAY });
  let findings = [...evaluation.findings];
  let statusOf: ((f: (typeof findings)[number]) => FindingStatus) | undefined;
  if (input.base) {
    const baseFindings = evaluate(input.base, PACK, settings, { today: TODAY }).findings;
    const baseKeys = new Set(baseFindings.map((f) => f.fingerprint));
    const headKeys = new Set(findings.map((f) => f.fingerprint));
    const resolved = baseFindings.filter((f) => !headKeys.has(f.fingerprint));
    findings = [...findings, ...resolved];
    const resolvedKeys = new Set(resolved.map((f) => f.fingerprint));
    statusOf = (f) => (resolvedKeys.has(f.fingerprint) ? 'resolved' : baseKeys.has(f.fingerprint) ? 'unchanged' : 'introduced');
  }
  const gate = decide(findings, settings, { ...(statusOf ? { statusOf } : {}), ...(input.overridden ? { overridden: true } : {}) });
  const disabledPolicies = PACK.filter((policy) => settings.policies[policy.id]?.level === 'off').map((policy) => policy.id);
  return { tool: TOOL, evaluation, findings: gate.findings, verdict: gate.verdict, policies: PACK, files: input.estate.files, disabledPolicies };
}

// ---------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------

const APP_FILE = 'defs/prod vms/app servers.yaml';
const LEGACY_FILE = 'defs/legacy.yaml';
const INTL_FILE = 'defs/données/数据库.yaml';
const JOBS_FILE = 'defs/jobs.yaml';
const HOSTS_FILE = 'defs/hosts.yaml';
const PLAN_FILE = 'plan/tfplan.json';
const BROKEN_FILE = 'defs/broken.yaml';

/** `baseSide`: the estate before the change: legacy-01 still had a SCSI controller, web-01 a pass-through disk. */
export function blockedEstate(baseSide: boolean): Estate {
  const fileSrvException: PolicyException = {
    policy: 'HVB007',
    vm: 'file-srv-01',
    subject: 'archive',
    reason: 'Archive LUN is backed up by the in-guest agent until the 2025 storage migration',
    owner: 'storage-team',
    expires: '2025-08-15',
    at: span(APP_FILE, 62, 7, 40),
  };
  return estate({
    files: [APP_FILE, BROKEN_FILE, INTL_FILE, HOSTS_FILE, JOBS_FILE, LEGACY_FILE, PLAN_FILE],
    hosts: [host('hv-legacy-01', '2012 R2', HOSTS_FILE, 1), host('hv-prod-01', '2019', HOSTS_FILE, 10)],
    vms: [
      vm({
        name: 'legacy-01',
        file: LEGACY_FILE,
        line: 1,
        host: 'hv-legacy-01',
        scsi: baseSide ? 1 : 0,
        checkpoint: 'D:\\VMs\\legacy-01',
        labels: { env: 'legacy' },
      }),
      vm({ name: 'app-01', file: APP_FILE, line: 1, host: 'hv-legacy-01', checkpoint: null, labels: { env: 'legacy' } }),
      vm({
        name: 'web-01',
        file: APP_FILE,
        line: 20,
        host: 'hv-prod-01',
        checkpoint: 'E:\\Checkpoints',
        labels: { env: 'prod' },
        ...(baseSide ? { passthrough: { name: 'archive', number: 3 } } : {}),
      }),
      vm({
        name: 'file-srv-01',
        file: APP_FILE,
        line: 40,
        host: 'hv-prod-01',
        checkpoint: 'D:\\VMs\\file-srv-01',
        passthrough: { name: 'archive', number: 2 },
        labels: { env: 'prod' },
        exceptions: [fileSrvException],
      }),
      vm({ name: 'Zürich-db-ß', file: INTL_FILE, line: 1, host: 'hv-prod-01', checkpoint: 'D:\\VMs\\zurich', labels: { env: 'prod' } }),
      vm({ name: '数据库-01', file: INTL_FILE, line: 20, checkpoint: 'D:\\VMs\\db' }),
      vm({ name: 'build-01', file: APP_FILE, line: 70, host: 'hv-prod-01', state: 'Off', checkpoint: 'E:\\Checkpoints', labels: { env: 'prod' } }),
      vm({
        name: 'report-01',
        file: PLAN_FILE,
        line: 120,
        format: 'terraform-plan',
        address: 'hyperv_machine_instance.report[0]',
        host: 'hv-prod-01',
        checkpoint: 'unknown',
        labels: { env: 'prod' },
      }),
    ],
    jobs: [job('nightly-legacy', JOBS_FILE, 1, ['legacy-01', 'app-01', 'ghost-vm']), job('nightly-prod', JOBS_FILE, 20, ['web-01'], { env: 'prod' })],
    exceptions: [
      { policy: 'HVB003', vm: 'web-*', reason: 'Checkpoint volume move scheduled', owner: 'ops', expires: '2024-12-31', at: span(JOBS_FILE, 40, 5, 30) },
    ],
    diagnostics: [
      { at: span(BROKEN_FILE, 4, 3, 8), message: 'spec.disks must be a list, found a mapping.', fix: 'Write disks as a YAML list.', code: 'schema:spec.disks' },
    ],
  });
}

/** Blocking findings, a failing job with blast radius, a waiver, a broken waiver, an unknown value, a resolved finding. */
export function blockedReport(): GateReport {
  return buildReport({ estate: blockedEstate(false), base: blockedEstate(true) });
}

/** The blocked report as `hvgate plan` hands it over: with a plan, and findings introduced, unchanged and resolved. */
export function planReport(): GateReport {
  const plan: PlanReport = {
    base: { ref: 'main', commit: '0123456789abcdef0123456789abcdef01234567' },
    head: { workingTree: true },
    configFrom: 'head',
    changes: [],
    summary: { add: 0, change: 2, destroy: 0, replace: 0, unchanged: 6, affected: 1, backupRelevantChange: 2 },
    addedExceptions: [],
    removedExceptions: [],
  };
  return { ...blockedReport(), plan };
}

/** No jobs declared (a notice), one advisory error, one overridden soft-mandatory error, warnings and notes. */
export function passedReport(): GateReport {
  const file = 'defs/lab.yaml';
  return buildReport({
    estate: estate({
      files: [file, HOSTS_FILE],
      hosts: [host('hv-lab-2012', '2012 R2', HOSTS_FILE, 1), host('hv-lab-2016', '2016', HOSTS_FILE, 10)],
      vms: [
        vm({ name: 'lab-old', file, line: 1, host: 'hv-lab-2012', scsi: 0, checkpoint: 'D:\\VMs\\lab-old' }),
        vm({ name: 'lab-new', file, line: 20, host: 'hv-lab-2016', checkpoint: null, fileSystem: 'FAT32' }),
        vm({
          name: 'lab-scratch',
          file,
          line: 40,
          host: 'hv-lab-2016',
          state: 'Off',
          checkpoint: 'D:\\VMs\\lab-scratch',
          passthrough: { name: 'scratch', number: 5 },
        }),
      ],
    }),
    settings: { ...DEFAULT_SETTINGS, policies: { HVB007: { enforcement: 'advisory' } } },
    overridden: true,
  });
}

/** `size` VMs on the default host in one job; for 60: 55 online, 3 offline (7, 27, 47), 2 crash-consistent (13, 42). */
export function fleetReport(size = 60): GateReport {
  const file = 'defs/fleet.yaml';
  const vms: VirtualMachine[] = [];
  for (let i = 1; i <= size; i++) {
    const name = `fleet-${String(i).padStart(3, '0')}`;
    vms.push(
      vm({
        name,
        file,
        line: i * 20,
        state: i % 20 === 7 ? 'Off' : 'Running',
        checkpoint: i === 13 || i === 42 ? 'E:\\Checkpoints' : `D:\\VMs\\${name}`,
        labels: { fleet: 'yes' },
      }),
    );
  }
  return buildReport({ estate: estate({ files: [file, JOBS_FILE], vms, jobs: [job('fleet-nightly', JOBS_FILE, 1, [], { fleet: 'yes' })] }) });
}
