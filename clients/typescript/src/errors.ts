/**
 * What the client throws when the API refuses a request.
 *
 * @module
 */

/**
 * A response other than the one asked for: a 400 with the parameter at fault, a 429 past the rate limit,
 * a 5xx. `detail` and `parameter` are the API's error body (`{"detail": "…", "parameter": "…"}`).
 */
export class ApiError extends Error {
  /** The HTTP status, e.g. 400. */
  readonly status: number;
  /** The API's reason, e.g. "limit must be at most 100.". */
  readonly detail: string;
  /** The query parameter at fault, when one is. */
  readonly parameter: string | undefined;
  /** The address that answered. */
  readonly url: string;

  constructor(status: number, url: string, body: unknown) {
    const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
    const detail = typeof fields["detail"] === "string" ? fields["detail"] : `HTTP ${status}`;
    super(`${status} from ${url}: ${detail}`);
    this.name = "ApiError";
    this.status = status;
    this.detail = detail;
    this.parameter = typeof fields["parameter"] === "string" ? fields["parameter"] : undefined;
    this.url = url;
  }
}

/** The body of a failed response as JSON if it is JSON, else its text. */
export async function errorFrom(response: Response): Promise<ApiError> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's error page): the status is all there is to say.
  }
  return new ApiError(response.status, response.url, body);
}
