/**
 * Parses one file of `hvgate/v1` definitions (YAML, several documents per file, or JSON) into the
 * model. Everything wrong with the file becomes a Diagnostic at its position; nothing throws.
 */
import { parseAllDocuments, type Document } from 'yaml';
import type { Diagnostic, Estate } from '../../core/model.js';
import { fileStart } from '../../core/source.js';
import { buildBackupJob, buildHostProfile, buildVirtualMachine } from './build.js';
import { SpanFinder } from './positions.js';
import { DocumentReader } from './reader.js';
import { dotted, KINDS, validateDocument, type Kind } from './validate.js';
import { didYouMean, quote } from '../../core/suggest.js';

export const API_VERSION = 'hvgate/v1';

/** Aliases may be used for sharing, not for a billion laughs: expansion beyond this is refused. */
const MAX_ALIAS_COUNT = 100;

export function parseHvgateFile(file: string, text: string): Estate {
  const spans = new SpanFinder(file);
  const diagnostics: Diagnostic[] = [];
  const estate = { vms: [], jobs: [], hosts: [], exceptions: [], diagnostics, files: [file] } as {
    vms: Estate['vms'][number][];
    jobs: Estate['jobs'][number][];
    hosts: Estate['hosts'][number][];
    exceptions: [];
    diagnostics: Diagnostic[];
    files: string[];
  };

  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, { lineCounter: spans.lineCounter, uniqueKeys: true, prettyErrors: false }) as Document.Parsed[];
  } catch (error) {
    const tooDeep = error instanceof RangeError;
    diagnostics.push({
      at: fileStart(file),
      code: 'yaml-unreadable',
      message: tooDeep ? 'the file nests collections too deeply to be read' : `the file cannot be parsed: ${(error as Error).message}`,
      fix: 'Write the definitions as plain, shallow YAML.',
    });
    return estate;
  }
  if (!Array.isArray(documents)) documents = [];

  let definitions = 0;
  for (const document of documents) {
    const documentSpan = document.contents?.range ? spans.span(document.contents.range[0], document.contents.range[0]) : fileStart(file);
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        diagnostics.push({
          at: spans.span(error.pos[0], error.pos[1]),
          code: `yaml-${error.code.toLowerCase().replace(/_/g, '-')}`,
          message: /call stack/i.test(error.message) ? 'YAML: the document nests collections too deeply to be read' : `YAML: ${firstLine(error.message)}`,
          fix: 'Fix the YAML syntax; the definitions in this document are not evaluated until it parses.',
        });
      }
      continue;
    }
    if (document.contents === null) continue;

    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      diagnostics.push({
        at: documentSpan,
        code: 'yaml-alias-expansion',
        message: `YAML aliases expand too far (${(error as Error).message.replace(/\.$/, '')}); the document is not evaluated`,
        fix: `Write the values out or use fewer aliases (at most ${MAX_ALIAS_COUNT} expansions).`,
      });
      continue;
    }
    if (!isMarked(value)) continue;
    definitions++;
    const reader = new DocumentReader(document, spans, value, documentSpan);
    const kind = checkHeader(reader, diagnostics);
    if (!kind) continue;
    const problems = validateDocument(kind, value);
    if (problems.length > 0) {
      for (const problem of problems) {
        diagnostics.push({
          at: problem.atKey ? reader.keyAt(problem.path) : reader.at(problem.path),
          code: `schema:${dotted(problem.path)}`,
          message: `${kind} "${nameOf(value)}": ${problem.message}`,
          fix: 'Correct the definition; see schema/hvgate-v1.schema.json (editors complete it through the yaml-language-server comment).',
        });
      }
      continue;
    }
    if (kind === 'VirtualMachine') estate.vms.push(buildVirtualMachine(reader, diagnostics));
    else if (kind === 'BackupJob') estate.jobs.push(buildBackupJob(reader));
    else estate.hosts.push(buildHostProfile(reader));
  }

  if (definitions === 0 && diagnostics.length === 0) {
    diagnostics.push({
      at: fileStart(file),
      code: text.trim() === '' ? 'empty-file' : 'no-definitions',
      message: text.trim() === '' ? 'the file is empty: it defines nothing' : `the file has no ${API_VERSION} definition`,
      fix: `Add definitions (apiVersion: ${API_VERSION}), or exclude the file in .hvgate.yml.`,
    });
  }
  return estate;
}

/** A document belongs to hvgate when its apiVersion says so; anything else is someone else's YAML. */
function isMarked(value: unknown): value is Record<string, unknown> {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as Record<string, unknown>).apiVersion === 'string' &&
    ((value as Record<string, unknown>).apiVersion as string).startsWith('hvgate/')
  );
}

function checkHeader(reader: DocumentReader, diagnostics: Diagnostic[]): Kind | undefined {
  const apiVersion = reader.get(['apiVersion']) as string;
  if (apiVersion !== API_VERSION) {
    diagnostics.push({
      at: reader.at(['apiVersion']),
      code: 'api-version',
      message: `apiVersion ${quote(apiVersion)} is not supported; this gate reads ${API_VERSION}`,
      fix: `Write apiVersion: ${API_VERSION}, or upgrade hvgate.`,
    });
    return undefined;
  }
  const kind = reader.get(['kind']);
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) {
    diagnostics.push({
      at: kind === undefined ? reader.at(['apiVersion']) : reader.at(['kind']),
      code: 'kind',
      message:
        kind === undefined
          ? `the document has apiVersion ${API_VERSION} but no kind`
          : `kind ${quote(kind)} is not one of ${KINDS.join(', ')}${didYouMean(typeof kind === 'string' ? kind : quote(kind), KINDS)}`,
      fix: `Set kind to one of ${KINDS.join(', ')}.`,
    });
    return undefined;
  }
  return kind as Kind;
}

function nameOf(value: unknown): string {
  const name = (value as { metadata?: { name?: unknown } }).metadata?.name;
  if (typeof name !== 'string') return '(unnamed)';
  return name.length <= 64 ? name : `${name.slice(0, 63)}…`;
}

function firstLine(message: string): string {
  return (message.split('\n', 1)[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
}
