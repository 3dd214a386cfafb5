/**
 * The one place findings are built: from a policy's report, or from a value a policy could not
 * evaluate. Both fill the same fields in the same order, so every consumer sees one shape.
 */
import { fingerprintOf, type Finding } from '../finding.js';
import type { ResolvedHost } from '../host.js';
import type { Estate, VirtualMachine } from '../model.js';
import type { AnyPolicy, EstateReport, MessageData } from '../policy.js';
import type { GateSettings } from '../settings.js';
import type { Unknown } from '../source.js';
import { renderTemplate } from '../template.js';
import type { ConfiguredPolicy, ResolvedPack } from './pack.js';

/** What the engine itself says, as templates like a policy's messages and fix. */
export const ENGINE_MESSAGES = {
  cannotEvaluate: 'Cannot evaluate {{policyId}} {{policyName}} for VM "{{vm}}": {{what}} is unknown ({{reason}}).',
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

  /** A finding from a policy's report; an unknown message id is a bug in the policy. */
  fromReport({ policy, level, enforcement }: ConfiguredPolicy, report: EstateReport<string>, scope: FindingScope): Finding {
    const data: MessageData = { ...scope.autoData, ...report.data };
    const template = policy.messages[report.messageId];
    if (template === undefined) throw new Error(`${policy.id}: unknown messageId "${report.messageId}"`);
    return {
      policyId: policy.id,
      policyName: policy.name,
      level,
      enforcement,
      messageId: report.messageId,
      message: renderTemplate(template, data, policy.id),
      fix: renderTemplate(policy.fix, data, policy.id),
      docsUrl: policy.docsUrl,
      at: report.at,
      related: report.related ?? [],
      ...(scope.vm !== undefined ? { vm: scope.vm } : {}),
      ...(scope.vmAddress !== undefined ? { vmAddress: scope.vmAddress } : {}),
      address: scope.address,
      ...(report.subject !== undefined ? { subject: report.subject } : {}),
      effect: report.effect ?? policy.effect,
      ...(scope.host ? { host: scope.host.label } : {}),
      ...(report.blastRadius ? { blastRadius: report.blastRadius } : {}),
      fingerprint: fingerprintOf(policy.id, scope.address, report.subject),
    };
  }

  /**
   * A note that `policy` could not evaluate a value unknown until apply; with `unknown: fail`, an
   * error of the policy that owns unknowns instead, so the gate fails closed.
   */
  cannotEvaluate(configured: ConfiguredPolicy, vm: VirtualMachine, host: ResolvedHost, value: Unknown, what: string, subject?: string): Finding {
    const { policy } = configured;
    const owner: { policy: AnyPolicy; enforcement: ConfiguredPolicy['enforcement'] } = (this.failClosed ? this.pack.unknownsOwner : undefined) ?? configured;
    const unknownSubject = `unknown:${policy.id}:${subject ?? what}`;
    const data: MessageData = { policyId: policy.id, policyName: policy.name, vm: vm.name, what, reason: value.reason };
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
      fingerprint: fingerprintOf(owner.policy.id, vm.address, unknownSubject),
    };
  }
}
