/**
 * One instance of a module in a configuration: the root module, or one instance of a `module` call.
 * It answers what its expressions refer to: `var.*` (the call's arguments or tfvars, else the
 * default, converted to the variable's type with `optional()` defaults), `local.*`, resources of
 * the module (their configured attributes, per instance) and the outputs of the modules it calls.
 */
import type { Located, ModuleCall, TerraformModule } from './module.js';
import type { HclBlock } from './hcl-syntax.js';
import { Budget, computedObject, evaluate, toBool, type Scope } from './hcl-eval.js';
import { expand, type Instance } from './instances.js';
import { convert, readTypeConstraint } from './type-constraints.js';
import { invalid, list, map, unknownExpression, unknownOf, type TfValue } from './values.js';

/** What an instance needs from the configuration it belongs to. */
export interface ConfigurationContext {
  readonly budget: Budget;
  /** The module a local call leads to, when it is in the repository; else why it is not followed. */
  moduleAt(from: TerraformModule, call: ModuleCall): TerraformModule | undefined;
}

export interface CallInstance {
  readonly call: ModuleCall;
  readonly instance: Instance;
  readonly child: ModuleInstance;
}

/** The instances of one module call; `problem` when its count or for_each cannot be expanded. */
export interface CallInstances {
  readonly instances: readonly CallInstance[];
  readonly problem?: string;
}

export class ModuleInstance {
  private readonly variables = new Map<string, TfValue>();
  private readonly locals = new Map<string, TfValue>();
  private readonly resources = new Map<string, TfValue>();
  private readonly calls = new Map<string, CallInstances | undefined>();
  private readonly evaluating = new Set<string>();

  constructor(
    readonly module: TerraformModule,
    /** `''` for the root, else `module.vm["a"].`. */
    readonly prefix: string,
    private readonly inputs: (name: string) => TfValue | undefined,
    /** How a variable without value is described: "no .tfvars value" or "module.vm does not set it". */
    private readonly missingInput: string,
    readonly context: ConfigurationContext,
    readonly depth: number,
  ) {}

  /** The scope of the module's own expressions; a block with count or for_each adds its instance. */
  scope(instance?: Instance): Scope {
    return {
      variable: (name) => this.variable(name),
      local: (name) => this.local(name),
      resource: (type, name) => this.resource(type, name),
      module: (name) => this.moduleOutputs(name),
      ...(instance?.each ? { each: instance.each } : {}),
      ...(instance?.count ? { count: instance.count } : {}),
      context: this.prefix,
      budget: this.context.budget,
    };
  }

  /** The instances of a module call this module makes; undefined for a call that is not followed. */
  callInstances(call: ModuleCall): CallInstances | undefined {
    if (this.calls.has(call.name)) return this.calls.get(call.name);
    const child = this.context.moduleAt(this.module, call);
    let result: CallInstances | undefined;
    if (child) {
      const address = `${this.prefix}module.${call.name}`;
      const expansion = expand(call.block.node, this.scope(), address);
      result = expansion.ok
        ? { instances: expansion.instances.map((instance) => this.childInstance(call, instance, child, address)) }
        : { instances: [], problem: expansion.problem };
    }
    this.calls.set(call.name, result);
    return result;
  }

  private childInstance(call: ModuleCall, instance: Instance, child: TerraformModule, address: string): CallInstance {
    const scope = this.scope(instance);
    const inputs = (name: string): TfValue | undefined => {
      const a = call.block.node.body.attributes.get(name);
      return a ? evaluate(a.expr, scope) : undefined;
    };
    const prefix = `${address}${instance.key}.`;
    return { call, instance, child: new ModuleInstance(child, prefix, inputs, `module.${call.name} does not set it`, this.context, this.depth + 1) };
  }

  private variable(name: string): TfValue {
    const cached = this.variables.get(name);
    if (cached) return cached;
    const declared = this.module.variables.get(name);
    const value = declared ? this.variableValue(name, declared) : invalid(`var.${name} is not declared in ${this.where()}`);
    this.variables.set(name, value);
    return value;
  }

  private variableValue(name: string, declared: Located<HclBlock>): TfValue {
    const body = declared.node.body;
    const typeExpr = body.attributes.get('type')?.expr;
    const given = this.inputs(name);
    const fallback = body.attributes.get('default');
    // A null argument is null, unless the variable says `nullable = false`: then it takes the default.
    const nullable = body.attributes.get('nullable');
    const nullTakesDefault = nullable !== undefined && toBool(evaluate(nullable.expr, constantScope(this.context.budget))) === false;
    let value: TfValue;
    if (given !== undefined && !(given.kind === 'scalar' && given.value === null && nullTakesDefault && fallback)) value = given;
    else if (fallback) value = evaluate(fallback.expr, constantScope(this.context.budget));
    else {
      const reason = `var.${name} has no default and ${this.missingInput}`;
      return unknownExpression(reason, `${this.prefix}var.${name}`, `var.${name}`);
    }
    if (!typeExpr) return value;
    return convert(value, readTypeConstraint(typeExpr), (e) => evaluate(e, constantScope(this.context.budget)), `var.${name}`);
  }

  private local(name: string): TfValue {
    const cached = this.locals.get(name);
    if (cached) return cached;
    const local = this.module.locals.get(name);
    if (!local) return invalid(`local.${name} is not defined in ${this.where()}`);
    return this.guarded(`local.${name}`, () => evaluate(local.node.expr, this.scope()), this.locals, name);
  }

  /** A resource of this module as other expressions see it: its configured attributes, per instance. */
  private resource(type: string, name: string): TfValue | undefined {
    const key = `${type}.${name}`;
    const cached = this.resources.get(key);
    if (cached) return cached;
    const located = this.module.resources.find((r) => r.node.type === 'resource' && r.node.labels[0] === type && r.node.labels[1] === name);
    if (!located) return undefined;
    return this.guarded(key, () => this.resourceValue(located.node, key), this.resources, key);
  }

  private resourceValue(block: HclBlock, key: string): TfValue {
    const address = `${this.prefix}${key}`;
    const expansion = expand(block, this.scope(), address);
    if (!expansion.ok) return invalid(expansion.problem);
    const objects = expansion.instances.map((instance) => {
      const scope = this.scope(instance);
      const entries = new Map<string, TfValue>();
      for (const [attribute, a] of block.body.attributes)
        if (attribute !== 'count' && attribute !== 'for_each') entries.set(attribute, evaluate(a.expr, scope));
      return [instance, computedObject(entries, `${address}${instance.key}`)] as const;
    });
    const only = objects[0];
    if (objects.length === 1 && only?.[0].key === '') return only[1];
    if (only?.[0].key === '[*]') return unknownOf(`\`${address}\` has an unknown number of instances`);
    if (block.body.attributes.has('count')) return list(objects.map(([, o]) => o));
    return map(new Map(objects.map(([instance, o]) => [JSON.parse(instance.key.slice(1, -1)) as string, o])));
  }

  private moduleOutputs(name: string): TfValue | undefined {
    const call = this.module.calls.find((c) => c.name === name);
    if (!call) return undefined;
    const instances = this.callInstances(call)?.instances;
    if (!instances) return undefined;
    const outputsOf = (child: ModuleInstance) => {
      const entries = new Map<string, TfValue>();
      for (const [output, located] of child.module.outputs) {
        const value = located.node.body.attributes.get('value');
        if (value) entries.set(output, evaluate(value.expr, child.scope()));
      }
      return computedObject(entries, `module.${name}`);
    };
    const only = instances[0];
    if (instances.length === 1 && only?.instance.key === '') return outputsOf(only.child);
    if (only?.instance.key === '[*]') return unknownOf(`\`module.${name}\` has an unknown number of instances`);
    if (call.block.node.body.attributes.has('count')) return list(instances.map((i) => outputsOf(i.child)));
    return map(new Map(instances.map((i) => [JSON.parse(i.instance.key.slice(1, -1)) as string, outputsOf(i.child)])));
  }

  /** Evaluates once and caches; a value that needs itself is Terraform's cycle error. */
  private guarded(what: string, compute: () => TfValue, cache: Map<string, TfValue>, key: string): TfValue {
    if (this.evaluating.has(what)) return invalid(`${what} refers to itself`);
    this.evaluating.add(what);
    try {
      const value = compute();
      cache.set(key, value);
      return value;
    } finally {
      this.evaluating.delete(what);
    }
  }

  where(): string {
    return this.module.dir || 'the root module';
  }
}

/** Variable defaults and `optional()` defaults are constants: no references. */
function constantScope(budget: Budget): Scope {
  const none = (what: string) => invalid(`${what} cannot be used in a default value`);
  return {
    variable: (n) => none(`var.${n}`),
    local: (n) => none(`local.${n}`),
    resource: () => undefined,
    module: () => undefined,
    context: '',
    budget,
  };
}
