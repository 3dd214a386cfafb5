/**
 * HVB016 exception-valid: an exception (waiver) must give a reason, an owner and an expiry, name a
 * policy that exists and may be waived, and still waive something (docs/domain.md §6). A broken one waives
 * nothing, and this policy says why.
 */
import { describeExceptionProblem, exceptionProblemFix } from '../../src/core/exceptions.js';
import type { RelatedLocation } from '../../src/core/finding.js';
import type { PolicyException, VirtualMachine } from '../../src/core/model.js';
import { definePolicy, type ExceptionProblem } from '../../src/core/policy.js';
import { formatSpan } from '../../src/core/source.js';

export default definePolicy({
  id: 'HVB016',
  name: 'exception-valid',
  description: 'Require every exception to give a reason, an owner and an expiry date, to name a policy that can be waived, and to waive something.',
  defaultLevel: 'error',
  effect: 'none',
  waivable: false,
  fix: 'Edit the exception for {{policy}} on {{target}}: {{actions}}.',
  messages: {
    invalid: 'The exception for {{policy}} on {{target}} is ignored and waives nothing: {{problems}}.',
    unmatched:
      'The exception for {{policy}} on {{target}} matches no finding, so it waives nothing; the problem it excused may be fixed, or it names the wrong VM, disk or policy.',
  },
  defaultOptions: {},
  checkExceptions({ estate, exceptions, report }) {
    const broken = exceptions.filter((status) => status.problems.length > 0);
    if (broken.length === 0) return;
    const vmByKey = new Map<string, VirtualMachine>();
    for (const vm of estate.vms) {
      if (!vmByKey.has(vm.name)) vmByKey.set(vm.name, vm);
      if (!vmByKey.has(vm.address)) vmByKey.set(vm.address, vm);
    }

    for (const { exception, problems, policyId: resolvedId } of broken) {
      // An exception declared on a VM is about that VM; one that names its VMs, about the VM it names.
      const vm = exception.vmAddress !== undefined ? vmByKey.get(exception.vmAddress) : exception.vmPattern === true ? undefined : vmByKey.get(exception.vm);
      const policyId = resolvedId ?? exception.policy.trim();
      const onlyUnmatched = problems.every((problem) => problem.kind === 'unmatched');
      const [at, ...others] = causes(exception, problems);
      report({
        messageId: onlyUnmatched ? 'unmatched' : 'invalid',
        at: at.at,
        related: others,
        // About the VM it names when that VM exists; otherwise about the file that declares it.
        address: vm?.address ?? exception.at.file,
        ...(vm ? { vm: vm.name } : {}),
        subject: ['exception', policyId, ...(vm ? [] : [exception.vm]), ...(exception.subject !== undefined ? [exception.subject] : [])].join(':'),
        data: {
          policy: exception.policy.trim() === '' ? '(no policy)' : exception.policy.trim(),
          target: targetOf(exception.vm, exception.subject, exception.vmPattern === true),
          problems: problems.map(describeExceptionProblem).join('; '),
          actions: [...new Set(problems.map(exceptionProblemFix))].join('; '),
        },
      });
    }
  },
});

/** Which field of an exception each problem is about; problems with the exception as a whole are about the block. */
const FIELD_OF: Readonly<Partial<Record<ExceptionProblem['kind'], 'policy' | 'expires'>>> = {
  'unknown-policy': 'policy',
  'not-waivable': 'policy',
  'bad-expiry': 'expires',
  expired: 'expires',
  'too-long': 'expires',
};

/**
 * Where the problems are: the written field a problem is about (an expired `expires`, an unknown
 * `policy`), else the exception block (a missing owner). The first is the finding's position, the
 * others its related locations.
 */
function causes(exception: PolicyException, problems: readonly ExceptionProblem[]): [RelatedLocation, ...RelatedLocation[]] {
  const seen = new Map<string, RelatedLocation>();
  for (const problem of problems) {
    const field = FIELD_OF[problem.kind];
    const at = (field !== undefined ? exception.fieldsAt?.[field] : undefined) ?? exception.at;
    const key = formatSpan(at);
    if (!seen.has(key)) seen.set(key, { at, message: describeExceptionProblem(problem) });
  }
  const [first, ...rest] = [...seen.values()];
  return [first ?? { at: exception.at, message: '' }, ...rest];
}

function targetOf(vm: string, subject: string | undefined, glob: boolean): string {
  const who = glob ? `VMs matching "${vm}"` : `VM "${vm}"`;
  return subject === undefined ? who : `${who}, "${subject}"`;
}
