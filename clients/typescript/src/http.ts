/**
 * What the helpers share: the data of an openapi-fetch result or an {@link ApiError}, and following a
 * `next` link the API gave.
 *
 * @module
 */
import type { ContentClient } from "./client.js";
import { ApiError, errorFrom } from "./errors.js";

/** The shape of an openapi-fetch result. */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful response; throws {@link ApiError} for any other. */
export function dataOf<T>(result: FetchResult<T>): T {
  if (result.data === undefined) {
    throw new ApiError(result.response.status, result.response.url, result.error);
  }
  return result.data;
}

/** Like {@link dataOf}, but null for a 404: "no live content here" is an answer, not a failure. */
export function dataOrNull<T>(result: FetchResult<T>): T | null {
  return result.response.status === 404 ? null : dataOf(result);
}

/**
 * GET a link the API gave (a list's `next`: a path such as `/api/v1/pages/?limit=20&offset=20`, or a whole
 * URL) and parse its JSON; throws {@link ApiError} if not 200.
 */
export async function getJson<T>(client: Pick<ContentClient, "baseUrl" | "fetch">, link: string): Promise<T> {
  const url = new URL(link, `${client.baseUrl}/`).toString();
  const response = await client.fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as T;
}
