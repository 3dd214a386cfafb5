/** Text reporter: golden output for realistic reports, plus the properties a CI log reader relies on. */
import { describe, expect, it } from 'vitest';
import { formatSpan } from '../../src/core/source.js';
import { VM_TABLE_LIMIT, type GateReport } from '../../src/reporters/report.js';
import { displayWidth } from '../../src/reporters/text/style.js';
import { textReporter } from '../../src/reporters/text.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { blockedEstate, blockedReport, buildReport, estate, fleetReport, host, job, passedReport, vm } from './fixture.js';

const ESC = '\u001b';
// eslint-disable-next-line no-control-regex -- colour codes start with the escape character
const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

const scenarios: readonly (readonly [string, () => GateReport])[] = [
  ['blocked', blockedReport],
  ['passed', passedReport],
  ['fleet', () => fleetReport(60)],
];

describe('text reporter', () => {
  it.each(scenarios)('matches the golden output for the %s report', async (name, build) => {
    await expect(textReporter(build(), { color: false })).toMatchFileSnapshot(`./__golden__/${name}.txt`);
  });

  it('with the whole report in a file, lists the first entries of each list and says where the rest are', async () => {
    const report = fleetReport(60);
    const text = textReporter(report, { color: false, shorten: { limit: 1, file: 'out/report.json' } });
    await expect(text).toMatchFileSnapshot('./__golden__/fleet.shortened.txt');
    const whole = textReporter(report, { color: false });
    for (const [title, noun] of [
      ['VMs whose backup is at risk (worst first):', 'VMs? at risk'],
      ['Findings (', 'findings?'],
    ] as const) {
      const section = (t: string) => t.slice(t.indexOf(title)).split('\n\n')[0] ?? '';
      const more = new RegExp(`^  … and (\\d+) more ${noun}: all are in out/report\\.json\\.$`, 'm').exec(section(text));
      expect(more, title).not.toBeNull();
      const entries = (t: string) =>
        section(t)
          .split('\n')
          .filter((line) => /^ {2}fleet-|^defs\//.test(line)).length;
      expect(entries(text), title).toBe(1);
      expect(entries(text) + Number(more?.[1]), title).toBe(entries(whole));
    }
    expect(text.endsWith(whole.slice(whole.lastIndexOf('\nGate: ')))).toBe(true);
  });

  it.each(scenarios)('writes no escape codes without colour, and only colour codes with it (%s)', (_name, build) => {
    const report = build();
    const plain = textReporter(report, { color: false });
    const coloured = textReporter(report, { color: true });
    expect(plain).not.toContain(ESC);
    expect(coloured).toContain(ESC);
    expect(stripAnsi(coloured)).toBe(plain);
    // Omitting the option is the same as false: colour must be asked for.
    expect(textReporter(report, {})).toBe(plain);
  });

  it('prints every current finding as file:line:col  level  id  message', () => {
    const report = blockedReport();
    const lines = textReporter(report, { color: false }).split('\n');
    for (const finding of report.findings) {
      expect(lines).toContain(`${formatSpan(finding.at)}  ${finding.level}  ${finding.policyId}  ${finding.message}`);
    }
  });

  it('puts blocking findings before the others and follows each with its fix and docs', () => {
    const report = blockedReport();
    const text = textReporter(report, { color: false });
    const blocking = report.findings.filter((f) => f.blocking);
    expect(blocking.map((f) => f.policyId).sort()).toEqual(['HVB009', 'HVB012']);
    const blockingSection = text.slice(text.indexOf('Blocking findings (2):'), text.indexOf('Other findings'));
    for (const finding of blocking) {
      const line = `${formatSpan(finding.at)}  error  ${finding.policyId}  ${finding.message}`;
      expect(blockingSection).toContain(line);
      const after = blockingSection.slice(blockingSection.indexOf(line) + line.length);
      expect(after).toContain(`    fix: ${finding.fix}`);
      expect(after).toContain(`    docs: ${finding.docsUrl}`);
    }
  });

  it('sorts VMs worst outcome first, then by name, and marks uncertain outcomes', () => {
    const text = textReporter(blockedReport(), { color: false });
    const table = text.slice(text.indexOf('VMs (worst outcome first):'), text.indexOf('Backup jobs that fail'));
    const names = table
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => l.trim().split(/\s{2,}/)[0]);
    expect(names).toEqual(['legacy-01', '数据库-01', 'app-01', 'web-01', 'build-01', 'Zürich-db-ß', 'file-srv-01', 'report-01']);
    expect(table).toMatch(/report-01 +hv-prod-01 \(2019\) +online \(uncertain\)/);
    // The 2012 R2 host pauses the VM, the 2019 host loses application consistency: same finding, different outcome.
    expect(table).toMatch(/app-01 +hv-legacy-01 \(2012 R2\) +saved-state/);
    expect(table).toMatch(/web-01 +hv-prod-01 \(2019\) +crash-consistent/);
    expect(table).toMatch(/数据库-01 +default \(2019\) +unprotected/);
  });

  it('aligns columns by display width, so wide characters do not shift the table', () => {
    const text = textReporter(blockedReport(), { color: false });
    const rows = text.split('\n').filter((l) => /^ {2}\S/.test(l) && / {2}(fails|unprotected|saved-state|crash-consistent|offline|online)\b/.test(l));
    const hostColumns = rows.map((row) => displayWidth(row.slice(0, row.search(/ (hv-|default)/) + 1)));
    expect(new Set(hostColumns).size).toBe(1);
    expect(displayWidth('数据库-01')).toBe(9);
    expect(displayWidth('Zürich-db-ß')).toBe(11);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('explains each failing job: who loses the backup and why', () => {
    const text = textReporter(blockedReport(), { color: false });
    expect(text).toContain('  nightly-legacy  defs/jobs.yaml:3:9\n    2 members lose their backup: legacy-01, app-01\n');
    expect(text).toContain('    why: legacy-01 is predicted to fail (HVB012 scsi-controller-required at defs/legacy.yaml:10:5)');
    expect(text).toContain('    why: "ghost-vm" is listed but no definition provides it (defs/jobs.yaml:8:9)');
    expect(text).not.toContain('  nightly-prod  defs/jobs.yaml');
  });

  it('lists waived findings apart, with the reason, owner and expiry of the exception', () => {
    const text = textReporter(blockedReport(), { color: false });
    const waived = text.slice(text.indexOf('Waived (1)'));
    expect(waived).toContain('defs/prod vms/app servers.yaml:53:5  error  HVB007  VM "file-srv-01" has pass-through disk "archive"');
    expect(waived).toContain(
      '    waived until 2025-08-15, owner storage-team: Archive LUN is backed up by the in-guest agent until the 2025 storage migration (exception at defs/prod vms/app servers.yaml:62:7)',
    );
    const beforeWaived = text.slice(0, text.indexOf('Waived (1)'));
    expect(beforeWaived).not.toContain('file-srv-01" has pass-through disk');
  });

  it('groups cannot-evaluate notes and lists resolved findings separately', () => {
    const text = textReporter(blockedReport(), { color: false });
    expect(text).toContain(
      'Cannot evaluate (1): values unknown until apply; the outcomes of these VMs may be worse than shown.\nplan/tfplan.json:126:5  note  HVB003  Cannot evaluate HVB003',
    );
    expect(text).toContain('Resolved by this change (1):\ndefs/prod vms/app servers.yaml:33:5  error  HVB007  VM "web-01" has pass-through disk "archive"');
  });

  it('closes with the verdict line', () => {
    expect(textReporter(blockedReport(), { color: false }).trimEnd().split('\n').at(-1)).toBe(
      'Gate: BLOCKED — 2 blocking, 4 non-blocking errors, 3 warnings, 2 notes (1 waived).',
    );
    expect(textReporter(passedReport(), { color: false }).trimEnd().split('\n').at(-1)).toBe(
      'Gate: PASSED — 0 blocking, 2 non-blocking errors, 2 warnings, 1 note (1 overridden).',
    );
    expect(textReporter(fleetReport(60), { color: false }).trimEnd().split('\n').at(-1)).toBe('Gate: PASSED — 0 blocking, 2 warnings, 3 notes.');
  });

  it('says each notice once', () => {
    const report = passedReport();
    const notice = report.evaluation.notices[0]!;
    expect(notice).toMatch(/^No backup jobs are declared/);
    const doubled: GateReport = { ...report, evaluation: { ...report.evaluation, notices: [notice, notice] } };
    const text = textReporter(doubled, { color: false });
    expect(text.split(notice).length - 1).toBe(1);
    expect(text).toContain(`Notice: ${notice}`);
  });

  it(`summarises estates of more than ${VM_TABLE_LIMIT} VMs: at-risk VMs listed, the rest counted`, () => {
    const text = textReporter(fleetReport(60), { color: false });
    expect(text).toContain('VMs whose backup is at risk (worst first):');
    expect(text).toMatch(/ {2}fleet-013 +default \(2019\) +crash-consistent +fleet-nightly\n {2}fleet-042 /);
    expect(text).toContain('  … and 58 more VMs not listed: 55 online, 3 offline.');
    expect(text).not.toMatch(/^ {2}fleet-001 /m);
  });

  it(`lists every VM when there are exactly ${VM_TABLE_LIMIT}`, () => {
    const text = textReporter(fleetReport(VM_TABLE_LIMIT), { color: false });
    expect(text).toContain('VMs (worst outcome first):');
    for (let i = 1; i <= VM_TABLE_LIMIT; i++) expect(text).toMatch(new RegExp(`^ {2}fleet-${String(i).padStart(3, '0')} `, 'm'));
    expect(text).not.toContain('more VMs not listed');
  });

  it('says so when a large estate has nothing at risk', () => {
    const vms = Array.from({ length: 51 }, (_, i) => vm({ name: `ok-${i}`, file: 'defs/ok.yaml', line: 1 + i * 20, checkpoint: `D:\\VMs\\ok-${i}` }));
    const text = textReporter(buildReport({ estate: estate({ vms, files: ['defs/ok.yaml'] }) }), { color: false });
    expect(text).toContain('All 51 VMs are backed up online or offline: 51 online.');
  });

  it('shows control characters in names escaped, so a definition cannot drive the terminal', () => {
    const evil = vm({ name: 'evil\u001b[2J\u0007', file: 'defs/evil.yaml', line: 1, checkpoint: 'E:\\x' });
    const text = textReporter(buildReport({ estate: estate({ vms: [evil], files: ['defs/evil.yaml'] }) }), { color: false });
    expect(text).not.toContain(ESC);
    expect(text).not.toContain('\u0007');
    expect(text).toContain('evil\\x1b[2J\\x07');
  });

  it('lists exceptions that were not applied when no HVB016 finding already says so', () => {
    const withHvb016 = textReporter(blockedReport(), { color: false });
    expect(withHvb016).not.toContain('Exceptions not applied');
    const settings = { ...DEFAULT_SETTINGS, policies: { HVB016: { level: 'off' as const } } };
    const text = textReporter(buildReport({ estate: blockedEstate(false), settings }), { color: false });
    expect(text).toContain('Exceptions not applied (1):\ndefs/jobs.yaml:40:5  HVB003 for "web-*": ignored because it expired on 2024-12-31\n');
  });

  it('cuts long lists of VM names in text, keeping the count', () => {
    const members = Array.from({ length: 25 }, (_, i) => `m-${String(i + 1).padStart(2, '0')}`);
    const vms = members.map((name, i) =>
      vm({ name, file: 'defs/big.yaml', line: 1 + i * 20, host: 'old', scsi: i === 0 ? 0 : 1, checkpoint: `D:\\VMs\\${name}` }),
    );
    const report = buildReport({
      estate: estate({ vms, hosts: [host('old', '2012 R2', 'defs/hosts.yaml', 1)], jobs: [job('big', 'defs/jobs.yaml', 1, members)] }),
    });
    const text = textReporter(report, { color: false });
    const listed = members.slice(0, 20).join(', ');
    expect(text).toContain(`    25 members lose their backup: ${listed} … and 5 more\n`);
    expect(text).toContain(`    25 VMs lose their backup: ${listed} … and 5 more\n`);
  });

  it('handles an empty estate', () => {
    const text = textReporter(buildReport({ estate: estate({}) }), { color: false });
    expect(text).toContain('No VMs were found in the evaluated definitions.');
    expect(text.trimEnd().split('\n').at(-1)).toBe('Gate: PASSED — 0 blocking, 0 warnings, 0 notes.');
  });
});
