from django.urls import path

from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from cms.models import ArticlePage
from cms.urls import urlpatterns as cms_urlpatterns

# What a hand-rolled Wagtail site declares to expose an article through stock API v2.
ArticlePage.api_fields = [
    APIField(name)
    for name in ("intro", "body", "conclusion_heading", "conclusion", "call_to_action", "locations", "last_reviewed")
]

stock_v2 = WagtailAPIRouter("wagtailapi")
stock_v2.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [path("api/v2/", stock_v2.urls), *cms_urlpatterns]
