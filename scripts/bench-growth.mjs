// Linear-growth checks: for each dimension of an estate (VMs, job members, disks per VM, files,
// findings, notes) the bundled CLI runs on a generated input of size n and of size 2n, writing every
// report format. Doubling the work should about double the CPU time and every report's size; a ratio
// above LIMIT is flagged, and the script exits 1 when any is. Times are CPU seconds (user + system,
// from /usr/bin/time when present), which a busy machine disturbs less than wall time; the time ratio
// is of the work beyond a run at size 1 (start-up, loading the parsers), so that fixed costs do not
// hide growth.
//
// Usage: node scripts/bench-growth.mjs [--scale 1] [--only name,name] [--runs 1]
//   --scale multiplies every base size (0.25 for a quick look); --runs takes the median of several runs.
//   node scripts/bench-growth.mjs --only NAME --write DIR --n N  only writes that input, to look at.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const LIMIT = 2.2;
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    only: { type: 'string' },
    runs: { type: 'string', default: '1' },
    write: { type: 'string' },
    n: { type: 'string' },
  },
});
const scale = Number(values.scale);
const runs = Math.max(1, Number(values.runs));
const only = values.only?.split(',');
// The text report is written to a file too: with report files, the terminal's text lists only the first entries.
const REPORTS = ['text', 'json', 'sarif', 'junit', 'gitlab', 'markdown'];
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const HOSTS = `apiVersion: hvgate/v1
kind: HostProfile
metadata: { name: legacy }
spec: { windowsServer: 2012 R2 }
---
apiVersion: hvgate/v1
kind: HostProfile
metadata: { name: modern }
spec: { windowsServer: "2022" }
`;

/** One VM. `fails`: on the 2012 R2 host without a SCSI controller, so its snapshot fails (HVB012) and takes its job down. */
function vmYaml(name, { job, fails = false, disks = 2, problems = false } = {}) {
  const diskList = Array.from({ length: disks }, (_, d) => `    - { name: d${d}, path: D:\\VMs\\${name}\\d${d}.vhdx }`).join('\n');
  const volumes = problems ? `\n  guest: { os: windows, volumes: [{ name: "C:", disk: d0, fileSystem: FAT32 }] }` : '\n  guest: { os: windows }';
  return `apiVersion: hvgate/v1
kind: VirtualMachine
metadata: { name: ${name}${job !== undefined ? `, labels: { job: ${job} }` : ''} }
spec:
  host: ${fails ? 'legacy' : 'modern'}
  state: ${problems ? 'Off' : 'Running'}${fails ? '\n  scsiControllers: 0' : ''}
  configurationPath: D:\\VMs\\${name}
  checkpoints: { location: ${problems ? 'E' : 'D'}:\\Checkpoints\\${name} }
  integrationServices: { VSS: ${!problems} }
  disks:
${diskList}${volumes}
`;
}

function selectorJob(name, label) {
  return `apiVersion: hvgate/v1\nkind: BackupJob\nmetadata: { name: ${name} }\nspec:\n  selector: { matchLabels: { job: ${label} } }\n`;
}

/** Writes VM documents into files of `perFile`. */
function writeVms(dir, count, perFile, vmOf) {
  mkdirSync(join(dir, 'vms'), { recursive: true });
  for (let start = 0; start < count; start += perFile) {
    const docs = [];
    for (let i = start; i < Math.min(count, start + perFile); i++) docs.push(vmOf(i));
    writeFileSync(join(dir, 'vms', `vms-${start / perFile}.yaml`), docs.join('---\n'));
  }
}

/** A Terraform plan JSON of `count` new VMs whose checkpoint location is known only after apply: a cannot-evaluate note each. */
function unknownPlan(dir, count) {
  const changes = Array.from({ length: count }, (_, i) => ({
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
        integration_services: { VSS: true },
        hard_disk_drives: [{ controller_type: 'Scsi', controller_number: 0, controller_location: 0, path: `D:\\VMs\\vm-${i}\\os.vhdx` }],
      },
      after_unknown: { id: true, snapshot_file_location: true, smart_paging_file_path: true },
    },
  }));
  writeFileSync(join(dir, 'plan.json'), JSON.stringify({ format_version: '1.2', terraform_version: '1.11.4', resource_changes: changes }));
}

function git(dir, ...args) {
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    stdio: 'ignore',
  });
}

/** Each dimension: a base size, how to build an input of size n in a folder, and the command to run on it. */
const DIMENSIONS = [
  {
    name: 'vms',
    title: 'VMs (20 jobs by label, 1 in 10 failing)',
    base: 10_000,
    generate(dir, n) {
      writeFileSync(join(dir, 'infra.yaml'), [HOSTS, ...Array.from({ length: 20 }, (_, j) => selectorJob(`job-${j}`, `j${j}`))].join('---\n'));
      writeVms(dir, n, 500, (i) => vmYaml(`vm-${i}`, { job: `j${i % 20}`, fails: i % 10 === 0 }));
    },
  },
  {
    name: 'members',
    title: 'members of one failing job (1 in 10 failing)',
    base: 5_000,
    generate(dir, n) {
      writeFileSync(join(dir, 'infra.yaml'), [HOSTS, selectorJob('big', 'big')].join('---\n'));
      writeVms(dir, n, 500, (i) => vmYaml(`vm-${i}`, { job: 'big', fails: i % 10 === 0 }));
    },
  },
  {
    name: 'missing',
    title: 'job members no VM provides (one job, 10 VMs)',
    base: 40_000,
    generate(dir, n) {
      const members = Array.from({ length: n }, (_, i) => `    - gone-${i}`).join('\n');
      writeFileSync(join(dir, 'infra.yaml'), `${HOSTS}---\napiVersion: hvgate/v1\nkind: BackupJob\nmetadata: { name: stale }\nspec:\n  members:\n${members}\n`);
      writeVms(dir, 10, 10, (i) => vmYaml(`vm-${i}`));
    },
  },
  {
    name: 'disks',
    title: 'disks per VM (100 VMs)',
    base: 100,
    generate(dir, n) {
      writeFileSync(join(dir, 'infra.yaml'), [HOSTS, selectorJob('all', 'all')].join('---\n'));
      writeVms(dir, 100, 10, (i) => vmYaml(`vm-${i}`, { job: 'all', disks: n }));
    },
  },
  {
    name: 'plan-disks',
    title: 'disks per VM in `plan`, 50 VMs created and 50 with every disk moved',
    base: 100,
    command: ['plan', '--base', 'HEAD', '.'],
    generate(dir, n) {
      const vm = (i, folder) => vmYaml(`vm-${i}`, { job: 'all', disks: n }).replaceAll('D:\\VMs\\', `D:\\${folder}\\`);
      writeFileSync(join(dir, 'infra.yaml'), [HOSTS, selectorJob('all', 'all')].join('---\n'));
      writeVms(dir, 50, 10, (i) => vm(i, 'VMs'));
      git(dir, 'init', '-q');
      git(dir, 'add', '.');
      git(dir, 'commit', '-q', '-m', 'base');
      writeVms(dir, 100, 10, (i) => vm(i, 'Moved'));
    },
  },
  {
    name: 'files',
    title: 'definition files (one VM each)',
    base: 5_000,
    generate(dir, n) {
      writeFileSync(join(dir, 'infra.yaml'), [HOSTS, selectorJob('all', 'all')].join('---\n'));
      writeVms(dir, n, 1, (i) => vmYaml(`vm-${i}`, { job: 'all' }));
    },
  },
  {
    name: 'findings',
    title: 'findings (5 per VM, VMs in no job)',
    base: 4_000,
    generate(dir, n) {
      writeFileSync(join(dir, 'infra.yaml'), HOSTS);
      writeVms(dir, n, 500, (i) => vmYaml(`vm-${i}`, { problems: true }));
    },
  },
  {
    name: 'notes',
    title: 'cannot-evaluate notes (Terraform plan JSON, values known after apply)',
    base: 20_000,
    generate: unknownPlan,
  },
];

/** Runs the CLI once; CPU seconds and the size of each report. */
function runOnce(dir, command) {
  const out = join(dir, 'out');
  mkdirSync(out, { recursive: true });
  const args = [
    cli,
    ...command,
    '--today',
    '2026-01-01',
    '--no-color',
    ...REPORTS.flatMap((format) => ['--report', `${format}=${join(out, `report.${format}`)}`]),
  ];
  const timing = join(out, 'time');
  const [file, argv] = TIME ? [TIME, ['-f', '%U %S %M', '-o', timing, process.execPath, ...args]] : [process.execPath, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(file, argv, { cwd: dir, maxBuffer: 2 ** 31 - 1, encoding: 'buffer' });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`hvgate ${command.join(' ')} exited ${result.status ?? result.signal}: ${result.stderr.toString().slice(0, 2000)}`);
  }
  const [user, system, maxKb] = TIME ? readFileSync(timing, 'utf8').trim().split(/\s+/).slice(-3).map(Number) : [wall, 0, 0];
  const sizes = {};
  for (const format of REPORTS) sizes[format] = statSync(join(out, `report.${format}`)).size;
  return { seconds: user + system, memory: maxKb / 1024, sizes };
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(dimension, n) {
  const dir = mkdtempSync(join(tmpdir(), 'hvgate-growth-'));
  try {
    dimension.generate(dir, n);
    const results = Array.from({ length: runs }, () => runOnce(dir, dimension.command ?? ['check', '.']));
    return { n, seconds: median(results.map((r) => r.seconds)), memory: median(results.map((r) => r.memory)), sizes: results[0].sizes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (values.write !== undefined) {
  const dimension = DIMENSIONS.find((d) => d.name === only?.[0]);
  if (!dimension) throw new Error(`--write needs --only with one of ${DIMENSIONS.map((d) => d.name).join(', ')}`);
  mkdirSync(values.write, { recursive: true });
  dimension.generate(values.write, Number(values.n ?? dimension.base));
  console.log(`hvgate ${(dimension.command ?? ['check', '.']).join(' ')} in ${values.write}`);
  process.exit(0);
}

const flagged = [];
const mark = (ratio) => (ratio > LIMIT ? `${ratio.toFixed(2)}!` : ratio.toFixed(2));
console.log(`Linear growth, Node ${process.version}: each dimension at n and 2n; ratios above ${LIMIT} are marked !`);
console.log(
  `${'dimension'.padEnd(11)} ${'n'.padStart(7)}  ${'CPU s at n → 2n'.padStart(13)}  ${'time'.padStart(6)}  ${'MiB'.padStart(11)}  output ratio per report`,
);
for (const dimension of DIMENSIONS) {
  if (only && !only.includes(dimension.name)) continue;
  const n = Math.max(1, Math.round(dimension.base * scale));
  const floor = measure(dimension, 1);
  const small = measure(dimension, n);
  const large = measure(dimension, 2 * n);
  const timeRatio = Math.max(0, large.seconds - floor.seconds) / Math.max(0.01, small.seconds - floor.seconds);
  const outputs = Object.keys(small.sizes).map((format) => [format, large.sizes[format] / Math.max(1, small.sizes[format])]);
  const over = [...(timeRatio > LIMIT ? ['time'] : []), ...outputs.filter(([, r]) => r > LIMIT).map(([format]) => format)];
  if (over.length > 0) flagged.push(`${dimension.name} (${over.join(', ')})`);
  console.log(
    `${dimension.name.padEnd(11)} ${String(n).padStart(7)}  ${`${small.seconds.toFixed(2)} → ${large.seconds.toFixed(2)}`.padStart(13)}  ${mark(timeRatio).padStart(6)}  ${`${small.memory.toFixed(0)} → ${large.memory.toFixed(0)}`.padStart(11)}  ${outputs.map(([format, r]) => `${format} ${mark(r)}`).join('  ')}`,
  );
  console.log(`${''.padEnd(11)} ${dimension.title}; outputs ${outputs.map(([format]) => `${format} ${kib(large.sizes[format])}`).join(', ')} at 2n`);
}

function kib(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(0)} KiB`;
}

if (flagged.length > 0) {
  console.log(`\nGrows faster than the work: ${flagged.join('; ')}`);
  process.exitCode = 1;
} else console.log('\nEvery dimension grows linearly.');
