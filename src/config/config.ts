/**
 * Reads `.hvgate.yml`: validated against its shipped schema, every problem reported with its
 * position, and turned into typed settings, file selection and overlays.
 */
import { parseDocument } from 'yaml';
import { DEFAULT_SETTINGS, type Enforcement, type GateSettings, type PolicySetting } from '../core/settings.js';
import type { Level } from '../core/finding.js';
import { compileGlob } from '../core/glob.js';
import { DEFAULT_HOST } from '../core/host.js';
import type { HostOs, PolicyException } from '../core/model.js';
import { policyFinder, type AnyPolicy } from '../core/policy.js';
import { formatSpan, set } from '../core/source.js';
import { ConfigurationError } from '../errors.js';
import { buildGuestSection } from '../parsers/hvgate/build.js';
import { SpanFinder } from '../parsers/hvgate/positions.js';
import { DocumentReader } from '../parsers/hvgate/reader.js';
import { didYouMean } from '../core/suggest.js';
import { describeAjvError } from '../parsers/hvgate/validate.js';
// Compiled from schema/hvgate-config.schema.json at build time (scripts/build-validators.mjs).
import { validateConfig } from '../generated/definition-validators.cjs';
import type { Overlay } from './overlay.js';

export const CONFIG_FILE_NAMES = ['.hvgate.yml', '.hvgate.yaml'];

/** Files evaluated when the configuration does not say otherwise. */
export const DEFAULT_INCLUDE = ['**/*.yaml', '**/*.yml', '**/*.json', '**/*.tf', '**/*.tofu', '**/*.tfvars', '**/*.tfstate'];

export interface GateConfig {
  /** The configuration file, when there is one (relative to the working directory). */
  readonly file?: string;
  readonly settings: GateSettings;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Set when the file was found in a folder above the working directory: see Selection. */
  readonly globBase?: string;
  readonly overlays: readonly Overlay[];
  /** `exceptions.entries`: exceptions that name their VMs. */
  readonly exceptions: readonly PolicyException[];
}

export const DEFAULT_CONFIG: GateConfig = { settings: DEFAULT_SETTINGS, include: DEFAULT_INCLUDE, exclude: [], overlays: [], exceptions: [] };

/** Parses the text of a configuration file; throws ConfigurationError naming file:line:col. */
export function parseConfig(file: string, text: string, pack: readonly AnyPolicy[]): GateConfig {
  const spans = new SpanFinder(file);
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: spans.lineCounter, uniqueKeys: true, prettyErrors: false });
  const fail = (at: string, message: string): never => {
    throw new ConfigurationError(`${at}: ${message}`);
  };
  // Every problem is listed at once, so that a file is fixed in one go rather than one error per run.
  const failAll = (problems: readonly string[]): void => {
    if (problems.length === 1) throw new ConfigurationError(problems[0] ?? '');
    if (problems.length > 1) throw new ConfigurationError(`${file} has ${problems.length} problems:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  };
  failAll(document.errors.map((error) => `${formatSpan(spans.span(error.pos[0], error.pos[1]))}: YAML: ${error.message.split('\n')[0] ?? ''}`));
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    fail(`${file}:1:1`, (error as Error).message);
  }
  const reader = new DocumentReader(document, spans, value, { file, line: 1, column: 1, endLine: 1, endColumn: 1 });
  const valid = validateConfig(value);
  const problems = valid ? [] : (validateConfig.errors ?? []).map((error) => describeAjvError(error, value));
  if (!valid && problems.length === 0) throw new Error('the configuration schema rejected the file without saying why');
  const schemaProblems = problems.map((problem) => `${formatSpan(problem.atKey ? reader.keyAt(problem.path) : reader.at(problem.path))}: ${problem.message}`);
  const raw = value as RawConfig;

  const policies: Record<string, PolicySetting> = {};
  const findPolicy = policyFinder(pack);
  const unknownPolicies: string[] = [];
  // The schema may have rejected `policies` itself; only a mapping has entries to check.
  const written: unknown = raw.policies;
  const entries = written !== null && typeof written === 'object' ? Object.entries(written as NonNullable<RawConfig['policies']>) : [];
  for (const [key, setting] of entries) {
    const policy = findPolicy(key);
    if (!policy) {
      const names = pack.flatMap((p) => [p.id, p.name]);
      unknownPolicies.push(`${formatSpan(reader.keyAt(['policies', key]))}: unknown policy "${key}"${didYouMean(key, names)}`);
    } else {
      policies[policy.id] = typeof setting === 'string' ? { level: setting } : setting;
    }
  }
  failAll([...new Set([...schemaProblems, ...unknownPolicies])]);
  const hostDefaults = raw.hostDefaults
    ? {
        os: (raw.hostDefaults.windowsServer !== undefined ? String(raw.hostDefaults.windowsServer) : DEFAULT_HOST.os) as HostOs,
        configurationVersion: raw.hostDefaults.configurationVersion ?? DEFAULT_HOST.configurationVersion,
      }
    : DEFAULT_HOST;

  const overlays: Overlay[] = (raw.overlays ?? []).map((overlay, index) => {
    const base = ['overlays', index];
    for (const key of ['name', 'address'] as const) {
      const pattern = overlay.match[key];
      const compiled = pattern !== undefined ? compileGlob(pattern) : undefined;
      if (compiled && 'problem' in compiled) fail(formatSpan(reader.at([...base, 'match', key])), `overlay match ${key}: ${compiled.problem}`);
    }
    return {
      at: reader.at([...base, 'match']),
      match: overlay.match,
      ...(overlay.host !== undefined ? { host: set(overlay.host, reader.at([...base, 'host'])) } : {}),
      ...(overlay.configurationVersion !== undefined
        ? { configurationVersion: set(overlay.configurationVersion, reader.at([...base, 'configurationVersion'])) }
        : {}),
      ...(overlay.labels ? { labels: overlay.labels } : {}),
      section: buildGuestSection(reader, base, overlay.match.name ?? overlay.match.address ?? ''),
    };
  });

  const exceptions = (raw.exceptions?.entries ?? []).map((entry, index): PolicyException => {
    const path = ['exceptions', 'entries', index];
    const named = entry.vmPattern ?? entry.vm;
    if (named === undefined) fail(formatSpan(reader.at(path)), 'an exception entry names its VM with vm (a name or resource address) or vmPattern (a glob)');
    const subject = entry.disk ?? entry.volume;
    return {
      policy: entry.policy,
      vm: named ?? '',
      ...(entry.vmPattern !== undefined ? { vmPattern: true } : {}),
      ...(subject !== undefined ? { subject, subjectKind: entry.disk !== undefined ? ('disk' as const) : ('volume' as const) } : {}),
      reason: entry.reason,
      owner: entry.owner,
      expires: entry.expires,
      at: reader.at(path),
    };
  });

  return {
    file,
    exceptions,
    settings: {
      ...DEFAULT_SETTINGS,
      policies,
      scope: raw.scope ?? DEFAULT_SETTINGS.scope,
      unknown: raw.unknown ?? DEFAULT_SETTINGS.unknown,
      hostDefaults,
      defaultEnforcement: raw.defaultEnforcement ?? DEFAULT_SETTINGS.defaultEnforcement,
      exceptionsFromBaseOnly: raw.exceptions?.fromBaseOnly ?? DEFAULT_SETTINGS.exceptionsFromBaseOnly,
      exceptionMaxDays: raw.exceptions?.maxDays ?? DEFAULT_SETTINGS.exceptionMaxDays,
    },
    include: raw.include ?? DEFAULT_INCLUDE,
    exclude: raw.exclude ?? [],
    overlays,
  };
}

interface RawConfig {
  include?: string[];
  exclude?: string[];
  scope?: 'introduced' | 'all';
  unknown?: 'note' | 'fail';
  defaultEnforcement?: Enforcement;
  hostDefaults?: { windowsServer?: string | number; configurationVersion?: string };
  policies?: Record<string, Level | 'off' | PolicySetting>;
  exceptions?: { fromBaseOnly?: boolean; maxDays?: number; entries?: RawExceptionEntry[] };
  overlays?: { match: { name?: string; address?: string }; host?: string; configurationVersion?: string; labels?: Record<string, string> }[];
}

interface RawExceptionEntry {
  policy: string;
  vm?: string;
  vmPattern?: string;
  disk?: string;
  volume?: string;
  reason: string;
  owner: string;
  expires: string;
}
