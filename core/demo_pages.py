"""The staff-editable pages as the demo data creates them: about, accessibility and privacy.

Written for this project in Dutch, French and English; staff edit them later in the admin.
``core.demo.seed`` creates each page once with ``Page.objects.create(slug=slug, **PAGES[slug])``.
"""

from __future__ import annotations

import re

_FRENCH_SPACE = re.compile(r" ([:;?!»%])|(«) ")


def _french(text: str) -> str:
    """French typography: a no-break space before : ; ? ! » % and after «."""
    return _FRENCH_SPACE.sub(
        lambda m: f"\u00a0{m.group(1)}" if m.group(1) else f"{m.group(2)}\u00a0", text
    )


def _page(*, title: tuple[str, str, str], lead: tuple[str, str, str], body: tuple[str, str, str]):
    """Field values for ``Page`` from (nl, fr, en) triples.

    The untranslated columns get the French text too, since French is modeltranslation's
    default language.
    """
    values = {}
    for name, (nl, fr, en) in {"title": title, "lead": lead, "body": body}.items():
        fr = _french(fr)
        values.update({name: fr, f"{name}_nl": nl, f"{name}_fr": fr, f"{name}_en": en})
    return values


ABOUT = _page(
    title=(
        "Over het platform",
        "À propos de la plateforme",
        "About the platform",
    ),
    lead=(
        "participatie.brussels is het platform van de dienst Participatie van "
        "perspective.brussels. Het brengt samen wat het Brussels Hoofdstedelijk Gewest "
        "aanbiedt aan iedereen die burgerparticipatie organiseert.",
        "participatie.brussels est la plateforme du service Participation de "
        "perspective.brussels. Elle réunit tout ce que la Région de Bruxelles-Capitale propose "
        "à celles et ceux qui organisent la participation citoyenne.",
        "participatie.brussels is the platform of the participation service of "
        "perspective.brussels. It brings together everything the Brussels-Capital Region "
        "offers to people who organise citizen participation.",
    ),
    body=(
        """
<h2>Wie zijn we?</h2>
<p>De dienst Participatie maakt deel uit van perspective.brussels, het Brussels
Planningsbureau. We helpen gewestelijke en gemeentelijke besturen, verenigingen en
burgercollectieven om Brusselaars te betrekken bij de projecten en beslissingen die hun wijk en
hun Gewest aangaan. We geven advies over concrete projecten, leiden ambtenaren op, financieren
burgerprojecten en brengen wie met participatie bezig is met elkaar in contact.</p>
<h2>Wat vindt u hier?</h2>
<ul>
<li><strong>Initiatieven</strong>: een kaart van de participatietrajecten die sinds 2019 in de
19 gemeenten liepen, met hun resultaten en de lessen die de organisatoren eruit trokken.</li>
<li><strong>Toolbox</strong>: methodefiches, van burgerpanel tot buurtwandeling, en de stappen
van een kwaliteitsvol traject, van het afbakenen van de vraag tot de terugkoppeling naar de
deelnemers.</li>
<li><strong>Opdrachtencentrale</strong>: overheden en burgercollectieven bestellen ondersteuning
bij vooraf geselecteerde dienstverleners, verdeeld over zes percelen, van het ontwerp van een
traject tot de evaluatie ervan. Wij helpen u uw behoefte te omschrijven en het bestek op te
stellen.</li>
<li><strong>Projectoproep</strong>: elk jaar financiert het Gewest projecten rond
burgerparticipatie. U dient uw aanvraag online in en volgt ze op tot en met het
eindverslag.</li>
<li><strong>Netwerk</strong>: meer dan honderd participatieambtenaren en leden van
burgercollectieven ontmoeten elkaar op de Ateliers de la participation: praktijkvoorbeelden,
terreinbezoeken en opleidingen door en voor collega's.</li>
</ul>
<h2>Drie talen</h2>
<p>In Brussel worden veel talen gesproken. Het platform bestaat in het Nederlands en het Frans,
de officiële talen van het Gewest, en in het Engels, omdat meer dan een derde van de
Brusselaars een andere nationaliteit heeft. Heeft een projectdrager zijn tekst niet vertaald,
dan tonen we hem in de oorspronkelijke taal en vermeldt de pagina dat.</p>
<h2>Contact</h2>
<p>Hebt u een vraag over uw project, de opdrachtencentrale of de projectoproep?
<a href="/nl/contact/">Schrijf ons</a>: we antwoorden binnen vijf werkdagen.</p>
""",
        """
<h2>Qui sommes-nous ?</h2>
<p>Le service Participation fait partie de perspective.brussels, le Bureau bruxellois de la
planification. Nous aidons les administrations régionales et communales, les associations et
les collectifs citoyens à associer les Bruxelloises et les Bruxellois aux projets et aux
décisions qui concernent leur quartier et leur Région. Concrètement, nous conseillons les
porteurs de projet, formons les agents publics, finançons des projets citoyens et mettons en
relation celles et ceux qui font vivre la participation.</p>
<h2>Ce que vous trouverez ici</h2>
<ul>
<li><strong>Initiatives</strong> : une carte des démarches participatives menées depuis 2019
dans les 19 communes, avec leurs résultats et les enseignements qu’en ont tirés leurs
organisateurs.</li>
<li><strong>Boîte à outils</strong> : des fiches méthodes, du panel citoyen à la balade de
quartier, et les étapes d’un processus de qualité, du cadrage de la question au retour vers les
participants.</li>
<li><strong>Centrale de marchés</strong> : les pouvoirs publics et les collectifs citoyens
commandent un accompagnement auprès de prestataires présélectionnés, répartis en six lots, de la
conception d’un processus à son évaluation. Nous vous aidons à définir votre besoin et à rédiger
le cahier des charges.</li>
<li><strong>Appel à projets</strong> : chaque année, la Région soutient des projets de
participation citoyenne. Vous introduisez votre candidature en ligne et la suivez jusqu’au
rapport final.</li>
<li><strong>Réseau</strong> : plus d’une centaine d’agents de participation et de membres de
collectifs citoyens se retrouvent aux Ateliers de la participation : études de cas, visites de
terrain et formations entre pairs.</li>
</ul>
<h2>Trois langues</h2>
<p>Bruxelles parle de nombreuses langues. La plateforme existe en français et en néerlandais,
les langues officielles de la Région, ainsi qu’en anglais, car plus d’un tiers des habitants de
Bruxelles ont une autre nationalité. Quand un porteur de projet n’a pas traduit son texte, nous
l’affichons dans sa langue d’origine et la page vous le signale.</p>
<h2>Nous contacter</h2>
<p>Une question sur votre projet, la centrale de marchés ou l’appel à projets ?
<a href="/fr/contact/">Écrivez-nous</a> : nous répondons dans les cinq jours ouvrables.</p>
""",
        """
<h2>Who we are</h2>
<p>The participation service is part of perspective.brussels, the Brussels Planning Agency. We
help regional and communal administrations, associations and citizen collectives involve
Brusselers in the projects and decisions that affect their neighbourhood and their Region. In
practice, we advise project carriers, train public agents, fund citizen projects and bring
together the people who make participation happen.</p>
<h2>What you will find here</h2>
<ul>
<li><strong>Initiatives</strong>: a map of the participation initiatives run in the 19 communes
since 2019, with what they achieved and what their organisers learned.</li>
<li><strong>Toolkit</strong>: method sheets, from citizen panels to neighbourhood walks, and the
stages of a quality process, from framing the question to reporting back to participants.</li>
<li><strong>Framework contract</strong>: public bodies and citizen collectives order support from
pre-selected providers in six lots, from designing a process to evaluating it. We help you
define your need and write the specification.</li>
<li><strong>Project call</strong>: every year the Region funds citizen participation projects.
You apply online and follow your application through to the final report.</li>
<li><strong>Network</strong>: more than a hundred participation agents and members of citizen
collectives meet at the Ateliers de la participation for case studies, field visits and peer
trainings.</li>
</ul>
<h2>Three languages</h2>
<p>Brussels speaks many languages. The platform is available in Dutch and French, the Region’s
official languages, and in English, because more than a third of Brusselers hold another
nationality. When a project carrier has not translated their text, we show it in its original
language and the page says so.</p>
<h2>Contact</h2>
<p>A question about your project, the framework contract or the project call?
<a href="/en/contact/">Write to us</a>: we answer within five working days.</p>
""",
    ),
)

ACCESSIBILITY = _page(
    title=(
        "Toegankelijkheidsverklaring",
        "Déclaration d’accessibilité",
        "Accessibility statement",
    ),
    lead=(
        "perspective.brussels wil dat iedereen participatie.brussels kan gebruiken, met of "
        "zonder beperking, op elk toestel en met elke hulptechnologie.",
        "perspective.brussels veut que chacun puisse utiliser participatie.brussels, avec ou "
        "sans handicap, sur n’importe quel appareil et avec n’importe quelle technologie "
        "d’assistance.",
        "perspective.brussels wants everyone to be able to use participatie.brussels, with or "
        "without a disability, on any device and with any assistive technology.",
    ),
    body=(
        """
<h2>Nalevingsstatus</h2>
<p>Deze verklaring geldt voor de openbare website participatie.brussels. Ze is verplicht volgens
de Europese richtlijn (EU) 2016/2102 over de toegankelijkheid van websites van
overheidsinstanties, zoals omgezet in Brussels recht, en toetst de website aan de Web Content
Accessibility Guidelines (WCAG) 2.1, niveau AA.</p>
<p>De website is <strong>gedeeltelijk conform</strong> met WCAG 2.1 niveau AA: hij voldoet aan
de meeste criteria, met uitzondering van de punten die hieronder staan.</p>
<h2>Wat we doen</h2>
<ul>
<li>Elke pagina is volledig met het toetsenbord te bedienen, toont duidelijk waar de focus staat
en begint met een link die rechtstreeks naar de hoofdinhoud springt.</li>
<li>Pagina's zijn opgebouwd met koppen, herkenningspunten en formulierlabels die schermlezers
voorlezen. Ze geven hun taal aan, ook voor passages in een andere taal.</li>
<li>Teksten en bedieningselementen halen de contrastwaarden van niveau AA; informatie wordt
nooit alleen met kleur overgebracht.</li>
<li>Pagina's werken zonder JavaScript en passen zich aan schermen vanaf 320 pixels breed aan,
en aan tekst die tot 200% vergroot is.</li>
<li>Animaties vallen weg als uw systeem om minder beweging vraagt.</li>
<li>Elke nieuwe versie wordt automatisch gecontroleerd met axe-core in een echte browser, en we
testen de belangrijkste trajecten met de hand, met het toetsenbord en een schermlezer.</li>
</ul>
<h2>Bekende beperkingen</h2>
<ul>
<li><strong>Kaart van de initiatieven</strong>: de interactieve kaart is moeilijk te gebruiken
met een schermlezer of met alleen het toetsenbord. De lijst naast de kaart toont dezelfde
initiatieven met dezelfde filters en is volledig toegankelijk.</li>
<li><strong>Documenten</strong>: sommige downloadbare documenten, vooral pdf's van vóór 2024 of
van partners, zijn niet volledig toegankelijk. Vraag ons gerust een toegankelijke versie.</li>
<li><strong>Bijdragen</strong>: beschrijvingen en foto's van initiatieven komen van de
projectdragers zelf. We eisen een tekstalternatief bij elke afbeelding en lezen bijdragen na
voor ze verschijnen, maar sommige teksten zijn misschien minder helder dan we zouden
willen.</li>
<li><strong>Teksten in een andere taal</strong>: een tekst die de auteur niet vertaald heeft,
verschijnt in de oorspronkelijke taal, met een melding.</li>
</ul>
<h2>Opstelling van deze verklaring</h2>
<p>Deze verklaring steunt op een zelfevaluatie door het team dat de website bouwt, met
geautomatiseerde tests en manuele controles. We herzien ze elk jaar en telkens wanneer de
website grondig verandert.</p>
<h2>Een probleem melden</h2>
<p>Stuit u op een hindernis op deze website, of hebt u informatie in een andere vorm nodig?
Meld het ons via het <a href="/nl/contact/">contactformulier</a> of per e-mail aan
<a href="mailto:participation@perspective.brussels">participation@perspective.brussels</a>.
Vermeld de pagina en het probleem: we antwoorden binnen vijf werkdagen en bieden waar mogelijk
meteen een alternatief aan.</p>
<h2>Handhavingsprocedure</h2>
<p>Bent u niet tevreden met ons antwoord, dan kunt u klacht indienen bij de Brusselse
Ombudsman, die klachten behandelt over de toegankelijkheid van de websites van Brusselse
overheidsinstanties: <a href="https://www.ombudsman.brussels">ombudsman.brussels</a>.</p>
""",
        """
<h2>État de conformité</h2>
<p>Cette déclaration s’applique au site public participatie.brussels. Elle est requise par la
directive européenne (UE) 2016/2102 relative à l’accessibilité des sites internet des
organismes du secteur public, telle que transposée en droit bruxellois, et évalue le site au
regard des règles pour l’accessibilité des contenus web (WCAG) 2.1, niveau AA.</p>
<p>Le site est <strong>partiellement conforme</strong> au niveau AA des WCAG 2.1 : il respecte
la plupart des critères, à l’exception des points énumérés ci-dessous.</p>
<h2>Ce que nous faisons</h2>
<ul>
<li>Chaque page s’utilise entièrement au clavier, montre clairement l’élément actif et commence
par un lien d’accès direct au contenu principal.</li>
<li>Les pages sont structurées par des titres, des zones et des étiquettes de formulaire que les
lecteurs d’écran restituent. Elles indiquent leur langue, y compris pour les passages affichés
dans une autre langue.</li>
<li>Textes et commandes respectent les contrastes du niveau AA ; aucune information n’est
transmise par la seule couleur.</li>
<li>Les pages fonctionnent sans JavaScript et s’adaptent aux écrans à partir de 320 pixels de
large, ainsi qu’à un texte agrandi jusqu’à 200 %.</li>
<li>Les animations disparaissent lorsque votre système demande de réduire les mouvements.</li>
<li>Chaque nouvelle version est vérifiée automatiquement avec axe-core dans un vrai navigateur,
et nous testons à la main les parcours principaux, au clavier et avec un lecteur d’écran.</li>
</ul>
<h2>Limites connues</h2>
<ul>
<li><strong>Carte des initiatives</strong> : la carte interactive est difficile à utiliser avec
un lecteur d’écran ou au seul clavier. La liste affichée à côté présente les mêmes initiatives,
avec les mêmes filtres, et elle est entièrement accessible.</li>
<li><strong>Documents</strong> : certains documents téléchargeables, surtout des PDF antérieurs à
2024 ou produits par des partenaires, ne sont pas entièrement accessibles. Sur simple demande,
nous vous en envoyons une version accessible.</li>
<li><strong>Contributions</strong> : les descriptions et photos des initiatives sont rédigées
par les porteurs de projet eux-mêmes. Nous exigeons une alternative textuelle pour chaque image
et relisons chaque contribution avant publication, mais certains textes peuvent rester moins
clairs que nous le souhaiterions.</li>
<li><strong>Textes dans une autre langue</strong> : un texte que son auteur n’a pas traduit
s’affiche dans sa langue d’origine, accompagné d’un avertissement.</li>
</ul>
<h2>Établissement de cette déclaration</h2>
<p>Cette déclaration repose sur une auto-évaluation menée par l’équipe qui développe le site,
combinant tests automatisés et vérifications manuelles. Elle est revue chaque année et à chaque
modification importante du site.</p>
<h2>Signaler un problème</h2>
<p>Vous rencontrez un obstacle sur ce site ou avez besoin d’une information sous une autre
forme ? Signalez-le-nous via le <a href="/fr/contact/">formulaire de contact</a> ou par courriel
à <a href="mailto:participation@perspective.brussels">participation@perspective.brussels</a>.
Précisez la page et le problème : nous répondons dans les cinq jours ouvrables et, dans la
mesure du possible, vous proposons tout de suite une solution de remplacement.</p>
<h2>Procédure de recours</h2>
<p>Si notre réponse ne vous satisfait pas, vous pouvez introduire une plainte auprès de
l’Ombudsman bruxellois, qui traite les plaintes relatives à l’accessibilité des sites des
organismes publics bruxellois : <a href="https://www.ombudsman.brussels">ombudsman.brussels</a>.
</p>
""",
        """
<h2>Compliance status</h2>
<p>This statement applies to the public website participatie.brussels. It is required by the
European Web Accessibility Directive (EU) 2016/2102, as transposed into Brussels law, and
measures the site against the Web Content Accessibility Guidelines (WCAG) 2.1, level AA.</p>
<p>The website is <strong>partially compliant</strong> with WCAG 2.1 level AA: it meets most
criteria, with the exceptions listed below.</p>
<h2>What we do</h2>
<ul>
<li>Every page can be used with a keyboard alone, shows clearly where the focus is and starts
with a link that skips to the main content.</li>
<li>Pages are built with headings, landmarks and form labels that screen readers announce. They
declare their language, including for passages shown in another language.</li>
<li>Text and controls meet the contrast ratios of level AA; colour is never the only way
information is given.</li>
<li>Pages work without JavaScript and adapt to screens from 320 pixels wide and to text
enlarged up to 200%.</li>
<li>Animations are switched off when your system asks for reduced motion.</li>
<li>Every new version is checked automatically with axe-core in a real browser, and we test the
main journeys by hand, with a keyboard and a screen reader.</li>
</ul>
<h2>Known limitations</h2>
<ul>
<li><strong>Map of initiatives</strong>: the interactive map is hard to use with a screen reader
or a keyboard alone. The list beside it shows the same initiatives, with the same filters, and
is fully accessible.</li>
<li><strong>Documents</strong>: some downloadable documents, mainly PDF files from before 2024 or
produced by partners, are not fully accessible. Ask us and we will send you an accessible
version.</li>
<li><strong>Contributions</strong>: descriptions and photos of initiatives are written by the
project carriers themselves. We require a text alternative for every image and read every
contribution before it is published, but some texts may be less clear than we would like.</li>
<li><strong>Texts in another language</strong>: a text its author has not translated is shown in
its original language, with a notice.</li>
</ul>
<h2>How this statement was prepared</h2>
<p>This statement is based on a self-assessment by the team that builds the site, combining
automated tests and manual checks. It is reviewed every year and whenever the site changes
substantially.</p>
<h2>Report a problem</h2>
<p>Did you run into an obstacle on this site, or do you need information in another format?
Tell us through the <a href="/en/contact/">contact form</a> or by e-mail to
<a href="mailto:participation@perspective.brussels">participation@perspective.brussels</a>.
Describe the page and the problem: we answer within five working days and, where we can, offer
an alternative straight away.</p>
<h2>Enforcement procedure</h2>
<p>If our answer does not satisfy you, you can lodge a complaint with the Brussels Ombudsman,
who handles complaints about the accessibility of the websites of Brussels public bodies:
<a href="https://www.ombudsman.brussels">ombudsman.brussels</a>.</p>
""",
    ),
)

PRIVACY = _page(
    title=("Privacyverklaring", "Déclaration de confidentialité", "Privacy notice"),
    lead=(
        "Welke persoonsgegevens verwerkt participatie.brussels, waarom, hoe lang, en hoe "
        "oefent u uw rechten uit volgens de Algemene Verordening Gegevensbescherming (AVG)?",
        "Quelles données à caractère personnel participatie.brussels traite-t-il, pourquoi, "
        "pendant combien de temps, et comment exercer vos droits au titre du règlement général "
        "sur la protection des données (RGPD) ?",
        "Which personal data participatie.brussels processes, why, for how long, and how you "
        "exercise your rights under the General Data Protection Regulation (GDPR).",
    ),
    body=(
        """
<h2>Wie is verantwoordelijk?</h2>
<p>De verwerkingsverantwoordelijke is perspective.brussels (Brussels Planningsbureau),
Naamsestraat 59, 1000 Brussel. Met al uw vragen over uw gegevens kunt u terecht bij onze
functionaris voor gegevensbescherming:
<a href="mailto:dpo@perspective.brussels">dpo@perspective.brussels</a>.</p>
<h2>Wat we verwerken en waarom</h2>
<ul>
<li><strong>Uw account</strong> (naam, e-mailadres, voorkeurtaal; uw wachtwoord enkel in
onomkeerbaar versleutelde vorm): om u te laten inloggen en u in uw taal te schrijven.
Rechtsgrond: de uitvoering van onze taak van algemeen belang (artikel 6.1.e AVG).</li>
<li><strong>Initiatieven die u indient</strong>: om ze te modereren en op de kaart te publiceren.
Een gepubliceerd initiatief toont de organisatie en de contactgegevens die u zelf openbaar
maakt, nooit uw e-mailadres. Rechtsgrond: taak van algemeen belang.</li>
<li><strong>Aanvragen voor de projectoproep</strong> (aanvrager, organisatie, project, begroting,
bijlagen, scores en beslissingen van de jury): om aanvragen te beoordelen, subsidies toe te
kennen en de besteding ervan te controleren. Rechtsgronden: taak van algemeen belang en onze
wettelijke verplichtingen inzake subsidies en overheidsboekhouding (artikel 6.1.c AVG).</li>
<li><strong>Bestellingen via de opdrachtencentrale</strong>: om na te gaan of uw organisatie in
aanmerking komt, uw behoefte samen met u te omschrijven en ze door te geven aan de
dienstverleners die u kiest. Rechtsgrond: taak van algemeen belang.</li>
<li><strong>Netwerk en evenementen</strong> (inschrijvingen, het openbare profiel waarvoor u
kiest): om evenementen te organiseren, een wachtlijst bij te houden en herinneringen te sturen.
Uw profiel verschijnt alleen in de gids als u dat vraagt, en u kunt het altijd weer
verbergen. Rechtsgronden: taak van algemeen belang; uw toestemming voor het openbare profiel
(artikel 6.1.a AVG).</li>
<li><strong>Berichten via het contactformulier</strong>: om u te antwoorden. Rechtsgrond: taak
van algemeen belang.</li>
<li><strong>Beveiliging</strong>: om formulieren tegen misbruik te beschermen, bewaren we uw
IP-adres enkele minuten in een tijdelijke teller. Rechtsgrond: onze plicht om
persoonsgegevens te beveiligen (artikel 32 AVG).</li>
</ul>
<p>We verkopen uw gegevens nooit, gebruiken ze niet voor reclame en maken geen profielen op.</p>
<h2>Wie krijgt uw gegevens?</h2>
<p>Alleen de medewerkers van de dienst Participatie die ze nodig hebben. Juryleden van een
projectoproep zien enkel de aanvragen die hun zijn toegewezen en zijn tot geheimhouding
verplicht. Bestelt u diensten via de opdrachtencentrale, dan krijgen de dienstverleners die u
raadpleegt wat ze nodig hebben voor een offerte. Onze hostingpartner verwerkt de gegevens in
onze opdracht, in de Europese Unie en onder een verwerkersovereenkomst. Er gaan geen gegevens
buiten de Europese Economische Ruimte.</p>
<h2>Cookies</h2>
<p>We gebruiken alleen cookies die strikt nodig zijn om de website te laten werken. Daarvoor is
geen toestemming nodig. Analyse- of reclamecookies plaatsen we niet.</p>
<ul>
<li><strong>Sessie</strong>: houdt u ingelogd; verdwijnt als u uitlogt, en uiterlijk na twee
weken.</li>
<li><strong>Beveiliging (CSRF)</strong>: beschermt formulieren tegen vervalste verzendingen;
blijft één jaar bewaard.</li>
<li><strong>Taal</strong>: onthoudt de taal die u koos; verdwijnt als u uw browser sluit.</li>
<li><strong>Meldingen</strong>: toont een bevestiging nadat u een formulier verzond; verdwijnt
zodra de melding getoond is.</li>
</ul>
<p>De kaart van de initiatieven laadt haar achtergrond van een kaartserver. Zoals elke
webserver ziet die uw IP-adres; hij plaatst geen cookies.</p>
<h2>Hoe lang bewaren we uw gegevens?</h2>
<ul>
<li>Account: zolang u het houdt. U kunt het zelf op elk moment verwijderen vanuit uw
profiel.</li>
<li>Berichten via het contactformulier: twee jaar na het laatste contact.</li>
<li>Inschrijvingen voor evenementen: één jaar na het evenement.</li>
<li>Gepubliceerde initiatieven blijven op de kaart als openbaar overzicht van participatie in
Brussel. Verwijdert u uw account, dan halen we uw naam eraf.</li>
<li>Dossiers van de projectoproep (aanvragen, juryscores, beslissingen, verslagen en financiële
verantwoording) en bestellingen via de opdrachtencentrale: tien jaar na de eindbeslissing of het
einde van de opdracht, zoals de regels over overheidsboekhouding, subsidiecontrole en archieven
het vereisen. Deze stukken blijven ook bewaard als u uw account verwijdert.</li>
<li>Technische logbestanden bevatten geen namen of e-mailadressen en worden na zes maanden
gewist.</li>
</ul>
<h2>Uw rechten</h2>
<p>U hebt het recht om uw gegevens in te zien, te verbeteren of te laten wissen, de verwerking
te laten beperken of er bezwaar tegen te maken, en uw gegevens in een overdraagbaar formaat te
krijgen. Veel daarvan doet u zelf: in uw profiel verbetert u uw gegevens, downloadt u al uw
gegevens (JSON en bestanden) en verwijdert u uw account. Voor al het andere schrijft u naar onze
functionaris voor gegevensbescherming op
<a href="mailto:dpo@perspective.brussels">dpo@perspective.brussels</a>; we antwoorden binnen
een maand. Een toestemming kunt u altijd intrekken, zonder dat dit de eerdere verwerking
aantast.</p>
<p>Vindt u dat we uw rechten niet respecteren, dan kunt u klacht indienen bij de
Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel,
<a href="https://www.gegevensbeschermingsautoriteit.be">www.gegevensbeschermingsautoriteit.be</a>.
</p>
""",
        """
<h2>Qui est responsable ?</h2>
<p>Le responsable du traitement est perspective.brussels (Bureau bruxellois de la
planification), rue de Namur 59, 1000 Bruxelles. Pour toute question sur vos données, adressez-vous
à notre délégué à la protection des données :
<a href="mailto:dpo@perspective.brussels">dpo@perspective.brussels</a>.</p>
<h2>Ce que nous traitons et pourquoi</h2>
<ul>
<li><strong>Votre compte</strong> (nom, adresse e-mail, langue préférée ; votre mot de passe
uniquement sous forme chiffrée irréversible) : pour vous permettre de vous connecter et vous
écrire dans votre langue. Base légale : l’exécution de notre mission d’intérêt public
(article 6.1.e du RGPD).</li>
<li><strong>Les initiatives que vous proposez</strong> : pour les modérer et les publier sur la
carte. Une initiative publiée affiche l’organisation et les coordonnées que vous choisissez de
rendre publiques, jamais votre adresse e-mail. Base légale : mission d’intérêt public.</li>
<li><strong>Les candidatures à l’appel à projets</strong> (candidat, organisation, projet,
budget, annexes, notes et décisions du jury) : pour évaluer les candidatures, octroyer les
subsides et contrôler leur utilisation. Bases légales : mission d’intérêt public et nos
obligations légales en matière de subsides et de comptabilité publique (article 6.1.c du
RGPD).</li>
<li><strong>Les commandes via la centrale de marchés</strong> : pour vérifier que votre
organisation y a accès, définir votre besoin avec vous et le transmettre aux prestataires que
vous choisissez. Base légale : mission d’intérêt public.</li>
<li><strong>Le réseau et les événements</strong> (inscriptions, profil public si vous le
souhaitez) : pour organiser les événements, tenir une liste d’attente et envoyer des rappels.
Votre profil n’apparaît dans l’annuaire que si vous le demandez, et vous pouvez le masquer à
tout moment. Bases légales : mission d’intérêt public ; votre consentement pour le profil public
(article 6.1.a du RGPD).</li>
<li><strong>Les messages du formulaire de contact</strong> : pour vous répondre. Base légale :
mission d’intérêt public.</li>
<li><strong>La sécurité</strong> : pour protéger les formulaires contre les abus, votre adresse
IP est conservée quelques minutes dans un compteur temporaire. Base légale : notre obligation
d’assurer la sécurité des données (article 32 du RGPD).</li>
</ul>
<p>Nous ne vendons jamais vos données, ne les utilisons pas à des fins publicitaires et ne
réalisons aucun profilage.</p>
<h2>Qui reçoit vos données ?</h2>
<p>Uniquement les membres du service Participation qui en ont besoin. Les membres du jury d’un
appel à projets ne voient que les candidatures qui leur sont attribuées et sont tenus à la
confidentialité. Si vous commandez des services via la centrale de marchés, les prestataires
consultés reçoivent ce dont ils ont besoin pour remettre une offre. Notre hébergeur traite les
données pour notre compte, dans l’Union européenne et dans le cadre d’un contrat de
sous-traitance. Aucune donnée ne quitte l’Espace économique européen.</p>
<h2>Cookies</h2>
<p>Nous n’utilisons que des cookies strictement nécessaires au fonctionnement du site ; ils ne
requièrent pas votre consentement. Nous ne déposons aucun cookie de mesure d’audience ni de
publicité.</p>
<ul>
<li><strong>Session</strong> : vous garde connecté ; supprimé à la déconnexion, et au plus tard
après deux semaines.</li>
<li><strong>Sécurité (CSRF)</strong> : protège les formulaires contre les envois falsifiés ;
conservé un an.</li>
<li><strong>Langue</strong> : retient la langue que vous avez choisie ; supprimé à la fermeture
du navigateur.</li>
<li><strong>Messages</strong> : affiche une confirmation après l’envoi d’un formulaire ;
supprimé dès que le message a été affiché.</li>
</ul>
<p>La carte des initiatives charge son fond de plan depuis un serveur cartographique. Comme tout
serveur web, celui-ci voit votre adresse IP ; il ne dépose aucun cookie.</p>
<h2>Combien de temps conservons-nous vos données ?</h2>
<ul>
<li>Compte : aussi longtemps que vous le gardez. Vous pouvez le supprimer vous-même à tout
moment depuis votre profil.</li>
<li>Messages du formulaire de contact : deux ans après le dernier échange.</li>
<li>Inscriptions aux événements : un an après l’événement.</li>
<li>Les initiatives publiées restent sur la carte, qui garde la mémoire de la participation à
Bruxelles. Si vous supprimez votre compte, votre nom en est retiré.</li>
<li>Dossiers de l’appel à projets (candidatures, notes du jury, décisions, rapports et
justificatifs financiers) et commandes via la centrale de marchés : dix ans après la décision
finale ou la fin de la commande, comme l’exigent les règles de comptabilité publique, de
contrôle des subsides et d’archivage. Ces pièces sont conservées même si vous supprimez votre
compte.</li>
<li>Les journaux techniques ne contiennent ni noms ni adresses e-mail et sont effacés après six
mois.</li>
</ul>
<h2>Vos droits</h2>
<p>Vous pouvez demander à accéder à vos données, à les rectifier ou à les effacer, à en limiter
le traitement ou à vous y opposer, et à les recevoir dans un format portable. Vous pouvez faire
une grande partie de ces démarches vous-même : depuis votre profil, vous corrigez vos
coordonnées, téléchargez toutes vos données (JSON et fichiers) et supprimez votre compte. Pour
le reste, écrivez à notre délégué à la protection des données à
<a href="mailto:dpo@perspective.brussels">dpo@perspective.brussels</a> ; nous répondons dans
un délai d’un mois. Vous pouvez retirer votre consentement à tout moment, sans effet sur les
traitements antérieurs.</p>
<p>Si vous estimez que nous ne respectons pas vos droits, vous pouvez introduire une plainte
auprès de l’Autorité de protection des données, rue de la Presse 35, 1000 Bruxelles,
<a href="https://www.autoriteprotectiondonnees.be">www.autoriteprotectiondonnees.be</a>.</p>
""",
        """
<h2>Who is responsible</h2>
<p>The controller is perspective.brussels (Brussels Planning Agency), Rue de Namur 59,
1000 Brussels. Our data protection officer answers every question about your data:
<a href="mailto:dpo@perspective.brussels">dpo@perspective.brussels</a>.</p>
<h2>What we process and why</h2>
<ul>
<li><strong>Your account</strong> (name, e-mail address, preferred language; your password only
as an irreversible hash): to let you log in and to write to you in your language. Legal basis:
the performance of our task in the public interest (GDPR Article 6(1)(e)).</li>
<li><strong>Initiatives you submit</strong>: to moderate them and publish them on the map. A
published initiative shows the organisation and the contact details you choose to make public,
never your e-mail address. Legal basis: task in the public interest.</li>
<li><strong>Project call applications</strong> (applicant, organisation, project, budget,
attachments, jury scores and decisions): to assess applications, award grants and check how
they are spent. Legal bases: task in the public interest and our legal obligations on grants
and public accounting (GDPR Article 6(1)(c)).</li>
<li><strong>Framework contract orders</strong>: to check that your organisation is eligible,
define your need with you and pass it on to the providers you choose. Legal basis: task in the
public interest.</li>
<li><strong>Network and events</strong> (registrations, and the public profile if you want
one): to organise events, keep a waiting list and send reminders. Your profile appears in the
directory only if you ask for it, and you can hide it again at any time. Legal bases: task in
the public interest; your consent for the public profile (GDPR Article 6(1)(a)).</li>
<li><strong>Contact form messages</strong>: to answer you. Legal basis: task in the public
interest.</li>
<li><strong>Security</strong>: to protect forms against abuse, your IP address is kept for a
few minutes in a temporary counter. Legal basis: our duty to keep personal data secure (GDPR
Article 32).</li>
</ul>
<p>We never sell your data, never use it for advertising and do no profiling.</p>
<h2>Who receives your data</h2>
<p>Only the staff of the participation service who need it. Jurors of a project call see only
the applications assigned to them and are bound to confidentiality. If you order services
through the framework contract, the providers you consult receive what they need to make an
offer. Our hosting provider processes the data on our behalf, in the European Union, under a
data processing agreement. No data leaves the European Economic Area.</p>
<h2>Cookies</h2>
<p>We use only cookies that are strictly necessary for the site to work; they need no consent.
We set no analytics or advertising cookies.</p>
<ul>
<li><strong>Session</strong>: keeps you logged in; deleted when you log out, and after two
weeks at the latest.</li>
<li><strong>Security (CSRF)</strong>: protects forms against forged submissions; kept for one
year.</li>
<li><strong>Language</strong>: remembers the language you chose; deleted when you close your
browser.</li>
<li><strong>Messages</strong>: shows a confirmation after you send a form; deleted as soon as
it has been shown.</li>
</ul>
<p>The map of initiatives loads its background from a map tile server. Like any web server, it
sees your IP address; it sets no cookies.</p>
<h2>How long we keep your data</h2>
<ul>
<li>Account: as long as you keep it. You can delete it yourself at any time from your
profile.</li>
<li>Contact form messages: two years after the last exchange.</li>
<li>Event registrations: one year after the event.</li>
<li>Published initiatives stay on the map as a public record of participation in Brussels. If
you delete your account, your name is removed from them.</li>
<li>Project call files (applications, jury scores, decisions, reports and financial
justification) and framework contract orders: ten years after the final decision or the end of
the order, as the rules on public accounting, grant control and archives require. These records
are kept even if you delete your account.</li>
<li>Technical logs contain no names or e-mail addresses and are deleted after six months.</li>
</ul>
<h2>Your rights</h2>
<p>You may ask to access, correct or erase your data, to restrict or object to its processing,
and to receive it in a portable format. You can do much of this yourself: your profile lets you
correct your details, download all your data (JSON and files) and delete your account. For
anything else, write to our data protection officer at
<a href="mailto:dpo@perspective.brussels">dpo@perspective.brussels</a>; we answer within one
month. You can withdraw your consent at any time, without affecting earlier processing.</p>
<p>If you believe we do not respect your rights, you can complain to the Data Protection
Authority, Rue de la Presse 35, 1000 Brussels,
<a href="https://www.dataprotectionauthority.be">www.dataprotectionauthority.be</a>.</p>
""",
    ),
)

PAGES = {"about": ABOUT, "accessibility": ACCESSIBILITY, "privacy": PRIVACY}
