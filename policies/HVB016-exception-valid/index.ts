/**
 * HVB016 exception-valid: an exception (waiver) must give a reason, an owner and an expiry, name a
 * policy that exists and may be waived, and still waive something (domain §6). A broken one waives
 * nothing, and this policy says why.
 */
import { isNeverWaivable } from '../../src/core/exceptions.js';
import type { VirtualMachine } from '../../src/core/model.js';
import { definePolicy, type AnyPolicy, type ExceptionProblem } from '../../src/core/policy.js';
import { didYouMean } from '../../src/core/suggest.js';

/** Characters that make an exception's VM a glob pattern rather than one VM's name. */
const GLOB = /[*?[\]{}!]/;

export default definePolicy({
  id: 'HVB016',
  name: 'exception-valid',
  description: 'Require every exception to give a reason, an owner and an expiry date, to name a policy that can be waived, and to waive something.',
  defaultLevel: 'error',
  effect: 'none',
  runsAfterExceptions: true,
  fix: 'Edit the exception for {{policy}} on {{target}}: {{actions}}.',
  messages: {
    invalid: 'The exception for {{policy}} on {{target}} is ignored and waives nothing: {{problems}}.',
    unmatched:
      'The exception for {{policy}} on {{target}} matches no finding, so it waives nothing; the problem it excused may be fixed, or it names the wrong VM, disk or policy.',
  },
  defaultOptions: {},
  checkEstate({ estate, exceptions, pack, report }) {
    const broken = exceptions.filter((status) => status.problems.length > 0);
    if (broken.length === 0) return;
    const vmByKey = new Map<string, VirtualMachine>();
    for (const vm of estate.vms) {
      if (!vmByKey.has(vm.name)) vmByKey.set(vm.name, vm);
      if (!vmByKey.has(vm.address)) vmByKey.set(vm.address, vm);
    }
    const policyNames = pack.flatMap((policy) => [policy.id, policy.name]);

    for (const { exception, problems } of broken) {
      const vm = GLOB.test(exception.vm) ? undefined : vmByKey.get(exception.vm);
      const policyId = resolve(exception.policy, pack) ?? exception.policy.trim();
      const onlyUnmatched = problems.every((problem) => problem.kind === 'unmatched');
      report({
        messageId: onlyUnmatched ? 'unmatched' : 'invalid',
        at: exception.at,
        // About the VM it names when that VM exists; otherwise about the file that declares it.
        address: vm?.address ?? exception.at.file,
        ...(vm ? { vm: vm.name } : {}),
        subject: ['exception', policyId, ...(vm ? [] : [exception.vm]), ...(exception.subject !== undefined ? [exception.subject] : [])].join(':'),
        data: {
          policy: exception.policy.trim() === '' ? '(no policy)' : exception.policy.trim(),
          target: targetOf(exception.vm, exception.subject, GLOB.test(exception.vm)),
          problems: problems.map((problem) => describe(problem, policyNames)).join('; '),
          actions: [...new Set(problems.map(actionFor))].join('; '),
        },
      });
    }
  },
});

function resolve(policy: string, pack: readonly AnyPolicy[]): string | undefined {
  const wanted = policy.trim().toUpperCase();
  return pack.find((p) => p.id === wanted || p.name.toUpperCase() === wanted)?.id;
}

function targetOf(vm: string, subject: string | undefined, glob: boolean): string {
  const who = glob ? `VMs matching "${vm}"` : `VM "${vm}"`;
  return subject === undefined ? who : `${who}, "${subject}"`;
}

function describe(problem: ExceptionProblem, policyNames: readonly string[]): string {
  switch (problem.kind) {
    case 'no-reason':
      return 'it gives no reason';
    case 'no-owner':
      return 'it names no owner';
    case 'no-expiry':
      return 'it has no expiry date';
    case 'bad-expiry':
      return `its expiry "${problem.value}" is not a calendar date (YYYY-MM-DD)`;
    case 'expired':
      return `it expired on ${problem.value}`;
    case 'unknown-policy':
      return `it names an unknown policy "${problem.value}"${didYouMean(problem.value.trim(), policyNames)}`;
    case 'not-waivable':
      return isNeverWaivable(problem.value)
        ? `${problem.value} can never be waived`
        : `${problem.value} is hard-mandatory in the configuration, so it cannot be waived`;
    case 'too-long':
      return `its expiry ${problem.value} is more than the allowed ${problem.maxDays} days away`;
    case 'added-by-change':
      return 'it is added by this change, and only exceptions that already exist on the base branch count';
    case 'unmatched':
      return 'it matches no finding';
  }
}

function actionFor(problem: ExceptionProblem): string {
  switch (problem.kind) {
    case 'no-reason':
      return 'say why the policy does not apply';
    case 'no-owner':
      return 'name the person or team that answers for it';
    case 'no-expiry':
    case 'bad-expiry':
      return 'set expires to the last day it is valid (YYYY-MM-DD)';
    case 'expired':
      return 'renew it with a new expiry date if the reason still holds, or remove it';
    case 'unknown-policy':
      return 'name a policy by its id (HVB003) or name (checkpoint-same-volume)';
    case 'not-waivable':
      return 'fix the finding instead, since it cannot be waived';
    case 'too-long':
      return `choose an expiry at most ${problem.maxDays} days from today`;
    case 'added-by-change':
      return 'get it approved on the base branch in a change of its own';
    case 'unmatched':
      return 'remove it, or correct the VM, disk or policy it names';
  }
}
