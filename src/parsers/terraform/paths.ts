/** Repository-relative paths with `/` separators, as the loader passes them: folder of a file, module sources. */

export function dirnameOf(path: string): string {
  const p = path.replace(/\\/g, '/');
  const slash = p.lastIndexOf('/');
  return slash < 0 ? '' : p.slice(0, slash);
}

/** `joinPath('infra', './modules/vm/')` is `infra/modules/vm`; `..` climbs, `.` and empty segments vanish. */
export function joinPath(dir: string, relative: string): string {
  const out: string[] = [];
  for (const segment of `${dir}/${relative}`.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else out.push('..');
    } else out.push(segment);
  }
  return out.join('/');
}
