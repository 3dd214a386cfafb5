/**
 * Real git repositories in temporary folders for plan/apply tests, isolated from the machine's git
 * configuration, with a fixed author and clock so commits are reproducible. The CLI runs in-process.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { policies } from '../../policies/index.js';
import { main } from '../../src/cli/main.js';

export const TODAY = '2026-06-01';

/** Git sees no global or system configuration, and commits get a fixed identity and date. */
export const GIT_ENV: Readonly<Record<string, string | undefined>> = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.invalid',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.invalid',
  GIT_AUTHOR_DATE: '2026-05-01T12:00:00Z',
  GIT_COMMITTER_DATE: '2026-05-01T12:00:00Z',
  NO_COLOR: '1',
};

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export class GitFixture {
  private constructor(readonly dir: string) {}

  /** A fresh repository on branch `main` with the given files committed as the base. */
  static create(files: Readonly<Record<string, string>> = {}): GitFixture {
    const dir = mkdtempSync(join(tmpdir(), 'hvgate-plan-'));
    const fixture = new GitFixture(dir);
    fixture.git('init', '-q', '-b', 'main');
    if (Object.keys(files).length > 0) {
      fixture.write(files);
      fixture.commit('base');
    }
    return fixture;
  }

  /** An existing folder (e.g. a clone) as a fixture. */
  static at(dir: string): GitFixture {
    return new GitFixture(dir);
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  write(files: Readonly<Record<string, string>>): this {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true });
      writeFileSync(join(this.dir, path), text);
    }
    return this;
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), 'utf8');
  }

  remove(...paths: string[]): this {
    for (const path of paths) rmSync(join(this.dir, path));
    return this;
  }

  /** Commits everything in the temporary repository and returns the commit id. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  /** Runs the CLI in-process, in `cwd` under the repository (default: its root). */
  async run(argv: readonly string[], cwd = ''): Promise<CliRun> {
    let stdout = '';
    let stderr = '';
    const code = await main(
      argv,
      {
        cwd: join(this.dir, cwd),
        env: GIT_ENV,
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        stdoutIsTTY: false,
        today: TODAY,
      },
      policies,
    );
    return { code, stdout, stderr };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Definitions
// ---------------------------------------------------------------------------------------------

export const HOSTS = `apiVersion: hvgate/v1
kind: HostProfile
metadata: { name: hv-legacy }
spec:
  windowsServer: 2012 R2
---
apiVersion: hvgate/v1
kind: HostProfile
metadata: { name: hv-modern }
spec:
  windowsServer: "2022"
`;

export function job(name: string, members: readonly string[]): string {
  return `apiVersion: hvgate/v1
kind: BackupJob
metadata: { name: ${name} }
spec:
  members: [${members.join(', ')}]
`;
}

export interface VmOptions {
  readonly host?: string;
  readonly vss?: boolean;
  readonly labels?: string;
  readonly generation?: 1 | 2;
  readonly scsiControllers?: number;
  /** Extra disk lines under `disks:` (already indented by four spaces). */
  readonly extraDisks?: string;
  /** Extra lines under `spec:` (indented by two spaces). */
  readonly extraSpec?: string;
}

/** A clean Windows VM on drive D: (everything on one volume), optionally with a twist. */
export function vm(name: string, options: VmOptions = {}): string {
  return [
    'apiVersion: hvgate/v1',
    'kind: VirtualMachine',
    'metadata:',
    `  name: ${name}`,
    ...(options.labels ? [`  labels: ${options.labels}`] : []),
    'spec:',
    `  host: ${options.host ?? 'hv-modern'}`,
    ...(options.generation !== undefined ? [`  generation: ${options.generation}`] : []),
    '  configurationPath: D:\\Hyper-V',
    ...(options.scsiControllers !== undefined ? [`  scsiControllers: ${options.scsiControllers}`] : []),
    ...(options.vss !== undefined ? ['  integrationServices:', `    VSS: ${options.vss}`] : []),
    '  disks:',
    `    - name: os`,
    `      path: D:\\Hyper-V\\${name}\\os.vhdx`,
    ...(options.generation === 1 ? ['      controller: { type: IDE, number: 0, location: 0 }'] : []),
    ...(options.extraDisks ? [options.extraDisks] : []),
    '  guest:',
    '    os: windows',
    ...(options.extraSpec ? [options.extraSpec] : []),
    '',
  ].join('\n');
}

/** A pass-through disk line for `extraDisks`: HVB007, an error. */
export const PASSTHROUGH_DISK = `    - name: archive
      passThrough: { diskNumber: 3 }`;

/** An exception for `extraSpec`. */
export function exception(policy: string, disk?: string, expires = '2026-08-15'): string {
  return [
    '  exceptions:',
    `    - policy: ${policy}`,
    ...(disk ? [`      disk: ${disk}`] : []),
    '      reason: Archive disk is backed up by the storage team.',
    '      owner: storage-team',
    `      expires: ${expires}`,
  ].join('\n');
}
