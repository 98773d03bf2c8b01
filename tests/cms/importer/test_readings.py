"""Ways of writing that set 4 showed, read in other words than set 4's: front matter, a bold myth line with its
answer below it, an accordion's unlabelled answer, an address a line per paragraph, sections whose heading
does not name what they hold."""

from cms.importer.pipeline import import_text

from .expected import shape


def test_front_matter_gives_the_title_and_is_no_article_text():
    article = import_text('---\ntitle: "Dermal Fillers, Explained"\nauthor: Dr. Rao\n---\n\nFillers restore volume.\n',
                          "markdown")  # fmt: skip
    assert article.title == "Dermal Fillers, Explained"
    assert "Dr. Rao" not in article.intro and "author" not in article.intro


def test_front_matter_is_text_not_yaml():
    """A YAML tag in the front matter is not constructed (no YAML parser reads it): the title is its text."""
    article = import_text("---\ntitle: !!python/object/apply:os.system ['id']\n---\n\nText.\n", "markdown")
    assert article.title == "!!python/object/apply:os.system ['id']"


def test_a_horizontal_rule_at_the_top_is_no_front_matter():
    article = import_text("---\n\nFillers restore volume.\n", "markdown")
    assert "Fillers restore volume." in article.intro


def test_a_bold_myth_line_with_its_answer_on_the_next_line():
    article = import_text("# Fillers\n\nIntro.\n\n## Myths\n\n**Myth 2: Fillers look fake.**\nSkilled injectors "
                          "use small amounts.\n", "markdown")  # fmt: skip
    [myth] = [block.value["myth"] for block in article.body if block.type == "myth"]
    assert myth.myth == "Fillers look fake"
    assert myth.facts == "<p>Skilled injectors use small amounts.</p>"


def test_an_accordion_myth_takes_the_paragraph_after_it_as_its_answer():
    page = ("<h1>Fillers</h1><p>Intro.</p><h2>Myths</h2><details><summary>Myth: Results last forever</summary>"
            "<p>Most fillers last six to eighteen months.</p></details>")  # fmt: skip
    article = import_text(page, "html")
    [myth] = [block.value["myth"] for block in article.body if block.type == "myth"]
    assert (myth.myth, myth.facts) == ("Results last forever", "<p>Most fillers last six to eighteen months.</p>")


def test_an_address_typed_a_line_per_paragraph_under_any_heading():
    text = ("Back Pain Relief\n\nPhysical therapy helps.\n\nCome and see us\n\nCore Physio\n\n410 Elm St, Suite 3\n\n"
            "Austin, TX 78701\n\n(512) 555-0101\n")  # fmt: skip
    body = shape(import_text(text))
    assert ("locations", [("Core Physio", "410 Elm St", "Suite 3", "Austin", "TX", "78701", "(512) 555-0101")]) \
        in body  # fmt: skip
    assert ("heading", "h2", "Come and see us") not in body


def test_a_benefits_section_whose_heading_does_not_say_benefits():
    text = "# Allergy shots\n\nIntro.\n\n## Why our patients choose allergy shots\n\n- Fewer symptoms: less sneezing.\n"
    assert ("benefits", [("Fewer symptoms", "demonstrated")]) in shape(import_text(text, "markdown"))
