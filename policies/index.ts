/**
 * The HVB policy pack, in id order. Ids are permanent (docs/domain.md §4); a retired policy stays listed.
 */
import type { AnyPolicy } from '../src/core/policy.js';
import definitionValid from './HVB000-definition-valid/index.js';
import wholeVmBackup from './HVB001-whole-vm-backup/index.js';
import backupIntegrationService from './HVB002-backup-integration-service/index.js';
import checkpointSameVolume from './HVB003-checkpoint-same-volume/index.js';
import guestBasicDisks from './HVB004-guest-basic-disks/index.js';
import guestSnapshotFilesystem from './HVB005-guest-snapshot-filesystem/index.js';
import vmRunning from './HVB006-vm-running/index.js';
import passthroughDisk from './HVB007-passthrough-disk/index.js';
import guestAttachedStorage from './HVB008-guest-attached-storage/index.js';
import jobAllOrNothing from './HVB009-job-all-or-nothing/index.js';
import backupCoverage from './HVB010-backup-coverage/index.js';
import sharedVhdx from './HVB011-shared-vhdx/index.js';
import scsiControllerRequired from './HVB012-scsi-controller-required/index.js';
import linuxRemoteStorage from './HVB013-linux-remote-storage/index.js';
import differencingChain from './HVB014-differencing-chain/index.js';
import jobMembersExist from './HVB015-job-members-exist/index.js';
import exceptionValid from './HVB016-exception-valid/index.js';

export const policies: readonly AnyPolicy[] = [
  definitionValid,
  wholeVmBackup,
  backupIntegrationService,
  checkpointSameVolume,
  guestBasicDisks,
  guestSnapshotFilesystem,
  vmRunning,
  passthroughDisk,
  guestAttachedStorage,
  jobAllOrNothing,
  backupCoverage,
  sharedVhdx,
  scsiControllerRequired,
  linuxRemoteStorage,
  differencingChain,
  jobMembersExist,
  exceptionValid,
];
