// Benchmark: runs the bundled CLI on generated estates of growing size and prints how time grows.
// A ratio near the size ratio means linear scaling. Usage: node scripts/bench.mjs [maxVms=100000]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const maxVms = Number(process.argv[2] ?? 100_000);
const sizes = [];
for (let n = 1_000; n <= maxVms; n *= 10) sizes.push(n);
const VMS_PER_FILE = 500;
const JOBS = 20;

function vm(i) {
  const drive = i % 7 === 0 ? 'E' : 'D'; // every 7th VM keeps checkpoints on another volume (HVB003)
  return `apiVersion: hvgate/v1
kind: VirtualMachine
metadata:
  name: vm-${i}
  labels: { job: j${i % JOBS} }
spec:
  host: ${i % 3 === 0 ? 'legacy' : 'modern'}
  configurationPath: D:\\VMs\\vm-${i}
  checkpoints: { location: ${drive}:\\Checkpoints\\vm-${i} }
  integrationServices: { VSS: ${i % 11 !== 0} }
  disks:
    - { name: os, path: D:\\VMs\\vm-${i}\\os.vhdx }
    - { name: data, path: D:\\VMs\\vm-${i}\\data.vhdx }
  guest:
    os: windows
    volumes: [{ name: "C:", disk: os, fileSystem: NTFS }, { name: "E:", disk: data, fileSystem: ${i % 13 === 0 ? 'FAT32' : 'NTFS'} }]
`;
}

function estate(dir, n) {
  mkdirSync(join(dir, 'vms'), { recursive: true });
  const hosts = `apiVersion: hvgate/v1\nkind: HostProfile\nmetadata: { name: legacy }\nspec: { windowsServer: 2012 R2 }\n---\napiVersion: hvgate/v1\nkind: HostProfile\nmetadata: { name: modern }\nspec: { windowsServer: "2022" }\n`;
  const jobs = Array.from(
    { length: JOBS },
    (_, j) => `apiVersion: hvgate/v1\nkind: BackupJob\nmetadata: { name: job-${j} }\nspec:\n  selector: { matchLabels: { job: j${j} } }\n`,
  ).join('---\n');
  writeFileSync(join(dir, 'infra.yaml'), `${hosts}---\n${jobs}`);
  for (let start = 0; start < n; start += VMS_PER_FILE) {
    const docs = [];
    for (let i = start; i < Math.min(n, start + VMS_PER_FILE); i++) docs.push(vm(i));
    writeFileSync(join(dir, 'vms', `batch-${start / VMS_PER_FILE}.yaml`), docs.join('---\n'));
  }
}

function planEstate(dir, n) {
  const drive = (i) => (i % 7 === 0 ? 'E' : 'D');
  const changes = [];
  for (let i = 0; i < n; i++) {
    changes.push({
      address: `hyperv_machine_instance.vm["vm-${i}"]`,
      mode: 'managed',
      type: 'hyperv_machine_instance',
      name: 'vm',
      index: `vm-${i}`,
      provider_name: 'registry.terraform.io/taliesins/hyperv',
      change: {
        actions: ['create'],
        before: null,
        after: {
          name: `vm-${i}`,
          generation: 2,
          state: 'Running',
          checkpoint_type: 'Production',
          snapshot_file_location: `${drive(i)}:\\Checkpoints\\vm-${i}`,
          integration_services: { VSS: i % 11 !== 0 },
          hard_disk_drives: [
            {
              controller_type: 'Scsi',
              controller_number: 0,
              controller_location: 0,
              path: `D:\\VMs\\vm-${i}\\os.vhdx`,
              disk_number: 4294967295,
              support_persistent_reservations: false,
            },
            {
              controller_type: 'Scsi',
              controller_number: 0,
              controller_location: 1,
              path: '',
              disk_number: i % 17 === 0 ? 3 : 4294967295,
              support_persistent_reservations: false,
            },
          ],
        },
        after_unknown: { id: true, path: true },
      },
    });
  }
  writeFileSync(join(dir, 'plan.json'), JSON.stringify({ format_version: '1.2', terraform_version: '1.11.4', resource_changes: changes }));
}

function timeCheck(dir) {
  const started = process.hrtime.bigint();
  try {
    execFileSync(process.execPath, [cli, 'check', dir, '--format', 'json', '--today', '2026-01-01'], { stdio: 'ignore' });
  } catch (error) {
    if (error.status !== 1) throw error; // 1 = blocking findings, expected
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
}

for (const [title, generate] of [
  [`hvgate/v1 YAML (${VMS_PER_FILE} VMs per file, ${JOBS} jobs)`, estate],
  ['Terraform plan JSON (one plan file)', planEstate],
]) {
  console.log(`\nhvgate check on generated ${title}, Node ${process.version}`);
  console.log('VMs        seconds   VMs/s      time ratio   size ratio');
  let previous;
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'hvgate-bench-'));
    try {
      generate(dir, n);
      const seconds = timeCheck(dir);
      const ratio = previous ? (seconds / previous.seconds).toFixed(2) : '-';
      const sizeRatio = previous ? (n / previous.n).toFixed(0) : '-';
      console.log(
        `${String(n).padEnd(10)} ${seconds.toFixed(2).padStart(7)}   ${Math.round(n / seconds)
          .toString()
          .padEnd(10)} ${ratio.padStart(10)}   ${sizeRatio.padStart(10)}`,
      );
      previous = { n, seconds };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
