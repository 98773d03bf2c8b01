"""The API JSON channel: read-only DRF endpoints under /api/v1/ and a static JSON export of the same bytes."""
