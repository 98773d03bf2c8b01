"""/api/v1/preview/?token=…: the latest revision of one page or library item, draft included, as JSON.

For frontend developers who build against content that is not published yet. The admin hands out a
link (`preview_url`, the edit view's "Headless preview link"); the signed token in it is the credential:
it names one object (content type and id) and works for settings.CMS_API["PREVIEW_TOKEN_SECONDS"].
The response has exactly the shape of the live detail endpoint (pages/<id>/, library/<kind>/<id>/), built
from the object's latest revision. Library items placed in a draft page are resolved as usual (their
live versions). Nothing here is cached, on the server or anywhere else.
"""

from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.core import signing
from django.http import HttpResponse
from django.urls import reverse

from wagtail.models import Page

from drf_spectacular.utils import OpenApiResponse, PolymorphicProxySerializer, extend_schema, extend_schema_view
from rest_framework import serializers, status
from rest_framework.exceptions import APIException, NotFound
from rest_framework.fields import empty

from cms.library_kinds import library_kinds
from cms.models.review import as_unreviewed
from exporters.document import PAGE_TYPES, PageSerializer, library_draft_document, page_document
from exporters.http.caching import render_json
from exporters.http.errors import ErrorSerializer
from exporters.http.query import read_query

from .base import ReadOnlyJSONView
from .responses import ERRORS

SALT = "cms.api.preview"
DEFAULT_LIFETIME = 3600  # Seconds; settings.CMS_API["PREVIEW_TOKEN_SECONDS"] says otherwise.
MAX_TOKEN_LENGTH = 500  # Ours are about 100 characters; anything much longer is not worth checking.

# Model -> the name this API uses for it in messages (English, like every API message).
PAGE_MODELS = {model: f"{name} page" for model, name in PAGE_TYPES.items()}
LIBRARY_MODELS = {kind.model: (kind.name, kind.serializer_class) for kind in library_kinds()}


class PreviewTokenMissing(APIException):
    """401 without a token. Not DRF's NotAuthenticated, which becomes a 403 when no authenticator is set."""

    status_code = status.HTTP_401_UNAUTHORIZED
    default_code = "preview_token_missing"


class PreviewTokenExpired(PreviewTokenMissing):
    default_code = "preview_token_expired"


class PreviewTokenInvalid(APIException):
    status_code = status.HTTP_403_FORBIDDEN
    default_code = "preview_token_invalid"


def lifetime() -> int:
    return settings.CMS_API.get("PREVIEW_TOKEN_SECONDS", DEFAULT_LIFETIME)


def previewable(obj):
    """The object as the preview serves it (a page's specific class), or ValueError if it has no API channel."""
    if isinstance(obj, Page):
        obj = obj.specific
    if type(obj) not in PAGE_MODELS and type(obj) not in LIBRARY_MODELS:
        # Brochures (and anything else) are not served by the JSON API, so there is nothing to preview there.
        raise ValueError(f"{type(obj).__name__} has no JSON API channel to preview.")
    if obj.pk is None:
        raise ValueError("Save the object before making a preview link to it.")
    return obj


def make_preview_token(obj) -> str:
    """A signed, timestamped token naming `obj`: {"ct": "cms.articlepage", "pk": 4}. ValueError for a brochure."""
    obj = previewable(obj)
    return signing.dumps({"ct": obj._meta.label_lower, "pk": obj.pk}, salt=SALT)


def preview_url(request, obj) -> str:
    """The absolute address of `obj`'s headless preview, on this request's host (else WAGTAILADMIN_BASE_URL)."""
    path = f"{reverse('api-v1:preview')}?{urlencode({'token': make_preview_token(obj)})}"
    if request is not None:
        return request.build_absolute_uri(path)
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


class PreviewTokenField(serializers.CharField):
    """Required, as the schema says; but a missing or empty token is a 401, as any missing credential is."""

    def run_validation(self, data=empty):
        if data is empty or data == "":
            raise PreviewTokenMissing("Give the preview token the admin gave you as ?token=.")
        return super().run_validation(data)


class PreviewQuery(serializers.Serializer):
    token = PreviewTokenField(trim_whitespace=False, help_text="The signed preview token.")


def read_token(token: str) -> dict:
    invalid = PreviewTokenInvalid("This preview token is not valid: copy the whole link the admin gave you.")
    if len(token) > MAX_TOKEN_LENGTH:
        raise invalid
    try:
        named = signing.loads(token, salt=SALT, max_age=lifetime())
    except signing.SignatureExpired:
        raise PreviewTokenExpired(
            f"This preview token has expired (tokens last {lifetime()} seconds). "
            "Ask the admin for a new headless preview link."
        ) from None
    except signing.BadSignature:
        raise invalid from None
    if not (isinstance(named, dict) and isinstance(named.get("ct"), str) and isinstance(named.get("pk"), int)):
        raise invalid  # Signed by us, so this cannot happen, unless the format changes.
    return named


def named_model(label: str):
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        return None
    return model if model in PAGE_MODELS or model in LIBRARY_MODELS else None


PREVIEW_RESPONSE = PolymorphicProxySerializer(
    component_name="Preview",
    serializers=[PageSerializer, *(serializer for _name, serializer in LIBRARY_MODELS.values())],
    resource_type_field_name=None,
)


@extend_schema_view(
    get=extend_schema(
        operation_id="preview",
        summary="Preview the latest draft of a page or library item",
        description=(
            "The latest revision (unpublished changes included) of the page or library item the token names, "
            "in the same shape as `/api/v1/pages/<id>/` or `/api/v1/library/<kind>/<id>/`. The token comes from "
            "the admin's “Headless preview link” and expires after `CMS_PREVIEW_TOKEN_SECONDS` (default 3600). "
            "Content never published has null publication dates. Responses are `Cache-Control: private, no-store`."
        ),
        parameters=[PreviewQuery],
        responses={
            200: OpenApiResponse(PREVIEW_RESPONSE, description="A page, or a myth, benefit, risk or location."),
            400: ERRORS[400],
            401: OpenApiResponse(ErrorSerializer, description="No token, or the token has expired."),
            403: OpenApiResponse(ErrorSerializer, description="The token is not valid (changed, or not made here)."),
            404: OpenApiResponse(ErrorSerializer, description="The object the token names was deleted."),
            429: ERRORS[429],
        },
        tags=["preview"],
    )
)
class PreviewView(ReadOnlyJSONView):
    """GET only, no session needed: the token is the credential. Never cached, never indexed."""

    query_class = PreviewQuery

    def get(self, request):
        named = read_token(read_query(request, self.query_class)["token"])
        model = named_model(named["ct"])
        obj = model.objects.filter(pk=named["pk"]).first() if model is not None else None
        if obj is None:
            raise NotFound(f"Nothing to preview: the {self.label(model, named)} {named['pk']} no longer exists.")
        draft = obj.get_latest_revision_as_object()
        if obj.has_unpublished_changes:  # Changed since its review: not reviewed until approved.
            as_unreviewed(draft)
        if model in PAGE_MODELS:
            document = page_document(draft, request)
        else:
            document = library_draft_document(draft, LIBRARY_MODELS[model][1], request)
        return HttpResponse(render_json(document.data), content_type="application/json")

    @staticmethod
    def label(model, named) -> str:
        if model in PAGE_MODELS:
            return PAGE_MODELS[model]
        if model in LIBRARY_MODELS:
            return LIBRARY_MODELS[model][0]
        return named["ct"].rpartition(".")[2]

    def finalize_response(self, request, response, *args, **kwargs):
        """Every answer, errors included: private to this client, stored nowhere, not for search engines.
        The token is in the address, so it is not sent on as a referrer either."""
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        response["Referrer-Policy"] = "no-referrer"
        if response.status_code == status.HTTP_401_UNAUTHORIZED:
            response["WWW-Authenticate"] = 'PreviewToken realm="api-v1-preview"'
        return response
