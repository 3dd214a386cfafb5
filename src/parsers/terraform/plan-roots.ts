/**
 * Who speaks for each Terraform root: its `.tf` configuration, the pipeline's own plan, or a state.
 *
 * - A plan passed explicitly (`--terraform-plan`) is the pipeline's `terraform show -json` and stands
 *   in for its root's configuration: its VMs are evaluated, the root's `.tf` files give positions.
 * - A plan found among the definitions was written by whoever wrote the change. It never hides the
 *   `.tf` files of its configuration: they are evaluated, and a VM in one but not the other is a
 *   diagnostic at the plan. Only a plan without any configuration beside it is evaluated itself.
 * - A state is the VMs as they exist. Beside its configuration it is the "before" of a plan (on the
 *   base side only: a change cannot rewrite what existed); on its own it is evaluated like a definition.
 */
import { emptyEstate, type Diagnostic, type Estate, type VirtualMachine } from '../../core/model.js';
import { fileStart, formatSpan } from '../../core/source.js';
import { parseTerraformConfiguration, type SourceFile, type TerraformDirectoryReader } from './configuration.js';
import { parseTerraformPlan, type TerraformPlan } from './plan.js';
import { PlanSources, type RootMatch } from './plan-sources.js';
import { parseTerraformState } from './state.js';

export interface TerraformFiles {
  readonly configuration: readonly SourceFile[];
  readonly tfvars: readonly SourceFile[];
  /** Plan JSON found among the definitions. */
  readonly plans: readonly SourceFile[];
  /** `terraform.tfstate` and `terraform show -json` of a state. */
  readonly states: readonly SourceFile[];
  /** The pipeline's own plans (`--terraform-plan`). */
  readonly givenPlans?: readonly SourceFile[];
  /** Reads module directories outside the selection (see parseTerraformConfiguration). */
  readonly directories?: TerraformDirectoryReader;
  /**
   * Set on the base side of `hvgate plan`: the before state of the head's given plans, each standing
   * in for its root (when it has one). A state beside its configuration is then that root's before.
   */
  readonly before?: readonly BeforeState[];
  /** Whether plan and state VMs list their attributes for `hvgate plan`'s diff (the default); a check has no use for them. */
  readonly attributes?: boolean;
  /** Whether the given plans' before estates are built, for the base side of `hvgate plan`; plans found among the files never need theirs. */
  readonly givenPlansBefore?: boolean;
}

/** What existed before a given plan, and the root it stands in for. */
export interface BeforeState {
  readonly root?: string;
  readonly estate: Estate;
}

/** A plan the pipeline gave, read, with the root it stands in for. */
export interface GivenPlan {
  readonly file: string;
  readonly plan: TerraformPlan;
  readonly root: RootMatch;
}

export interface TerraformEstates {
  readonly estates: readonly Estate[];
  readonly givenPlans: readonly GivenPlan[];
}

export async function readTerraform(files: TerraformFiles): Promise<TerraformEstates> {
  const sources = await PlanSources.build(files.configuration);
  const attributes = files.attributes ?? true;
  const estates: Estate[] = [];
  /** Root → the addresses of the VMs that speak for it, when something other than its `.tf` does. */
  const standIns = new Map<string, readonly VirtualMachine[]>();

  const givenPlans: GivenPlan[] = [];
  for (const file of files.givenPlans ?? []) {
    const plan = await parseTerraformPlan({ file: file.path, text: file.text, sources, attributes, before: files.givenPlansBefore ?? false });
    givenPlans.push({ file: file.path, plan, root: plan.root });
    if (plan.root.kind === 'root') standIns.set(plan.root.dir, plan.after.vms);
    estates.push(plan.after);
  }
  for (const { root, estate } of files.before ?? []) {
    if (root !== undefined) standIns.set(root, estate.vms);
    estates.push(estate);
  }

  for (const file of files.states) {
    const state = parseTerraformState({ file: file.path, text: file.text, sources, attributes });
    const root = state.root.kind === 'root' ? state.root.dir : undefined;
    if (root === undefined) estates.push(state.estate);
    else if (files.before && !standIns.has(root)) {
      standIns.set(root, state.estate.vms);
      estates.push(state.estate);
    } else {
      estates.push({
        ...emptyEstate,
        diagnostics: state.estate.diagnostics,
        files: [file.path],
        notices: [
          `${formatSpan(fileStart(file.path))}: this state is the current state of the configuration in ${folder(root)}; the configuration is what the change proposes, so it is evaluated, and hvgate plan compares it with the base's state.`,
        ],
      });
    }
  }

  const configuration = await parseTerraformConfiguration({
    files: files.configuration,
    tfvars: files.tfvars,
    replacedRoots: new Set(standIns.keys()),
    ...(files.directories ? { directories: files.directories } : {}),
  });
  estates.push(configuration);

  for (const file of files.plans) {
    const plan = await parseTerraformPlan({ file: file.path, text: file.text, sources, attributes, before: false });
    if (plan.root.kind === 'none') {
      // Nothing else defines these VMs: the plan is all there is to evaluate.
      estates.push(plan.after);
      continue;
    }
    let diagnostics: Diagnostic[];
    if (plan.root.kind === 'root') {
      const dir = plan.root.dir;
      const governing = standIns.get(dir) ?? configuration.vms.filter((vm) => vm.configuration === dir);
      diagnostics = compareWithConfiguration(file.path, plan, dir, governing);
    } else diagnostics = [ambiguous(file.path, plan.root.dirs)];
    estates.push({
      ...emptyEstate,
      diagnostics: [...plan.after.diagnostics, ...diagnostics],
      files: [file.path],
      notices: [
        `${formatSpan(fileStart(file.path))}: this plan was found among the definitions, so it is checked against its configuration, not trusted; pass the pipeline's own plan with --terraform-plan ${file.path} to evaluate it instead.`,
      ],
    });
  }
  return { estates, givenPlans };
}

/** A VM the plan creates or keeps that the configuration does not define, and the other way round. */
function compareWithConfiguration(file: string, plan: TerraformPlan, root: string, governing: readonly VirtualMachine[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const kept = new Set(plan.changes.filter((c) => c.action !== 'delete' && c.action !== 'forget').map((c) => c.address));
  const matchers = governing.map((vm) => ({ vm, matches: addressMatcher(vm.address) }));
  for (const [address, at] of plan.machines) {
    if (!kept.has(address) || matchers.some((m) => m.matches(address))) continue;
    diagnostics.push({
      at,
      code: `plan-not-in-configuration:${address}`,
      message: `the plan creates or keeps ${address}, which the configuration in ${folder(root)} does not define: the plan is stale or was edited, and this VM is not evaluated from it`,
      fix: `Make the plan again from the configuration, or better, pass the pipeline's own plan with --terraform-plan instead of committing one.`,
    });
  }
  for (const { vm } of matchers) {
    // An instance the configuration cannot count (`[*]`) may legitimately have none in the plan.
    if (vm.address.includes('[*]') || (kept.has(vm.address) && plan.machines.has(vm.address))) continue;
    diagnostics.push({
      at: fileStart(file),
      code: `plan-missing-resource:${vm.address}`,
      message: `the configuration in ${folder(root)} defines ${vm.address} (${formatSpan(vm.at)}), which the plan does not create or keep: a plan that leaves out a VM could hide it, so the VM is evaluated from the configuration`,
      fix: `Make the plan again from the configuration, or better, pass the pipeline's own plan with --terraform-plan instead of committing one.`,
    });
  }
  return diagnostics;
}

function ambiguous(file: string, dirs: readonly string[]): Diagnostic {
  return {
    at: fileStart(file),
    code: 'plan-root-ambiguous',
    message: `the plan matches the configurations in ${dirs.map(folder).join(' and ')} equally, so it cannot be checked against one; they are evaluated from their .tf files`,
    fix: "Keep a plan in the folder of its root configuration, or pass the pipeline's own plan with --terraform-plan.",
  };
}

/** `module.vm[*].hyperv_machine_instance.this[*]` matches every instance key where the configuration has `[*]`. */
export function addressMatcher(address: string): (candidate: string) => boolean {
  if (!address.includes('[*]')) return (candidate) => candidate === address;
  const pattern = address
    .split('[*]')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\[(?:"(?:[^"\\\\]|\\\\.)*"|[^\\]"]*)\\]');
  const regex = new RegExp(`^${pattern}$`);
  return (candidate) => regex.test(candidate);
}

function folder(dir: string | undefined): string {
  return dir === undefined || dir === '' ? 'the top folder' : dir;
}
