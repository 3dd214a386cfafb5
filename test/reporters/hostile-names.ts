/**
 * Names a pull request could give a VM, a job, a disk or a file to make a report do something other
 * than show them: run workflow commands, forge terminal output, reorder text, mention people, open
 * links, add HTML or break a table, a SARIF link or a diagram. Every escaping module is tested on all of them.
 */
import type { GateReport } from '../../src/reporters/report.js';
import { buildReport, estate, job, vm } from './fixture.js';

export const HOSTILE_NAMES: readonly string[] = [
  '::error file=defs/x.yaml,line=1::forged finding',
  '  ::add-mask::leading spaces',
  '\u3000::warning::after an ideographic space',
  '\u0085::notice::after a next-line character',
  'mid ##[error]legacy command',
  '::stop-commands::token',
  '\u001b[31mred\u001b[0m and \u001b[2J cleared',
  '\u001b]8;;https://evil.example\u0007hyperlink\u001b]8;;\u0007',
  'ok\rBLOCKED overwritten',
  'two\nlines',
  'admin\u202egpj.exe',
  'isolate \u2066hidden\u2069 and \u200fmark',
  'line\u2028separator',
  '<!-- hvgate:summary -->',
  '<img src=x onerror=alert(1)> <details open>',
  '[click me](https://evil.example) ![pixel](https://evil.example/p.png)',
  'https://evil.example/login?next=(x) www.evil.example',
  'mail me: admin@evil.example',
  '@octo-org/admins and @someone',
  'fixes #1 and octo/repo#12',
  '&#64;entity-mention &amp; &lt;b&gt;',
  '| forged | table |',
  '`code` **bold** _em_ ~~strike~~',
  '$\\huge{math}$ and $$block$$',
  'vm["a"][0] ] [ brackets',
  'graph TD; A-->B; click A "https://evil.example"',
  '%%{init: {"theme": "dark"}}%%',
  '"]; X["quote break',
  '\u0000nul\u0007bel\u007fdel',
];

/** One failing job whose name and members are hostile, with pass-through disks and no SCSI controller, in a file with a hostile name. */
export function hostileReport(): GateReport {
  const file = 'defs/::error::file ##[x] @octo <b>.yaml';
  const names = ['::error::vm-one', '  ::warning::vm-two', 'vm-three @octo-org/admins <img src=x> https://evil.example', 'vm-four \u202eevil\u001b[31m'];
  const vms = names.map((name, i) =>
    vm({
      name,
      file,
      line: 1 + i * 20,
      scsi: i === 0 ? 0 : 1,
      host: undefined,
      ...(i === 1 ? { passthrough: { name: '"]; click X "https://evil.example"', number: 4 } } : {}),
    }),
  );
  return buildReport({
    estate: estate({
      files: [file],
      vms,
      jobs: [job('nightly ::error::job "]; click J "https://evil.example" %%{init}%%', file, 200, [...names, 'ghost ##[group]vm'])],
    }),
  });
}

/** Markdown with every code span removed: what is left is what GitHub interprets. */
export function outsideCodeSpans(markdown: string): string {
  return markdown.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
}

/* eslint-disable no-control-regex -- these patterns look for exactly the characters a report must not carry */
/** C0 and C1 control characters except the line feed. */
export const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
/** Every C0 and C1 control character. */
export const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** What XML 1.0 cannot carry, even as a reference. */
export const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
/** An ANSI colour sequence, as the text reporter writes them with `color: true`. */
export const ANSI_COLOUR = /\u001b\[[0-9;]*m/g;
/* eslint-enable no-control-regex */
/** Bidirectional controls and line/paragraph separators. */
export const INVISIBLE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
