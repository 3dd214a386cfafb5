/**
 * The one place findings are built: from a policy's report, or from a value a policy could not
 * evaluate. Both fill the same fields in the same order, so every consumer sees one shape.
 */
import { fingerprintOf, type Finding, type RelatedLocation } from '../finding.js';
import type { ResolvedHost } from '../host.js';
import type { DefinitionFormat, Estate, VirtualMachine } from '../model.js';
import type { AnyPolicy, EstateReport, MessageData } from '../policy.js';
import type { GateSettings } from '../settings.js';
import type { Unknown } from '../source.js';
import { renderTemplate } from '../template.js';
import type { ConfiguredPolicy, ResolvedPack } from './pack.js';

/** What the engine itself says, as templates like a policy's messages and fix. */
export const ENGINE_MESSAGES = {
  cannotEvaluate: 'Cannot evaluate {{policies}} for VM "{{vm}}": {{what}} is unknown ({{reason}}), so its backup outcome on {{host}} is uncertain.',
  cannotEvaluateFix: 'Give the value a literal, or evaluate a `terraform show -json` plan where it is known.',
  cannotEvaluateFailClosedFix:
    'Give the value a literal, or evaluate a `terraform show -json` plan where it is known; `unknown: fail` is set, so the gate fails closed.',
} as const;

/** What a finding is about, beyond what the policy reported. */
export interface FindingScope {
  readonly vm?: string;
  readonly vmAddress?: string;
  readonly address: string;
  readonly host?: ResolvedHost;
  /** The input format of the VM: Terraform findings are worded in Terraform's terms. */
  readonly format?: DefinitionFormat;
  /** Data every template of this scope may use (`vm`, `host`, `consequence`). */
  readonly autoData: MessageData;
}

export class FindingFactory {
  private readonly failClosed: boolean;
  /** VM name → address, the first VM of each name (a second one is HVB000's business). */
  private readonly vmAddresses = new Map<string, string>();

  constructor(
    private readonly pack: ResolvedPack,
    settings: GateSettings,
    estate: Estate,
  ) {
    this.failClosed = settings.unknown === 'fail';
    for (const vm of estate.vms) if (!this.vmAddresses.has(vm.name)) this.vmAddresses.set(vm.name, vm.address);
  }

  /** A finding from an estate policy: about the VM or job it names, otherwise about the file it points into. */
  fromEstateReport(configured: ConfiguredPolicy, report: EstateReport<string>): Finding {
    const vm = report.vm;
    const vmAddress = vm !== undefined ? this.vmAddresses.get(vm) : undefined;
    const scope: FindingScope = {
      ...(vm !== undefined ? { vm } : {}),
      ...(vmAddress !== undefined ? { vmAddress } : {}),
      address: report.address ?? report.at.file,
      autoData: vm !== undefined ? { vm } : {},
    };
    return this.fromReport(configured, report, scope);
  }

  /**
   * A finding from a policy's report; an unknown message id is a bug in the policy. Its optional
   * fields are set one by one in the order of a Finding, as a literal of spreads would, without the
   * spreads' objects: a large estate has hundreds of thousands of findings.
   */
  fromReport({ policy, level, enforcement }: ConfiguredPolicy, report: EstateReport<string>, scope: FindingScope): Finding {
    const data = report.data ?? NO_DATA;
    const terraform = scope.format === 'terraform' || scope.format === 'terraform-plan' ? policy.terraform : undefined;
    const template = terraform?.messages?.[report.messageId] ?? policy.messages[report.messageId];
    if (template === undefined) throw new Error(`${policy.id}: unknown messageId "${report.messageId}"`);
    const finding: Writable<Partial<Finding>> = {
      policyId: policy.id,
      policyName: policy.name,
      level,
      enforcement,
      messageId: report.messageId,
      message: renderTemplate(template, data, policy.id, scope.autoData),
      fix: renderTemplate(terraform?.fix ?? policy.fix, data, policy.id, scope.autoData),
      docsUrl: policy.docsUrl,
      at: report.at,
      related: report.related ?? NO_RELATED,
    };
    if (scope.vm !== undefined) finding.vm = scope.vm;
    if (scope.vmAddress !== undefined) finding.vmAddress = scope.vmAddress;
    finding.address = scope.address;
    if (report.subject !== undefined) finding.subject = report.subject;
    finding.effect = report.effect ?? policy.effect;
    if (scope.host) finding.host = scope.host.label;
    if (report.blastRadius) finding.blastRadius = report.blastRadius;
    if (report.remedy) finding.remedy = report.remedy;
    finding.fingerprint = fingerprintOf(policy.id, scope.address, report.subject);
    return finding as Finding;
  }

  /**
   * One note that the policies of `unknowns` (one cause: the same value) could not evaluate it; with
   * `unknown: fail`, an error of the policy that owns unknowns instead, so the gate fails closed. The
   * first policy gives the note its identity and its words.
   */
  cannotEvaluate(unknowns: readonly [UnevaluatedValue, ...UnevaluatedValue[]], vm: VirtualMachine, host: ResolvedHost): Finding {
    const [{ configured, value, what, subject }] = unknowns;
    const { policy } = configured;
    const owner: { policy: AnyPolicy; enforcement: ConfiguredPolicy['enforcement'] } = (this.failClosed ? this.pack.unknownsOwner : undefined) ?? configured;
    const unknownSubject = `unknown:${policy.id}:${subject ?? what}`;
    const policies = unknowns.map((u) => `${u.configured.policy.id} ${u.configured.policy.name}`);
    const data: MessageData = { policies: joinAnd(policies), vm: vm.name, what, reason: value.reason, host: host.label };
    return {
      policyId: owner.policy.id,
      policyName: owner.policy.name,
      level: this.failClosed ? 'error' : 'note',
      enforcement: owner.enforcement,
      messageId: 'cannotEvaluate',
      message: renderTemplate(ENGINE_MESSAGES.cannotEvaluate, data, 'engine'),
      fix: this.failClosed ? ENGINE_MESSAGES.cannotEvaluateFailClosedFix : ENGINE_MESSAGES.cannotEvaluateFix,
      docsUrl: owner.policy.docsUrl,
      at: value.at,
      related: [],
      vm: vm.name,
      vmAddress: vm.address,
      address: vm.address,
      subject: unknownSubject,
      effect: 'none',
      host: host.label,
      cannotEvaluate: true,
      unevaluated: unknowns.map((u) => u.configured.policy.id),
      fingerprint: fingerprintOf(owner.policy.id, vm.address, unknownSubject),
    };
  }
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

const NO_DATA: MessageData = {};
const NO_RELATED: readonly RelatedLocation[] = [];

/** A value a policy needed and could not evaluate, as the policy reported it. */
export interface UnevaluatedValue {
  readonly configured: ConfiguredPolicy;
  readonly value: Unknown;
  readonly what: string;
  readonly subject?: string;
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
