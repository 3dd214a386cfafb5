/**
 * Where things are inside one `.tf` block: attributes, map keys, and the n-th nested block as
 * Terraform expands it (static blocks and `dynamic` blocks, in the order they are written). A block
 * merged from override files has parts from several files; each part carries its own line table.
 */
import type { SourceSpan } from '../../core/source.js';
import type { HclAttribute, HclBlock, HclFile } from './hcl-syntax.js';
import { objectKeyText } from './object-keys.js';

export class BlockPositions {
  constructor(
    readonly file: HclFile,
    /** The block whose attributes are read (for a `dynamic` block: its `content`). */
    readonly block: HclBlock,
    /** The block findings about omitted attributes point at (for a `dynamic` block: the block itself). */
    readonly outer: HclBlock = block,
  ) {}

  /** The whole block. */
  get whole(): SourceSpan {
    return this.outer.lines.span(this.outer.start, this.outer.end);
  }

  /** The block's first line up to its `{`: where an omitted attribute would be written. */
  get header(): SourceSpan {
    const text = this.outer.lines.text;
    const brace = text.indexOf('{', this.outer.start);
    const end = brace === -1 || brace > this.outer.end ? this.outer.start : brace + 1;
    return this.outer.lines.span(this.outer.start, end);
  }

  attribute(name: string): HclAttribute | undefined {
    return this.block.body.attributes.get(name);
  }

  attr(name: string): SourceSpan | undefined {
    const a = this.attribute(name);
    return a ? a.lines.span(a.start, a.end) : undefined;
  }

  /** The `key = value` element of an object-valued attribute; exact key first, then any case. */
  mapKey(name: string, key: string): SourceSpan | undefined {
    const a = this.attribute(name);
    if (a?.expr.kind !== 'object') return undefined;
    const keyed = a.expr.elems.map((e) => ({ elem: e, key: objectKeyText(e.key) }));
    const elem = keyed.find((k) => k.key === key) ?? keyed.find((k) => k.key?.toLowerCase() === key.toLowerCase());
    return elem ? a.lines.span(elem.elem.start, elem.elem.end) : undefined;
  }

  /** Nested blocks of a type in written order; a `dynamic` one stands for as many as it generates. */
  nestedBlocks(type: string): { positions: BlockPositions; dynamic: HclBlock | undefined }[] {
    const out: { positions: BlockPositions; dynamic: HclBlock | undefined }[] = [];
    for (const b of this.block.body.blocks) {
      if (b.type === type && b.labels.length === 0) out.push({ positions: new BlockPositions(this.file, b), dynamic: undefined });
      else if (b.type === 'dynamic' && b.labels[0] === type) {
        const content = b.body.blocks.find((c) => c.type === 'content');
        out.push({ positions: new BlockPositions(this.file, content ?? b, b), dynamic: b });
      }
    }
    return out;
  }

  /**
   * The block that produced element `index` of `total` expanded blocks. Exact when at most one
   * `dynamic` block is involved; with several, elements after the first one point at it.
   */
  nth(type: string, index: number, total: number): BlockPositions | undefined {
    const blocks = this.nestedBlocks(type);
    const dynamicCount = blocks.filter((b) => b.dynamic).length;
    const generated = Math.max(0, total - (blocks.length - dynamicCount));
    let position = 0;
    for (const b of blocks) {
      if (!b.dynamic) {
        if (position === index) return b.positions;
        position++;
        continue;
      }
      if (dynamicCount > 1) return index >= position ? b.positions : undefined;
      if (index < position + generated) return b.positions;
      position += generated;
    }
    return undefined;
  }
}
