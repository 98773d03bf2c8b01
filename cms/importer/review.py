"""New library items into medical review: each complete one goes to the reviewers' queue, by the importer.

An imported item is a health claim no one has checked, so it goes where every claim goes (cms/review/): the
"Medical review" workflow, started as if the importing editor had pressed "Submit to Medical review". An item
missing a field the text did not give (a risk's mitigation) stays a draft: a reviewer cannot approve it, so the
editor completes it and submits it. Items of a kind no workflow covers stay drafts too.
"""

from dataclasses import dataclass, field


@dataclass
class Submitted:
    submitted: list = field(default_factory=list)
    incomplete: list = field(default_factory=list)  # (item, [verbose names of the empty required fields])
    no_workflow: list = field(default_factory=list)


def missing_fields(item) -> list[str]:
    return [
        str(f.verbose_name)
        for f in item._meta.fields
        if not f.blank and f.editable and not f.auto_created and getattr(item, f.attname) in ("", None)
    ]


def submit_for_review(items: list, user) -> Submitted:
    result = Submitted()
    for item in items:
        workflow = item.get_workflow()
        if workflow is None:
            result.no_workflow.append(item)
        elif missing := missing_fields(item):
            result.incomplete.append((item, missing))
        else:
            workflow.start(item, user)
            result.submitted.append(item)
    return result
