/** The configuration changes a pull request proposes while the base's configuration governs it. */
import { inline } from '../escape/markdown.js';

export function proposedConfigurationSection(changes: readonly string[]): string {
  return [
    `### Configuration changes proposed by this change (${changes.length})`,
    '',
    "Not applied: the base branch's configuration, exceptions and inline waivers decide this verdict. These take effect once the change is merged.",
    '',
    ...changes.map((change) => `- ${inline(change)}`),
  ].join('\n');
}
