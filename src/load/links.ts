/**
 * Symbolic links, the same for the working tree and for git objects (mode 120000): a link that stays
 * inside the repository is followed, and what it points at is evaluated under the link's own path; a
 * link that leaves the repository, points at nothing or loops is never read and is reported in its place.
 */
import { posix } from 'node:path';

export type LinkProblem = 'outside' | 'dangling' | 'loop';

/** A file that is selected but must not or cannot be read: reported as HVB000 at its path. */
export interface Unreadable {
  readonly code: string;
  readonly message: string;
  readonly fix: string;
}

/** Links followed in a row before the chain counts as a loop (Linux's limit). */
export const MAX_LINK_HOPS = 40;

export function linkProblem(problem: LinkProblem, target: string): Unreadable {
  const shown = JSON.stringify(target.length <= 200 ? target : `${target.slice(0, 199)}…`);
  switch (problem) {
    case 'outside':
      return {
        code: 'link-outside-repository',
        message: `the file is a symbolic link to ${shown}, outside the repository; it is not read`,
        fix: 'Commit the definition itself, or a link to a file inside the repository.',
      };
    case 'dangling':
      return {
        code: 'link-dangling',
        message: `the file is a symbolic link to ${shown}, which does not exist`,
        fix: 'Point the link at a file in the repository, or remove it.',
      };
    case 'loop':
      return {
        code: 'link-loop',
        message: `the file is a symbolic link to ${shown} that never reaches a file (a loop, or more than ${MAX_LINK_HOPS} links in a row)`,
        fix: 'Point the link at a file in the repository.',
      };
  }
}

/**
 * Where a link's target lies in the repository, `/`-separated from its root; undefined when the
 * target leaves it (absolute, a drive or UNC path, or more `..` than the link is deep).
 */
export function resolveLinkTarget(linkPath: string, target: string): string | undefined {
  if (target === '' || target.startsWith('/') || target.startsWith('\\') || /^[A-Za-z]:/.test(target)) return undefined;
  const joined = posix.normalize(posix.join(posix.dirname(linkPath), target));
  if (joined === '..' || joined.startsWith('../')) return undefined;
  return joined === '.' ? '' : joined.replace(/\/$/, '');
}
