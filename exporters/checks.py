"""`manage.py check` (and every server start): each block type the CMS offers reaches every channel.

A block type needs a serializer (its data in the Document, which every channel reads) and, in each channel
that renders blocks with templates, its template. A missing one is an error here, before any reader asks
for a page that places the block. And the public address the channels link to is one readers can open.
"""

from django.conf import settings
from django.core import checks
from django.template import TemplateDoesNotExist
from django.template.loader import get_template

from cms.blocks.streams import rendered_block_types
from cms.channels import channels

from .public_address import SETTING, BadBaseURL, configured_base_url, why_not_public


@checks.register()
def every_block_type_reaches_every_channel(app_configs=None, **kwargs):
    errors = []
    for block_type, block_class in rendered_block_types().items():
        if getattr(block_class, "serializer_class", None) is None:
            errors.append(
                checks.Error(
                    f"The block type “{block_type}” ({block_class.__name__}) has no serializer_class.",
                    hint="Give it a BlockValueSerializer (cms/blocks/serializers.py): the Document is made from it.",
                    id="exporters.E002",
                )
            )
        for channel in channels():
            if not channel.block_templates:
                continue
            name = channel.block_templates.format(type=block_type)
            try:
                get_template(name)
            except TemplateDoesNotExist:
                errors.append(
                    checks.Error(
                        f"The {channel.name} channel has no template for the block type “{block_type}”.",
                        hint=f"Add {name} to the channel's templates.",
                        id="exporters.E003",
                    )
                )
    return errors


@checks.register()
def public_address_is_usable(app_configs=None, **kwargs):
    """CMS_PUBLIC_BASE_URL (exporters/public_address.py): refuse to start with one no PDF could be made with,
    rather than fail each PDF a reader or an export asks for."""
    try:
        base_url = configured_base_url()
    except BadBaseURL as error:
        return [
            checks.Error(str(error), hint="e.g. CMS_PUBLIC_BASE_URL=https://www.clinic.example", id="exporters.E011")
        ]
    reason = why_not_public(base_url) if base_url else None
    if reason is not None and settings.CMS_PRINT_REQUIRES_PUBLIC_ADDRESS:
        return [
            checks.Error(
                f"{SETTING} is {base_url}, {reason}: readers could not open the QR codes and links of the PDFs.",
                hint=f"Set {SETTING} to the site's public address, or CMS_PRINT_REQUIRES_PUBLIC_ADDRESS=0 on a "
                "staging server no printed brochure comes from.",
                id="exporters.E012",
            )
        ]
    return []
