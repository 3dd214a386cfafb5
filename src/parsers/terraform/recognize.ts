/**
 * Recognises `terraform show -json` output by content, cheaply enough to run on every `.json` file of
 * a repository: a top-level object naming `format_version` and one of the plan's own members. A state
 * (`show -json` without a plan) passes too; the plan reader then says what it is.
 */

const PLAN_MEMBERS = ['"resource_changes"', '"planned_values"', '"terraform_version"'];

export function isTerraformPlanJson(text: string): boolean {
  let start = 0;
  if (text.charCodeAt(0) === 0xfeff) start = 1;
  while (start < text.length && /\s/.test(text.charAt(start))) start++;
  if (text[start] !== '{') return false;
  if (!/"format_version"\s*:/.test(text)) return false;
  return PLAN_MEMBERS.some((m) => text.includes(m));
}
