import { describe, expect, test } from 'vitest';
import { closest, didYouMean } from '../../src/core/suggest.js';

const SPEC = [
  'host',
  'generation',
  'state',
  'configurationVersion',
  'configurationPath',
  'checkpoints',
  'integrationServices',
  'scsiControllers',
  'disks',
  'guest',
  'backup',
  'exceptions',
];

describe('did you mean', () => {
  test.each([
    ['stat', 'state'],
    ['sate', 'state'],
    ['disk', 'disks'],
    ['checkpoint', 'checkpoints'],
    ['chekcpoints', 'checkpoints'],
    ['integration_services', 'integrationServices'],
    ['IntegrationServices', 'integrationServices'],
    ['scsi-controllers', 'scsiControllers'],
    ['configurationPth', 'configurationPath'],
    ['configurationVerison', 'configurationVersion'],
  ])('%s → %s', (word, meant) => {
    expect(closest(word, SPEC)).toBe(meant);
  });

  test.each([['os'], ['x'], ['name'], ['labels'], ['passwords']])('%s has no sensible suggestion', (word) => {
    expect(closest(word, SPEC)).toBeUndefined();
  });

  test('a swap of two letters is one edit, so it beats a candidate two edits away', () => {
    expect(closest('Runnign', ['Running', 'Runnin'])).toBe('Running');
  });

  test('among equally near candidates, the one that shares the beginning wins, not the first listed', () => {
    expect(closest('guests', ['quests', 'guest'])).toBe('guest');
    expect(closest('HVB00', ['HVB001', 'HVB000'])).toBe('HVB001');
  });

  test('the suggestion is phrased for a message', () => {
    expect(didYouMean('stat', SPEC)).toBe('; did you mean "state"?');
    expect(didYouMean('zzz', SPEC)).toBe('');
  });
});
