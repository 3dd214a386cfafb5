import { describe, expect, test } from 'vitest';
import { parseConfig, DEFAULT_INCLUDE } from '../../src/config/config.js';
import { applyOverlays } from '../../src/config/overlay.js';
import { ConfigurationError } from '../../src/errors.js';
import { parseHvgateFile } from '../../src/parsers/hvgate/index.js';
import checkpointSameVolume from '../../policies/HVB003-checkpoint-same-volume/index.js';

const pack = [checkpointSameVolume];

function configError(text: string): string {
  try {
    parseConfig('.hvgate.yml', text, pack);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
}

describe('.hvgate.yml', () => {
  test('an empty file means the defaults', () => {
    const config = parseConfig('.hvgate.yml', '', pack);
    expect(config.include).toEqual(DEFAULT_INCLUDE);
    expect(config.settings).toMatchObject({ scope: 'introduced', unknown: 'note', defaultEnforcement: 'soft-mandatory', hostDefaults: { os: '2019' } });
  });

  test('settings by policy id or name, shorthand levels', () => {
    const config = parseConfig(
      '.hvgate.yml',
      'scope: all\nunknown: fail\nhostDefaults: { windowsServer: 2012 R2 }\nexceptions: { fromBaseOnly: true, maxDays: 90 }\npolicies:\n  checkpoint-same-volume: { level: error, enforcement: hard-mandatory }\n',
      pack,
    );
    expect(config.settings).toMatchObject({
      scope: 'all',
      unknown: 'fail',
      hostDefaults: { os: '2012 R2', configurationVersion: '9.0' },
      exceptionsFromBaseOnly: true,
      exceptionMaxDays: 90,
      policies: { HVB003: { level: 'error', enforcement: 'hard-mandatory' } },
    });
    expect(parseConfig('.hvgate.yml', 'policies:\n  HVB003: off\n', pack).settings.policies).toEqual({ HVB003: { level: 'off' } });
  });

  test('mistakes are reported with their position and a suggestion', () => {
    expect(configError('scope: all\nscopes: all\n')).toBe('.hvgate.yml:2:1: unknown key "scopes" in the document; did you mean "scope"?');
    expect(configError('policies:\n  HVB033: off\n')).toBe('.hvgate.yml:2:3: unknown policy "HVB033"; did you mean "HVB003"?');
    expect(configError('scope: everything\n')).toMatch(/^\.hvgate\.yml:1:8: scope must be one of introduced, all, not "everything"/);
    expect(configError('scope: [all\n')).toMatch(/^\.hvgate\.yml:2:1: YAML: /);
  });

  test('overlays add what Terraform cannot say to the VMs they match', () => {
    const config = parseConfig(
      '.hvgate.yml',
      [
        'overlays:',
        '  - match: { name: "sql-*" }',
        '    host: legacy',
        '    labels: { backup: nightly }',
        '    guest:',
        '      os: windows',
        '      iscsiTargets: [{ name: logs }]',
        '    backup: { protection: both, inGuestCoverage: [logs] }',
        '    exceptions:',
        '      - { policy: HVB003, reason: accepted, owner: dba, expires: 2027-01-01 }',
        '  - match: { address: "VirtualMachine/nothing-*" }',
        '    labels: { x: y }',
      ].join('\n'),
      pack,
    );
    const estate = parseHvgateFile(
      'vms.yaml',
      'apiVersion: hvgate/v1\nkind: VirtualMachine\nmetadata: { name: sql-01 }\nspec: {}\n---\napiVersion: hvgate/v1\nkind: VirtualMachine\nmetadata: { name: web-01 }\nspec: {}\n',
    );
    const result = applyOverlays(estate, config.overlays);
    const [sql, web] = result.vms;
    expect(sql!.host).toMatchObject({ value: 'legacy', at: { file: '.hvgate.yml', line: 3, column: 11 } });
    expect(sql!.labels).toEqual({ backup: 'nightly' });
    expect(sql!.guest.os).toMatchObject({ value: 'windows', at: { file: '.hvgate.yml', line: 6 } });
    expect(sql!.guest.iscsiTargets.map((t) => t.name)).toEqual(['logs']);
    expect(sql!.protection).toMatchObject({ value: 'both' });
    expect(sql!.guestCoverage.map((c) => c.name)).toEqual(['logs']);
    expect(sql!.exceptions).toEqual([expect.objectContaining({ policy: 'HVB003', vm: 'sql-01', owner: 'dba' })]);
    expect(web!.labels).toEqual({});
    expect(web!.guest.iscsiTargets).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        at: expect.objectContaining({ file: '.hvgate.yml', line: 11 }) as object,
        message: 'overlay address "VirtualMachine/nothing-*" matches no VM, so the facts it declares apply to nothing',
      }),
    ]);
  });
});

describe('exception entries in .hvgate.yml', () => {
  const entries = (...lines: string[]) => ['exceptions:', '  entries:', ...lines].join('\n') + '\n';
  const entry = (target: string, extra = '') =>
    `    - { policy: HVB003, ${target}, reason: Rebuild in August., owner: ops, expires: 2026-08-01${extra ? `, ${extra}` : ''} }`;

  test('name one VM literally, or opt into a pattern explicitly', () => {
    const config = parseConfig('.hvgate.yml', entries(entry('vm: "web-*"'), entry('vmPattern: "sql-*"', 'disk: os'), entry('vm: db-01', 'volume: "C:"')), pack);
    expect(config.exceptions.map((e) => [e.vm, e.vmPattern ?? false, e.subject ?? null, e.subjectKind ?? null, e.at.line])).toEqual([
      ['web-*', false, null, null, 3],
      ['sql-*', true, 'os', 'disk', 4],
      ['db-01', false, 'C:', 'volume', 5],
    ]);
  });

  test('an entry names its VM one way, and a pattern has a size limit', () => {
    expect(configError(entries('    - { policy: HVB003, reason: r, owner: o, expires: 2026-08-01 }'))).toBe(
      '.hvgate.yml:3:7: an exception entry names its VM with vm (a name or resource address) or vmPattern (a glob)',
    );
    expect(configError(entries(entry('vm: a, vmPattern: "a*"')))).toMatch(/^\.hvgate\.yml:3:\d+: exceptions\.entries\[0\]\.vmPattern is not allowed here/);
    expect(configError(entries(entry(`vmPattern: "${'*'.repeat(257)}"`)))).toMatch(/^\.hvgate\.yml:3:\d+: exceptions\.entries\[0\]\.vmPattern/);
    expect(configError(entries(entry('vm: a', 'disk: os, volume: "C:"')))).toMatch(/exceptions\.entries\[0\]\.volume is not allowed here/);
  });
});
