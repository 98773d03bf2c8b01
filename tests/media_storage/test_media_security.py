"""With media in a bucket: the brochure's fetcher still reads only images, through the storage, and never
follows a URL; documents stay behind Wagtail's view; a lost original leaves the image out, not a 500."""

from urllib.error import HTTPError
from urllib.request import urlopen

from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

import pytest

from cms.demo import generate
from exporters.brochure.fetcher import BASE_URL, RefusedURL, SafeURLFetcher
from exporters.renditions import renditions_of


@pytest.fixture
def rendition(s3_media, db):
    (image,) = generate.make_images(1, prefix="fetched")
    return renditions_of(image, ["width-400"])["width-400"]


def test_the_fetcher_reads_an_image_from_the_bucket_by_its_url(s3_media, rendition):
    response = SafeURLFetcher().fetch(s3_media.media_url + rendition.file.name)
    assert response.read() == s3_media.read(f"media/{rendition.file.name}")


REFUSED = [
    "{media}documents/payroll.pdf",  # Documents are private until Wagtail's view says otherwise.
    "{media}images/../documents/payroll.pdf",
    "{media}images/%2e%2e/documents/payroll.pdf",
    "{media}images%2F..%2Fdocuments/payroll.pdf",
    "{media}images/missing.png",
    "{media}images/{name}?versionId=1",
    "{media}images/{name}#x",
    "{media}images//{name}",
    "{endpoint}/another-bucket/media/images/{name}",  # The same S3 host, not our bucket's media.
    "{endpoint}/moto-api/",
    "http://169.254.169.254/latest/meta-data/",
    f"{BASE_URL}media/documents/payroll.pdf",
]


def test_everything_but_images_in_the_bucket_is_refused(s3_media, rendition):
    endpoint = s3_media.media_url.split(f"/{s3_media.name}/")[0]
    name = rendition.file.name.removeprefix("images/")
    fetched = []
    for url in REFUSED:
        try:
            SafeURLFetcher().fetch(url.format(media=s3_media.media_url, endpoint=endpoint, name=name))
            fetched.append(url)
        except RefusedURL:
            pass
    assert fetched == []


def test_documents_are_not_public_in_the_bucket_and_go_through_wagtails_view(s3_media, db):
    leaflet = Document.objects.create(title="Leaflet", file=ContentFile(b"%PDF-1.4 leaflet", "leaflet.pdf"))
    private = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    salaries = Document.objects.create(title="Salaries", collection=private, file=ContentFile(b"secret", "pay.pdf"))
    for document in (leaflet, salaries):
        with pytest.raises(HTTPError) as refused:
            urlopen(s3_media.media_url + document.file.name)
        assert refused.value.code == 403

    served = Client().get(leaflet.url)
    assert served.status_code == 200  # Streamed by the app, not a redirect to the bucket.
    assert b"".join(served.streaming_content) == b"%PDF-1.4 leaflet"
    assert Client().get(salaries.url).status_code == 302  # To the login page.


def test_an_image_whose_original_is_gone_from_the_bucket_is_left_out(s3_media, demo, locales):
    (image,) = generate.make_images(1, prefix="lost")
    s3_media.client.delete_object(Bucket=s3_media.name, Key=f"media/{image.file.name}")
    body = [{"type": "image", "value": {"image": image.pk, "alt_text": "Lost", "caption": ""}}]
    page = generate.make_article(generate.home_for(locales["en"]), "lost-photo", body)
    response = Client().get(page.url)
    assert response.status_code == 200
    assert b'alt="Lost"' not in response.content
