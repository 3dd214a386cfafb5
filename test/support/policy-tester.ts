/**
 * Table-driven tests for one policy, in the manner of ESLint's RuleTester. A case states once, in
 * the project's own `hvgate/v1` YAML, what the VMs are; the tester runs it through the real parsers
 * and engine in every input format the policy applies to — the own format, a Terraform configuration
 * and a Terraform plan JSON (see case-formats.ts) — and checks in each: valid cases produce no finding
 * of the policy, invalid cases exactly the listed ones, each with its message id, its start and end
 * position (stated as a path, so that it holds in every format), its message data, subject and level.
 */
import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { applyOverlays } from '../../src/config/overlay.js';
import { DEFAULT_SETTINGS, type GateSettings } from '../../src/core/settings.js';
import { evaluate, type Evaluation } from '../../src/core/engine.js';
import type { Finding, Level } from '../../src/core/finding.js';
import { degradedConsequence } from '../../src/core/host.js';
import { mergeEstates, type Estate, type VirtualMachine } from '../../src/core/model.js';
import type { Outcome } from '../../src/core/outcome.js';
import type { AnyPolicy, MessageData, Policy } from '../../src/core/policy.js';
import type { SourceSpan } from '../../src/core/source.js';
import { renderTemplate } from '../../src/core/template.js';
import { parseSources } from '../../src/load/parse-sources.js';
import { parseHvgateFile } from '../../src/parsers/hvgate/index.js';
import { FORMATS, NotExpressible, renderCase, type Format, type Rendering } from './case-formats.js';

export { FORMATS, TERRAFORM_FORMATS, type Format } from './case-formats.js';

/** A VirtualMachine document with the given `spec` lines (indented by two); `spec:` is on line 5. */
export function vmDocument(spec: string, name: string): string {
  return `apiVersion: hvgate/v1\nkind: VirtualMachine\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
}

/** The fixed "today" of every policy test, so exception expiry is deterministic. */
export const TEST_TODAY = '2026-06-01';

/** The message id of the engine's "cannot evaluate" notes, which every policy may produce. */
type CannotEvaluate = 'cannotEvaluate';

export interface PolicyCase {
  readonly name: string;
  /** One file of `hvgate/v1` documents, or several files by path: what the VMs, jobs and hosts are. */
  readonly yaml: string | Readonly<Record<string, string>>;
  readonly settings?: Partial<GateSettings>;
  /** Evaluate with these policies instead of only the one under test (e.g. to produce findings to waive). */
  readonly pack?: readonly AnyPolicy[];
  /**
   * Changes the parsed estate before evaluation: for model states no input format can write yet.
   * Runs in every format of the case, after overlays.
   */
  readonly transform?: (estate: Estate) => Estate;
  /** Names of VMs whose predicted outcome must be marked uncertain; every other VM must not be. */
  readonly uncertain?: readonly string[];
  /** Expected predicted outcome per VM name. */
  readonly outcomes?: Readonly<Record<string, Outcome>>;
  /** The formats this case runs in, when it cannot run in every format of its table; say why in the name or a comment. */
  readonly formats?: readonly Format[];
}

export interface ExpectedFinding<M extends string> {
  readonly messageId: M | CannotEvaluate;
  /**
   * The cause, as a path into a case document (`spec.disks[1].passThrough.diskNumber`): the value
   * when it is written, else the nearest place above it that is (where it would be written).
   */
  readonly at?: string;
  /** Like `at`, for findings about the key a value is written under (an unknown name): the key's span. */
  readonly atKey?: string;
  /** The document `at` is in, as `Kind/name` (`BackupJob/nightly`); default: the case's first document. */
  readonly in?: string;
  /** Positions for causes that no path names (YAML syntax); they hold in the own format only. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /**
   * Message data besides `vm`, `host` and `consequence`, which the tester takes from the evaluation:
   * the message must be exactly the policy's template filled with it. Disk names are the case's; the
   * tester spells them as each format does.
   */
  readonly data?: MessageData;
  /** Data that differ in the Terraform formats (Terraform's own words). */
  readonly terraformData?: MessageData;
  readonly subject?: string;
  readonly level?: Level;
  readonly vm?: string;
  readonly waived?: boolean;
  /** Substrings the message must contain; each must come from data, not from the template's fixed text. */
  readonly messageIncludes?: readonly string[];
}

export interface InvalidCase<M extends string> extends PolicyCase {
  readonly errors: readonly ExpectedFinding<M>[];
}

export type ValidCase = PolicyCase;

export interface CaseTable<M extends string> {
  /** The formats the policy applies to; default: all three. */
  readonly formats?: readonly Format[];
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase<M>[];
}

/** Evaluates a case in the own format, synchronously; for tests that inspect the evaluation themselves. */
export function evaluateCase(policy: AnyPolicy, testCase: PolicyCase): { estate: Estate; evaluation: Evaluation } {
  const files = filesOf(testCase);
  const parsed = mergeEstates(Object.entries(files).map(([file, text]) => parseHvgateFile(file, text)));
  const estate = testCase.transform ? testCase.transform(parsed) : parsed;
  const evaluation = evaluate(estate, testCase.pack ?? [policy], settingsOf(testCase, DEFAULT_SETTINGS), { today: TEST_TODAY });
  return { estate, evaluation };
}

/** A transform that replaces one VM of the estate, by name. */
export function withVm(name: string, change: (vm: VirtualMachine) => VirtualMachine): (estate: Estate) => Estate {
  return (estate) => {
    if (!estate.vms.some((vm) => vm.name === name)) throw new Error(`withVm: the case defines no VM "${name}"`);
    return { ...estate, vms: estate.vms.map((vm) => (vm.name === name ? change(vm) : vm)) };
  };
}

export function policyCases<M extends string, O>(policy: Policy<M, O>, table: CaseTable<M>): void {
  const names = [...table.valid, ...table.invalid].map((c) => c.name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) throw new Error(`${policy.id}: duplicate test case "${duplicate}"`);
  const tableFormats = table.formats ?? FORMATS;

  describe(`${policy.id} ${policy.name}`, () => {
    for (const format of tableFormats) {
      describe(format, () => {
        const valid = table.valid.filter((c) => runsIn(c, format, tableFormats));
        const invalid = table.invalid.filter((c) => runsIn(c, format, tableFormats));
        describe.runIf(valid.length > 0)('valid', () => {
          for (const testCase of valid) {
            test(testCase.name, async () => {
              const run = await runCase(policy, testCase, format);
              const own = run.evaluation.findings.filter((f) => (f.policyId === policy.id || f.unevaluated?.includes(policy.id) === true) && !f.exception);
              expect(own.map((f) => `${spanText(f.at)} ${f.messageId}: ${f.message}`)).toEqual([]);
              checkOutcomes(run.evaluation, testCase);
            });
          }
        });
        describe.runIf(invalid.length > 0)('invalid', () => {
          for (const testCase of invalid) {
            test(testCase.name, async () => {
              if (testCase.errors.length === 0) throw new Error('an invalid case must expect at least one finding');
              const run = await runCase(policy, testCase, format);
              checkFindings(policy, testCase, run);
              checkOutcomes(run.evaluation, testCase);
            });
          }
        });
      });
    }
  });
}

function runsIn(testCase: PolicyCase, format: Format, tableFormats: readonly Format[]): boolean {
  for (const f of testCase.formats ?? []) {
    if (!tableFormats.includes(f)) throw new Error(`case "${testCase.name}" runs in ${f}, which its table does not list`);
  }
  return (testCase.formats ?? tableFormats).includes(format);
}

interface CaseRun {
  readonly rendering: Rendering;
  readonly estate: Estate;
  readonly evaluation: Evaluation;
}

async function runCase(policy: AnyPolicy, testCase: PolicyCase, format: Format): Promise<CaseRun> {
  let rendering: Rendering;
  try {
    rendering = renderCase(filesOf(testCase), format);
  } catch (error) {
    if (error instanceof NotExpressible && !testCase.formats) {
      throw new Error(`${error.message}; list the formats this case runs in (formats: [...])`, { cause: error });
    }
    throw error;
  }
  const sources = Object.entries(rendering.files).map(([path, text]) => {
    const bytes = new TextEncoder().encode(text);
    return { path, bytes, size: bytes.length, truncated: false, explicit: true };
  });
  const config = rendering.config === undefined ? undefined : parseConfig('.hvgate.yml', rendering.config, testCase.pack ?? [policy]);
  const parsed = await parseSources(sources);
  const overlaid = applyOverlays(parsed.estate, config?.overlays ?? []);
  const estate = testCase.transform ? testCase.transform(overlaid) : overlaid;
  if (policy.id !== 'HVB000') expect(estate.diagnostics, 'the case must be a valid definition').toEqual([]);
  const evaluation = evaluate(estate, testCase.pack ?? [policy], settingsOf(testCase, config?.settings ?? DEFAULT_SETTINGS), { today: TEST_TODAY });
  return { rendering, estate, evaluation };
}

function filesOf(testCase: PolicyCase): Readonly<Record<string, string>> {
  return typeof testCase.yaml === 'string' ? { 'case.yaml': testCase.yaml } : testCase.yaml;
}

function settingsOf(testCase: PolicyCase, base: GateSettings): GateSettings {
  return { ...base, ...testCase.settings };
}

function checkFindings<M extends string, O>(policy: Policy<M, O>, testCase: InvalidCase<M>, run: CaseRun): void {
  const { rendering, evaluation } = run;
  // A "cannot evaluate" note is the policy's when the policy needed the value, whoever owns the note.
  const found = evaluation.findings.filter((f) => f.policyId === policy.id || f.unevaluated?.includes(policy.id) === true);
  const expectedSpans = testCase.errors.map((expected) => expectedSpan(expected, rendering));
  const own = pairFindings(found, testCase.errors, expectedSpans, rendering);
  // Compared as one list, so that a missing, extra or misplaced finding shows in one diff.
  expect(own.map((f, i) => `${f.messageId} ${spanText(f.at, expectedSpans[i])}`)).toEqual(
    testCase.errors.map((e, i) => `${e.messageId} ${spanText(expectedSpans[i]!)}`),
  );

  testCase.errors.forEach((expected, index) => {
    const finding = own[index]!;
    const where = `finding ${index + 1} (${finding.messageId})`;
    if (finding.messageId !== 'cannotEvaluate') {
      expect(Object.keys(policy.messages), `${where}: unknown messageId`).toContain(finding.messageId);
    }
    expect(finding.message, `${where}: unfilled placeholder`).not.toMatch(/\{\{|\}\}/);
    expect(finding.fix, `${where}: unfilled placeholder in the fix`).not.toMatch(/\{\{|\}\}/);
    if (expected.subject !== undefined) expect(finding.subject, `${where}: subject`).toBe(translateSubject(expected.subject, finding.vm, rendering));
    expect(finding.level, `${where}: level`).toBe(expected.level ?? expectedLevel(policy, testCase, finding));
    if (expected.vm !== undefined) expect(finding.vm, `${where}: vm`).toBe(expected.vm);
    expect(Boolean(finding.exception), `${where}: waived`).toBe(expected.waived ?? false);
    if (expected.data !== undefined || expected.terraformData !== undefined) {
      expect(finding.message, `${where}: message from data`).toBe(expectedMessage(policy, expected, finding, run));
    }
    for (const part of expected.messageIncludes ?? []) {
      const template = templateOf(policy, finding.messageId, rendering.format) ?? '';
      const fixed = template.split(/\{\{\s*\w+\s*\}\}/);
      if (fixed.some((text) => text.includes(part))) throw new Error(`${where}: "${part}" is fixed text of the template, so asserting it cannot fail`);
      expect(finding.message, where).toContain(finding.vm === undefined ? part : rendering.words(finding.vm, part));
    }
  });
}

/**
 * Orders the findings like the expectations. Findings at one position are in fingerprint order, which
 * differs between formats (addresses differ), so among those the expected subject decides.
 */
function pairFindings(found: readonly Finding[], errors: readonly ExpectedFinding<string>[], spans: readonly SourceSpan[], rendering: Rendering): Finding[] {
  const left = [...found];
  const paired = errors.map((expected, index) => {
    const samePlace = (f: Finding) => f.messageId === expected.messageId && spanText(f.at, spans[index]) === spanText(spans[index]!);
    const sameSubject = (f: Finding) => expected.subject === undefined || f.subject === translateSubject(expected.subject, f.vm, rendering);
    const at = left.findIndex((f) => samePlace(f) && sameSubject(f));
    const pick = at >= 0 ? at : left.findIndex(samePlace);
    return pick >= 0 ? left.splice(pick, 1)[0] : undefined;
  });
  // What matched no expectation takes the free places in its own order: the diff shows it as wrong or extra.
  const result = paired.map((finding) => finding ?? left.shift()).filter((finding): finding is Finding => finding !== undefined);
  return [...result, ...left];
}

function expectedSpan(expected: ExpectedFinding<string>, rendering: Rendering): SourceSpan {
  if (expected.at !== undefined) return rendering.span(expected.in, expected.at);
  if (expected.atKey !== undefined) return rendering.span(expected.in, expected.atKey, true);
  if (expected.line === undefined || expected.column === undefined) throw new Error('an expected finding needs `at`, `atKey`, or `line` and `column`');
  if (rendering.format !== 'hvgate') throw new Error('`line` and `column` hold in the own format only; give `at`, or run the case in hvgate only');
  const file = expected.file ?? Object.keys(rendering.files)[0]!;
  return { file, line: expected.line, column: expected.column, endLine: expected.endLine ?? expected.line, endColumn: expected.endColumn ?? -1 };
}

/** `file:line:column-endLine:endColumn`; without an end when the expectation states none (`like`). */
function spanText(at: SourceSpan, like: SourceSpan | undefined = at): string {
  const start = `${at.file}:${at.line}:${at.column}`;
  return like.endColumn < 0 ? start : `${start}-${at.endLine}:${at.endColumn}`;
}

function expectedLevel(policy: AnyPolicy, testCase: PolicyCase, finding: Finding): Level {
  if (finding.cannotEvaluate) return testCase.settings?.unknown === 'fail' ? 'error' : 'note';
  const configured = testCase.settings?.policies?.[policy.id]?.level;
  return configured && configured !== 'off' ? configured : policy.defaultLevel;
}

function expectedMessage(policy: AnyPolicy, expected: ExpectedFinding<string>, finding: Finding, run: CaseRun): string {
  const template = templateOf(policy, expected.messageId, run.rendering.format);
  if (template === undefined) throw new Error(`data can be asserted only for the policy's own messages, not ${expected.messageId}`);
  const result = run.evaluation.vms.find((r) => r.vm.name === finding.vm);
  const automatic: Record<string, string> = {
    ...(finding.vm !== undefined ? { vm: finding.vm } : {}),
    ...(result ? { address: result.vm.address } : {}),
    ...(result ? { host: result.host.label, consequence: degradedConsequence(result.host) } : {}),
  };
  // The case's data in this format's words; Terraform's own words, where given, as written.
  const data: Record<string, string | number> = { ...automatic };
  for (const [key, value] of Object.entries(expected.data ?? {})) {
    data[key] = typeof value === 'string' && finding.vm !== undefined ? run.rendering.words(finding.vm, run.rendering.diskName(finding.vm, value)) : value;
  }
  if (run.rendering.format !== 'hvgate') Object.assign(data, expected.terraformData);
  return renderTemplate(template, data, policy.id);
}

/** The message template a finding of this format is rendered from: Terraform's wording where the policy has one. */
function templateOf(policy: AnyPolicy, messageId: string, format: Format): string | undefined {
  const terraform: Readonly<Partial<Record<string, string>>> | undefined = format === 'hvgate' ? undefined : policy.terraform?.messages;
  return terraform?.[messageId] ?? policy.messages[messageId];
}

/** Disk names in subjects (`disk:os`, `exception:HVB007:os`) as the format spells them. */
function translateSubject(subject: string, vm: string | undefined, rendering: Rendering): string {
  if (vm === undefined || rendering.format === 'hvgate') return subject;
  return subject
    .replace(/((?:^|:)disk:)([^:]+)/, (_, prefix: string, name: string) => `${prefix}${rendering.diskName(vm, name)}`)
    .replace(/^(exception:[^:]+:)([^:]+)$/, (_, prefix: string, name: string) => `${prefix}${rendering.diskName(vm, name)}`);
}

function checkOutcomes(evaluation: Evaluation, testCase: PolicyCase): void {
  if (testCase.outcomes) {
    const names = Object.keys(testCase.outcomes);
    const actual = Object.fromEntries(evaluation.vms.filter((r) => names.includes(r.vm.name)).map((r) => [r.vm.name, r.outcome]));
    expect(actual, 'predicted outcomes').toEqual(testCase.outcomes);
  }
  if (testCase.uncertain) {
    expect(
      evaluation.vms.filter((r) => r.uncertain).map((r) => r.vm.name),
      'VMs whose outcome is uncertain',
    ).toEqual([...testCase.uncertain]);
  }
}
