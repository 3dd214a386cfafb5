/**
 * Renders a policy test case into each input format the gate reads. A case states once, in the
 * project's own `hvgate/v1` YAML, what the VMs are; this file writes the same VMs as a Terraform
 * configuration (`.tf`, with the facts Terraform cannot express as `.hvgate.yml` overlays) and as
 * the plan JSON `terraform show -json` would print for it (with the `.tf` beside it, as in CI).
 * Each rendering can say where a path of the case (`spec.checkpoints.location`) ended up, so one
 * expected position holds in every format.
 *
 * A scalar tagged `!unknown` (`location: !unknown var.snapshot_dir`) is a value known only at apply:
 * Terraform writes the expression, the plan marks it in `after_unknown`; the own format cannot say it.
 */
import { LineCounter, parseAllDocuments, parseDocument, stringify, type ScalarTag } from 'yaml';
import type { SourceSpan } from '../../src/core/source.js';
import { PROVIDER_DEFAULT_FOLDER, NO_PHYSICAL_DISK } from '../../src/parsers/terraform/provider-semantics.js';
import { formatPath, parsePath, yamlKeySpan, yamlSpan, type LocatedDocument, type PathSegment } from './yaml-path.js';

export type Format = 'hvgate' | 'terraform' | 'terraform-plan';
export const FORMATS: readonly Format[] = ['hvgate', 'terraform', 'terraform-plan'];
export const TERRAFORM_FORMATS: readonly Format[] = ['terraform', 'terraform-plan'];

/** The case says something this format cannot express; the case must then list the formats it runs in. */
export class NotExpressible extends Error {}

export interface Rendering {
  readonly format: Format;
  /** Definition files by path. */
  readonly files: Readonly<Record<string, string>>;
  /** `.hvgate.yml` text with the overlays the format needs, if any. */
  readonly config?: string;
  /**
   * Where `path` of the case document `doc` (`Kind/name`; default: the case's first document) is in
   * this rendering; with `key`, where the key it is written under is.
   */
  span(doc: string | undefined, path: string, key?: boolean): SourceSpan;
  /** What this format calls the disk that the case names `disk` in VM `vm`. */
  diskName(vm: string, disk: string): string;
  /** Message text written in the case's words (`disk "os"`), in this format's words. */
  words(vm: string, text: string): string;
}

/** A value known only after apply: the Terraform expression that computes it. */
class UnknownValue {
  constructor(readonly expression: string) {}
}

const unknownTag: ScalarTag = {
  tag: '!unknown',
  identify: (value) => value instanceof UnknownValue,
  resolve: (text) => new UnknownValue(text.trim()),
};

interface CaseDocument {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly file: string;
  readonly text: string;
  readonly located: LocatedDocument;
  readonly value: Raw;
}

type Raw = Record<string, unknown>;

export function renderCase(files: Readonly<Record<string, string>>, format: Format): Rendering {
  const seen = new Map<string, number>();
  const documents = Object.entries(files).flatMap(([file, text]) => readDocuments(file, text, seen));
  const first = documents[0]?.id;
  const find = (id: string | undefined): CaseDocument => {
    const doc = documents.find((d) => d.id === (id ?? first));
    if (!doc) throw new Error(`the case has no document "${id ?? '(first)'}"; it has ${documents.map((d) => d.id).join(', ')}`);
    return doc;
  };
  if (format === 'hvgate') {
    if (documents.some((doc) => containsUnknown(doc.value))) throw new NotExpressible('the hvgate/v1 format has no values unknown until apply');
    return {
      format,
      files,
      span: (id, path, key) => (key ? yamlKeySpan : yamlSpan)(find(id).located, parsePath(path)),
      diskName: (_, disk) => disk,
      words: (_, text) => text,
    };
  }
  return renderTerraform(files, documents, find, format);
}

/** The documents of one file; `seen` numbers repeated `Kind/name`s across files (`VirtualMachine/app-01#2`). */
function readDocuments(file: string, text: string, seen: Map<string, number>): CaseDocument[] {
  const lines = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter: lines, customTags: [unknownTag] });
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((document) => {
    if (document.errors.length > 0 || !document.contents?.range) return [];
    const value = document.toJS() as unknown;
    if (value === null || typeof value !== 'object') return [];
    const raw = value as Raw;
    const kind = typeof raw.kind === 'string' ? raw.kind : '?';
    const written = (raw.metadata as Raw | undefined)?.name;
    const name = typeof written === 'string' ? written : '?';
    const base = `${kind}/${name}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const [start, , end] = document.range;
    return [
      {
        id: count === 1 ? base : `${base}#${count}`,
        kind,
        name,
        file,
        text: text.slice(start, end),
        located: { file, document, lines },
        value: raw,
      },
    ];
  });
}

function containsUnknown(value: unknown): boolean {
  if (value instanceof UnknownValue) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  return value !== null && typeof value === 'object' && Object.values(value).some(containsUnknown);
}

// --- Terraform ---------------------------------------------------------------------------------

/** Keys of a VM document's spec that Terraform expresses as attributes, and those an overlay carries. */
const ATTRIBUTE_KEYS = new Set(['generation', 'state', 'configurationPath', 'checkpoints', 'integrationServices', 'disks']);
const OVERLAY_KEYS = new Set(['host', 'configurationVersion', 'guest', 'backup', 'exceptions']);

interface RenderedVm {
  readonly doc: CaseDocument;
  readonly file: string;
  /** Spans of written attributes, by case path. */
  readonly spans: Map<string, SourceSpan>;
  whole: SourceSpan;
  header: SourceSpan;
  readonly disks: { whole: SourceSpan; header: SourceSpan }[];
  readonly diskNames: Map<string, string>;
  readonly overlayIndex: number | undefined;
}

function renderTerraform(
  files: Readonly<Record<string, string>>,
  documents: readonly CaseDocument[],
  find: (id: string | undefined) => CaseDocument,
  format: Format,
): Rendering {
  const out: Record<string, string> = {};
  const overlays: Raw[] = [];
  const vms = new Map<string, RenderedVm>();
  const plan = new PlanWriter();
  const identifiers = new Set<string>();

  for (const file of Object.keys(files)) {
    const inFile = documents.filter((d) => d.file === file);
    const vmDocs = inFile.filter((d) => d.kind === 'VirtualMachine');
    const rest = inFile.filter((d) => d.kind !== 'VirtualMachine');
    if (vmDocs.length > 0) {
      const tfFile = file.replace(/\.(ya?ml|json)$/, '') + '.tf';
      const hcl = new HclWriter(tfFile);
      for (const doc of vmDocs) {
        const rendered = renderVm(doc, hcl, plan, overlays, uniqueIdentifier(doc.name, identifiers));
        vms.set(doc.id, rendered);
      }
      hcl.declareVariables();
      out[tfFile] = hcl.text();
    }
    if (rest.length > 0) out[file] = rest.map((d) => d.text.replace(/^---\s*\n/, '').replace(/\n?$/, '\n')).join('---\n');
  }
  if (format === 'terraform-plan') out['plan.json'] = plan.text();

  const config = overlays.length > 0 ? stringify({ overlays }, { lineWidth: 0 }) : undefined;
  const configDoc = config === undefined ? undefined : locate('.hvgate.yml', config);
  const restDocs = new Map<string, LocatedDocument>();
  const seen = new Map<string, number>();
  for (const [file, text] of Object.entries(out)) {
    if (!/\.ya?ml$/.test(file)) continue;
    for (const doc of readDocuments(file, text, seen)) restDocs.set(doc.id, doc.located);
  }

  return {
    format,
    files: out,
    ...(config !== undefined ? { config } : {}),
    span(id, path, key) {
      const doc = find(id);
      const segments = parsePath(path);
      const vm = vms.get(doc.id);
      if (!vm) {
        const located = restDocs.get(doc.id);
        if (!located) throw new Error(`document ${doc.id} is not in the ${format} rendering`);
        return (key ? yamlKeySpan : yamlSpan)(located, segments);
      }
      return vmSpan(vm, segments, configDoc, key ?? false);
    },
    diskName(vmName, disk) {
      const vm = [...vms.values()].find((v) => v.doc.name === vmName);
      return vm?.diskNames.get(disk) ?? disk;
    },
    words(vmName, text) {
      const vm = [...vms.values()].find((v) => v.doc.name === vmName);
      return vm ? terraformWords(text, vm) : text;
    },
  };
}

/** How the own format's phrases read for a Terraform VM: attribute names, and disks by their place in hard_disk_drives. */
const TERRAFORM_PHRASES: readonly (readonly [string, string])[] = [
  ['the checkpoint location', 'snapshot_file_location'],
  ['the configuration path', 'path'],
  ['the intended state', 'state'],
];

function terraformWords(text: string, vm: RenderedVm): string {
  let result = text;
  [...vm.diskNames.entries()].forEach(([name, modelName], index) => {
    const block = `hard_disk_drives[${index}]`;
    result = result
      .split(`the parent path of disk "${name}"`)
      .join(`parent_path of the hyperv_vhd that ${block} uses`)
      .split(`the path of disk "${name}"`)
      .join(`${block}.path`)
      .split(`disk "${name}"`)
      .join(block)
      .split(`"${name}"`)
      .join(`"${modelName}"`);
  });
  for (const [own, terraform] of TERRAFORM_PHRASES) result = result.split(own).join(terraform);
  return result;
}

function locate(file: string, text: string): LocatedDocument {
  const lines = new LineCounter();
  return { file, document: parseDocument(text, { lineCounter: lines }), lines };
}

function uniqueIdentifier(name: string, taken: Set<string>): string {
  const base = /^[A-Za-z_]/.test(name) ? name.replace(/[^A-Za-z0-9_-]/g, '_') : `vm_${name.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
}

/** Where a case path is in the Terraform rendering: the attribute, the overlay entry, or where an omitted one would go. */
function vmSpan(vm: RenderedVm, path: readonly PathSegment[], config: LocatedDocument | undefined, atKey: boolean): SourceSpan {
  // A map entry (`VSS = false`) is one element in HCL: its key and its value have one span.
  const exact = vm.spans.get(formatPath(path));
  if (exact) return exact;
  const [root, key] = path;
  if (root === 'metadata' && key === 'labels') return overlaySpan(vm, ['labels', ...path.slice(2)], config, atKey) ?? vm.whole;
  if (root !== 'spec' || key === undefined) return vm.whole;
  if (typeof key === 'string' && OVERLAY_KEYS.has(key)) {
    // Not expressible in Terraform: the overlay declares it, or the model falls back to the resource block.
    return overlaySpan(vm, path.slice(1), config, atKey) ?? vm.whole;
  }
  if (key === 'disks' && typeof path[2] === 'number') {
    const disk = vm.disks[path[2]];
    if (disk) return path.length === 3 ? disk.whole : disk.header;
  }
  return vm.header;
}

function overlaySpan(vm: RenderedVm, path: readonly PathSegment[], config: LocatedDocument | undefined, atKey: boolean): SourceSpan | undefined {
  if (vm.overlayIndex === undefined || !config) return undefined;
  const full = ['overlays', vm.overlayIndex, ...path];
  if (config.document.getIn(full.slice(0, 3)) === undefined) return undefined;
  return (atKey ? yamlKeySpan : yamlSpan)(config, full);
}

function renderVm(doc: CaseDocument, hcl: HclWriter, plan: PlanWriter, overlays: Raw[], identifier: string): RenderedVm {
  const metadata = (doc.value.metadata ?? {}) as Raw;
  const spec = (doc.value.spec ?? {}) as Raw;
  for (const key of Object.keys(spec)) {
    if (!ATTRIBUTE_KEYS.has(key) && !OVERLAY_KEYS.has(key)) throw new NotExpressible(`Terraform cannot express spec.${key}`);
  }
  const guest = spec.guest as Raw | undefined;
  if (guest && 'integrationServicesInstalled' in guest) throw new NotExpressible('Terraform cannot express spec.guest.integrationServicesInstalled');

  const vm: RenderedVm = {
    doc,
    file: hcl.file,
    spans: new Map(),
    whole: hcl.here(),
    header: hcl.here(),
    disks: [],
    diskNames: new Map(),
    overlayIndex: undefined,
  };
  const declared = (spec.disks ?? []) as Raw[];
  const slots = controllerSlots(declared);
  const disks = declared.map((disk, index) => ({ disk, index, slot: slots[index]! }));
  for (const { disk, slot } of disks) vm.diskNames.set(String(disk.name), `${slot.type.toLowerCase()}${slot.number}:${slot.location}`);

  // Differencing disks: a hyperv_vhd with the parent, which the VM's disk refers to.
  const parents = new Map<number, string>();
  for (const { disk, index } of disks) {
    if (disk.parentPath === undefined) continue;
    const vhd = `${identifier}_disk${index}`;
    parents.set(index, vhd);
    const vhdPlan = plan.resource('hyperv_vhd', vhd);
    hcl.open(`resource "hyperv_vhd" "${vhd}" {`);
    hcl.attribute('path', disk.path, `spec.disks[${index}].path#vhd`, vm.spans, vhdPlan);
    hcl.attribute('vhd_type', 'Differencing', undefined, vm.spans, vhdPlan);
    hcl.attribute('parent_path', disk.parentPath, `spec.disks[${index}].parentPath`, vm.spans, vhdPlan);
    hcl.close();
    hcl.blank();
    vhdPlan.finish(VHD_DEFAULTS);
  }

  const vmPlan = plan.resource('hyperv_machine_instance', identifier);
  const open = hcl.open(`resource "hyperv_machine_instance" "${identifier}" {`);
  vm.header = open.header;
  hcl.attribute('name', metadata.name, 'metadata.name', vm.spans, vmPlan);
  if (spec.generation !== undefined) hcl.attribute('generation', spec.generation, 'spec.generation', vm.spans, vmPlan);
  if (spec.state !== undefined) hcl.attribute('state', spec.state, 'spec.state', vm.spans, vmPlan);
  if (spec.configurationPath !== undefined) hcl.attribute('path', spec.configurationPath, 'spec.configurationPath', vm.spans, vmPlan);
  const checkpoints = (spec.checkpoints ?? {}) as Raw;
  if (checkpoints.location !== undefined) hcl.attribute('snapshot_file_location', checkpoints.location, 'spec.checkpoints.location', vm.spans, vmPlan);
  if (checkpoints.type !== undefined) hcl.attribute('checkpoint_type', checkpoints.type, 'spec.checkpoints.type', vm.spans, vmPlan);
  if (spec.integrationServices !== undefined) hcl.map('integration_services', spec.integrationServices as Raw, 'spec.integrationServices', vm.spans, vmPlan);
  for (const { disk, index, slot } of disks) {
    const at = `spec.disks[${index}]`;
    const diskPlan = vmPlan.block('hard_disk_drives');
    const block = hcl.open('hard_disk_drives {');
    const controller = disk.controller as Raw | undefined;
    if (controller?.type !== undefined) hcl.attribute('controller_type', slot.type, `${at}.controller.type`, vm.spans, diskPlan);
    hcl.attribute('controller_number', slot.number, `${at}.controller.number`, vm.spans, diskPlan);
    hcl.attribute('controller_location', slot.location, `${at}.controller.location`, vm.spans, diskPlan);
    const passThrough = disk.passThrough as Raw | undefined;
    if (passThrough !== undefined) {
      hcl.attribute('disk_number', passThrough.diskNumber, `${at}.passThrough.diskNumber`, vm.spans, diskPlan);
      vm.spans.set(`${at}.passThrough`, vm.spans.get(`${at}.passThrough.diskNumber`)!);
    }
    const vhd = parents.get(index);
    if (vhd !== undefined) hcl.reference('path', `hyperv_vhd.${vhd}.path`, disk.path, `${at}.path`, vm.spans, diskPlan);
    else if (disk.path !== undefined) hcl.attribute('path', disk.path, `${at}.path`, vm.spans, diskPlan);
    if (disk.shared !== undefined) hcl.attribute('support_persistent_reservations', disk.shared, `${at}.shared`, vm.spans, diskPlan);
    const closed = hcl.close();
    vm.disks.push({ whole: closed, header: block.header });
    diskPlan.finish({ ...DISK_DEFAULTS, controller_type: slot.type });
  }
  vm.whole = hcl.close();
  hcl.blank();
  vmPlan.finish(VM_DEFAULTS);

  const overlay = overlayOf(metadata, spec, vm.diskNames);
  if (overlay) {
    (vm as { overlayIndex: number | undefined }).overlayIndex = overlays.length;
    overlays.push({ match: { name: String(metadata.name) }, ...overlay });
  }
  return vm;
}

/** The controller each disk sits on: as declared, else the next free location on SCSI controller 0. */
function controllerSlots(disks: readonly Raw[]): { type: 'Scsi' | 'Ide'; number: number; location: number }[] {
  const typeOf = (controller: Raw) => (typeof controller.type === 'string' && controller.type.toLowerCase() === 'ide' ? 'Ide' : 'Scsi');
  const taken = new Set<number>();
  for (const disk of disks) {
    const controller = disk.controller as Raw | undefined;
    if (controller && typeOf(controller) === 'Scsi' && Number(controller.number ?? 0) === 0) taken.add(Number(controller.location ?? 0));
  }
  let next = 0;
  return disks.map((disk) => {
    const controller = disk.controller as Raw | undefined;
    if (controller) return { type: typeOf(controller), number: Number(controller.number ?? 0), location: Number(controller.location ?? 0) };
    while (taken.has(next)) next++;
    taken.add(next);
    return { type: 'Scsi', number: 0, location: next };
  });
}

/** The facts of a VM document that only an overlay can give a Terraform VM; disk names as Terraform's model spells them. */
function overlayOf(metadata: Raw, spec: Raw, diskNames: ReadonlyMap<string, string>): Raw | undefined {
  const rename = (name: unknown) => (typeof name === 'string' ? (diskNames.get(name) ?? name) : name);
  const overlay: Raw = {};
  if (spec.host !== undefined) overlay.host = spec.host;
  if (spec.configurationVersion !== undefined) overlay.configurationVersion = spec.configurationVersion;
  if (metadata.labels !== undefined) overlay.labels = metadata.labels;
  if (spec.guest !== undefined) {
    const guest = { ...(spec.guest as Raw) };
    if (Array.isArray(guest.volumes)) guest.volumes = (guest.volumes as Raw[]).map((v) => (v.disk !== undefined ? { ...v, disk: rename(v.disk) } : v));
    overlay.guest = guest;
  }
  if (spec.backup !== undefined) {
    const backup = { ...(spec.backup as Raw) };
    if (Array.isArray(backup.inGuestCoverage)) backup.inGuestCoverage = (backup.inGuestCoverage as unknown[]).map(rename);
    overlay.backup = backup;
  }
  if (spec.exceptions !== undefined) overlay.exceptions = (spec.exceptions as Raw[]).map((e) => (e.disk !== undefined ? { ...e, disk: rename(e.disk) } : e));
  if (containsUnknown(overlay)) throw new NotExpressible('an overlay cannot hold values unknown until apply');
  return Object.keys(overlay).length > 0 ? overlay : undefined;
}

/** Writes HCL line by line and records the span of what it writes. */
class HclWriter {
  private readonly lines: string[] = [];
  private indent = 0;
  private readonly stack: { line: number; column: number }[] = [];
  private readonly variables = new Set<string>();

  constructor(readonly file: string) {}

  here(): SourceSpan {
    const line = this.lines.length + 1;
    return { file: this.file, line, column: 1, endLine: line, endColumn: 1 };
  }

  open(text: string): { header: SourceSpan } {
    const column = this.indent + 1;
    const line = this.push(text);
    this.stack.push({ line, column });
    this.indent += 2;
    return { header: { file: this.file, line, column, endLine: line, endColumn: column + text.length } };
  }

  close(): SourceSpan {
    this.indent -= 2;
    const start = this.stack.pop()!;
    const line = this.push('}');
    return { file: this.file, line: start.line, column: start.column, endLine: line, endColumn: this.indent + 2 };
  }

  blank(): void {
    this.lines.push('');
  }

  attribute(name: string, value: unknown, path: string | undefined, spans: Map<string, SourceSpan>, plan: PlanObject): void {
    const text = `${name} = ${this.expression(value)}`;
    const span = this.written(text);
    if (path !== undefined) spans.set(path, span);
    plan.set(name, value);
  }

  /** An attribute that refers to another resource's attribute, whose value the plan knows. */
  reference(name: string, expression: string, value: unknown, path: string, spans: Map<string, SourceSpan>, plan: PlanObject): void {
    spans.set(path, this.written(`${name} = ${expression}`));
    plan.setReference(name, expression, value);
  }

  map(name: string, entries: Raw, path: string, spans: Map<string, SourceSpan>, plan: PlanObject): void {
    this.open(`${name} = {`);
    for (const [key, value] of Object.entries(entries)) {
      const keyText = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
      spans.set(formatPath([...parsePath(path), key]), this.written(`${keyText} = ${this.expression(value)}`));
    }
    spans.set(path, this.close());
    plan.setMap(name, entries);
  }

  declareVariables(): void {
    for (const name of this.variables) {
      this.push(`variable "${name}" {`);
      this.push('  type = any');
      this.push('}');
    }
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }

  private written(text: string): SourceSpan {
    const column = this.indent + 1;
    const line = this.push(text);
    return { file: this.file, line, column, endLine: line, endColumn: column + text.length };
  }

  private push(text: string): number {
    this.lines.push(`${' '.repeat(this.indent)}${text}`);
    return this.lines.length;
  }

  private expression(value: unknown): string {
    if (value instanceof UnknownValue) {
      for (const match of value.expression.matchAll(/\bvar\.([A-Za-z_][A-Za-z0-9_-]*)/g)) this.variables.add(match[1]!);
      return value.expression;
    }
    if (typeof value === 'string') return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$\{/g, '$${').replace(/%\{/g, '%%{')}"`;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw new NotExpressible(`a Terraform attribute cannot hold ${JSON.stringify(value)}`);
  }
}

// --- plan JSON ---------------------------------------------------------------------------------

/** What the provider fills into `after` for attributes the configuration leaves out. */
const VM_DEFAULTS: Raw = {
  generation: 2,
  state: 'Running',
  checkpoint_type: 'Production',
  snapshot_file_location: PROVIDER_DEFAULT_FOLDER,
  smart_paging_file_path: PROVIDER_DEFAULT_FOLDER,
  automatic_stop_action: 'Save',
  static_memory: false,
  dynamic_memory: false,
  memory_startup_bytes: 536870912,
  processor_count: 1,
  integration_services: {
    'Guest Service Interface': false,
    Heartbeat: true,
    'Key-Value Pair Exchange': true,
    Shutdown: true,
    'Time Synchronization': true,
    VSS: true,
  },
  hard_disk_drives: [],
  dvd_drives: [],
  network_adaptors: [],
  vm_firmware: [],
  vm_processor: [],
};
const DISK_DEFAULTS: Raw = {
  controller_type: 'Scsi',
  path: '',
  disk_number: NO_PHYSICAL_DISK,
  resource_pool_name: 'Primordial',
  support_persistent_reservations: false,
  maximum_iops: 0,
  minimum_iops: 0,
  qos_policy_id: '00000000-0000-0000-0000-000000000000',
  override_cache_attributes: 'Default',
};
const VHD_DEFAULTS: Raw = {
  parent_path: '',
  size: 0,
  block_size: 0,
  logical_sector_size: 0,
  physical_sector_size: 0,
  source: '',
  source_vm: '',
  source_disk: 0,
};

/** One object of a plan (a resource's `after`, or a nested block in it) and its configuration expressions. */
class PlanObject {
  readonly after: Raw = {};
  readonly unknown: Raw = {};
  readonly expressions: Raw = {};
  private readonly blocks: { name: string; block: PlanObject }[] = [];

  set(name: string, value: unknown): void {
    if (value instanceof UnknownValue) {
      this.unknown[name] = true;
      this.expressions[name] = { references: references(value.expression) };
    } else {
      this.after[name] = value;
      this.expressions[name] = { constant_value: value };
    }
  }

  setReference(name: string, expression: string, value: unknown): void {
    if (value instanceof UnknownValue || value === undefined) this.unknown[name] = true;
    else this.after[name] = value;
    this.expressions[name] = { references: references(expression) };
  }

  setMap(name: string, entries: Raw): void {
    const known: Raw = {};
    const unknownKeys: Raw = {};
    for (const [key, value] of Object.entries(entries)) {
      if (value instanceof UnknownValue) unknownKeys[key] = true;
      else known[key] = value;
    }
    this.after[name] = known;
    if (Object.keys(unknownKeys).length > 0) this.unknown[name] = unknownKeys;
    this.expressions[name] =
      Object.keys(unknownKeys).length > 0
        ? { references: Object.values(entries).flatMap((v) => (v instanceof UnknownValue ? references(v.expression) : [])) }
        : { constant_value: known };
  }

  block(name: string): PlanObject {
    const block = new PlanObject();
    this.blocks.push({ name, block });
    return block;
  }

  /** Fills the provider's defaults in; written values and nested blocks win. */
  finish(defaults: Raw): void {
    for (const [key, value] of Object.entries(defaults)) {
      if (key in this.after || key in this.unknown) {
        if (key === 'integration_services' && typeof value === 'object') this.after[key] = { ...(value as Raw), ...(this.after[key] as Raw) };
        continue;
      }
      this.after[key] = structuredClone(value);
    }
    for (const { name, block } of this.blocks) {
      (this.after[name] as Raw[]).push(block.after);
      ((this.unknown[name] ??= []) as Raw[]).push(block.unknown);
      ((this.expressions[name] ??= []) as Raw[]).push(block.expressions);
    }
    if (this.blocks.length > 0 && (this.unknown.hard_disk_drives as Raw[]).every((u) => Object.keys(u).length === 0)) delete this.unknown.hard_disk_drives;
  }
}

function references(expression: string): string[] {
  const refs = [...expression.matchAll(/\b(?:var|local|hyperv_\w+)\.[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)?/g)].map((m) => m[0]);
  // Terraform lists both `hyperv_vhd.x.path` and `hyperv_vhd.x`.
  return refs.flatMap((ref) => (ref.startsWith('hyperv_') && ref.split('.').length === 3 ? [ref, ref.split('.').slice(0, 2).join('.')] : [ref]));
}

/** The plan of creating every rendered resource, as `terraform show -json` prints it. */
class PlanWriter {
  private readonly resources: { type: string; name: string; object: PlanObject }[] = [];

  resource(type: string, name: string): PlanObject {
    const object = new PlanObject();
    this.resources.push({ type, name, object });
    return object;
  }

  text(): string {
    const plan = {
      format_version: '1.2',
      terraform_version: '1.11.4',
      planned_values: { root_module: {} },
      resource_changes: this.resources.map(({ type, name, object }) => ({
        address: `${type}.${name}`,
        mode: 'managed',
        type,
        name,
        provider_name: 'registry.terraform.io/taliesins/hyperv',
        change: {
          actions: ['create'],
          before: null,
          after: object.after,
          after_unknown: { id: true, ...(type === 'hyperv_machine_instance' && !('path' in object.after) ? { path: true } : {}), ...object.unknown },
          before_sensitive: false,
          after_sensitive: {},
        },
      })),
      configuration: {
        provider_config: { hyperv: { name: 'hyperv', full_name: 'registry.terraform.io/taliesins/hyperv' } },
        root_module: {
          resources: this.resources.map(({ type, name, object }) => ({
            address: `${type}.${name}`,
            mode: 'managed',
            type,
            name,
            provider_config_key: 'hyperv',
            expressions: object.expressions,
          })),
        },
      },
    };
    return `${JSON.stringify(plan, null, 2)}\n`;
  }
}
