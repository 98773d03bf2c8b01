/**
 * sync() against the live change feed, in steps that tests/clients/test_typescript_sync.py runs one after
 * another with the same cursor file (CMS_SYNC_STORE), publishing in the CMS between them:
 *   CMS_SYNC_STEP=initial  the first sync reads the whole current state, a page of the feed at a time;
 *   CMS_SYNC_STEP=after    the next sync returns exactly the change published since (CMS_SYNC_EXPECT);
 *   CMS_SYNC_STEP=expired  a cursor older than the retained history: onReset, then the whole state again.
 */
import assert from "node:assert/strict";
import { test } from "node:test";

import { memoryStore, type Change } from "../../src/index.js";
import { fileStore } from "../../src/node.js";
import { cms, expected } from "../live.js";

const step = process.env["CMS_SYNC_STEP"];
const store = fileStore(process.env["CMS_SYNC_STORE"] ?? "");

function key(change: Pick<Change, "kind" | "id" | "locale">): string {
  return `${change.kind}:${change.id}:${change.locale}`;
}

/** The whole current state: every live page and library item per locale, each once, as "published". */
function assertWholeState(changes: Change[]) {
  assert.ok(changes.every((change) => change.action === "published"), JSON.stringify(changes.slice(0, 3)));
  assert.equal(new Set(changes.map(key)).size, changes.length, "an object listed twice");
  const pages = changes.filter((change) => change.kind === "page");
  assert.equal(pages.length, expected.pages);
  for (const locale of ["en", "es"] as const) {
    const article = expected.articles[locale];
    const entry = changes.find((change) => key(change) === key({ kind: "page", id: article.id, locale }));
    assert.ok(entry, `the ${locale} article is not in the initial state`);
    assert.ok(entry.url?.endsWith(`/api/v1/pages/${article.id}/`), entry.url ?? "null");
  }
  for (const kind of ["myths", "benefits", "risks", "locations"] as const) {
    // Every item in both locales (the demo translates them all).
    assert.equal(changes.filter((change) => change.kind === kind).length, expected.library[kind] * 2, kind);
  }
}

test(`sync, step ${step}`, async (t) => {
  if (step === "initial") {
    await t.test("the first sync reads the whole state a page at a time; a failed onChanges resumes where it stopped", async () => {
      assert.equal(await store.get(), null);
      const handled: Change[] = [];
      let responses = 0;
      const failing = cms.sync({
        store,
        limit: 5,
        onChanges: (changes) => {
          if (++responses === 2) throw new Error("the build failed");
          handled.push(...changes);
        },
      });
      await assert.rejects(failing, /the build failed/);
      assert.equal(handled.length, 5);
      assert.ok(await store.get(), "the first response's cursor was not stored");

      const sizes: number[] = [];
      const result = await cms.sync({ store, limit: 5, onChanges: (changes) => void sizes.push(changes.length) });
      assert.equal(result.reset, false);
      assert.ok(sizes.length > 1, "the rest fitted in one response: has_more was not followed");
      assert.ok(sizes.every((size) => size <= 5));
      // The second response, whose handler failed, comes again: nothing is skipped, nothing told twice.
      assertWholeState([...handled, ...result.changes]);
      assert.equal(await store.get(), result.cursor);
    });
    await t.test("without a stored cursor, one sync reads the whole state", async () => {
      const fresh = memoryStore();
      const result = await cms.sync({ store: fresh });
      assert.equal(result.initial, true);
      assertWholeState(result.changes);
      assert.equal(fresh.get(), result.cursor);
    });
    await t.test("nothing changed: the next sync is empty and keeps a cursor", async () => {
      const again = await cms.sync({ store });
      assert.deepEqual(again.changes, []);
      assert.equal(again.initial, false);
      assert.equal(await store.get(), again.cursor);
    });
  } else if (step === "after") {
    await t.test("the next sync returns the change published since, and its URL serves it", async () => {
      const published = JSON.parse(process.env["CMS_SYNC_EXPECT"] ?? "{}") as Change & { text: string };
      const before = await store.get();
      const result = await cms.sync({ store });
      assert.equal(result.initial, false);
      // The myth once, and the pages that show it, which changed with it (in the same transaction).
      const mine = result.changes.filter((change) => key(change) === key(published));
      assert.equal(mine.length, 1, JSON.stringify(result.changes));
      const pages = result.changes.filter((change) => change !== mine[0]);
      assert.ok(pages.every((change) => change.kind === "page" && change.action === "changed"), JSON.stringify(pages));
      assert.ok(pages.some((change) => change.id === expected.articles.en.id), "the English article shows the myth");
      const change = mine[0];
      assert.ok(change && ["published", "changed"].includes(change.action), change?.action);
      assert.ok(change.url?.endsWith(`/api/v1/library/myths/${published.id}/`), change.url ?? "null");
      assert.notEqual(await store.get(), before);
      const myth = await cms.getLibraryItem("myths", published.id, { locale: published.locale });
      assert.equal(myth?.myth, published.text);
    });
  } else if (step === "expired") {
    await t.test("an expired cursor calls onReset and reads the whole state again", async () => {
      const stale = await store.get();
      assert.ok(stale);
      let resets = 0;
      const result = await cms.sync({ store, onReset: () => void resets++ });
      assert.equal(resets, 1);
      assert.equal(result.reset, true);
      assert.equal(result.initial, true);
      assertWholeState(result.changes);
      assert.notEqual(await store.get(), stale);
    });
  } else {
    assert.fail(`CMS_SYNC_STEP is ${step}: initial, after or expired (tests/clients/test_typescript_sync.py sets it).`);
  }
});
