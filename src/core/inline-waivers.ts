/**
 * Inline waivers: `# hvgate:ignore HVB003 reason="…" owner=… expires=YYYY-MM-DD` in a comment next to
 * the line it is about (at the end of that line, or on the lines just above it). Format-neutral: a
 * parser hands over the real comments of a file (never a `#` inside a string), and this module reads
 * the waivers in them and attaches each to the VM whose definition holds that line, narrowed to the
 * disk or guest volume whose definition holds it. The result is an ordinary exception, validated and
 * reported like any other; a waiver comment that cannot be read, or is next to no VM, is a located
 * diagnostic (HVB000), never silently dropped.
 */
import type { Diagnostic, Estate, PolicyException, VirtualMachine } from './model.js';
import type { SourceSpan } from './source.js';

/** A comment as its parser found it. */
export interface SourceComment {
  readonly at: SourceSpan;
  /** The comment as written, with its marker (`# …`, `// …`, `/* … *\/`). */
  readonly text: string;
  /** True when nothing but white space precedes it on its line. */
  readonly ownLine: boolean;
}

const DIRECTIVE = 'hvgate:ignore';
const KEYS = ['reason', 'owner', 'expires', 'disk', 'volume'] as const;
type Key = (typeof KEYS)[number];

/** A waiver as written in a comment, before it is attached to a VM. */
interface WrittenWaiver {
  readonly comment: SourceComment;
  readonly at: SourceSpan;
  readonly policy: string;
  readonly fields: Partial<Record<Key, string>>;
  /** The line the waiver is about. */
  readonly line: number;
}

/** Whether a file's text may hold a waiver comment at all; files without one need no comment scan. */
export function mayHoldInlineWaiver(text: string): boolean {
  return text.includes(DIRECTIVE);
}

/** The estate with the waivers written in `comments` added to the VMs they are next to. */
export function attachInlineWaivers(estate: Estate, comments: readonly SourceComment[]): Estate {
  if (comments.length === 0) return estate;
  const diagnostics: Diagnostic[] = [];
  const waivers = readWaivers(comments, diagnostics);
  const added = new Map<VirtualMachine, PolicyException[]>();
  const files = new Set(waivers.map((waiver) => waiver.at.file));
  const extents = estate.vms.filter((vm) => files.has(vm.at.file)).map((vm) => ({ vm, lines: definitionLines(vm) }));
  for (const waiver of waivers) {
    const vms = extents.filter(({ vm, lines }) => vm.at.file === waiver.at.file && lines.first <= waiver.line && waiver.line <= lines.last).map(({ vm }) => vm);
    if (vms.length === 0) {
      diagnostics.push(problem(waiver.comment, 'it is next to no VM definition, so it waives nothing'));
      continue;
    }
    // A module called twice defines two VMs from one block: the comment is next to both.
    for (const vm of vms) added.set(vm, [...(added.get(vm) ?? []), exceptionFor(vm, waiver)]);
  }
  if (added.size === 0 && diagnostics.length === 0) return estate;
  return {
    ...estate,
    vms: estate.vms.map((vm) => {
      const more = added.get(vm);
      return more ? { ...vm, exceptions: [...vm.exceptions, ...more] } : vm;
    }),
    diagnostics: [...estate.diagnostics, ...diagnostics],
  };
}

function readWaivers(comments: readonly SourceComment[], diagnostics: Diagnostic[]): WrittenWaiver[] {
  const commentLines = new Map<string, Set<number>>();
  for (const comment of comments) {
    if (!comment.ownLine) continue;
    const lines = commentLines.get(comment.at.file) ?? new Set<number>();
    for (let line = comment.at.line; line <= comment.at.endLine; line++) lines.add(line);
    commentLines.set(comment.at.file, lines);
  }
  const waivers: WrittenWaiver[] = [];
  for (const comment of comments) {
    const body = commentBody(comment.text);
    if (!body?.text.startsWith(DIRECTIVE)) continue;
    if (body.block) {
      diagnostics.push(problem(comment, 'a block comment cannot carry a waiver; write it as a line comment (# or //)'));
      continue;
    }
    const parsed = parseDirective(body.text.slice(DIRECTIVE.length));
    if ('problem' in parsed) {
      diagnostics.push(problem(comment, parsed.problem));
      continue;
    }
    const line = comment.ownLine ? lineAfter(comment.at.endLine, commentLines.get(comment.at.file)) : comment.at.line;
    waivers.push({ comment, at: comment.at, policy: parsed.policy, fields: parsed.fields, line });
  }
  return waivers;
}

/** The text after the comment marker, trimmed; `block` for `/* … *\/`. Undefined for no comment. */
function commentBody(text: string): { readonly text: string; readonly block: boolean } | undefined {
  if (text.startsWith('#')) return { text: text.slice(1).trim(), block: false };
  if (text.startsWith('//')) return { text: text.slice(2).trim(), block: false };
  if (text.startsWith('/*')) return { text: text.slice(2, text.endsWith('*/') ? -2 : undefined).trim(), block: true };
  return undefined;
}

/** A comment on lines of its own is about the first line below it that is not a comment too. */
function lineAfter(line: number, commentLines: ReadonlySet<number> | undefined): number {
  let next = line + 1;
  while (commentLines?.has(next) === true) next++;
  return next;
}

/**
 * `HVB003 reason="…" owner=ops expires=2026-08-01`: the policy, then `key=value` pairs; a value is a
 * word or a double-quoted string in which `\"` and `\\` stand for themselves.
 */
function parseDirective(rest: string): { readonly policy: string; readonly fields: Partial<Record<Key, string>> } | { readonly problem: string } {
  if (rest !== '' && !/^\s/.test(rest)) return { problem: `"${DIRECTIVE}" must be followed by a space and the policy it waives` };
  const tokens = tokenize(rest);
  if ('problem' in tokens) return tokens;
  const [policy, ...pairs] = tokens.tokens;
  if (policy === undefined || policy.includes('=')) return { problem: 'it names no policy; write the policy id or name right after hvgate:ignore' };
  const fields: Partial<Record<Key, string>> = {};
  for (const pair of pairs) {
    const split = pair.indexOf('=');
    const key = split < 0 ? pair : pair.slice(0, split);
    if (!isKey(key)) return { problem: `"${key}" is not a waiver field; the fields are ${KEYS.join(', ')}` };
    if (split < 0) return { problem: `${key} has no value; write ${key}=…` };
    if (fields[key] !== undefined) return { problem: `${key} is given twice` };
    fields[key] = pair.slice(split + 1);
  }
  if (fields.disk !== undefined && fields.volume !== undefined) return { problem: 'it names a disk and a volume; a waiver is about one of them' };
  return { policy, fields };
}

function tokenize(text: string): { readonly tokens: string[] } | { readonly problem: string } {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text.charAt(i))) {
      i++;
      continue;
    }
    let token = '';
    while (i < text.length && !/\s/.test(text.charAt(i))) {
      if (text.charAt(i) !== '"') {
        token += text.charAt(i++);
        continue;
      }
      i++;
      while (i < text.length && text.charAt(i) !== '"') {
        if (text.charAt(i) === '\\' && (text.charAt(i + 1) === '"' || text.charAt(i + 1) === '\\')) i++;
        token += text.charAt(i++);
      }
      if (i >= text.length) return { problem: 'a quoted value is not closed' };
      i++;
    }
    tokens.push(token);
  }
  return { tokens };
}

function isKey(key: string): key is Key {
  return (KEYS as readonly string[]).includes(key);
}

/**
 * The lines a VM's definition covers in its file: from the first to the last position the model
 * keeps for it (its block, its name, every value, disk and volume), whatever the format calls a block.
 */
function definitionLines(vm: VirtualMachine): { readonly first: number; readonly last: number } {
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  const pending: unknown[] = [vm];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    if (typeof item !== 'object' || item === null) continue;
    if (isSpan(item)) {
      if (item.file === vm.at.file) {
        first = Math.min(first, item.line);
        last = Math.max(last, lastLine(item));
      }
      continue;
    }
    pending.push(...(Object.values(item) as unknown[]));
  }
  return { first, last };
}

function isSpan(value: object): value is SourceSpan {
  const span = value as Partial<SourceSpan>;
  return typeof span.file === 'string' && typeof span.line === 'number' && typeof span.endLine === 'number';
}

/** A span that ends at the start of a line ends on the line before it. */
function lastLine(span: SourceSpan): number {
  return span.endColumn === 1 && span.endLine > span.line ? span.endLine - 1 : span.endLine;
}

function contains(span: SourceSpan, file: string, line: number): boolean {
  return span.file === file && span.line <= line && line <= lastLine(span);
}

/** The waiver as an exception declared on the VM: for the disk or guest volume whose definition holds the line, if any. */
function exceptionFor(vm: VirtualMachine, waiver: WrittenWaiver): PolicyException {
  const { fields } = waiver;
  const scope = explicitScope(fields) ?? scopeAt(vm, waiver.at.file, waiver.line);
  return {
    policy: waiver.policy,
    vm: vm.name,
    vmAddress: vm.address,
    ...(scope ? { subject: scope.name, subjectKind: scope.kind } : {}),
    ...(fields.reason !== undefined ? { reason: fields.reason } : {}),
    ...(fields.owner !== undefined ? { owner: fields.owner } : {}),
    ...(fields.expires !== undefined ? { expires: fields.expires } : {}),
    at: waiver.at,
  };
}

function explicitScope(fields: Partial<Record<Key, string>>): { readonly kind: 'disk' | 'volume'; readonly name: string } | undefined {
  if (fields.disk !== undefined) return { kind: 'disk', name: fields.disk };
  if (fields.volume !== undefined) return { kind: 'volume', name: fields.volume };
  return undefined;
}

function scopeAt(vm: VirtualMachine, file: string, line: number): { readonly kind: 'disk' | 'volume'; readonly name: string } | undefined {
  const disk = vm.disks.find((d) => contains(d.at, file, line));
  if (disk) return { kind: 'disk', name: disk.name };
  const volume = vm.guest.volumes.find((v) => contains(v.at, file, line));
  return volume ? { kind: 'volume', name: volume.name } : undefined;
}

/** Named by what the comment says, not by its line, so its identity survives edits around it. */
function problem(comment: { readonly at: SourceSpan; readonly text: string }, what: string): Diagnostic {
  return {
    at: comment.at,
    code: `inline-waiver:${comment.text.slice(0, 200)}`,
    message: `this hvgate:ignore comment is not a waiver: ${what}`,
    fix: 'Write it as # hvgate:ignore HVB003 reason="…" owner=… expires=YYYY-MM-DD at the end of the line it is about, or on the line above it.',
  };
}
