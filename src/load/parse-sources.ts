/**
 * Recognises each file by its content and hands it to the right parser: `hvgate/v1` definitions,
 * Terraform plan JSON, Terraform configuration. Files that are none of these are ignored unless they
 * were named explicitly; an explicit or recognised file that cannot be read becomes a Diagnostic.
 */
import type { Diagnostic, Estate } from '../core/model.js';
import { emptyEstate, mergeEstates } from '../core/model.js';
import { fileStart } from '../core/source.js';
import { mayHoldHvgateDefinition } from '../parsers/hvgate/index.js';
import { isTerraformPlanJson, parseTerraformConfiguration, parseTerraformPlan, type TerraformPlan } from '../parsers/terraform/index.js';
import { decodeDefinition } from './decode.js';
import { parseHvgateFiles } from './parse-pool.js';
import { MAX_DEFINITION_BYTES, type SourceFile } from './source-file.js';

export interface ParsedSources {
  /** Everything the definitions declare; for plans, the planned (after) state. */
  readonly estate: Estate;
  /** Terraform plans read, with their before state and actions. */
  readonly plans: readonly { readonly file: string; readonly plan: TerraformPlan }[];
  /** Files looked at and left alone because they are not definitions. */
  readonly ignored: readonly string[];
}

/** Extensions of files that may hold hvgate/v1 definitions (or Terraform plan JSON). */
const HVGATE_EXTENSIONS = new Set(['yaml', 'yml', 'json']);

interface TextFile {
  readonly path: string;
  readonly text: string;
  readonly explicit: boolean;
}

export async function parseSources(files: readonly SourceFile[]): Promise<ParsedSources> {
  const parts: Estate[] = [];
  const diagnostics: Diagnostic[] = [];
  const ignored: string[] = [];
  const hvgateFiles: TextFile[] = [];
  const planFiles: TextFile[] = [];
  const terraformFiles: TextFile[] = [];
  const tfvarsFiles: TextFile[] = [];

  for (const file of files) {
    const extension = extensionOf(file.path);
    if (file.truncated) {
      // Only a file that could hold a definition anywhere is worth a complaint; large unrelated files (lock files) are not ours.
      if (file.explicit || extension === 'tf' || (HVGATE_EXTENSIONS.has(extension) && file.mayDefine === true)) {
        diagnostics.push({
          at: fileStart(file.path),
          code: 'file-too-large',
          message: `the file is ${megabytes(file.size)} MiB, far larger than any definition (limit ${megabytes(MAX_DEFINITION_BYTES)} MiB); it is not evaluated`,
          fix: 'Split the definitions into smaller files, or exclude the file in .hvgate.yml if it is not a definition.',
        });
      } else {
        ignored.push(file.path);
      }
      continue;
    }
    if (!HVGATE_EXTENSIONS.has(extension) && extension !== 'tf' && extension !== 'tfvars') {
      if (file.explicit) diagnostics.push(unsupported(file.path));
      else ignored.push(file.path);
      continue;
    }
    const decoded = decodeDefinition(file.path, file.bytes);
    if (!decoded.ok) {
      if (file.explicit || extension === 'tf' || extension === 'tfvars' || mayHoldHvgateDefinition(undecodableText(file.bytes)))
        diagnostics.push(decoded.diagnostic);
      else ignored.push(file.path);
      continue;
    }
    const text: TextFile = { path: file.path, text: decoded.text, explicit: file.explicit };
    if (extension === 'tf') terraformFiles.push(text);
    else if (extension === 'tfvars') {
      // Terraform loads terraform.tfvars and *.auto.tfvars by itself; other var files only when named.
      if (file.explicit || /(^|\/)(terraform|[^/]+\.auto)\.tfvars$/.test(file.path)) tfvarsFiles.push(text);
      else ignored.push(file.path);
    } else if (extension === 'json' && isTerraformPlanJson(decoded.text)) planFiles.push(text);
    else if (file.explicit || mayHoldHvgateDefinition(decoded.text)) hvgateFiles.push(text);
    else ignored.push(file.path);
  }

  const hvgateEstates = await parseHvgateFiles(hvgateFiles);
  hvgateEstates.forEach((estate, index) => {
    if (estate) parts.push(estate);
    else ignored.push(hvgateFiles[index]!.path);
  });

  // `.tf` files in a plan's folder (or below it: local modules) are the plan's sources, used for
  // line numbers; they are not evaluated a second time as configuration.
  const plans: { file: string; plan: TerraformPlan }[] = [];
  const planDirectories = planFiles.map((file) => directoryOf(file.path));
  const belongsToPlan = (path: string) => planDirectories.some((dir) => dir === '' || path.startsWith(`${dir}/`));
  for (const file of planFiles) {
    const dir = directoryOf(file.path);
    const sources = terraformFiles.filter((tf) => dir === '' || tf.path.startsWith(`${dir}/`));
    const plan = await parseTerraformPlan({ file: file.path, text: file.text, sources });
    plans.push({ file: file.path, plan });
    parts.push(plan.after);
  }
  const configurationFiles = terraformFiles.filter((file) => !belongsToPlan(file.path));
  if (configurationFiles.length > 0) {
    const tfvars = tfvarsFiles.filter((file) => !belongsToPlan(file.path));
    parts.push(await parseTerraformConfiguration({ files: configurationFiles, tfvars }));
  }

  const estate = mergeEstates([...parts, { ...emptyEstate, diagnostics }]);
  const ignoredSet = new Set(ignored);
  return { estate: { ...estate, files: files.map((f) => f.path).filter((path) => !ignoredSet.has(path)) }, plans, ignored };
}

function unsupported(path: string): Diagnostic {
  return {
    at: fileStart(path),
    code: 'unsupported-file',
    message: 'the file is not a definition hvgate reads (hvgate/v1 YAML or JSON, Terraform plan JSON, .tf, .tfvars)',
    fix: 'Name definition files only, or a folder that contains them.',
  };
}

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
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
