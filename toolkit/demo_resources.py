"""Demo resources of the toolkit: a dozen templates, guides and checklists, each a real PDF.

``RESOURCES`` describes each resource; ``DOCUMENTS`` holds the text of its file, keyed by slug
and language (a multilingual resource has the three languages, one after the other). The PDF
is rendered by ``toolkit.demo_pdf`` and is the same for the same text, so a second run of the
seed compares digests and leaves unchanged files (and rows) alone.
"""

from __future__ import annotations

import datetime
import hashlib

from django.core.files.base import ContentFile

from core.demo import DemoSeeder, file_digest, scheduled_moment, translated, update_if_changed
from toolkit.demo_pdf import render_pdf
from toolkit.models import Method, Resource, Stage

Kind = Resource.Kind
Language = Resource.Language
Licence = Resource.Licence

# The one resource published later: how far ahead of the seed its date is set.
SCHEDULED_AHEAD = datetime.timedelta(weeks=3)
LANG_TAGS = {"nl": "nl-BE", "fr": "fr-BE", "en": "en"}


def _at(year: int, month: int, day: int) -> datetime.datetime:
    return datetime.datetime(year, month, day, 9, 0, tzinfo=datetime.UTC)


# (slug, kind, language, licence, stages, methods, published_at or None for "scheduled",
#  titles nl/fr/en, descriptions nl/fr/en)
RESOURCES = [
    (
        "process-framing-canvas",
        Kind.TEMPLATE,
        Language.MULTILINGUAL,
        Licence.CC_BY,
        ["framing"],
        ["citizen-panel", "participatory-budget", "public-consultation", "co-design-workshop"],
        _at(2026, 1, 12),
        (
            "Canvas voor de procesafbakening",
            "Canevas de cadrage du processus",
            "Process framing canvas",
        ),
        (
            "Eén blad om vóór de start vast te leggen wat ter discussie staat, wie beslist, "
            "hoeveel ruimte er is en wat u met de resultaten doet.",
            "Une page pour fixer, avant de commencer, ce qui est en discussion, qui décide, "
            "quelle est la marge de manœuvre et ce que deviendront les résultats.",
            "One page to settle, before you start, what is open for discussion, who decides, "
            "how much room there is and what will happen to the results.",
        ),
    ),
    (
        "mandate-letter-template",
        Kind.TEMPLATE,
        Language.FR,
        Licence.CC_BY,
        ["framing"],
        ["citizen-panel", "citizen-jury", "citizen-assembly"],
        _at(2026, 1, 26),
        (
            "Model van opdrachtbrief voor een burgerpanel",
            "Modèle de lettre de mission pour un panel citoyen",
            "Mandate letter template for a citizen panel",
        ),
        (
            "Een brief van het college aan de deelnemers: de vraag, de grenzen, de engagementen "
            "van de gemeente en de termijn van het antwoord (in het Frans).",
            "La lettre du collège aux participants : la question posée, les limites, les "
            "engagements de la commune et le délai de réponse.",
            "A letter from the municipal executive to the participants: the question, the limits, "
            "the commitments of the commune and when it will answer (in French).",
        ),
    ),
    (
        "world-cafe-facilitation-guide",
        Kind.GUIDE,
        Language.NL,
        Licence.CC_BY,
        ["running"],
        ["world-cafe", "open-space"],
        _at(2026, 2, 9),
        (
            "Draaiboek voor een world café",
            "Guide d’animation d’un world café",
            "Facilitation guide for a world café",
        ),
        (
            "Minuut per minuut door een avond van 2 uur 30 met 40 deelnemers: zaalopstelling, "
            "rollen, vragen per ronde en de oogst (in het Nederlands).",
            "Une soirée de 2 h 30 avec 40 participants, minute par minute : disposition de la "
            "salle, rôles, questions par tour et récolte (en néerlandais).",
            "A 2.5-hour evening with 40 participants, minute by minute: room layout, roles, "
            "questions per round and the harvest (in Dutch).",
        ),
    ),
    (
        "participant-recruitment-checklist",
        Kind.CHECKLIST,
        Language.EN,
        Licence.CC_BY,
        ["mobilisation"],
        ["citizen-panel", "focus-group", "online-survey", "citizen-jury"],
        _at(2026, 3, 2),
        (
            "Checklist voor de werving van deelnemers",
            "Liste de contrôle pour le recrutement des participants",
            "Participant recruitment checklist",
        ),
        (
            "Van het doelpubliek tot de herinnering de dag ervoor: alles om de mensen te bereiken "
            "die u nodig hebt, niet alleen de gewone gezichten (in het Engels).",
            "Du public visé au rappel la veille : tout pour toucher les personnes dont vous avez "
            "besoin, pas seulement les habitués (en anglais).",
            "From the target audience to the reminder the day before: everything to reach the "
            "people you need, not only the usual faces.",
        ),
    ),
    (
        "easy-language-invitation",
        Kind.TEMPLATE,
        Language.MULTILINGUAL,
        Licence.CC0,
        ["mobilisation"],
        ["town-hall-meeting", "neighbourhood-walk", "co-design-workshop", "world-cafe"],
        _at(2026, 3, 23),
        (
            "Uitnodiging in eenvoudige taal",
            "Invitation en langage simple",
            "Easy-language invitation",
        ),
        (
            "Een uitnodiging met korte zinnen, de praktische informatie bovenaan en een "
            "strookje om in te vullen, in drie talen. Vrij te gebruiken.",
            "Une invitation en phrases courtes, les informations pratiques en tête et un coupon "
            "à remplir, en trois langues. Libre de droits.",
            "An invitation in short sentences, practical details first and a reply slip, in "
            "three languages. Free to reuse.",
        ),
    ),
    (
        "feedback-report-template",
        Kind.TEMPLATE,
        Language.FR,
        Licence.CC_BY,
        ["feedback"],
        ["public-consultation", "citizen-panel", "participatory-budget", "town-hall-meeting"],
        _at(2026, 4, 20),
        (
            "Model van terugkoppelingsrapport",
            "Modèle de rapport de retour aux participants",
            "Feedback report template",
        ),
        (
            "Wat we hoorden, wat we ermee deden en waarom, en wat nu volgt: de structuur van een "
            "terugkoppeling in vier pagina’s of minder (in het Frans).",
            "Ce que nous avons entendu, ce que nous en avons fait et pourquoi, et la suite : la "
            "structure d’un retour en quatre pages maximum.",
            "What we heard, what we did with it and why, and what comes next: the structure of a "
            "feedback report of four pages at most (in French).",
        ),
    ),
    (
        "evaluation-questionnaire",
        Kind.WORKSHEET,
        Language.MULTILINGUAL,
        Licence.CC_BY,
        ["evaluation"],
        ["world-cafe", "co-design-workshop", "town-hall-meeting", "citizen-panel"],
        _at(2026, 5, 18),
        (
            "Evaluatievragenlijst voor deelnemers",
            "Questionnaire d’évaluation pour les participants",
            "Participant evaluation questionnaire",
        ),
        (
            "Acht vragen om aan het eind van een bijeenkomst uit te delen, op papier, in drie "
            "talen, met een schaal van 1 tot 5 en twee open vragen.",
            "Huit questions à distribuer en fin de rencontre, sur papier, en trois langues, avec "
            "une échelle de 1 à 5 et deux questions ouvertes.",
            "Eight questions to hand out at the end of a meeting, on paper, in three languages, "
            "with a 1-to-5 scale and two open questions.",
        ),
    ),
    (
        "gdpr-checklist",
        Kind.CHECKLIST,
        Language.NL,
        Licence.CC_BY,
        ["design", "mobilisation"],
        ["online-survey", "citizen-panel", "photovoice", "focus-group"],
        _at(2026, 6, 8),
        (
            "AVG-checklist voor participatietrajecten",
            "Liste de contrôle RGPD pour les processus participatifs",
            "GDPR checklist for participation processes",
        ),
        (
            "Welke persoonsgegevens u verzamelt, op welke grond, hoe lang u ze bewaart en wat u "
            "deelnemers moet vertellen (in het Nederlands).",
            "Quelles données personnelles vous collectez, sur quelle base, combien de temps vous "
            "les gardez et ce que vous devez dire aux participants (en néerlandais).",
            "Which personal data you collect, on what basis, how long you keep them and what you "
            "must tell participants (in Dutch).",
        ),
    ),
    (
        "process-budget-worksheet",
        Kind.WORKSHEET,
        Language.EN,
        Licence.CC_BY_SA,
        ["design"],
        ["citizen-panel", "co-design-workshop", "world-cafe", "neighbourhood-walk"],
        _at(2026, 7, 6),
        (
            "Rekenblad voor het budget van een traject",
            "Feuille de calcul du budget d’un processus",
            "Process budget worksheet",
        ),
        (
            "De kostenposten die vaak vergeten worden, van tolken tot kinderopvang, met "
            "richtbedragen voor Brussel in 2026 (in het Engels).",
            "Les postes de dépense souvent oubliés, de l’interprétation à la garde d’enfants, "
            "avec des montants indicatifs pour Bruxelles en 2026 (en anglais).",
            "The cost items that are often forgotten, from interpreters to childcare, with "
            "indicative Brussels prices for 2026.",
        ),
    ),
    (
        "neighbourhood-walk-route-sheet",
        Kind.WORKSHEET,
        Language.FR,
        Licence.CC_BY,
        ["running"],
        ["neighbourhood-walk", "participatory-mapping"],
        None,
        (
            "Routeblad voor een wijkwandeling",
            "Fiche de parcours pour une marche exploratoire",
            "Route sheet for a neighbourhood walk",
        ),
        (
            "Een blad per groep: de haltes, wat u bij elke halte bekijkt en ruimte voor "
            "notities en foto’s (in het Frans).",
            "Une fiche par groupe : les arrêts, ce qu’on observe à chacun et de la place pour "
            "les notes et les photos.",
            "One sheet per group: the stops, what to look at at each one and room for notes and "
            "photos (in French).",
        ),
    ),
    (
        "sortition-guide",
        Kind.GUIDE,
        Language.EN,
        Licence.CC_BY,
        ["design", "mobilisation"],
        ["citizen-panel", "citizen-jury", "citizen-assembly", "deliberative-poll"],
        _at(2026, 9, 7),
        (
            "Gids voor de loting van een burgerpanel",
            "Guide du tirage au sort d’un panel citoyen",
            "Guide to drawing a citizen panel by lot",
        ),
        (
            "Loting in twee rondes, quota en hoeveel uitnodigingen u verstuurt: een stap-voor-"
            "stapgids met de cijfers van een panel van 30 mensen (in het Engels).",
            "Tirage en deux temps, quotas et nombre d’invitations à envoyer : un guide pas à "
            "pas avec les chiffres d’un panel de 30 personnes (en anglais).",
            "Two-stage sortition, quotas and how many invitations to send: a step-by-step guide "
            "with the figures of a 30-person panel.",
        ),
    ),
    (
        "meeting-accessibility-checklist",
        Kind.CHECKLIST,
        Language.MULTILINGUAL,
        Licence.CC_BY,
        ["design", "running"],
        ["town-hall-meeting", "world-cafe", "co-design-workshop", "focus-group"],
        _at(2026, 10, 5),
        (
            "Checklist voor toegankelijke bijeenkomsten",
            "Liste de contrôle pour des rencontres accessibles",
            "Accessibility checklist for meetings",
        ),
        (
            "Plek, uur, taal, kinderen, beperkingen: twintig punten om na te lopen voordat u "
            "een zaal vastlegt, in drie talen.",
            "Lieu, horaire, langue, enfants, handicap : vingt points à vérifier avant de "
            "réserver une salle, en trois langues.",
            "Venue, time, language, children, disabilities: twenty points to check before you "
            "book a room, in three languages.",
        ),
    ),
]


# --- The text of each file --------------------------------------------------------------------

DOCUMENTS: dict[str, dict[str, list[str]]] = {
    "process-framing-canvas": {
        "nl": [
            "Vul dit blad in met de politiek verantwoordelijke en de betrokken diensten, vóór u "
            "een methode kiest. Reken op een vergadering van anderhalf uur. Wat hier niet "
            "beantwoord raakt, komt later terug als frustratie bij de deelnemers.",
            "## 1. De vraag",
            "_ Over welke vraag gaat het traject?",
            "_ Wat ligt al vast en staat niet ter discussie?",
            "## 2. De beslissing",
            "_ Wie beslist uiteindelijk (college, raad, directie)?",
            "_ Wanneer valt die beslissing?",
            "_ Participatieniveau (informeren, raadplegen, samen uitwerken, mee beslissen):",
            "## 3. De middelen",
            "_ Budget voor het traject zelf:",
            "_ Budget voor de uitvoering van de resultaten:",
            "_ Wie trekt het traject, en hoeveel dagen per maand?",
            "## 4. De mensen",
            "_ Wie is rechtstreeks betrokken?",
            "_ Wie komt meestal niet, en hoe bereikt u die mensen?",
            "_ Talen van het traject:",
            "## 5. De terugkoppeling",
            "_ Hoe en wanneer hoort elke deelnemer wat er met de inbreng gebeurde?",
        ],
        "fr": [
            "Remplissez cette fiche avec l’élu responsable et les services concernés, avant de "
            "choisir une méthode. Comptez une réunion d’une heure et demie. Ce qui reste sans "
            "réponse ici reviendra plus tard sous forme de frustration chez les participants.",
            "## 1. La question",
            "_ Sur quelle question porte le processus ?",
            "_ Qu’est-ce qui est déjà fixé et n’est pas en discussion ?",
            "## 2. La décision",
            "_ Qui décide au bout du compte (collège, conseil, direction) ?",
            "_ Quand la décision sera-t-elle prise ?",
            "_ Niveau de participation (informer, consulter, co-construire, co-décider) :",
            "## 3. Les moyens",
            "_ Budget du processus lui-même :",
            "_ Budget pour mettre en œuvre les résultats :",
            "_ Qui porte le processus, et combien de jours par mois ?",
            "## 4. Les personnes",
            "_ Qui est directement concerné ?",
            "_ Qui ne vient généralement pas, et comment le toucher ?",
            "_ Langues du processus :",
            "## 5. Le retour",
            "_ Comment et quand chaque participant saura-t-il ce qu’est devenue sa contribution ?",
        ],
        "en": [
            "Fill in this sheet with the elected member in charge and the services involved, "
            "before you choose a method. Allow a 90-minute meeting. Whatever stays unanswered "
            "here comes back later as frustration among participants.",
            "## 1. The question",
            "_ What question is the process about?",
            "_ What is already fixed and not open for discussion?",
            "## 2. The decision",
            "_ Who takes the final decision (executive, council, management)?",
            "_ When will the decision be taken?",
            "_ Participation level (inform, consult, co-construct, co-decide):",
            "## 3. The means",
            "_ Budget for the process itself:",
            "_ Budget to carry out the results:",
            "_ Who runs the process, and how many days a month?",
            "## 4. The people",
            "_ Who is directly affected?",
            "_ Who usually does not come, and how will you reach them?",
            "_ Languages of the process:",
            "## 5. Feedback",
            "_ How and when will each participant learn what became of their input?",
        ],
    },
    "mandate-letter-template": {
        "fr": [
            "Ce modèle accompagne l’invitation envoyée aux membres tirés au sort. Il engage la "
            "commune : faites-le valider par le collège avant l’envoi. Les passages entre "
            "crochets sont à adapter.",
            "## Lettre",
            "Madame, Monsieur,",
            "Vous faites partie des [30] habitantes et habitants de [commune] tirés au sort pour "
            "former le panel citoyen sur [la question, par exemple : l’avenir de la place "
            "communale après le réaménagement de 2027]. Le collège des bourgmestre et échevins "
            "vous remercie d’avoir accepté.",
            "## La question qui vous est posée",
            "« [Formulez la question en une phrase, telle qu’elle figure dans la délibération du "
            "collège.] »",
            "## Ce qui est en discussion, et ce qui ne l’est pas",
            "- En discussion : [l’usage de la place, le mobilier, la place du végétal, les "
            "horaires du marché].",
            "- Hors discussion : [le budget total de 1,2 million d’euros, le maintien de l’accès "
            "des services de secours, le calendrier du chantier].",
            "## Votre travail",
            "Le panel se réunit [quatre samedis, de 9 h 30 à 16 h 00, entre le 7 mars et le "
            "25 avril]. Vous entendrez des experts et des habitants, vous visiterez les lieux et "
            "vous rédigerez ensemble des recommandations. Une équipe d’animation indépendante "
            "garantit que chacun puisse s’exprimer, en français comme en néerlandais.",
            "## Les engagements de la commune",
            "- Nous vous remettons toute l’information utile, y compris les études techniques.",
            "- Nous répondons par écrit à chacune de vos recommandations, en expliquant ce que "
            "nous retenons et pourquoi nous écartons le reste, dans un délai de [trois] mois.",
            "- Nous présentons cette réponse lors d’une séance publique du conseil communal.",
            "- Nous vous défrayons : [50 €] par journée, repas et garde d’enfants compris.",
            "## Contact",
            "_ Personne de contact au service participation :",
            "_ Téléphone et adresse e-mail :",
            "Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.",
            "_ Pour le collège, le bourgmestre :",
            "_ Le secrétaire communal :",
        ],
    },
    "world-cafe-facilitation-guide": {
        "nl": [
            "Dit draaiboek gaat uit van 40 deelnemers aan 10 tafels van 4, in een zaal van "
            "minstens 120 m², op een weekavond van 19.00 tot 21.30 uur. Het werkt in een of twee "
            "talen; met twee talen zet u per ronde minstens drie tweetalige tafels.",
            "## Rollen",
            "- Een gastheer of gastvrouw die het geheel leidt en de tijd bewaakt.",
            "- Tien tafelhouders, vooraf gebriefd: zij blijven aan tafel en vatten samen.",
            "- Een oogster die tussen de rondes de rode draad op een groot vel tekent.",
            "- Een onthaalpersoon aan de deur, met naamkaartjes en de koffie.",
            "## Materiaal",
            "- Per tafel: een papieren tafelkleed, vier stiften, een vaasje en een kaart met de "
            "vraag van de ronde in beide talen.",
            "- Een bel of klankschaal om de rondes af te sluiten.",
            "- Twee flappen van 1 m op 2 m voor de oogst aan de muur.",
            "## Verloop",
            "| Tijd | Wat | Wie",
            "| 18.30 | Tafels klaarzetten, tafelhouders briefen | Gastvrouw",
            "| 19.00 | Onthaal, koffie, vrije plaatskeuze | Onthaal",
            "| 19.15 | Welkom, doel van de avond, spelregels (10 min) | Gastvrouw",
            "| 19.25 | Ronde 1: wat werkt er nu goed in de buurt? (20 min) | Tafelhouders",
            "| 19.45 | Wisselen: iedereen behalve de tafelhouder schuift door | Allen",
            "| 19.50 | Ronde 2: wat ontbreekt er voor jongeren en ouderen? (20 min) | Tafelhouders",
            "| 20.15 | Ronde 3: wat zou u zelf willen opnemen? (20 min) | Tafelhouders",
            "| 20.40 | Oogst in plenaire: elke tafel één idee (25 min) | Oogster",
            "| 21.05 | Wat gebeurt er nu mee, en wanneer hoort u iets? | Schepen of dienst",
            "| 21.15 | Evaluatie op papier, drankje | Allen",
            "## Spelregels om voor te lezen",
            "- Iedereen spreekt in de taal waarin hij zich goed voelt; de tafel helpt vertalen.",
            "- Luisteren is even belangrijk als spreken.",
            "- Schrijf en teken op het tafelkleed: wat daar staat, nemen we mee.",
            "## Tips uit de praktijk",
            "- Houd de vragen open en concreet. Niet: ‘Wat vindt u van mobiliteit?’ Wel: ‘Waar "
            "voelt u zich onveilig als u te voet naar de markt gaat?’",
            "- Geef de tafelhouders vooraf een half uur training: samenvatten in twee zinnen, "
            "stille deelnemers uitnodigen, niet zelf het woord nemen.",
            "- Fotografeer alle tafelkleden voor u opruimt; ze vormen het ruwe verslag.",
            "- Beloof geen resultaten die niemand in de zaal kan waarmaken.",
        ],
    },
    "participant-recruitment-checklist": {
        "en": [
            "Use this checklist from six weeks before the first session. It assumes a process "
            "in Brussels, so in at least two languages; tick each item as it is done.",
            "## Six weeks before",
            "[ ] Describe the people you need in three or four criteria (age, commune or "
            "district, language, gender, tenure), not in general terms such as ‘residents’.",
            "[ ] Compare that profile with the last three meetings held on the subject: who "
            "was missing?",
            "[ ] List at least five relays who reach the missing groups: a social restaurant, "
            "a school, a mosque or parish, a youth centre, a local football club, a CPAS or "
            "OCMW office.",
            "[ ] Book the venue and check it against the accessibility checklist.",
            "[ ] Decide on compensation (a voucher, a meal, travel costs) and on childcare.",
            "## Four weeks before",
            "[ ] Write the invitation in easy language, in French and Dutch, and in a third "
            "language if the district needs it (Arabic, Turkish, Romanian, Spanish...).",
            "[ ] Print posters in A3 and flyers in A6; 1,000 flyers cost about €60.",
            "[ ] Brief the relays in person: ten minutes at their team meeting works better "
            "than an e-mail.",
            "[ ] Open registration by phone as well as online, with a named person answering.",
            "## Two weeks before",
            "[ ] Go door to door in the streets where registrations are lowest: two people, "
            "two evenings, around 150 doorbells each.",
            "[ ] Be present where people already are: the market, the school gate at 15.30, "
            "the laundrette.",
            "[ ] Check the registrations against your profile and adjust your effort.",
            "## The last days",
            "[ ] Call or text every registered person two days before.",
            "[ ] Prepare a welcome desk with a name list and a person who speaks both languages.",
            "[ ] Plan 20% more registrations than the places you need: some will not come.",
            "## Afterwards",
            "[ ] Note who came compared with the profile, and which channel brought them.",
            "[ ] Thank the relays and tell them what happened next.",
        ],
    },
    "easy-language-invitation": {
        "nl": [
            "Tips: korte zinnen, één idee per zin, de datum en het adres bovenaan. Laat de tekst "
            "nalezen door iemand die de taal minder goed kent. Gebruik een lettergrootte van "
            "minstens 12 punten.",
            "## Praat mee over uw straat!",
            "- Wanneer? Zaterdag [12 oktober], van 10.00 tot 12.00 uur.",
            "- Waar? [Buurthuis De Linde, Lindestraat 14, 1080 Molenbeek].",
            "- Voor wie? Voor iedereen die in de wijk woont of werkt. Kinderen zijn welkom.",
            "De gemeente wil uw straat groener en veiliger maken. U kent de straat het best. "
            "Daarom vragen we uw mening.",
            "Er is koffie en thee. We spreken Nederlands en Frans. Er is hulp voor andere "
            "talen. De zaal is toegankelijk met een rolstoel.",
            "U hoeft niets voor te bereiden. Het is gratis.",
            "Vragen? Bel [Sara] op [02 000 00 00].",
            "_ Ik kom. Mijn naam:",
            "_ Met hoeveel personen?",
        ],
        "fr": [
            "Conseils : des phrases courtes, une idée par phrase, la date et l’adresse en haut. "
            "Faites relire le texte par quelqu’un qui maîtrise moins bien la langue. Utilisez "
            "une taille de caractères d’au moins 12 points.",
            "## Venez parler de votre rue !",
            "- Quand ? Le samedi [12 octobre], de 10 h à 12 h.",
            "- Où ? [Maison de quartier De Linde, rue du Tilleul 14, 1080 Molenbeek].",
            "- Pour qui ? Pour toutes les personnes qui habitent ou travaillent dans le "
            "quartier. Les enfants sont les bienvenus.",
            "La commune veut rendre votre rue plus verte et plus sûre. Vous connaissez bien "
            "votre rue. C’est pour cela que nous vous demandons votre avis.",
            "Il y a du café et du thé. Nous parlons français et néerlandais. Il y a de l’aide "
            "pour d’autres langues. La salle est accessible en fauteuil roulant.",
            "Vous ne devez rien préparer. C’est gratuit.",
            "Des questions ? Appelez [Sara] au [02 000 00 00].",
            "_ Je viens. Mon nom :",
            "_ Combien de personnes ?",
        ],
        "en": [
            "Tips: short sentences, one idea per sentence, the date and address at the top. Ask "
            "someone who knows the language less well to read it. Use a type size of at least "
            "12 points.",
            "## Come and talk about your street!",
            "- When? Saturday [12 October], from 10 am to 12 noon.",
            "- Where? [De Linde community centre, Lindestraat 14, 1080 Molenbeek].",
            "- Who for? Everyone who lives or works in the area. Children are welcome.",
            "The commune wants to make your street greener and safer. You know your street "
            "best. That is why we are asking what you think.",
            "There is coffee and tea. We speak French and Dutch. There is help for other "
            "languages. The room is wheelchair accessible.",
            "You do not need to prepare anything. It is free.",
            "Questions? Call [Sara] on [02 000 00 00].",
            "_ I am coming. My name:",
            "_ How many people?",
        ],
    },
    "feedback-report-template": {
        "fr": [
            "Un bon retour tient en quatre pages, paraît au plus tard trois mois après la "
            "dernière rencontre et parvient à chaque participant par le canal par lequel il "
            "s’est inscrit (courrier, e-mail, relais associatif). Remplacez les passages entre "
            "crochets.",
            "## 1. Ce que nous vous avons demandé",
            "Rappelez la question en une phrase, la période et le nombre de personnes qui ont "
            "participé, par canal : [312 réponses en ligne, 84 sur papier, 46 personnes aux "
            "deux ateliers].",
            "## 2. Ce que nous avons entendu",
            "Les cinq à huit idées principales, avec le nombre de personnes qui les ont "
            "exprimées. Citez des mots de participants, sans les nommer. Mentionnez aussi les "
            "avis minoritaires et les désaccords.",
            "## 3. Ce que nous en faisons",
            "| Proposition | Décision | Pourquoi",
            "| [Plus de bancs sur la place] | [Retenue : 12 bancs au lieu de 6] | [Demandé par "
            "les seniors et les parents]",
            "| [Fermer la rue à la circulation] | [Retenue en partie : le samedi] | [Accès des "
            "livraisons en semaine]",
            "| [Un terrain de basket] | [Non retenue] | [Place trop petite ; étudié au parc "
            "voisin]",
            "Une proposition écartée mérite autant d’explication qu’une proposition retenue. "
            "C’est souvent elle que les participants lisent en premier.",
            "## 4. Et maintenant ?",
            "- Les prochaines étapes et leurs dates : [permis en juin, chantier de septembre à "
            "décembre].",
            "- Ce qui reste ouvert à la participation : [le choix des plantations, au printemps].",
            "- Qui contacter : [nom, téléphone, adresse e-mail].",
            "## Avant publication",
            "[ ] Le texte a été relu par une personne extérieure au projet.",
            "[ ] Il existe une version néerlandaise de même qualité.",
            "[ ] Les participants sans e-mail reçoivent une version papier.",
            "[ ] Le rapport est publié en ligne avec la date de la décision.",
        ],
    },
    "evaluation-questionnaire": {
        "nl": [
            "Zet een cijfer van 1 (helemaal niet akkoord) tot 5 (helemaal akkoord). Anoniem.",
            "| Vraag | 1 | 2 | 3 | 4 | 5",
            "| Ik wist vooraf waarover deze bijeenkomst ging. |  |  |  |  | ",
            "| Ik kon zeggen wat ik wilde. |  |  |  |  | ",
            "| Er werd naar mij geluisterd. |  |  |  |  | ",
            "| Ik begreep de taal die gesproken werd. |  |  |  |  | ",
            "| Ik weet wat er nu met de ideeën gebeurt. |  |  |  |  | ",
            "| Ik zou opnieuw komen. |  |  |  |  | ",
            "_ Wat was voor u het belangrijkste moment?",
            "_ Wat moeten we de volgende keer anders doen?",
        ],
        "fr": [
            "Indiquez un chiffre de 1 (pas du tout d’accord) à 5 (tout à fait d’accord). Anonyme.",
            "| Question | 1 | 2 | 3 | 4 | 5",
            "| Je savais à l’avance de quoi parlerait cette rencontre. |  |  |  |  | ",
            "| J’ai pu dire ce que je voulais. |  |  |  |  | ",
            "| On m’a écouté. |  |  |  |  | ",
            "| J’ai compris la langue parlée. |  |  |  |  | ",
            "| Je sais ce que vont devenir les idées. |  |  |  |  | ",
            "| Je reviendrais. |  |  |  |  | ",
            "_ Quel a été pour vous le moment le plus important ?",
            "_ Que devons-nous faire autrement la prochaine fois ?",
        ],
        "en": [
            "Give a score from 1 (strongly disagree) to 5 (strongly agree). Anonymous.",
            "| Question | 1 | 2 | 3 | 4 | 5",
            "| I knew beforehand what this meeting was about. |  |  |  |  | ",
            "| I could say what I wanted to say. |  |  |  |  | ",
            "| People listened to me. |  |  |  |  | ",
            "| I understood the language spoken. |  |  |  |  | ",
            "| I know what will happen to the ideas now. |  |  |  |  | ",
            "| I would come again. |  |  |  |  | ",
            "_ What was the most important moment for you?",
            "_ What should we do differently next time?",
        ],
    },
    "gdpr-checklist": {
        "nl": [
            "Een participatietraject verzamelt bijna altijd persoonsgegevens: namen, adressen, "
            "telefoonnummers, soms foto’s of meningen die naar iemand terug te leiden zijn. "
            "Loop deze lijst na met de functionaris voor gegevensbescherming (DPO) van uw "
            "gemeente of organisatie, vóór u een formulier online zet.",
            "## Vooraf",
            "[ ] Noteer welke gegevens u echt nodig hebt. Een postcode volstaat vaak; een "
            "volledig adres zelden.",
            "[ ] Bepaal de rechtsgrond: meestal toestemming, soms een taak van algemeen belang "
            "(bijvoorbeeld een wettelijk verplicht openbaar onderzoek).",
            "[ ] Leg de bewaartermijn vast: bijvoorbeeld zes maanden na de terugkoppeling, "
            "daarna wissen.",
            "[ ] Vraag bijzondere gegevens (gezondheid, afkomst, religie) alleen als het "
            "onvermijdelijk is, en dan anoniem.",
            "[ ] Schrijf de privacyverklaring in eenvoudige taal, in het Nederlands en het Frans.",
            "## Bij een loting",
            "[ ] Gebruik het Rijksregister alleen via de gemeente en met een beslissing van het "
            "college; externe partners krijgen enkel de gegevens van wie zich aanmeldt.",
            "[ ] Sluit een verwerkersovereenkomst met het bureau dat de loting uitvoert.",
            "## Online bevragingen",
            "[ ] Kies een tool die de gegevens in de Europese Unie bewaart.",
            "[ ] Schakel het verzamelen van IP-adressen uit als u ze niet nodig hebt.",
            "[ ] Vraag e-mailadressen in een apart, facultatief veld.",
            "## Foto’s en video",
            "[ ] Vraag schriftelijke toestemming voor herkenbare portretten; voor kinderen die "
            "van een ouder.",
            "[ ] Zeg aan het begin van de bijeenkomst dat er gefotografeerd wordt, en bied een "
            "rood naamkaartje aan voor wie niet op de foto wil.",
            "## Achteraf",
            "[ ] Publiceer citaten zonder namen of details die iemand herkenbaar maken.",
            "[ ] Wis de lijsten op de afgesproken datum en noteer dat u het deed.",
            "[ ] Gebruik de contactgegevens niet voor andere doeleinden zonder nieuwe toestemming.",
        ],
    },
    "process-budget-worksheet": {
        "en": [
            "A first estimate for a process of three public sessions with about 40 people each. "
            "The amounts are indicative Brussels prices in 2026, excluding VAT. Fill in your own "
            "figures in the last column.",
            "## Costs",
            "| Item | Unit | Indicative | Your figure",
            "| Venue hire (community centre, evening) | 3 evenings | €600 | ",
            "| Facilitation (external, two facilitators) | 3 sessions + preparation | €4,800 | ",
            "| Simultaneous interpreting FR/NL | 3 evenings | €2,700 | ",
            "| Translation of documents | 6,000 words | €900 | ",
            "| Design and printing (posters, flyers) | 1,500 copies | €450 | ",
            "| Door-to-door mobilisation | 4 evenings, 2 people | €640 | ",
            "| Catering (soup, sandwiches, drinks) | 120 portions | €1,080 | ",
            "| Childcare on site | 3 evenings | €450 | ",
            "| Participant compensation (vouchers) | 40 × €25 | €1,000 | ",
            "| Accessibility (ramp, induction loop hire) | lump sum | €300 | ",
            "| Feedback report (writing, layout, postage) | 1 report | €1,200 | ",
            "| Contingency (10%) | | €1,412 | ",
            "| Total | | €15,532 | ",
            "## Often forgotten",
            "- Staff time: a process like this takes about 25 working days of a project "
            "manager's time over four months.",
            "- The budget to carry out what participants propose. Without it, the process "
            "itself is wasted money.",
            "- A second language is not a detail in Brussels: interpreting and translation are "
            "often a quarter of the direct costs.",
            "- Compensation paid in vouchers is simpler for people on benefits than cash.",
            "## Where to find money",
            "- The annual project call of the participation service funds up to 80% of the "
            "direct costs of a local project.",
            "- The framework contract lets eligible organisations order facilitation and "
            "mobilisation without a tender of their own.",
        ],
    },
    "neighbourhood-walk-route-sheet": {
        "fr": [
            "Une fiche par groupe de six à huit personnes. Le parcours dure 90 minutes pour "
            "1,5 km environ, avec cinq arrêts de dix minutes. Prévoyez un parcours accessible "
            "aux poussettes et aux fauteuils roulants, et faites-le une fois à l’avance, à la "
            "même heure que la marche.",
            "_ Groupe :",
            "_ Animatrice ou animateur :",
            "_ Preneur ou preneuse de notes :",
            "_ Date et heure de départ :",
            "## À observer à chaque arrêt",
            "- Se sentir en sécurité : éclairage, visibilité, présence d’autres personnes.",
            "- Se déplacer : largeur des trottoirs, traversées, obstacles, vitesse des voitures.",
            "- S’arrêter : bancs, ombre, toilettes, fontaines.",
            "- Propreté et entretien : dépôts, tags, mobilier abîmé.",
            "- Ce qui fonctionne bien et qu’il faut garder.",
            "## Le parcours",
            "| Arrêt | Lieu | Constats | Photo n°",
            "| 1 | [Sortie du métro] |  | ",
            "| 2 | [Carrefour devant l’école] |  | ",
            "| 3 | [Square et plaine de jeux] |  | ",
            "| 4 | [Passage sous le chemin de fer] |  | ",
            "| 5 | [Parvis de l’église, retour] |  | ",
            "## Pour l’animation",
            "- Donnez la parole d’abord à ceux qui parlent le moins : les enfants et les "
            "personnes âgées voient d’autres choses.",
            "- Notez les mots des participants, pas votre interprétation.",
            "- Photographiez les lieux, pas les personnes.",
            "- Refaites une partie du parcours après 18 h si la sécurité le soir est un sujet.",
            "## Après la marche",
            "Réunissez les groupes autour d’une grande carte du quartier. Chaque groupe place "
            "ses constats avec des gommettes : vert pour ce qu’il faut garder, rouge pour ce "
            "qu’il faut changer. Comptez 45 minutes.",
        ],
    },
    "sortition-guide": {
        "en": [
            "A panel drawn by lot is only credible if the draw is fair and documented. This "
            "guide follows the figures of a 30-member panel in a commune of 100,000 residents; "
            "adjust them to your own case.",
            "## 1. Decide the criteria",
            "Choose four or five criteria that matter for the question: usually gender, age "
            "band, district and level of education, sometimes language or housing tenure. Take "
            "the target shares from the latest statistics (IBSA publishes them per commune).",
            "## 2. First draw: the invitations",
            "The commune draws names from the population register. Expect a positive reply "
            "rate of 3 to 5%: for 30 members, send about 1,500 letters, more in districts where "
            "fewer people answer. Oversample those districts from the start rather than "
            "correcting afterwards.",
            "- Send the letter in French and Dutch, signed by the mayor, with a reply by post, "
            "phone or online.",
            "- State the compensation and the dates in the letter.",
            "- Follow up by door-to-door visits in the districts with the lowest response.",
            "## 3. Second draw: the panel",
            "Among the people who said yes (say 90), a second draw picks 30 members and 10 "
            "substitutes so that the panel matches the target shares. Use an open-source "
            "selection tool and run it in public, or before a notary or a witness from "
            "outside the administration.",
            "| Criterion | Target share | Members | Substitutes",
            "| Women | 51% | 15 | 5",
            "| Aged 16 to 29 | 24% | 7 | 3",
            "| Aged 65 and over | 14% | 4 | 2",
            "| No higher education | 55% | 16 | 5",
            "## 4. Keep people on board",
            "- Call every member within a week of the draw.",
            "- Pay the compensation (€50 to €80 a day is usual) promptly, in a form that does "
            "not affect benefits.",
            "- Offer childcare, transport and interpreting from the first session.",
            "## 5. Document it",
            "Publish the criteria, the numbers at each step and the final composition. Keep "
            "the names confidential unless members agree otherwise.",
        ],
    },
    "meeting-accessibility-checklist": {
        "nl": [
            "[ ] De zaal is bereikbaar met het openbaar vervoer, op maximaal 5 minuten "
            "wandelen van een halte.",
            "[ ] Toegang zonder trappen, een aangepast toilet, een brede deur.",
            "[ ] Een ringleiding of microfoon voor slechthorenden.",
            "[ ] Het uur past bij het publiek: geen avond voor ouders van jonge kinderen, geen "
            "werkdag voor werkenden.",
            "[ ] Kinderopvang of een kinderhoek met begeleiding.",
            "[ ] Vertolking of tafels per taal; documenten in het Nederlands en het Frans.",
            "[ ] Een uitnodiging in eenvoudige taal, ook op papier.",
            "[ ] Een rustige ruimte voor wie even weg wil.",
        ],
        "fr": [
            "[ ] La salle est desservie par les transports publics, à 5 minutes à pied "
            "maximum d’un arrêt.",
            "[ ] Accès sans marches, toilette adaptée, porte large.",
            "[ ] Une boucle magnétique ou un micro pour les personnes malentendantes.",
            "[ ] L’horaire convient au public : pas de soirée pour les parents de jeunes "
            "enfants, pas de jour ouvrable pour les travailleurs.",
            "[ ] Une garde d’enfants ou un coin enfants encadré.",
            "[ ] Interprétation ou tables par langue ; documents en français et en néerlandais.",
            "[ ] Une invitation en langage simple, aussi sur papier.",
            "[ ] Un espace calme pour qui veut faire une pause.",
        ],
        "en": [
            "[ ] The venue is served by public transport, at most a 5-minute walk from a stop.",
            "[ ] Step-free access, an accessible toilet, a wide door.",
            "[ ] An induction loop or a microphone for people who are hard of hearing.",
            "[ ] The time suits the audience: no evening for parents of young children, no "
            "weekday for people at work.",
            "[ ] Childcare or a supervised children’s corner.",
            "[ ] Interpreting or tables per language; documents in French and Dutch.",
            "[ ] An invitation in easy language, on paper too.",
            "[ ] A quiet room for anyone who needs a break.",
        ],
    },
}

# The accessibility checklist continues with the same twelve further points in each language.
_MORE_ACCESSIBILITY = {
    "nl": [
        "## Tijdens de bijeenkomst",
        "[ ] Naamkaartjes met de voornaam in grote letters.",
        "[ ] Presentaties met minstens 24 punten lettergrootte en goed contrast.",
        "[ ] Beeldmateriaal wordt mondeling beschreven.",
        "[ ] Pauze na uiterlijk 60 minuten.",
        "[ ] Water en een maaltijd of snack, ook halal en vegetarisch.",
        "[ ] Stoelen met armleuningen voor wie moeilijk opstaat.",
        "## Na de bijeenkomst",
        "[ ] Het verslag bestaat in eenvoudige taal.",
        "[ ] Het verslag is een toegankelijke pdf of een webpagina.",
        "[ ] Deelnemers zonder e-mail krijgen het per post.",
        "[ ] Onkosten (vervoer, opvang) worden binnen een maand terugbetaald.",
        "[ ] U vraagt wat de volgende keer beter kan.",
    ],
    "fr": [
        "## Pendant la rencontre",
        "[ ] Des badges avec le prénom en grands caractères.",
        "[ ] Des présentations en 24 points minimum, bien contrastées.",
        "[ ] Les images sont décrites oralement.",
        "[ ] Une pause au plus tard après 60 minutes.",
        "[ ] De l’eau et un repas ou un en-cas, aussi halal et végétarien.",
        "[ ] Des chaises avec accoudoirs pour qui se lève difficilement.",
        "## Après la rencontre",
        "[ ] Le compte rendu existe en langage simple.",
        "[ ] Le compte rendu est un PDF accessible ou une page web.",
        "[ ] Les participants sans e-mail le reçoivent par la poste.",
        "[ ] Les frais (transport, garde) sont remboursés dans le mois.",
        "[ ] Vous demandez ce qui peut être amélioré la prochaine fois.",
    ],
    "en": [
        "## During the meeting",
        "[ ] Name badges with first names in large letters.",
        "[ ] Slides in at least 24-point type, with good contrast.",
        "[ ] Pictures are described aloud.",
        "[ ] A break after 60 minutes at the latest.",
        "[ ] Water and a meal or snack, halal and vegetarian too.",
        "[ ] Chairs with armrests for people who find it hard to stand up.",
        "## After the meeting",
        "[ ] The report exists in easy language.",
        "[ ] The report is an accessible PDF or a web page.",
        "[ ] Participants without e-mail receive it by post.",
        "[ ] Expenses (transport, childcare) are refunded within a month.",
        "[ ] You ask what could be better next time.",
    ],
}
for _language, _blocks in _MORE_ACCESSIBILITY.items():
    DOCUMENTS["meeting-accessibility-checklist"][_language] = [
        {"nl": "## Vooraf", "fr": "## Avant la rencontre", "en": "## Before the meeting"}[
            _language
        ],
        *DOCUMENTS["meeting-accessibility-checklist"][_language],
        *_blocks,
    ]


# --- Rendering and seeding --------------------------------------------------------------------


def render(slug: str, language: str, licence: str, titles: tuple, descriptions: tuple) -> bytes:
    """The PDF of a resource: its text in its language, or the three one after the other."""
    texts = DOCUMENTS[slug]
    footer = f"{Licence(licence).label} · participatie.brussels"
    if language == Language.MULTILINGUAL:
        blocks: list[str] = []
        for index, code in enumerate(("nl", "fr", "en")):
            if index:
                blocks.append("---")
            blocks += [f"## {titles[index]}", descriptions[index], *texts[code]]
        return render_pdf(" · ".join(titles), blocks, footer=footer, lang=LANG_TAGS["nl"])
    index = ("nl", "fr", "en").index(language)
    return render_pdf(
        titles[index],
        texts[language],
        subtitle=descriptions[index],
        footer=footer,
        lang=LANG_TAGS[language],
    )


def seed(seeder: DemoSeeder) -> None:
    existing = Resource.objects.in_bulk(field_name="slug")
    stages = Stage.objects.in_bulk(field_name="slug")
    methods = Method.objects.in_bulk(field_name="slug")
    for position, entry in enumerate(RESOURCES):
        slug, kind, language, licence, stage_slugs, method_slugs, published_at = entry[:7]
        titles, descriptions = entry[7:]
        resource = existing.get(slug)
        if published_at is None:
            published_at = scheduled_moment(
                resource.published_at if resource else None, ahead=SCHEDULED_AHEAD
            )
        values = {
            "kind": kind,
            "language": language,
            "licence": licence,
            "position": position,
            "published_at": published_at,
            **translated(*titles, name="title"),
            **translated(*descriptions, name="description"),
        }
        content = render(slug, language, licence, titles, descriptions)
        resource = resource or Resource(slug=slug)
        changed_file = file_digest(resource.file) != hashlib.sha256(content).hexdigest()
        if changed_file:
            if resource.file:
                resource.file.delete(save=False)
            resource.file.save(f"{slug}.pdf", ContentFile(content), save=False)
        if not update_if_changed(resource, values) and changed_file:
            resource.save()
        resource.stages.set([stages[s] for s in stage_slugs if s in stages])
        resource.methods.set([methods[s] for s in method_slugs if s in methods])
