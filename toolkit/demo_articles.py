"""Demo articles and news of the toolkit, with cover images drawn by the seed itself.

``ARTICLES`` holds ten published pieces and one scheduled a few weeks ahead, each in three
languages: title, lead, body (HTML), cover description, themes and methods. The published
dates are fixed, so the seed gives the same rows every time. Each cover is an abstract composition in the
site's colours drawn with Pillow from a named design and a variant; the same design and
variant always give the same JPEG, so a second run compares digests and leaves the stored
image (and the row) alone.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import math
import random

from django.core.files.base import ContentFile

from core.demo import DemoSeeder, file_digest, scheduled_moment, translated, update_if_changed
from core.models import Theme
from core.sanitise import sanitise_html
from toolkit.models import Article, Method

ARTICLE = Article.Kind.ARTICLE
NEWS = Article.Kind.NEWS

COVER_SIZE = (1200, 675)
# Drawn at twice the size and scaled down, for smooth edges.
SUPERSAMPLE = 2

# The site's palette (static/css/site.css).
BLUE_900 = (7, 44, 87)
BLUE_800 = (9, 58, 114)
BLUE_700 = (11, 74, 139)
BLUE_600 = (26, 94, 168)
BLUE_200 = (185, 207, 234)
BLUE_100 = (221, 232, 246)
BLUE_50 = (241, 246, 252)
YELLOW_500 = (245, 196, 0)
YELLOW_300 = (255, 223, 102)
WHITE = (255, 255, 255)


# The one news item published later: how far ahead of the seed its date is set.
SCHEDULED_AHEAD = datetime.timedelta(weeks=6)


def _at(year: int, month: int, day: int) -> datetime.datetime:
    return datetime.datetime(year, month, day, 8, 0, tzinfo=datetime.UTC)


# --- Cover images -----------------------------------------------------------------------------

# For each design, its colour variants: (background, main shapes, first accent, second accent).
VARIANTS = {
    "tables": [
        (BLUE_50, BLUE_700, YELLOW_500, BLUE_600),
        (BLUE_900, YELLOW_500, WHITE, BLUE_200),
        (YELLOW_300, BLUE_700, WHITE, BLUE_900),
    ],
    "bubbles": [(BLUE_700, WHITE, YELLOW_300, BLUE_200)],
    "path": [(BLUE_900, YELLOW_500, WHITE, BLUE_800)],
    "bars": [(BLUE_50, BLUE_700, YELLOW_500, BLUE_200), (BLUE_900, BLUE_600, YELLOW_500, BLUE_200)],
    "grid": [(BLUE_700, BLUE_600, YELLOW_500, BLUE_200), (YELLOW_500, WHITE, BLUE_900, WHITE)],
    "envelope": [(YELLOW_500, WHITE, BLUE_700, BLUE_600)],
    "split": [(BLUE_50, BLUE_700, YELLOW_500, BLUE_200)],
}


def _tables(draw, rng, width, height, colours):
    """Round tables (circles) each ringed by small dots: people around them."""
    _background, table, first, second = colours
    columns, rows = 4, 2
    for row in range(rows):
        for column in range(columns):
            cx = width * (column + 0.5 + (0.25 if row else -0.1)) / columns
            cy = height * (row + 0.5) / rows + rng.randint(-40, 40)
            radius = rng.randint(150, 190)
            draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=table)
            seats = rng.randint(4, 7)
            offset = rng.random() * math.tau
            for seat in range(seats):
                angle = offset + seat * math.tau / seats
                sx = cx + (radius + 60) * math.cos(angle)
                sy = cy + (radius + 60) * math.sin(angle)
                dot = 34
                colour = first if seat % 2 == 0 else second
                draw.ellipse((sx - dot, sy - dot, sx + dot, sy + dot), fill=colour)


def _bubbles(draw, rng, width, height, colours):
    """Speech bubbles with a tail, some with lines suggesting text."""
    _background, first, second, third = colours
    line_colour = colours[0]
    spots = [(0.06, 0.1), (0.42, 0.05), (0.7, 0.3), (0.15, 0.52), (0.5, 0.58)]
    for index, (fx, fy) in enumerate(spots):
        x, y = width * fx, height * fy
        w, h = rng.randint(560, 760), rng.randint(300, 400)
        fill = (first, second, third)[index % 3]
        draw.rounded_rectangle((x, y, x + w, y + h), radius=70, fill=fill)
        tail_x = x + (w * 0.25 if index % 2 else w * 0.7)
        draw.polygon(
            [(tail_x, y + h - 5), (tail_x + 110, y + h - 5), (tail_x + 20, y + h + 110)],
            fill=fill,
        )
        if index % 3 != 2:
            for line in range(3):
                ly = y + 95 + line * 75
                length = w - 180 - (line == 2) * rng.randint(120, 260)
                draw.rounded_rectangle((x + 90, ly, x + 90 + length, ly + 26), 13, line_colour)


def _path(draw, rng, width, height, colours):
    """A winding path over a faint street grid, with stops along the way."""
    _background, path, stop, grid = colours
    for x in range(0, width, 240):
        draw.line((x, 0, x + 180, height), fill=grid, width=14)
    for y in range(0, height, 220):
        draw.line((0, y, width, y + 60), fill=grid, width=14)
    phase = rng.random() * math.tau
    points = [
        (x, height / 2 + height * 0.28 * math.sin(phase + x / width * 3.2 * math.pi))
        for x in range(-100, width + 101, 20)
    ]
    draw.line(points, fill=path, width=80, joint="curve")
    for index in range(1, 6):
        x, y = points[index * len(points) // 6]
        draw.ellipse((x - 48, y - 48, x + 48, y + 48), fill=stop)


def _bars(draw, rng, width, height, colours):
    """A bar chart: bars in blues, one yellow bar higher than all the others."""
    background, bar, highlight, light = colours
    count = 9
    base = height - 150
    gap = width / (count + 1)
    rising = background == BLUE_900  # the second variant rises from left to right
    star = count - 1 if rising else rng.randint(2, count - 3)
    for index in range(count):
        x = gap * (index + 0.6)
        step = (base - 220) / count
        top = base - (index + 1) * step if rising else base - rng.randint(300, 750)
        if index == star:
            colour, top = highlight, 150
        else:
            colour = bar if index % 2 == 0 else light
        draw.rounded_rectangle((x, top, x + gap * 0.7, base), radius=24, fill=colour)
    draw.line((gap * 0.3, base + 20, width - gap * 0.3, base + 20), fill=light, width=12)


def _grid(draw, rng, width, height, colours):
    """A grid of rounded squares, a few of them in the accent colour."""
    _background, cell, accent, _outline = colours
    columns, rows = 10, 5
    size = 170
    gap_x = (width - columns * size) / (columns + 1)
    gap_y = (height - rows * size) / (rows + 1)
    highlighted = set(rng.sample(range(columns * rows), 7))
    for row in range(rows):
        for column in range(columns):
            x = gap_x + column * (size + gap_x)
            y = gap_y + row * (size + gap_y)
            colour = accent if row * columns + column in highlighted else cell
            draw.rounded_rectangle((x, y, x + size, y + size), radius=30, fill=colour)


def _envelope(draw, rng, width, height, colours):
    """An envelope with its fold lines, among small circles."""
    _background, paper, fold, dots = colours
    count = 18
    for index in range(count):
        angle = index * math.tau / count + rng.uniform(-0.12, 0.12)
        reach = rng.uniform(0.34, 0.44)
        x = width / 2 + width * reach * math.cos(angle)
        y = height / 2 + height * (reach + 0.04) * math.sin(angle)
        r = rng.randint(18, 44)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=dots)
    left, top, right, bottom = width * 0.3, height * 0.22, width * 0.7, height * 0.78
    draw.rounded_rectangle((left, top, right, bottom), radius=24, fill=paper)
    middle = ((left + right) / 2, (top + bottom) / 2 + 40)
    draw.line([(left + 30, top + 30), middle, (right - 30, top + 30)], fill=fold, width=26)
    draw.line([(left + 30, bottom - 30), (middle[0] - 120, middle[1] - 50)], fill=fold, width=14)
    draw.line([(right - 30, bottom - 30), (middle[0] + 120, middle[1] - 50)], fill=fold, width=14)


def _split(draw, rng, width, height, colours):
    """A screen with tiles on the left, a table with people around it on the right."""
    _background, frame, people, tiles = colours
    left, top, right, bottom = width * 0.07, height * 0.18, width * 0.5, height * 0.74
    draw.rounded_rectangle((left, top, right, bottom), radius=30, fill=frame)
    draw.rounded_rectangle((left + 30, top + 30, right - 30, bottom - 30), 16, fill=WHITE)
    draw.rectangle((width * 0.24, bottom, width * 0.33, bottom + 90), fill=frame)
    draw.rounded_rectangle((width * 0.17, bottom + 80, width * 0.4, bottom + 120), 20, frame)
    tile_w = (right - left - 60 - 4 * 24) / 3
    tile_h = (bottom - top - 60 - 3 * 24) / 2
    for row in range(2):
        for column in range(3):
            x = left + 54 + column * (tile_w + 24)
            y = top + 54 + row * (tile_h + 24)
            draw.rounded_rectangle((x, y, x + tile_w, y + tile_h), 12, fill=tiles)
    cx, cy, radius = width * 0.77, height * 0.5, 230
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=frame)
    seats = 8
    for seat in range(seats):
        angle = seat * math.tau / seats + rng.random() * 0.2
        sx, sy = cx + 330 * math.cos(angle), cy + 330 * math.sin(angle)
        draw.ellipse((sx - 50, sy - 50, sx + 50, sy + 50), fill=people)


DESIGNS = {
    "tables": _tables,
    "bubbles": _bubbles,
    "path": _path,
    "bars": _bars,
    "grid": _grid,
    "envelope": _envelope,
    "split": _split,
}


def cover_image(slug: str, design: str, variant: int) -> bytes:
    """The cover of an article as JPEG bytes: the same arguments always give the same bytes."""
    from PIL import Image, ImageDraw

    colours = VARIANTS[design][variant]
    width, height = (side * SUPERSAMPLE for side in COVER_SIZE)
    image = Image.new("RGB", (width, height), colours[0])
    DESIGNS[design](ImageDraw.Draw(image), random.Random(slug), width, height, colours)
    image = image.resize(COVER_SIZE, Image.Resampling.LANCZOS)
    output = io.BytesIO()
    image.save(output, format="JPEG", quality=85, optimize=True)
    return output.getvalue()


# --- The articles -----------------------------------------------------------------------------

ARTICLES = [
    {
        "slug": "citizen-panel-mobility-lessons",
        "kind": ARTICLE,
        "published_at": _at(2025, 12, 9),
        "themes": ["mobility", "democracy"],
        "methods": ["citizen-panel", "deliberative-poll"],
        "cover": ("tables", 0),
        "title": (
            "Vijf lessen uit een burgerpanel over mobiliteit",
            "Cinq leçons d’un panel citoyen sur la mobilité",
            "Five lessons from a citizen panel on mobility",
        ),
        "lead": (
            "Tweeëndertig gelote bewoners bogen zich vier zaterdagen over de herinrichting van "
            "een drukke steenweg. Wat werkte, wat niet, en wat we anders zouden doen.",
            "Trente-deux habitants tirés au sort ont travaillé quatre samedis sur le "
            "réaménagement d’une chaussée très fréquentée. Ce qui a marché, ce qui a coincé, et "
            "ce que nous ferions autrement.",
            "Thirty-two residents drawn by lot spent four Saturdays on the redesign of a busy "
            "main road. What worked, what did not, and what we would do differently.",
        ),
        "body": (
            "<p>Een steenweg met een tram, twee fietsroutes, tientallen handelaars en een "
            "school: meer conflicten over de openbare ruimte vindt u in Brussel zelden op één "
            "kilometer. Het college van de gemeente legde de vraag hoe die ruimte verdeeld moet "
            "worden voor aan een burgerpanel van 32 bewoners, geloot uit 1.600 uitnodigingen. "
            "Het panel formuleerde 19 aanbevelingen. Drie maanden later antwoordde het college "
            "op elk ervan.</p>"
            "<h2>1. Een vraag die echt open is</h2>"
            "<p>Het tracé van de tram lag vast, de breedte van de gevels ook. Dat stond zwart op "
            "wit in de opdrachtbrief. Wat wél open was: de plaats van de leveringszones, het "
            "aantal parkeerplaatsen en de vorm van de fietspaden. Omdat de grenzen duidelijk "
            "waren, verloor het panel geen tijd aan discussies die het niet kon beslechten.</p>"
            "<h2>2. Tijd, en niet alleen vergadertijd</h2>"
            "<p>Vier zaterdagen van 9.30 tot 16.00 uur lijkt veel. Maar de leden gebruikten de "
            "weken ertussen om met buren en handelaars te praten en de steenweg op verschillende "
            "uren te bekijken. De beste voorstellen kwamen na de tweede sessie, niet in de "
            "eerste.</p>"
            "<h2>3. Experten op afroep</h2>"
            "<p>Een verkeersingenieur, een vertegenwoordiger van de handelaars en een "
            "fietsersvereniging kregen elk twintig minuten, gevolgd door vragen. Daarna trokken "
            "ze zich terug. Het panel besliste zelf wie het nog eens wilde horen.</p>"
            "<h2>4. Twee talen aan elke tafel</h2>"
            "<p>Er waren tolken in de plenaire, maar aan de werktafels hielp vooral een "
            "eenvoudige regel: iedereen spreekt zijn eigen taal, en de tafel helpt. Zo bleven "
            "Nederlandstalige en Franstalige leden niet in aparte groepjes zitten.</p>"
            "<h2>5. Het antwoord telt het zwaarst</h2>"
            "<p>Het college nam 13 aanbevelingen over, 4 gedeeltelijk en wees er 2 af, telkens "
            "met een uitleg. Juist die uitleg maakte het verschil in de evaluatie:</p>"
            "<ul><li>27 van de 32 leden vonden dat er met hun werk rekening werd gehouden;</li>"
            "<li>22 zouden opnieuw deelnemen;</li>"
            "<li>de afgewezen voorstellen werden minder betwist dan de gedeeltelijk "
            "overgenomen, omdat de redenen duidelijker waren.</li></ul>"
            "<p>Wat we anders zouden doen? Het panel vroeger in het ontwerpproces betrekken, "
            "vóór het studiebureau zijn eerste schetsen maakte.</p>",
            "<p>Une chaussée avec un tram, deux itinéraires cyclables, des dizaines de "
            "commerces et une école : à Bruxelles, on trouve rarement autant de conflits sur "
            "l’espace public en un kilomètre. Le collège de la commune a confié la question du "
            "partage de cet espace à un panel de 32 habitants, tirés au sort à partir de "
            "1 600 invitations. Le panel a formulé 19 recommandations. Trois mois plus tard, le "
            "collège répondait à chacune d’elles.</p>"
            "<h2>1. Une question vraiment ouverte</h2>"
            "<p>Le tracé du tram était fixé, la largeur entre les façades aussi. La lettre de "
            "mission le disait noir sur blanc. Ce qui restait ouvert : l’emplacement des zones "
            "de livraison, le nombre de places de stationnement et la forme des pistes "
            "cyclables. Parce que les limites étaient claires, le panel n’a pas perdu de temps "
            "sur des débats qu’il ne pouvait pas trancher.</p>"
            "<h2>2. Du temps, et pas seulement en réunion</h2>"
            "<p>Quatre samedis de 9 h 30 à 16 h, cela paraît beaucoup. Mais les membres ont "
            "utilisé les semaines intermédiaires pour parler avec leurs voisins et les "
            "commerçants, et observer la chaussée à différentes heures. Les meilleures "
            "propositions sont arrivées après la deuxième séance, pas pendant la première.</p>"
            "<h2>3. Des experts à disposition</h2>"
            "<p>Un ingénieur en mobilité, un représentant des commerçants et une association de "
            "cyclistes ont eu vingt minutes chacun, suivies de questions. Ensuite, ils se sont "
            "retirés. Le panel a choisi lui-même qui il voulait réentendre.</p>"
            "<h2>4. Deux langues à chaque table</h2>"
            "<p>Il y avait des interprètes en plénière, mais aux tables de travail, une règle "
            "simple a surtout aidé : chacun parle sa langue, et la table aide. Les membres "
            "francophones et néerlandophones ne se sont ainsi pas regroupés entre eux.</p>"
            "<h2>5. La réponse compte plus que tout</h2>"
            "<p>Le collège a retenu 13 recommandations, 4 en partie, et en a écarté 2, chaque "
            "fois avec une explication. C’est cette explication qui a fait la différence à "
            "l’évaluation :</p>"
            "<ul><li>27 membres sur 32 estiment que leur travail a été pris en compte ;</li>"
            "<li>22 participeraient à nouveau ;</li>"
            "<li>les propositions écartées ont été moins contestées que celles retenues en "
            "partie, parce que les raisons étaient plus claires.</li></ul>"
            "<p>Ce que nous ferions autrement ? Associer le panel plus tôt, avant que le bureau "
            "d’études ne dessine ses premières esquisses.</p>",
            "<p>A main road with a tram line, two cycle routes, dozens of shops and a school: "
            "you rarely find so many conflicts over public space in one kilometre of Brussels. "
            "The municipal executive put the question of how to share that space to a citizen "
            "panel of 32 residents, drawn by lot from 1,600 invitations. The panel made 19 "
            "recommendations. Three months later the executive answered every one of them.</p>"
            "<h2>1. A question that is really open</h2>"
            "<p>The tram route was fixed, and so was the width between the building fronts. The "
            "mandate letter said so in plain words. What was open: where the delivery bays "
            "would go, how many parking spaces would remain and what shape the cycle lanes "
            "would take. Because the limits were clear, the panel wasted no time on debates it "
            "could not settle.</p>"
            "<h2>2. Time, and not only meeting time</h2>"
            "<p>Four Saturdays from 9.30 am to 4 pm sounds like a lot. But members used the "
            "weeks in between to talk to neighbours and shopkeepers and to look at the road at "
            "different times of day. The best proposals came after the second session, not "
            "during the first.</p>"
            "<h2>3. Experts on tap, not on top</h2>"
            "<p>A traffic engineer, a representative of the shopkeepers and a cycling "
            "association had twenty minutes each, followed by questions. Then they left. The "
            "panel decided for itself whom it wanted to hear again.</p>"
            "<h2>4. Two languages at every table</h2>"
            "<p>There were interpreters in the plenary, but at the working tables one simple "
            "rule helped most: everyone speaks their own language, and the table helps out. "
            "French- and Dutch-speaking members did not end up in separate groups.</p>"
            "<h2>5. The answer matters most</h2>"
            "<p>The executive adopted 13 recommendations, 4 in part and turned down 2, each "
            "time with an explanation. That explanation made the difference in the "
            "evaluation:</p>"
            "<ul><li>27 of the 32 members felt their work had been taken into account;</li>"
            "<li>22 would take part again;</li>"
            "<li>the rejected proposals were less disputed than the partly adopted ones, "
            "because the reasons were clearer.</li></ul>"
            "<p>What would we do differently? Bring the panel in earlier, before the design "
            "consultants drew their first sketches.</p>",
        ),
        "alt": (
            "Abstracte illustratie: donkerblauwe cirkels, elk omringd door kleine gele en blauwe "
            "stippen, op een lichtblauwe achtergrond, als tafels met mensen eromheen.",
            "Illustration abstraite : des cercles bleu foncé, chacun entouré de petits points "
            "jaunes et bleus, sur un fond bleu clair, comme des tables entourées de personnes.",
            "Abstract illustration: dark blue circles, each ringed by small yellow and blue "
            "dots, on a pale blue background, like tables with people sitting around them.",
        ),
    },
    {
        "slug": "giving-feedback-to-participants",
        "kind": ARTICLE,
        "published_at": _at(2026, 1, 20),
        "themes": ["democracy"],
        "methods": ["public-consultation", "citizen-panel", "participatory-budget"],
        "cover": ("bubbles", 0),
        "title": (
            "Terugkoppelen naar deelnemers: de vergeten stap",
            "Faire un retour aux participants : l’étape oubliée",
            "Giving feedback to participants: the forgotten step",
        ),
        "lead": (
            "Wie meedoet, wil weten wat er met zijn inbreng gebeurt. Een goede terugkoppeling "
            "kost weinig, maar vraagt een plan vanaf dag één.",
            "Qui participe veut savoir ce que devient sa contribution. Un bon retour coûte peu, "
            "mais se prépare dès le premier jour.",
            "People who take part want to know what happened to their input. Good feedback "
            "costs little, but it needs a plan from day one.",
        ),
        "body": (
            "<p>Vraag Brusselaars waarom ze niet meer naar inspraakavonden gaan, en u hoort "
            "zelden dat ze geen tijd hebben. U hoort: ‘Er gebeurt toch niets mee.’ Vaak is dat "
            "niet eens waar. Er gebeurde wel iets, maar niemand heeft het hun verteld. De "
            "terugkoppeling is de stap die het vaakst sneuvelt, omdat ze valt op het moment dat "
            "het project al bij een andere dienst ligt.</p>"
            "<h2>Wat een goede terugkoppeling bevat</h2>"
            "<ul><li><strong>Wat we hoorden</strong>: de belangrijkste ideeën, met het aantal "
            "mensen dat ze aanbracht, ook de minderheidsstandpunten.</li>"
            "<li><strong>Wat we ermee doen</strong>: per voorstel de beslissing en de "
            "reden. Een afgewezen voorstel verdient evenveel uitleg als een aanvaard "
            "voorstel.</li>"
            "<li><strong>Wat nu volgt</strong>: de volgende stappen, met data, en wat nog open "
            "staat voor inspraak.</li></ul>"
            "<h2>Wanneer en hoe</h2>"
            "<p>Mik op drie maanden na de laatste bijeenkomst. Duurt de beslissing langer, stuur "
            "dan een tussentijds bericht: wat is er gebeurd, wanneer valt de beslissing. Gebruik "
            "het kanaal waarlangs mensen zich inschreven. Wie per telefoon of via een vereniging "
            "kwam, krijgt een brief of een bericht via die vereniging, geen link naar een "
            "pdf.</p>"
            "<p>Vier pagina’s volstaan. Een infographic met de cijfers, enkele citaten van "
            "deelnemers zonder namen, een tabel met de voorstellen en de beslissingen. En een "
            "naam en telefoonnummer voor wie vragen heeft.</p>"
            "<h2>Plan het vanaf het begin</h2>"
            "<p>Leg in de procesafbakening vast wie de terugkoppeling schrijft, wie ze "
            "goedkeurt en hoeveel budget er is. Vraag bij de inschrijving hoe mensen op de "
            "hoogte willen blijven. En reken op een halve tot een hele werkdag per bladzijde, "
            "vertaling inbegrepen.</p>"
            "<p>Een terugkoppeling is geen beleefdheid. Ze bepaalt of dezelfde mensen de "
            "volgende keer terugkomen.</p>",
            "<p>Demandez aux Bruxellois pourquoi ils ne vont plus aux réunions de "
            "participation : ils répondent rarement qu’ils n’ont pas le temps. Ils disent : "
            "« De toute façon, ça ne sert à rien. » Souvent, ce n’est même pas vrai. Quelque "
            "chose a bien été fait, mais personne ne le leur a dit. Le retour est l’étape qui "
            "saute le plus souvent, parce qu’il arrive au moment où le projet est déjà passé à "
            "un autre service.</p>"
            "<h2>Ce que contient un bon retour</h2>"
            "<ul><li><strong>Ce que nous avons entendu</strong> : les idées principales, avec "
            "le nombre de personnes qui les ont portées, y compris les avis minoritaires.</li>"
            "<li><strong>Ce que nous en faisons</strong> : pour chaque proposition, la "
            "décision et sa raison. Une proposition écartée mérite autant d’explication qu’une "
            "proposition retenue.</li>"
            "<li><strong>La suite</strong> : les prochaines étapes, avec leurs dates, et ce qui "
            "reste ouvert à la participation.</li></ul>"
            "<h2>Quand et comment</h2>"
            "<p>Visez trois mois après la dernière rencontre. Si la décision prend plus de "
            "temps, envoyez un message intermédiaire : ce qui s’est passé, quand la décision "
            "tombera. Utilisez le canal par lequel les gens se sont inscrits. Qui est venu par "
            "téléphone ou par une association reçoit une lettre ou un message par cette "
            "association, pas un lien vers un PDF.</p>"
            "<p>Quatre pages suffisent. Une infographie avec les chiffres, quelques citations "
            "de participants sans les nommer, un tableau des propositions et des décisions. Et "
            "un nom et un numéro de téléphone pour les questions.</p>"
            "<h2>Prévoyez-le dès le départ</h2>"
            "<p>Fixez dans le cadrage du processus qui rédige le retour, qui le valide et quel "
            "budget y est consacré. Demandez à l’inscription comment les gens souhaitent être "
            "tenus informés. Et comptez une demi-journée à une journée de travail par page, "
            "traduction comprise.</p>"
            "<p>Un retour n’est pas une politesse. Il décide si les mêmes personnes reviendront "
            "la prochaine fois.</p>",
            "<p>Ask people in Brussels why they no longer go to participation evenings and they "
            "rarely say they have no time. They say: ‘Nothing ever comes of it.’ Often that is "
            "not even true. Something did happen, but nobody told them. Feedback is the step "
            "most often dropped, because it comes when the project has already moved on to "
            "another department.</p>"
            "<h2>What good feedback contains</h2>"
            "<ul><li><strong>What we heard</strong>: the main ideas, with the number of people "
            "who raised them, minority views included.</li>"
            "<li><strong>What we are doing with it</strong>: for each proposal, the decision "
            "and the reason. A rejected proposal deserves as much explanation as an adopted "
            "one.</li>"
            "<li><strong>What comes next</strong>: the next steps, with dates, and what is "
            "still open for participation.</li></ul>"
            "<h2>When and how</h2>"
            "<p>Aim for three months after the last meeting. If the decision takes longer, send "
            "an interim message: what has happened, when the decision will be taken. Use the "
            "channel people signed up through. Someone who came by phone or through an "
            "association gets a letter or a message through that association, not a link to a "
            "PDF.</p>"
            "<p>Four pages are enough. An infographic with the figures, a few quotes from "
            "participants without names, a table of the proposals and decisions. And a name "
            "and a phone number for anyone with questions.</p>"
            "<h2>Plan it from the start</h2>"
            "<p>Settle in the process framing who writes the feedback, who approves it and what "
            "budget it has. Ask at registration how people want to be kept informed. And allow "
            "half a day to a full working day per page, translation included.</p>"
            "<p>Feedback is not a courtesy. It decides whether the same people come back next "
            "time.</p>",
        ),
        "alt": (
            "Abstracte illustratie: tekstballonnen in wit, geel en lichtblauw op een "
            "donkerblauwe achtergrond, sommige met lijntjes die tekst suggereren.",
            "Illustration abstraite : des bulles de dialogue blanches, jaunes et bleu clair sur "
            "un fond bleu foncé, certaines avec des lignes qui évoquent du texte.",
            "Abstract illustration: speech bubbles in white, yellow and light blue on a dark "
            "blue background, some with short lines suggesting text.",
        ),
    },
]
ARTICLES += [
    {
        "slug": "reaching-people-who-never-come",
        "kind": ARTICLE,
        "published_at": _at(2026, 2, 24),
        "themes": ["social-cohesion", "health-welfare"],
        "methods": ["neighbourhood-walk", "focus-group", "photovoice"],
        "cover": ("path", 0),
        "title": (
            "Mensen bereiken die nooit naar vergaderingen komen",
            "Toucher celles et ceux qui ne viennent jamais aux réunions",
            "Reaching people who never come to meetings",
        ),
        "lead": (
            "Een zaal, een avond en een affiche: zo bereikt u vooral wie al overtuigd is. "
            "Vier manieren om naar de anderen toe te gaan.",
            "Une salle, une soirée et une affiche : c’est ainsi qu’on touche surtout les "
            "convaincus. Quatre façons d’aller vers les autres.",
            "A hall, an evening and a poster: that mostly reaches people who are already "
            "convinced. Four ways to go to the others instead.",
        ),
        "body": (
            "<p>Wie telt wie er op een klassieke bewonersvergadering zit, ziet in Brussel "
            "vaak hetzelfde beeld: vooral eigenaars, vooral gepensioneerden, vooral mensen die "
            "vlot Frans of Nederlands spreken. Jongeren, alleenstaande ouders, nieuwkomers en "
            "mensen met een onregelmatig werkrooster ontbreken. Niet omdat ze niets te zeggen "
            "hebben, maar omdat het formaat niet bij hun leven past.</p>"
            "<h2>1. Ga naar waar mensen al zijn</h2>"
            "<p>Een kraam op de markt op zaterdagochtend, een tafel aan de schoolpoort om "
            "15.30 uur, een uur in de wassalon: op zulke plekken spreekt u in twee uur "
            "gemakkelijk veertig mensen aan die nooit een zaal zouden binnenstappen. Houd het "
            "kort: één vraag, een kaart om op te tekenen, een potlood.</p>"
            "<h2>2. Werk met wie het vertrouwen al heeft</h2>"
            "<p>Een sociaal restaurant, een huiswerkklas, een moskee, een voetbalclub, een "
            "OCMW-antenne: hun medewerkers kennen de mensen die u zoekt. Vraag hun niet om uw "
            "affiche op te hangen, maar om samen een moment te organiseren in hun eigen ruimte. "
            "Reken op een vergoeding voor hun tijd; 250 tot 500 euro per activiteit is "
            "redelijk.</p>"
            "<h2>3. Kies een vorm die geen vergadering is</h2>"
            "<ul><li>Een <strong>wijkwandeling</strong> van anderhalf uur met zes tot acht "
            "mensen, waarbij kinderen en ouderen als eersten spreken.</li>"
            "<li>Een <strong>focusgroep</strong> van acht moeders in de ruimte waar ze elkaar al "
            "wekelijks ontmoeten, met opvang voor de kinderen.</li>"
            "<li><strong>Photovoice</strong>: jongeren fotograferen drie weken lang wat ze "
            "goed en slecht vinden aan hun buurt, en bespreken de beelden samen.</li></ul>"
            "<h2>4. Verlaag de drempels</h2>"
            "<p>Eenvoudige taal, een vertaling in de talen van de wijk, een maaltijd, "
            "kinderopvang, een vergoeding in bonnen. En vooral: een vast gezicht. Mensen komen "
            "terug voor iemand die ze kennen, niet voor een logo.</p>"
            "<p>Die aanpak kost meer tijd dan een affiche. Maar de inbreng die u krijgt, is "
            "vaak de inbreng die in een zaal nooit gezegd zou zijn.</p>",
            "<p>Quand on regarde qui participe à une réunion publique classique à Bruxelles, "
            "on voit souvent le même public : surtout des propriétaires, surtout des "
            "retraités, surtout des personnes à l’aise en français ou en néerlandais. Les "
            "jeunes, les parents seuls, les primo-arrivants et les personnes aux horaires "
            "décalés manquent. Non qu’ils n’aient rien à dire, mais parce que le format ne "
            "correspond pas à leur vie.</p>"
            "<h2>1. Allez là où les gens se trouvent déjà</h2>"
            "<p>Un stand au marché le samedi matin, une table à la sortie de l’école à "
            "15 h 30, une heure au lavoir : dans ces lieux, vous parlez facilement en deux "
            "heures avec quarante personnes qui n’entreraient jamais dans une salle. Faites "
            "court : une question, une carte sur laquelle dessiner, un crayon.</p>"
            "<h2>2. Travaillez avec ceux qui ont déjà la confiance</h2>"
            "<p>Un restaurant social, une école de devoirs, une mosquée, un club de football, "
            "une antenne du CPAS : leurs équipes connaissent les personnes que vous cherchez. "
            "Ne leur demandez pas d’afficher votre poster, mais d’organiser ensemble un moment "
            "dans leurs propres locaux. Prévoyez de rémunérer leur temps ; 250 à 500 euros par "
            "activité est raisonnable.</p>"
            "<h2>3. Choisissez une forme qui n’est pas une réunion</h2>"
            "<ul><li>Une <strong>marche exploratoire</strong> d’une heure et demie avec six à "
            "huit personnes, où les enfants et les aînés parlent en premier.</li>"
            "<li>Un <strong>groupe de discussion</strong> avec huit mères, là où elles se "
            "retrouvent déjà chaque semaine, avec une garde pour les enfants.</li>"
            "<li>Le <strong>photovoice</strong> : pendant trois semaines, des jeunes "
            "photographient ce qu’ils aiment et n’aiment pas dans leur quartier, puis en "
            "discutent ensemble.</li></ul>"
            "<h2>4. Abaissez les seuils</h2>"
            "<p>Un langage simple, une traduction dans les langues du quartier, un repas, une "
            "garde d’enfants, un défraiement en bons d’achat. Et surtout : un visage connu. Les "
            "gens reviennent pour quelqu’un qu’ils connaissent, pas pour un logo.</p>"
            "<p>Cette approche prend plus de temps qu’une affiche. Mais ce que vous entendez "
            "alors, c’est souvent ce qui n’aurait jamais été dit dans une salle.</p>",
            "<p>Count who attends a classic public meeting in Brussels and you often see the "
            "same picture: mostly homeowners, mostly retired people, mostly people at ease in "
            "French or Dutch. Young people, single parents, newcomers and shift workers are "
            "missing. Not because they have nothing to say, but because the format does not fit "
            "their lives.</p>"
            "<h2>1. Go where people already are</h2>"
            "<p>A stall at the Saturday market, a table at the school gate at 3.30 pm, an hour "
            "in the laundrette: in places like these you can easily talk to forty people in two "
            "hours who would never walk into a meeting room. Keep it short: one question, a map "
            "to draw on, a pencil.</p>"
            "<h2>2. Work with those who already have people’s trust</h2>"
            "<p>A social restaurant, a homework club, a mosque, a football club, a local office "
            "of the public social welfare centre: their staff know the people you are looking "
            "for. Do not ask them to put up your poster; ask them to organise something with "
            "you on their own premises. Pay for their time; €250 to €500 per activity is "
            "reasonable.</p>"
            "<h2>3. Choose a format that is not a meeting</h2>"
            "<ul><li>A <strong>neighbourhood walk</strong> of an hour and a half with six to "
            "eight people, where children and older people speak first.</li>"
            "<li>A <strong>focus group</strong> with eight mothers, in the place where they "
            "already meet every week, with childcare.</li>"
            "<li><strong>Photovoice</strong>: for three weeks, young people photograph what "
            "they like and dislike about their area, then discuss the pictures together.</li>"
            "</ul>"
            "<h2>4. Lower the thresholds</h2>"
            "<p>Easy language, translation into the languages of the area, a meal, childcare, "
            "compensation in vouchers. And above all: a familiar face. People come back for "
            "someone they know, not for a logo.</p>"
            "<p>This takes more time than a poster. But what you hear is often what would "
            "never have been said in a meeting room.</p>",
        ),
        "alt": (
            "Abstracte illustratie: een brede gele lijn slingert over een donkerblauwe "
            "achtergrond met een vaag stratenraster, met witte stippen als haltes langs de weg.",
            "Illustration abstraite : une large ligne jaune serpente sur un fond bleu foncé "
            "traversé d’un quadrillage de rues discret, avec des points blancs comme autant "
            "d’arrêts.",
            "Abstract illustration: a broad yellow line winds across a dark blue background "
            "with a faint grid of streets, with white dots marking stops along the way.",
        ),
    },
    {
        "slug": "ateliers-de-la-participation-2026",
        "kind": NEWS,
        "published_at": _at(2026, 3, 17),
        "themes": ["democracy"],
        "methods": ["world-cafe", "co-design-workshop", "open-space"],
        "cover": ("tables", 1),
        "title": (
            "Ateliers de la participation: het voorjaarsprogramma 2026",
            "Ateliers de la participation : le programme du printemps 2026",
            "Ateliers de la participation: the spring 2026 programme",
        ),
        "lead": (
            "Acht gratis praktijkworkshops voor gemeentepersoneel, verenigingen en "
            "bewonerscollectieven, van april tot juni. Inschrijven kan vanaf vandaag.",
            "Huit ateliers pratiques gratuits pour le personnel communal, les associations et "
            "les collectifs d’habitants, d’avril à juin. Les inscriptions sont ouvertes.",
            "Eight free hands-on workshops for municipal staff, associations and residents’ "
            "groups, from April to June. Registration opens today.",
        ),
        "body": (
            "<p>De Ateliers de la participation zijn terug. Het programma richt zich tot "
            "iedereen die in Brussel een participatietraject opzet of begeleidt: "
            "ambtenaren van gemeenten en gewestelijke diensten, medewerkers van verenigingen, "
            "wijkcomités. Elke workshop duurt een halve dag, telt maximaal 20 deelnemers en is "
            "tweetalig: u spreekt de taal waarin u zich het best voelt.</p>"
            "<h2>Het programma</h2>"
            "<ul><li><strong>22 april</strong>: een traject afbakenen. Wat staat ter "
            "discussie, wie beslist, met welk budget?</li>"
            "<li><strong>6 mei</strong>: een world café begeleiden, met oefening in kleine "
            "groepen.</li>"
            "<li><strong>13 mei</strong>: werven zonder de gewone gezichten: loting, relais en "
            "deur-aan-deur.</li>"
            "<li><strong>20 mei</strong>: uitnodigen in eenvoudige taal.</li>"
            "<li><strong>27 mei</strong>: co-creatieworkshops met plannen en maquettes.</li>"
            "<li><strong>3 juni</strong>: de AVG in participatietrajecten.</li>"
            "<li><strong>10 juni</strong>: terugkoppelen naar deelnemers.</li>"
            "<li><strong>17 juni</strong>: evalueren zonder dik rapport.</li></ul>"
            "<h2>Praktisch</h2>"
            "<p>De workshops vinden plaats van 9.30 tot 13.00 uur in een vergaderzaal vlak bij "
            "het station Brussel-Centraal, toegankelijk met een rolstoel. Koffie en een "
            "broodjeslunch zijn inbegrepen. U schrijft zich in via de agenda van het platform, "
            "per workshop; u kunt er zoveel volgen als u wilt.</p>"
            "<p>Elke deelnemer vertrekt met de bijbehorende sjablonen uit de toolkit, op papier "
            "en digitaal. Wie minstens vier workshops volgt, ontvangt een attest.</p>"
            "<h2>Voor wie twijfelt</h2>"
            "<p>U hoeft geen ervaring te hebben. Breng wel een concreet project mee, lopend of "
            "gepland: de oefeningen vertrekken van uw eigen situatie. Vorig jaar kwamen de "
            "deelnemers uit zeventien van de negentien gemeenten, en uit meer dan dertig "
            "verenigingen.</p>"
            "<h2>Nieuw dit jaar</h2>"
            "<p>Op vraag van de deelnemers van vorig jaar vindt de workshop over werving voor "
            "één keer plaats op een zaterdagochtend, zodat ook vrijwilligers van wijkcomités "
            "kunnen komen. En na elke workshop blijft een begeleider nog een halfuur beschikbaar "
            "voor vragen over uw eigen project.</p>",
            "<p>Les Ateliers de la participation sont de retour. Le programme s’adresse à "
            "toutes les personnes qui lancent ou accompagnent un processus participatif à "
            "Bruxelles : agents des communes et des services régionaux, équipes associatives, "
            "comités de quartier. Chaque atelier dure une demi-journée, accueille 20 "
            "participants au maximum et se déroule en deux langues : vous parlez celle dans "
            "laquelle vous êtes le plus à l’aise.</p>"
            "<h2>Le programme</h2>"
            "<ul><li><strong>22 avril</strong> : cadrer un processus. Qu’est-ce qui est en "
            "discussion, qui décide, avec quel budget ?</li>"
            "<li><strong>6 mai</strong> : animer un world café, avec mise en pratique en "
            "petits groupes.</li>"
            "<li><strong>13 mai</strong> : recruter au-delà des habitués : tirage au sort, "
            "relais et porte-à-porte.</li>"
            "<li><strong>20 mai</strong> : inviter en langage simple.</li>"
            "<li><strong>27 mai</strong> : ateliers de co-conception avec plans et "
            "maquettes.</li>"
            "<li><strong>3 juin</strong> : le RGPD dans les processus participatifs.</li>"
            "<li><strong>10 juin</strong> : faire un retour aux participants.</li>"
            "<li><strong>17 juin</strong> : évaluer sans rapport épais.</li></ul>"
            "<h2>En pratique</h2>"
            "<p>Les ateliers ont lieu de 9 h 30 à 13 h dans une salle de réunion proche de la "
            "gare de Bruxelles-Central, accessible en fauteuil roulant. Café et lunch sandwich "
            "compris. Vous vous inscrivez par l’agenda de la plateforme, atelier par atelier ; "
            "vous pouvez en suivre autant que vous le souhaitez.</p>"
            "<p>Chaque participant repart avec les modèles de la boîte à outils correspondants, "
            "sur papier et en version numérique. Une attestation est remise à qui suit au "
            "moins quatre ateliers.</p>"
            "<h2>Si vous hésitez</h2>"
            "<p>Aucune expérience n’est requise. Venez en revanche avec un projet concret, en "
            "cours ou prévu : les exercices partent de votre propre situation. L’an dernier, "
            "les participants venaient de dix-sept des dix-neuf communes et de plus de trente "
            "associations.</p>"
            "<h2>Nouveau cette année</h2>"
            "<p>À la demande des participants de l’an dernier, l’atelier sur le recrutement a "
            "lieu exceptionnellement un samedi matin, pour que les bénévoles des comités de "
            "quartier puissent aussi venir. Et après chaque atelier, un animateur reste une "
            "demi-heure à disposition pour les questions sur votre propre projet.</p>",
            "<p>The Ateliers de la participation are back. The programme is for anyone who sets "
            "up or supports a participation process in Brussels: staff of communes and regional "
            "services, people working in associations, neighbourhood committees. Each workshop "
            "lasts half a day, takes at most 20 participants and runs in two languages: you "
            "speak whichever you are most comfortable in.</p>"
            "<h2>The programme</h2>"
            "<ul><li><strong>22 April</strong>: framing a process. What is open for "
            "discussion, who decides, with what budget?</li>"
            "<li><strong>6 May</strong>: facilitating a world café, with practice in small "
            "groups.</li>"
            "<li><strong>13 May</strong>: recruiting beyond the usual faces: sortition, "
            "relays and door-to-door.</li>"
            "<li><strong>20 May</strong>: inviting in easy language.</li>"
            "<li><strong>27 May</strong>: co-design workshops with plans and models.</li>"
            "<li><strong>3 June</strong>: the GDPR in participation processes.</li>"
            "<li><strong>10 June</strong>: giving feedback to participants.</li>"
            "<li><strong>17 June</strong>: evaluating without a thick report.</li></ul>"
            "<h2>Practical details</h2>"
            "<p>The workshops take place from 9.30 am to 1 pm in a meeting room near "
            "Brussels-Central station, with step-free access. Coffee and a sandwich lunch are "
            "included. You register through the platform’s events calendar, workshop by "
            "workshop; you can attend as many as you like.</p>"
            "<p>Every participant leaves with the matching templates from the toolkit, on paper "
            "and in digital form. Anyone who attends at least four workshops receives a "
            "certificate.</p>"
            "<h2>If you are unsure</h2>"
            "<p>No experience is needed. Do bring a concrete project, under way or planned: the "
            "exercises start from your own situation. Last year participants came from "
            "seventeen of the nineteen communes and from more than thirty associations.</p>"
            "<h2>New this year</h2>"
            "<p>At the request of last year’s participants, the workshop on recruitment takes "
            "place on a Saturday morning for once, so that volunteers from neighbourhood "
            "committees can come too. And after each workshop a facilitator stays on for half "
            "an hour to answer questions about your own project.</p>",
        ),
        "alt": (
            "Abstracte illustratie: gele cirkels, elk omringd door kleine witte en lichtblauwe "
            "stippen, op een donkerblauwe achtergrond, als werktafels met deelnemers.",
            "Illustration abstraite : des cercles jaunes, chacun entouré de petits points blancs "
            "et bleu clair, sur un fond bleu foncé, comme des tables de travail avec leurs "
            "participants.",
            "Abstract illustration: yellow circles, each ringed by small white and light blue "
            "dots, on a dark blue background, like workshop tables with participants.",
        ),
    },
    {
        "slug": "framework-contract-explained",
        "kind": NEWS,
        "published_at": _at(2026, 4, 21),
        "themes": ["democracy"],
        "methods": ["citizen-panel", "co-design-workshop", "online-survey", "neighbourhood-walk"],
        "cover": ("grid", 0),
        "title": (
            "Het raamcontract participatie, uitgelegd",
            "Le contrat-cadre participation expliqué",
            "The participation framework contract explained",
        ),
        "lead": (
            "Gemeenten en andere Brusselse besturen kunnen voortaan begeleiding bij participatie "
            "bestellen zonder eigen aanbesteding. Zo werkt het.",
            "Les communes et d’autres pouvoirs publics bruxellois peuvent désormais commander "
            "un accompagnement en participation sans lancer leur propre marché. Mode d’emploi.",
            "Communes and other Brussels public bodies can now order support for participation "
            "without running a tender of their own. Here is how it works.",
        ),
        "body": (
            "<p>Een burgerpanel organiseren of een reeks co-creatieworkshops laten begeleiden "
            "vraagt expertise die niet elke gemeente in huis heeft. Tot nu toe betekende dat een "
            "eigen overheidsopdracht: een bestek schrijven, offertes vergelijken, gunnen. Al "
            "snel drie tot vier maanden werk voordat er ook maar één bewoner werd "
            "uitgenodigd. Het raamcontract participatie maakt dat korter.</p>"
            "<h2>Wat het is</h2>"
            "<p>Het gewest heeft via een openbare aanbesteding per perceel dienstverleners "
            "geselecteerd. Wie in aanmerking komt, bestelt rechtstreeks bij een van hen, tegen "
            "de prijzen die in het contract vastliggen. De percelen dekken onder meer:</p>"
            "<ul><li>het ontwerp en de begeleiding van deliberatieve trajecten, zoals "
            "burgerpanels en burgerjury’s, inclusief de loting;</li>"
            "<li>de begeleiding van workshops en wijkwandelingen;</li>"
            "<li>mobilisatie en werving, ook deur aan deur;</li>"
            "<li>online en papieren bevragingen en de analyse ervan;</li>"
            "<li>vertolking, vertaling en eenvoudige taal.</li></ul>"
            "<h2>Wie kan bestellen</h2>"
            "<p>De negentien gemeenten, hun OCMW’s, de gewestelijke besturen en de instellingen "
            "die onder het gewest vallen. Verenigingen kunnen niet zelf bestellen, maar wel "
            "samenwerken met een bestuur dat dat doet.</p>"
            "<h2>Hoe het verloopt</h2>"
            "<p>U dient via het platform een aanvraag in: uw project, de gewenste percelen, "
            "de timing en een indicatief budget. De dienst participatie controleert of u in "
            "aanmerking komt en helpt u de opdracht te omschrijven. Daarna gaat die naar de "
            "dienstverleners van het perceel, die binnen tien werkdagen een voorstel doen. U "
            "kiest; gemiddeld begint het werk vijf à zes weken na uw aanvraag.</p>"
            "<p>Per perceel vindt u op het platform de gekozen dienstverleners, hun talen, hun "
            "expertise en referenties. Twijfelt u welk perceel bij uw vraag past? Een "
            "methodefiche van de toolkit vermeldt bij elke methode welke percelen kunnen "
            "helpen.</p>",
            "<p>Organiser un panel citoyen ou faire animer une série d’ateliers de "
            "co-conception demande une expertise que toutes les communes n’ont pas en interne. "
            "Jusqu’ici, cela voulait dire lancer son propre marché public : rédiger un cahier "
            "des charges, comparer des offres, attribuer. Facilement trois à quatre mois de "
            "travail avant d’inviter le moindre habitant. Le contrat-cadre participation "
            "raccourcit ce chemin.</p>"
            "<h2>De quoi s’agit-il ?</h2>"
            "<p>La Région a sélectionné, par un marché public divisé en lots, des prestataires "
            "pour chaque lot. Les pouvoirs publics éligibles commandent directement auprès de "
            "l’un d’eux, aux prix fixés dans le contrat. Les lots couvrent notamment :</p>"
            "<ul><li>la conception et l’animation de processus délibératifs, comme les panels "
            "et jurys citoyens, tirage au sort compris ;</li>"
            "<li>l’animation d’ateliers et de marches exploratoires ;</li>"
            "<li>la mobilisation et le recrutement, y compris en porte-à-porte ;</li>"
            "<li>les enquêtes en ligne et sur papier, et leur analyse ;</li>"
            "<li>l’interprétation, la traduction et le langage simple.</li></ul>"
            "<h2>Qui peut commander ?</h2>"
            "<p>Les dix-neuf communes, leurs CPAS, les administrations régionales et les "
            "organismes qui relèvent de la Région. Les associations ne peuvent pas commander "
            "elles-mêmes, mais elles peuvent s’associer à un pouvoir public qui le fait.</p>"
            "<h2>Comment cela se passe-t-il ?</h2>"
            "<p>Vous introduisez une demande sur la plateforme : votre projet, les lots "
            "souhaités, le calendrier et un budget indicatif. Le service participation vérifie "
            "votre éligibilité et vous aide à préciser la mission. Celle-ci est ensuite envoyée "
            "aux prestataires du lot, qui font une proposition dans les dix jours ouvrables. "
            "Vous choisissez ; en moyenne, le travail commence cinq à six semaines après votre "
            "demande.</p>"
            "<p>Pour chaque lot, la plateforme présente les prestataires retenus, leurs langues, "
            "leurs expertises et leurs références. Vous hésitez sur le lot qui convient ? "
            "Chaque fiche méthode de la boîte à outils indique les lots qui peuvent aider.</p>",
            "<p>Organising a citizen panel or having a series of co-design workshops "
            "facilitated takes expertise that not every commune has in-house. Until now that "
            "meant a public tender of your own: writing specifications, comparing bids, "
            "awarding the contract. Easily three to four months of work before a single "
            "resident was invited. The participation framework contract shortens that "
            "path.</p>"
            "<h2>What it is</h2>"
            "<p>Through a public tender divided into lots, the Region has selected providers for "
            "each lot. Eligible public bodies order directly from one of them, at the prices "
            "set in the contract. The lots cover, among other things:</p>"
            "<ul><li>designing and running deliberative processes such as citizen panels and "
            "juries, sortition included;</li>"
            "<li>facilitating workshops and neighbourhood walks;</li>"
            "<li>mobilisation and recruitment, door-to-door included;</li>"
            "<li>online and paper surveys and their analysis;</li>"
            "<li>interpreting, translation and easy language.</li></ul>"
            "<h2>Who can order</h2>"
            "<p>The nineteen communes, their public social welfare centres, the regional "
            "administrations and the bodies that come under the Region. Associations cannot "
            "order themselves, but they can team up with a public body that does.</p>"
            "<h2>How it works</h2>"
            "<p>You submit a request on the platform: your project, the lots you need, the "
            "timing and an indicative budget. The participation service checks your "
            "eligibility and helps you define the assignment. It then goes to the providers of "
            "the lot, who make a proposal within ten working days. You choose; on average, "
            "work starts five to six weeks after your request.</p>"
            "<p>For each lot, the platform shows the selected providers, their languages, their "
            "expertise and their references. Not sure which lot fits your question? Every "
            "method sheet in the toolkit lists the lots that can help.</p>",
        ),
        "alt": (
            "Abstracte illustratie: een raster van afgeronde vierkanten op een donkerblauwe "
            "achtergrond, de meeste in een lichtere blauwe tint, enkele in geel.",
            "Illustration abstraite : une grille de carrés arrondis sur un fond bleu foncé, la "
            "plupart dans un bleu plus clair, quelques-uns en jaune.",
            "Abstract illustration: a grid of rounded squares on a dark blue background, most "
            "in a lighter blue, a few in yellow.",
        ),
    },
]
ARTICLES += [
    {
        "slug": "world-cafe-neighbourhood-contract",
        "kind": ARTICLE,
        "published_at": _at(2026, 5, 26),
        "themes": ["urban-planning", "public-space", "social-cohesion"],
        "methods": ["world-cafe", "participatory-mapping"],
        "cover": ("tables", 2),
        "title": (
            "Een world café om een duurzaam wijkcontract te starten",
            "Un world café pour lancer un contrat de quartier durable",
            "A world café to start a sustainable neighbourhood contract",
        ),
        "lead": (
            "Zestig bewoners, vijftien tafels en drie rondes: zo verzamelde een wijkcontract "
            "in één avond de prioriteiten voor vier jaar werk.",
            "Soixante habitants, quinze tables et trois tours : c’est ainsi qu’un contrat de "
            "quartier a rassemblé en une soirée les priorités de quatre années de travail.",
            "Sixty residents, fifteen tables and three rounds: that is how a neighbourhood "
            "contract gathered the priorities for four years of work in one evening.",
        ),
        "body": (
            "<p>Een duurzaam wijkcontract brengt over een periode van vier jaar "
            "verschillende miljoenen euro’s naar een Brusselse wijk: voor woningen, openbare "
            "ruimte, voorzieningen en sociale projecten. Het programma wordt opgesteld in het "
            "eerste jaar, samen met de bewoners. De eerste grote bijeenkomst zet de toon. Eén "
            "gemeente koos voor een world café in de refter van een basisschool.</p>"
            "<h2>De opzet</h2>"
            "<p>Vijftien tafels van vier, een tafelhouder per tafel, drie rondes van twintig "
            "minuten. Op elke tafel een luchtfoto van de wijk op A2 en stiften in drie kleuren. "
            "De vragen:</p>"
            "<ul><li>Waar in de wijk voelt u zich goed, en waarom?</li>"
            "<li>Wat mist u, voor uzelf of voor uw kinderen en ouders?</li>"
            "<li>Als er morgen één plek zou veranderen, welke zou dat zijn?</li></ul>"
            "<p>Tussen de rondes schoven de deelnemers door; de tafelhouders bleven zitten en "
            "vatten telkens samen wat er al gezegd was.</p>"
            "<h2>Wat het opleverde</h2>"
            "<p>Na de derde ronde plakten de tafels hun luchtfoto’s naast elkaar aan de muur. "
            "Het patroon was meteen zichtbaar: dezelfde drie plekken kwamen aan bijna elke tafel "
            "terug. Een verwaarloosd pleintje, een donkere doorgang onder de spoorweg en het "
            "gebrek aan een plek voor tieners. Die drie werden de kern van het programma.</p>"
            "<h2>Wat we leerden</h2>"
            "<ul><li>Een school als locatie trekt ouders aan die nooit naar het gemeentehuis "
            "komen. Kinderopvang in het klaslokaal ernaast maakte het verschil.</li>"
            "<li>Luchtfoto’s werken beter dan plannen: iedereen vindt zijn eigen straat.</li>"
            "<li>Tafelhouders uit de wijk zelf, kort opgeleid, deden het even goed als "
            "professionals, en de deelnemers vertrouwden hen meer.</li>"
            "<li>Eén avond volstaat niet. De drie plekken werden in de maanden erna verder "
            "verkend met wijkwandelingen en een workshop met jongeren.</li></ul>"
            "<p>De totale kost: zaal gratis, catering 540 euro, drukwerk 180 euro, en twee "
            "dagen voorbereiding voor het team van het wijkcontract.</p>",
            "<p>Un contrat de quartier durable apporte à un quartier bruxellois plusieurs "
            "millions d’euros sur quatre ans : pour le logement, l’espace public, les "
            "équipements et des projets sociaux. Le programme est élaboré la première année, "
            "avec les habitants. La première grande rencontre donne le ton. Une commune a "
            "choisi un world café dans le réfectoire d’une école primaire.</p>"
            "<h2>Le dispositif</h2>"
            "<p>Quinze tables de quatre, un hôte par table, trois tours de vingt minutes. Sur "
            "chaque table, une photo aérienne du quartier au format A2 et des marqueurs de "
            "trois couleurs. Les questions :</p>"
            "<ul><li>Où vous sentez-vous bien dans le quartier, et pourquoi ?</li>"
            "<li>Que vous manque-t-il, pour vous ou pour vos enfants et vos parents ?</li>"
            "<li>Si un seul lieu devait changer demain, lequel serait-ce ?</li></ul>"
            "<p>Entre les tours, les participants changeaient de table ; les hôtes restaient et "
            "résumaient à chaque fois ce qui avait déjà été dit.</p>"
            "<h2>Ce que cela a donné</h2>"
            "<p>Après le troisième tour, les tables ont affiché leurs photos aériennes côte à "
            "côte au mur. Le motif est apparu tout de suite : les trois mêmes lieux revenaient "
            "à presque toutes les tables. Une petite place laissée à l’abandon, un passage "
            "sombre sous le chemin de fer et l’absence d’un lieu pour les adolescents. Ces "
            "trois points sont devenus le cœur du programme.</p>"
            "<h2>Ce que nous avons appris</h2>"
            "<ul><li>Une école attire des parents qui ne viennent jamais à la maison "
            "communale. La garde d’enfants dans la classe voisine a fait la différence.</li>"
            "<li>Les photos aériennes fonctionnent mieux que les plans : chacun retrouve sa "
            "rue.</li>"
            "<li>Des hôtes de table issus du quartier, brièvement formés, ont fait aussi bien "
            "que des professionnels, et les participants leur faisaient davantage "
            "confiance.</li>"
            "<li>Une soirée ne suffit pas. Les trois lieux ont ensuite été explorés par des "
            "marches exploratoires et un atelier avec des jeunes.</li></ul>"
            "<p>Le coût total : salle gratuite, repas 540 euros, impression 180 euros, et deux "
            "journées de préparation pour l’équipe du contrat de quartier.</p>",
            "<p>A sustainable neighbourhood contract brings several million euros to a Brussels "
            "neighbourhood over four years: for housing, public space, facilities and social "
            "projects. The programme is drawn up in the first year, together with residents. "
            "The first large meeting sets the tone. One commune chose a world café in the "
            "dining hall of a primary school.</p>"
            "<h2>The set-up</h2>"
            "<p>Fifteen tables of four, a host at each table, three rounds of twenty minutes. "
            "On each table an A2 aerial photo of the neighbourhood and markers in three "
            "colours. The questions:</p>"
            "<ul><li>Where in the neighbourhood do you feel good, and why?</li>"
            "<li>What is missing, for you or for your children and parents?</li>"
            "<li>If one place could change tomorrow, which would it be?</li></ul>"
            "<p>Between rounds participants moved on; the hosts stayed and summed up what had "
            "already been said.</p>"
            "<h2>What came out of it</h2>"
            "<p>After the third round the tables put their aerial photos side by side on the "
            "wall. The pattern was obvious at once: the same three places came up at almost "
            "every table. A neglected little square, a dark passage under the railway and the "
            "lack of a place for teenagers. Those three became the core of the programme.</p>"
            "<h2>What we learned</h2>"
            "<ul><li>A school as a venue draws parents who never come to the town hall. "
            "Childcare in the classroom next door made the difference.</li>"
            "<li>Aerial photos work better than plans: everyone finds their own street.</li>"
            "<li>Table hosts from the neighbourhood itself, briefly trained, did as well as "
            "professionals, and participants trusted them more.</li>"
            "<li>One evening is not enough. The three places were explored further in the "
            "following months with neighbourhood walks and a workshop with young people.</li>"
            "</ul>"
            "<p>The total cost: the room was free, catering €540, printing €180, and two days "
            "of preparation for the neighbourhood contract team.</p>",
        ),
        "alt": (
            "Abstracte illustratie: blauwe cirkels omringd door kleine witte en donkerblauwe "
            "stippen op een lichtgele achtergrond, als tafels met mensen eromheen in een zaal.",
            "Illustration abstraite : des cercles bleus entourés de petits points blancs et "
            "bleu foncé sur un fond jaune clair, comme des tables entourées de personnes.",
            "Abstract illustration: blue circles ringed by small white and dark blue dots on a "
            "pale yellow background, like tables with people around them in a hall.",
        ),
    },
    {
        "slug": "evaluating-a-participatory-budget",
        "kind": ARTICLE,
        "published_at": _at(2026, 6, 30),
        "themes": ["democracy", "public-space"],
        "methods": ["participatory-budget", "online-survey"],
        "cover": ("bars", 0),
        "title": (
            "Een burgerbegroting evalueren: vijf vragen",
            "Évaluer un budget participatif : cinq questions",
            "Evaluating a participatory budget: five questions",
        ),
        "lead": (
            "Het aantal stemmen zegt weinig. Wie stemde, welke projecten werden uitgevoerd en "
            "wat veranderde er in de wijk? Een evaluatiekader voor een tweede editie.",
            "Le nombre de votes dit peu de choses. Qui a voté, quels projets ont été réalisés, "
            "qu’est-ce qui a changé dans le quartier ? Une grille d’évaluation avant une "
            "deuxième édition.",
            "The number of votes says little. Who voted, which projects were built and what "
            "changed in the neighbourhood? An evaluation framework before a second round.",
        ),
        "body": (
            "<p>Steeds meer Brusselse gemeenten reserveren een deel van hun investeringen voor "
            "een burgerbegroting: meestal tussen 100.000 en 500.000 euro per jaar. Na een "
            "eerste editie volgt de vraag: werkte het? Het antwoord begint niet bij het aantal "
            "stemmen, maar bij vijf vragen.</p>"
            "<h2>1. Wie diende projecten in?</h2>"
            "<p>Tel niet alleen de projecten, maar kijk wie ze indiende: verenigingen, groepen "
            "bewoners, individuen, en uit welke wijken. Komen twee derde van de projecten uit "
            "dezelfde twee wijken, dan moet de ondersteuning bij het schrijven elders.</p>"
            "<h2>2. Wie stemde?</h2>"
            "<p>Vergelijk het profiel van de stemmers met dat van de bevolking: leeftijd, wijk, "
            "geslacht. Een korte vragenlijst bij het stemmen, met drie facultatieve vragen, "
            "volstaat. Let op het verschil tussen online stemmen en stemmen op papier: papieren "
            "stemlokalen in bibliotheken en op markten brengen vaak een ander publiek.</p>"
            "<h2>3. Wat werd echt uitgevoerd?</h2>"
            "<ul><li>Hoeveel van de gekozen projecten zijn na twaalf en na vierentwintig "
            "maanden gerealiseerd?</li>"
            "<li>Hoeveel kostten ze in werkelijkheid, tegenover de raming?</li>"
            "<li>Welke stuitten op vergunningen of op de eigendom van de grond?</li></ul>"
            "<p>Projecten die jaren blijven liggen, kosten meer vertrouwen dan ze ooit "
            "opbrengen.</p>"
            "<h2>4. Wat vonden de deelnemers?</h2>"
            "<p>Bevraag indieners en een steekproef van stemmers: was het reglement duidelijk, "
            "voelden ze zich geholpen, zouden ze opnieuw meedoen? Een focusgroep met indieners "
            "van afgewezen projecten leert u vaak het meest.</p>"
            "<h2>5. Wat veranderde er?</h2>"
            "<p>De moeilijkste vraag. Kijk naar het gebruik van de nieuwe voorzieningen, naar "
            "nieuwe samenwerkingen tussen buren en naar de manier waarop de diensten nu met "
            "voorstellen van bewoners omgaan.</p>"
            "<p>Publiceer de evaluatie, ook de minder goede cijfers. Een tweede editie die "
            "zichtbaar uit de eerste leert, overtuigt meer mensen om mee te doen.</p>",
            "<p>De plus en plus de communes bruxelloises réservent une partie de leurs "
            "investissements à un budget participatif : le plus souvent entre 100 000 et "
            "500 000 euros par an. Après une première édition vient la question : est-ce que "
            "cela a fonctionné ? La réponse ne commence pas par le nombre de votes, mais par "
            "cinq questions.</p>"
            "<h2>1. Qui a déposé des projets ?</h2>"
            "<p>Ne comptez pas seulement les projets : regardez qui les a déposés "
            "(associations, groupes d’habitants, particuliers) et de quels quartiers ils "
            "viennent. Si deux tiers des projets proviennent des deux mêmes quartiers, "
            "l’accompagnement à l’écriture doit aller ailleurs.</p>"
            "<h2>2. Qui a voté ?</h2>"
            "<p>Comparez le profil des votants à celui de la population : âge, quartier, genre. "
            "Un court questionnaire au moment du vote, avec trois questions facultatives, "
            "suffit. Attention à la différence entre vote en ligne et vote papier : les bureaux "
            "de vote installés dans les bibliothèques et sur les marchés attirent souvent un "
            "autre public.</p>"
            "<h2>3. Qu’est-ce qui a vraiment été réalisé ?</h2>"
            "<ul><li>Combien de projets lauréats sont réalisés après douze et après "
            "vingt-quatre mois ?</li>"
            "<li>Combien ont-ils coûté réellement, par rapport à l’estimation ?</li>"
            "<li>Lesquels se sont heurtés à un permis ou à la propriété du terrain ?</li></ul>"
            "<p>Les projets qui traînent pendant des années coûtent plus de confiance qu’ils "
            "n’en rapporteront jamais.</p>"
            "<h2>4. Qu’en pensent les participants ?</h2>"
            "<p>Interrogez les porteurs de projets et un échantillon de votants : le règlement "
            "était-il clair, se sont-ils sentis soutenus, participeraient-ils à nouveau ? Un "
            "groupe de discussion avec les porteurs de projets non retenus est souvent le plus "
            "instructif.</p>"
            "<h2>5. Qu’est-ce qui a changé ?</h2>"
            "<p>La question la plus difficile. Observez l’usage des nouveaux aménagements, les "
            "nouvelles collaborations entre voisins et la manière dont les services traitent "
            "désormais les propositions des habitants.</p>"
            "<p>Publiez l’évaluation, chiffres décevants compris. Une deuxième édition qui tire "
            "visiblement les leçons de la première convainc davantage de personnes de "
            "participer.</p>",
            "<p>More and more Brussels communes set aside part of their capital budget for a "
            "participatory budget: usually between €100,000 and €500,000 a year. After a first "
            "round comes the question: did it work? The answer does not start with the number "
            "of votes but with five questions.</p>"
            "<h2>1. Who submitted projects?</h2>"
            "<p>Do not just count the projects; look at who submitted them (associations, "
            "groups of residents, individuals) and which neighbourhoods they came from. If two "
            "thirds of the projects come from the same two neighbourhoods, support with writing "
            "proposals needs to go elsewhere.</p>"
            "<h2>2. Who voted?</h2>"
            "<p>Compare the profile of voters with that of the population: age, neighbourhood, "
            "gender. A short questionnaire at the moment of voting, with three optional "
            "questions, is enough. Watch the difference between online and paper voting: "
            "polling stations in libraries and at markets often bring in a different "
            "public.</p>"
            "<h2>3. What was actually built?</h2>"
            "<ul><li>How many of the winning projects are completed after twelve and after "
            "twenty-four months?</li>"
            "<li>What did they really cost, compared with the estimate?</li>"
            "<li>Which ran into planning permission or land ownership problems?</li></ul>"
            "<p>Projects that stall for years cost more trust than they will ever earn.</p>"
            "<h2>4. What did participants think?</h2>"
            "<p>Survey the project holders and a sample of voters: were the rules clear, did "
            "they feel supported, would they take part again? A focus group with holders of "
            "projects that were not selected is often the most instructive.</p>"
            "<h2>5. What changed?</h2>"
            "<p>The hardest question. Look at how the new facilities are used, at new "
            "cooperation between neighbours and at how departments now deal with residents’ "
            "proposals.</p>"
            "<p>Publish the evaluation, disappointing figures included. A second round that "
            "visibly learns from the first convinces more people to take part.</p>",
        ),
        "alt": (
            "Abstracte illustratie: een staafdiagram met verticale balken in verschillende "
            "tinten blauw op een lichte achtergrond; één gele balk steekt boven de rest uit.",
            "Illustration abstraite : un histogramme de barres verticales dans différents tons "
            "de bleu sur un fond clair ; une barre jaune dépasse toutes les autres.",
            "Abstract illustration: a bar chart of vertical bars in several shades of blue on a "
            "light background; one yellow bar rises above the rest.",
        ),
    },
    {
        "slug": "easy-language-invitations",
        "kind": ARTICLE,
        "published_at": _at(2026, 8, 25),
        "themes": ["social-cohesion", "democracy"],
        "methods": ["town-hall-meeting", "neighbourhood-walk", "co-design-workshop"],
        "cover": ("envelope", 0),
        "title": (
            "Uitnodigen in eenvoudige taal",
            "Inviter en langage simple",
            "Inviting people in easy language",
        ),
        "lead": (
            "Een uitnodiging die niet begrepen wordt, nodigt niemand uit. Zes regels om uw "
            "brief of affiche leesbaar te maken voor iedereen.",
            "Une invitation qu’on ne comprend pas n’invite personne. Six règles pour rendre "
            "votre lettre ou votre affiche lisible par tout le monde.",
            "An invitation nobody understands invites nobody. Six rules to make your letter or "
            "poster readable by everyone.",
        ),
        "body": (
            "<p>In Brussel spreekt een groot deel van de bevolking thuis een andere taal dan "
            "het Frans of het Nederlands, en een op de tien volwassenen heeft moeite met lezen. "
            "Een uitnodiging vol ambtelijke termen, zoals ‘openbaar onderzoek’, "
            "‘herinrichting’ of ‘informatievergadering in het kader van’, bereikt hen niet. "
            "Eenvoudige taal is geen kindertaal. Het is taal die iedereen in één keer "
            "begrijpt.</p>"
            "<h2>Zes regels</h2>"
            "<ul><li><strong>Begin met het praktische.</strong> Wanneer, waar, voor wie: "
            "bovenaan, in drie korte regels.</li>"
            "<li><strong>Eén idee per zin.</strong> Zinnen van maximaal vijftien woorden.</li>"
            "<li><strong>Spreek de lezer aan.</strong> ‘U kent uw straat het best’ in plaats "
            "van ‘de inbreng van de bewoners wordt gewaardeerd’.</li>"
            "<li><strong>Vermijd vakjargon.</strong> ‘De straat wordt opnieuw aangelegd’ in "
            "plaats van ‘herinrichting van de openbare ruimte’.</li>"
            "<li><strong>Zeg wat mensen mogen verwachten.</strong> Is er koffie, kinderopvang, "
            "een tolk? Moeten ze iets voorbereiden? Is het gratis?</li>"
            "<li><strong>Geef een naam en een telefoonnummer.</strong> Niet alleen een "
            "e-mailadres of een formulier.</li></ul>"
            "<h2>Test uw tekst</h2>"
            "<p>Laat uw uitnodiging lezen door drie mensen die de taal minder goed kennen of "
            "niet gewend zijn aan gemeentelijke brieven: een cursist Nederlands, een buurvrouw, "
            "een medewerker van een alfabetiseringsvereniging. Vraag hen niet of de tekst goed "
            "is, maar wat er volgens hen gaat gebeuren, waar en wanneer. Klopt hun antwoord niet, "
            "dan ligt het aan de tekst.</p>"
            "<h2>Vorm telt ook</h2>"
            "<p>Lettergrootte minstens 12 punten, een schreefloos lettertype, geen tekst over "
            "een foto, veel witruimte. Een pictogram voor de datum, de plek en de koffie helpt "
            "wie moeilijk leest. En druk ook op papier: niet iedereen leest zijn mails.</p>"
            "<p>In de toolkit vindt u een sjabloon in drie talen dat u vrij mag aanpassen.</p>",
            "<p>À Bruxelles, une grande partie de la population parle à la maison une autre "
            "langue que le français ou le néerlandais, et un adulte sur dix a des difficultés "
            "à lire. Une invitation pleine de termes administratifs (« enquête publique », "
            "« réaménagement », « séance d’information dans le cadre de ») ne les atteint pas. "
            "Le langage simple n’est pas un langage pour enfants. C’est une langue que chacun "
            "comprend du premier coup.</p>"
            "<h2>Six règles</h2>"
            "<ul><li><strong>Commencez par le pratique.</strong> Quand, où, pour qui : en "
            "haut, en trois lignes courtes.</li>"
            "<li><strong>Une idée par phrase.</strong> Des phrases de quinze mots au "
            "maximum.</li>"
            "<li><strong>Adressez-vous au lecteur.</strong> « Vous connaissez bien votre rue » "
            "plutôt que « la contribution des habitants est appréciée ».</li>"
            "<li><strong>Évitez le jargon.</strong> « La rue va être refaite » plutôt que "
            "« réaménagement de l’espace public ».</li>"
            "<li><strong>Dites à quoi s’attendre.</strong> Y a-t-il du café, une garde "
            "d’enfants, un interprète ? Faut-il préparer quelque chose ? Est-ce gratuit ?</li>"
            "<li><strong>Donnez un nom et un numéro de téléphone.</strong> Pas seulement une "
            "adresse e-mail ou un formulaire.</li></ul>"
            "<h2>Testez votre texte</h2>"
            "<p>Faites lire votre invitation par trois personnes qui maîtrisent moins bien la "
            "langue ou qui n’ont pas l’habitude des courriers communaux : une apprenante en "
            "cours de français, un voisin, une animatrice d’une association d’alphabétisation. "
            "Ne leur demandez pas si le texte est bon, mais ce qui va se passer selon elles, où "
            "et quand. Si leur réponse est fausse, c’est le texte qu’il faut revoir.</p>"
            "<h2>La forme compte aussi</h2>"
            "<p>Une taille de caractères d’au moins 12 points, une police sans empattement, pas "
            "de texte sur une photo, beaucoup de blanc. Un pictogramme pour la date, le lieu et "
            "le café aide les personnes qui lisent difficilement. Et imprimez aussi sur papier : "
            "tout le monde ne lit pas ses e-mails.</p>"
            "<p>Vous trouverez dans la boîte à outils un modèle en trois langues, libre "
            "d’adaptation.</p>",
            "<p>In Brussels a large part of the population speaks a language other than French "
            "or Dutch at home, and one adult in ten finds reading difficult. An invitation full "
            "of administrative terms such as ‘public inquiry’, ‘redevelopment’ or ‘information "
            "session in the context of’ does not reach them. Easy language is not children’s "
            "language. It is language everyone understands the first time.</p>"
            "<h2>Six rules</h2>"
            "<ul><li><strong>Start with the practical.</strong> When, where, who for: at the "
            "top, in three short lines.</li>"
            "<li><strong>One idea per sentence.</strong> Sentences of fifteen words at "
            "most.</li>"
            "<li><strong>Talk to the reader.</strong> ‘You know your street best’ rather than "
            "‘residents’ input is valued’.</li>"
            "<li><strong>Avoid jargon.</strong> ‘The street will be rebuilt’ rather than "
            "‘redevelopment of the public realm’.</li>"
            "<li><strong>Say what to expect.</strong> Is there coffee, childcare, an "
            "interpreter? Do people need to prepare anything? Is it free?</li>"
            "<li><strong>Give a name and a phone number.</strong> Not only an e-mail address or "
            "a form.</li></ul>"
            "<h2>Test your text</h2>"
            "<p>Ask three people who know the language less well or are not used to letters "
            "from the commune to read your invitation: a learner in a Dutch class, a "
            "neighbour, someone from a literacy association. Do not ask whether the text is "
            "good; ask what they think will happen, where and when. If their answer is wrong, "
            "the text needs work.</p>"
            "<h2>Form matters too</h2>"
            "<p>A type size of at least 12 points, a sans-serif font, no text over a photo, "
            "plenty of white space. An icon for the date, the place and the coffee helps people "
            "who find reading hard. And print on paper too: not everyone reads their "
            "e-mail.</p>"
            "<p>The toolkit has a template in three languages that you are free to adapt.</p>",
        ),
        "alt": (
            "Abstracte illustratie: een witte envelop met een blauwe vouwlijn op een gele "
            "achtergrond, omringd door kleine blauwe cirkels.",
            "Illustration abstraite : une enveloppe blanche avec un pli bleu sur un fond jaune, "
            "entourée de petits cercles bleus.",
            "Abstract illustration: a white envelope with a blue fold line on a yellow "
            "background, surrounded by small blue circles.",
        ),
    },
]
ARTICLES += [
    {
        "slug": "project-call-2027-opens",
        "kind": NEWS,
        "published_at": _at(2026, 9, 14),
        "themes": ["democracy", "social-cohesion"],
        "methods": ["co-design-workshop", "world-cafe", "neighbourhood-walk"],
        "cover": ("bars", 1),
        "title": (
            "Projectoproep 2027: dien uw participatieproject in",
            "Appel à projets 2027 : déposez votre projet participatif",
            "Project call 2027: submit your participation project",
        ),
        "lead": (
            "Verenigingen en gemeenten kunnen tot 15 december 2026 een subsidie aanvragen voor "
            "een participatieproject in 2027, tussen 5.000 en 30.000 euro.",
            "Associations et communes peuvent demander jusqu’au 15 décembre 2026 un subside "
            "pour un projet participatif en 2027, de 5 000 à 30 000 euros.",
            "Associations and communes can apply until 15 December 2026 for a grant of €5,000 "
            "to €30,000 for a participation project in 2027.",
        ),
        "body": (
            "<p>De jaarlijkse projectoproep van de dienst participatie is open. Ze steunt "
            "projecten die Brusselaars betrekken bij beslissingen over hun wijk, hun gemeente of "
            "het gewest, met aandacht voor wie zelden gehoord wordt. Het totale budget voor "
            "2027 bedraagt 600.000 euro.</p>"
            "<h2>Wie kan indienen</h2>"
            "<ul><li>Verenigingen zonder winstoogmerk met zetel of werking in het Brussels "
            "Gewest;</li>"
            "<li>de negentien gemeenten en hun OCMW’s;</li>"
            "<li>feitelijke verenigingen van bewoners, samen met een vzw die het beheer "
            "opneemt.</li></ul>"
            "<h2>Wat wordt gesteund</h2>"
            "<p>Een subsidie tussen 5.000 en 30.000 euro, voor maximaal 80 procent van de "
            "kosten van het project. De rest komt uit eigen middelen of andere bronnen; "
            "vrijwilligerswerk telt niet mee. Het project loopt tussen 1 maart en 31 december "
            "2027.</p>"
            "<p>De jury let vooral op vier punten:</p>"
            "<ul><li>een duidelijke vraag, en een beslisser die zich engageert om te "
            "antwoorden;</li>"
            "<li>een aanpak die past bij het publiek, met concrete stappen om wie zelden "
            "deelneemt te bereiken;</li>"
            "<li>een plan voor de terugkoppeling naar de deelnemers;</li>"
            "<li>een realistisch budget en een haalbare timing.</li></ul>"
            "<h2>Hoe indienen</h2>"
            "<p>U dient uw project in via het platform, met een formulier in vijf stappen dat "
            "u kunt opslaan en later verder invullen. U beschrijft het project, de gekozen "
            "methoden, de timing en de begroting met de cofinanciering. Na de deadline van "
            "15 december om 12.00 uur is indienen niet meer mogelijk.</p>"
            "<h2>Infosessies</h2>"
            "<p>Twee infosessies lichten het reglement toe en beantwoorden uw vragen: op "
            "1 oktober om 12.30 uur online, en op 8 oktober om 18.00 uur in het Huis van de "
            "Participatie. Inschrijven via de agenda. De resultaten worden eind januari 2027 "
            "bekendgemaakt.</p>"
            "<p>Tip: lees eerst de methodefiches van de toolkit en de checklist voor de "
            "procesafbakening. Projecten die die vragen al beantwoorden, scoren merkbaar "
            "beter.</p>",
            "<p>L’appel à projets annuel du service participation est ouvert. Il soutient des "
            "projets qui associent les Bruxellois aux décisions sur leur quartier, leur "
            "commune ou la Région, en prêtant attention à celles et ceux qu’on entend rarement. "
            "Le budget total pour 2027 s’élève à 600 000 euros.</p>"
            "<h2>Qui peut déposer un projet ?</h2>"
            "<ul><li>Les associations sans but lucratif ayant leur siège ou leurs activités en "
            "Région bruxelloise ;</li>"
            "<li>les dix-neuf communes et leurs CPAS ;</li>"
            "<li>les associations de fait d’habitants, avec une ASBL qui en assure la "
            "gestion.</li></ul>"
            "<h2>Ce qui est soutenu</h2>"
            "<p>Un subside de 5 000 à 30 000 euros, pour 80 % des coûts du projet au maximum. "
            "Le reste provient de fonds propres ou d’autres sources ; le bénévolat n’est pas "
            "pris en compte. Le projet se déroule entre le 1er mars et le 31 décembre 2027.</p>"
            "<p>Le jury est surtout attentif à quatre points :</p>"
            "<ul><li>une question claire, et un décideur qui s’engage à y répondre ;</li>"
            "<li>une démarche adaptée au public, avec des étapes concrètes pour toucher celles "
            "et ceux qui participent rarement ;</li>"
            "<li>un plan de retour vers les participants ;</li>"
            "<li>un budget réaliste et un calendrier tenable.</li></ul>"
            "<h2>Comment déposer ?</h2>"
            "<p>Vous déposez votre projet sur la plateforme, au moyen d’un formulaire en cinq "
            "étapes que vous pouvez enregistrer et compléter plus tard. Vous y décrivez le "
            "projet, les méthodes choisies, le calendrier et le budget avec le cofinancement. "
            "Après la date limite du 15 décembre à 12 h, plus aucun dépôt n’est possible.</p>"
            "<h2>Séances d’information</h2>"
            "<p>Deux séances présentent le règlement et répondent à vos questions : le "
            "1er octobre à 12 h 30 en ligne, et le 8 octobre à 18 h à la Maison de la "
            "participation. Inscription par l’agenda. Les résultats seront annoncés fin "
            "janvier 2027.</p>"
            "<p>Conseil : lisez d’abord les fiches méthodes de la boîte à outils et le canevas "
            "de cadrage. Les projets qui répondent déjà à ces questions obtiennent des scores "
            "nettement meilleurs.</p>",
            "<p>The participation service’s annual project call is open. It supports projects "
            "that involve people in Brussels in decisions about their neighbourhood, their "
            "commune or the Region, with attention to those who are rarely heard. The total "
            "budget for 2027 is €600,000.</p>"
            "<h2>Who can apply</h2>"
            "<ul><li>Non-profit associations based or active in the Brussels-Capital "
            "Region;</li>"
            "<li>the nineteen communes and their public social welfare centres;</li>"
            "<li>informal groups of residents, together with a non-profit that handles the "
            "administration.</li></ul>"
            "<h2>What is funded</h2>"
            "<p>A grant of €5,000 to €30,000, for at most 80% of the project’s costs. The rest "
            "comes from your own funds or other sources; volunteer time does not count. The "
            "project runs between 1 March and 31 December 2027.</p>"
            "<p>The jury looks mainly at four points:</p>"
            "<ul><li>a clear question, and a decision-maker committed to answering it;</li>"
            "<li>an approach that suits the audience, with concrete steps to reach those who "
            "rarely take part;</li>"
            "<li>a plan for feedback to participants;</li>"
            "<li>a realistic budget and a feasible timetable.</li></ul>"
            "<h2>How to apply</h2>"
            "<p>You apply on the platform, with a five-step form you can save and finish later. "
            "You describe the project, the methods you have chosen, the timetable and the "
            "budget with its co-financing. After the deadline of 15 December at noon, no more "
            "applications can be submitted.</p>"
            "<h2>Information sessions</h2>"
            "<p>Two sessions explain the rules and answer your questions: on 1 October at "
            "12.30 pm online, and on 8 October at 6 pm at the Maison de la participation. "
            "Register through the events calendar. The results will be announced at the end "
            "of January 2027.</p>"
            "<p>A tip: read the toolkit’s method sheets and the process framing canvas first. "
            "Projects that already answer those questions score noticeably better.</p>",
        ),
        "alt": (
            "Abstracte illustratie: verticale balken in blauwe tinten op een donkerblauwe "
            "achtergrond, oplopend van links naar rechts; de hoogste balk is geel.",
            "Illustration abstraite : des barres verticales dans des tons de bleu sur un fond "
            "bleu foncé, de plus en plus hautes de gauche à droite ; la plus haute est jaune.",
            "Abstract illustration: vertical bars in shades of blue on a dark blue background, "
            "rising from left to right; the tallest bar is yellow.",
        ),
    },
    {
        "slug": "online-or-face-to-face",
        "kind": ARTICLE,
        "published_at": _at(2026, 11, 10),
        "themes": ["democracy", "youth-education"],
        "methods": ["online-survey", "town-hall-meeting", "world-cafe", "focus-group"],
        "cover": ("split", 0),
        "title": (
            "Online of in het echt? Allebei, maar niet voor hetzelfde",
            "En ligne ou en présentiel ? Les deux, mais pas pour la même chose",
            "Online or face to face? Both, but not for the same thing",
        ),
        "lead": (
            "Een online bevraging bereikt snel veel mensen, een bijeenkomst laat hen echt "
            "overleggen. Hoe u beide combineert zonder iemand uit te sluiten.",
            "Une enquête en ligne touche vite beaucoup de monde, une rencontre permet de "
            "vraiment délibérer. Comment combiner les deux sans exclure personne.",
            "An online survey quickly reaches many people; a meeting lets them really "
            "deliberate. How to combine the two without leaving anyone out.",
        ),
        "body": (
            "<p>Sinds de pandemie hebben de meeste Brusselse besturen een platform voor online "
            "participatie. Dat levert soms indrukwekkende cijfers op: 2.000 antwoorden op een "
            "bevraging over een nieuw park is geen uitzondering meer. Toch blijft de vraag "
            "terugkomen: is online participatie even goed als een bijeenkomst? Het eerlijke "
            "antwoord: ze doet iets anders.</p>"
            "<h2>Waar online sterk in is</h2>"
            "<ul><li><strong>Bereik</strong>: jonge ouders, pendelaars en mensen met "
            "avonddiensten antwoorden op hun eigen moment.</li>"
            "<li><strong>Spreiding</strong>: u ziet snel hoe een mening verdeeld is over "
            "wijken en leeftijden.</li>"
            "<li><strong>Kosten</strong>: een bevraging van tien vragen kost vooral "
            "schrijf- en analysetijd.</li></ul>"
            "<h2>Waar een bijeenkomst sterk in is</h2>"
            "<ul><li><strong>Overleg</strong>: mensen horen andere standpunten en passen hun "
            "mening aan, wat online zelden gebeurt.</li>"
            "<li><strong>Nuance</strong>: een afweging tussen parkeerplaatsen en bomen laat "
            "zich niet in een meerkeuzevraag vangen.</li>"
            "<li><strong>Vertrouwen</strong>: wie de ambtenaar of schepen in de ogen kijkt, "
            "gelooft sneller dat er iets met zijn inbreng gebeurt.</li></ul>"
            "<h2>Wie u mist</h2>"
            "<p>Online mist u vooral ouderen, mensen met weinig digitale vaardigheden en wie "
            "de taal van het platform niet goed leest. Op een avondvergadering mist u jongeren, "
            "ouders en wie ver woont of werkt. Elk kanaal heeft dus zijn blinde vlek, en u "
            "ziet ze alleen als u bij elke deelnemer enkele profielvragen stelt.</p>"
            "<h2>Een combinatie die werkt</h2>"
            "<p>Begin breed met een korte online bevraging, aangevuld met papieren versies in "
            "de bibliotheek en hulp ter plaatse op de markt. Gebruik de resultaten om de vragen "
            "voor een bijeenkomst scherp te stellen. Nodig voor die bijeenkomst bewust mensen "
            "uit die online ondervertegenwoordigd waren. En koppel terug via beide kanalen.</p>"
            "<p>Hybride vergaderingen, met een deel van de deelnemers in de zaal en een deel "
            "op scherm, raden we alleen aan met een aparte begeleider voor de online groep. "
            "Anders wordt die groep al na een halfuur publiek.</p>",
            "<p>Depuis la pandémie, la plupart des pouvoirs publics bruxellois disposent d’une "
            "plateforme de participation en ligne. Les chiffres sont parfois impressionnants : "
            "2 000 réponses à une enquête sur un nouveau parc ne sont plus une exception. "
            "Pourtant, la question revient : la participation en ligne vaut-elle une "
            "rencontre ? La réponse honnête : elle fait autre chose.</p>"
            "<h2>Les forces de l’en ligne</h2>"
            "<ul><li><strong>La portée</strong> : jeunes parents, navetteurs et travailleurs "
            "de nuit répondent quand cela leur convient.</li>"
            "<li><strong>La répartition</strong> : vous voyez vite comment un avis se "
            "distribue selon les quartiers et les âges.</li>"
            "<li><strong>Le coût</strong> : une enquête de dix questions coûte surtout du "
            "temps de rédaction et d’analyse.</li></ul>"
            "<h2>Les forces de la rencontre</h2>"
            "<ul><li><strong>La délibération</strong> : les gens entendent d’autres points de "
            "vue et font évoluer leur avis, ce qui arrive rarement en ligne.</li>"
            "<li><strong>La nuance</strong> : un arbitrage entre places de stationnement et "
            "arbres ne tient pas dans une question à choix multiple.</li>"
            "<li><strong>La confiance</strong> : qui a regardé l’agent ou l’échevin dans les "
            "yeux croit plus volontiers que sa contribution servira.</li></ul>"
            "<h2>Qui vous manquez</h2>"
            "<p>En ligne, vous manquez surtout les aînés, les personnes peu à l’aise avec le "
            "numérique et celles qui lisent mal la langue de la plateforme. En réunion du soir, "
            "vous manquez les jeunes, les parents et ceux qui habitent ou travaillent loin. "
            "Chaque canal a donc son angle mort, et vous ne le voyez que si vous posez à chaque "
            "participant quelques questions de profil.</p>"
            "<h2>Une combinaison qui fonctionne</h2>"
            "<p>Commencez large avec une courte enquête en ligne, complétée par des versions "
            "papier à la bibliothèque et une aide sur place au marché. Servez-vous des "
            "résultats pour affiner les questions d’une rencontre. Invitez-y délibérément les "
            "personnes sous-représentées en ligne. Et faites le retour par les deux canaux.</p>"
            "<p>Les réunions hybrides, avec une partie des participants dans la salle et une "
            "partie à l’écran, ne sont à conseiller qu’avec un animateur dédié au groupe en "
            "ligne. Sinon, ce groupe devient spectateur au bout d’une demi-heure.</p>",
            "<p>Since the pandemic most Brussels public bodies have had an online participation "
            "platform. The figures can be impressive: 2,000 responses to a survey about a new "
            "park are no longer unusual. Yet the question keeps coming back: is online "
            "participation as good as a meeting? The honest answer: it does something "
            "else.</p>"
            "<h2>What online does well</h2>"
            "<ul><li><strong>Reach</strong>: young parents, commuters and night-shift workers "
            "answer when it suits them.</li>"
            "<li><strong>Spread</strong>: you quickly see how an opinion is distributed across "
            "neighbourhoods and age groups.</li>"
            "<li><strong>Cost</strong>: a ten-question survey mainly costs writing and "
            "analysis time.</li></ul>"
            "<h2>What a meeting does well</h2>"
            "<ul><li><strong>Deliberation</strong>: people hear other points of view and change "
            "their minds, which rarely happens online.</li>"
            "<li><strong>Nuance</strong>: a trade-off between parking spaces and trees does "
            "not fit in a multiple-choice question.</li>"
            "<li><strong>Trust</strong>: people who have looked the official or the alderman "
            "in the eye are readier to believe their input will count.</li></ul>"
            "<h2>Whom you miss</h2>"
            "<p>Online, you mostly miss older people, people with few digital skills and those "
            "who do not read the platform’s language well. At an evening meeting, you miss "
            "young people, parents and those who live or work far away. Each channel has its "
            "blind spot, and you only see it if you ask every participant a few profile "
            "questions.</p>"
            "<h2>A combination that works</h2>"
            "<p>Start broad with a short online survey, backed by paper copies at the library "
            "and help on site at the market. Use the results to sharpen the questions for a "
            "meeting. Deliberately invite the people who were under-represented online. And "
            "give feedback through both channels.</p>"
            "<p>We only recommend hybrid meetings, with some participants in the room and some "
            "on screen, with a separate facilitator for the online group. Otherwise that group "
            "becomes an audience within half an hour.</p>",
        ),
        "alt": (
            "Abstracte illustratie op een lichtblauwe achtergrond: links een gestileerd scherm "
            "met lichtblauwe vlakken, rechts een kring van gele stippen rond een blauwe tafel.",
            "Illustration abstraite sur fond bleu clair : à gauche un écran stylisé avec des "
            "tuiles bleu clair, à droite un cercle de points jaunes autour d’une table bleue.",
            "Abstract illustration on a pale blue background: on the left a stylised screen "
            "with light blue tiles, on the right a ring of yellow dots around a blue table.",
        ),
    },
    {
        "slug": "project-call-2027-results",
        "kind": NEWS,
        "published_at": None,  # scheduled: always a few weeks ahead (SCHEDULED_AHEAD)
        "themes": ["democracy", "social-cohesion"],
        "methods": ["participatory-budget", "co-design-workshop", "photovoice"],
        "cover": ("grid", 1),
        "title": (
            "Projectoproep 2027: 26 projecten geselecteerd",
            "Appel à projets 2027 : 26 projets retenus",
            "Project call 2027: 26 projects selected",
        ),
        "lead": (
            "De jury koos 26 van de 71 ingediende projecten. Samen krijgen ze 598.400 euro om "
            "in 2027 Brusselaars te betrekken bij beslissingen over hun buurt.",
            "Le jury a retenu 26 des 71 projets déposés. Ensemble, ils reçoivent "
            "598 400 euros pour associer en 2027 des Bruxellois aux décisions sur leur "
            "quartier.",
            "The jury selected 26 of the 71 projects submitted. Together they receive €598,400 "
            "to involve people in Brussels in decisions about their neighbourhood in 2027.",
        ),
        "body": (
            "<p>Eenenzeventig projecten werden ingediend voor de projectoproep 2027, een "
            "vijfde meer dan vorig jaar. Een jury van vijf mensen, onder wie twee bewoners die "
            "eerder aan een gesteund project deelnamen, beoordeelde ze in december en januari. "
            "Zesentwintig projecten worden gesteund, met bedragen van 6.500 tot 30.000 euro.</p>"
            "<h2>Enkele geselecteerde projecten</h2>"
            "<ul><li>Een burgerbegroting voor jongeren van 12 tot 18 jaar in twee wijken, "
            "waarbij de jongeren zelf het reglement schrijven.</li>"
            "<li>Co-creatieworkshops met bewoners van een sociale woonwijk over de "
            "binnentuinen, samen met de huisvestingsmaatschappij.</li>"
            "<li>Een photovoiceproject met oudere migranten over hun weg naar de dokter en de "
            "apotheek.</li></ul>"
            "<h2>Wat opviel</h2>"
            "<p>Meer projecten dan vorig jaar beschreven concreet hoe ze mensen willen bereiken "
            "die zelden deelnemen. Minder projecten hadden een duidelijk engagement van een "
            "beslisser: dat was de vaakste reden voor een afwijzing.</p>"
            "<p>Ook opvallend: negen projecten combineren online en fysieke momenten, tegenover "
            "vier vorig jaar. En voor het eerst stellen drie projecten hun groep deelnemers "
            "samen door loting.</p>"
            "<h2>En nu?</h2>"
            "<p>De geselecteerde projecten starten vanaf 1 maart. Elk project krijgt een "
            "contactpersoon bij de dienst participatie en kan de Ateliers de la participation "
            "gratis volgen. Wie niet geselecteerd werd, krijgt een schriftelijke motivering en "
            "kan een gesprek aanvragen om een volgende aanvraag voor te bereiden.</p>"
            "<h2>De cijfers</h2>"
            "<ul><li>15 projecten van verenigingen, 8 van gemeenten of OCMW’s en 3 van "
            "bewonersgroepen met een vzw als beheerder.</li>"
            "<li>Projecten in 17 van de 19 gemeenten, en 4 op gewestelijk niveau.</li>"
            "<li>Een gemiddelde subsidie van 23.000 euro, voor gemiddeld 71 procent van de "
            "kosten.</li></ul>"
            "<p>De projecten verschijnen in de loop van het jaar op de kaart van het platform, "
            "met hun stappen en resultaten.</p>",
            "<p>Soixante et onze projets ont été déposés pour l’appel à projets 2027, un "
            "cinquième de plus que l’an dernier. Un jury de cinq personnes, dont deux habitants "
            "ayant participé à un projet soutenu, les a évalués en décembre et en janvier. "
            "Vingt-six projets sont soutenus, pour des montants de 6 500 à 30 000 euros.</p>"
            "<h2>Quelques projets retenus</h2>"
            "<ul><li>Un budget participatif pour les jeunes de 12 à 18 ans dans deux quartiers, "
            "dont les jeunes rédigent eux-mêmes le règlement.</li>"
            "<li>Des ateliers de co-conception avec les habitants d’un ensemble de logements "
            "sociaux sur les jardins intérieurs, avec la société de logement.</li>"
            "<li>Un projet photovoice avec des migrants âgés sur leur chemin vers le médecin et "
            "la pharmacie.</li></ul>"
            "<h2>Ce qui ressort</h2>"
            "<p>Plus de projets que l’an dernier décrivent concrètement comment ils comptent "
            "toucher les personnes qui participent rarement. Moins de projets présentaient un "
            "engagement clair d’un décideur : c’est le motif de refus le plus fréquent.</p>"
            "<p>Autre constat : neuf projets combinent des moments en ligne et en présentiel, "
            "contre quatre l’an dernier. Et pour la première fois, trois projets composent "
            "leur groupe de participants par tirage au sort.</p>"
            "<h2>Et maintenant ?</h2>"
            "<p>Les projets retenus démarrent à partir du 1er mars. Chacun dispose d’une "
            "personne de contact au service participation et peut suivre gratuitement les "
            "Ateliers de la participation. Les porteurs non retenus reçoivent une motivation "
            "écrite et peuvent demander un entretien pour préparer une prochaine demande.</p>"
            "<h2>Les chiffres</h2>"
            "<ul><li>15 projets d’associations, 8 de communes ou de CPAS et 3 de groupes "
            "d’habitants avec une ASBL gestionnaire.</li>"
            "<li>Des projets dans 17 des 19 communes, et 4 à l’échelle régionale.</li>"
            "<li>Un subside moyen de 23 000 euros, couvrant en moyenne 71 % des coûts.</li>"
            "</ul>"
            "<p>Les projets apparaîtront au fil de l’année sur la carte de la plateforme, avec "
            "leurs étapes et leurs résultats.</p>",
            "<p>Seventy-one projects were submitted to the 2027 project call, a fifth more than "
            "last year. A jury of five, including two residents who had taken part in a funded "
            "project before, assessed them in December and January. Twenty-six projects are "
            "funded, with amounts from €6,500 to €30,000.</p>"
            "<h2>Some of the selected projects</h2>"
            "<ul><li>A participatory budget for 12- to 18-year-olds in two neighbourhoods, "
            "where the young people write the rules themselves.</li>"
            "<li>Co-design workshops with residents of a social housing estate on the inner "
            "gardens, together with the housing company.</li>"
            "<li>A photovoice project with older migrants on their way to the doctor and the "
            "pharmacy.</li></ul>"
            "<h2>What stood out</h2>"
            "<p>More projects than last year described concretely how they will reach people "
            "who rarely take part. Fewer projects showed a clear commitment from a "
            "decision-maker: that was the most frequent reason for turning one down.</p>"
            "<p>Also worth noting: nine projects combine online and face-to-face moments, "
            "compared with four last year. And for the first time, three projects will put "
            "together their group of participants by drawing lots.</p>"
            "<h2>What next?</h2>"
            "<p>The selected projects start from 1 March. Each has a contact person in the "
            "participation service and can attend the Ateliers de la participation free of "
            "charge. Applicants who were not selected receive written reasons and can ask for "
            "a meeting to prepare a future application.</p>"
            "<h2>The figures</h2>"
            "<ul><li>15 projects from associations, 8 from communes or public social welfare "
            "centres and 3 from groups of residents with a non-profit handling the "
            "administration.</li>"
            "<li>Projects in 17 of the 19 communes, and 4 at regional level.</li>"
            "<li>An average grant of €23,000, covering on average 71% of the costs.</li></ul>"
            "<p>Over the year the projects will appear on the platform’s map, with their steps "
            "and results.</p>",
        ),
        "alt": (
            "Abstracte illustratie: een raster van afgeronde vierkanten op een gele "
            "achtergrond, de meeste wit, enkele donkerblauw.",
            "Illustration abstraite : une grille de carrés arrondis sur un fond jaune, la "
            "plupart blancs, quelques-uns bleu foncé.",
            "Abstract illustration: a grid of rounded squares on a yellow background, most of "
            "them white, a few dark blue.",
        ),
    },
]


# --- Seeding ----------------------------------------------------------------------------------


def seed(seeder: DemoSeeder) -> None:
    existing = Article.objects.in_bulk(field_name="slug")
    themes = Theme.objects.in_bulk(field_name="slug")
    methods = Method.objects.in_bulk(field_name="slug")
    for entry in ARTICLES:
        slug = entry["slug"]
        article = existing.get(slug)
        published_at = entry["published_at"] or scheduled_moment(
            article.published_at if article else None, ahead=SCHEDULED_AHEAD
        )
        values = {
            "kind": entry["kind"],
            "published_at": published_at,
            **translated(*entry["title"], name="title"),
            **translated(*entry["lead"], name="lead"),
            # Compared as stored: saving sanitises the body (a no-break space becomes &nbsp;).
            **translated(*(sanitise_html(body) for body in entry["body"]), name="body"),
            **translated(*entry["alt"], name="cover_alt"),
        }
        design, variant = entry["cover"]
        content = cover_image(slug, design, variant)
        article = article or Article(slug=slug)
        changed_file = file_digest(article.cover_image) != hashlib.sha256(content).hexdigest()
        if changed_file:
            if article.cover_image:
                article.cover_image.delete(save=False)
            article.cover_image.save(f"{slug}.jpg", ContentFile(content), save=False)
            # The dimensions of the bytes we drew, so Django never opens the file for them.
            article.cover_width, article.cover_height = COVER_SIZE
        if not update_if_changed(article, values) and changed_file:
            article.save()
        article.themes.set([themes[s] for s in entry["themes"] if s in themes])
        article.methods.set([methods[s] for s in entry["methods"] if s in methods])
