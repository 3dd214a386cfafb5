/**
 * Runs Microsoft's SARIF validator (`Sarif.Multitool validate`, GitHub ingestion rules + SARIF rules)
 * on a log and returns what it reported, read from its own SARIF output: the validator exits 0 even
 * when it finds errors, so its exit code alone proves nothing.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export interface ValidatorMessage {
  readonly ruleId: string;
  readonly level: string;
  readonly text: string;
}

/** The platform binary that `@microsoft/sarif-multitool` resolves to. */
export function multitoolPath(): string {
  return require('@microsoft/sarif-multitool') as string;
}

/** The SARIF 2.1.0 JSON schema shipped beside the validator. */
export function sarifSchemaPath(): string {
  return join(dirname(multitoolPath()), 'sarif-2.1.0.json');
}

/**
 * npm skips the package's `chmod u+x` postinstall script unless install scripts are approved, so
 * the binary may arrive without its execute bit.
 */
export function ensureExecutable(path: string): void {
  if (!existsSync(path)) throw new Error(`SARIF validator not found at ${path}; run npm install`);
  try {
    accessSync(path, constants.X_OK);
  } catch {
    chmodSync(path, statSync(path).mode | 0o111);
    accessSync(path, constants.X_OK);
  }
}

export function validateSarif(log: string): ValidatorMessage[] {
  const binary = multitoolPath();
  ensureExecutable(binary);
  const dir = mkdtempSync(join(tmpdir(), 'hvgate-sarif-'));
  try {
    const input = join(dir, 'report.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, log);
    const run = spawnSync(binary, ['validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning;Note', '--output', output, input], {
      encoding: 'utf8',
      // The validator needs no culture data; invariant mode lets it start on hosts without ICU.
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      timeout: 120_000,
    });
    if (run.error) throw run.error;
    if (run.status !== 0 || !existsSync(output)) {
      throw new Error(`SARIF validator failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
    const result = JSON.parse(readFileSync(output, 'utf8')) as {
      runs: {
        results?: { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }[];
        invocations?: { executionSuccessful?: boolean }[];
      }[];
    };
    const validation = result.runs[0];
    if (!validation || validation.invocations?.[0]?.executionSuccessful === false) {
      throw new Error(`SARIF validator did not complete:\n${run.stdout}\n${run.stderr}`);
    }
    return (validation.results ?? []).map((r) => ({
      ruleId: r.ruleId,
      level: r.level ?? 'warning',
      text: r.message.text ?? `${r.message.id ?? ''} ${JSON.stringify(r.message.arguments ?? [])}`,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
