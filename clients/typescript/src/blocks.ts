/**
 * Narrowing body blocks on `type`: `isBlock(block, "myth")` makes `block.value.myth` a typed {@link Myth},
 * never `any`, because the OpenAPI document types `body` as a union discriminated on `type`.
 *
 * @module
 */
import type { BlockOf, BlockType, BodyBlock } from "./types.js";

/**
 * Whether `block` is of type `type`; in the `true` branch TypeScript knows its value's fields.
 *
 * @example
 * ```ts
 * for (const block of page.body) {
 *   if (isBlock(block, "myth")) console.log(block.value.myth.myth, block.value.myth.facts);
 * }
 * ```
 */
export function isBlock<T extends BlockType>(block: BodyBlock, type: T): block is BlockOf<T> {
  return block.type === type;
}

/** The blocks of one type, in body order, typed: `blocksOfType(page.body, "myth")[0]?.value.myth.facts`. */
export function blocksOfType<T extends BlockType>(body: readonly BodyBlock[], type: T): BlockOf<T>[] {
  return body.filter((block): block is BlockOf<T> => isBlock(block, type));
}

/** One function per block type, each given its own typed block: the exhaustive way to render a body. */
export type BlockRenderers<R> = { [T in BlockType]: (block: BlockOf<T>) => R };

/**
 * Each block through the renderer of its type. The compiler requires a renderer for every type, so a block
 * type added to the API (and to src/schema.ts by `make client`) is a compile error until it is handled.
 */
export function renderBlocks<R>(body: readonly BodyBlock[], renderers: BlockRenderers<R>): R[] {
  return body.map((block) => (renderers[block.type] as (block: BodyBlock) => R)(block));
}
