/**
 * The live server the tests read, and what it must serve: tests/clients/test_typescript_client.py starts
 * the CMS with the demo loaded and passes its address (CMS_API_URL) and, from its database, what the demo
 * article holds (CMS_EXPECT), so these tests compare the API's answers with the content itself.
 */
import { createClient, type ContentClient } from "../src/index.js";

/** The demo article in one locale, as the database holds it. */
export interface ExpectedArticle {
  id: number;
  path: string;
  title: string;
  /** The texts of the myths its body places, in body order. */
  myths: string[];
}

/** What CMS_EXPECT holds. */
export interface Expected {
  articles: Record<"en" | "es", ExpectedArticle>;
  /** How many items of each library kind are live. */
  library: Record<"myths" | "benefits" | "risks" | "locations", number>;
  /** How many pages are live. */
  pages: number;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests through tests/clients/test_typescript_client.py.`);
  return value;
}

export const baseUrl = required("CMS_API_URL");
export const expected = JSON.parse(required("CMS_EXPECT")) as Expected;
export const cms: ContentClient = createClient({ baseUrl });
