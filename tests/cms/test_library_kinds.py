"""Each kind of library item is declared once, and everything that lists kinds takes them from there."""

from django.core import checks

from cms import library_kinds
from cms.blocks.benefit import BenefitSerializer
from cms.blocks.myth import MythSerializer
from cms.library_kinds import every_library_model_is_a_kind, kind_of
from cms.models import Benefit, Location, Myth, Risk


def test_the_kinds_in_the_order_their_models_are_declared():
    assert [(kind.model, kind.slug, kind.block, kind.reviewed) for kind in library_kinds.library_kinds()] == [
        (Myth, "myths", "myth", True),
        (Benefit, "benefits", "benefits", True),
        (Risk, "risks", "risks", True),
        (Location, "locations", "locations", False),
    ]


def test_a_kind_knows_its_placing_block_and_the_serializer_that_block_uses():
    assert kind_of(Myth).chooser_name == "myth" and kind_of(Myth).serializer_class is MythSerializer
    assert kind_of(Benefit).chooser_name == "benefits" and kind_of(Benefit).serializer_class is BenefitSerializer


def test_placing_an_item_alone_gives_the_block_value_with_no_heading():
    myth, benefit = Myth(myth="m"), Benefit(title="b")
    assert kind_of(Myth).place(myth) == {"myth": myth}
    assert kind_of(Benefit).place(benefit) == {"heading": "", "intro": "", "benefits": [benefit]}


def test_every_library_model_is_registered_and_the_check_says_which_is_not(monkeypatch):
    assert every_library_model_is_a_kind() == []
    monkeypatch.delitem(library_kinds._kinds, Risk)
    errors = every_library_model_is_a_kind()
    assert [(error.id, error.obj) for error in errors] == [("cms.E001", Risk)]
    assert "Risk is a LibraryItem but not a registered kind" in errors[0].msg
    assert errors[0] in checks.run_checks()
