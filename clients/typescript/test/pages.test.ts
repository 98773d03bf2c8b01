/** Pages from the live server: by path in both languages, by id, as lists followed to the end. */
import assert from "node:assert/strict";
import { test } from "node:test";

import { blocksOfType, isBlock, localizedPath, renderBlocks, type Myth } from "../src/index.js";
import { cms, expected } from "./live.js";

test("the demo article by its path in English and in Spanish", async () => {
  for (const locale of ["en", "es"] as const) {
    const article = expected.articles[locale];
    const page = await cms.getPageByPath(article.path);
    assert.ok(page, `no page at ${article.path}`);
    assert.equal(page.id, article.id);
    assert.equal(page.title, article.title);
    assert.equal(page.locale, locale);
    assert.equal(page.type, "article");
  }
  assert.equal((await cms.getPageByPath(expected.articles.es.path))?.title, "Mitos comunes sobre la terapia de infusión de ketamina");
});

test("a path without its locale prefix is found in the locale given", async () => {
  const spanish = expected.articles.es;
  const withoutPrefix = spanish.path.replace(/^\/es\//, "/");
  const page = await cms.getPageByPath(withoutPrefix, "es");
  assert.equal(page?.id, spanish.id);
  assert.equal(localizedPath("/es/x/", "es"), "/es/x/");
  assert.equal(localizedPath("x/", "es"), "/es/x/");
});

test("no live page at a path is null, not an error", async () => {
  assert.equal(await cms.getPageByPath("/en/no-such-page-here/"), null);
  assert.equal(await cms.getPage(987654), null);
});

test("myth blocks narrow to typed myths whose fields are the library's", async () => {
  for (const locale of ["en", "es"] as const) {
    const page = await cms.getPage(expected.articles[locale].id);
    assert.ok(page);
    const myths: Myth[] = [];
    for (const block of page.body) {
      if (isBlock(block, "myth")) myths.push(block.value.myth); // Typed: no cast, no null check.
    }
    assert.deepEqual(myths.map((myth) => myth.myth), expected.articles[locale].myths);
    const first = blocksOfType(page.body, "myth")[0];
    assert.ok(first);
    assert.match(first.value.myth.facts, /^<p>/);
    assert.equal(first.value.myth.locale, locale);
    assert.equal(first.value.myth.translated, true);
    assert.ok(Array.isArray(first.value.myth.sources));
    const headings = blocksOfType(page.body, "heading");
    assert.ok(headings.length > 0);
    assert.ok(headings.every((block) => ["h2", "h3", "h4"].includes(block.value.level)));
  }
});

test("renderBlocks hands each block to the renderer of its type", async () => {
  const page = await cms.getPage(expected.articles.en.id);
  assert.ok(page);
  const kinds = renderBlocks(page.body, {
    heading: (block) => `heading:${block.value.level}`,
    paragraph: () => "paragraph",
    image: (block) => `image:${block.value.image.width}`,
    myth: (block) => `myth:${block.value.myth.id}`,
    benefits: (block) => `benefits:${block.value.benefits.length}`,
    risks: (block) => `risks:${block.value.risks.length}`,
    locations: (block) => `locations:${block.value.locations.length}`,
    call_to_action: () => "call_to_action",
    disclaimer: () => "disclaimer",
  });
  assert.equal(kinds.length, page.body.length);
  assert.equal(kinds.filter((kind) => kind.startsWith("myth:")).length, expected.articles.en.myths.length);
});

test("lists: filters, a page at a time, and every page by following next", async () => {
  const spanish = await cms.listPages({ locale: "es", type: "article" });
  assert.deepEqual(spanish.results.map((page) => page.id), [expected.articles.es.id]);

  const first = await cms.listPages({ limit: 1 });
  assert.equal(first.count, expected.pages);
  assert.equal(first.results.length, 1);
  assert.ok(first.next);

  const followed: number[] = [];
  for await (const page of cms.iteratePages({ limit: 1 })) followed.push(page.id);
  const all = await cms.listPages({ limit: 100 });
  assert.equal(followed.length, expected.pages);
  assert.deepEqual(followed, all.results.map((page) => page.id));

  const withBody = await cms.listPages({ locale: "en", type: "article", fields: ["body"] });
  assert.ok(withBody.results[0]?.body?.some((block) => isBlock(block, "myth")));
});

test("a bad parameter is an ApiError naming it", async () => {
  await assert.rejects(cms.listPages({ limit: 100000 }), (error: unknown) => {
    assert.equal((error as { name: string }).name, "ApiError");
    assert.equal((error as { status: number }).status, 400);
    assert.equal((error as { parameter: string }).parameter, "limit");
    return true;
  });
});
