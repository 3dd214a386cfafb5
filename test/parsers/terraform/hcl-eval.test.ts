/**
 * The `.tf` expression evaluator, expression by expression: Terraform's operators and functions on
 * known values, what stays unknown (and says why), and what is kept of partly known text.
 */
import { describe, expect, test } from 'vitest';
import { Budget, evaluate, EvaluationLimit, type Scope } from '../../../src/parsers/terraform/hcl-eval.js';
import { parseExpressionText } from '../../../src/parsers/terraform/hcl-syntax.js';
import { fromPlain, unknownExpression, type TfValue } from '../../../src/parsers/terraform/values.js';

const unset = unknownExpression('var.unset has no default and no .tfvars value', 'root:var.unset', 'var.unset');
const variables: Record<string, TfValue> = {
  dir: fromPlain('D:\\VMs'),
  names: fromPlain(['web', 'db', 'web']),
  vms: fromPlain({ web: { cpus: 2, disk: 'D:\\web.vhdx' }, db: { cpus: 4, disk: 'E:\\db.vhdx' } }),
  unset,
  // An object one of whose attributes is unknown.
  mixed: {
    kind: 'map',
    entries: new Map<string, TfValue>([
      ['state', fromPlain('Off')],
      ['path', unset],
    ]),
  },
};

function scope(budget = new Budget(100_000)): Scope {
  return {
    variable: (name) => variables[name] ?? { kind: 'unknown', reason: `var.${name} is not declared`, error: true },
    local: (name) => ({ kind: 'unknown', reason: `local.${name} is not defined`, error: true }),
    resource: () => undefined,
    module: () => undefined,
    context: 'root:',
    budget,
  };
}

async function run(text: string, budget?: Budget): Promise<TfValue> {
  const expr = await parseExpressionText(text, 'expression');
  if (!expr) throw new Error(`does not parse: ${text}`);
  return evaluate(expr, scope(budget));
}

function plain(value: TfValue): unknown {
  switch (value.kind) {
    case 'scalar':
      return value.value;
    case 'list':
      return value.items.map(plain);
    case 'map':
      return Object.fromEntries([...value.entries].map(([k, v]) => [k, plain(v)]));
    case 'unknown':
      return { unknown: value.reason };
  }
}

describe('known values', () => {
  test.each([
    ['1 + 2 * 3', 7],
    ['-1', -1],
    ['!true', false],
    ['5 % 3 == 2 && 1 < 2', true],
    ['var.dir == "D:\\\\VMs" ? "yes" : "no"', 'yes'],
    ['"${var.dir}\\\\os.vhdx"', 'D:\\VMs\\os.vhdx'],
    ['[for n in var.names : upper(n) if n != "db"]', ['WEB', 'WEB']],
    ['{ for k, v in var.vms : k => v.cpus }', { db: 4, web: 2 }],
    ['{ for n in var.names : n => n... }', { db: ['db'], web: ['web', 'web'] }],
    ['values(var.vms)[*].disk', ['E:\\db.vhdx', 'D:\\web.vhdx']],
    ['var.vms["web"].cpus', 2],
    ['lookup(var.vms, "none", "fallback")', 'fallback'],
    ['merge({ a = 1, b = 2 }, { b = 3 }, null)', { a: 1, b: 3 }],
    ['coalesce("", null, "x")', 'x'],
    ['try(var.vms.none.cpus, "missing")', 'missing'],
    ['can(var.vms.none)', false],
    ['can(var.vms.web)', true],
    ['lower("ABC")', 'abc'],
    ['upper("abc")', 'ABC'],
    ['replace("a-b-c", "-", "_")', 'a_b_c'],
    ['trimprefix("D:\\\\VMs", "D:")', '\\VMs'],
    ['trimsuffix("os.vhdx", ".vhdx")', 'os'],
    ['trimspace("  x ")', 'x'],
    ['format("%s\\\\vm-%02d.vhdx", var.dir, 7)', 'D:\\VMs\\vm-07.vhdx'],
    ['format("%q %t %v %%", "a", true, 3)', '"a" true 3 %'],
    ['join("\\\\", [var.dir, "os.vhdx"])', 'D:\\VMs\\os.vhdx'],
    ['split(",", "a,b")', ['a', 'b']],
    ['element(["a", "b"], 3)', 'b'],
    ['concat(["a"], ["b", "c"])', ['a', 'b', 'c']],
    ['flatten([["a"], [["b"]], "c"])', ['a', 'b', 'c']],
    ['tomap({ a = 1 })', { a: 1 }],
    ['toset(var.names)', ['db', 'web']],
    ['tolist(toset(["b", "a"]))', ['a', 'b']],
    ['length(var.vms)', 2],
    ['length("héllo")', 5],
    ['range(3)', [0, 1, 2]],
    ['range(1, 7, 2)', [1, 3, 5]],
    ['keys(var.vms)', ['db', 'web']],
    ['contains(var.names, "db")', true],
    ['tonumber("4") + 1', 5],
    ['tostring(4)', '4'],
    ['var.mixed.state', 'Off'],
    ['false && var.unset', false],
    // A key written after the last unknown argument of merge() is final.
    ['merge(var.unset, { state = "Off" }).state', 'Off'],
    ['lookup(merge(var.vms, var.unset, { a = 1 }), "a", 0)', 1],
    ['true || var.unset', true],
  ])('%s', async (text, expected) => {
    expect(plain(await run(text))).toEqual(expected);
  });
});

describe('what stays unknown says why', () => {
  test.each([
    ['var.unset', 'var.unset has no default and no .tfvars value'],
    ['var.mixed.path', 'var.unset has no default and no .tfvars value'],
    ['var.unset == "x" ? "a" : "b"', 'the condition `var.unset == "x"` is unknown (var.unset has no default and no .tfvars value)'],
    ['md5("x")', '`md5("x")` calls the function md5(), which this reader does not evaluate; only terraform plan evaluates it'],
    ['provider::time::rfc3339_parse("x")', '`provider::time::rfc3339_parse("x")` calls a provider-defined function; only terraform plan evaluates it'],
    ['data.local_file.x.content', '`data.local_file.x.content` is read from a data source when Terraform runs'],
    ['replace("abc", "/b+/", "x")', '`replace("abc", "/b+/", "x")` replaces by a regular expression, which this reader does not evaluate'],
    ['"%{ if true }x%{ endif }"', '`"%{ if true }x%{ endif }"` uses a template directive (%{…}); only terraform plan evaluates it'],
    ['var.vms.none', '`var.vms.none`: the value has no attribute or key "none"'],
    [
      'merge({ state = "On" }, var.unset).state',
      '`merge({ state = "On" }, var.unset)`: the key "state" may be set by `var.unset`, which is unknown (var.unset has no default and no .tfvars value)',
    ],
    [
      'merge(var.unset, { a = 1 }).b',
      '`merge(var.unset, { a = 1 }).b` may be set by `var.unset`, which is unknown (var.unset has no default and no .tfvars value)',
    ],
    [
      'lookup(merge(var.unset, { a = 1 }), "b", 0)',
      '`lookup(merge(var.unset, { a = 1 }), "b", 0)`: the key may be set by `var.unset`, which is unknown (var.unset has no default and no .tfvars value)',
    ],
    [
      'length(merge(var.unset, { a = 1 }))',
      'not all of its keys are known: any other key may be set by `var.unset`, which is unknown (var.unset has no default and no .tfvars value)',
    ],
    [
      '[for k, v in merge(var.unset, { a = 1 }) : k]',
      '`merge(var.unset, { a = 1 })` is unknown (not all of its keys are known: any other key may be set by `var.unset`, which is unknown (var.unset has no default and no .tfvars value))',
    ],
    ['range(2000)', '`range(2000)`: range() gives more than 1024 values, which Terraform refuses'],
  ])('%s', async (text, reason) => {
    expect(await run(text)).toMatchObject({ kind: 'unknown', reason });
  });
});

describe('partly known text', () => {
  test.each([
    ['"${var.dir}\\\\${var.unset}.vhdx"', { prefix: 'D:\\VMs\\', suffix: '.vhdx' }],
    ['"${var.unset}\\\\os.vhdx"', { prefix: '', base: { key: 'root:var.unset', text: 'var.unset' }, suffix: '\\os.vhdx' }],
    ['var.unset', { prefix: '', base: { key: 'root:var.unset', text: 'var.unset' }, suffix: '' }],
    ['format("%s\\\\%s.vhdx", var.dir, var.unset)', { prefix: 'D:\\VMs\\', suffix: '.vhdx' }],
    ['join("\\\\", [var.dir, var.unset])', { prefix: 'D:\\VMs\\', suffix: '' }],
    ['lower("${var.unset}\\\\OS.VHDX")', { prefix: '', base: { key: 'root:var.unset', text: 'var.unset' }, suffix: '\\os.vhdx' }],
    ['coalesce("D:\\\\${var.unset}", "C:\\\\")', { prefix: 'D:\\', suffix: '' }],
    ['trimsuffix("${var.dir}\\\\${var.unset}\\\\", "\\\\")', { prefix: 'D:\\VMs\\', suffix: '' }],
  ])('%s', async (text, partial) => {
    const value = await run(text);
    expect(value.kind).toBe('unknown');
    if (value.kind === 'unknown') expect(value.text).toEqual(partial);
  });
});

describe('bounded work', () => {
  test('nested for expressions over large ranges stop at the budget instead of stalling', async () => {
    await expect(run('[for a in range(1000) : [for b in range(1000) : [for c in range(1000) : 1]]]', new Budget(100_000))).rejects.toThrow(EvaluationLimit);
  });

  test('a format width beyond any path is refused', async () => {
    expect(await run('format("%999999999s", "x")')).toMatchObject({ kind: 'unknown', error: true });
  });
});
