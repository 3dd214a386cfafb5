/**
 * Host volume identity (domain §5). Two paths are on the same host volume when their normalized
 * roots are equal: a drive letter (`D:`), a Cluster Shared Volume (`C:\ClusterStorage\Volume1`, its
 * own volume although it sits under `C:`), or an SMB share (`\\server\share`). Comparison ignores
 * case, treats `/` and `\` alike and ignores trailing separators.
 */

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

/** Finds the host volume a Windows path lives on, or says why it cannot be told. */
export function volumeOf(path: string): VolumeResult {
  let p = path.trim().replace(/\//g, '\\');
  if (p === '') return { ok: false, problem: 'the path is empty' };

  // Win32 device-path prefixes name the same volumes as the plain forms.
  if (/^\\\\\?\\UNC\\/i.test(p)) p = '\\\\' + p.slice(8);
  else if (/^\\\\[?.]\\[A-Za-z]:/.test(p)) p = p.slice(4);

  if (p.startsWith('\\\\')) {
    const [server, share] = p.slice(2).split('\\');
    if (!server || !share) return { ok: false, problem: `"${path}" names a server but no share` };
    const display = `\\\\${server}\\${share}`;
    return { ok: true, volume: { key: display.toLowerCase(), display, remote: true } };
  }

  const drive = /^(.):(\\|$)/u.exec(p);
  if (drive) {
    const letter = drive[1] ?? '';
    if (!/^[A-Za-z]$/.test(letter)) {
      return {
        ok: false,
        problem: `"${path}" starts with the drive letter "${letter}" (U+${codePoint(letter)}), which is not an ASCII letter; a look-alike character names no volume`,
      };
    }
    const segments = p.split('\\').filter((s) => s !== '');
    const drivePart = `${letter.toUpperCase()}:`;
    if (segments[1]?.toLowerCase() === CLUSTER_STORAGE && segments[2]) {
      const display = `${drivePart}\\ClusterStorage\\${segments[2]}`;
      return { ok: true, volume: { key: display.toLowerCase(), display, remote: false } };
    }
    return { ok: true, volume: { key: drivePart.toLowerCase(), display: drivePart, remote: false } };
  }

  if (/^[A-Za-z]:[^\\]/.test(p)) {
    return { ok: false, problem: `"${path}" is relative to the current folder of drive ${p.slice(0, 2)}; write it as ${p.slice(0, 2)}\\${p.slice(2)}` };
  }
  return { ok: false, problem: `"${path}" is not an absolute Windows path (expected D:\\…, C:\\ClusterStorage\\… or \\\\server\\share\\…)` };
}

/** Lower-cased, backslash-separated, without trailing separators: for comparing whole paths. */
export function normalizePath(path: string): string {
  return path.trim().replace(/\//g, '\\').replace(/\\+$/, '').toLowerCase();
}

function codePoint(ch: string): string {
  return (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}
