/**
 * Recognises each file and hands it to the right parser: `hvgate/v1` definitions and Terraform plan
 * and state JSON by content, `terraform.tfstate` by name, Terraform configuration (`.tf`, `.tf.json`, `.tofu`, `.tofu.json`) and variable
 * files by name, as Terraform names them. Files that are none of these are ignored unless they were
 * named explicitly; an explicit or recognised file that cannot be read becomes a Diagnostic.
 */
import type { Diagnostic, Estate } from '../core/model.js';
import { emptyEstate, mergeEstates } from '../core/model.js';
import { fileStart } from '../core/source.js';
import { mayHoldHvgateDefinition } from '../parsers/hvgate/index.js';
import type { BeforeState, GivenPlan, TerraformDirectoryReader, TerraformFiles } from '../parsers/terraform/index.js';
import { automaticVariablesRank, terraformFileKind } from '../parsers/terraform/files.js';
import type { TerraformEstates } from '../parsers/terraform/plan-roots.js';
import { terraformJsonKind } from '../parsers/terraform/recognize.js';
import { decodeDefinition } from './decode.js';
import { withInlineWaivers } from './inline-waivers.js';
import { parseHvgateFiles } from './parse-pool.js';
import { MAX_DEFINITION_BYTES, type SourceFile } from './source-file.js';

export interface ParsedSources {
  /** Everything the definitions declare; for the pipeline's Terraform plans, the planned (after) state. */
  readonly estate: Estate;
  /** The pipeline's Terraform plans (`--terraform-plan`), with their root, before state and actions. */
  readonly plans: readonly GivenPlan[];
  /** Files looked at and left alone because they are not definitions. */
  readonly ignored: readonly string[];
}

/** Extensions of files that may hold hvgate/v1 definitions (or Terraform plan JSON). */
const HVGATE_EXTENSIONS = new Set(['yaml', 'yml', 'json']);

export interface TextFile {
  readonly path: string;
  readonly text: string;
  readonly explicit: boolean;
}

export interface ParseOptions {
  /**
   * Reads Terraform directories the files do not cover: the rest of a selected module, and the
   * modules its local calls lead to. Without it, only the files given are known.
   */
  readonly terraformDirectories?: TerraformDirectoryReader;
  /** The pipeline's own `terraform show -json` plans: each stands in for its root's `.tf` files. */
  readonly terraformPlans?: readonly SourceFile[];
  /** The base side of `hvgate plan`: the head's given plans' before states, each standing in for its root. */
  readonly before?: readonly BeforeState[];
  /** Whether VMs keep or list their attributes for `hvgate plan`'s diff (the default); a check has no use for them. */
  readonly attributes?: boolean;
  /** Whether the pipeline's plans' before estates are built: the head side of `hvgate plan` stands them in for the base. */
  readonly givenPlansBefore?: boolean;
}

/** What a file is, by name and (for JSON and YAML) by content. */
export type Role = 'hvgate' | 'plan' | 'state' | 'terraform' | 'tfvars' | 'ignored';

/**
 * The files' texts by role, and what could not be read: everything parsing needs of them. Once
 * decoded, their bytes are no longer needed; a caller that lets go of the files before parsing keeps
 * a large plan's bytes out of the parse (see decodeSources and parseDecoded).
 */
export interface DecodedSources {
  readonly byRole: ReadonlyMap<Role, readonly TextFile[]>;
  /** The pipeline's own plans, decoded. */
  readonly given: readonly ({ path: string; text: string } | { diagnostic: Diagnostic })[];
  readonly diagnostics: readonly Diagnostic[];
  readonly ignored: readonly string[];
  /** Every file's path, the given plans' too, in the order given. */
  readonly paths: readonly string[];
}

export async function parseSources(files: readonly SourceFile[], options: ParseOptions = {}): Promise<ParsedSources> {
  return parseDecoded(decodeSources(files, options.terraformPlans), options);
}

export function decodeSources(files: readonly SourceFile[], terraformPlans: readonly SourceFile[] = []): DecodedSources {
  const diagnostics: Diagnostic[] = [];
  const ignored: string[] = [];
  const byRole = new Map<Role, TextFile[]>();
  for (const file of files) {
    const read = readText(file);
    if (read.kind === 'diagnostic') diagnostics.push(read.diagnostic);
    else if (read.kind === 'ignored') ignored.push(file.path);
    else {
      const role = roleOf(file, read.text);
      if (role === 'ignored') ignored.push(file.path);
      else {
        const sameRole = byRole.get(role) ?? [];
        sameRole.push({ path: file.path, text: read.text, explicit: file.explicit });
        byRole.set(role, sameRole);
      }
    }
  }
  const paths = [...files, ...terraformPlans].map((f) => f.path);
  return { byRole, given: terraformPlans.map(decodeGivenPlan), diagnostics, ignored, paths };
}

/** Parses decoded sources; `options.terraformPlans` is not read again (decodeSources took it). */
export async function parseDecoded(decoded: DecodedSources, options: Omit<ParseOptions, 'terraformPlans'> = {}): Promise<ParsedSources> {
  const { byRole, given } = decoded;
  const diagnostics = [...decoded.diagnostics];
  const ignored = [...decoded.ignored];
  const parts: Estate[] = [];
  const hvgateFiles = byRole.get('hvgate') ?? [];
  const hvgateEstates = await parseHvgateFiles(hvgateFiles, options.attributes === false ? { attributes: false } : {});
  hvgateFiles.forEach((file, index) => {
    const estate = hvgateEstates[index];
    if (estate) parts.push(estate);
    else ignored.push(file.path);
  });
  const terraform = await readTerraformFiles({
    configuration: byRole.get('terraform') ?? [],
    tfvars: byRole.get('tfvars') ?? [],
    plans: byRole.get('plan') ?? [],
    states: byRole.get('state') ?? [],
    givenPlans: given.flatMap((g) => ('diagnostic' in g ? [] : [g])),
    ...(options.terraformDirectories ? { directories: options.terraformDirectories } : {}),
    ...(options.before ? { before: options.before } : {}),
    ...(options.attributes === false ? { attributes: false } : {}),
    ...(options.givenPlansBefore === true ? { givenPlansBefore: true } : {}),
  });
  for (const estate of terraform.estates) parts.push(estate);
  for (const g of given) if ('diagnostic' in g) diagnostics.push(g.diagnostic);

  const merged = mergeEstates([...parts, { ...emptyEstate, diagnostics }]);
  const definitions = hvgateFiles.filter((_, index) => hvgateEstates[index] !== undefined);
  const estate = await withInlineWaivers(merged, { yaml: definitions, hcl: byRole.get('terraform') ?? [] });
  const ignoredSet = new Set(ignored);
  const read = new Set([...decoded.paths.filter((path) => !ignoredSet.has(path)), ...estate.files]);
  return { estate: { ...estate, files: [...read] }, plans: terraform.givenPlans, ignored };
}

/**
 * The Terraform reader, loaded only when there is Terraform to read: a run over hvgate/v1 files alone
 * does not even parse its code.
 */
async function readTerraformFiles(files: TerraformFiles): Promise<TerraformEstates> {
  const none = [files.configuration, files.tfvars, files.plans, files.states, files.givenPlans ?? []].every((list) => list.length === 0);
  if (none && files.before === undefined) return { estates: [], givenPlans: [] };
  const { readTerraform } = await import('../parsers/terraform/index.js');
  return readTerraform(files);
}

type ReadResult =
  { readonly kind: 'text'; readonly text: string } | { readonly kind: 'diagnostic'; readonly diagnostic: Diagnostic } | { readonly kind: 'ignored' };

/** The file's text, or why it is not read: too large, or not UTF-8 (a complaint only for files that look like definitions). */
function readText(file: SourceFile): ReadResult {
  if (file.unreadable) return { kind: 'diagnostic', diagnostic: { at: fileStart(file.path), ...file.unreadable } };
  const extension = extensionOf(file.path);
  const terraform = terraformFileKind(file.path) !== undefined || extension === 'tfstate';
  if (file.truncated) {
    // Only a file that could hold a definition anywhere is worth a complaint; large unrelated files (lock files) are not ours.
    if (!file.explicit && !terraform && !(HVGATE_EXTENSIONS.has(extension) && file.mayDefine === true)) return { kind: 'ignored' };
    return {
      kind: 'diagnostic',
      diagnostic: {
        at: fileStart(file.path),
        code: 'file-too-large',
        message: `the file is ${megabytes(file.size)} MiB, far larger than any definition (limit ${megabytes(MAX_DEFINITION_BYTES)} MiB); it is not evaluated`,
        fix: 'Split the definitions into smaller files, or exclude the file in .hvgate.yml if it is not a definition.',
      },
    };
  }
  if (!terraform && !HVGATE_EXTENSIONS.has(extension)) return file.explicit ? { kind: 'diagnostic', diagnostic: unsupported(file.path) } : { kind: 'ignored' };
  const decoded = decodeDefinition(file.path, file.bytes);
  if (decoded.ok) return { kind: 'text', text: decoded.text };
  if (file.explicit || terraform || mayHoldHvgateDefinition(undecodableText(file.bytes))) return { kind: 'diagnostic', diagnostic: decoded.diagnostic };
  return { kind: 'ignored' };
}

function roleOf(file: SourceFile, text: string): Role {
  const terraform = terraformFileKind(file.path);
  if (terraform?.role === 'configuration') return 'terraform';
  // Terraform loads terraform.tfvars[.json] and *.auto.tfvars[.json] by itself; other var files only when named.
  if (terraform?.role === 'variables') return file.explicit || automaticVariablesRank(file.path) !== undefined ? 'tfvars' : 'ignored';
  if (extensionOf(file.path) === 'tfstate') return 'state';
  const json = extensionOf(file.path) === 'json' ? terraformJsonKind(text) : undefined;
  if (json !== undefined) return json;
  return file.explicit || mayHoldHvgateDefinition(text) ? 'hvgate' : 'ignored';
}

function decodeGivenPlan(file: SourceFile): { path: string; text: string } | { diagnostic: Diagnostic } {
  const decoded = decodeDefinition(file.path, file.bytes);
  return decoded.ok ? { path: file.path, text: decoded.text } : { diagnostic: decoded.diagnostic };
}

function unsupported(path: string): Diagnostic {
  return {
    at: fileStart(path),
    code: 'unsupported-file',
    message: 'the file is not a definition hvgate reads (hvgate/v1 YAML or JSON, Terraform plan or state JSON, .tf, .tf.json, .tofu, .tfvars, .tfstate)',
    fix: 'Name definition files only, or a folder that contains them.',
  };
}

/** The extension, in lower case, as Windows reads the name (trailing dots and spaces dropped). */
function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/[. ]+$/, '');
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

/**
 * What a file that is not UTF-8 says, as far as recognition needs: UTF-16 by its byte order mark,
 * anything else byte by byte, with NULs dropped so that UTF-16 or UTF-32 without a mark still shows its ASCII letters.
 */
function undecodableText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('latin1').decode(bytes).replace(/\0/g, '');
}
