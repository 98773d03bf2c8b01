/** The library from the live server: lists per locale, one item, pages of a list. */
import assert from "node:assert/strict";
import { test } from "node:test";

import { iterateLibrary } from "../src/index.js";
import { cms, expected } from "./live.js";

const kinds = ["myths", "benefits", "risks", "locations"] as const;

test("each kind's list in both locales, each item once", async () => {
  for (const kind of kinds) {
    for (const locale of ["en", "es"]) {
      const list = await cms.listLibrary(kind, { locale, limit: 100 });
      assert.equal(list.count, expected.library[kind], `${kind} in ${locale}`);
      assert.equal(new Set(list.results.map((item) => item.id)).size, list.results.length);
      assert.ok(list.results.every((item) => item.locale === locale && item.translated));
    }
  }
});

test("the myths in Spanish are the article's Spanish myths", async () => {
  const list = await cms.listLibrary("myths", { locale: "es", limit: 100 });
  const texts = list.results.map((myth) => myth.myth); // Typed as Myth: `.myth` is a string.
  for (const text of expected.articles.es.myths) assert.ok(texts.includes(text), text);
  const risks = await cms.listLibrary("risks", { locale: "es" });
  assert.ok(risks.results.every((risk) => ["common", "uncommon", "rare"].includes(risk.frequency)));
});

test("one item by id, in a locale; an unknown id is null", async () => {
  const [first] = (await cms.listLibrary("myths", { locale: "en" })).results;
  assert.ok(first);
  const english = await cms.getLibraryItem("myths", first.id, { locale: "en" });
  assert.equal(english?.myth, first.myth);
  const spanish = await cms.getLibraryItem("myths", first.id, { locale: "es" });
  assert.equal(spanish?.locale, "es");
  assert.equal(spanish?.translation_key, first.translation_key);
  assert.notEqual(spanish?.myth, first.myth);
  assert.equal(await cms.getLibraryItem("locations", 987654), null);
});

test("a kind's list a page at a time, followed by next", async () => {
  const firstPage = await cms.listLibrary("risks", { locale: "en", limit: 2 });
  assert.equal(firstPage.results.length, 2);
  assert.ok(firstPage.next);
  const ids: number[] = [];
  for await (const risk of iterateLibrary(cms, "risks", { locale: "en", limit: 2 })) ids.push(risk.id);
  assert.equal(ids.length, expected.library.risks);
  assert.equal(new Set(ids).size, ids.length);
});
