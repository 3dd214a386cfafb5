/**
 * The ❌/✅ examples of a policy README, ready to run: `hvgate/v1` YAML blocks, and Terraform `hcl`
 * blocks with the `.hvgate.yml` overlays shown right after them (facts Terraform cannot express);
 * and the Terraform blocks under "Exceptions", which waive the policy with an inline comment.
 */
import { parseConfig } from '../../src/config/config.js';
import { applyOverlays } from '../../src/config/overlay.js';
import { withInlineWaivers } from '../../src/load/inline-waivers.js';
import { DEFAULT_SETTINGS, type GateSettings } from '../../src/core/settings.js';
import { evaluate, type Evaluation } from '../../src/core/engine.js';
import type { Estate } from '../../src/core/model.js';
import type { AnyPolicy } from '../../src/core/policy.js';
import { parseHvgateFile } from '../../src/parsers/hvgate/index.js';
import { parseTerraformConfiguration } from '../../src/parsers/terraform/index.js';
import { TEST_TODAY } from './policy-tester.js';

export interface Example {
  /** `waived`: a Terraform block under "Exceptions"; the policy fires and its waiver comment waives every finding. */
  readonly kind: 'incorrect' | 'correct' | 'waived';
  readonly language: 'yaml' | 'hcl';
  readonly text: string;
  /** `.hvgate.yml` overlays the README gives right after a Terraform example. */
  readonly config?: string;
  /** Line of the README where the example's code starts. */
  readonly line: number;
}

export function examplesOf(readme: string): Example[] {
  const examples: Example[] = [];
  let kind: Example['kind'] | undefined;
  const lines = readme.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('## ')) kind = line.trim() === '## Exceptions' ? 'waived' : undefined;
    if (line.startsWith('### ')) kind = line.includes('❌') ? 'incorrect' : line.includes('✅') ? 'correct' : undefined;
    const fence = /^```(yaml|hcl)\s*$/.exec(line.trim());
    if (!kind || !fence) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== '```') end++;
    const text = lines.slice(start, end).join('\n');
    i = end;
    const previous = examples[examples.length - 1];
    if (fence[1] === 'yaml' && /^overlays:/m.test(text) && previous?.language === 'hcl' && previous.kind === kind && previous.config === undefined) {
      examples[examples.length - 1] = { ...previous, config: text };
    } else if (fence[1] === 'yaml' && kind !== 'waived' && /^apiVersion: hvgate\//m.test(text)) {
      examples.push({ kind, language: 'yaml', text, line: start + 1 });
    } else if (fence[1] === 'hcl' && /^resource "hyperv_/m.test(text)) {
      examples.push({ kind, language: 'hcl', text, line: start + 1 });
    }
  }
  return examples;
}

/** Parses an example as the gate reads its format, with its overlays and inline waivers applied. */
export async function estateOf(example: Example, pack: readonly AnyPolicy[]): Promise<{ estate: Estate; settings: GateSettings }> {
  if (example.language === 'yaml') {
    const file = { path: 'README.md', text: example.text };
    return { estate: await withInlineWaivers(parseHvgateFile(file.path, file.text), { yaml: [file], hcl: [] }), settings: DEFAULT_SETTINGS };
  }
  const config = example.config === undefined ? undefined : parseConfig('.hvgate.yml', example.config, pack);
  const file = { path: 'README.tf', text: example.text };
  const parsed = await withInlineWaivers(await parseTerraformConfiguration({ files: [file] }), { yaml: [], hcl: [file] });
  return { estate: applyOverlays(parsed, config?.overlays ?? []), settings: config?.settings ?? DEFAULT_SETTINGS };
}

/** Evaluates an example with the whole pack, as `hvgate check` would, with optional setting changes. */
export async function evaluateExample(
  example: Example,
  pack: readonly AnyPolicy[],
  change?: Partial<GateSettings>,
): Promise<{ estate: Estate; evaluation: Evaluation }> {
  const { estate, settings } = await estateOf(example, pack);
  return { estate, evaluation: evaluate(estate, pack, { ...settings, ...change }, { today: TEST_TODAY }) };
}
