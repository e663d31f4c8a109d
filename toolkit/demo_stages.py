"""Demo stages of the toolkit: the six stages of a quality participation process, in order.

``STAGES`` holds one dict per stage: ``slug``, then ``name``, ``summary``, ``guidance``
(formatted text) and ``checklist`` (one item per line) as (nl, fr, en) tuples. The French
texts are written with ordinary spaces and get their no-break spaces from ``french`` when the
module loads. ``seed`` creates or updates the stages and writes a row only when a value changed.
"""

from __future__ import annotations

import re

from core.demo import DemoSeeder, translated, update_if_changed
from core.sanitise import sanitise_html
from toolkit.models import Stage

_FRENCH_SPACE = re.compile(r" ([:;?!»%€])|(«) |(\d) (\d{3})\b")


def french(text: str, html: bool = False) -> str:
    """French typography: a no-break space before : ; ? ! » % €, after « and between groups of
    digits. In formatted text the space is written ``&nbsp;``, as the sanitiser writes it, so
    sanitising leaves the text unchanged."""
    space = "&nbsp;" if html else "\u00a0"

    def replace(match: re.Match) -> str:
        before, quote, digits, thousands = match.groups()
        if before:
            return f"{space}{before}"
        if quote:
            return f"{quote}{space}"
        return f"{digits}{space}{thousands}"

    return _FRENCH_SPACE.sub(replace, text)


def typeset(triple: tuple[str, str, str], html: bool = False) -> tuple[str, str, str]:
    """An (nl, fr, en) triple with French typography applied to its French text."""
    nl, fr, en = triple
    return nl, french(fr, html=html), en


_STAGES = [
    {
        "slug": "framing",
        "name": ("Het kader bepalen", "Cadrer la démarche", "Framing the process"),
        "summary": (
            "Spreek af welke vraag u stelt, wie de opdracht geeft en beslist, hoeveel "
            "speelruimte er is en wat onderhandelbaar is, nog voor u een methode kiest.",
            "Avant de choisir une méthode, fixez la question posée, le mandat, les marges de "
            "manœuvre et ce qui est réellement négociable.",
            "Before choosing a method, settle the question, the mandate, the room for "
            "manoeuvre and what is genuinely open to negotiation.",
        ),
        "guidance": (
            "<p>Voor u een methode kiest, spreekt u binnen uw bestuur af waartoe het traject "
            "dient. Veel participatie die bewoners teleurstelt, loopt hier al mis: de vraag was "
            "vaag, de beslissing lag eigenlijk al vast, of niemand zei wat nog kon "
            "veranderen.</p>"
            "<h3>Vier vragen die u schriftelijk beantwoordt</h3>"
            "<ul>"
            "<li><strong>De vraag</strong>: één zin die bewoners begrijpen, bijvoorbeeld ‘Hoe "
            "richten we het plein voor het station in?’ in plaats van ‘de toekomst van de "
            "wijk’.</li>"
            "<li><strong>Het mandaat</strong>: wie geeft de opdracht (het college van "
            "burgemeester en schepenen, een minister, een raad van bestuur) en wie neemt de "
            "eindbeslissing?</li>"
            "<li><strong>De speelruimte</strong>: budget, wettelijke grenzen, technische "
            "beperkingen en termijnen die al vastliggen, zoals een vergunning of de subsidie "
            "van een duurzaam wijkcontract.</li>"
            "<li><strong>Wat onderhandelbaar is</strong>: som op wat deelnemers kunnen "
            "veranderen, en even duidelijk wat niet.</li>"
            "</ul>"
            "<h3>Kies het niveau eerlijk</h3>"
            "<p>Ligt de beslissing in grote lijnen vast, informeer dan helder in plaats van "
            "voor de schijn te raadplegen. Vraagt u advies, verbind u er dan nu al toe om op "
            "elke aanbeveling te antwoorden, ook op die welke u niet volgt. Giet dit kader in "
            "een nota van één bladzijde, ondertekend door de opdrachtgever. Deelnemers zullen "
            "u er later aan herinneren, en dat is precies de bedoeling.</p>",
            "<p>Avant de choisir une méthode, mettez-vous d’accord au sein de votre "
            "administration sur ce à quoi sert la démarche. C’est souvent ici que la "
            "participation déçoit : la question était floue, la décision était déjà prise, ou "
            "personne n’a dit ce qui pouvait encore bouger.</p>"
            "<h3>Quatre questions à trancher par écrit</h3>"
            "<ul>"
            "<li><strong>La question</strong> : une phrase que les habitants comprennent, par "
            "exemple « Comment aménager la place devant la gare ? » plutôt que « l’avenir du "
            "quartier ».</li>"
            "<li><strong>Le mandat</strong> : qui commande la démarche (le collège des "
            "bourgmestre et échevins, un ministre, un conseil d’administration) et qui prend "
            "la décision finale ?</li>"
            "<li><strong>Les marges de manœuvre</strong> : budget, cadre légal, contraintes "
            "techniques, échéances déjà fixées, comme un permis ou le subside d’un contrat de "
            "quartier durable.</li>"
            "<li><strong>Ce qui est négociable</strong> : listez ce que les participants "
            "peuvent changer et, tout aussi clairement, ce qu’ils ne peuvent pas "
            "changer.</li>"
            "</ul>"
            "<h3>Choisir le niveau en toute honnêteté</h3>"
            "<p>Si la décision est pour l’essentiel arrêtée, informez clairement plutôt que "
            "de consulter pour la forme. Si vous demandez un avis, engagez-vous dès "
            "maintenant à répondre à chaque recommandation, y compris celles que vous ne "
            "retiendrez pas. Consignez ce cadrage dans une note d’une page signée par le "
            "commanditaire : les participants vous la rappelleront, et c’est bien le but.</p>",
            "<p>Before choosing a method, agree within your administration on what the "
            "process is for. Much of the participation that disappoints residents goes wrong "
            "here: the question was vague, the decision had in fact already been taken, or "
            "nobody said what could still change.</p>"
            "<h3>Four questions to settle in writing</h3>"
            "<ul>"
            "<li><strong>The question</strong>: one sentence residents can understand, such "
            "as ‘How should we lay out the square in front of the station?’ rather than ‘the "
            "future of the neighbourhood’.</li>"
            "<li><strong>The mandate</strong>: who commissions the process (the college of "
            "mayor and aldermen, a minister, a board) and who takes the final decision?</li>"
            "<li><strong>The room for manoeuvre</strong>: budget, legal limits, technical "
            "constraints and deadlines already fixed, such as a planning permit or the "
            "funding of a sustainable neighbourhood contract.</li>"
            "<li><strong>What is negotiable</strong>: list what participants can change, and "
            "just as clearly what they cannot.</li>"
            "</ul>"
            "<h3>Choose the level honestly</h3>"
            "<p>If the decision is broadly settled, inform people clearly rather than consult "
            "them for show. If you ask for advice, commit now to answering every "
            "recommendation, including the ones you will not follow. Put this framing in a "
            "one-page note signed by the commissioning authority. Participants will quote it "
            "back to you later, and that is exactly the point.</p>",
        ),
        "checklist": (
            "Formuleer de vraag in één zin die bewoners begrijpen\n"
            "Benoem wie de opdracht geeft en wie beslist\n"
            "Breng budget, wettelijke grenzen en vaste termijnen in kaart\n"
            "Maak onderscheid tussen wat onderhandelbaar is en wat niet\n"
            "Kies het participatieniveau dat past bij de echte speelruimte\n"
            "Duid één aanspreekpunt aan en maak tijd vrij voor die persoon\n"
            "Laat de kadernota van één bladzijde ondertekenen door de opdrachtgever\n"
            "Leg vast wanneer deelnemers horen wat er met hun inbreng gebeurde",
            "Formulez la question en une phrase que les habitants comprennent\n"
            "Nommez qui commande la démarche et qui décide\n"
            "Recensez le budget, les limites légales et les échéances fixées\n"
            "Distinguez ce qui est négociable de ce qui ne l’est pas\n"
            "Choisissez le niveau de participation qui correspond aux marges réelles\n"
            "Désignez une personne de contact et libérez-lui du temps\n"
            "Faites signer la note de cadrage d’une page par le commanditaire\n"
            "Fixez la date à laquelle les participants sauront ce qu’il est advenu de leur "
            "contribution",
            "Write the question in one sentence residents can understand\n"
            "Name who commissions the process and who decides\n"
            "List the budget, legal limits and fixed deadlines\n"
            "Separate what is negotiable from what is not\n"
            "Choose the participation level that matches the real room for manoeuvre\n"
            "Appoint one contact person and free up their time\n"
            "Have the one-page framing note signed by the commissioning authority\n"
            "Set the date by which participants will hear what became of their input",
        ),
    },
    {
        "slug": "design",
        "name": ("Het proces ontwerpen", "Concevoir le processus", "Designing the process"),
        "summary": (
            "Zet het kader om in een planning, een budget en een reeks momenten die passen bij "
            "de mensen die u wilt bereiken.",
            "Traduisez le cadrage en calendrier, en budget et en une suite de moments adaptés "
            "aux personnes que vous voulez entendre.",
            "Turn the framing into a timetable, a budget and a sequence of moments suited to "
            "the people you need to hear.",
        ),
        "guidance": (
            "<p>Het ontwerp vertaalt het kader naar een kalender, een budget en een reeks "
            "momenten. Vertrek van de mensen die u moet horen, niet van de methode die u "
            "graag gebruikt: een world café past bij een avond met zestig bewoners, een "
            "burgerpanel vraagt drie maanden en een loting.</p>"
            "<h3>Plan van achteren naar voren</h3>"
            "<ul>"
            "<li>Vertrek van de datum waarop de beslissing valt en reken terug: "
            "terugkoppeling, analyse, participatiemomenten, werving, voorbereiding.</li>"
            "<li>Combineer formats: een online bevraging om veel mensen te bereiken, een "
            "workshop om te verdiepen, een wandeling om de plek samen te bekijken.</li>"
            "<li>Voorzie van bij het begin meerdere talen: minstens Nederlands en Frans, en "
            "Engels of andere talen waar het publiek die nodig heeft, met tolken of "
            "meertalige begeleiders.</li>"
            "<li>Begroot realistisch: begeleiding, zaalhuur, kinderopvang, vertaling, catering, "
            "eventueel een vergoeding voor deelnemers, en de tijd van uw eigen "
            "medewerkers.</li>"
            "</ul>"
            "<h3>Haal drempels weg</h3>"
            "<p>Kies toegankelijke zalen dicht bij waar mensen wonen, plan buiten de "
            "werkuren, bied kinderopvang aan en houd teksten kort. Ontbreekt de expertise in "
            "huis, dan dekt perceel 2 van de gewestelijke opdrachtencentrale het ontwerp van "
            "participatieprocessen. Vat alles samen in een procesplan van één bladzijde en "
            "deel het bij de start met de deelnemers.</p>",
            "<p>La conception traduit le cadrage en calendrier, en budget et en une suite de "
            "moments. Partez des personnes que vous devez entendre, pas de la méthode que "
            "vous aimez : un world café convient à une soirée avec soixante habitants, un "
            "panel citoyen demande trois mois et un tirage au sort.</p>"
            "<h3>Construire à rebours</h3>"
            "<ul>"
            "<li>Partez de la date de la décision et remontez le temps : retour aux "
            "participants, analyse, moments de participation, mobilisation, "
            "préparation.</li>"
            "<li>Combinez les formats : une enquête en ligne pour toucher beaucoup de monde, "
            "un atelier pour approfondir, une marche pour voir le lieu ensemble.</li>"
            "<li>Prévoyez plusieurs langues dès le départ : au minimum le français et le "
            "néerlandais, l’anglais ou d’autres langues si le public en a besoin, avec des "
            "interprètes ou des animateurs multilingues.</li>"
            "<li>Budgétez de façon réaliste : animation, salle, garderie, traduction, repas, "
            "le cas échéant un défraiement des participants, et le temps de vos propres "
            "agents.</li>"
            "</ul>"
            "<h3>Lever les obstacles</h3>"
            "<p>Choisissez des salles accessibles, proches des lieux de vie, des horaires en "
            "dehors des heures de bureau, proposez une garderie et gardez les documents "
            "courts. Si l’expertise manque en interne, le lot 2 de la centrale de marchés "
            "régionale couvre la conception de processus participatifs. Résumez le tout dans "
            "un plan de processus d’une page, à partager avec les participants dès le "
            "début.</p>",
            "<p>Design turns the framing into a calendar, a budget and a sequence of "
            "moments. Start from the people you need to hear, not from the method you "
            "happen to like: a world café suits an evening with sixty residents, while a "
            "citizen panel needs three months and a draw by lot.</p>"
            "<h3>Plan backwards</h3>"
            "<ul>"
            "<li>Start from the date of the decision and work back: feedback, analysis, the "
            "participation moments, recruitment, preparation.</li>"
            "<li>Combine formats: an online survey to reach many people, a workshop to go "
            "deeper, a walk to look at the place together.</li>"
            "<li>Plan for several languages from the outset: French and Dutch at the very "
            "least, and English or other languages where the public needs them, with "
            "interpreters or multilingual facilitators.</li>"
            "<li>Budget realistically: facilitation, venue hire, childcare, translation, "
            "catering, an allowance for participants where appropriate, and your own staff "
            "time.</li>"
            "</ul>"
            "<h3>Remove the barriers</h3>"
            "<p>Choose accessible venues close to where people live, meet outside working "
            "hours, offer childcare and keep written material short. If the skills are not "
            "available in-house, lot 2 of the regional framework contract covers the design "
            "of participation processes. Sum it all up in a one-page process plan and share "
            "it with participants at the start.</p>",
        ),
        "checklist": (
            "Reken terug vanaf de datum van de beslissing\n"
            "Kies methodes in functie van wie u moet bereiken, niet omgekeerd\n"
            "Leg per moment datum, plaats, taal en begeleider vast\n"
            "Maak een begroting met tolken, kinderopvang en personeelstijd\n"
            "Controleer of elke zaal rolstoeltoegankelijk is\n"
            "Bepaal hoe u bijdragen noteert en analyseert\n"
            "Stel de privacyverklaring (AVG) voor inschrijvingen op\n"
            "Publiceer een procesplan van één bladzijde",
            "Remontez le calendrier à partir de la date de la décision\n"
            "Choisissez les méthodes selon les publics à toucher, pas l’inverse\n"
            "Fixez pour chaque moment la date, le lieu, la langue et l’animateur\n"
            "Établissez un budget qui inclut interprètes, garderie et temps des agents\n"
            "Vérifiez que chaque salle est accessible en fauteuil roulant\n"
            "Décidez comment les contributions seront consignées et analysées\n"
            "Rédigez la notice de protection des données (RGPD) pour les inscriptions\n"
            "Publiez un plan de processus d’une page",
            "Work back from the date of the decision\n"
            "Choose methods for the people you must reach, not the other way round\n"
            "Fix the date, place, language and facilitator of each moment\n"
            "Draw up a budget including interpreters, childcare and staff time\n"
            "Check that every venue is wheelchair accessible\n"
            "Decide how contributions will be recorded and analysed\n"
            "Write the privacy notice (GDPR) for registrations\n"
            "Publish a one-page process plan",
        ),
    },
    {
        "slug": "mobilisation",
        "name": ("Deelnemers bereiken", "Mobiliser les participants", "Mobilising participants"),
        "summary": (
            "Nodig actief de mensen uit die u anders niet hoort: ga naar hen toe, werk met "
            "lokale partners en volg op wie zich inschrijft.",
            "Allez chercher les personnes qu’on n’entend pas d’habitude : rendez-vous sur "
            "leurs lieux de vie, appuyez-vous sur des relais locaux et suivez qui s’inscrit.",
            "Actively invite the people you would otherwise not hear: go to them, work with "
            "local partners and keep track of who signs up.",
        ),
        "guidance": (
            "<p>Wie uit zichzelf naar een infoavond komt, is zelden een spiegel van de wijk. "
            "Huurders, jongeren, nieuwkomers, mensen met onregelmatige werkuren of wie weinig "
            "Nederlands of Frans spreekt, benadert u anders, en vroeger.</p>"
            "<h3>Ga naar de plekken waar mensen al zijn</h3>"
            "<ul>"
            "<li>Werk samen met verenigingen, scholen, het OCMW, jeugdhuizen, "
            "gebedshuizen en sportclubs: zij weten wie ontbreekt en staan voor u in.</li>"
            "<li>Wees er in persoon: een stand op de markt, aanbellen, een tafel aan de "
            "schoolpoort om half vier.</li>"
            "<li>Gebruik korte, heldere boodschappen in meerdere talen, met een foto van de "
            "plek en de concrete vraag.</li>"
            "<li>Voor een panel of jury loot u uit het bevolkingsregister en volgt u de brief "
            "op met een telefoontje of een huisbezoek.</li>"
            "</ul>"
            "<h3>Maak deelname de moeite waard</h3>"
            "<p>Zeg waarop deelnemers invloed hebben, hoeveel tijd het vraagt en wat ze "
            "ervoor terugkrijgen: een maaltijd, kinderopvang, een bon of een vergoeding bij "
            "lange trajecten. Houd bij wie zich inschrijft (leeftijd, gender, wijk, taal) en "
            "stuur bij zolang het nog kan. Perceel 5 van de opdrachtencentrale helpt bij het "
            "werven van deelnemers.</p>",
            "<p>Les personnes qui viennent spontanément à une réunion d’information reflètent "
            "rarement le quartier. Locataires, jeunes, primo-arrivants, personnes aux "
            "horaires décalés ou qui parlent peu le français ou le néerlandais : il faut les "
            "approcher autrement, et plus tôt.</p>"
            "<h3>Aller là où les gens se trouvent déjà</h3>"
            "<ul>"
            "<li>Travaillez avec les associations, les écoles, le CPAS, les maisons de "
            "jeunes, les lieux de culte et les clubs sportifs : ils savent qui manque et "
            "peuvent se porter garants de la démarche.</li>"
            "<li>Soyez présents en personne : un stand au marché, du porte-à-porte, une table "
            "devant l’école à 15h30.</li>"
            "<li>Rédigez des messages courts et clairs en plusieurs langues, avec une photo "
            "du lieu et la question concrète.</li>"
            "<li>Pour un panel ou un jury, tirez au sort dans le registre de la population et "
            "faites suivre le courrier d’un appel ou d’une visite.</li>"
            "</ul>"
            "<h3>Rendre la participation intéressante</h3>"
            "<p>Dites sur quoi les participants auront prise, combien de temps cela prend et "
            "ce qu’ils reçoivent : un repas, une garderie, un bon d’achat ou un défraiement "
            "pour les démarches longues. Suivez le profil des inscrits (âge, genre, quartier, "
            "langue) et ajustez tant qu’il est encore temps. Le lot 5 de la centrale de "
            "marchés couvre le recrutement des participants.</p>",
            "<p>The people who turn up at an information evening of their own accord rarely "
            "mirror the neighbourhood. Tenants, young people, newcomers, people who work "
            "irregular hours or speak little French or Dutch need to be approached "
            "differently, and earlier.</p>"
            "<h3>Go where people already are</h3>"
            "<ul>"
            "<li>Work with associations, schools, the public social welfare centre (CPAS/OCMW), "
            "youth centres, places of worship and sports clubs: they know who is missing "
            "and can vouch for you.</li>"
            "<li>Be there in person: a stand at the market, knocking on doors, a table at the "
            "school gate at half past three.</li>"
            "<li>Use short, clear messages in several languages, with a photo of the place "
            "and the concrete question.</li>"
            "<li>For a panel or a jury, draw lots from the population register and follow up "
            "the letter with a phone call or a visit.</li>"
            "</ul>"
            "<h3>Make it worth their while</h3>"
            "<p>Say what participants will be able to influence, how much time it takes and "
            "what they get in return: a meal, childcare, a voucher or an allowance for long "
            "processes. Track who signs up (age, gender, area, language) and adjust while "
            "there is still time. Lot 5 of the framework contract covers the recruitment of "
            "participants.</p>",
        ),
        "checklist": (
            "Maak een lijst van de groepen die u moet horen en wie hen bereikt\n"
            "Vraag drie of vier lokale partners om de uitnodiging te verspreiden\n"
            "Schrijf de uitnodiging in het Nederlands, het Frans en de andere nodige talen\n"
            "Plan minstens twee momenten op straat of op openbare plekken\n"
            "Vermeld hoeveel tijd deelname vraagt en wat deelnemers krijgen\n"
            "Begin ten minste zes weken voor de eerste bijeenkomst te werven\n"
            "Bekijk elke week het profiel van de inschrijvingen\n"
            "Stuur twee dagen voor elke bijeenkomst een herinnering",
            "Dressez la liste des publics à entendre et des relais qui les touchent\n"
            "Demandez à trois ou quatre partenaires locaux de relayer l’invitation\n"
            "Rédigez l’invitation en français, en néerlandais et dans les autres langues utiles\n"
            "Prévoyez au moins deux présences dans la rue ou dans des lieux publics\n"
            "Indiquez le temps demandé et ce que les participants reçoivent\n"
            "Lancez le recrutement au moins six semaines avant la première rencontre\n"
            "Examinez chaque semaine le profil des inscrits\n"
            "Envoyez un rappel deux jours avant chaque rencontre",
            "List the groups you must hear and who can reach them\n"
            "Ask three or four local partners to pass on the invitation\n"
            "Write the invitation in French, Dutch and the other languages needed\n"
            "Plan at least two outreach moments in the street or public places\n"
            "State the time needed and what participants receive\n"
            "Start recruiting at least six weeks before the first meeting\n"
            "Review the profile of registrations every week\n"
            "Send a reminder two days before each meeting",
        ),
    },
    {
        "slug": "running",
        "name": ("Het proces uitvoeren", "Animer la démarche", "Running the process"),
        "summary": (
            "Zorg met een goede, neutrale begeleiding dat iedereen aan het woord komt en dat "
            "alle bijdragen zichtbaar en correct worden bewaard.",
            "Par une animation soignée et neutre, veillez à ce que chacun puisse s’exprimer "
            "et à ce que toutes les contributions soient consignées fidèlement.",
            "Through careful, neutral facilitation, make sure everyone gets a say and every "
            "contribution is recorded faithfully.",
        ),
        "guidance": (
            "<p>Op de dag zelf bepaalt de kwaliteit van de begeleiding of iedereen aan bod "
            "komt of alleen wie het mondigst is. Een neutrale begeleider, die niet zelf "
            "beslist, maakt een groot verschil.</p>"
            "<h3>Voor de bijeenkomst</h3>"
            "<ul>"
            "<li>Test de zaal, de geluidsinstallatie, de toegankelijkheid en het materiaal: "
            "kaarten, stiften, naamkaartjes, tolkapparatuur.</li>"
            "<li>Brief experten en ambtenaren: korte inbreng, eenvoudige taal, geen dia’s met "
            "veertig regels.</li>"
            "<li>Maak een draaiboek per kwartier, met tijd voor pauzes.</li>"
            "</ul>"
            "<h3>Tijdens de bijeenkomst</h3>"
            "<ul>"
            "<li>Herhaal bij de opening de vraag, de speelruimte en wat er met de resultaten "
            "gebeurt.</li>"
            "<li>Wissel plenaire momenten af met groepjes van zes tot acht, waarin stillere "
            "deelnemers makkelijker spreken.</li>"
            "<li>Noteer bijdragen zichtbaar, op flip-overs of door een tekenaar, en lees op "
            "het einde een samenvatting voor.</li>"
            "<li>Sluit af met de volgende stappen en de datum van de terugkoppeling.</li>"
            "</ul>"
            "<p>Werk de resultaten binnen een week uit en bezorg deelnemers de samenvatting, "
            "zodat ze die kunnen verbeteren. Perceel 3 van de opdrachtencentrale dekt "
            "procesbegeleiding als u externe steun nodig hebt.</p>",
            "<p>Le jour même, la qualité de l’animation décide si chacun a voix au chapitre "
            "ou seulement les plus à l’aise. Un animateur neutre, distinct de ceux qui "
            "décideront, fait une grande différence.</p>"
            "<h3>Avant la séance</h3>"
            "<ul>"
            "<li>Testez la salle, la sonorisation, l’accessibilité et le matériel : plans, "
            "marqueurs, badges, casques d’interprétation.</li>"
            "<li>Briefez experts et agents : interventions courtes, langage simple, pas de "
            "diapositives de quarante lignes.</li>"
            "<li>Préparez un déroulé au quart d’heure près, pauses comprises.</li>"
            "</ul>"
            "<h3>Pendant la séance</h3>"
            "<ul>"
            "<li>Rappelez en ouverture la question, les marges de manœuvre et le sort réservé "
            "aux résultats.</li>"
            "<li>Alternez plénières et petits groupes de six à huit personnes, où les plus "
            "discrets prennent plus facilement la parole.</li>"
            "<li>Consignez les contributions de façon visible, sur des tableaux de papier ou "
            "par une facilitation graphique, et relisez une synthèse à la fin.</li>"
            "<li>Terminez par les prochaines étapes et la date du retour aux "
            "participants.</li>"
            "</ul>"
            "<p>Mettez les résultats au propre dans la semaine et envoyez la synthèse aux "
            "participants pour qu’ils puissent la corriger. Le lot 3 de la centrale de "
            "marchés couvre l’animation si vous avez besoin d’un appui extérieur.</p>",
            "<p>On the day, the quality of facilitation decides whether everyone has a say or "
            "only the most confident. A neutral facilitator, separate from the people who "
            "will decide, makes a real difference.</p>"
            "<h3>Before the session</h3>"
            "<ul>"
            "<li>Test the room, the sound system, access and the materials: maps, markers, "
            "name badges, interpretation headsets.</li>"
            "<li>Brief experts and officials: short contributions, plain language, no slides "
            "with forty lines of text.</li>"
            "<li>Prepare a running order in fifteen-minute blocks, breaks included.</li>"
            "</ul>"
            "<h3>During the session</h3>"
            "<ul>"
            "<li>Open by restating the question, the room for manoeuvre and what will happen "
            "to the results.</li>"
            "<li>Alternate plenary moments with groups of six to eight, where quieter "
            "participants find it easier to speak.</li>"
            "<li>Record contributions where everyone can see them, on flip charts or through "
            "graphic recording, and read out a summary at the end.</li>"
            "<li>Close with the next steps and the date of the feedback.</li>"
            "</ul>"
            "<p>Write up the results within a week and send participants the summary so they "
            "can correct it. Lot 3 of the framework contract covers facilitation if you need "
            "outside support.</p>",
        ),
        "checklist": (
            "Controleer de dag voordien zaal, geluid, toegankelijkheid en tolken\n"
            "Vraag sprekers hun inbreng kort en eenvoudig te houden\n"
            "Open elke bijeenkomst met de vraag en de speelruimte\n"
            "Werk in groepjes van zes tot acht personen\n"
            "Maak bijdragen meteen zichtbaar voor iedereen\n"
            "Sluit af met de volgende stappen en de datum van de terugkoppeling\n"
            "Bezorg deelnemers binnen een week een samenvatting",
            "Vérifiez la veille la salle, le son, l’accessibilité et l’interprétation\n"
            "Demandez aux intervenants d’être brefs et clairs\n"
            "Ouvrez chaque séance en rappelant la question et les marges de manœuvre\n"
            "Travaillez en groupes de six à huit personnes\n"
            "Rendez les contributions visibles au fur et à mesure\n"
            "Terminez par les prochaines étapes et la date du retour\n"
            "Envoyez une synthèse aux participants dans la semaine",
            "Check the room, sound, access and interpretation the day before\n"
            "Ask speakers to keep their input short and plain\n"
            "Open every session with the question and the room for manoeuvre\n"
            "Work in groups of six to eight people\n"
            "Make contributions visible as they are made\n"
            "Close with the next steps and the date of the feedback\n"
            "Send participants a summary within a week",
        ),
    },
    {
        "slug": "feedback",
        "name": (
            "Terugkoppelen naar deelnemers",
            "Rendre compte aux participants",
            "Feedback to participants",
        ),
        "summary": (
            "Laat elke deelnemer weten wat er met zijn of haar inbreng gebeurde, wat er "
            "beslist is en waarom sommige voorstellen niet gevolgd werden.",
            "Faites savoir à chaque participant ce qu’il est advenu de sa contribution, ce "
            "qui a été décidé et pourquoi certaines propositions n’ont pas été retenues.",
            "Tell every participant what became of their input, what was decided and why "
            "some proposals were not taken up.",
        ),
        "guidance": (
            "<p>De terugkoppeling is de stap die het vaakst vergeten wordt en die deelnemers "
            "het best onthouden. Mensen aanvaarden dat niet al hun ideeën gevolgd worden; "
            "stilte aanvaarden ze niet.</p>"
            "<h3>Wat een goede terugkoppeling bevat</h3>"
            "<ul>"
            "<li>Wat er beslist is, door wie en wanneer.</li>"
            "<li>Per voorstel of hoofdthema: overgenomen, aangepast of niet overgenomen, en "
            "waarom.</li>"
            "<li>Wat er nu volgt, met data: werken, een vergunningsaanvraag, een "
            "begrotingsstemming.</li>"
            "<li>Bij wie men terechtkan met vragen.</li>"
            "</ul>"
            "<h3>Hoe u ze bezorgt</h3>"
            "<p>Stuur ze rechtstreeks naar iedereen die deelnam, per e-mail en per post voor "
            "wie geen e-mail heeft. Publiceer ze op de pagina van het initiatief en stel ze "
            "voor op een publiek moment, liefst in de wijk zelf. Gebruik dezelfde talen als "
            "tijdens het traject. Koppel ook terug als de beslissing uitgesteld wordt: een "
            "kort bericht over het waarom en het wanneer is beter dan maanden zwijgen. Mik op "
            "een eerste terugkoppeling binnen drie maanden na de laatste bijeenkomst, en een "
            "tweede wanneer de resultaten op het terrein zichtbaar worden.</p>",
            "<p>Le retour aux participants est l’étape la plus souvent oubliée et celle dont "
            "ils se souviennent le mieux. Les gens acceptent que toutes leurs idées ne soient "
            "pas suivies ; ils n’acceptent pas le silence.</p>"
            "<h3>Ce que contient un bon retour</h3>"
            "<ul>"
            "<li>Ce qui a été décidé, par qui et quand.</li>"
            "<li>Pour chaque proposition ou grand thème : retenu, adapté ou écarté, et "
            "pourquoi.</li>"
            "<li>Ce qui suit, avec des dates : travaux, demande de permis, vote d’un "
            "budget.</li>"
            "<li>À qui s’adresser pour toute question.</li>"
            "</ul>"
            "<h3>Comment le faire parvenir</h3>"
            "<p>Envoyez-le directement à toutes les personnes qui ont participé, par courriel "
            "et par courrier pour celles qui n’ont pas d’adresse électronique. Publiez-le sur "
            "la page de l’initiative et présentez-le lors d’un moment public, de préférence "
            "dans le quartier même. Utilisez les mêmes langues que pendant la démarche. "
            "Faites un retour même si la décision est reportée : un court message qui "
            "explique pourquoi et quand vaut mieux que des mois de silence. Visez un premier "
            "retour dans les trois mois qui suivent la dernière séance, et un second quand "
            "les résultats deviennent visibles sur le terrain.</p>",
            "<p>Feedback is the stage most often forgotten and the one participants remember "
            "best. People accept that not all their ideas will be followed; they do not "
            "accept silence.</p>"
            "<h3>What good feedback contains</h3>"
            "<ul>"
            "<li>What was decided, by whom and when.</li>"
            "<li>For each proposal or main theme: adopted, adapted or not adopted, and "
            "why.</li>"
            "<li>What happens next, with dates: works, a planning application, a budget "
            "vote.</li>"
            "<li>Who to contact with questions.</li>"
            "</ul>"
            "<h3>How to deliver it</h3>"
            "<p>Send it directly to everyone who took part, by e-mail and by post for those "
            "without an e-mail address. Publish it on the initiative’s page and present it "
            "at a public event, ideally in the neighbourhood itself. Use the same languages "
            "as during the process. Give feedback even when the decision is postponed: a "
            "short message explaining why and when is better than months of silence. Aim for "
            "a first round of feedback within three months of the last session, and a "
            "second once the results can be seen on the ground.</p>",
        ),
        "checklist": (
            "Noteer per voorstel wat ermee gebeurde en waarom\n"
            "Laat de tekst goedkeuren door wie beslist\n"
            "Bezorg hem aan elke deelnemer per e-mail of per post\n"
            "Publiceer hem in drie talen op de pagina van het initiatief\n"
            "Stel hem voor op een publiek moment in de wijk\n"
            "Kondig de volgende stappen met data aan\n"
            "Meld vertraging in plaats van te zwijgen",
            "Notez pour chaque proposition ce qu’elle est devenue et pourquoi\n"
            "Faites valider le texte par le décideur\n"
            "Envoyez-le à chaque participant par courriel ou par courrier\n"
            "Publiez-le en trois langues sur la page de l’initiative\n"
            "Présentez-le lors d’un moment public dans le quartier\n"
            "Annoncez les prochaines étapes avec leurs dates\n"
            "Signalez les retards plutôt que de garder le silence",
            "Note what became of each proposal, and why\n"
            "Have the text approved by the decision-maker\n"
            "Send it to every participant by e-mail or post\n"
            "Publish it in three languages on the initiative’s page\n"
            "Present it at a public event in the neighbourhood\n"
            "Announce the next steps with dates\n"
            "Report delays rather than staying silent",
        ),
    },
    {
        "slug": "evaluation",
        "name": (
            "Evalueren en opvolgen",
            "Évaluer et assurer le suivi",
            "Evaluation and follow-up",
        ),
        "summary": (
            "Ga na of het traject deed wat het beloofde, volg op of de engagementen "
            "nagekomen worden en deel de lessen met anderen.",
            "Vérifiez si la démarche a tenu ses promesses, suivez le respect des engagements "
            "pris et partagez les enseignements avec d’autres.",
            "Check whether the process delivered what it promised, follow up on the "
            "commitments made and share the lessons with others.",
        ),
        "guidance": (
            "<p>Een evaluatie vertelt u of het traject deed wat het beloofde, en wat u de "
            "volgende keer anders doet. Plan ze al bij het ontwerp: sommige dingen kunt u "
            "alleen op de dag zelf meten.</p>"
            "<h3>Waar u naar kijkt</h3>"
            "<ul>"
            "<li><strong>Wie deelnam</strong>: aantallen en profiel, vergeleken met de "
            "betrokken bevolking.</li>"
            "<li><strong>Hoe het verliep</strong>: voelden deelnemers zich gehoord, "
            "geïnformeerd, gerespecteerd? Een korte vragenlijst na elke bijeenkomst geeft "
            "het antwoord.</li>"
            "<li><strong>Wat het veranderde</strong>: welke voorstellen in de beslissing "
            "terechtkwamen en wat er op het terrein van werd.</li>"
            "<li><strong>Wat het kostte</strong>: geld en personeelstijd, om te vergelijken "
            "met andere trajecten.</li>"
            "</ul>"
            "<h3>Opvolging</h3>"
            "<p>Deel de evaluatie met deelnemers en collega’s, niet alleen met de "
            "opdrachtgever. Ga een jaar later na of de engagementen nagekomen zijn en laat "
            "het weten. Zet uw initiatief met zijn lessen op de kaart van dit platform: "
            "anderen in Brussel bouwen erop verder. Perceel 6 van de opdrachtencentrale "
            "dekt een onafhankelijke evaluatie, en de Ateliers van de participatie zijn een "
            "goede plek om uw praktijk aan vakgenoten voor te stellen.</p>",
            "<p>L’évaluation vous dit si la démarche a tenu ses promesses, et ce qu’il faudra "
            "faire autrement la prochaine fois. Prévoyez-la dès la conception : certaines "
            "choses ne se mesurent que le jour même.</p>"
            "<h3>Ce qu’on examine</h3>"
            "<ul>"
            "<li><strong>Qui a participé</strong> : nombre et profil, comparés à la "
            "population concernée.</li>"
            "<li><strong>Comment cela s’est passé</strong> : les participants se sont-ils "
            "sentis écoutés, informés, respectés ? Un court questionnaire en fin de séance "
            "vous le dira.</li>"
            "<li><strong>Ce que cela a changé</strong> : quelles propositions ont nourri la "
            "décision, et ce qu’elles sont devenues sur le terrain.</li>"
            "<li><strong>Ce que cela a coûté</strong> : argent et temps des agents, pour "
            "comparer avec d’autres démarches.</li>"
            "</ul>"
            "<h3>Le suivi</h3>"
            "<p>Partagez l’évaluation avec les participants et vos collègues, pas seulement "
            "avec le commanditaire. Un an plus tard, vérifiez si les engagements ont été "
            "tenus et faites-le savoir. Ajoutez votre initiative et ses enseignements à la "
            "carte de cette plateforme : d’autres à Bruxelles s’en inspireront. Le lot 6 de "
            "la centrale de marchés couvre une évaluation indépendante, et les Ateliers de la "
            "participation sont le bon endroit pour présenter votre expérience à vos "
            "pairs.</p>",
            "<p>Evaluation tells you whether the process delivered what it promised, and "
            "what to do differently next time. Plan it at the design stage: some things can "
            "only be measured on the day.</p>"
            "<h3>What to look at</h3>"
            "<ul>"
            "<li><strong>Who took part</strong>: numbers and profile, compared with the "
            "population concerned.</li>"
            "<li><strong>How it went</strong>: did participants feel heard, informed and "
            "respected? A short questionnaire at the end of each session will tell you.</li>"
            "<li><strong>What it changed</strong>: which proposals found their way into the "
            "decision, and what became of them on the ground.</li>"
            "<li><strong>What it cost</strong>: money and staff time, to compare with other "
            "processes.</li>"
            "</ul>"
            "<h3>Follow-up</h3>"
            "<p>Share the evaluation with participants and colleagues, not only with the "
            "commissioning authority. A year later, check whether the commitments were kept "
            "and let people know. Add your initiative and its lessons to the map on this "
            "platform: others in Brussels will build on it. Lot 6 of the framework contract "
            "covers independent evaluation, and the Ateliers de la participation are the "
            "right place to present your experience to peers.</p>",
        ),
        "checklist": (
            "Leg bij het ontwerp drie tot vijf evaluatievragen vast\n"
            "Deel na elke bijeenkomst een korte vragenlijst uit\n"
            "Vergelijk het profiel van de deelnemers met de betrokken bevolking\n"
            "Volg welke voorstellen overgenomen en uitgevoerd worden\n"
            "Houd de kosten en de bestede personeelstijd bij\n"
            "Deel de bevindingen met deelnemers en collega’s\n"
            "Ga een jaar later na of de engagementen nagekomen zijn\n"
            "Zet het initiatief en zijn lessen op de kaart",
            "Fixez dès la conception trois à cinq questions d’évaluation\n"
            "Distribuez un court questionnaire à la fin de chaque séance\n"
            "Comparez le profil des participants à la population concernée\n"
            "Suivez les propositions retenues et leur mise en œuvre\n"
            "Notez les coûts et le temps consacré par les agents\n"
            "Partagez les constats avec les participants et vos collègues\n"
            "Vérifiez un an plus tard si les engagements ont été tenus\n"
            "Publiez l’initiative et ses enseignements sur la carte",
            "Set three to five evaluation questions at the design stage\n"
            "Hand out a short questionnaire at the end of each session\n"
            "Compare the participants’ profile with the population concerned\n"
            "Track which proposals are adopted and carried out\n"
            "Record the costs and the staff time spent\n"
            "Share the findings with participants and colleagues\n"
            "Check a year later whether the commitments were kept\n"
            "Put the initiative and its lessons on the map",
        ),
    },
]

STAGES: list[dict] = [
    {
        "slug": stage["slug"],
        "name": typeset(stage["name"]),
        "summary": typeset(stage["summary"]),
        "guidance": typeset(stage["guidance"], html=True),
        "checklist": typeset(stage["checklist"]),
    }
    for stage in _STAGES
]

TEXT_FIELDS = ("name", "summary", "guidance", "checklist")


def stage_values(position: int, stage: dict) -> dict:
    """The column values of one stage, named per language (``name_nl``, ...).

    Guidance is given as ``Stage.save`` stores it (sanitised), so an unchanged stage compares
    equal to its row."""
    values: dict = {"position": position}
    for name in TEXT_FIELDS:
        texts = stage[name]
        if name == "guidance":
            texts = tuple(sanitise_html(text) for text in texts)
        values.update(translated(*texts, name=name))
    return values


def seed(seeder: DemoSeeder) -> None:
    existing = Stage.objects.in_bulk(field_name="slug")
    for position, stage in enumerate(STAGES):
        values = stage_values(position, stage)
        update_if_changed(existing.get(stage["slug"]) or Stage(slug=stage["slug"]), values)
