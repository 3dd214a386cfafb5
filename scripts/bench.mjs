// Benchmark: runs the bundled CLI (dist/cli.js) on generated estates and prints each run's time and
// peak memory as a ratio to a floor measured in the same run: reading and parsing the same input
// with nothing else. Every measurement is a separate process under /usr/bin/time -v; each figure is
// the median of several runs. The inputs are generated deterministically (no randomness).
//
//   node scripts/bench.mjs [--quick] [--runs N] [--sizes 10000,100000] [--cli FILE] [--no-readme]
//
// --quick: one run each, no README update (and bench-growth.mjs at a quarter of its sizes). --cli: another bundle (say, a copy of dist/ from before a change). Without --no-readme (and without --quick) the results are
// written into the README's Performance section. When scripts/bench-growth.mjs exists it runs last.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
let cli = join(root, 'dist/cli.js');
const TIME = '/usr/bin/time';
const TODAY = '2026-01-01';
const VMS_PER_FILE = 500;
const JOBS = 20;
const GiB = 1024 ** 3;

const options = parseArguments(process.argv.slice(2));

// ---------------------------------------------------------------- inputs

/** One `hvgate/v1` VM; every few VMs break a policy so the run reports findings. */
function yamlVm(i) {
  const drive = i % 7 === 0 ? 'E' : 'D'; // checkpoints on another volume (HVB003)
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

function writeYamlEstate(dir, n) {
  mkdirSync(join(dir, 'vms'), { recursive: true });
  const hosts = `apiVersion: hvgate/v1\nkind: HostProfile\nmetadata: { name: legacy }\nspec: { windowsServer: 2012 R2 }\n---\napiVersion: hvgate/v1\nkind: HostProfile\nmetadata: { name: modern }\nspec: { windowsServer: "2022" }\n`;
  const jobs = Array.from(
    { length: JOBS },
    (_, j) => `apiVersion: hvgate/v1\nkind: BackupJob\nmetadata: { name: job-${j} }\nspec:\n  selector: { matchLabels: { job: j${j} } }\n`,
  ).join('---\n');
  writeFileSync(join(dir, 'infra.yaml'), `${hosts}---\n${jobs}`);
  for (let start = 0; start < n; start += VMS_PER_FILE) {
    const docs = [];
    for (let i = start; i < Math.min(n, start + VMS_PER_FILE); i++) docs.push(yamlVm(i));
    writeFileSync(join(dir, 'vms', `batch-${start / VMS_PER_FILE}.yaml`), docs.join('---\n'));
  }
}

/** The planned values of one VM; `changed` VMs differ in a backup-relevant way (for the two-commit plan). */
function planVmValues(i, changed) {
  const drive = i % 7 === 0 || changed ? 'E' : 'D';
  return {
    name: `vm-${i}`,
    generation: 2,
    state: 'Running',
    checkpoint_type: 'Production',
    snapshot_file_location: `${drive}:\\Checkpoints\\vm-${i}`,
    integration_services: { VSS: i % 11 !== 0 && !changed },
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
        // Every 17th VM passes a physical disk through (HVB007); the others attach a virtual disk.
        path: i % 17 === 0 ? '' : `D:\\VMs\\vm-${i}\\data.vhdx`,
        disk_number: i % 17 === 0 ? 3 : 4294967295,
        support_persistent_reservations: false,
      },
    ],
  };
}

/** `terraform show -json` of a plan creating n VMs, with resource_changes and planned_values as Terraform writes them. */
function planJson(n, isChanged = () => false) {
  const header = (i) => ({
    address: `hyperv_machine_instance.vm["vm-${i}"]`,
    mode: 'managed',
    type: 'hyperv_machine_instance',
    name: 'vm',
    index: `vm-${i}`,
    provider_name: 'registry.terraform.io/taliesins/hyperv',
  });
  const changes = [];
  const planned = [];
  for (let i = 0; i < n; i++) {
    const after = planVmValues(i, isChanged(i));
    changes.push({ ...header(i), change: { actions: ['create'], before: null, after, after_unknown: { id: true, path: true } } });
    planned.push({ ...header(i), schema_version: 0, values: after, sensitive_values: {} });
  }
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.11.4',
    planned_values: { root_module: { resources: planned } },
    resource_changes: changes,
  });
}

function writePlanEstate(dir, n) {
  writeFileSync(join(dir, 'plan.json'), planJson(n));
}

/** A git repository of two commits holding the plan JSON; the head changes 1% of the VMs. */
function writeGitEstate(dir, n) {
  const git = (...args) => execFileSync('git', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, ...GIT_IDENTITY } });
  git('init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'plan.json'), planJson(n));
  git('add', 'plan.json');
  git('commit', '-q', '-m', 'base');
  writeFileSync(
    join(dir, 'plan.json'),
    planJson(n, (i) => i % 100 === 50),
  );
  git('commit', '-q', '-am', 'head');
}

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

// ---------------------------------------------------------------- floors: the same input read and parsed, nothing else

const FLOOR_JSON = `import { readFileSync } from 'node:fs';
JSON.parse(readFileSync(process.argv[2], 'utf8'));`;

const FLOOR_YAML = `import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
const { parseAllDocuments } = createRequire(${JSON.stringify(join(root, 'package.json'))})('yaml');
const dir = process.argv[2];
const files = [join(dir, 'infra.yaml'), ...readdirSync(join(dir, 'vms')).map((name) => join(dir, 'vms', name))];
for (const file of files) for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) doc.toJS();`;

// The published yaml reads process.env.LOG_TOKENS for every token and LOG_STREAM for every document; the
// bundle is built without those reads (scripts/yaml-debug-switches.mjs). This floor spares them too: with
// process.env a plain object each read costs next to nothing. Its ratio is shown beside the target's.
const FLOOR_YAML_WITHOUT_ENV_READS = FLOOR_YAML.replace('const dir =', 'process.env = { ...process.env };\nconst dir =');

// ---------------------------------------------------------------- measuring

/** Runs a command under /usr/bin/time -v: wall and CPU seconds, peak resident memory in bytes. */
function measure(args, cwd, okStatuses = [0]) {
  const result = spawnSync(TIME, ['-v', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const report = result.stderr;
  const field = (name) => {
    const line = report.split('\n').find((l) => l.trim().startsWith(name));
    if (!line) throw new Error(`/usr/bin/time printed no "${name}" for ${args.join(' ')}:\n${report.slice(-2000)}`);
    return line.slice(line.lastIndexOf(': ') + 2).trim();
  };
  const status = Number(field('Exit status'));
  if (!okStatuses.includes(status)) throw new Error(`${args.join(' ')} exited ${status}:\n${report.slice(-2000)}`);
  const wall = field('Elapsed (wall clock) time')
    .split(':')
    .reduce((sum, part) => sum * 60 + Number(part), 0);
  const cpu = Number(field('User time (seconds)')) + Number(field('System time (seconds)'));
  return { wall, cpu, rss: Number(field('Maximum resident set size (kbytes)')) * 1024 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Medians over `runs` runs; the work and its floors alternate so that a noisy neighbour hits them alike. */
function measurePair(work, floor, runs, compared) {
  const w = [];
  const f = [];
  const c = [];
  for (let i = 0; i < runs; i++) {
    f.push(measure(floor.args, floor.cwd));
    w.push(measure(work.args, work.cwd, work.ok));
    if (compared) c.push(measure(compared.args, compared.cwd));
  }
  const summary = (samples) => ({ wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)), rss: median(samples.map((s) => s.rss)) });
  return { work: summary(w), floor: summary(f), ...(compared ? { compared: summary(c) } : {}) };
}

// ---------------------------------------------------------------- the workloads

const node = process.execPath;
const BLOCKING = [0, 1]; // 1 = blocking findings, which the generated estates have

const workloads = [
  {
    key: 'plan-json',
    title: '`check` on a Terraform plan JSON',
    floorTitle: 'node + read + `JSON.parse` of the same file',
    target: 2,
    prepare: writePlanEstate,
    work: (dir) => ({ args: [node, cli, 'check', 'plan.json', '--format', 'json', '--output', 'report.json', '--today', TODAY], cwd: dir, ok: BLOCKING }),
    floor: (dir, scripts) => ({ args: [node, scripts.json, 'plan.json'], cwd: dir }),
  },
  {
    key: 'git-plan',
    title: '`plan` over two git commits (1% of VMs changed)',
    floorTitle: 'the same floor on the head plan',
    target: 3,
    prepare: writeGitEstate,
    work: (dir) => ({
      args: [node, cli, 'plan', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json', '--output', 'report.json', '--today', TODAY],
      cwd: dir,
      ok: BLOCKING,
    }),
    floor: (dir, scripts) => ({ args: [node, scripts.json, 'plan.json'], cwd: dir }),
  },
  {
    key: 'yaml',
    title: '`check` on `hvgate/v1` YAML',
    floorTitle: 'node + read + `yaml` `parseAllDocuments` + `toJS`',
    target: 1.3,
    prepare: writeYamlEstate,
    work: (dir) => ({ args: [node, cli, 'check', '.', '--format', 'json', '--output', 'report.json', '--today', TODAY], cwd: dir, ok: BLOCKING }),
    floor: (dir, scripts) => ({ args: [node, scripts.yaml, '.'], cwd: dir }),
    compared: {
      title: 'the YAML check above, against a floor whose `yaml` reads no environment variables, as the bundle’s does not',
      floor: (dir, scripts) => ({ args: [node, scripts.yamlWithoutEnvReads, '.'], cwd: dir }),
    },
  },
];

// ---------------------------------------------------------------- run

if (!existsSync(cli)) fail('dist/cli.js is missing: run npm run build first');
if (!existsSync(TIME)) fail(`${TIME} is missing (Debian: apt-get install time)`);

const scratch = mkdtempSync(join(tmpdir(), 'hvgate-bench-'));
const scripts = { json: join(scratch, 'floor-json.mjs'), yaml: join(scratch, 'floor-yaml.mjs'), yamlWithoutEnvReads: join(scratch, 'floor-yaml-quiet.mjs') };
writeFileSync(scripts.json, FLOOR_JSON);
writeFileSync(scripts.yaml, FLOOR_YAML);
writeFileSync(scripts.yamlWithoutEnvReads, FLOOR_YAML_WITHOUT_ENV_READS);

const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / GiB).toFixed(0)} GiB, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at the start`;
console.log(`hvgate benchmark: ${machine}; sizes ${options.sizes.join(', ')} VMs; median of ${options.runs} run(s)`);

const results = [];
const started = Date.now();
try {
  for (const workload of workloads) {
    const bySize = new Map();
    for (const n of options.sizes) {
      const dir = join(scratch, `${workload.key}-${n}`);
      mkdirSync(dir);
      workload.prepare(dir, n);
      const measured = measurePair(workload.work(dir), workload.floor(dir, scripts), options.runs, workload.compared?.floor(dir, scripts));
      bySize.set(n, measured);
      const { work, floor } = measured;
      console.log(
        `${workload.key.padEnd(9)} ${String(n).padStart(7)} VMs: ${fmtSeconds(work.wall)} wall, ${fmtSeconds(work.cpu)} CPU, ${fmtBytes(work.rss)} peak` +
          ` | floor ${fmtSeconds(floor.wall)} wall, ${fmtSeconds(floor.cpu)} CPU, ${fmtBytes(floor.rss)} peak` +
          ` | ratio ${fmtRatio(work.cpu / floor.cpu)} CPU, ${fmtRatio(work.wall / floor.wall)} wall` +
          (measured.compared ? ` | floor without env reads ${fmtSeconds(measured.compared.cpu)} CPU, ratio ${fmtRatio(work.cpu / measured.compared.cpu)}` : ''),
      );
      rmSync(dir, { recursive: true, force: true });
    }
    results.push({ workload, bySize });
  }
  const coldRuns = Math.max(5, options.runs * 3);
  const cold = measurePair({ args: [node, cli, '--version'], ok: [0] }, { args: [node, '-e', '0'] }, coldRuns);
  console.log(
    `cold start: --version ${fmtSeconds(cold.work.cpu)} CPU, ${fmtSeconds(cold.work.wall)} wall | node -e 0 ${fmtSeconds(cold.floor.cpu)} CPU, ${fmtSeconds(cold.floor.wall)} wall` +
      ` | ratio ${fmtRatio(cold.work.cpu / cold.floor.cpu)} CPU, ${fmtRatio(cold.work.wall / cold.floor.wall)} wall`,
  );

  const rows = summaryRows(results, cold);
  console.log(`\n${markdownTable(rows)}\n`);
  console.log(`bench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (options.readme) writeReadme(rows);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const growth = join(root, 'scripts/bench-growth.mjs');
if (existsSync(growth)) {
  console.log('\nscripts/bench-growth.mjs:');
  const result = spawnSync(node, [growth, ...(options.quick ? ['--scale', '0.25'] : [])], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
}

// ---------------------------------------------------------------- reporting

/**
 * One row per target: what was measured, the ratio, the target, and whether it was met. Targets are
 * judged on CPU time (user + system): on a machine shared with other work, wall time mostly measures
 * the neighbours, and a short floor and a long run see different neighbours. Wall time is shown beside it.
 */
function summaryRows(results, cold) {
  const large = Math.max(...options.sizes);
  const small = Math.min(...options.sizes);
  const rows = [];
  for (const { workload, bySize } of results) {
    const { work, floor } = bySize.get(large);
    const ratio = work.cpu / floor.cpu;
    rows.push({
      key: workload.key,
      work: `${workload.title}, ${large.toLocaleString('en')} VMs`,
      measured: `${fmtSeconds(work.cpu)} vs ${fmtSeconds(floor.cpu)} CPU (${fmtSeconds(work.wall)} vs ${fmtSeconds(floor.wall)} wall)`,
      ratio: `${fmtRatio(ratio, workload.target)} (wall ${fmtRatio(work.wall / floor.wall)})`,
      target: `≤ ${workload.target}× ${workload.floorTitle}`,
      met: ratio <= workload.target,
    });
    rows.push({
      key: `${workload.key}-memory`,
      work: `peak memory of the above`,
      measured: fmtBytes(work.rss),
      ratio: `${fmtBytes(floor.rss)} floor`,
      target: '≤ 1 GiB',
      met: work.rss <= GiB,
    });
    if (small !== large) {
      const growthRatio = work.cpu / bySize.get(small).work.cpu;
      rows.push({
        key: `${workload.key}-growth`,
        work: `t(${large / 1000}k) / t(${small / 1000}k) of the above`,
        measured: `${fmtSeconds(work.cpu)} / ${fmtSeconds(bySize.get(small).work.cpu)} CPU`,
        ratio: fmtRatio(growthRatio),
        target: `≤ ${((10.5 * large) / small / 10).toFixed(1)}`,
        met: growthRatio <= (10.5 * large) / small / 10,
      });
    }
    const compared = bySize.get(large).compared;
    if (workload.compared && compared) {
      rows.push({
        key: `${workload.key}-compared`,
        work: workload.compared.title,
        measured: `${fmtSeconds(work.cpu)} vs ${fmtSeconds(compared.cpu)} CPU`,
        ratio: fmtRatio(work.cpu / compared.cpu),
        target: 'for comparison',
        met: undefined,
      });
    }
  }
  const coldRatio = cold.work.cpu / cold.floor.cpu;
  rows.push({
    key: 'cold-start',
    work: 'cold start `--version`',
    measured: `${fmtSeconds(cold.work.cpu)} vs ${fmtSeconds(cold.floor.cpu)} CPU (${fmtSeconds(cold.work.wall)} vs ${fmtSeconds(cold.floor.wall)} wall)`,
    ratio: `${fmtRatio(coldRatio)} (wall ${fmtRatio(cold.work.wall / cold.floor.wall)})`,
    target: '≤ 2× `node -e 0`',
    met: coldRatio <= 2,
  });
  return rows;
}

function markdownTable(rows) {
  const lines = ['| work | measured | ratio | target | met |', '|---|---|---|---|---|'];
  for (const row of rows)
    lines.push(`| ${row.work} | ${row.measured} | ${row.ratio} | ${row.target} | ${row.met === undefined ? '—' : row.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}

/**
 * Replaces the table between the README's bench markers; the prose around it (what bounds a missed
 * target) is written by hand, so a missed target without an explanation shows up in review.
 */
function writeReadme(rows) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const begin = '<!-- bench:begin -->';
  const end = '<!-- bench:end -->';
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from === -1 || to < from) fail(`README.md has no ${begin} … ${end} block to write the results into`);
  const block = `${begin}\nMeasured by \`npm run bench\` on ${machine}; ${options.runs === 1 ? 'one run each' : `medians of ${options.runs} runs`}.\n\n${markdownTable(rows)}\n`;
  writeFileSync(readme, text.slice(0, from) + block + text.slice(to));
  console.log('README.md: Performance table updated');
}

// ---------------------------------------------------------------- helpers

function parseArguments(args) {
  const parsed = { quick: false, runs: 3, sizes: [10_000, 100_000], readme: true };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--quick') parsed.quick = true;
    else if (arg === '--no-readme') parsed.readme = false;
    else if (arg === '--runs') parsed.runs = positiveInteger(args[++i], '--runs');
    else if (arg === '--cli') cli = String(args[++i]);
    else if (arg === '--sizes')
      parsed.sizes = String(args[++i])
        .split(',')
        .map((s) => positiveInteger(s, '--sizes'));
    else fail(`unknown argument ${arg}; usage: node scripts/bench.mjs [--quick] [--runs N] [--sizes 10000,100000] [--cli FILE] [--no-readme]`);
  }
  if (parsed.quick) {
    parsed.runs = args.includes('--runs') ? parsed.runs : 1;
    parsed.readme = false;
  }
  return parsed;
}

function positiveInteger(value, name) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`${name} needs a positive integer, not ${JSON.stringify(value)}`);
  return n;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function fmtSeconds(s) {
  return `${s.toFixed(s < 10 ? 2 : 1)} s`;
}

function fmtBytes(b) {
  return b >= GiB ? `${(b / GiB).toFixed(2)} GiB` : `${Math.round(b / 1024 ** 2)} MiB`;
}

/** Two decimals, or three when two would round a missed `target` down onto it. */
function fmtRatio(r, target) {
  const shown = r.toFixed(2);
  return `${target !== undefined && r > target && Number(shown) <= target ? r.toFixed(3) : shown}×`;
}
