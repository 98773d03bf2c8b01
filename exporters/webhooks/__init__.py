"""Signed webhooks: each committed change POSTed to the endpoints subscribed to it, by the task worker.

`receivers.py` turns the feed's `changes_committed` signal into deliveries, `tasks.py` sends them
(`attempts.py`: one attempt, its log and what follows it), `destinations.py` keeps them off private networks,
`signing.py` signs them the Standard Webhooks way. The admin (`wagtail_hooks.py`, `views.py`) and
`manage.py webhooks` manage the endpoints.
"""
