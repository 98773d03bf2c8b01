/**
 * `createClient`: the one object a frontend keeps. Its methods read pages and library items and follow the
 * change feed; `api` is the typed openapi-fetch client for anything else the OpenAPI document describes.
 *
 * @module
 */
import createFetchClient, { type Client } from "openapi-fetch";

import { getLibraryItem, listLibrary, type LibraryOptions } from "./library.js";
import { getPage, getPageByPath, iteratePages, listPages, type ListPagesOptions } from "./pages.js";
import type { paths } from "./schema.js";
import { sync, type SyncOptions, type SyncResult } from "./sync.js";
import type { LibraryItems, LibraryKind, Page, PageListItem, Paginated } from "./types.js";

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** The CMS's address, e.g. `https://cms.clinic.example` (no `/api/v1/`). */
  baseUrl: string;
  /** A `fetch` to use instead of the global one (a test double, one with a cache, Next.js's). */
  fetch?: typeof globalThis.fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

/** The typed openapi-fetch client of `/api/v1/`. */
export type ApiClient = Client<paths>;

/** What {@link createClient} returns. */
export interface ContentClient {
  /** The typed openapi-fetch client: `api.GET("/api/v1/locales/")`, with every path of the API. */
  readonly api: ApiClient;
  /** The address given, without a trailing slash. */
  readonly baseUrl: string;
  /** The `fetch` requests go through. */
  readonly fetch: typeof globalThis.fetch;
  /**
   * The live page at a public path, whole; null if none is live there.
   * @param path - the page's path, e.g. `/es/mitos-comunes/` or, with `locale`, `/mitos-comunes/`.
   * @param locale - a language code such as `"es"`: prefixed to `path` unless it starts with it already.
   */
  getPageByPath(path: string, locale?: string): Promise<Page | null>;
  /** One live page with its whole body; null if no live page has that id. */
  getPage(id: number): Promise<Page | null>;
  /** One page of the page list (summaries, plus `fields`); follow `next` with {@link ContentClient.iteratePages}. */
  listPages(options?: ListPagesOptions): Promise<Paginated<PageListItem>>;
  /** Every listed page, fetching one page of the list after another by its `next` link. */
  iteratePages(options?: ListPagesOptions): AsyncGenerator<PageListItem, void, undefined>;
  /** One page of a library kind's list, in `locale` (with the default locale's version where untranslated). */
  listLibrary<K extends LibraryKind>(kind: K, options?: LibraryOptions): Promise<Paginated<LibraryItems[K]>>;
  /** One library item in `locale`; null if it is live nowhere. */
  getLibraryItem<K extends LibraryKind>(kind: K, id: number, options?: { locale?: string }): Promise<LibraryItems[K] | null>;
  /** Follow the change feed from the cursor `store` holds, and store the new one. See {@link sync}. */
  sync(options: SyncOptions): Promise<SyncResult>;
}

/**
 * A client of the content API.
 *
 * @example
 * ```ts
 * const cms = createClient({ baseUrl: "https://cms.clinic.example" });
 * const page = await cms.getPageByPath("/es/mitos-comunes-sobre-la-terapia-de-infusion-de-ketamina/");
 * ```
 */
export function createClient(options: ClientOptions): ContentClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  // Looked up at each call, not at creation, so a fetch patched later (tests, polyfills) is the one used.
  const fetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const api = createFetchClient<paths>({ baseUrl, fetch, headers: { Accept: "application/json", ...options.headers } });
  const client: ContentClient = {
    api,
    baseUrl,
    fetch,
    getPageByPath: (path, locale) => getPageByPath(client, path, locale),
    getPage: (id) => getPage(client, id),
    listPages: (listOptions) => listPages(client, listOptions),
    iteratePages: (listOptions) => iteratePages(client, listOptions),
    listLibrary: (kind, libraryOptions) => listLibrary(client, kind, libraryOptions),
    getLibraryItem: (kind, id, itemOptions) => getLibraryItem(client, kind, id, itemOptions),
    sync: (syncOptions) => sync(client, syncOptions),
  };
  return client;
}
