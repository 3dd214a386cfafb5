/**
 * Property-based tests over the three input formats (hvgate/v1 YAML and JSON, Terraform `.tf`,
 * Terraform plan JSON): generated and mutated inputs never crash the gate, the same input always
 * gives a byte-identical report, and adding a violation never turns a blocked verdict into a pass.
 * Runs with a fixed seed and a bounded number of runs and time, so CI is reproducible; set
 * HVGATE_PROPERTY_RUNS (and HVGATE_PROPERTY_SEED) to search harder locally.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { addViolation, estateSpec, hvgateFiles, mutate, mutation, planFiles, terraformFiles, withPassThrough, type EstateSpec } from './generators.js';
import { crashed, Sandbox, verdictOf } from './sandbox.js';

const RUNS = Number(process.env.HVGATE_PROPERTY_RUNS ?? 50);
const SEED = Number(process.env.HVGATE_PROPERTY_SEED ?? 20260601);
// Each property stops after this long however many runs are left, so that the twelve stay well under a minute on a busy machine.
const TIME_LIMIT_MS = 4_000;
const settings = { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false, endOnFailure: true };

const FORMATS: readonly { readonly name: string; readonly files: (estate: EstateSpec, style: number) => Record<string, string> }[] = [
  { name: 'hvgate/v1', files: (estate, style) => hvgateFiles(estate, (['block', 'flow', 'json'] as const)[style % 3]!) },
  { name: 'Terraform .tf', files: (estate) => terraformFiles(estate) },
  { name: 'Terraform plan JSON', files: (estate) => planFiles(estate) },
];

const sandbox = new Sandbox();
// A process warning (a library's complaint about the input) would reach the user's terminal beside the report.
const warnings: string[] = [];
const collectWarning = (warning: Error) => warnings.push(warning.message);
process.on('warning', collectWarning);
afterAll(() => {
  process.off('warning', collectWarning);
  sandbox.dispose();
});

function mutateAll(files: Record<string, string>, mutations: Parameters<typeof mutate>[1]): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text], i) => [path, i === 0 ? mutate(text, mutations) : text]));
}

describe.each(FORMATS)('$name', ({ files }) => {
  test('generated and mutated inputs never crash the gate', async () => {
    await fc.assert(
      fc.asyncProperty(estateSpec, fc.nat(), fc.array(mutation, { maxLength: 6 }), async (estate, style, mutations) => {
        const run = await sandbox.check(mutateAll(files(estate, style), mutations));
        expect(crashed(run), run.stderr).toBe(false);
        if (run.code === 2) expect(run.stderr).toMatch(/^hvgate: /);
        else expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
        expect(warnings).toEqual([]);
      }),
      settings,
    );
    // Warnings are emitted on a later tick: the last run's arrive here.
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings).toEqual([]);
  });

  test('the same input gives a byte-identical report', async () => {
    await fc.assert(
      fc.asyncProperty(
        estateSpec,
        fc.nat(),
        fc.array(mutation, { maxLength: 3 }),
        fc.constantFrom('json', 'text'),
        async (estate, style, mutations, format) => {
          const input = mutateAll(files(estate, style), mutations);
          const first = await sandbox.check(input, format);
          const second = await sandbox.check(input, format);
          expect(second).toEqual(first);
        },
      ),
      settings,
    );
  });

  test('adding a pass-through disk never turns a blocked verdict into a pass, and always blocks', async () => {
    await fc.assert(
      fc.asyncProperty(estateSpec, fc.nat(), fc.nat(), async (estate, style, vm) => {
        const after = verdictOf(await sandbox.check(files(withPassThrough(estate, vm), style)));
        // Stronger than "blocked stays blocked": whatever the estate was, the pass-through disk blocks.
        expect(after).toBe('blocked');
      }),
      settings,
    );
  });

  test('adding a violation to any input, even a broken one, never turns blocked into passed', async () => {
    await fc.assert(
      fc.asyncProperty(estateSpec, fc.nat(), fc.array(mutation, { maxLength: 4 }), async (estate, style, mutations) => {
        const input = mutateAll(files(estate, style), mutations);
        const violated = addViolation(input);
        fc.pre(violated !== undefined);
        const after = verdictOf(await sandbox.check(violated));
        // Stronger than "blocked never turns into passed": whatever the input was, with the VM added it does not pass.
        expect(after).not.toBe('passed');
      }),
      settings,
    );
  });
});
