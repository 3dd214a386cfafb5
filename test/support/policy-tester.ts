/**
 * Table-driven tests for one policy, in the manner of ESLint's RuleTester: every case is a small
 * `hvgate/v1` YAML text run through the real parser and engine; valid cases must produce no finding
 * of the policy, invalid cases exactly the listed ones, at the listed positions.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type GateSettings } from '../../src/core/settings.js';
import { evaluate, type Evaluation } from '../../src/core/engine.js';
import { mergeEstates, type Estate, type VirtualMachine } from '../../src/core/model.js';
import type { AnyPolicy } from '../../src/core/policy.js';
import { parseHvgateFile } from '../../src/parsers/hvgate/index.js';

/** A VirtualMachine document with the given `spec` lines (indented by two); `spec:` is on line 5. */
export function vmDocument(spec: string, name: string): string {
  return `apiVersion: hvgate/v1\nkind: VirtualMachine\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
}

/** The fixed "today" of every policy test, so exception expiry is deterministic. */
export const TEST_TODAY = '2026-06-01';

export interface PolicyCase {
  readonly name: string;
  /** One file of `hvgate/v1` documents; or several files by path. */
  readonly yaml: string | Readonly<Record<string, string>>;
  readonly settings?: Partial<GateSettings>;
  /** Evaluate with these policies instead of only the one under test (e.g. to produce findings to waive). */
  readonly pack?: readonly AnyPolicy[];
  /**
   * Changes the parsed estate before evaluation: for model states the hvgate/v1 format cannot write
   * but other inputs produce, such as a value unknown until apply.
   */
  readonly transform?: (estate: Estate) => Estate;
  /** Names of VMs whose predicted outcome must be marked uncertain; every other VM must not be. */
  readonly uncertain?: readonly string[];
}

export interface ExpectedFinding {
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  readonly file?: string;
  readonly subject?: string;
  readonly level?: 'error' | 'warning' | 'note';
  /** Substrings the rendered message must contain. */
  readonly messageIncludes?: readonly string[];
  readonly vm?: string;
  readonly waived?: boolean;
}

export interface InvalidCase extends PolicyCase {
  readonly errors: readonly ExpectedFinding[];
  /** Expected predicted outcome per VM name, checked when given. */
  readonly outcomes?: Readonly<Record<string, string>>;
}

export interface ValidCase extends PolicyCase {
  readonly outcomes?: Readonly<Record<string, string>>;
}

export function evaluateCase(policy: AnyPolicy, testCase: PolicyCase): { estate: Estate; evaluation: Evaluation } {
  const files = typeof testCase.yaml === 'string' ? { 'case.yaml': testCase.yaml } : testCase.yaml;
  const parsed = mergeEstates(Object.entries(files).map(([file, text]) => parseHvgateFile(file, text)));
  const estate = testCase.transform ? testCase.transform(parsed) : parsed;
  const settings: GateSettings = { ...DEFAULT_SETTINGS, ...testCase.settings };
  const evaluation = evaluate(estate, testCase.pack ?? [policy], settings, { today: TEST_TODAY });
  return { estate, evaluation };
}

/** A transform that replaces one VM of the estate, by name. */
export function withVm(name: string, change: (vm: VirtualMachine) => VirtualMachine): (estate: Estate) => Estate {
  return (estate) => {
    if (!estate.vms.some((vm) => vm.name === name)) throw new Error(`withVm: the case defines no VM "${name}"`);
    return { ...estate, vms: estate.vms.map((vm) => (vm.name === name ? change(vm) : vm)) };
  };
}

export function policyCases(policy: AnyPolicy, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) throw new Error(`${policy.id}: duplicate test case "${duplicate}"`);

  describe(`${policy.id} ${policy.name}`, () => {
    describe('valid', () => {
      for (const testCase of cases.valid) {
        test(testCase.name, () => {
          const { estate, evaluation } = evaluateCase(policy, testCase);
          if (policy.id !== 'HVB000') expect(estate.diagnostics, 'the case must parse cleanly').toEqual([]);
          const own = evaluation.findings.filter((f) => f.policyId === policy.id && !f.exception);
          expect(own.map((f) => `${f.at.line}:${f.at.column} ${f.messageId}: ${f.message}`)).toEqual([]);
          checkOutcomes(evaluation, testCase.outcomes);
          checkUncertain(evaluation, testCase.uncertain);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        test(testCase.name, () => {
          if (testCase.errors.length === 0) throw new Error('an invalid case must expect at least one finding');
          const { estate, evaluation } = evaluateCase(policy, testCase);
          if (policy.id !== 'HVB000') expect(estate.diagnostics, 'the case must parse cleanly').toEqual([]);
          const own = evaluation.findings.filter((f) => f.policyId === policy.id);
          for (const finding of own) {
            expect(policy.messages[finding.messageId] ?? finding.messageId === 'cannotEvaluate', `unknown messageId ${finding.messageId}`).toBeTruthy();
            expect(finding.message).not.toMatch(/\{\{|\}\}/);
            expect(finding.fix).not.toMatch(/\{\{|\}\}/);
          }
          const actual = own.map((f) => ({
            messageId: f.messageId,
            line: f.at.line,
            column: f.at.column,
            ...(testCase.errors.some((e) => e.file) ? { file: f.at.file } : {}),
          }));
          expect(actual).toEqual(testCase.errors.map((e) => ({ messageId: e.messageId, line: e.line, column: e.column, ...(e.file ? { file: e.file } : {}) })));
          testCase.errors.forEach((expected, index) => {
            const finding = own[index]!;
            if (expected.subject !== undefined) expect(finding.subject).toBe(expected.subject);
            expect(finding.level).toBe(expected.level ?? settingsLevel(policy, testCase));
            if (expected.vm !== undefined) expect(finding.vm).toBe(expected.vm);
            expect(Boolean(finding.exception)).toBe(expected.waived ?? false);
            for (const part of expected.messageIncludes ?? []) expect(finding.message).toContain(part);
          });
          checkOutcomes(evaluation, testCase.outcomes);
          checkUncertain(evaluation, testCase.uncertain);
        });
      }
    });
  });
}

function settingsLevel(policy: AnyPolicy, testCase: PolicyCase): string {
  const configured = testCase.settings?.policies?.[policy.id]?.level;
  return configured && configured !== 'off' ? configured : policy.defaultLevel;
}

function checkOutcomes(evaluation: Evaluation, outcomes: Readonly<Record<string, string>> | undefined): void {
  if (!outcomes) return;
  const actual = Object.fromEntries(evaluation.vms.filter((r) => r.vm.name in outcomes).map((r) => [r.vm.name, r.outcome]));
  expect(actual).toEqual(outcomes);
}

function checkUncertain(evaluation: Evaluation, uncertain: readonly string[] | undefined): void {
  if (!uncertain) return;
  expect(evaluation.vms.filter((r) => r.uncertain).map((r) => r.vm.name)).toEqual([...uncertain]);
}
