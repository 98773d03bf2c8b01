"""The message an editor reads after "Create draft article": what was written, what waits for them."""

from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def created_message(created, review) -> str:
    parts = [_("“%(title)s” was created as a draft page; nothing is published.") % {"title": created.page.title}]
    placed, new = len(created.placed), len(created.new_items)
    parts.append(ngettext("%(count)d library item placed.", "%(count)d library items placed.", placed)
                 % {"count": placed})  # fmt: skip
    if new:
        parts.append(ngettext("%(count)d new draft library item", "%(count)d new draft library items", new)
                     % {"count": new} + ": " + _("%(count)d submitted for medical review")
                     % {"count": len(review.submitted)} + ".")  # fmt: skip
    if review.incomplete:
        waiting = "; ".join(f"{item._meta.verbose_name} “{item}” ({', '.join(fields)})"
                            for item, fields in review.incomplete)  # fmt: skip
        parts.append(_("Fill in these fields, then submit for review: %(items)s.") % {"items": waiting})
    if review.no_workflow:
        parts.append(_("%(items)s need no medical review: they stay drafts for you to publish.") % {
            "items": ", ".join(f"“{item}”" for item in review.no_workflow)})  # fmt: skip
    if created.rejected:
        rejected = "; ".join(f"“{Truncator(source).chars(80)}”" for _kind, source in created.rejected)
        parts.append(ngettext("%(count)d rejected item was not created and its text is not in the article: %(items)s.",
                              "%(count)d rejected items were not created and their text is not in the article: "
                              "%(items)s.", len(created.rejected)) % {"count": len(created.rejected),
                                                                       "items": rejected})  # fmt: skip
    if created.brochure is not None:
        parts.append(_("Draft brochure “%(title)s” created with the same text.") % {"title": created.brochure.title})
    return " ".join(parts)
