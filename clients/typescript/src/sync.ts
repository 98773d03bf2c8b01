/**
 * `sync()`: follow the change feed from a stored cursor, so a frontend learns what changed without reading
 * everything again.
 *
 * The first sync (no cursor) returns the whole current state: every live page and library item per locale
 * as `"published"`. Each later one returns what changed since, in commit order. The cursor is stored after
 * each response has been handed to `onChanges`, so a crash repeats at most one response, never skips one.
 *
 * @module
 */
import type { Change, ChangesPage } from "./changes.js";
import type { ContentClient } from "./client.js";
import { ApiError } from "./errors.js";
import { dataOf } from "./http.js";
import type { CursorStore } from "./stores.js";

/** Options of {@link sync}. */
export interface SyncOptions {
  /** Where the cursor is read from and saved to: {@link memoryStore}, {@link webStorageStore}, `fileStore`. */
  store: CursorStore;
  /** Only changes of content in this locale, e.g. `"es"`. */
  locale?: string;
  /** Entries per response (the API's default is 100). */
  limit?: number;
  /**
   * Called with each response's entries, in order, before its cursor is saved: rebuild, purge or refetch
   * here. If it throws, the cursor stays where it was and the next sync hands the same entries again.
   */
  onChanges?: (changes: Change[]) => void | Promise<void>;
  /**
   * Called when the stored cursor is older than the history the CMS keeps (410 Gone): forget what was built
   * from the feed. The sync then starts again from the whole current state, which it returns.
   */
  onReset?: () => void | Promise<void>;
  /** Stops the sync between requests. */
  signal?: AbortSignal;
}

/** What one {@link sync} found. */
export interface SyncResult {
  /** Every entry, in order (all the responses' together; prefer `onChanges` for a large initial state). */
  changes: Change[];
  /** The cursor now stored. */
  cursor: string;
  /** True if this sync read the whole current state (no cursor was stored, or the stored one had expired). */
  initial: boolean;
  /** True if the stored cursor had expired (410) and `onReset` was called. */
  reset: boolean;
}

/** One response of the feed from `cursor` (null: the initial state); throws {@link ApiError} if not 200. */
export async function fetchChanges(
  client: ContentClient,
  cursor: string | null,
  options: Pick<SyncOptions, "locale" | "limit" | "signal"> = {},
): Promise<ChangesPage> {
  const query = {
    ...(cursor === null ? {} : { cursor }),
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    ...(options.limit === undefined ? {} : { limit: options.limit }),
  };
  const result = await client.api.GET("/api/v1/changes/", {
    params: { query },
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return dataOf(result);
}

/**
 * Follow the feed from the cursor in `options.store` until nothing more is available now, saving the
 * cursor after each response. Call it on a timer, or when a webhook arrives.
 *
 * @example
 * ```ts
 * const store = fileStore(".cms-cursor.json");
 * const { changes } = await cms.sync({ store, onReset: () => rebuildEverything() });
 * for (const change of changes) if (change.kind === "page") await revalidate(change.id);
 * ```
 */
export async function sync(client: ContentClient, options: SyncOptions): Promise<SyncResult> {
  const { store } = options;
  let cursor = await store.get();
  let reset = false;
  const initial = cursor === null;
  const changes: Change[] = [];
  for (;;) {
    options.signal?.throwIfAborted();
    let page: ChangesPage;
    try {
      page = await fetchChanges(client, cursor, options);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 410 && cursor !== null && !reset)) throw error;
      // The cursor is older than the retained history: start again from the whole current state.
      await store.clear();
      await options.onReset?.();
      reset = true;
      cursor = null;
      changes.length = 0;
      continue;
    }
    await options.onChanges?.(page.changes);
    changes.push(...page.changes);
    await store.set(page.cursor);
    cursor = page.cursor;
    if (!page.has_more) return { changes, cursor, initial: initial || reset, reset };
  }
}
