"""CMS_MEDIA_S3_* -> the storage and MEDIA_URL: every media URL starts with MEDIA_URL, which the pages' policy
allows."""

from django.core.files.storage import storages

from cms.settings.media_storage import media_storage_from_environment


def test_without_a_bucket_media_stay_local_files():
    assert media_storage_from_environment({}) is None
    assert media_storage_from_environment({"CMS_MEDIA_S3_BUCKET": " "}) is None


def test_on_aws_urls_are_the_buckets_virtual_host_and_plain():
    config = media_storage_from_environment({"CMS_MEDIA_S3_BUCKET": "clinic-media", "CMS_MEDIA_S3_REGION": "eu-west-1"})
    options = config["storage"]["OPTIONS"]
    assert config["media_url"] == "https://clinic-media.s3.eu-west-1.amazonaws.com/media/"
    assert (options["querystring_auth"], options["file_overwrite"], options["endpoint_url"]) == (False, False, None)
    assert options["addressing_style"] == "virtual"
    storage = storages.create_storage(config["storage"])
    assert storage.url("images/a b.width-400.png") == config["media_url"] + "images/a%20b.width-400.png"


def test_a_cdn_and_a_prefix_make_the_public_address():
    for domain in ("media.clinic.example", "https://media.clinic.example/"):
        config = media_storage_from_environment(
            {"CMS_MEDIA_S3_BUCKET": "b", "CMS_MEDIA_S3_CUSTOM_DOMAIN": domain, "CMS_MEDIA_S3_PREFIX": "/site-a/"}
        )
        assert config["media_url"] == "https://media.clinic.example/site-a/"
        assert storages.create_storage(config["storage"]).url("images/x.png") == config["media_url"] + "images/x.png"


def test_an_endpoint_is_called_path_style_and_serves_its_own_urls():
    config = media_storage_from_environment(
        {"CMS_MEDIA_S3_BUCKET": "cms", "CMS_MEDIA_S3_ENDPOINT_URL": "http://127.0.0.1:9000/", "CMS_MEDIA_S3_PREFIX": ""}
    )
    assert config["media_url"] == "http://127.0.0.1:9000/cms/"
    assert config["storage"]["OPTIONS"]["addressing_style"] == "path"
