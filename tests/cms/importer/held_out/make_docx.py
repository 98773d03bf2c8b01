"""Writes back-pain-physical-therapy.docx, held-out set 5's Word article, the way fixtures/make_docx.py writes
the Word fixture (the standard library only, Word's built-in heading styles, fixed timestamps), with myths typed
as a numbered list by hand ("1. “…”") and the clinic's address in a sentence, as people write them in Word.

Run once from the repository's root: python tests/cms/importer/held_out/make_docx.py. The output is committed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "fixtures"))
import make_docx as fixture  # noqa: E402

OUTPUT = Path(__file__).with_name("back-pain-physical-therapy.docx")
PARAGRAPHS = [
    ("Heading1", "Physical Therapy for Low Back Pain: Straight Answers"),
    ("Normal", "Low back pain is the most common reason adults come to see our physical therapists. Most episodes "
               "improve within six weeks, and the right exercises make another one less likely."),
    ("Heading2", "Things patients believe that aren't true"),
    ("Normal", "1. “Bed rest is the best cure.” Gentle movement speeds recovery; more than two days in bed slows "
               "it down."),
    ("Normal", "2. “An MRI will show what is wrong.” Most back pain has no single cause a scan can see, and MRIs "
               "often find changes in people with no pain at all."),
    ("Normal", "3. “Physical therapy is just exercise I could do at home.” Your therapist adds hands-on treatment "
               "and adjusts the plan as you improve."),
    ("Heading2", "How physical therapy helps"),
    ("Normal", "Clinical trials show that exercise therapy reduces pain and improves function in chronic low back "
               "pain. Patients who stay active also return to work sooner. Newer studies suggest that pain "
               "education may lower the chance of a flare-up."),
    ("Heading2", "What to expect after a session"),
    ("Normal", "Muscle soreness the day after exercise affects most patients and fades within 48 hours. Some people "
               "feel a short-lived increase in pain when they first start. Serious problems are very unlikely with "
               "supervised exercise."),
    ("Heading2", "Where to find us"),
    ("Normal", "Evergreen Spine & Sport PT, 2950 Pearl St, Unit B, Boulder, CO 80301. Call 720-555-0188."),
    ("Normal", "Most insurance plans in Colorado cover physical therapy without a referral. Call us to schedule "
               "your first evaluation."),
    ("Normal", "This article is general education, not a diagnosis. See a clinician if you have numbness, weakness "
               "or loss of bladder control."),
]  # fmt: skip


if __name__ == "__main__":
    fixture.write_docx(OUTPUT, PARAGRAPHS, fixture.STYLES)
