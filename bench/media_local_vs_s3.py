"""Media on local files vs in an S3 bucket (moto's standalone server on 127.0.0.1), the same work, in one run.

Each storage gets a fresh database and runs: upload photos, build their web renditions, serve every article
once (cold page cache, renditions already built), a full `export pages` (images copied out of the storage),
an incremental one with nothing changed, and one brochure PDF with a cover photo. moto answers on loopback,
so the S3 column is the cost of the protocol and of boto3, not of a network; a real bucket adds its round
trips. Run:

    .venv/bin/python bench/media_local_vs_s3.py [--pages 100] [--photos 10]
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PORTS = range(8300, 8400)


def leg(pages: int, photos: int) -> dict:
    """One storage's timings, in this process (the environment says which storage)."""
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import io

    import django

    django.setup()
    from django.core.files.images import ImageFile
    from django.core.management import call_command
    from django.test import Client, RequestFactory

    from wagtail.images import get_image_model
    from wagtail.models import Locale

    from PIL import Image as PillowImage

    from cms.demo import generate
    from cms.demo.loader import DemoLoader
    from cms.models import Brochure
    from exporters.brochure.options import PrintOptions
    from exporters.brochure.printable import printable_brochure
    from exporters.brochure.service import pdfs_for
    from exporters.context import IMAGE_WIDTHS
    from exporters.renditions import renditions_of, width_specs

    call_command("migrate", verbosity=0)
    DemoLoader().load()
    timings = {}

    def timed(name, function):
        started = time.perf_counter()
        result = function()
        timings[name] = time.perf_counter() - started
        return result

    def upload():
        images = []
        for n in range(photos):
            buffer = io.BytesIO()
            PillowImage.new("RGB", (1600, 1200), (20 * n % 255, 120, 160)).save(buffer, "JPEG")
            image = get_image_model()(title=f"photo {n}")
            image.file = ImageFile(buffer, name=f"photo-{n}.jpg")
            image.save()
            images.append(image)
        return images

    images = timed(f"upload {photos} photos (1600x1200 JPEG)", upload)
    timed(
        f"build their {len(IMAGE_WIDTHS)} web renditions each",
        lambda: [renditions_of(image, width_specs(IMAGE_WIDTHS)) for image in images],
    )
    home = generate.home_for(Locale.objects.get(language_code="en"))
    articles = []
    for n in range(pages):
        image = images[n % photos]
        body = [{"type": "image", "value": {"image": image.pk, "alt_text": "A photo", "caption": ""}}]
        articles.append(generate.make_article(home, f"photo-{n}", body))
    client = Client()

    def serve():
        for article in articles:
            assert client.get(article.url).status_code == 200

    timed(f"serve {pages} articles once (cold cache)", serve)
    out = Path(tempfile.mkdtemp(prefix="cms-bench-media-")) / "site"
    export = lambda: call_command("export", "pages", "--out", str(out), "--quiet")  # noqa: E731
    timed("export pages, full", export)
    timed("export pages, incremental, nothing changed", export)
    brochure = Brochure.objects.get(locale__language_code="en")
    brochure.cover_image = images[0]
    brochure.save_revision().publish()
    options = PrintOptions()

    def pdf():
        printable = printable_brochure(brochure, RequestFactory().get("/"), options)
        (result,) = pdfs_for([("bench", printable)], options)
        assert result.error is None, result.error

    timed("one brochure PDF with a cover photo (uncached)", pdf)
    return timings


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise SystemExit("no free port in 8300-8399")


def run_leg(environment: dict, pages: int, photos: int) -> dict:
    env = {**os.environ, **environment, "CMS_VAR_DIR": tempfile.mkdtemp(prefix="cms-bench-")}
    env.pop("DATABASE_URL", None)  # A fresh SQLite file each: the two legs do the same work from zero.
    command = [sys.executable, __file__, "--leg", "--pages", str(pages), "--photos", str(photos)]
    finished = subprocess.run(command, env=env, capture_output=True, text=True)
    if finished.returncode:
        raise SystemExit(f"the leg failed:\n{finished.stderr[-3000:]}")
    return json.loads(finished.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--photos", type=int, default=10)
    parser.add_argument("--leg", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.leg:
        print(json.dumps(leg(arguments.pages, arguments.photos)))
        return

    import boto3

    port = free_port()
    moto = subprocess.Popen(
        [str(Path(sys.executable).with_name("moto_server")), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        keys = {"CMS_MEDIA_S3_ACCESS_KEY_ID": "bench", "CMS_MEDIA_S3_SECRET_ACCESS_KEY": "bench"}
        boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id="bench",
            aws_secret_access_key="bench",
        ).create_bucket(Bucket="bench")
        local = run_leg({}, arguments.pages, arguments.photos)
        s3 = run_leg(
            {"CMS_MEDIA_S3_BUCKET": "bench", "CMS_MEDIA_S3_ENDPOINT_URL": endpoint, **keys},
            arguments.pages,
            arguments.photos,
        )
    finally:
        moto.terminate()
        moto.wait(timeout=10)
    print(f"{arguments.pages} articles with a photo each, {arguments.photos} photos, SQLite\n")
    print("| work | local files (s) | S3 on moto (s) | S3 / local |")
    print("| --- | --- | --- | --- |")
    for name, seconds in local.items():
        print(f"| {name} | {seconds:.2f} | {s3[name]:.2f} | {s3[name] / seconds:.2f}x |")


if __name__ == "__main__":
    main()
