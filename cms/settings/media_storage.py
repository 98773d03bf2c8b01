"""Where uploaded media live: local files in MEDIA_ROOT (the default), or an S3-compatible bucket shared by every
app server when CMS_MEDIA_S3_BUCKET is set (django-storages; AWS S3, MinIO, Cloudflare R2, moto in the tests).

  CMS_MEDIA_S3_BUCKET             the bucket; setting it turns object storage on
  CMS_MEDIA_S3_ENDPOINT_URL       the S3 API of another provider, e.g. http://127.0.0.1:9000 (MinIO); default AWS
  CMS_MEDIA_S3_REGION             default us-east-1
  CMS_MEDIA_S3_ACCESS_KEY_ID, CMS_MEDIA_S3_SECRET_ACCESS_KEY
                                  default: boto3's own chain (AWS_* variables, an instance or task role)
  CMS_MEDIA_S3_PREFIX             the folder of the bucket media go in, default "media" ("" for the bucket's root)
  CMS_MEDIA_S3_CUSTOM_DOMAIN      where readers fetch media, e.g. https://media.clinic.example (a CDN); default
                                  the bucket's own address (path-style on an endpoint, virtual-hosted on AWS)
  CMS_MEDIA_S3_ADDRESSING_STYLE   "path" or "virtual", how the app calls the S3 API; default path on an endpoint
  CMS_MEDIA_S3_CACHE_CONTROL      stored with every new object, default "public, max-age=86400"

URLs are plain (no signature in the query string): images and renditions are public, and a URL that expires
would break cached pages and API responses. Documents are never handed out by their bucket URL: Wagtail's view
streams them after checking their collection's view restrictions (WAGTAILDOCS_SERVE_METHOD below).
"""

from urllib.parse import urlsplit


def media_storage_from_environment(environ) -> dict | None:
    """{"storage": STORAGES["default"], "media_url": MEDIA_URL} for the bucket CMS_MEDIA_S3_* name, else None.

    Example: CMS_MEDIA_S3_BUCKET=cms CMS_MEDIA_S3_ENDPOINT_URL=http://127.0.0.1:9000 ->
    media_url "http://127.0.0.1:9000/cms/media/".
    """
    value = lambda name, default="": (environ.get(f"CMS_MEDIA_S3_{name}") or default).strip()  # noqa: E731
    bucket = value("BUCKET")
    if not bucket:
        return None
    endpoint = value("ENDPOINT_URL").rstrip("/")
    region = value("REGION", "us-east-1")
    prefix = environ.get("CMS_MEDIA_S3_PREFIX", "media").strip().strip("/")  # Set but empty: the bucket's root.
    # The public address always comes from custom_domain, so a URL is made by joining strings: no request
    # to S3 and no signing per image, and MEDIA_URL (which the pages' Content-Security-Policy allows) is
    # exactly the start of every media URL.
    public = value("CUSTOM_DOMAIN") or (
        f"{endpoint}/{bucket}" if endpoint else f"https://{bucket}.s3.{region}.amazonaws.com"
    )
    if "://" not in public:
        public = f"https://{public}"
    parts = urlsplit(public.rstrip("/"))
    custom_domain = parts.netloc + parts.path
    options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint or None,
        "region_name": region,
        "access_key": value("ACCESS_KEY_ID") or None,
        "secret_key": value("SECRET_ACCESS_KEY") or None,
        "location": prefix,
        "custom_domain": custom_domain,
        "url_protocol": f"{parts.scheme}:",
        "querystring_auth": False,
        # Never replace a stored file: Wagtail names a second upload of photo.jpg photo_<random>.jpg, as on disk.
        "file_overwrite": False,
        # The bucket's policy says who reads what (docs/SECURITY.md), not a per-object ACL.
        "default_acl": None,
        "addressing_style": value("ADDRESSING_STYLE", "path" if endpoint else "virtual"),
        "object_parameters": {"CacheControl": value("CACHE_CONTROL", "public, max-age=86400")},
    }
    media_url = f"{parts.scheme}://{custom_domain}/" + (f"{prefix}/" if prefix else "")
    return {"storage": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}, "media_url": media_url}
