"""HTTP that every channel shares (JSON API, live pages, brochure PDFs): caching, errors, query parameters."""
