"""Media on object storage, against moto's standalone S3 server (`moto_server`, from requirements-dev.txt).

One server for the session, on a free port of tests/local_ports.py's MOTO_S3 on 127.0.0.1; one new bucket per
test, made the default storage through the same settings code production runs (cms/settings/media_storage.py).
"""

import json
import shutil
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import boto3
import pytest

from cms.settings.media_storage import media_storage_from_environment
from tests.local_ports import MOTO_S3, free_port

KEYS = {"CMS_MEDIA_S3_ACCESS_KEY_ID": "testing", "CMS_MEDIA_S3_SECRET_ACCESS_KEY": "testing"}


def moto_server_command() -> str:
    found = shutil.which("moto_server") or Path(sys.executable).with_name("moto_server")
    if not Path(found).is_file():
        pytest.fail("moto_server is missing: `make test` installs it (moto[server] in requirements-dev.txt).")
    return str(found)


@pytest.fixture(scope="session")
def s3_endpoint(tmp_path_factory):
    """ "http://127.0.0.1:<port>": moto's S3 API, running until the session ends."""
    port = free_port(MOTO_S3)
    log = tmp_path_factory.mktemp("moto") / "moto_server.log"  # A file: a full pipe would stall the server.
    with log.open("wb") as output:
        server = subprocess.Popen(
            [moto_server_command(), "-H", "127.0.0.1", "-p", str(port)], stdout=output, stderr=subprocess.STDOUT
        )
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=1).close()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"moto_server did not start: {log.read_text()[-2000:]}")
            time.sleep(0.1)
    yield endpoint
    server.terminate()
    server.wait(timeout=10)


def public_read_policy(bucket: str, prefix: str = "media") -> dict:
    """The bucket policy docs/SECURITY.md recommends: anyone may read images and renditions, nothing else."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicImages",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": [
                    f"arn:aws:s3:::{bucket}/{prefix}/original_images/*",
                    f"arn:aws:s3:::{bucket}/{prefix}/images/*",
                ],
            }
        ],
    }


class Bucket:
    def __init__(self, name: str, endpoint: str, media_url: str):
        self.name, self.media_url = name, media_url
        self.client = boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )

    def object_keys(self) -> list[str]:
        listed = self.client.list_objects_v2(Bucket=self.name)
        return sorted(entry["Key"] for entry in listed.get("Contents", []))

    def read(self, key: str) -> bytes:
        return self.client.get_object(Bucket=self.name, Key=key)["Body"].read()


@pytest.fixture
def s3_media(s3_endpoint, settings, tmp_path):
    """Media in a new bucket for this test, as CMS_MEDIA_S3_* would configure them; MEDIA_ROOT is a folder that
    must stay empty (nothing may be written to or read from local files)."""
    name = f"media-{uuid.uuid4().hex[:12]}"
    config = media_storage_from_environment(
        {"CMS_MEDIA_S3_BUCKET": name, "CMS_MEDIA_S3_ENDPOINT_URL": s3_endpoint, **KEYS}
    )
    bucket = Bucket(name, s3_endpoint, config["media_url"])
    bucket.client.create_bucket(Bucket=name)
    bucket.client.put_bucket_policy(Bucket=name, Policy=json.dumps(public_read_policy(name)))
    settings.STORAGES = {**settings.STORAGES, "default": config["storage"]}
    settings.MEDIA_URL = config["media_url"]
    settings.MEDIA_ROOT = tmp_path / "local-media"
    yield bucket
    assert not settings.MEDIA_ROOT.exists() or not any(settings.MEDIA_ROOT.rglob("*")), "media written locally"
