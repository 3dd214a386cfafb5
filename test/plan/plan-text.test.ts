/** The Terraform-like plan text, as a golden file: one change of every kind in a real repository. */
import { afterEach, expect, test } from 'vitest';
import { GitFixture, HOSTS, PASSTHROUGH_DISK, exception, job, vm } from './git-fixture.js';

let fixture: GitFixture | undefined;
afterEach(() => fixture?.dispose());

test('plan text output (golden)', async () => {
  fixture = GitFixture.create({
    // The exception new-01 adds is honoured only because the base allows exceptions a change adds.
    '.hvgate.yml': 'exceptions:\n  fromBaseOnly: false\n',
    'hosts.yaml': HOSTS,
    'jobs.yaml': job('nightly', ['sql-01', 'web-01', 'old-01', 'app-01']),
    'vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: true }),
    'vms/web-01.yaml': vm('web-01'),
    'vms/old-01.yaml': vm('old-01'),
    'vms/app-01.yaml': vm('app-01', { extraDisks: PASSTHROUGH_DISK }),
    'vms/lab-01.yaml': vm('lab-01', { generation: 1 }),
  });
  fixture
    .write({
      'jobs.yaml': job('nightly', ['sql-01', 'old-01', 'app-01', 'new-01']),
      'vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: false }),
      'vms/new-01.yaml': vm('new-01', { extraDisks: PASSTHROUGH_DISK, extraSpec: exception('HVB007', 'archive') }),
      'vms/lab-01.yaml': vm('lab-01'),
    })
    .remove('vms/old-01.yaml');
  const run = await fixture.run(['plan', '--base', 'main']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(1);
  // Commit ids depend on git's object format; the golden file shows a placeholder.
  const text = run.stdout.replace(/\(([0-9a-f]{12})\)/g, '(<commit>)');
  // The plan section and the closing line are this reporter's; the details between are the text report's own.
  const [plan, details] = text.split('\nDetails:\n');
  const closing = text.trimEnd().split('\n').at(-1)!;
  await expect(`${plan}\n${closing}\n`).toMatchFileSnapshot('__golden__/plan.txt');
  expect(details).toContain('Blocking findings (2):');
  expect(details).toContain('fix: Add VM "web-01" to a backup job');
  expect(details).not.toMatch(/^Gate: /m);
});
