/**
 * The content library: myths, benefits, risks and locations, per locale.
 *
 * @module
 */
import type { ContentClient } from "./client.js";
import { dataOf, dataOrNull, getJson } from "./http.js";
import type { LibraryItems, LibraryKind, Paginated } from "./types.js";

/** Paging and locale of a library list. */
export interface LibraryOptions {
  /** The locale to serve, e.g. `"es"`; items untranslated there come in the default locale, `translated: false`. */
  locale?: string;
  /** Page size (default 20). */
  limit?: number;
  /** How many to skip; prefer following `next`. */
  offset?: number;
}

// Every kind's endpoints take the same parameters and differ only in the item they hold (LibraryItems), so
// one kind's typed path stands for all four; the kind's own item type is restored on the way out.
type ListPath = "/api/v1/library/myths/";
type ItemPath = "/api/v1/library/myths/{id}/";

/** See {@link ContentClient.listLibrary}. */
export async function listLibrary<K extends LibraryKind>(
  client: ContentClient,
  kind: K,
  options: LibraryOptions = {},
): Promise<Paginated<LibraryItems[K]>> {
  const result = await client.api.GET(`/api/v1/library/${kind}/` as ListPath, { params: { query: options } });
  return dataOf(result) as Paginated<LibraryItems[LibraryKind]> as Paginated<LibraryItems[K]>;
}

/** Every item of a kind, one page of the list after another. */
export async function* iterateLibrary<K extends LibraryKind>(
  client: ContentClient,
  kind: K,
  options: LibraryOptions = {},
): AsyncGenerator<LibraryItems[K], void, undefined> {
  let list = await listLibrary(client, kind, options);
  yield* list.results;
  while (list.next !== null) {
    list = await getJson<Paginated<LibraryItems[K]>>(client, list.next);
    yield* list.results;
  }
}

/** See {@link ContentClient.getLibraryItem}. */
export async function getLibraryItem<K extends LibraryKind>(
  client: ContentClient,
  kind: K,
  id: number,
  options: { locale?: string } = {},
): Promise<LibraryItems[K] | null> {
  const result = await client.api.GET(`/api/v1/library/${kind}/{id}/` as ItemPath, {
    params: { path: { id }, query: options },
  });
  return dataOrNull(result) as LibraryItems[LibraryKind] | null as LibraryItems[K] | null;
}
