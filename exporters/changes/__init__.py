"""The change feed: what became public, changed, moved or stopped being public, in commit order.

`models.py` holds the log (`Change`), what the feed has told readers is public now (`Shown`) and how much of
the log was pruned (`History`); `recording.py` writes them in the content's own transaction, serialized so
that ids follow commit order; `on_content.py` decides, from the content's signals, what to record;
`upkeep.py` records expiries that passed and prunes the log; `feed.py` reads it (the initial state, then the
changes), with opaque cursors (`cursor.py`); `signals.py` announces each committed batch (webhooks listen).
The JSON endpoint is exporters/api_json/changes.py.
"""
