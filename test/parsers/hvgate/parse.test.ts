import { describe, expect, test } from 'vitest';
import { parseSources } from '../../../src/load/parse-sources.js';
import { parseHvgateCandidate, parseHvgateFile } from '../../../src/parsers/hvgate/index.js';
import { mayHoldHvgateDefinition } from '../../../src/parsers/hvgate/recognize.js';

const header = (name: string) => `apiVersion: hvgate/v1\nkind: VirtualMachine\nmetadata:\n  name: ${name}\nspec:\n`;

function diagnosticsOf(text: string) {
  return parseHvgateFile('defs.yaml', text).diagnostics.map((d) => ({ line: d.at.line, column: d.at.column, code: d.code, message: d.message }));
}

describe('hvgate/v1 parser: well-formed input', () => {
  test('reads a VM with its values, positions and defaults', () => {
    const estate = parseHvgateFile(
      'vms/web.yaml',
      `${header('web-01')}  host: hv-2019\n  checkpoints:\n    location: D:\\Snapshots\n  disks:\n    - name: os\n      path: D:\\VMs\\os.vhdx\n      controller: { type: SCSI, number: 0, location: 1 }\n`,
    );
    expect(estate.diagnostics).toEqual([]);
    const vm = estate.vms[0]!;
    expect(vm).toMatchObject({ name: 'web-01', address: 'VirtualMachine/web-01', format: 'hvgate' });
    expect(vm.host).toMatchObject({ known: true, value: 'hv-2019', at: { file: 'vms/web.yaml', line: 6, column: 9 } });
    expect(vm.checkpointLocation).toMatchObject({ value: 'D:\\Snapshots', origin: 'set', at: { line: 8, column: 15, endColumn: 27 } });
    expect(vm.state).toMatchObject({ value: 'Running', origin: 'default', at: { line: 5, column: 1 } });
    expect(vm.generation).toMatchObject({ value: 2, origin: 'default' });
    expect(vm.integrationServices.backup).toMatchObject({ value: true, origin: 'default' });
    expect(vm.scsiControllers).toMatchObject({ value: 1, origin: 'default' });
    expect(vm.guest.os).toMatchObject({ known: false, reason: 'guest.os is not declared' });
    expect(vm.disks[0]).toMatchObject({ name: 'os', kind: 'virtual', controller: { type: 'scsi', number: 0, location: 1 } });
    expect(vm.disks[0]!.path).toMatchObject({ value: 'D:\\VMs\\os.vhdx', at: { line: 11, column: 13 } });
  });

  test('a BOM and CRLF line endings are not errors and keep line numbers right', () => {
    const text = `\uFEFF# comment\r\n${header('crlf-01').replace(/\n/g, '\r\n')}  state: Off\r\n`;
    const estate = parseHvgateFile('crlf.yaml', text);
    expect(estate.diagnostics).toEqual([]);
    expect(estate.vms[0]!.state).toMatchObject({ value: 'Off', at: { line: 7, column: 10 } });
  });

  test('JSON definitions are read the same way, with positions', () => {
    const text = JSON.stringify({ apiVersion: 'hvgate/v1', kind: 'VirtualMachine', metadata: { name: 'json-01' }, spec: { state: 'Off' } }, null, 2);
    const estate = parseHvgateFile('vm.json', text);
    expect(estate.diagnostics).toEqual([]);
    expect(estate.vms[0]!.state).toMatchObject({ value: 'Off', at: { line: 8, column: 14 } });
  });

  test('several documents in one file; documents of other tools are ignored', () => {
    const text = `name: CI\non: push\n---\n${header('a')}  state: Off\n---\n${header('b')}  state: Running\n`;
    const estate = parseHvgateFile('mixed.yaml', text);
    expect(estate.diagnostics).toEqual([]);
    expect(estate.vms.map((vm) => vm.name)).toEqual(['a', 'b']);
  });

  test('jobs and host profiles', () => {
    const text = `apiVersion: hvgate/v1\nkind: BackupJob\nmetadata: { name: nightly }\nspec:\n  members: [a, b]\n  selector: { matchLabels: { tier: web } }\n---\napiVersion: hvgate/v1\nkind: HostProfile\nmetadata: { name: old }\nspec:\n  windowsServer: 2012 R2\n  language: de-DE\n`;
    const estate = parseHvgateFile('infra.yaml', text);
    expect(estate.diagnostics).toEqual([]);
    expect(estate.jobs[0]).toMatchObject({
      name: 'nightly',
      members: [{ name: 'a', at: { line: 5, column: 13 } }, { name: 'b' }],
      selector: { matchLabels: { tier: 'web' } },
    });
    expect(estate.hosts[0]).toMatchObject({ name: 'old', os: { value: '2012 R2' }, language: 'de-DE' });
  });

  test('a .vhds path is a shared VHD Set by default; integration service aliases and GUIDs are recognised', () => {
    const text = `${header('c')}  integrationServices:\n    Backup (volume shadow copy): false\n    Takt: true\n  disks:\n    - name: q\n      path: C:\\ClusterStorage\\Volume1\\q.vhds\n`;
    const vm = parseHvgateFile('c.yaml', text).vms[0]!;
    expect(vm.integrationServices.backup).toMatchObject({ value: false, origin: 'set', at: { line: 7, column: 34 } });
    expect(vm.integrationServices.unrecognized.map((key) => [key.name, key.at.line, key.at.column, key.enabled])).toEqual([['Takt', 8, 5, true]]);
    expect(vm.disks[0]!.shared).toMatchObject({ value: true, origin: 'default' });
  });

  test('a check reads each VM without what its document says for the plan, and nothing else differs', async () => {
    const text = `${header('app-01')}  state: Off\n  disks:\n    - { name: os, path: D:\\VMs\\os.vhdx }\n`;
    const forPlan = parseHvgateFile('vm.yaml', text).vms[0]!;
    const forCheck = parseHvgateCandidate('vm.yaml', text, { attributes: false })!.vms[0]!;
    expect(forPlan.attributes).toMatchObject({ kind: 'document', value: { spec: { state: 'Off' } } });
    expect(forCheck.attributes).toBeUndefined();
    const { attributes: _, ...rest } = forPlan;
    expect(forCheck).toEqual(rest);
    const file = { path: 'vm.yaml', bytes: new TextEncoder().encode(text), size: text.length, truncated: false, explicit: false };
    expect((await parseSources([file], { attributes: false })).estate.vms.map((vm) => vm.attributes)).toEqual([undefined]);
    expect((await parseSources([file])).estate.vms.map((vm) => vm.attributes?.kind)).toEqual(['document']);
  });
});

describe('hvgate/v1 parser: bad input is reported at its position, never thrown or passed', () => {
  test('YAML syntax error', () => {
    expect(diagnosticsOf(`${header('x')}  state: [Off\n`)).toEqual([
      expect.objectContaining({ line: 7, code: expect.stringMatching(/^yaml-/) as string, message: expect.stringMatching(/^YAML: /) as string }),
    ]);
  });

  test('wrong type', () => {
    expect(diagnosticsOf(`${header('x')}  generation: two\n`)).toEqual([
      expect.objectContaining({ line: 6, column: 15, message: 'VirtualMachine "x": spec.generation must be one of 1, 2, not "two"' }),
    ]);
    expect(diagnosticsOf(`${header('x')}  disks: { name: os }\n`)).toEqual([
      expect.objectContaining({ line: 6, column: 3, message: 'VirtualMachine "x": spec.disks must be an array, not a mapping' }),
    ]);
  });

  test('unknown key with a suggestion, pointing at the key', () => {
    expect(diagnosticsOf(`${header('x')}  checkpoint:\n    location: D:\\\n`)).toEqual([
      expect.objectContaining({ line: 6, column: 3, message: 'VirtualMachine "x": unknown key "checkpoint" in spec; did you mean "checkpoints"?' }),
    ]);
  });

  test('enum value in the wrong case gets a suggestion', () => {
    expect(diagnosticsOf(`${header('x')}  state: running\n`)[0]!.message).toBe(
      'VirtualMachine "x": spec.state must be one of Running, Off, Saved, Paused, not "running"; did you mean "Running"?',
    );
  });

  test('duplicate keys', () => {
    expect(diagnosticsOf(`${header('x')}  state: Off\n  state: Running\n`)).toEqual([
      expect.objectContaining({ line: 7, column: 3, code: 'yaml-duplicate-key' }),
    ]);
  });

  test('empty file', () => {
    expect(diagnosticsOf('')).toEqual([expect.objectContaining({ line: 1, column: 1, code: 'empty-file', message: 'the file is empty: it defines nothing' })]);
    expect(diagnosticsOf('# only a comment\n')).toEqual([expect.objectContaining({ code: 'no-definitions' })]);
  });

  test('marker but no body', () => {
    expect(diagnosticsOf('apiVersion: hvgate/v1\nkind: VirtualMachine\n')).toEqual([
      expect.objectContaining({ line: 1, column: 1, message: 'VirtualMachine "(unnamed)": the document is missing the required key "metadata"' }),
      expect.objectContaining({ line: 1, column: 1, message: 'VirtualMachine "(unnamed)": the document is missing the required key "spec"' }),
    ]);
    expect(diagnosticsOf('apiVersion: hvgate/v1\n')).toEqual([
      expect.objectContaining({ code: 'kind', message: 'the document has apiVersion hvgate/v1 but no kind' }),
    ]);
  });

  test('unknown kind and unsupported apiVersion', () => {
    expect(diagnosticsOf('apiVersion: hvgate/v1\nkind: VirtualMachines\n')[0]!.message).toBe(
      'kind "VirtualMachines" is not one of VirtualMachine, BackupJob, HostProfile; did you mean "VirtualMachine"?',
    );
    expect(diagnosticsOf('apiVersion: hvgate/v9\nkind: VirtualMachine\n')[0]).toMatchObject({ line: 1, column: 13, code: 'api-version' });
  });

  test('an alias-expansion bomb is refused', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const text = `apiVersion: hvgate/v1\nkind: VirtualMachine\n${lines.join('\n')}\n`;
    expect(diagnosticsOf(text)).toEqual([expect.objectContaining({ code: 'yaml-alias-expansion' })]);
  });

  test('references inside a VM must resolve', () => {
    const text = `${header('x')}  disks:\n    - name: os\n      path: D:\\os.vhdx\n  guest:\n    volumes:\n      - { name: "C:", disk: sys }\n  backup:\n    inGuestCoverage: [ox]\n`;
    expect(diagnosticsOf(text).map((d) => [d.line, d.message])).toEqual([
      [13, 'backup.inGuestCoverage names "ox", which is no disk, iSCSI target or Fibre Channel adapter of VM "x"; did you mean "os"?'],
      [11, 'guest volume "C:" is on disk "sys", which VM "x" does not have'],
    ]);
  });

  test('exception dates must be real dates', () => {
    const text = `${header('x')}  exceptions:\n    - { policy: HVB003, reason: r, owner: o, expires: 2026-02-30x }\n`;
    expect(diagnosticsOf(text)[0]!.message).toMatch(/spec\.exceptions\[0\]\.expires must be a date/);
  });
});

describe('recognising definitions by what they parse to', () => {
  const evil = 'kind: VirtualMachine\nmetadata: { name: x }\nspec: {}\n';

  test.each([
    ['plain', `apiVersion: hvgate/v1\n${evil}`],
    ['flow mapping', '{ apiVersion: hvgate/v1, kind: VirtualMachine, metadata: { name: x }, spec: {} }'],
    ['JSON escape in the value', '{ "apiVersion": "\\u0068vgate/v1", "kind": "VirtualMachine", "metadata": { "name": "x" }, "spec": {} }'],
    ['JSON escape in the key', '{ "\\u0061piVersion": "hvgate/v1", "kind": "VirtualMachine", "metadata": { "name": "x" }, "spec": {} }'],
    ['YAML hex escape', `apiVersion: "\\x68vgate/v1"\n${evil}`],
    ['escaped line break', `apiVersion: "hv\\\n  gate/v1"\n${evil}`],
    ['explicit key', `? apiVersion\n: hvgate/v1\n${evil}`],
    ['tag', `apiVersion: !!str hvgate/v1\n${evil}`],
    ['block scalar', `apiVersion: >-\n  hvgate/v1\n${evil}`],
    ['alias', `metadata: { name: x, labels: { a: &v hvgate/v1 } }\napiVersion: *v\nkind: VirtualMachine\nspec: {}\n`],
    ['merge key', `<<: { apiVersion: hvgate/v1, kind: VirtualMachine }\nmetadata: { name: x }\nspec: {}\n`],
  ])('%s', (_, text) => {
    expect(mayHoldHvgateDefinition(text)).toBe(true);
    const estate = parseHvgateCandidate('vm.yaml', text);
    expect(estate?.diagnostics).toEqual([]);
    expect(estate?.vms.map((vm) => vm.name)).toEqual(['x']);
  });

  test.each([
    ['another version', `apiVersion: hvgate/v2\n${evil}`, 'apiVersion "hvgate/v2" is not supported; this gate reads hvgate/v1'],
    ['capitals', `apiVersion: HVGATE/v1\n${evil}`, 'apiVersion "HVGATE/v1" is not supported; this gate reads hvgate/v1'],
    ['binary', `apiVersion: !!binary aHZnYXRlL3Yx\n${evil}`, 'apiVersion binary data is not supported; this gate reads hvgate/v1'],
    ['misspelt key', `ApiVersion: hvgate/v1\n${evil}`, 'the key "ApiVersion" must be written "apiVersion"'],
    ['no apiVersion', evil, 'the document has kind "VirtualMachine" but no apiVersion, so it cannot be read as an hvgate/v1 definition'],
    [
      'nested',
      `kind: List\nitems:\n  - { apiVersion: hvgate/v1, ${evil.replace(/\n/g, ', ').replace(/, $/, '')} }\n`,
      'an hvgate/v1 definition is nested at items[0] of another document; it is not evaluated there',
    ],
    ['broken', '{ apiVersion: hvgate/v1, kind: VirtualMachine', 'YAML: Flow map must end with a }'],
    [
      'a mapping key',
      '? { apiVersion: hvgate/v1, kind: VirtualMachine, metadata: { name: x } }\n: deployed\n',
      'an hvgate/v1 definition is written as a mapping key',
    ],
  ])('a near miss is reported, not skipped: %s', (_, text, message) => {
    expect(mayHoldHvgateDefinition(text)).toBe(true);
    expect(parseHvgateCandidate('vm.yaml', text)?.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining(message)]);
  });

  test.each([
    ['a Kubernetes manifest', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\n'],
    ['a KubeVirt VM', 'apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata: { name: vm }\nspec: { running: false }\n'],
    ['a workflow with a Windows path', 'name: CI\non: push\njobs: { a: { steps: [{ run: "dir C:\\\\temp" }] } }\n'],
    ['a broken file of another tool with a backslash', 'a: "C:\\\\x\nb: [\n'],
  ])("%s is someone else's file", (_, text) => {
    expect(parseHvgateCandidate('other.yaml', text)).toBeUndefined();
  });

  test('the prefilter passes nothing by that could spell the apiVersion', () => {
    expect(mayHoldHvgateDefinition('name: CI\non: [push]\n')).toBe(false);
    expect(mayHoldHvgateDefinition('{"lockfileVersion": 3}')).toBe(false);
  });
});

describe('one bad field never hides a definition', () => {
  const vmWith = (spec: string) => parseHvgateFile('vm.yaml', `${header('app-01')}${spec}`);

  test('a misspelt key: the VM is built, and what the key meant is unknown, not defaulted', () => {
    const estate = vmWith('  stat: Off\n  configurationPath: D:\\VMs\n');
    expect(estate.diagnostics.map((d) => [d.at.line, d.at.column, d.message])).toEqual([
      [6, 3, 'VirtualMachine "app-01": unknown key "stat" in spec; did you mean "state"?'],
    ]);
    const vm = estate.vms[0]!;
    expect(vm.state).toMatchObject({ known: false, reason: expect.stringContaining('unknown key "stat"') as string, at: { line: 6, column: 3 } });
    expect(vm.configurationPath).toMatchObject({ known: true, value: 'D:\\VMs' });
  });

  test('a bad enum value, a wrong type and an unreadable boolean are unknown where they are written', () => {
    const vm = vmWith('  state: running\n  scsiControllers: two\n  integrationServices: { VSS: "false" }\n').vms[0]!;
    expect(vm.state).toMatchObject({ known: false, at: { line: 6, column: 10 } });
    expect(vm.scsiControllers).toMatchObject({ known: false, at: { line: 7, column: 20 } });
    expect(vm.integrationServices.backup).toMatchObject({ known: false, at: { line: 8, column: 31 } });
  });

  test('a disk with a bad field keeps its kind and the rest of its values', () => {
    const vm = vmWith(
      '  disks:\n    - { name: os, path: 7, controller: { type: SCSI, number: 0, location: 1 } }\n    - { name: pt, passThrough: { diskNumber: -1 } }\n    - just-a-string\n',
    ).vms[0]!;
    expect(vm.disks.map((d) => [d.name, d.kind, d.path?.known ?? d.diskNumber?.known])).toEqual([
      ['os', 'virtual', false],
      ['pt', 'passthrough', false],
      ['disks[2]', 'virtual', false],
    ]);
    expect(vm.disks[0]!.controller).toEqual({ type: 'scsi', number: 0, location: 1 });
  });

  test('an exception with an unreadable field waives nothing', () => {
    const vm = vmWith(
      '  exceptions:\n    - { policy: HVB007, reason: r, owner: o, expires: soon }\n    - { policy: HVB003, reason: r, owner: o, expires: 2026-12-31 }\n',
    ).vms[0]!;
    expect(vm.exceptions.map((e) => e.policy)).toEqual(['HVB003']);
  });

  test('a host profile with a bad value is built with that value unknown, so VMs on it still find it', () => {
    const estate = parseHvgateFile('h.yaml', 'apiVersion: hvgate/v1\nkind: HostProfile\nmetadata: { name: old }\nspec: { windowsServer: 2012R2 }\n');
    expect(estate.hosts).toEqual([expect.objectContaining({ name: 'old', os: expect.objectContaining({ known: false }) as object })]);
  });

  test('a job with a bad member keeps its other members', () => {
    const estate = parseHvgateFile('j.yaml', 'apiVersion: hvgate/v1\nkind: BackupJob\nmetadata: { name: n }\nspec: { members: [a, "", b], colour: red }\n');
    expect(estate.jobs[0]!.members.map((m) => m.name)).toEqual(['a', 'b']);
  });

  test('without a readable name or spec there is nothing to build: only the errors are reported', () => {
    expect(parseHvgateFile('a.yaml', 'apiVersion: hvgate/v1\nkind: VirtualMachine\nmetadata: { name: 7 }\nspec: {}\n').vms).toEqual([]);
    expect(parseHvgateFile('b.yaml', header('x').replace(/spec:\n$/, 'spec: nothing\n')).vms).toEqual([]);
  });

  test('a Windows path in double quotes: an invalid escape and an escape that changes the path both say to use single quotes', () => {
    const [badEscape] = parseHvgateFile('a.yaml', `${header('x')}  configurationPath: "D:\\VMs"\n`).diagnostics;
    expect(badEscape!.fix).toMatch(/single quotes/);
    const [changed] = parseHvgateFile('b.yaml', `${header('x')}  configurationPath: "D:\\new"\n`).diagnostics;
    expect(changed!.message).toMatch(/contains a control character.*single quotes/);
  });
});
