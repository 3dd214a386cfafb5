/** `hvgate explain <policy>`: a policy's docs page in the terminal (why, consequence, how to fix, examples). */
import { policyPage } from '../app/policy-pages.js';
import { UsageError } from '../errors.js';
import { command } from './command.js';
import { inertText } from './inert-text.js';
import { policyNamed } from './policy-name.js';

export const explainCommand = command({
  name: 'explain',
  synopsis: '<policy>',
  summary: "Show a policy's page: why it matters, how to fix it, examples (HVB007 or passthrough-disk)",
  description: `Prints a policy's documentation: what it requires, why, what happens to the backup when it fires,
how to fix it, and examples that pass and fail. The policy is named by id (HVB007) or by name
(passthrough-disk); 'hvgate policies' lists them.`,
  options: {},
  run({ positionals }, environment, pack) {
    const [word, ...more] = positionals;
    if (word === undefined || more.length > 0) throw new UsageError('explain takes one policy id or name, e.g. hvgate explain HVB007');
    const policy = policyNamed('explain', word, pack);
    const page = policyPage(policy.id);
    if (page === undefined) throw new Error(`${policy.id} has no docs page in this build`);
    environment.stdout(inertText(`${page.trimEnd()}\n\nOnline: ${policy.docsUrl}\n`));
    return Promise.resolve(0);
  },
});
