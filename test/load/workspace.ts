/**
 * A temporary git repository for the readers' tests: files (any name, any bytes) and symbolic links
 * are written to the working tree and committed, then read back by the working-tree reader and by
 * the git reader, so both are held to the same answer.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DEFAULT_INCLUDE } from '../../src/config/config.js';
import { GitRepository } from '../../src/git/repository.js';
import { discoverFiles, readFiles } from '../../src/load/filesystem.js';
import type { Selection } from '../../src/load/selection.js';
import type { SourceFile } from '../../src/load/source-file.js';

const GIT_ENV = {
  PATH: process.env.PATH,
  HOME: tmpdir(),
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};

export const DEFAULT_SELECTION: Selection = { include: DEFAULT_INCLUDE, exclude: [] };

export class Workspace {
  readonly dir = mkdtempSync(join(tmpdir(), 'hvgate-load-'));
  /** The repository itself, one level below `dir`, so that links can point outside it. */
  readonly root = join(this.dir, 'repo');

  constructor(files: Readonly<Record<string, string | Uint8Array>>, links: Readonly<Record<string, string>> = {}) {
    mkdirSync(this.root);
    this.git('init', '-q', '-b', 'main');
    for (const [path, content] of Object.entries(files)) {
      // Paths are relative to the repository; `../x` lands outside it.
      mkdirSync(dirname(join(this.root, path)), { recursive: true });
      writeFileSync(join(this.root, path), content);
    }
    for (const [path, target] of Object.entries(links)) {
      mkdirSync(dirname(join(this.root, path)), { recursive: true });
      symlinkSync(target, join(this.root, path));
    }
    this.git('add', '-A', '--force');
    this.git('commit', '-q', '--allow-empty', '-m', 'files');
  }

  /** Files as the working-tree reader selects and reads them, from `cwd` (relative to the repository). */
  async readTree(paths: readonly string[] = [], selection = DEFAULT_SELECTION, cwd = ''): Promise<SourceFile[]> {
    const at = join(this.root, cwd);
    return readFiles(await discoverFiles(paths, selection, at), at);
  }

  /** Files as the git reader selects and reads them from the commit. */
  async readCommit(paths: readonly string[] = [], selection = DEFAULT_SELECTION, cwd = ''): Promise<SourceFile[]> {
    const repository = await GitRepository.open(join(this.root, cwd), GIT_ENV);
    return [...(await repository.readSources(await repository.resolveCommit('HEAD'), paths, selection)).files];
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private git(...args: string[]): void {
    execFileSync('git', args, { cwd: this.root, env: GIT_ENV, stdio: ['ignore', 'ignore', 'pipe'] });
  }
}
