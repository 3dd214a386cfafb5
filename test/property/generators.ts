/**
 * Generators for the property tests: Hyper-V estates in each input format the gate reads, written
 * from one small model so that "add a violation" means the same in every format, and mutations that
 * break the text the way hand edits and hostile pull requests do.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';

export interface DiskSpec {
  readonly name: string;
  /** A virtual disk file on this volume, or a pass-through disk with this number. */
  readonly volume?: 'C' | 'D' | 'E';
  readonly passThrough?: number;
}

export interface VmSpec {
  readonly name: string;
  readonly generation: 1 | 2;
  readonly state: 'Running' | 'Off' | 'Saved' | 'Paused';
  readonly vss?: boolean;
  readonly checkpointVolume?: 'C' | 'D' | 'E';
  readonly disks: readonly DiskSpec[];
}

export interface EstateSpec {
  readonly vms: readonly VmSpec[];
  /** Backup jobs, as lists of member indexes into `vms`. */
  readonly jobs: readonly (readonly number[])[];
}

const volume = fc.constantFrom<'C' | 'D' | 'E'>('C', 'D', 'E');
// Names with the characters that break naive quoting, escaping and rendering.
const name = fc
  .stringMatching(/^[a-z][a-z0-9]{0,6}$/)
  .chain((base) => fc.constantFrom(base, `${base}-01`, `${base} x`, `${base}:"'#`, `${base}\\${base}`, `${base}ü`));

const disk: fc.Arbitrary<Omit<DiskSpec, 'name'>> = fc.oneof(
  { weight: 4, arbitrary: volume.map((v) => ({ volume: v })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 64 }).map((n) => ({ passThrough: n })) },
);

export const vmSpec: fc.Arbitrary<VmSpec> = fc.record(
  {
    name,
    generation: fc.constantFrom<1 | 2>(1, 2),
    state: fc.constantFrom<VmSpec['state']>('Running', 'Off', 'Saved', 'Paused'),
    vss: fc.boolean(),
    checkpointVolume: volume,
    disks: fc.array(disk, { maxLength: 3 }).map((disks) => disks.map((d, i) => ({ ...d, name: `d${i}` }))),
  },
  { requiredKeys: ['name', 'generation', 'state', 'disks'] },
);

export const estateSpec: fc.Arbitrary<EstateSpec> = fc
  .uniqueArray(vmSpec, { minLength: 1, maxLength: 4, selector: (vm) => vm.name.toLowerCase() })
  .chain((vms) =>
    fc.record({
      vms: fc.constant(vms),
      jobs: fc.array(fc.uniqueArray(fc.nat({ max: vms.length - 1 }), { minLength: 1, maxLength: vms.length }), { maxLength: 2 }),
    }),
  );

/** The same estate with a pass-through disk added to one VM: an error-level violation (HVB007) in every format. */
export function withPassThrough(estate: EstateSpec, vmIndex: number): EstateSpec {
  const index = vmIndex % estate.vms.length;
  return {
    ...estate,
    vms: estate.vms.map((vm, i) => (i === index ? { ...vm, disks: [...vm.disks, { name: `d${vm.disks.length}`, passThrough: 9 }] } : vm)),
  };
}

// ---------------------------------------------------------------------------------------------
// hvgate/v1
// ---------------------------------------------------------------------------------------------

export type YamlStyle = 'block' | 'flow' | 'json';

function hvgateDocuments(estate: EstateSpec): object[] {
  const vms = estate.vms.map((vm) => ({
    apiVersion: 'hvgate/v1',
    kind: 'VirtualMachine',
    metadata: { name: vm.name },
    spec: {
      generation: vm.generation,
      state: vm.state,
      configurationPath: 'D:\\VMs',
      ...(vm.checkpointVolume ? { checkpoints: { location: `${vm.checkpointVolume}:\\Checkpoints` } } : {}),
      ...(vm.vss !== undefined ? { integrationServices: { VSS: vm.vss } } : {}),
      disks: vm.disks.map((d) =>
        d.passThrough !== undefined
          ? { name: d.name, passThrough: { diskNumber: d.passThrough } }
          : { name: d.name, path: `${d.volume ?? 'D'}:\\VMs\\${d.name}.vhdx` },
      ),
      guest: { os: 'windows' },
    },
  }));
  const jobs = estate.jobs.map((members, i) => ({
    apiVersion: 'hvgate/v1',
    kind: 'BackupJob',
    metadata: { name: `job-${i}` },
    spec: { members: members.map((m) => estate.vms[m]!.name) },
  }));
  return [...vms, ...jobs];
}

/** The estate as one hvgate/v1 file: YAML documents in block or flow style, or a JSON document per file. */
export function hvgateFiles(estate: EstateSpec, style: YamlStyle): Record<string, string> {
  const documents = hvgateDocuments(estate);
  if (style === 'json') return Object.fromEntries(documents.map((d, i) => [`defs-${i}.json`, JSON.stringify(d, null, 2)]));
  const options = style === 'flow' ? { collectionStyle: 'flow' as const, lineWidth: 0 } : { lineWidth: 0 };
  return { 'defs.yaml': documents.map((d) => stringify(d, options)).join('---\n') };
}

// ---------------------------------------------------------------------------------------------
// Terraform configuration
// ---------------------------------------------------------------------------------------------

function hcl(text: string): string {
  return JSON.stringify(text).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

/** The estate as a Terraform configuration for the taliesins/hyperv provider (jobs cannot be said in Terraform). */
export function terraformFiles(estate: EstateSpec): Record<string, string> {
  const blocks = estate.vms.map((vm, i) => {
    const lines = [
      `resource "hyperv_machine_instance" "vm_${i}" {`,
      `  name       = ${hcl(vm.name)}`,
      `  generation = ${vm.generation}`,
      `  state      = ${hcl(vm.state)}`,
    ];
    if (vm.checkpointVolume) lines.push(`  snapshot_file_location = ${hcl(`${vm.checkpointVolume}:\\Checkpoints`)}`);
    if (vm.vss !== undefined) lines.push('  integration_services = {', `    VSS = ${vm.vss}`, '  }');
    vm.disks.forEach((d, location) => {
      lines.push('  hard_disk_drives {', '    controller_type     = "Scsi"', '    controller_number   = 0', `    controller_location = ${location}`);
      lines.push(
        d.passThrough !== undefined
          ? `    disk_number         = ${d.passThrough}`
          : `    path                = ${hcl(`${d.volume ?? 'D'}:\\VMs\\${d.name}.vhdx`)}`,
      );
      lines.push('  }');
    });
    lines.push('}');
    return lines.join('\n');
  });
  return { 'main.tf': `${blocks.join('\n\n')}\n` };
}

// ---------------------------------------------------------------------------------------------
// Terraform plan JSON
// ---------------------------------------------------------------------------------------------

function planAttributes(vm: VmSpec): object {
  return {
    name: vm.name,
    generation: vm.generation,
    state: vm.state,
    snapshot_file_location: `${vm.checkpointVolume ?? 'D'}:\\Checkpoints`,
    integration_services: { VSS: vm.vss ?? true },
    hard_disk_drives: vm.disks.map((d, location) => ({
      controller_type: 'Scsi',
      controller_number: 0,
      controller_location: location,
      path: d.passThrough !== undefined ? '' : `${d.volume ?? 'D'}:\\VMs\\${d.name}.vhdx`,
      disk_number: d.passThrough ?? 4294967295,
      support_persistent_reservations: false,
    })),
  };
}

/** The estate as `terraform show -json` of a plan that creates every VM. */
export function planFiles(estate: EstateSpec): Record<string, string> {
  const plan = {
    format_version: '1.2',
    terraform_version: '1.9.0',
    resource_changes: estate.vms.map((vm, i) => ({
      address: `hyperv_machine_instance.vm_${i}`,
      mode: 'managed',
      type: 'hyperv_machine_instance',
      name: `vm_${i}`,
      provider_name: 'registry.terraform.io/taliesins/hyperv',
      change: { actions: ['create'], before: null, after: planAttributes(vm), after_unknown: {} },
    })),
  };
  return { 'plan.json': JSON.stringify(plan, null, 2) };
}

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

/** Characters that matter to YAML, JSON and HCL, and a few that matter to terminals and decoders. */
const SIGNIFICANT = [
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '"',
  "'",
  '\\',
  '\n',
  '\t',
  ' ',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  '-',
  '=',
  '$',
  '%',
  '<<',
  '\u0000',
  '\u001b',
  '\u2028',
  '\uFEFF',
  'é',
  '0',
  'true',
  'null',
  '~',
];

export type Mutation =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'duplicate-line'; readonly line: number }
  | { readonly kind: 'drop-line'; readonly line: number }
  | { readonly kind: 'truncate'; readonly at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...SIGNIFICANT), fc.string({ maxLength: 4 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('drop-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = (n: number) => (out.length === 0 ? 0 : n % (out.length + 1));
    const lines = out.split('\n');
    switch (m.kind) {
      case 'insert':
        out = out.slice(0, at(m.at)) + m.text + out.slice(at(m.at));
        break;
      case 'delete':
        out = out.slice(0, at(m.at)) + out.slice(at(m.at) + m.length);
        break;
      case 'duplicate-line': {
        const line = m.line % lines.length;
        lines.splice(line, 0, lines[line] ?? '');
        out = lines.join('\n');
        break;
      }
      case 'drop-line':
        lines.splice(m.line % lines.length, 1);
        out = lines.join('\n');
        break;
      case 'truncate':
        out = out.slice(0, at(m.at));
        break;
    }
  }
  return out;
}

/** A VM with a pass-through disk, for adding to an input whatever state it is in. */
const EVIL: VmSpec = { name: 'added-evil-01', generation: 2, state: 'Running', disks: [{ name: 'pt', passThrough: 7 }] };

/**
 * The input with a pass-through VM added the way a pull request would add it: a new YAML document
 * or JSON file, a new resource block, a new resource change in the plan. Undefined for a plan that no
 * longer parses (there is no place to add a change).
 */
export function addViolation(files: Readonly<Record<string, string>>): Record<string, string> | undefined {
  const added = { vms: [EVIL], jobs: [] };
  const [path, text] = Object.entries(files)[0] ?? ['defs.yaml', ''];
  if (path === 'main.tf') return { ...files, [path]: `${text}\n${terraformFiles(added)['main.tf']!.replace('vm_0', 'added_evil')}` };
  if (path === 'plan.json') {
    let plan: unknown;
    try {
      plan = JSON.parse(text);
    } catch {
      return undefined;
    }
    const changes = (plan as { resource_changes?: unknown } | null)?.resource_changes;
    if (!Array.isArray(changes)) return undefined;
    const existing: unknown[] = changes;
    const change = (JSON.parse(planFiles(added)['plan.json']!) as { resource_changes: { address: string; name: string }[] }).resource_changes[0]!;
    return {
      ...files,
      [path]: JSON.stringify({
        ...(plan as object),
        resource_changes: [...existing, { ...change, address: 'hyperv_machine_instance.added_evil', name: 'added_evil' }],
      }),
    };
  }
  if (path.endsWith('.json')) return { ...files, 'added.json': Object.values(hvgateFiles(added, 'json'))[0]! };
  return { ...files, [path]: `${text}\n---\n${hvgateFiles(added, 'block')['defs.yaml']!}` };
}
