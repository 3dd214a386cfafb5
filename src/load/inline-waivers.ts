/**
 * Reads the waiver comments of the definition files parsed and attaches them to the estate: YAML
 * comments of `hvgate/v1` files, HCL comments of Terraform configuration. Only files that mention
 * `hvgate:ignore` at all are scanned again for their comments.
 */
import { attachInlineWaivers, mayHoldInlineWaiver, type SourceComment } from '../core/inline-waivers.js';
import type { Estate } from '../core/model.js';
import { yamlComments } from '../parsers/hvgate/comments.js';
import { hclComments } from '../parsers/terraform/comments.js';

export interface CommentedFile {
  readonly path: string;
  readonly text: string;
}

export async function withInlineWaivers(
  estate: Estate,
  files: { readonly yaml: readonly CommentedFile[]; readonly hcl: readonly CommentedFile[] },
): Promise<Estate> {
  const comments: SourceComment[] = [];
  for (const file of files.yaml) if (mayHoldInlineWaiver(file.text)) comments.push(...yamlComments(file.path, file.text));
  for (const file of files.hcl) if (mayHoldInlineWaiver(file.text) && isHcl(file.path)) comments.push(...(await hclComments(file.path, file.text)));
  return attachInlineWaivers(estate, comments);
}

/** The native syntax; `.tf.json` and `.tofu.json` have no comments. */
function isHcl(path: string): boolean {
  return !path.toLowerCase().endsWith('.json');
}
