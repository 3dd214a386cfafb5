/**
 * Recognises Terraform's JSON by content, cheaply enough to run on every `.json` file of a
 * repository: `terraform show -json` of a plan (`format_version` with `resource_changes` or
 * `planned_values`, which Terraform always writes), of a state (`format_version` with `values`), and
 * `terraform.tfstate` itself (`version`, `lineage`, `resources`). The readers then check the shape.
 */

export type TerraformJsonKind = 'plan' | 'state';

export function terraformJsonKind(text: string): TerraformJsonKind | undefined {
  let start = 0;
  if (text.charCodeAt(0) === 0xfeff) start = 1;
  while (start < text.length && /\s/.test(text.charAt(start))) start++;
  if (text[start] !== '{') return undefined;
  if (/"format_version"\s*:/.test(text)) {
    if (text.includes('"resource_changes"') || text.includes('"planned_values"')) return 'plan';
    if (text.includes('"values"')) return 'state';
    // Neither: the plan reader says what is missing.
    return text.includes('"terraform_version"') ? 'plan' : undefined;
  }
  if (/"version"\s*:/.test(text) && text.includes('"lineage"') && text.includes('"resources"')) return 'state';
  // Without its format_version a plan is still a plan: the plan reader says what is missing, rather than the file passing unread.
  if (text.includes('"resource_changes"') || text.includes('"planned_values"')) return 'plan';
  return undefined;
}
