"""Demo method sheets: the types of participatory processes the initiatives refer to.

``METHODS`` names and summarises each method; the rest of each sheet comes from
``METHOD_SHEETS`` in ``toolkit.demo_method_sheets_a`` and ``_b``, keyed by slug. A sheet is a
dict: ``description`` (HTML), ``when_to_use``, ``steps`` (one per line), ``duration_note``,
``strengths`` and ``pitfalls`` (one per line) as (nl, fr, en) tuples; ``duration``,
``budget_range`` and ``group_size`` as ``Method`` choice values; ``level`` a participation
level slug (core.demo.LEVELS); ``themes`` theme slugs (core.demo.THEMES); ``stages`` stage
slugs (toolkit.demo_stages.STAGES).
"""

from __future__ import annotations

from core.demo import DemoSeeder, translated
from core.models import ParticipationLevel, Theme
from toolkit import demo_method_sheets_a, demo_method_sheets_b, demo_method_sheets_c
from toolkit.models import Method, Stage

# (slug, names nl/fr/en, summaries nl/fr/en)
METHODS = [
    (
        "citizen-panel",
        ("Burgerpanel", "Panel citoyen", "Citizen panel"),
        (
            "Een groep bewoners, door loting samengesteld zodat ze de bevolking weerspiegelt, "
            "buigt zich over meerdere sessies over één vraag en formuleert aanbevelingen.",
            "Un groupe d’habitants tirés au sort pour refléter la population se penche, en "
            "plusieurs séances, sur une question et formule des recommandations.",
            "A group of residents drawn by lot to reflect the population works on one question "
            "over several sessions and makes recommendations.",
        ),
    ),
    (
        "participatory-budget",
        ("Burgerbegroting", "Budget participatif", "Participatory budget"),
        (
            "Bewoners dienen projecten in en stemmen zelf over de besteding van een deel van "
            "een openbaar budget.",
            "Les habitants proposent des projets et votent eux-mêmes sur l’affectation d’une "
            "partie d’un budget public.",
            "Residents propose projects and vote themselves on how part of a public budget is "
            "spent.",
        ),
    ),
    (
        "public-consultation",
        ("Openbare raadpleging", "Consultation publique", "Public consultation"),
        (
            "Een overheid legt een plan of ontwerp voor en verzamelt gedurende een vaste "
            "periode reacties, waarna ze toelicht wat ze ermee deed.",
            "Une autorité soumet un plan ou un projet et recueille des avis pendant une période "
            "donnée, puis explique ce qu’elle en a fait.",
            "An authority puts a plan or a draft forward, collects comments for a set period "
            "and then explains what it did with them.",
        ),
    ),
    (
        "co-design-workshop",
        ("Co-creatieworkshop", "Atelier de co-conception", "Co-design workshop"),
        (
            "Bewoners, ontwerpers en diensten tekenen samen aan een plek of een dienst, met "
            "plannen, maquettes en post-its op tafel.",
            "Habitants, concepteurs et services dessinent ensemble un lieu ou un service, "
            "plans, maquettes et post-it sur la table.",
            "Residents, designers and public services shape a place or a service together, "
            "with plans, models and sticky notes on the table.",
        ),
    ),
    (
        "neighbourhood-walk",
        ("Wijkwandeling", "Marche exploratoire", "Neighbourhood walk"),
        (
            "Een kleine groep verkent te voet een buurt en noteert wat goed werkt en wat "
            "beter kan, van verlichting tot zitbanken.",
            "Un petit groupe parcourt un quartier à pied et note ce qui fonctionne et ce qui "
            "pourrait aller mieux, de l’éclairage aux bancs.",
            "A small group explores a neighbourhood on foot and notes what works and what could "
            "be better, from lighting to benches.",
        ),
    ),
    (
        "world-cafe",
        ("World café", "World café", "World café"),
        (
            "Deelnemers praten in kleine tafelgroepen en wisselen regelmatig van tafel, zodat "
            "ideeën zich door de zaal verspreiden.",
            "Les participants discutent par petites tablées et changent régulièrement de "
            "table, pour que les idées circulent dans la salle.",
            "Participants talk in small table groups and regularly change tables, so ideas "
            "travel around the room.",
        ),
    ),
    (
        "citizen-jury",
        ("Burgerjury", "Jury citoyen", "Citizen jury"),
        (
            "Een kleine, gelote jury hoort experten en betrokkenen en brengt daarna een "
            "onderbouwd oordeel uit over een concrete keuze.",
            "Un petit jury tiré au sort entend des experts et des parties prenantes, puis rend "
            "un avis argumenté sur un choix concret.",
            "A small jury drawn by lot hears experts and stakeholders, then gives a reasoned "
            "verdict on a concrete choice.",
        ),
    ),
    (
        "online-survey",
        ("Online bevraging", "Enquête en ligne", "Online survey"),
        (
            "Een korte vragenlijst op het web bereikt snel veel mensen; aangevuld met papieren "
            "versies en hulp ter plaatse bereikt ze ook wie minder online is.",
            "Un court questionnaire en ligne touche vite beaucoup de monde ; avec des versions "
            "papier et une aide sur place, il atteint aussi les moins connectés.",
            "A short web questionnaire quickly reaches many people; with paper copies and help "
            "on site it also reaches those who are less online.",
        ),
    ),
    (
        "focus-group",
        ("Focusgroep", "Groupe de discussion", "Focus group"),
        (
            "Een begeleid gesprek met zes tot tien mensen die een ervaring delen, om hun "
            "noden en ideeën grondig te begrijpen.",
            "Une discussion animée avec six à dix personnes qui partagent une expérience, pour "
            "bien comprendre leurs besoins et leurs idées.",
            "A facilitated conversation with six to ten people who share an experience, to "
            "understand their needs and ideas in depth.",
        ),
    ),
    (
        "open-space",
        ("Open space", "Forum ouvert", "Open space"),
        (
            "Deelnemers bepalen zelf de agenda: wie een onderwerp aanbrengt, leidt er een "
            "gesprek over, en iedereen kiest waar hij aanschuift.",
            "Les participants construisent eux-mêmes l’ordre du jour : qui propose un sujet "
            "anime l’échange, et chacun choisit où il s’installe.",
            "Participants set the agenda themselves: whoever raises a topic hosts a "
            "conversation on it, and everyone chooses where to join.",
        ),
    ),
    (
        "photovoice",
        ("Photovoice", "Photovoice", "Photovoice"),
        (
            "Deelnemers fotograferen hun dagelijkse omgeving en bespreken de beelden samen; "
            "een tentoonstelling brengt hun verhaal bij beleidsmakers.",
            "Les participants photographient leur quotidien et discutent ensemble des images ; "
            "une exposition porte leur regard auprès des décideurs.",
            "Participants photograph their daily surroundings and discuss the pictures "
            "together; an exhibition takes their view to decision-makers.",
        ),
    ),
    (
        "deliberative-poll",
        ("Deliberatieve peiling", "Sondage délibératif", "Deliberative poll"),
        (
            "Een representatieve steekproef wordt bevraagd, krijgt informatie en tijd om te "
            "overleggen, en wordt daarna opnieuw bevraagd.",
            "Un échantillon représentatif est interrogé, reçoit de l’information et du temps "
            "pour délibérer, puis est interrogé à nouveau.",
            "A representative sample is polled, given information and time to deliberate, and "
            "then polled again.",
        ),
    ),
    (
        "living-lab",
        ("Living lab", "Living lab", "Living lab"),
        (
            "Bewoners, onderzoekers en diensten testen een oplossing op ware grootte in de "
            "wijk en passen ze aan na elke proefperiode.",
            "Habitants, chercheurs et services testent une solution grandeur nature dans le "
            "quartier et l’ajustent après chaque période d’essai.",
            "Residents, researchers and services test a solution at full scale in the "
            "neighbourhood and adjust it after each trial period.",
        ),
    ),
    (
        "participatory-mapping",
        ("Participatieve kartografie", "Cartographie participative", "Participatory mapping"),
        (
            "Bewoners tekenen op een grote kaart de plekken die ze waarderen, vermijden of "
            "anders willen zien.",
            "Les habitants dessinent sur une grande carte les lieux qu’ils apprécient, évitent "
            "ou voudraient voir changer.",
            "Residents mark on a large map the places they value, avoid or would like to see "
            "change.",
        ),
    ),
    (
        "town-hall-meeting",
        ("Bewonersvergadering", "Réunion publique", "Town hall meeting"),
        (
            "Een open avond waarop de overheid een project toelicht en bewoners vragen stellen "
            "en reageren.",
            "Une soirée ouverte où l’autorité présente un projet et où les habitants posent "
            "leurs questions et réagissent.",
            "An open evening where the authority presents a project and residents ask questions "
            "and respond.",
        ),
    ),
    (
        "citizen-assembly",
        ("Burgerassemblee", "Assemblée citoyenne", "Citizens' assembly"),
        (
            "Een grote gelote groep werkt maandenlang aan een complex vraagstuk en legt "
            "voorstellen voor waarop de overheid moet antwoorden.",
            "Un large groupe tiré au sort travaille des mois sur une question complexe et "
            "soumet des propositions auxquelles l’autorité doit répondre.",
            "A large group drawn by lot works for months on a complex issue and puts forward "
            "proposals the authority must answer.",
        ),
    ),
    (
        "tactical-urbanism",
        ("Tactische stedenbouw", "Urbanisme tactique", "Tactical urbanism"),
        (
            "Een tijdelijke, goedkope inrichting — bloembakken, verf, meubilair — laat bewoners "
            "een idee uittesten voordat er definitief wordt gebouwd.",
            "Un aménagement temporaire et léger — bacs, peinture, mobilier — permet de tester "
            "une idée avec les habitants avant de construire pour de bon.",
            "A temporary, low-cost layout — planters, paint, furniture — lets residents test an "
            "idea before anything is built for good.",
        ),
    ),
    (
        "advisory-council",
        ("Adviesraad", "Conseil consultatif", "Advisory council"),
        (
            "Een vaste raad van bewoners of gebruikers geeft het bestuur gevraagd en ongevraagd "
            "advies over een beleidsdomein.",
            "Un conseil permanent d’habitants ou d’usagers rend à l’autorité des avis, sur "
            "demande ou d’initiative, dans un domaine donné.",
            "A standing council of residents or users advises the authority on a policy area, "
            "on request or on its own initiative.",
        ),
    ),
]


TEXT_FIELDS = ("description", "when_to_use", "steps", "duration_note", "strengths", "pitfalls")
CHOICE_FIELDS = ("duration", "budget_range", "group_size")


def method_sheets() -> dict[str, dict]:
    """Every written sheet, keyed by method slug."""
    return {
        **demo_method_sheets_a.METHOD_SHEETS,
        **demo_method_sheets_b.METHOD_SHEETS,
        **demo_method_sheets_c.METHOD_SHEETS,
    }


def seed(seeder: DemoSeeder) -> None:
    existing = Method.objects.in_bulk(field_name="slug")
    levels = ParticipationLevel.objects.in_bulk(field_name="slug")
    themes = Theme.objects.in_bulk(field_name="slug")
    stages = Stage.objects.in_bulk(field_name="slug")
    sheets = method_sheets()
    for position, (slug, names, summaries) in enumerate(METHODS):
        sheet = sheets.get(slug, {})
        level = levels.get(sheet.get("level"))
        values = {
            "position": position,
            # New sheets start unpublished (Method.is_published); the demo's are all online.
            "is_published": True,
            "participation_level_id": level.pk if level else None,
            **translated(*names),
            **translated(*summaries, name="summary"),
        }
        for name in TEXT_FIELDS:
            if name in sheet:
                values.update(translated(*sheet[name], name=name))
        for name in CHOICE_FIELDS:
            values[name] = sheet.get(name, "")
        method = existing.get(slug)
        # Only a changed row is written, so a second run leaves the rows (and their timestamps)
        # untouched. The values name each language's field, never the active language's.
        if method is None or any(getattr(method, key) != value for key, value in values.items()):
            method = method or Method(slug=slug)
            for key, value in values.items():
                setattr(method, key, value)
            method.save()
        method.themes.set([themes[s] for s in sheet.get("themes", []) if s in themes])
        method.stages.set([stages[s] for s in sheet.get("stages", []) if s in stages])
