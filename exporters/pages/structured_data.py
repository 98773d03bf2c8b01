"""JSON-LD for search engines, from the page's Document: the article as a MedicalWebPage, its myths as an
FAQPage, its clinics as MedicalClinic with PostalAddress and geo coordinates."""

import json
import re
from html import unescape

from django.utils.html import strip_tags

SCHEMA_DAYS = {"Mo": "Monday", "Tu": "Tuesday", "We": "Wednesday", "Th": "Thursday", "Fr": "Friday",
               "Sa": "Saturday", "Su": "Sunday"}  # fmt: skip


def blocks_of(doc: dict, block_type: str):
    for stream in ("body", "call_to_action", "locations"):
        for block in doc.get(stream, []):
            if block["type"] == block_type:
                yield block["value"]


def plain(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(strip_tags(html))).strip()


def clinic(location: dict, absolute) -> dict:
    data = {
        "@type": "MedicalClinic",
        "name": location["name"],
        "address": {"@type": "PostalAddress", **location["postal_address"]},
    }
    if location["latitude"] is not None and location["longitude"] is not None:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": location["latitude"], "longitude": location["longitude"]}
    if location["phone_e164"]:
        data["telephone"] = location["phone_e164"]
    if location["booking_url"]:
        data["url"] = absolute(location["booking_url"])
    hours = [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": [SCHEMA_DAYS[day] for day in spec["days"]],
         "opens": spec["opens"], "closes": spec["closes"]}
        for spec in location.get("opening_hours", [])
    ]  # fmt: skip
    if hours:
        data["openingHoursSpecification"] = hours
    return data


def structured_data(doc: dict, canonical: str, absolute) -> dict:
    """Example: {"@context": "https://schema.org", "@graph": [{"@type": "MedicalWebPage", …}, …]}"""
    brand = doc["brand"]
    publisher = {"@type": "MedicalOrganization", "name": brand["name"]}
    if brand["website"]:
        publisher["url"] = brand["website"]
    if brand["logo"]:
        publisher["logo"] = absolute(brand["logo"]["url"])
    page = {
        "@type": "MedicalWebPage",
        "@id": canonical,
        "url": canonical,
        "name": doc["title"],
        "headline": doc["title"],
        "inLanguage": doc["locale"],
        "publisher": publisher,
    }
    if doc["search_description"]:
        page["description"] = doc["search_description"]
    if doc["first_published_at"]:
        page["datePublished"] = doc["first_published_at"]
    if doc["last_published_at"]:
        page["dateModified"] = doc["last_published_at"]
    review = doc["review"]
    if review["last_reviewed"]:
        page["lastReviewed"] = str(review["last_reviewed"])
        if review["reviewed_by"]:
            page["reviewedBy"] = {"@type": "Person", "name": review["reviewed_by"]}
    graph = [page]
    questions = [
        {"@type": "Question", "name": value["myth"]["myth"],
         "acceptedAnswer": {"@type": "Answer", "text": plain(value["myth"]["facts"])}}
        for value in blocks_of(doc, "myth")
    ]  # fmt: skip
    if questions:
        graph.append({"@type": "FAQPage", "@id": f"{canonical}#myths", "mainEntity": questions})
    clinics = [clinic(location, absolute) for value in blocks_of(doc, "locations") for location in value["locations"]]
    graph.extend(clinics)
    return {"@context": "https://schema.org", "@graph": graph}


def json_ld(data: dict) -> str:
    """The JSON for a <script type="application/ld+json">: `<`, `>` and `&` escaped so nothing ends the script."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
