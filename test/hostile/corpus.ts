/**
 * The hostile corpus: every way a pull request could try to get a green check, one case each, with
 * the outcome the gate must reach. This module reads the cases and their expectations (format in
 * README.md beside it), lays each case out as a real git repository, and runs the gate on it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { policies } from '../../policies/index.js';
import { main } from '../../src/cli/main.js';

export const CORPUS = fileURLToPath(new URL('.', import.meta.url));
export const TODAY = '2026-06-01';

/** `tree`: check on the working tree; `git`: plan from the base commit to the head commit; `apply`: plan the base commit, then apply that plan to the working tree. */
export type Mode = 'tree' | 'git' | 'apply';
export type Verdict = 'blocked' | 'passed' | 'error';

export interface ExpectedFinding {
  readonly policy: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Text the finding's message must contain, when given. */
  readonly text?: string;
}

export interface Expectation {
  readonly attack: string;
  readonly verdict: Verdict;
  readonly findings: readonly ExpectedFinding[];
  /** Findings that must not appear: a policy anywhere, or a policy at one position. */
  readonly absent: readonly (ExpectedFinding | { readonly policy: string })[];
  /** Text the error output must contain (verdict `error`). */
  readonly errors: readonly string[];
  /** Text the standard output must contain (for `apply`, which reports in text). */
  readonly outputs: readonly string[];
  readonly modes: readonly Mode[];
  /** Extra command-line arguments for both modes. */
  readonly args: readonly string[];
}

/** A file of the case as it is laid out in the repository. */
export interface CaseFile {
  /** Where the bytes come from, inside the corpus. */
  readonly source: string;
  /** Path in the repository, relative to its root; `base/` files go into the base commit. */
  readonly path: string;
  readonly side: 'base' | 'head';
}

export interface HostileCase {
  /** `<class>/<case>`, the name the test reports. */
  readonly id: string;
  readonly expectation: Expectation;
  readonly files: readonly CaseFile[];
  readonly links: readonly { readonly path: string; readonly target: string }[];
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const DIRECTIVES = new Set(['attack', 'verdict', 'finding', 'absent', 'error', 'output', 'modes', 'args', 'name', 'rename', 'link']);
const FOLDER_EXPECTATION = 'case.expect';

/** Every case of the corpus, sorted by class and name. */
export function loadCorpus(root = CORPUS): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const klass of sortedEntries(root).filter((name) => statSync(join(root, name)).isDirectory())) {
    for (const entry of sortedEntries(join(root, klass))) {
      const full = join(root, klass, entry);
      if (entry.endsWith('.expect')) continue;
      cases.push(statSync(full).isDirectory() ? folderCase(klass, entry, full) : fileCase(klass, entry, full));
    }
  }
  return cases;
}

function fileCase(klass: string, name: string, full: string): HostileCase {
  const beside = `${full}.expect`;
  const text = existsFile(beside) ? readFileSync(beside, 'utf8') : leadingComments(readFileSync(full, 'utf8'));
  const directives = parseDirectives(text, `${klass}/${name}`);
  const target = directives.name ?? name;
  return {
    id: `${klass}/${name}`,
    expectation: expectation(directives, target, `${klass}/${name}`),
    files: [{ source: full, path: target, side: 'head' }],
    links: directives.links,
  };
}

function folderCase(klass: string, name: string, full: string): HostileCase {
  const id = `${klass}/${name}`;
  const expectFile = join(full, FOLDER_EXPECTATION);
  if (!existsFile(expectFile)) throw new Error(`${id}: a folder case needs ${FOLDER_EXPECTATION}`);
  const directives = parseDirectives(readFileSync(expectFile, 'utf8'), id);
  const hasSides = existsDirectory(join(full, 'base')) || existsDirectory(join(full, 'head'));
  const files: CaseFile[] = [];
  for (const relative of listFiles(full)) {
    if (relative === FOLDER_EXPECTATION) continue;
    let side: CaseFile['side'] = 'head';
    let path = relative;
    if (hasSides) {
      const [top, ...rest] = relative.split('/');
      if (top !== 'base' && top !== 'head') throw new Error(`${id}: with base/ or head/, every file belongs in one of them (${relative})`);
      side = top;
      path = rest.join('/');
    }
    files.push({ source: join(full, relative), path: directives.renames.get(relative) ?? path, side });
  }
  for (const source of directives.renames.keys()) {
    if (!files.some((f) => f.source === join(full, source))) throw new Error(`${id}: rename names ${source}, which the case does not have`);
  }
  return { id, expectation: expectation(directives, undefined, id), files, links: directives.links };
}

interface Directives {
  readonly attack?: string;
  readonly verdict?: string;
  readonly findings: string[];
  readonly absent: string[];
  readonly errors: string[];
  readonly outputs: string[];
  readonly modes?: string;
  readonly args: string[];
  readonly name?: string;
  readonly renames: Map<string, string>;
  readonly links: { path: string; target: string }[];
}

/** The comment lines a case file opens with, markers removed (`#`, `//`); a BOM is skipped. */
export function leadingComments(text: string): string {
  const lines: string[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const comment = /^\s*(?:#|\/\/)(.*)$/.exec(line);
    if (comment) lines.push(comment[1]!);
    else if (line.trim() !== '') break;
  }
  return lines.join('\n');
}

/** Reads `key: value` lines; unknown keys are an error so that a misspelt directive cannot weaken a case. */
export function parseDirectives(text: string, id: string): Directives {
  const found: { -readonly [K in keyof Directives]: Directives[K] } = { findings: [], absent: [], errors: [], outputs: [], args: [], renames: new Map(), links: [] };
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*#?\s*([a-z]+):\s*(.*?)\s*$/.exec(line);
    if (!match) continue;
    const [, key, value] = match as unknown as [string, string, string];
    if (!DIRECTIVES.has(key)) throw new Error(`${id}: unknown directive "${key}:" (known: ${[...DIRECTIVES].join(', ')})`);
    if (key === 'attack') found.attack = found.attack === undefined ? value : `${found.attack} ${value}`;
    else if (key === 'verdict') found.verdict = value;
    else if (key === 'finding') found.findings.push(value);
    else if (key === 'absent') found.absent.push(value);
    else if (key === 'error') found.errors.push(value);
    else if (key === 'output') found.outputs.push(value);
    else if (key === 'modes') found.modes = value;
    else if (key === 'args') found.args.push(...(JSON.parse(value) as string[]));
    else if (key === 'name') found.name = jsonString(value, id);
    else if (key === 'rename') {
      const [from, to] = splitArrow(value, id);
      found.renames.set(from, jsonString(to, id));
    } else {
      const [path, target] = splitArrow(value, id);
      found.links.push({ path: jsonString(path, id), target: jsonString(target, id) });
    }
  }
  return found;
}

function expectation(d: Directives, defaultFile: string | undefined, id: string): Expectation {
  if (d.attack === undefined || d.attack === '') throw new Error(`${id}: say what the case attacks ("attack: …")`);
  if (d.verdict !== 'blocked' && d.verdict !== 'passed' && d.verdict !== 'error') throw new Error(`${id}: verdict must be blocked, passed or error`);
  const findings = d.findings.map((text) => parseFinding(text, defaultFile, id));
  const modes = (d.modes ?? 'tree git').split(/\s+/);
  if (modes.some((m) => m !== 'tree' && m !== 'git' && m !== 'apply')) throw new Error(`${id}: modes are tree, git and/or apply`);
  const reports = modes.some((m) => m !== 'apply');
  if (d.verdict === 'blocked' && reports && findings.length === 0) throw new Error(`${id}: a blocked case names the finding that blocks it ("finding: HVBnnn line:col")`);
  if (d.verdict === 'blocked' && !reports && d.outputs.length === 0) throw new Error(`${id}: a blocked apply case names the output that says why ("output: …")`);
  if (d.verdict === 'error' && d.errors.length === 0) throw new Error(`${id}: an error case names the message it expects ("error: …")`);
  const absent = d.absent.map((text) => (/^HVB\d{3}$/.test(text) ? { policy: text } : parseFinding(text, defaultFile, id)));
  return { attack: d.attack, verdict: d.verdict, findings, absent, errors: d.errors, outputs: d.outputs, modes: modes as Mode[], args: d.args };
}

/** `HVB007 4:30`, `HVB007 vms/a.yaml:4:30` or `HVB007 "odd\nname.yaml":4:30`, optionally `~ message text`. */
export function parseFinding(text: string, defaultFile: string | undefined, id: string): ExpectedFinding {
  const match = /^(HVB\d{3})\s+(?:("(?:[^"\\]|\\.)*")|(\S+?)):(\d+):(\d+)(?:\s+~\s+(.+))?$/.exec(text) ?? /^(HVB\d{3})\s+()()(\d+):(\d+)(?:\s+~\s+(.+))?$/.exec(text);
  if (!match) throw new Error(`${id}: cannot read finding "${text}" (write: HVBnnn [file:]line:column [~ message text])`);
  const [, policy, quoted, bare, line, column, message] = match;
  const file = quoted ? (JSON.parse(quoted) as string) : bare !== undefined && bare !== '' ? bare : defaultFile;
  if (file === undefined) throw new Error(`${id}: finding "${text}" needs a file (a folder case has several)`);
  return { policy: policy!, file, line: Number(line), column: Number(column), ...(message !== undefined ? { text: message } : {}) };
}

function splitArrow(value: string, id: string): [string, string] {
  const match = /^(.*?)\s+->\s+(.*)$/.exec(value);
  if (!match) throw new Error(`${id}: expected "from -> to", got "${value}"`);
  return [match[1]!, match[2]!];
}

function jsonString(value: string, id: string): string {
  if (!value.startsWith('"')) return value;
  try {
    return JSON.parse(value) as string;
  } catch {
    throw new Error(`${id}: ${value} is not a JSON string`);
  }
}

/**
 * A case laid out as a git repository: the base commit holds the case's `base/` files (or nothing),
 * the head commit everything else, and the working tree is the head.
 */
export class CaseRepository {
  readonly dir: string;

  constructor(readonly hostileCase: HostileCase) {
    this.dir = mkdtempSync(join(tmpdir(), 'hvgate-hostile-'));
    this.git('init', '-q', '-b', 'main');
    this.layOut('base');
    this.commit('base');
    for (const entry of readdirSync(this.dir)) if (entry !== '.git') rmSync(join(this.dir, entry), { recursive: true, force: true });
    this.layOut('head');
    for (const link of hostileCase.links) {
      mkdirSync(dirname(join(this.dir, link.path)), { recursive: true });
      symlinkSync(link.target, join(this.dir, link.path));
    }
    this.commit('head');
  }

  /**
   * Runs the gate on the working tree (`check`) or on the two commits (`plan`), with a JSON report; or
   * plans the base commit alone and applies that plan to the working tree (`apply`, a text report).
   */
  async run(mode: Mode): Promise<RunResult> {
    const common = ['--format', 'json', '--no-color', '--today', TODAY, ...this.hostileCase.expectation.args];
    if (mode === 'tree') return this.gate(['check', ...common]);
    if (mode === 'git') return this.gate(['plan', '--base', 'main~1', '--head', 'main', '--config-ref', 'base', ...common]);
    const planned = await this.gate(['plan', '--base', 'main~1', '--head', 'main~1', '--config-ref', 'base', '--out', SAVED_PLAN, ...common]);
    if (planned.code !== 0) return { ...planned, stderr: `planning the base failed (exit ${planned.code}): ${planned.stderr}` };
    return this.gate(['apply', '--plan', SAVED_PLAN]);
  }

  private async gate(argv: readonly string[]): Promise<RunResult> {
    let stdout = '';
    let stderr = '';
    const code = await main(
      argv,
      { cwd: this.dir, env: GIT_ENV, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdoutIsTTY: false, today: TODAY },
      policies,
    );
    return { code, stdout, stderr };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private layOut(side: CaseFile['side']): void {
    for (const file of this.hostileCase.files.filter((f) => f.side === side)) {
      const target = join(this.dir, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, readFileSync(file.source));
    }
  }

  private commit(message: string): void {
    this.git('add', '-A', '--force');
    this.git('commit', '-q', '--allow-empty', '--no-verify', '-m', message);
  }

  private git(...args: string[]): void {
    execFileSync('git', args, { cwd: this.dir, env: GIT_ENV, stdio: ['ignore', 'ignore', 'pipe'] });
  }
}

/** Where the `apply` mode saves the base's plan: a file that is not a definition, so it cannot make the plan stale. */
const SAVED_PLAN = '.hvgate-corpus/plan.json';

/** Git sees no global or system configuration; commits are reproducible. */
const GIT_ENV: Readonly<Record<string, string | undefined>> = {
  PATH: process.env.PATH,
  HOME: tmpdir(),
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Corpus',
  GIT_AUTHOR_EMAIL: 'corpus@example.invalid',
  GIT_COMMITTER_NAME: 'Corpus',
  GIT_COMMITTER_EMAIL: 'corpus@example.invalid',
  GIT_AUTHOR_DATE: '2026-05-01T12:00:00Z',
  GIT_COMMITTER_DATE: '2026-05-01T12:00:00Z',
  NO_COLOR: '1',
};

/** What a run must show for its case; returns the differences, empty when the case holds. */
export function compare(run: RunResult, expected: Expectation, mode: Mode = 'tree'): string[] {
  const problems: string[] = [];
  const wantedCode = { passed: 0, blocked: 1, error: 2 }[expected.verdict];
  if (run.code !== wantedCode) problems.push(`exit code ${run.code}, expected ${wantedCode} (${expected.verdict})`);
  for (const text of expected.errors) if (!run.stderr.includes(text)) problems.push(`error output lacks "${text}"`);
  if (expected.verdict === 'error') return problems.length > 0 ? [...problems, `stderr: ${run.stderr.trim()}`] : problems;
  if (mode === 'apply') {
    for (const text of expected.outputs) if (!run.stdout.includes(text)) problems.push(`output lacks "${text}"`);
    return problems.length > 0 ? [...problems, `stdout: ${run.stdout.trim()}`, `stderr: ${run.stderr.trim()}`] : problems;
  }
  let report: { findings: ReportedFinding[] };
  try {
    report = JSON.parse(run.stdout) as typeof report;
  } catch {
    return [...problems, `no JSON report (stderr: ${run.stderr.trim()})`];
  }
  for (const want of expected.findings) {
    if (!report.findings.some((f) => matches(f, want))) {
      problems.push(`no ${want.policy} at ${JSON.stringify(want.file)}:${want.line}:${want.column}${want.text ? ` saying "${want.text}"` : ''}`);
    }
  }
  for (const unwanted of expected.absent) {
    if (report.findings.some((f) => matches(f, unwanted))) problems.push(`a ${describe(unwanted)} finding, expected none`);
  }
  if (problems.length > 0 && report.findings.length > 0) {
    const seen = report.findings.map((f) => `  ${f.policyId} ${JSON.stringify(f.location.file)}:${f.location.line}:${f.location.column} ${f.message}`);
    problems.push(`findings:\n${seen.join('\n')}`);
  }
  return problems;
}

interface ReportedFinding {
  readonly policyId: string;
  readonly message: string;
  readonly fix?: string;
  readonly location: { readonly file: string; readonly line: number; readonly column: number };
}

/** A finding matches on policy, and position and text when the expectation gives them (text: in the message or the fix). */
function matches(finding: ReportedFinding, want: ExpectedFinding | { readonly policy: string }): boolean {
  if (finding.policyId !== want.policy) return false;
  if (!('file' in want)) return true;
  const { file, line, column } = finding.location;
  if (file !== want.file || line !== want.line || column !== want.column) return false;
  return want.text === undefined || `${finding.message}\n${finding.fix ?? ''}`.includes(want.text);
}

function describe(want: ExpectedFinding | { readonly policy: string }): string {
  return 'file' in want ? `${want.policy} at ${JSON.stringify(want.file)}:${want.line}:${want.column}` : want.policy;
}

function sortedEntries(dir: string): string[] {
  return readdirSync(dir).sort();
}

function listFiles(dir: string, prefix = ''): string[] {
  return sortedEntries(join(dir, prefix)).flatMap((name) => {
    const relative = prefix === '' ? name : `${prefix}/${name}`;
    return statSync(join(dir, relative)).isDirectory() ? listFiles(dir, relative) : [relative];
  });
}

function existsFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function existsDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
