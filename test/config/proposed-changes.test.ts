/** What a head proposes to the configuration that governs it: one line per setting, never applied. */
import { describe, expect, it } from 'vitest';
import { policies } from '../../policies/index.js';
import { DEFAULT_CONFIG, parseConfig } from '../../src/config/config.js';
import { proposedConfigurationChanges } from '../../src/config/proposed-changes.js';

const config = (text: string) => parseConfig('.hvgate.yml', text, policies);

describe('proposedConfigurationChanges', () => {
  it('names each setting the head changes, in the configuration file’s words', () => {
    const base = config('policies:\n  HVB003: warning\nscope: introduced\ninclude: ["**/*.yaml"]\n');
    const head = config(
      'policies:\n  HVB003: off\n  HVB007: { level: warning, enforcement: advisory }\nscope: all\nexceptions:\n  fromBaseOnly: false\n  maxDays: 365\ninclude: ["**/*.yaml", "**/*.json"]\nexclude: [vms/**]\n',
    );
    expect(proposedConfigurationChanges(base, { config: head })).toEqual([
      'policies.HVB003: level warning → level off',
      'policies.HVB007: default → level warning, enforcement advisory',
      'scope: "introduced" → "all"',
      'exceptions.fromBaseOnly: true → false',
      'exceptions.maxDays: 90 → 365',
      'include: adds "**/*.json"',
      'exclude: adds "vms/**"',
    ]);
  });

  it('names each exception entry the head adds or removes, a renewal as both', () => {
    const base = config('exceptions:\n  entries:\n    - { policy: HVB003, vm: app-01, reason: r, owner: o, expires: 2027-01-01 }\n');
    const headText = [
      'exceptions:',
      '  entries:',
      '    - { policy: HVB003, vm: app-01, reason: r, owner: o, expires: 2027-02-01 }',
      '    - { policy: HVB007, vm: web-01, disk: archive, reason: r, owner: o, expires: 2027-01-01 }',
      '    - { policy: HVB009, vmPattern: "*", reason: r, owner: o, expires: 2027-01-01 }',
      '',
    ].join('\n');
    const head = config(headText);
    expect(proposedConfigurationChanges(base, { config: head })).toEqual([
      'exceptions.entries: adds HVB003 for "app-01", expires 2027-02-01',
      'exceptions.entries: adds HVB007 for "web-01", disk "archive", expires 2027-01-01',
      'exceptions.entries: adds HVB009 for the VMs matching "*", expires 2027-01-01',
      'exceptions.entries: removes HVB003 for "app-01", expires 2027-01-01',
    ]);
    // Moved to other lines, the same entries propose nothing.
    expect(proposedConfigurationChanges(head, { config: config(`# moved\n\n${headText}`) })).toEqual([]);
  });

  it('reports a configuration the head adds or removes, one it cannot read, and nothing when nothing changes', () => {
    const base = config('policies:\n  HVB003: warning\n');
    expect(proposedConfigurationChanges(DEFAULT_CONFIG, { config: base })).toEqual(['adds .hvgate.yml', 'policies.HVB003: default → level warning']);
    expect(proposedConfigurationChanges(base, { config: DEFAULT_CONFIG })).toEqual(['removes .hvgate.yml', 'policies.HVB003: level warning → default']);
    expect(proposedConfigurationChanges(base, { error: '.hvgate.yml:1:1: YAML: bad' })).toEqual([
      "the head's configuration cannot be read: .hvgate.yml:1:1: YAML: bad",
    ]);
    expect(proposedConfigurationChanges(base, { config: config('policies:\n  HVB003: warning\n') })).toEqual([]);
  });
});
