/**
 * Host volume identity (docs/domain.md §5). Two paths are on the same host volume when their normalized
 * roots are equal: a drive letter (`D:`), a Cluster Shared Volume (`C:\ClusterStorage\Volume1`, its
 * own volume although it sits under `C:`), or an SMB share (`\\server\share`). Comparison ignores
 * case, treats `/` and `\` alike, ignores trailing separators, and resolves `.` and `..` segments
 * first: `C:\ClusterStorage\Volume1\..\Volume2\a.vhdx` is on Volume2.
 */
import { BoundedCache } from './bounded-cache.js';
import { unknown, type Unknown, type Value } from './source.js';

export interface VolumeRoot {
  /** Comparison key: equal keys mean the same volume. */
  readonly key: string;
  /** How reports show the volume (`D:`, `C:\ClusterStorage\Volume1`, `\\fs01\vms`). */
  readonly display: string;
  /** True for SMB shares: storage the host reaches over the network. */
  readonly remote: boolean;
}

export type VolumeResult = { readonly ok: true; readonly volume: VolumeRoot } | { readonly ok: false; readonly problem: string };

const CLUSTER_STORAGE = 'clusterstorage';
const CLUSTER_STORAGE_PATTERN = /clusterstorage/i;

/**
 * Several policies ask for the volume of the same paths (every disk, the checkpoint location, the
 * configuration path), so answers are remembered; the cache starts over when it is full, which
 * bounds its memory on estates of any size.
 */
const volumeCache = new BoundedCache<VolumeResult>(4096);

/** Finds the host volume a Windows path lives on, or says why it cannot be told. */
export function volumeOf(path: string): VolumeResult {
  const drive = plainDrivePath(path);
  if (drive !== undefined) return drive.result;
  return volumeCache.get(path, resolveVolume);
}

function resolveVolume(path: string): VolumeResult {
  const root = rootOf(path, true);
  if (root.kind === 'volume') return { ok: true, volume: root.volume };
  // A whole path has no "rest" that could complete it.
  return { ok: false, problem: root.kind === 'problem' ? root.problem : `"${path}" is not an absolute Windows path` };
}

/** What a value says about its volume; see volumeOfValue. */
export type ValueVolume =
  /** Known from the whole path, or from its known beginning (`"D:\\VMs\\${each.key}.vhdx"`). */
  | { readonly kind: 'volume'; readonly volume: VolumeRoot }
  /** Not known, but the same as that of every other value that starts with the same unknown expression. */
  | { readonly kind: 'same-as'; readonly key: string; readonly text: string }
  /** A known path or known beginning that names no volume: a definition error (HVB000). */
  | { readonly kind: 'unresolvable'; readonly problem: string }
  | { readonly kind: 'unknown'; readonly value: Unknown };

/**
 * The volume of a path value, as far as it is known. For a value that is only partly known, the
 * unknown rest is taken to be folder and file names: it does not climb out of the known beginning
 * with `..` segments. A value that is exactly an unknown expression (`var.p`) is on the volume of
 * that expression, like every value that starts with it (`"${var.p}\\os.vhdx"`); this assumes the
 * expression itself names a volume, not just a folder above a Cluster Shared Volume.
 */
export function volumeOfValue(value: Value<string>): ValueVolume {
  if (value.known) {
    const drive = plainDrivePath(value.value);
    if (drive !== undefined) return drive.root;
    const result = volumeOf(value.value);
    return result.ok ? { kind: 'volume', volume: result.volume } : { kind: 'unresolvable', problem: result.problem };
  }
  const partial = value.partial;
  if (partial && partial.prefix !== '') {
    const root = rootOf(partial.prefix, false);
    if (root.kind === 'volume') return root;
    if (root.kind === 'problem') return { kind: 'unresolvable', problem: root.problem };
  }
  if (partial?.base && partial.prefix === '') return { kind: 'same-as', key: partial.base.key, text: partial.base.text };
  return { kind: 'unknown', value };
}

/** Whether two values are on one volume: true, false, or undefined when that cannot be told yet. */
export function sameVolume(a: ValueVolume, b: ValueVolume): boolean | undefined {
  if (a.kind === 'volume' && b.kind === 'volume') return a.volume.key === b.volume.key;
  if (a.kind === 'same-as' && b.kind === 'same-as' && a.key === b.key) return true;
  return undefined;
}

type Root = { readonly kind: 'volume'; readonly volume: VolumeRoot } | { readonly kind: 'problem'; readonly problem: string } | { readonly kind: 'open' };

/**
 * The volume root of `text`, a whole path (`whole`) or the known beginning of one. `open`: the
 * beginning could still become a path on more than one volume (`C:\Cluster…`, `\\fs0…`).
 */
function rootOf(text: string, whole: boolean): Root {
  let p = text.trimStart().replace(/\//g, '\\');
  if (whole) p = p.trimEnd();
  if (p === '') return whole ? { kind: 'problem', problem: 'the path is empty' } : { kind: 'open' };

  // Win32 device-path prefixes name the same volumes as the plain forms.
  if (/^\\\\\?\\UNC\\/i.test(p)) p = '\\\\' + p.slice(8);
  else if (/^\\\\[?.]\\[A-Za-z]:/.test(p)) p = p.slice(4);

  if (p.startsWith('\\\\')) return shareRoot(text, p, whole);
  const drive = /^(.):(\\|$)/u.exec(p);
  if (drive) return driveRoot(text, p, drive[1] ?? '', whole);
  if (/^[A-Za-z]:[^\\]/.test(p)) {
    return { kind: 'problem', problem: `"${text}" is relative to the current folder of drive ${p.slice(0, 2)}; write it as ${p.slice(0, 2)}\\${p.slice(2)}` };
  }
  // "D" or "\" may still become "D:\…" or "\\server\…".
  if (!whole && (/^[A-Za-z]$/u.test(p) || p === '\\')) return { kind: 'open' };
  return { kind: 'problem', problem: `"${text}" is not an absolute Windows path (expected D:\\…, C:\\ClusterStorage\\… or \\\\server\\share\\…)` };
}

function shareRoot(text: string, p: string, whole: boolean): Root {
  const parts = p.slice(2).split('\\');
  const [server, share] = parts;
  // Until a separator follows the share name, the name may go on (`\\fs01\vms` + `2`).
  const complete = whole || parts.length > 2;
  if (!server || !share) return whole ? { kind: 'problem', problem: `"${text}" names a server but no share` } : { kind: 'open' };
  if (!complete) return { kind: 'open' };
  const display = `\\\\${server}\\${share}`;
  return { kind: 'volume', volume: { key: display.toLowerCase(), display, remote: true } };
}

function driveRoot(text: string, p: string, letter: string, whole: boolean): Root {
  if (!/^[A-Za-z]$/.test(letter)) {
    return {
      kind: 'problem',
      problem: `"${text}" starts with the drive letter "${letter}" (U+${codePoint(letter)}), which is not an ASCII letter; a look-alike character names no volume`,
    };
  }
  const drive = driveVolume(letter);
  // Only a path that names the cluster storage folder can be on a volume other than its drive's.
  if (whole && !CLUSTER_STORAGE_PATTERN.test(p)) return drive;
  const drivePart = drive.volume.display;
  const raw = p.slice(2).split('\\');
  // Of a known beginning, the last segment may still grow (`C:\Cluster` + `Storage\…`); the others are complete.
  const growing = whole ? undefined : (raw.pop() ?? '');
  const [first, second] = resolveDots(raw);
  if (first === undefined) return growing === undefined || !CLUSTER_STORAGE.startsWith(growing.toLowerCase()) ? drive : { kind: 'open' };
  if (first.toLowerCase() !== CLUSTER_STORAGE) return drive;
  // `C:\ClusterStorage` alone is a folder on C:; with a name after it, that Cluster Shared Volume.
  if (second === undefined) return growing === undefined ? drive : { kind: 'open' };
  const display = `${drivePart}\\ClusterStorage\\${second}`;
  return { kind: 'volume', volume: { key: display.toLowerCase(), display, remote: false } };
}

/** A drive's volume as each answer gives it, one of each per drive letter for every path on it. */
interface DriveAnswers {
  readonly root: Extract<Root, { kind: 'volume' }>;
  readonly result: Extract<VolumeResult, { ok: true }>;
}

/** One answer per drive letter, shared by every path on it (an estate's disks are on a few drives); by the letter's lower-case code. */
const driveVolumes: (DriveAnswers | undefined)[] = [];

function driveAnswers(letter: string): DriveAnswers {
  const code = letter.charCodeAt(0) | 0x20;
  let answers = driveVolumes[code];
  if (answers === undefined) {
    const display = `${letter.toUpperCase()}:`;
    const volume: VolumeRoot = { key: display.toLowerCase(), display, remote: false };
    answers = { root: { kind: 'volume', volume }, result: { ok: true, volume } };
    driveVolumes[code] = answers;
  }
  return answers;
}

function driveVolume(letter: string): Extract<Root, { kind: 'volume' }> {
  return driveAnswers(letter).root;
}

/**
 * Nearly every path of an estate is a plain drive path (`D:\VMs\app\os.vhdx`), each one different, so
 * remembering answers by path does not help them: they are told by their first three characters,
 * as rootOf would tell them, without its rewriting of the path.
 */
function plainDrivePath(path: string): DriveAnswers | undefined {
  const letter = path.charCodeAt(0) | 0x20;
  const separator = path.charCodeAt(2);
  if (letter < 0x61 || letter > 0x7a || path.charCodeAt(1) !== 0x3a || (separator !== 0x5c && separator !== 0x2f)) return undefined;
  return CLUSTER_STORAGE_PATTERN.test(path) ? undefined : driveAnswers(path.charAt(0));
}

/** Path segments with `.` and empty ones dropped and `..` applied; `..` at the root stays at the root, as Windows has it. */
function resolveDots(segments: readonly string[]): string[] {
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out;
}

/** Lower-cased, backslash-separated, without trailing separators: for comparing whole paths. */
export function normalizePath(path: string): string {
  return path.trim().replace(/\//g, '\\').replace(/\\+$/, '').toLowerCase();
}

function codePoint(ch: string): string {
  return (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

/**
 * A path that names no volume, as a value the policies that need its volume cannot evaluate: never a
 * volume of its own, never silently skipped (HVB000 reports the path itself).
 */
export function unreadablePath(value: Value<string>, problem: string): Unknown {
  return unknown(value.at, `it cannot be read: ${problem} (HVB000)`);
}
