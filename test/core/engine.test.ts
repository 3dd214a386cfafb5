import { describe, expect, test } from 'vitest';
import { policies } from '../../policies/index.js';
import checkpointSameVolume from '../../policies/HVB003-checkpoint-same-volume/index.js';
import { evaluate } from '../../src/core/engine.js';
import { ENGINE_MESSAGES } from '../../src/core/engine/finding-factory.js';
import { decide } from '../../src/core/gate.js';
import { mergeEstates, type Estate } from '../../src/core/model.js';
import { definePolicy, type AnyPolicy } from '../../src/core/policy.js';
import { DEFAULT_SETTINGS, type GateSettings } from '../../src/core/settings.js';
import { fileStart, unknown } from '../../src/core/source.js';
import { textReporter } from '../../src/reporters/text.js';
import { gateRun } from '../../src/app/gate-run.js';
import { parseHvgateFile } from '../../src/parsers/hvgate/index.js';

const TODAY = '2026-06-01';

/** Checkpoints on C:, disks on D: — one HVB003 finding per disk. */
function estate(disks: readonly string[], exceptions = ''): Estate {
  const diskLines = disks.map((name) => `    - name: ${name}\n      path: D:\\VMs\\${name}.vhdx`).join('\n');
  const yaml = `apiVersion: hvgate/v1
kind: VirtualMachine
metadata:
  name: app-01
spec:
  checkpoints:
    location: C:\\Snapshots
  disks:
${diskLines}
${exceptions}`;
  return mergeEstates([parseHvgateFile('case.yaml', yaml)]);
}

const waiverFor = (policy: string, disk?: string) => `  exceptions:
    - policy: ${policy}
      reason: Stateless node.
      owner: platform-team
      expires: 2026-06-30${disk !== undefined ? `\n      disk: ${disk}` : ''}`;

const settings = (overrides: Partial<GateSettings> = {}): GateSettings => ({ ...DEFAULT_SETTINGS, ...overrides });

/** A stand-in for HVB000 under another id: what owns unknowns and cannot be waived comes from metadata, never from an id. */
const gatekeeper = definePolicy({
  id: 'HVB900',
  name: 'gatekeeper',
  description: 'Require what the gate reads to be readable.',
  defaultLevel: 'error',
  effect: 'none',
  waivable: false,
  ownsUnknowns: true,
  fix: 'Fix it.',
  messages: { broken: 'VM "{{vm}}" is broken.' },
  defaultOptions: {},
  checkVm({ vm, report }) {
    report({ messageId: 'broken', at: vm.at });
  },
});

function withUnknownCheckpoints(parsed: Estate): Estate {
  return { ...parsed, vms: parsed.vms.map((vm) => ({ ...vm, checkpointLocation: unknown(vm.at, 'known after apply') })) };
}

describe('the engine', () => {
  test('counts every finding an exception waives', () => {
    const evaluation = evaluate(estate(['os', 'data'], waiverFor('HVB003')), [checkpointSameVolume], settings(), { today: TODAY });
    expect(evaluation.findings.map((f) => [f.subject, f.exception !== undefined])).toEqual([
      ['disk:os', true],
      ['disk:data', true],
    ]);
    expect(evaluation.exceptions.map((s) => [s.matched, s.problems])).toEqual([[2, []]]);
  });

  test('a valid exception whose policy is switched off is moot, not unmatched', () => {
    const off = settings({ policies: { HVB003: { level: 'off' } } });
    const evaluation = evaluate(estate(['os'], waiverFor('HVB003')), [checkpointSameVolume], off, { today: TODAY });
    expect(evaluation.exceptions.map((s) => [s.matched, s.problems])).toEqual([[0, []]]);
  });

  test('the policy that owns unknowns is chosen by metadata: with unknown: fail, "cannot evaluate" is its error', () => {
    const pack: AnyPolicy[] = [gatekeeper, checkpointSameVolume];
    const failing = evaluate(withUnknownCheckpoints(estate(['os'])), pack, settings({ unknown: 'fail' }), { today: TODAY });
    const cannot = failing.findings.filter((f) => f.cannotEvaluate === true);
    expect(cannot.map((f) => [f.policyId, f.level, f.enforcement])).toEqual([['HVB900', 'error', 'hard-mandatory']]);
    expect(cannot[0]?.message).toBe(
      'Cannot evaluate HVB003 checkpoint-same-volume for VM "app-01": the checkpoint location is unknown (known after apply), so its backup outcome on Windows Server 2019 host (assumed: no host profile), configuration version 9.0 is uncertain.',
    );
    expect(cannot[0]?.fix).toBe(ENGINE_MESSAGES.cannotEvaluateFailClosedFix);

    const noting = evaluate(withUnknownCheckpoints(estate(['os'])), pack, settings(), { today: TODAY });
    expect(noting.findings.filter((f) => f.cannotEvaluate === true).map((f) => [f.policyId, f.level])).toEqual([['HVB003', 'note']]);
  });

  test('two policies that own unknowns are a bug in the pack', () => {
    const twin = definePolicy({ ...gatekeeper, id: 'HVB901', name: 'gatekeeper-twin' });
    expect(() => evaluate(estate(['os']), [gatekeeper, twin], settings(), { today: TODAY })).toThrow(/only one policy may own unknown values/);
  });

  test('a policy that is not waivable keeps its findings, and is hard-mandatory unless configured otherwise', () => {
    const evaluation = evaluate(estate(['os'], waiverFor('HVB900')), [gatekeeper], settings(), { today: TODAY });
    expect(evaluation.findings.map((f) => [f.policyId, f.exception !== undefined, f.enforcement])).toEqual([['HVB900', false, 'hard-mandatory']]);
    expect(evaluation.exceptions[0]?.problems).toEqual([{ kind: 'not-waivable', value: 'HVB900', byConfiguration: false }]);
    const { verdict, findings } = decide(evaluation.findings, settings(), { overridden: true });
    expect([verdict.passed, findings[0]?.overridden]).toEqual([false, false]);

    const relaxed = evaluate(estate(['os']), [gatekeeper], settings({ policies: { HVB900: { enforcement: 'soft-mandatory' } } }), { today: TODAY });
    expect(relaxed.findings[0]?.enforcement).toBe('soft-mandatory');
  });

  test('what the exception policy reports cannot be waived, even by an exception that names it', () => {
    const yaml = estate(['os'], `${waiverFor('HVB016')}\n    - policy: HVB003\n      reason: r\n      owner: o\n      expires: 2020-01-01`);
    const evaluation = evaluate(yaml, policies, settings(), { today: TODAY });
    const fromExceptionPolicy = evaluation.findings.filter((f) => f.policyId === 'HVB016');
    expect(fromExceptionPolicy.length).toBe(2);
    expect(fromExceptionPolicy.every((f) => f.exception === undefined)).toBe(true);
    expect(evaluation.exceptions[0]?.problems).toContainEqual({ kind: 'not-waivable', value: 'HVB016', byConfiguration: false });
  });

  test('an exception that opted into a pattern waives every VM it matches, and says which', () => {
    const vm = (name: string) => estate(['os']).vms.map((v) => ({ ...v, name, address: `VirtualMachine/${name}` }));
    const fleet: Estate = {
      ...estate(['os']),
      vms: [...vm('web-01'), ...vm('web-02'), ...vm('db-01')],
      exceptions: [{ policy: 'HVB003', vm: 'web-*', vmPattern: true, reason: 'Rebuild.', owner: 'ops', expires: '2026-06-30', at: fileStart('.hvgate.yml') }],
    };
    const evaluation = evaluate(fleet, [checkpointSameVolume], settings(), { today: TODAY });
    const waived = Object.fromEntries(evaluation.findings.map((f): [string, boolean] => [f.vm ?? '', f.exception !== undefined]));
    expect(waived).toEqual({ 'web-01': true, 'web-02': true, 'db-01': false });
    expect(evaluation.exceptions.map((s) => [s.matched, s.vms])).toEqual([[2, ['web-01', 'web-02']]]);

    const literal = evaluate({ ...fleet, exceptions: fleet.exceptions.map((e) => ({ ...e, vmPattern: false })) }, [checkpointSameVolume], settings(), {
      today: TODAY,
    });
    expect(literal.findings.filter((f) => f.exception !== undefined)).toEqual([]);

    const { report } = gateRun({
      evaluation,
      decision: decide(evaluation.findings, settings()),
      pack: [checkpointSameVolume],
      settings: settings(),
      files: [],
    });
    expect(textReporter(report, {})).toContain('HVB003 for VMs matching "web-*": web-01, web-02: expires 2026-06-30 (in 29 days), owner ops');
  });
});
