/** Fills `{{placeholder}}` message templates; a missing value is a bug in the policy, so it throws. */
import type { MessageData } from './policy.js';

export function renderTemplate(template: string, data: MessageData, policyId: string): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => {
    const value = data[key];
    if (value === undefined) throw new Error(`${policyId}: message placeholder {{${key}}} has no value`);
    return String(value);
  });
}
