"""The expected structure of every article the importer is measured on: the seed and each fixture.

One source of truth, read by the tests (test_fixtures.py) and by the benchmark (bench/import_accuracy.py). The
body is written as `shape()` gives it: what a person checks of each block, in order. Each was written from the
article's text, by reading it as an editor would, not from the importer's output: a risk's frequency is the one
the text says (None when it says none), a location's fields are the address as the clinic would enter it.

The seed's benefits are titled by their first sentence, which the editor shortens (cms/demo/content.en.json has
the editor's titles; test_seed_article.py checks the descriptions against it).
"""

from pathlib import Path

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
SEED = HERE.parents[2] / "cms" / "demo" / "seed_article.en.txt"


def path_of(name: str) -> Path:
    return SEED if name == SEED.name else FIXTURES / name


def shape(article) -> list[tuple]:
    """The body as (type, what it holds) a person would check, in order."""
    out = []
    for block in article.body:
        value = block.value
        if block.type == "heading":
            out.append(("heading", value["level"], value["text"]))
        elif block.type == "myth":
            out.append(("myth", value["myth"].myth))
        elif block.type == "benefits":
            out.append(("benefits", [(item.title, item.evidence_level) for item in value["benefits"]]))
        elif block.type == "risks":
            out.append(("risks", [(item.name, item.frequency) for item in value["risks"]]))
        elif block.type == "locations":
            out.append(("locations", [(place.name, place.street, place.unit, place.city, place.state,
                                       place.postal_code, place.phone) for place in value["locations"]]))  # fmt: skip
        elif block.type in ("call_to_action", "disclaimer"):
            out.append((block.type, value["text"]))
        else:
            out.append((block.type,))
    return out


# fmt: off
EXPECTED = {
    "seed_article.en.txt": {
        "title": 'Common Myths about Ketamine Infusion Therapy', "locale": 'en', "format": 'text',
        "ignored": ['Share Now:'],
        "body": [
            ('heading', 'h2', 'Understanding Ketamine Infusion Therapy'),
            ('heading', 'h3', 'What is Ketamine Infusion Therapy?'),
            ('paragraph',),
            ('heading', 'h3', 'The Medical Uses of Ketamine'),
            ('paragraph',),
            ('heading', 'h3', 'Administering Ketamine Infusion Therapy'),
            ('paragraph',),
            ('heading', 'h2', 'Debunking Myths about Ketamine Infusion Therapy'),
            ('myth', 'Ketamine is Only a Recreational Drug'),
            ('myth', 'Ketamine Infusion Therapy is Unsafe'),
            ('myth', 'Ketamine Infusion Therapy is Addictive'),
            ('heading', 'h2', 'The Science Behind Ketamine Infusion Therapy'),
            ('heading', 'h3', 'How Ketamine Infusion Therapy Works'),
            ('paragraph',),
            ('heading', 'h3', 'The Role of Ketamine in Pain Management'),
            ('paragraph',),
            ('heading', 'h2', 'The Benefits and Risks of Ketamine Infusion Therapy'),
            ('benefits',
             [('It has shown rapid and significant improvement in depression symptoms', 'demonstrated'),
              ('It may alleviate anxiety and decrease the intensity of PTSD symptoms', 'demonstrated'),
              ('Ketamine infusion therapy has the potential to offer long-term relief for chronic pain sufferers',
               'demonstrated'),
              ('The versatility of ketamine infusion therapy extends beyond its traditional uses', 'emerging')]),
            ('risks',
             [('Transient dissociative effects', 'common'),
              ('Dizziness', 'common'),
              ('Nausea', 'common'),
              ('Changes in blood pressure or heart rate', 'common'),
              ('Hallucinations', 'rare'),
              ('Elevated intracranial pressure', 'rare')]),
            ('paragraph',),
            ('heading', 'h2', 'The Future of Ketamine Infusion Therapy'),
            ('heading', 'h3', 'Ongoing Research and Developments'),
            ('paragraph',),
            ('heading', 'h3', 'The Potential of Ketamine in Mental Health Treatment'),
            ('paragraph',),
            ('heading', 'h2', 'In Conclusion'),
            ('paragraph',),
            ('call_to_action',
             'To learn if ketamine infusion therapy is right for you, contact the Ketwell Alaska today to schedule '
             'a consultation.'),
            ('locations',
             [('Anchorage, AK', '3210 Denali St', 'Unit 4', 'Anchorage', 'AK', '99503', ''),
              ('Fairbanks, AK', '1929 Airport Way', 'Suite B', 'Fairbanks', 'AK', '99701', '')]),
        ],
    },
    "tms-myths.md": {
        "title": '5 Myths About TMS Therapy, Debunked', "locale": 'en', "format": 'markdown',
        "ignored": ['Posted by Bright Path TMS | Seattle, WA'],
        "body": [
            ('heading', 'h2', 'Myths and facts about TMS'),
            ('myth', 'TMS is the same as electroconvulsive therapy (ECT)'),
            ('myth', 'TMS hurts'),
            ('myth', 'TMS only works for a few weeks'),
            ('benefits',
             [('No downtime', 'demonstrated'),
              ('No systemic side effects', 'demonstrated'),
              ('Lasting relief', 'demonstrated')]),
            ('risks',
             [('Headache', 'common'),
              ('Scalp discomfort at the treatment site', 'common'),
              ('Lightheadedness', 'common'),
              ('Seizures', 'rare')]),
            ('locations',
             [('Bright Path TMS', '1200 Fifth Ave', 'Suite 300', 'Seattle', 'WA', '98101', '(206) 555-0142')]),
            ('paragraph',),
            ('call_to_action', 'Call us today to book a free consultation.'),
            ('disclaimer', 'This article is for informational purposes only and is not medical advice.'),
        ],
    },
    "iv-hydration.html": {
        "title": 'The Truth About IV Hydration Therapy', "locale": 'en', "format": 'html',
        "ignored": [],
        "body": [
            ('heading', 'h2', 'Common myths about IV therapy'),
            ('myth', 'IV therapy is only for hangovers'),
            ('myth', 'Drinking water works just as well'),
            ('benefits',
             [('Fast rehydration', 'demonstrated'),
              ('Relief from nausea', 'demonstrated'),
              ('Recovery after exercise', 'emerging')]),
            ('risks',
             [('Bruising at the needle site', 'common'),
              ('Infection', 'rare'),
              ('Vein inflammation (phlebitis)', 'rare'),
              ('Headache', 'uncommon'),
              ('Chills', 'uncommon')]),
            ('locations',
             [('Phoenix', '4500 N 16th St', 'Ste 120', 'Phoenix', 'AZ', '85016', '(602) 555-0188'),
              ('Scottsdale', '7014 E Camelback Rd', '', 'Scottsdale', 'AZ', '85251', '(480) 555-0123')]),
            ('call_to_action', 'Book your appointment online or call us today to schedule your first visit.'),
        ],
    },
    "ketamina-mitos.es.txt": {
        "title": 'Mitos sobre la terapia de infusión de ketamina', "locale": 'es', "format": 'text',
        "ignored": [],
        "body": [
            ('heading', 'h2', 'Mitos frecuentes'),
            ('myth', 'La ketamina es solo una droga recreativa'),
            ('myth', 'La terapia de ketamina crea adicción'),
            ('benefits',
             [('Puede mejorar los síntomas de la depresión en pocas horas o días', 'demonstrated'),
              ('Puede aliviar la ansiedad', 'demonstrated')]),
            ('risks',
             [('Mareos', 'common'),
              ('Náuseas', 'common'),
              ('Cambios en la presión arterial', 'common'),
              ('Alucinaciones', 'rare')]),
            ('locations', [('Miami, FL', '2500 Biscayne Blvd', 'Suite 210', 'Miami', 'FL', '33137', '')]),
            ('call_to_action',
             'Para saber si la terapia es adecuada para usted, llámenos hoy para programar una consulta.'),
            ('disclaimer', 'Este artículo tiene fines informativos y no sustituye el consejo médico profesional.'),
        ],
    },
    "botox-migraine.docx": {
        "title": 'Botox for Chronic Migraine: Separating Myth from Fact', "locale": 'en', "format": 'docx',
        "ignored": [],
        "body": [
            ('myth', 'Botox is only a cosmetic treatment'),
            ('myth', 'The injections are very painful'),
            ('risks', [('Neck pain', 'common'), ('Headache', 'common'), ('Drooping eyelids', 'uncommon')]),
            ('locations',
             [('Chicago, IL', '850 W Jackson Blvd', 'Suite 400', 'Chicago', 'IL', '60607', '(312) 555-0199')]),
            ('call_to_action', 'Call our office today to schedule an appointment.'),
        ],
    },
    "spravato-esketamine.html": {
        "title": 'Spravato (Esketamine) Nasal Spray: 4 Myths vs. Facts', "locale": 'en', "format": 'html',
        "ignored": ['Posted on March 4, 2025 by Dr. Anika Shah, MD'],
        "body": [
            ('heading', 'h2', 'Myths vs. facts about Spravato'),
            ('myth', 'Spravato is the same as street ketamine'),
            ('myth', 'You can use Spravato at home'),
            ('myth', 'Spravato replaces your antidepressant'),
            ('myth', 'If it works, I will need it forever'),
            ('benefits',
             [('Works in days, not weeks', 'demonstrated'),
              ('Approved by the FDA', 'demonstrated'),
              ('Covered by many insurance plans', 'demonstrated'),
              ('Lasting results', 'emerging')]),
            ('risks',
             [('Dissociation', 'common'),
              ('Dizziness', 'common'),
              ('Nausea', 'common'),
              ('Sleepiness', 'common'),
              ('Headache', None),
              ('Increased blood pressure', 'common'),
              ('Vertigo', 'uncommon'),
              ('Decreased sensation in the mouth', 'uncommon')]),
            ('paragraph',),
            ('locations',
             [('Evanston', '1603 Orrington Ave', 'Suite 1450', 'Evanston', 'IL', '60201', '(847) 555-0134'),
              ('Lake Forest', '900 N Westmoreland Rd', 'Ste. 225', 'Lake Forest', 'IL', '60045', '(224) 555-0190')]),
            ('paragraph',),
            ('call_to_action', 'Call us or request a consultation online today.'),
            ('disclaimer',
             'The information in this article is for educational purposes only and does not replace a visit with '
             'your doctor.'),
        ],
    },
    "prp-hair-restoration.md": {
        "title": 'PRP Hair Restoration: What Our Patients Ask Most', "locale": 'en', "format": 'markdown',
        "ignored": [],
        "body": [
            ('heading', 'h2', 'Common misconceptions'),
            ('myth', 'PRP is just a passing trend'),
            ('myth', 'PRP works for every kind of hair loss'),
            ('myth', 'One session is enough'),
            ('benefits',
             [('It uses your own blood', 'demonstrated'),
              ('No surgery and no downtime', 'demonstrated'),
              ('It can thicken existing hair', 'demonstrated'),
              ('It works alongside other treatments', 'emerging')]),
            ('risks',
             [('Mild scalp tenderness', 'common'),
              ('Redness', 'common'),
              ('Bruising where the blood was drawn', 'common'),
              ('Headache after the session', 'uncommon'),
              ('Infection at the injection site', 'rare')]),
            ('heading', 'h2', 'Who should not have PRP?'),
            ('paragraph',),
            ('locations',
             [('Denver – Cherry Creek', '3000 E 1st Ave', 'Suite 210', 'Denver', 'CO', '80206', '(303) 555-0177'),
              ('Boulder', '1155 Canyon Blvd', '#110', 'Boulder', 'CO', '80302', '(720) 555-0163')]),
            ('paragraph',),
            ('call_to_action', 'Book a free hair consultation at either clinic today.'),
            ('disclaimer',
             'Individual results vary. This page is for general information and is not a substitute for medical '
             'advice from your own doctor.'),
        ],
    },
    "infiltraciones-rodilla.es.html": {
        "title": 'infiltraciones rodilla', "locale": 'es', "format": 'html',
        "ignored": [],
        "body": [
            ('heading', 'h2', 'Mitos y realidades'),
            ('myth', 'Las infiltraciones son muy dolorosas'),
            ('myth', 'El ácido hialurónico es un corticoide'),
            ('myth', 'Si funciona, ya no necesitaré nada más'),
            ('benefits',
             [('Menos dolor al caminar y al subir escaleras', 'demonstrated'),
              ('Más movilidad de la rodilla durante varios meses', 'demonstrated'),
              ('Una recuperación inmediata', 'demonstrated')]),
            ('risks',
             [('Dolor', 'common'),
              ('Hinchazón de la rodilla', 'common'),
              ('Infección', 'rare'),
              ('Reacción alérgica', 'rare')]),
            ('paragraph',),
            ('locations',
             [('Houston – Medical Center',
               '6560 Fannin St.',
               'Ste. 1600',
               'Houston',
               'TX',
               '77030',
               '(713) 555-0148'),
              ('Pasadena', '4000 Spencer Hwy', 'Suite 305', 'Pasadena', 'TX', '77504', '(281) 555-0126')]),
            ('paragraph',),
            ('call_to_action', 'Llame hoy para pedir su cita con nuestro equipo.'),
            ('disclaimer',
             'Este contenido es solo informativo y no reemplaza la valoración médica de su especialista.'),
        ],
    },
    # Held out at first (written with their structures before the importer read them), then tuned on: the
    # benchmark's first run on them is in docs/BENCHMARKS.md.
    "semaglutide-weight-loss.txt": {
        "title": "Semaglutide for Weight Loss: 4 Myths We Hear Every Week", "locale": "en", "format": "text",
        "ignored": ["Published by Mesa Medical Weight Loss"],
        "body": [
            ("heading", "h2", "Myths and facts"),
            ("myth", "Semaglutide is only for people with diabetes"),
            ("myth", "You will gain all the weight back as soon as you stop"),
            ("myth", "Compounded semaglutide is the same as the brand-name drug"),
            ("myth", "The shots are painful"),
            ("benefits", [("Steady weight loss", "demonstrated"), ("Fewer cravings", "demonstrated"),
                          ("Heart health", "demonstrated")]),
            ("risks", [("Nausea", "common"), ("Diarrhea", "common"), ("Constipation", "common"),
                       ("Vomiting", "common"), ("Pancreatitis", "rare"), ("Gallbladder problems", "rare")]),
            ("locations", [("Mesa Medical Weight Loss", "1840 S Stapley Dr", "Ste 5", "Mesa", "AZ", "85204",
                            "(480) 555-0101")]),
            ("call_to_action", "Schedule your consultation today and find out whether semaglutide is right for you."),
            ("disclaimer",
             "This article is for informational purposes only and is not a substitute for medical advice."),
        ],
    },
    "hormone-therapy.html": {
        "title": "Bioidentical Hormone Therapy for Menopause: Fact or Fiction?", "locale": "en", "format": "html",
        "ignored": [],
        "body": [
            ("heading", "h2", "Debunking the myths"),
            ("myth", "Hormone therapy causes breast cancer"),
            ("myth", "You have to stop after five years"),
            ("myth", "Bioidentical hormones are always safer"),
            ("benefits", [("Fewer hot flashes", "demonstrated"), ("Better sleep", "demonstrated"),
                          ("Stronger bones", "demonstrated")]),
            ("risks", [("Breast tenderness", "common"), ("Spotting", "common"), ("Blood clots", "rare"),
                       ("Stroke", "rare")]),
            ("locations", [("Bloom Women's Health", "2121 S Oneida St", "Suite 520", "Denver", "CO", "80224",
                            "(303) 555-0199")]),
            ("call_to_action", "Call us today to book your consultation with one of our menopause specialists."),
        ],
    },
    "terapia-iv.es.md": {
        "title": "Sueroterapia intravenosa: lo que debe saber", "locale": "es", "format": "markdown",
        "ignored": [],
        "body": [
            ("heading", "h2", "Mitos comunes"),
            ("myth", "La terapia IV solo sirve para la resaca"),
            ("myth", "Es lo mismo que beber agua"),
            ("benefits", [("Hidratación rápida", "demonstrated"), ("Alivio de las náuseas", "demonstrated")]),
            ("risks", [("Moretones", "common"), ("Dolor en el lugar de la aguja", "common"), ("Infección", "rare"),
                       ("Flebitis (inflamación de la vena)", "rare")]),
            ("locations", [("Hidrata Salud", "7810 Louis Pasteur Dr", "Suite 104", "San Antonio", "TX", "78229",
                            "(210) 555-0137")]),
            ("call_to_action", "Llámenos hoy para reservar su cita."),
            ("disclaimer", "este artículo tiene fines informativos y no sustituye el consejo médico profesional."),
        ],
    },
    # The second held-out set, likewise.
    "red-light-therapy.html": {
        "title": "Red Light Therapy: Myth vs. Fact", "locale": "en", "format": "html",
        "ignored": [],
        "body": [
            ("heading", "h2", "Myth vs. fact"),
            ("myth", "Red light therapy is the same as tanning"),
            ("myth", "You will see results after one session"),
            ("myth", "It can cure any skin condition"),
            ("benefits", [("Softer fine lines", "demonstrated"), ("Calmer acne", "emerging")]),
            ("risks", [("Temporary redness", "uncommon"), ("Tightness of the skin", "uncommon"),
                       ("Eye strain", "uncommon")]),
            ("locations", [("Glow Wellness Studio", "415 Main St", "Unit 2", "Park City", "UT", "84060",
                            "(435) 555-0150")]),
            ("call_to_action", "Book your first session today."),
        ],
    },
    "suboxone-treatment.txt": {
        "title": "Suboxone Treatment for Opioid Addiction: Separating Myth from Reality", "locale": "en",
        "format": "text",
        "ignored": [],
        "body": [
            ("myth", "Suboxone just replaces one addiction with another"),
            ("myth", "You should stop as soon as possible"),
            ("risks", [("Constipation", "common"), ("Headache", "common"), ("Sweating", None),
                       ("Trouble sleeping", "uncommon")]),
            ("locations", [("Riverbend Recovery – Midtown", "2000 Church St", "Suite 300", "Nashville", "TN", "37236",
                            "(615) 555-0112"),
                           ("Riverbend Recovery – Madison", "610 Gallatin Pike S", "", "Madison", "TN", "37115",
                            "(615) 555-0187")]),
            ("call_to_action", "Call us today to schedule a confidential appointment."),
            ("disclaimer", "The content of this page is not medical advice. Talk to your doctor before starting or "
                           "stopping any medication."),
        ],
    },
    "tms-depresion.es.txt": {
        "title": "Estimulación magnética transcraneal (EMT): 3 mitos que debe dejar atrás", "locale": "es",
        "format": "text",
        "ignored": [],
        "body": [
            ("heading", "h2", "Mitos sobre la EMT"),
            ("myth", "La EMT es lo mismo que el electroshock"),
            ("myth", "Los resultados son inmediatos"),
            ("myth", "La EMT daña la memoria"),
            ("risks", [("Dolor de cabeza leve", "common"), ("Convulsiones", "rare")]),
            ("locations", [("Centro Mente Clara", "1500 NW 12th Ave", "Suite 1105", "Miami", "FL", "33136",
                            "(305) 555-0191")]),
            ("call_to_action", "Llame hoy para agendar su consulta gratuita."),
        ],
    },
    # Set 3, held out until the importer read Markdown tables, one-line locations and these cues.
    "coolsculpting.md": {
        "title": "CoolSculpting: Myths, Facts and What to Expect", "locale": "en", "format": "markdown",
        "ignored": [],
        "body": [
            ("heading", "h2", "Myths about CoolSculpting"),
            ("myth", "CoolSculpting is a weight-loss treatment"),
            ("myth", "The fat comes back after a few months"),
            ("risks", [("Redness", "common"), ("Swelling", "common"), ("Numbness in the treated area", "common"),
                       ("Paradoxical adipose hyperplasia", "rare")]),
            ("locations", [("Sculpt Studio", "3033 N Central Ave", "Suite 102", "Phoenix", "AZ", "85012",
                            "(602) 555-0175")]),
            ("call_to_action", "Book a free body consultation today."),
        ],
    },
    "b12-injections.txt": {
        "title": "Vitamin B12 Injections: Do You Really Need Them?", "locale": "en", "format": "text",
        "ignored": [],
        "body": [
            # Benefits in prose, titled as the seed's are counted (the sentence without its lead-in, up to its first
            # comma if long), which the editor then shortens. (Written held out with the editor's short titles,
            # "Injections correct B12 deficiency quickly" and "Shots restore B12 levels in older adults who take
            # metformin": no other article is counted that way; corrected when the set joined the fixtures.)
            ("benefits", [("People with pernicious anemia or who have had weight-loss surgery cannot absorb B12 from "
                           "food", "demonstrated"),
                          ("Studies have shown that shots also restore B12 levels in older adults who take metformin "
                           "for years", "demonstrated")]),
            ("heading", "h2", "Is it true that B12 gives you energy?"),
            ("myth", "B12 shots boost energy in everyone"),
            ("risks", [("Pain or redness at the injection site", "common"), ("Allergic reactions", "rare")]),
            ("locations", [("Frisco", "5858 Main St", "Suite 120", "Frisco", "TX", "75034", "(469) 555-0144"),
                           ("Plano", "4001 W 15th St", "", "Plano", "TX", "75093", "(972) 555-0102")]),
            ("call_to_action", "Call today to check your B12 levels with a simple blood test."),
        ],
    },
    "ozonoterapia.es.html": {
        "title": "Ozonoterapia para el dolor de espalda: mitos y realidades", "locale": "es", "format": "html",
        "ignored": [],
        "body": [
            ("heading", "h2", "Tres mitos sobre la ozonoterapia"),
            ("myth", "El ozono es tóxico para el cuerpo"),
            ("myth", "Es un tratamiento experimental sin estudios"),
            ("myth", "Una sesión basta"),
            ("risks", [("Dolor o rigidez en la zona", "uncommon"), ("Infección", "rare")]),
            ("locations", [("Clínica Alivio", "1451 Ave Ashford", "Suite 304", "San Juan", "PR", "00907",
                            "(787) 555-0123")]),
            ("call_to_action", "Llámenos hoy para reservar una consulta de valoración."),
            ("disclaimer", "la información de esta página es solo educativa y no sustituye el consejo médico."),
        ],
    },
    # Set 4, written with these structures on 3 December 2026 before the importer read them (held out until round 3).
    "hyperbaric-oxygen.html": {
        "title": "Hyperbaric Oxygen Therapy: 4 Myths We Hear Every Week", "locale": "en", "format": "html",
        "ignored": ["Posted on March 3, 2026"],
        "body": [
            ("heading", "h2", "What happens during a session"),
            ("paragraph",),
            ("heading", "h2", "Myths and facts"),
            ("myth", "HBOT is only for scuba divers with the bends"),
            ("myth", "The chamber is dangerous because oxygen can explode"),
            ("myth", 'Home "mild hyperbaric" bags work just as well'),
            ("myth", "You will feel claustrophobic"),
            ("benefits", [("Diabetic foot ulcers", "demonstrated"), ("Radiation injury", "demonstrated"),
                          ("Long COVID", "emerging")]),
            # Nearsightedness: the text says when and for how long, not how common.
            ("risks", [("Ear barotrauma", "common"), ("Temporary nearsightedness", None),
                       ("Oxygen toxicity seizures", "rare")]),
            ("locations", [("OxyHeal Wellness Center", "2100 Webster St", "Suite 210", "San Francisco", "CA", "94115",
                            "(415) 555-0133")]),
            ("paragraph",),
            ("call_to_action", "Book a consultation with our hyperbaric physician today."),
            ("disclaimer", "This article is for informational purposes only and is not medical advice."),
        ],
    },
    "testosterone-therapy.docx": {
        "title": "Testosterone Replacement Therapy: Facts for Men Over 40", "locale": "en", "format": "docx",
        "ignored": [],
        "body": [
            ("heading", "h2", "Common misconceptions"),
            ("myth", "TRT causes prostate cancer"),
            ("myth", "Once you start, you can never stop"),
            ("myth", "TRT is the same as steroid abuse"),
            # Benefits in prose, titled as the seed's are counted (the sentence without its lead-in, up to its first
            # comma if over 60 characters); the first sentence is a benefit, not an introduction.
            ("benefits", [("Most men notice more energy within four to six weeks", "demonstrated"),
                          ("Studies have shown improvements in libido", "demonstrated"),
                          ("Emerging research suggests TRT may help men with type 2 diabetes control their blood "
                           "sugar", "emerging")]),
            ("risks", [("Raised red blood cell count", "common"), ("Acne", "uncommon"),
                       ("Breast tenderness", "uncommon"), ("Fluid retention", "uncommon"),
                       ("Lower sperm production", None)]),
            ("locations", [("Summit Men's Health", "7400 E Orchard Rd", "Suite 250", "Greenwood Village", "CO",
                            "80111", "(303) 555-0147")]),
            ("call_to_action", "Schedule your free testosterone check today."),
            ("disclaimer", "This article does not replace a consultation with your doctor."),
        ],
    },
    "escleroterapia-varices.es.txt": {
        "title": "Escleroterapia para arañas vasculares y várices: lo que debe saber", "locale": "es",
        "format": "text",
        "ignored": ["Publicado por Dra. Laura Méndez"],
        "body": [
            ("heading", "h2", "Mitos frecuentes"),
            ("myth", "La escleroterapia es solo estética"),
            ("myth", "Las venas tratadas vuelven a salir"),
            ("myth", "Duele mucho"),
            ("benefits", [("Sin cirugía", "demonstrated"), ("Vuelta inmediata a la rutina", "demonstrated"),
                          ("Resultados comprobados", "demonstrated")]),
            ("risks", [("Moretones", "common"), ("Picor", "common"),
                       ("Pequeñas manchas oscuras en la piel tratada", "common"),
                       ("Pequeños vasos rojos alrededor de la zona", "uncommon"),
                       ("Úlcera en la piel", "rare"), ("Trombosis venosa", "rare")]),
            ("locations", [("Centro Vascular Sur", "2200 S Dairy Ashford Rd", "Suite 400", "Houston", "TX", "77077",
                            "(281) 555-0166")]),
            ("call_to_action", "Llame hoy para una valoración gratuita de sus piernas."),
        ],
    },
    # Its front matter is metadata: the title is read from it, nothing else of it is the article.
    "microneedling-prp.md": {
        "title": "Microneedling with PRP: Myths, Benefits and Aftercare", "locale": "en", "format": "markdown",
        "ignored": [],
        "body": [
            ("heading", "h2", "3 myths about microneedling"),
            ("myth", "Microneedling thins your skin"),
            ("myth", "At-home derma rollers give the same results"),
            ("myth", "You need a week off work"),
            ("benefits", [("Smoother acne scars", "demonstrated"), ("Finer lines and pores", "demonstrated"),
                          ("Hair regrowth", "emerging")]),
            ("risks", [("Redness", "common"), ("Mild swelling", "common"), ("Tiny scabs", "uncommon"),
                       ("Dryness", "uncommon"), ("Infection", "uncommon"), ("Cold sore flare-ups", "uncommon")]),
            ("locations", [("Glow Medical Spa – Scottsdale", "7150 E Camelback Rd", "Suite 195", "Scottsdale", "AZ",
                            "85251", "(480) 555-0118"),
                           ("Glow Medical Spa – Chandler", "3111 W Chandler Blvd", "Ste 2100", "Chandler", "AZ",
                            "85226", "(480) 555-0129")]),
            ("call_to_action", "Request your consultation today and ask about our package pricing."),
            ("disclaimer",
             "This content is for educational purposes only and does not replace advice from your own doctor."),
        ],
    },

}
# fmt: on

# Held out: articles written, with their structures below written by hand, after the importer's last change and
# before it read them; it was not changed for them afterwards. The benchmark reports them apart: how the importer
# does on articles it was not tuned on. The tests require only that none of their text is lost (they need not
# match).
HELD_OUT_DIR = HERE / "held_out"
# fmt: off
HELD_OUT = {
    # Set 5, written with these structures on 3 December 2026 before the importer read them.
    # A saved page: announcement bar, navigation, byline, share links, sidebar, newsletter form, footer. Its
    # benefits ("Results you can expect"), risks ("Is it safe?") and location ("Visit Luma") sections do not say
    # so in their headings: each heading is its block's.
    "dermal-fillers.html": {
        "title": "Dermal Fillers: What They Can and Can't Do", "locale": "en", "format": "html",
        "ignored": ["By Kim Alvarez, RN, Nurse Injector · June 2, 2026"],
        "body": [
            ("heading", "h2", "Filler myths we hear in consultations"),
            ("myth", "Fillers and Botox are the same thing"),
            ("myth", "Once you stop, your face sags more than before"),
            ("myth", "Fillers are permanent"),
            ("benefits", [("Instant results", "demonstrated"), ("Reversible", "demonstrated"),
                          ("Longer-lasting volume", "demonstrated")]),
            # "at the injection points" says where all three are: three risks, as an editor lists them.
            ("risks", [("Swelling", "common"), ("Tenderness", "common"), ("Bruising", "common"),
                       ("Lumps", "uncommon"), ("Blockage of a blood vessel", "rare")]),
            ("locations", [("Luma Aesthetics – Pearl District", "1120 NW Couch St", "Suite 310", "Portland", "OR",
                            "97209", "(503) 555-0172")]),
            ("call_to_action", "Book your filler consultation today – it's free."),
            ("disclaimer", "Results vary from person to person. This article is for general information only and is "
                           "not medical advice."),
        ],
    },
    # Word: myths typed as a numbered list by hand, each a quoted claim and its answer in one paragraph; benefits
    # in prose; risks under "What to expect after a session"; the address in a sentence.
    "back-pain-physical-therapy.docx": {
        "title": "Physical Therapy for Low Back Pain: Straight Answers", "locale": "en", "format": "docx",
        "ignored": [],
        "body": [
            ("heading", "h2", "Things patients believe that aren't true"),
            ("myth", "Bed rest is the best cure"),
            ("myth", "An MRI will show what is wrong"),
            ("myth", "Physical therapy is just exercise I could do at home"),
            ("benefits", [("Clinical trials show that exercise therapy reduces pain and improves function in chronic "
                           "low back pain", "demonstrated"),
                          ("Patients who stay active also return to work sooner", "demonstrated"),
                          ("Newer studies suggest that pain education may lower the chance of a flare-up",
                           "emerging")]),
            ("risks", [("Muscle soreness", "common"), ("Short-lived increase in pain", "uncommon")]),
            ("locations", [("Evergreen Spine & Sport PT", "2950 Pearl St", "Unit B", "Boulder", "CO", "80301",
                            "(720) 555-0188")]),
            ("paragraph",),
            ("call_to_action", "Call us to schedule your first evaluation."),
            ("disclaimer", "This article is general education, not a diagnosis. See a clinician if you have "
                           "numbness, weakness or loss of bladder control."),
        ],
    },
    # Spanish plain text: each myth a quoted line with its answer ("Falso. …") on the next line.
    "inmunoterapia-alergia.es.txt": {
        "title": "Vacunas para la alergia (inmunoterapia): mitos y verdades", "locale": "es", "format": "text",
        "ignored": ["Publicado el 12 de mayo de 2026"],
        "body": [
            ("heading", "h2", "Lo que se dice y lo que es cierto"),
            ("myth", "Las vacunas solo sirven para los niños"),
            ("myth", "Hay que ponérselas toda la vida"),
            ("myth", "Si ya tomo antihistamínicos, no las necesito"),
            ("benefits", [("Menos síntomas", "demonstrated"), ("Prevención del asma", "demonstrated"),
                          ("Opción sublingual", "emerging")]),
            # One in 100 is uncommon (1 %); "excepcional", rare.
            ("risks", [("Enrojecimiento", "common"), ("Hinchazón", "common"), ("Picor", "common"),
                       ("Estornudos", "uncommon"), ("Urticaria", "uncommon"), ("Anafilaxia", "rare")]),
            ("locations", [("Clínica de Alergia Familiar", "8750 SW 72nd St", "Suite 105", "Miami", "FL", "33173",
                            "(305) 555-0191")]),
            ("call_to_action", "Pida su cita hoy y le haremos las pruebas de alergia en la primera visita."),
            ("disclaimer", "Este artículo es informativo y no sustituye la valoración de su alergólogo."),
        ],
    },
    # Markdown: myths as quoted bold lines in blockquotes, their answers on the next line; benefits in prose;
    # risks as a list whose items say how common in words of their own; locations a list item each.
    "cpap-sleep-apnea.md": {
        "title": "CPAP for Sleep Apnea: Myths, Benefits and Side Effects", "locale": "en", "format": "markdown",
        "ignored": ["Reviewed by Dr. Aaron Feld, board-certified in sleep medicine"],
        "body": [
            ("heading", "h2", "Myths vs. facts"),
            ("myth", "CPAP is only for older, overweight men"),
            ("myth", "I'll never get used to the mask"),
            ("myth", "Once I'm on CPAP, I'm on it forever"),
            ("benefits", [("Used every night, CPAP lowers blood pressure and reduces daytime sleepiness",
                           "demonstrated"), ("Your bed partner will sleep better too", "demonstrated"),
                          ("Researchers are also looking at whether treating apnea protects memory in later life",
                           "emerging")]),
            # "about a third": common; "a minority of patients": uncommon.
            ("risks", [("Dry mouth", "common"), ("Stuffy nose", "common"), ("Red marks from the mask", "common"),
                       ("Bloating from swallowed air", "uncommon"), ("Nosebleeds", "rare")]),
            ("locations", [("North Hills Sleep Center", "4400 Lake Boone Trl", "Suite 300", "Raleigh", "NC", "27607",
                            "(919) 555-0150"),
                           ("Cary Sleep Lab", "1001 Kildaire Farm Rd", "", "Cary", "NC", "27511", "(919) 555-0162")]),
            ("call_to_action", "Schedule a home sleep test today."),
            ("disclaimer", "This page is for education and does not replace a visit with your doctor."),
        ],
    },
}
# fmt: on
