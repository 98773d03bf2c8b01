"""The change feed: what was published, changed, unpublished, deleted, moved or expired, in commit order."""
