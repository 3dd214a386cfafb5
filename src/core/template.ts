/** Fills `{{placeholder}}` message templates; a missing value is a bug in the policy, so it throws. */
import { BoundedCache } from './bounded-cache.js';
import type { MessageData } from './policy.js';

/** A template cut at its placeholders: literal text at even indexes, placeholder names at odd ones. */
type Parts = readonly string[];

/**
 * Policies have a few dozen templates and each is filled for many findings, so each is cut once.
 * Templates are the pack's own, but a bound keeps an unexpected caller from growing the cache.
 */
const cut = new BoundedCache<Parts>(1024);

/**
 * `shared`: values every message of a scope may use (the VM's name, its host), for placeholders
 * that `data` does not fill; so that they are not copied into the data of every finding.
 */
export function renderTemplate(template: string, data: MessageData, policyId: string, shared?: MessageData): string {
  const parts = cut.get(template, cutAtPlaceholders);
  let text = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] ?? '';
    const value = data[key] ?? shared?.[key];
    if (value === undefined) throw new Error(`${policyId}: message placeholder {{${key}}} has no value`);
    text += String(value) + (parts[i + 1] ?? '');
  }
  return text;
}

function cutAtPlaceholders(template: string): Parts {
  // split with a capturing group keeps the names between the literal pieces.
  return template.split(/\{\{\s*(\w+)\s*\}\}/);
}
