import { unknown } from '../../src/core/source.js';
import { policyCases, vmDocument, withVm } from '../../test/support/policy-tester.js';
import checkpointSameVolume from '../HVB003-checkpoint-same-volume/index.js';
import policy from './index.js';

const vm = (spec: string, name = 'app-01') => vmDocument(spec, name);

policyCases(policy, {
  valid: [
    {
      name: 'running, written out',
      yaml: vm(`  state: Running`),
      outcomes: { 'app-01': 'online' },
    },
    {
      name: 'default: state omitted means the VM is meant to run',
      yaml: vm(`  generation: 2`),
      outcomes: { 'app-01': 'online' },
    },
  ],
  invalid: [
    {
      name: 'a VM meant to be off',
      yaml: vm(`  generation: 2
  state: Off`),
      errors: [{ messageId: 'notRunning', at: 'spec.state', level: 'note', data: { state: 'Off' } }],
      outcomes: { 'app-01': 'offline' },
    },
    {
      name: 'saved and paused VMs in one file give two findings',
      yaml: `${vm(`  state: Saved`)}
---
${vm(`  disks: []\n  state: "Paused"`, 'app-02')}`,
      errors: [
        { messageId: 'notRunning', at: 'spec.state', vm: 'app-01', data: { state: 'Saved' } },
        { messageId: 'notRunning', at: 'spec.state', in: 'VirtualMachine/app-02', vm: 'app-02', data: { state: 'Paused' } },
      ],
      outcomes: { 'app-01': 'offline', 'app-02': 'offline' },
    },
    {
      // A failed online criterion pauses a running VM on 2012 R2; a VM that is off has nothing to pause.
      name: 'on a 2012 R2 host an off VM is offline, not saved-state, even with a degraded criterion',
      yaml: `${vm(`  host: legacy
  state: Off
  checkpoints:
    location: C:\\Snapshots
  disks:
    - name: os
      path: D:\\VMs\\os.vhdx`)}
---
apiVersion: hvgate/v1
kind: HostProfile
metadata:
  name: legacy
spec:
  windowsServer: 2012 R2`,
      pack: [checkpointSameVolume, policy],
      errors: [{ messageId: 'notRunning', at: 'spec.state' }],
      outcomes: { 'app-01': 'offline' },
    },
    {
      // The hvgate/v1 format always knows the state; a Terraform plan can leave it unknown until apply.
      name: 'state unknown until apply: cannot evaluate instead of assuming Running',
      yaml: vm(`  state: Off`),
      transform: withVm('app-01', (vm) => ({ ...vm, state: unknown(vm.state.at, 'var.state has no default') })),
      errors: [{ messageId: 'cannotEvaluate', at: 'spec.state', level: 'note', messageIncludes: ['the intended state is unknown (var.state has no default)'] }],
      outcomes: { 'app-01': 'online' },
      uncertain: ['app-01'],
    },
  ],
});
