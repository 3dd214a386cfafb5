/**
 * A commit's files as a checkout would show them: every regular file at its path, and every symbolic
 * link (mode 120000) resolved inside the commit, the way the working-tree reader follows links on
 * disk. A link to a file is that file under the link's path; a link to a folder shows the folder's
 * files under the link's path; a link that leaves the repository, points at nothing or loops is a
 * problem in its place, and nothing outside the commit is ever consulted. Pure.
 */
import { linkProblem, MAX_LINK_HOPS, resolveLinkTarget, type LinkProblem, type Unreadable } from '../load/links.js';

/** One file of a commit, as `git ls-tree --long` lists it. */
export interface TreeEntry {
  /** Path from the repository root, `/`-separated. */
  readonly path: string;
  readonly oid: string;
  readonly size: number;
  /** A symbolic link: the blob holds its target. */
  readonly link: boolean;
}

/** A file as a checkout shows it. */
export interface LogicalFile {
  /** Where it appears: the link's path for a file reached through a link. */
  readonly path: string;
  /** The regular file whose bytes it has; absent for a problem. */
  readonly entry?: TreeEntry;
  /** Links followed to get here: 0 for the file itself. */
  readonly hops: number;
  /** What it is, whatever path shows it: the regular file, or for a problem the link itself. */
  readonly identity: string;
  readonly unreadable?: Unreadable;
  /** For a problem: the link's target as written, which are the bytes of the link itself. */
  readonly linkText?: string;
  /** Reported whatever its name: the gate cannot see what a link out of the repository points at. */
  readonly always?: boolean;
}

type Resolved = { readonly kind: 'file'; readonly entry: TreeEntry } | { readonly kind: 'folder'; readonly path: string } | { readonly kind: LinkProblem };

export class CommitTree {
  private readonly files = new Map<string, TreeEntry>();
  private readonly links = new Map<string, string>();
  private readonly folders = new Set<string>(['']);

  /** `targets` holds each link entry's target text, by path. */
  constructor(entries: readonly TreeEntry[], targets: ReadonlyMap<string, string>) {
    for (const entry of entries) {
      if (entry.link) this.links.set(entry.path, targets.get(entry.path) ?? '');
      else this.files.set(entry.path, entry);
      for (let slash = entry.path.indexOf('/'); slash >= 0; slash = entry.path.indexOf('/', slash + 1)) this.folders.add(entry.path.slice(0, slash));
    }
  }

  /** Every file a checkout shows, sorted by path; links resolved. */
  logicalFiles(): LogicalFile[] {
    const result: LogicalFile[] = [...this.files.values()].map((entry) => ({ path: entry.path, entry, hops: 0, identity: entry.path }));
    for (const path of this.links.keys()) for (const file of this.throughLink(path, path, new Set(), 1)) result.push(file);
    return result.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** The regular file a path shows (following links), or why there is none. */
  resolveFile(path: string): TreeEntry | LinkProblem | undefined {
    const resolved = this.resolve(path, 0);
    return resolved.kind === 'file' ? resolved.entry : resolved.kind === 'folder' || resolved.kind === 'dangling' ? undefined : resolved.kind;
  }

  private throughLink(logical: string, linkPath: string, visiting: ReadonlySet<string>, hops: number): LogicalFile[] {
    const resolved = this.resolve(linkPath, 0);
    if (resolved.kind === 'file') return [{ path: logical, entry: resolved.entry, hops, identity: resolved.entry.path }];
    if (resolved.kind !== 'folder') {
      const text = this.links.get(linkPath) ?? '';
      const problem = linkProblem(resolved.kind, text);
      return [{ path: logical, hops, identity: linkPath, unreadable: problem, linkText: text, always: resolved.kind === 'outside' }];
    }
    if (visiting.has(resolved.path)) return [];
    const inside = new Set([...visiting, resolved.path]);
    const prefix = resolved.path === '' ? '' : `${resolved.path}/`;
    const shown: LogicalFile[] = [];
    for (const [path, entry] of this.files) {
      if (path.startsWith(prefix)) shown.push({ path: `${logical}/${path.slice(prefix.length)}`, entry, hops, identity: path });
    }
    for (const path of this.links.keys()) {
      if (path.startsWith(prefix)) for (const file of this.throughLink(`${logical}/${path.slice(prefix.length)}`, path, inside, hops + 1)) shown.push(file);
    }
    return shown;
  }

  /** Resolves a path component by component, following links in any of them, as the operating system would. */
  private resolve(path: string, hops: number): Resolved {
    let current = '';
    const parts = path === '' ? [] : path.split('/');
    for (const [index, part] of parts.entries()) {
      const candidate = current === '' ? part : `${current}/${part}`;
      const target = this.links.get(candidate);
      if (target === undefined) {
        current = candidate;
        continue;
      }
      if (hops >= MAX_LINK_HOPS) return { kind: 'loop' };
      const within = resolveLinkTarget(candidate, target);
      if (within === undefined) return { kind: 'outside' };
      const next = this.resolve(within, hops + 1);
      if (next.kind === 'file') {
        if (index === parts.length - 1) return next;
        return { kind: 'dangling' };
      }
      if (next.kind !== 'folder') return next;
      current = next.path;
    }
    const file = this.files.get(current);
    if (file) return { kind: 'file', entry: file };
    return this.folders.has(current) ? { kind: 'folder', path: current } : { kind: 'dangling' };
  }
}
