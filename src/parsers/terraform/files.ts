/**
 * Which files Terraform and OpenTofu read, by name alone: configuration files (`.tf`, `.tf.json`,
 * OpenTofu's `.tofu`, `.tofu.json`), override files among them, and variable files (`.tfvars`,
 * `.tfvars.json`), with the order in which Terraform applies the automatically loaded ones.
 */

/** A file's path (relative to the working directory, `/`-separated) and text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

export type TerraformSyntax = 'hcl' | 'json';

export interface TerraformFileKind {
  readonly role: 'configuration' | 'variables';
  readonly syntax: TerraformSyntax;
  /** `.tofu` and `.tofu.json`: read by OpenTofu only, in place of a `.tf` file of the same stem. */
  readonly tofu: boolean;
  /** `override.tf`, `*_override.tf` and their other extensions: merged into the module after the others. */
  readonly override: boolean;
}

const EXTENSIONS: readonly [string, Omit<TerraformFileKind, 'override'>][] = [
  ['.tofu.json', { role: 'configuration', syntax: 'json', tofu: true }],
  ['.tf.json', { role: 'configuration', syntax: 'json', tofu: false }],
  ['.tfvars.json', { role: 'variables', syntax: 'json', tofu: false }],
  ['.tofu', { role: 'configuration', syntax: 'hcl', tofu: true }],
  ['.tf', { role: 'configuration', syntax: 'hcl', tofu: false }],
  ['.tfvars', { role: 'variables', syntax: 'hcl', tofu: false }],
];

/** The kind of a Terraform file from its path, or undefined for any other file. */
export function terraformFileKind(path: string): TerraformFileKind | undefined {
  const name = baseName(path);
  // Terraform matches suffixes case-sensitively: it does not read "MAIN.TF".
  for (const [extension, kind] of EXTENSIONS) {
    if (!name.endsWith(extension)) continue;
    const stem = name.slice(0, name.length - extension.length);
    return { ...kind, override: kind.role === 'configuration' && (stem === 'override' || stem.endsWith('_override')) };
  }
  return undefined;
}

/** The name without its Terraform extension: `main` for `main.tf` and `main.tofu.json`. */
export function terraformStem(path: string): string {
  const name = baseName(path);
  for (const [extension] of EXTENSIONS) if (name.endsWith(extension)) return name.slice(0, name.length - extension.length);
  return name;
}

/**
 * Terraform loads `terraform.tfvars`, then `terraform.tfvars.json`, then every `*.auto.tfvars` and
 * `*.auto.tfvars.json` in lexical order of their names; a later file wins. Other variable files are
 * read only when named (`-var-file`), after those. Returns undefined for a file Terraform does not load by itself.
 */
export function automaticVariablesRank(path: string): string | undefined {
  const name = baseName(path);
  if (name === 'terraform.tfvars') return '0';
  if (name === 'terraform.tfvars.json') return '1';
  if (name.endsWith('.auto.tfvars') || name.endsWith('.auto.tfvars.json')) return `2${name}`;
  return undefined;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
