/** Refs from inputs, events and the command line reach git only as refs: checked, and after `--end-of-options`. */
import { describe, expect, it } from 'vitest';
import { GitRepository } from '../../src/git/repository.js';
import { GIT_ENV, GitFixture } from '../plan/git-fixture.js';

describe('GitRepository.resolveCommit', () => {
  it('resolves branches, tags, object ids and ~/^ suffixes', async () => {
    const repo = GitFixture.create({ 'a.txt': 'a\n' });
    try {
      const first = repo.git('rev-parse', 'HEAD').trim();
      repo.write({ 'a.txt': 'b\n' });
      const second = repo.commit('second');
      repo.git('tag', 'v1.0', first);
      const git = await GitRepository.open(repo.dir, GIT_ENV);
      expect(await git.resolveCommit('main')).toBe(second);
      expect(await git.resolveCommit('v1.0')).toBe(first);
      expect(await git.resolveCommit('HEAD~1')).toBe(first);
      expect(await git.resolveCommit('main^')).toBe(first);
      expect(await git.resolveCommit(first)).toBe(first);
      expect(await git.resolveCommit(first.slice(0, 10))).toBe(first);
    } finally {
      repo.dispose();
    }
  });

  it('refuses anything git could read as an option or that is not a ref name, before git sees it', async () => {
    const repo = GitFixture.create({ 'a.txt': 'a\n' });
    try {
      const git = await GitRepository.open(repo.dir, GIT_ENV);
      for (const ref of [
        '',
        '--output=/tmp/x',
        '-n',
        'main..evil',
        'a b',
        'main\n--upload-pack=touch /tmp/x',
        'refs/heads/x.lock',
        '@{-1}',
        'main:file',
        '~1',
      ]) {
        await expect(git.resolveCommit(ref), ref).rejects.toThrow(
          `${JSON.stringify(ref)} is not a git ref: name a branch, tag or commit (git check-ref-format)`,
        );
      }
    } finally {
      repo.dispose();
    }
  });
});
