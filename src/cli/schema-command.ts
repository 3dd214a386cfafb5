/** `hvgate schema [name]`: the JSON Schemas of the files hvgate reads and writes, for editors and other tools. */
import baselineSchema from '../../schema/hvgate-baseline.schema.json' with { type: 'json' };
import configSchema from '../../schema/hvgate-config.schema.json' with { type: 'json' };
import planSchema from '../../schema/hvgate-plan.schema.json' with { type: 'json' };
import definitionSchema from '../../schema/hvgate-v1.schema.json' with { type: 'json' };
import { closest } from '../core/suggest.js';
import { UsageError } from '../errors.js';
import { clean } from '../reporters/escape/terminal.js';
import { command } from './command.js';

/** By the name of its file in schema/ (`hvgate-v1` is schema/hvgate-v1.schema.json). */
export const SCHEMAS: Readonly<Record<string, { readonly $id: string; readonly title: string }>> = {
  'hvgate-v1': definitionSchema,
  'hvgate-config': configSchema,
  'hvgate-plan': planSchema,
  'hvgate-baseline': baselineSchema,
};

export const schemaCommand = command({
  name: 'schema',
  synopsis: '[name]',
  summary: 'Print a JSON Schema (hvgate-v1, hvgate-config, hvgate-plan, hvgate-baseline), or list them',
  description: `Without a name, lists the JSON Schemas with the URL each is published at. With a name, prints that
schema: hvgate-v1 (VM, host and backup job definitions), hvgate-config (.hvgate.yml), hvgate-plan
(saved plans, plan --out) or hvgate-baseline (--write-baseline).`,
  options: {},
  run({ positionals }, environment) {
    const [name, ...more] = positionals;
    if (more.length > 0) throw new UsageError('schema takes at most one name');
    if (name === undefined) {
      const width = Math.max(...Object.keys(SCHEMAS).map((n) => n.length));
      environment.stdout(
        Object.entries(SCHEMAS)
          .map(([n, s]) => `${n.padEnd(width)}  ${s.$id}\n`)
          .join(''),
      );
      return Promise.resolve(0);
    }
    const schema = Object.hasOwn(SCHEMAS, name) ? SCHEMAS[name] : undefined;
    if (schema === undefined) {
      const suggestion = closest(name, Object.keys(SCHEMAS));
      throw new UsageError(
        `schema: no schema "${clean(name)}"${suggestion !== undefined ? `; did you mean ${suggestion}?` : ''} (${Object.keys(SCHEMAS).join(', ')})`,
      );
    }
    environment.stdout(`${JSON.stringify(schema, null, 2)}\n`);
    return Promise.resolve(0);
  },
});
