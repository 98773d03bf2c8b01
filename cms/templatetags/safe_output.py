"""`{{ address|safe_url }}` in templates that print a stored address: the one output rule (cms/safe_output.py)."""

from django import template

from cms import safe_output

register = template.Library()
register.filter("safe_url", safe_output.safe_url)
