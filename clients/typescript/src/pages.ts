/**
 * Pages: by public path and locale, by id, and as lists followed to the end.
 *
 * @module
 */
import type { ContentClient } from "./client.js";
import { dataOf, dataOrNull, getJson } from "./http.js";
import type { Page, PageListItem, Paginated } from "./types.js";

/** Filters and paging of `GET /api/v1/pages/` (docs/API.md "Lists"). */
export interface ListPagesOptions {
  /** Only pages in this locale, e.g. `"es"`. */
  locale?: string;
  /** Only home pages or only articles. */
  type?: "home" | "article";
  /** Only the page with this slug. */
  slug?: string;
  /** Full-text search; results by relevance. */
  search?: string;
  /** Extra whole fields, e.g. `["body", "translations"]`, or `"*"` for all (then `limit` is at most 20). */
  fields?: string[] | "*";
  /** Page size (the API's default is 20, its maximum `CMS_API_MAX_LIMIT`). */
  limit?: number;
  /** How many to skip; prefer following `next`. */
  offset?: number;
}

/**
 * The public path of a page in a locale: `("/mitos/", "es")` is `/es/mitos/`, and a path that starts with
 * its locale already is kept as it is.
 */
export function localizedPath(path: string, locale?: string): string {
  const absolute = path.startsWith("/") ? path : `/${path}`;
  if (!locale) return absolute;
  const prefix = `/${locale}/`;
  if (absolute === `/${locale}` || absolute.startsWith(prefix)) return absolute;
  return prefix + absolute.slice(1);
}

/** See {@link ContentClient.getPageByPath}. */
export async function getPageByPath(client: ContentClient, path: string, locale?: string): Promise<Page | null> {
  const result = await client.api.GET("/api/v1/pages/find/", {
    params: { query: { html_path: localizedPath(path, locale) } },
  });
  return dataOrNull(result);
}

/** See {@link ContentClient.getPage}. */
export async function getPage(client: ContentClient, id: number): Promise<Page | null> {
  return dataOrNull(await client.api.GET("/api/v1/pages/{id}/", { params: { path: { id } } }));
}

function pagesQuery(options: ListPagesOptions) {
  const { fields, ...rest } = options;
  return { ...rest, ...(fields === undefined ? {} : { fields: fields === "*" ? "*" : fields.join(",") }) };
}

/** See {@link ContentClient.listPages}. */
export async function listPages(client: ContentClient, options: ListPagesOptions = {}): Promise<Paginated<PageListItem>> {
  return dataOf(await client.api.GET("/api/v1/pages/", { params: { query: pagesQuery(options) } }));
}

/** See {@link ContentClient.iteratePages}. */
export async function* iteratePages(
  client: ContentClient,
  options: ListPagesOptions = {},
): AsyncGenerator<PageListItem, void, undefined> {
  let list = await listPages(client, options);
  yield* list.results;
  while (list.next !== null) {
    // `next` keeps every other parameter (docs/API.md): follow it rather than computing offsets.
    list = await getJson<Paginated<PageListItem>>(client, list.next);
    yield* list.results;
  }
}
