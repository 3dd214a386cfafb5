/**
 * HVB006 vm-running: online (VSS) backup needs the VM running (article principle 2, fourth condition).
 * A VM meant to be off is not at risk, it is backed up offline; so this is a note, not a warning.
 */
import { definePolicy } from '../../src/core/policy.js';
import { isKnown } from '../../src/core/source.js';
import { wordingOf } from '../../src/core/wording.js';

export default definePolicy({
  id: 'HVB006',
  name: 'vm-running',
  principle: 2,
  description: 'Note every VM whose intended state is not Running, because it can only be backed up offline.',
  defaultLevel: 'note',
  effect: 'offline',
  fix: 'If VM "{{vm}}" should serve, set spec.state to Running so that it is backed up online; if it is meant to stay {{state}}, nothing needs to change.',
  messages: {
    notRunning:
      'VM "{{vm}}" is meant to be {{state}}, so on every host generation (here {{host}}) it is backed up offline: consistent, nothing to interrupt, but not online.',
  },
  terraform: {
    fix: 'If {{address}} should serve, set `state = "Running"` (or remove state: the provider starts the VM) so that it is backed up online; if it is meant to stay {{state}}, nothing needs to change.',
    messages: {
      notRunning:
        '{{address}}: state = "{{state}}", so on every host generation (here {{host}}) the VM is backed up offline: consistent, nothing to interrupt, but not online.',
    },
  },
  defaultOptions: {},
  checkVm({ vm, report, cannotEvaluate }) {
    const state = vm.state;
    if (!isKnown(state)) {
      cannotEvaluate(state, wordingOf(vm).state);
      return;
    }
    if (state.value === 'Running') return;
    report({ messageId: 'notRunning', at: state.at, data: { state: state.value } });
  },
});
