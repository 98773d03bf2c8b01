"""The one shape of every error a channel answers, whether the JSON API, a live page or a brochure PDF.

Example: 400 {"detail": "limit must be at most 100.", "parameter": "limit"}; 404 {"detail": "No live page
has the id 9."}. `parameter` names the query parameter at fault, and only a 400 about one has it.
"""

import math
from functools import wraps

from django.http import HttpResponse
from django.utils.translation import gettext

from rest_framework import serializers
from rest_framework.exceptions import Throttled
from rest_framework.views import exception_handler, set_rollback

from .caching import render_json


class ErrorSerializer(serializers.Serializer):
    """The shape, for the OpenAPI document. Example: {"detail": "limit must be at most 100.", "parameter": "limit"}"""

    detail = serializers.CharField()
    parameter = serializers.CharField(required=False, help_text="The query parameter at fault, for a 400.")


class HttpError(Exception):
    """An answer instead of the content. Raise it under a view; `json_errors` or DRF's handler answers it."""

    def __init__(self, status: int, detail: str, parameter: str | None = None, headers: dict | None = None):
        super().__init__(detail)
        self.status, self.detail, self.parameter, self.headers = status, detail, parameter, headers or {}

    def response(self) -> HttpResponse:
        body = {"detail": self.detail}
        if self.parameter is not None:
            body["parameter"] = self.parameter
        response = HttpResponse(render_json(body), status=self.status, content_type="application/json")
        for name, value in self.headers.items():
            response[name] = value
        return response


class BadQuery(HttpError):
    """400 naming the query parameter at fault and saying why."""

    def __init__(self, parameter: str, detail: str):
        super().__init__(400, detail, parameter=parameter)


def rate_limited(wait: float | None) -> HttpError:
    """429 with Retry-After, for a client past its channel's rate (exporters/throttle.py)."""
    seconds = math.ceil(wait or 1)
    message = gettext("Too many requests. Try again in %(seconds)d seconds.") % {"seconds": seconds}
    return HttpError(429, message, headers={"Retry-After": str(seconds)})


def json_errors(view):
    """For plain Django views: an HttpError raised while answering becomes its response."""

    @wraps(view)
    def answer(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except HttpError as error:
            return error.response()

    return answer


def drf_exception_handler(exc, context):
    """settings.REST_FRAMEWORK["EXCEPTION_HANDLER"]: DRF's own, which already answers {"detail": "…"}, but
    with our HttpErrors and our 429 (DRF words it "Request was throttled", the other channels otherwise)."""
    if isinstance(exc, Throttled):
        exc = rate_limited(exc.wait)
    if isinstance(exc, HttpError):
        set_rollback()
        return exc.response()
    return exception_handler(exc, context)
