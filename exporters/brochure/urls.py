"""The brochure channel's public URL: a live brochure (or article) as PDF."""

from django.urls import path

from .views import brochure_pdf

urlpatterns = [path("brochures/<slug:slug>.pdf", brochure_pdf, name="brochure-pdf")]
