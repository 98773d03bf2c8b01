/**
 * A type-level test, checked by `tsc --strict` (npm test and `npm run typecheck` compile it; nothing runs):
 * narrowing a body block on `type` gives the block's full type, and a field the block does not have is a
 * compile error (each `@ts-expect-error` fails the build if the line below it compiles).
 */
import { blocksOfType, isBlock, type BlockOf, type BodyBlock, type Myth, type Page } from "../../src/index.js";

export function mythFacts(page: Page): string[] {
  const facts: string[] = [];
  for (const block of page.body) {
    if (block.type === "myth") {
      // Plain narrowing on the discriminator, no helper: value.myth is a Myth, not null, not any.
      const text: string = block.value.myth.facts;
      facts.push(text);
    }
    if (isBlock(block, "myth")) {
      const myth: Myth = block.value.myth;
      const review: string | null | undefined = myth.review.last_reviewed;
      facts.push(myth.myth, myth.facts, review ?? "");
      // @ts-expect-error A myth has no `title` (benefits do).
      facts.push(block.value.myth.title);
      // @ts-expect-error A myth block holds one myth, not a list.
      facts.push(block.value.myths);
      // @ts-expect-error `facts` is rich text (a string), not a number.
      const wrong: number = block.value.myth.facts;
      void wrong;
    }
    // @ts-expect-error Before narrowing, a block may be a heading: `value.myth` is not known.
    facts.push(block.value.myth.facts);
  }
  return facts;
}

export function headingLevel(body: BodyBlock[]): "h2" | "h3" | "h4" | undefined {
  const first: BlockOf<"heading"> | undefined = blocksOfType(body, "heading")[0];
  // @ts-expect-error A heading block's value is not a myth.
  void first?.value.myth;
  return first?.value.level;
}

export function riskFrequency(body: BodyBlock[]): Array<"common" | "uncommon" | "rare"> {
  return blocksOfType(body, "risks").flatMap((block) => block.value.risks.map((risk) => risk.frequency));
}

// @ts-expect-error "mythical" is no block type.
blocksOfType([], "mythical");
