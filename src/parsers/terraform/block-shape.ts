/**
 * Arguments and blocks swapped: `hard_disk_drives = [{ … }]` where the provider declares blocks, or
 * `name { … }` where it declares an argument. Terraform rejects both ("Unsupported argument", "Unsupported
 * block type"); a reader of blocks alone would see a VM without those disks. Names the schema does not
 * list are left alone, since other provider versions may have them.
 */
import type { Diagnostic } from '../../core/model.js';
import type { HclBlock } from './hcl-syntax.js';
import { attributeSchema, type BlockSchema } from './provider-schema.js';

export function swappedArgumentsAndBlocks(block: HclBlock, schema: BlockSchema, where: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const [name, attribute] of block.body.attributes) {
    const declared = attributeSchema(schema, name)?.type;
    if (declared?.kind !== 'blocks') continue;
    problems.push({
      at: attribute.lines.span(attribute.start, attribute.end),
      code: `terraform-block-as-argument:${name}`,
      message: `${where}: ${name} is written as an argument (${name} = …), but the hyperv provider takes it as blocks (${name} { … }); Terraform rejects this, so the gate cannot read them`,
      fix: `Write each of them as a block: ${name} { … }, one block per item.`,
    });
  }
  for (const nested of block.body.blocks) {
    const declared = attributeSchema(schema, nested.type)?.type;
    if (declared === undefined) continue;
    if (declared.kind === 'blocks') {
      problems.push(...swappedArgumentsAndBlocks(nested, declared.block, `${where}.${nested.type}`));
      continue;
    }
    problems.push({
      at: nested.lines.span(nested.start, nested.end),
      code: `terraform-argument-as-block:${nested.type}`,
      message: `${where}: ${nested.type} is written as a block (${nested.type} { … }), but the hyperv provider takes it as an argument (${nested.type} = …); Terraform rejects this, so the gate cannot read it`,
      fix: `Write it as an argument: ${nested.type} = …`,
    });
  }
  return problems;
}
