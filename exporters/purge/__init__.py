"""Purging the HTTP caches in front (Varnish, Fastly, Cloudflare) by cache tag, after a change commits.

exporters/signals.py bumps the content versions a change touches and hands the same scopes to
`after_commit.purge_after_commit`; when the transaction commits, one task (`tasks.purge_tags`) purges their
tags (exporters/http/cache_tags.py) from every configured cache (`backends.py`, settings.CMS_PURGE).
"""
