/**
 * Parses one file of `hvgate/v1` definitions (YAML, several documents per file, or JSON) into the
 * model. Everything wrong with the file becomes a Diagnostic at its position; nothing throws.
 */
import { Composer, isCollection, Parser, visit, type Document, type YAMLError } from 'yaml';
import type { Diagnostic, Estate } from '../../core/model.js';
import { fileStart, type SourceSpan } from '../../core/source.js';
import { buildBackupJob, buildHostProfile, buildVirtualMachine } from './build.js';
import { SpanFinder } from './positions.js';
import { DocumentReader } from './reader.js';
import { API_VERSION, findNestedDefinition, isDefinitionDocument, mentionsHvgate } from './recognize.js';
import { dotted, KINDS, validateDocument, type Kind, type SchemaProblem } from './validate.js';
import { didYouMean, quote } from '../../core/suggest.js';

/** Aliases may be used for sharing, not for a billion laughs: expansion beyond this is refused. */
const MAX_ALIAS_COUNT = 100;

export interface HvgateReadOptions {
  /** Whether each VM keeps what its document says for `hvgate plan`'s attribute diff (the default); a check has no use for it. */
  readonly attributes?: boolean;
}

/** Parses a file that must hold definitions (named on the command line, or a test's input). */
export function parseHvgateFile(file: string, text: string, options: HvgateReadOptions = {}): Estate {
  return readDocuments(file, text, true, options).estate;
}

/**
 * Parses a file found in the selection. Undefined when no document in it is, or looks like, an
 * hvgate definition: the file is someone else's and is left alone.
 */
export function parseHvgateCandidate(file: string, text: string, options: HvgateReadOptions = {}): Estate | undefined {
  const { estate, recognized } = readDocuments(file, text, false, options);
  return recognized ? estate : undefined;
}

interface ParsedDocument {
  readonly document: Document.Parsed;
  /** The document's plain value; undefined when it could not be built. */
  readonly value?: unknown;
  readonly aliasError?: string;
  /** Meant as a definition: by what it parses to, or (when it does not parse) by naming hvgate. */
  readonly ours: boolean;
}

function readDocuments(file: string, text: string, explicit: boolean, options: HvgateReadOptions): { estate: Estate; recognized: boolean } {
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
  // A broken document next to definitions is most likely a broken definition: in a file that is ours, every problem
  // counts. Whether the file is ours is known only after its last document, so until then these wait here.
  const countedIfOurs = new Set<Diagnostic>();
  const reportBroken = (diagnostic: Diagnostic) => {
    diagnostics.push(diagnostic);
    if (!explicit) countedIfOurs.add(diagnostic);
  };
  let ours = explicit;
  let definitions = 0;

  // Each document is read, built and let go before the next is composed: only the model outlives its document.
  const documents = composeDocuments(text, spans);
  for (;;) {
    let next: IteratorResult<Document.Parsed>;
    try {
      next = documents.next();
    } catch (error) {
      estate.vms.length = estate.jobs.length = estate.hosts.length = diagnostics.length = 0;
      const tooDeep = error instanceof RangeError;
      diagnostics.push({
        at: fileStart(file),
        code: 'yaml-unreadable',
        message: tooDeep ? 'the file nests collections too deeply to be read' : `the file cannot be parsed: ${(error as Error).message}`,
        fix: 'Write the definitions as plain, shallow YAML.',
      });
      return { estate, recognized: explicit || mentionsHvgate(text) };
    }
    if (next.done === true) break;
    spans.startDocument();
    const { document, value, aliasError, ours: meant } = classify(next.value, text);
    if (meant) ours = true;
    const documentSpan = document.contents?.range ? spans.span(document.contents.range[0], document.contents.range[0]) : fileStart(file);
    if (document.errors.length > 0) {
      for (const error of document.errors) reportBroken(yamlDiagnostic(error, spans));
      continue;
    }
    if (aliasError !== undefined) {
      reportBroken({
        at: documentSpan,
        code: 'yaml-alias-expansion',
        message: `YAML aliases expand too far (${aliasError.replace(/\.$/, '')}); the document is not evaluated`,
        fix: `Write the values out or use fewer aliases (at most ${MAX_ALIAS_COUNT} expansions).`,
      });
      continue;
    }
    if (document.contents === null) continue;
    const reader = new DocumentReader(document, spans, value, documentSpan);
    if (!meant) {
      const nested = findNestedDefinition(value);
      if (nested) diagnostics.push(nestedDiagnostic(reader, nested.path));
      else {
        const keyAt = definitionInKey(document);
        if (keyAt !== undefined) diagnostics.push(keyDiagnostic(spans.span(keyAt, keyAt)));
      }
      continue;
    }
    definitions++;
    const kind = checkHeader(reader, diagnostics);
    if (!kind) continue;
    const problems = validateDocument(kind, value);
    for (const problem of problems) {
      diagnostics.push({
        at: problem.atKey ? reader.keyAt(problem.path) : reader.at(problem.path),
        code: `schema:${dotted(problem.path)}`,
        message: `${kind} "${nameOf(value)}": ${problem.message}`,
        fix: fixFor(problem),
      });
    }
    // One bad field never hides the definition: it is built from the rest, with what was rejected unknown.
    const built = problems.length === 0 ? reader : readerWithUnknowns(document, spans, value, documentSpan, problems);
    if (!built) continue;
    if (kind === 'VirtualMachine') estate.vms.push(buildVirtualMachine(built, diagnostics, options.attributes ?? true));
    else if (kind === 'BackupJob') estate.jobs.push(buildBackupJob(built));
    else estate.hosts.push(buildHostProfile(built));
  }
  if (!ours && countedIfOurs.size > 0) estate.diagnostics = diagnostics.filter((diagnostic) => !countedIfOurs.has(diagnostic));

  if (explicit && definitions === 0 && estate.diagnostics.length === 0) {
    estate.diagnostics.push({
      at: fileStart(file),
      code: text.trim() === '' ? 'empty-file' : 'no-definitions',
      message: text.trim() === '' ? 'the file is empty: it defines nothing' : `the file has no ${API_VERSION} definition`,
      fix: `Add definitions (apiVersion: ${API_VERSION}), or exclude the file in .hvgate.yml.`,
    });
  }
  return { estate, recognized: ours || estate.diagnostics.length > 0 };
}

/**
 * The file's documents one at a time, as `parseAllDocuments` would return them all: each is complete when
 * it is handed out (the composer yields a document only once the next one starts or the text ends).
 */
function composeDocuments(text: string, spans: SpanFinder): Iterator<Document.Parsed> {
  // Merge keys (`<<`) as YAML 1.1 readers apply them: a definition assembled by a merge is a definition.
  const options = { lineCounter: spans.lineCounter, uniqueKeys: true, merge: true, prettyErrors: false, logLevel: 'error' } as const;
  const parser = new Parser(spans.lineCounter.addNewLine);
  return new Composer(options).compose(parser.parse(text)) as Iterator<Document.Parsed>;
}

/** Builds a document's value once and decides whether it is meant as a definition. */
function classify(document: Document.Parsed, text: string): ParsedDocument {
  let value: unknown;
  let aliasError: string | undefined;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    aliasError = (error as Error).message;
  }
  const broken = document.errors.length > 0 || aliasError !== undefined;
  const ours = isDefinitionDocument(value) || (broken && mentionsHvgate(text.slice(document.range[0], document.range[2])));
  return { document, ...(value !== undefined ? { value } : {}), ...(aliasError !== undefined ? { aliasError } : {}), ours };
}

/**
 * A reader on which every value a schema problem leaves unknown reads as unknown, with the problem as
 * the reason. Undefined when the definition has no name or no spec to build from.
 */
function readerWithUnknowns(
  document: Document.Parsed,
  spans: SpanFinder,
  value: unknown,
  documentSpan: SourceSpan,
  problems: readonly SchemaProblem[],
): DocumentReader | undefined {
  const plain = new DocumentReader(document, spans, value, documentSpan);
  const invalid = problems.flatMap((problem) =>
    problem.unreadable
      ? [{ path: problem.unreadable, reason: `unreadable: ${problem.message}`, at: problem.atKey ? plain.keyAt(problem.path) : plain.at(problem.path) }]
      : [],
  );
  const reader = new DocumentReader(document, spans, value, documentSpan, invalid);
  const named = reader.text(['metadata', 'name']) !== undefined && reader.text(['metadata', 'name']) !== '';
  return named && reader.mapping(['spec']) !== undefined ? reader : undefined;
}

const SCHEMA_FIX = 'Correct the definition; see schema/hvgate-v1.schema.json (editors complete it through the yaml-language-server comment).';

function fixFor(problem: SchemaProblem): string {
  return problem.message.includes('control character') ? 'Write the path in single quotes, or double every backslash inside double quotes.' : SCHEMA_FIX;
}

function yamlDiagnostic(error: YAMLError, spans: SpanFinder): Diagnostic {
  return {
    at: spans.span(error.pos[0], error.pos[1]),
    code: `yaml-${error.code.toLowerCase().replace(/_/g, '-')}`,
    message: /call stack/i.test(error.message) ? 'YAML: the document nests collections too deeply to be read' : `YAML: ${firstLine(error.message)}`,
    fix:
      error.code === 'BAD_DQ_ESCAPE'
        ? "A backslash in double quotes starts an escape: write Windows paths in single quotes ('D:\\VMs\\vm.vhdx') or without quotes."
        : 'Fix the YAML syntax; the definitions in this document are not evaluated until it parses.',
  };
}

function nestedDiagnostic(reader: DocumentReader, path: readonly (string | number)[]): Diagnostic {
  return {
    at: reader.at(path),
    code: `nested-definition:${dotted(path)}`,
    message: `an ${API_VERSION} definition is nested at ${dotted(path)} of another document; it is not evaluated there`,
    fix: 'Write each definition as a YAML document of its own (separate documents with ---).',
  };
}

/**
 * Where a mapping key is itself a definition (`? { apiVersion: hvgate/v1, … } : x`): a plain value
 * turns such a key into text, so the search of values never sees it.
 */
function definitionInKey(document: Document.Parsed): number | undefined {
  let found: number | undefined;
  visit(document, {
    Pair(_, pair) {
      if (!isCollection(pair.key)) return undefined;
      let key: unknown;
      try {
        key = pair.key.toJS(document, { maxAliasCount: MAX_ALIAS_COUNT });
      } catch {
        return undefined;
      }
      if (!isDefinitionDocument(key) && findNestedDefinition(key) === undefined) return undefined;
      found = pair.key.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return found;
}

function keyDiagnostic(at: SourceSpan): Diagnostic {
  return {
    at,
    code: 'definition-in-key',
    message: `an ${API_VERSION} definition is written as a mapping key; it is not evaluated there`,
    fix: 'Write each definition as a YAML document of its own (separate documents with ---).',
  };
}

function checkHeader(reader: DocumentReader, diagnostics: Diagnostic[]): Kind | undefined {
  const apiVersion = reader.get(['apiVersion']);
  if (apiVersion !== API_VERSION) {
    diagnostics.push(apiVersionProblem(reader, apiVersion));
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

/** Why a document meant as a definition does not say `apiVersion: hvgate/v1`: missing, misspelt, not text, or another version. */
function apiVersionProblem(reader: DocumentReader, apiVersion: unknown): Diagnostic {
  const fix = `Write apiVersion: ${API_VERSION}, or upgrade hvgate.`;
  if (apiVersion === undefined) {
    const misspelt = Object.keys(reader.value as object).find((key) => key.toLowerCase() === 'apiversion');
    if (misspelt !== undefined) {
      return { at: reader.keyAt([misspelt]), code: 'api-version', message: `the key ${quote(misspelt)} must be written "apiVersion"`, fix };
    }
    return {
      at: reader.keyAt(['kind']),
      code: 'api-version',
      message: `the document has kind ${quote(reader.get(['kind']))} but no apiVersion, so it cannot be read as an ${API_VERSION} definition`,
      fix: `Start the definition with apiVersion: ${API_VERSION}.`,
    };
  }
  const written =
    typeof apiVersion === 'string' ? quote(apiVersion) : apiVersion instanceof Uint8Array ? 'binary data' : `${typeof apiVersion} ${quote(apiVersion)}`;
  return { at: reader.at(['apiVersion']), code: 'api-version', message: `apiVersion ${written} is not supported; this gate reads ${API_VERSION}`, fix };
}

function nameOf(value: unknown): string {
  const name = (value as { metadata?: { name?: unknown } }).metadata?.name;
  if (typeof name !== 'string') return '(unnamed)';
  return name.length <= 64 ? name : `${name.slice(0, 63)}…`;
}

function firstLine(message: string): string {
  return (message.split('\n', 1)[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
}
