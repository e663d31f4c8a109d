"""Demo method sheets, part a; see toolkit.demo_methods for the shape of a sheet.

Citizen panel, participatory budget, public consultation, co-design workshop, neighbourhood
walk and world café. The French texts are written with ordinary spaces and get their no-break
spaces from ``toolkit.demo_stages.french`` when the module loads.
"""

from __future__ import annotations

from toolkit.demo_stages import typeset

_SHEETS: dict[str, dict] = {
    "citizen-panel": {
        "description": (
            "<p>Een burgerpanel brengt 25 tot 40 bewoners samen die door loting gekozen zijn, "
            "zodat de groep de betrokken bevolking weerspiegelt naar leeftijd, gender, "
            "gemeente of wijk, opleidingsniveau en taal. In vier tot zes sessies, meestal op "
            "zaterdag, horen de leden experten en betrokkenen, bezoeken ze plekken, "
            "overleggen ze in kleine groepen met neutrale begeleiders en schrijven ze samen "
            "aanbevelingen.</p>"
            "<p>Het panel vervangt de verkozenen niet: het adviseert hen. Zijn kracht zit in "
            "wat het oplevert, namelijk doordachte voorstellen van mensen die vooraf geen "
            "belang hadden, en in het engagement dat de overheid vooraf aangaat om publiek "
            "op elke aanbeveling te antwoorden.</p>"
            "<h3>Wat het vraagt</h3>"
            "<ul>"
            "<li>Een loting in twee rondes: een brief naar 2.000 tot 5.000 adressen uit het "
            "bevolkingsregister, daarna een gestratificeerde trekking onder wie zich "
            "aanmeldt.</li>"
            "<li>Een vergoeding voor de leden (vaak 50 tot 100 euro per sessie), "
            "kinderopvang en vertolking tussen Nederlands en Frans.</li>"
            "<li>Een begeleidingscomité dat bewaakt of de informatie evenwichtig is.</li>"
            "</ul>",
            "<p>Un panel citoyen réunit 25 à 40 habitants tirés au sort, de sorte que le "
            "groupe reflète la population concernée par l’âge, le genre, la commune ou le "
            "quartier, le niveau d’études et la langue. En quatre à six séances, le plus "
            "souvent le samedi, les membres entendent des experts et des parties prenantes, "
            "visitent des lieux, délibèrent en petits groupes avec des animateurs neutres et "
            "rédigent ensemble des recommandations.</p>"
            "<p>Le panel ne remplace pas les élus : il les éclaire. Sa force tient à ce qu’il "
            "produit, des propositions mûries par des personnes sans intérêt particulier au "
            "départ, et à l’engagement pris d’emblée par l’autorité de répondre publiquement "
            "à chaque recommandation.</p>"
            "<h3>Ce qu’il faut prévoir</h3>"
            "<ul>"
            "<li>Un tirage au sort en deux temps : un courrier à 2 000 à 5 000 adresses "
            "issues du registre de la population, puis un tirage stratifié parmi les "
            "volontaires.</li>"
            "<li>Un défraiement des membres (souvent 50 à 100 € par séance), une garderie et "
            "une interprétation entre le français et le néerlandais.</li>"
            "<li>Un comité d’accompagnement qui veille à l’équilibre de l’information "
            "fournie.</li>"
            "</ul>",
            "<p>A citizen panel brings together 25 to 40 residents drawn by lot, so that the "
            "group reflects the population concerned by age, gender, commune or "
            "neighbourhood, level of education and language. Over four to six sessions, "
            "usually on Saturdays, members hear experts and stakeholders, visit sites, "
            "deliberate in small groups with neutral facilitators and draft recommendations "
            "together.</p>"
            "<p>The panel does not replace elected representatives: it advises them. Its "
            "strength lies in what it produces, namely considered proposals from people with "
            "no particular stake at the outset, and in the authority’s commitment, made "
            "beforehand, to answer every recommendation in public.</p>"
            "<h3>What it takes</h3>"
            "<ul>"
            "<li>A draw in two rounds: letters to 2,000 to 5,000 addresses from the "
            "population register, then a stratified draw among those who volunteer.</li>"
            "<li>An allowance for members (often €50 to €100 per session), childcare and "
            "interpreting between French and Dutch.</li>"
            "<li>A steering committee that checks the information given is balanced.</li>"
            "</ul>",
        ),
        "when_to_use": (
            "Kies een burgerpanel wanneer een vraag complex is, de meningen verdeelt en om een "
            "doordacht antwoord vraagt in plaats van een snelle peiling: de toekomst van een "
            "autovrije zone, de prioriteiten van een klimaatplan, de bestemming van een "
            "braakliggend terrein. Het past bij een gemeente of het Gewest zolang de "
            "beslissing echt nog open ligt en de overheid bereid is publiek te antwoorden. "
            "Vermijd het voor dringende beslissingen, louter technische keuzes of als het "
            "budget geen degelijke werving en vergoeding toelaat.",
            "Optez pour un panel citoyen lorsqu’une question est complexe, divise les avis et "
            "appelle une réponse réfléchie plutôt qu’un sondage rapide : l’avenir d’une zone "
            "sans voitures, les priorités d’un plan climat, l’affectation d’un terrain en "
            "friche. Il convient à une commune comme à la Région, pour autant que la décision "
            "reste réellement ouverte et que l’autorité soit prête à répondre publiquement. "
            "Évitez-le pour les décisions urgentes, les choix purement techniques ou quand le "
            "budget ne permet pas un recrutement et un défraiement corrects.",
            "Use a citizen panel when a question is complex, divides opinion and calls for a "
            "considered answer rather than a quick poll: the future of a car-free zone, the "
            "priorities of a climate plan, what to do with a vacant site. It suits a commune "
            "or the Region, provided the decision is genuinely still open and the authority "
            "is prepared to respond in public. Avoid it for urgent decisions or purely "
            "technical choices, and when the budget does not allow proper recruitment and "
            "compensation.",
        ),
        "steps": (
            "Bepaal de vraag en het engagement van de overheid om te antwoorden\n"
            "Stuur uitnodigingen naar een willekeurige steekproef uit het bevolkingsregister\n"
            "Loot het panel onder de kandidaten, gespreid naar leeftijd, gender, wijk en taal\n"
            "Organiseer een informatiesessie met evenwichtig gekozen experten en betrokkenen\n"
            "Laat het panel in drie tot vijf sessies overleggen in begeleide kleine groepen\n"
            "Schrijf de aanbevelingen uit en stem erover in een slotsessie\n"
            "Overhandig de aanbevelingen publiek en publiceer het antwoord van de overheid",
            "Fixer la question et l’engagement de l’autorité à y répondre\n"
            "Envoyer des invitations à un échantillon aléatoire du registre de la population\n"
            "Tirer le panel parmi les volontaires, réparti par âge, genre, quartier et langue\n"
            "Organiser une séance d’information avec des experts et acteurs choisis avec "
            "équilibre\n"
            "Faire délibérer le panel en petits groupes animés, sur trois à cinq séances\n"
            "Rédiger et voter les recommandations lors d’une séance finale\n"
            "Remettre les recommandations en public et publier la réponse de l’autorité",
            "Set the question and the authority’s commitment to respond\n"
            "Send invitations to a random sample from the population register\n"
            "Draw the panel among volunteers, balanced by age, gender, area and language\n"
            "Hold an information session with experts and stakeholders chosen for balance\n"
            "Let the panel deliberate in facilitated small groups over three to five sessions\n"
            "Draft the recommendations and vote on them in a final session\n"
            "Hand over the recommendations in public and publish the authority’s response",
        ),
        "duration": "months",
        "duration_note": (
            "Vier tot zes zaterdagen over twee à drie maanden, plus zes tot acht weken werving",
            "Quatre à six samedis sur deux à trois mois, plus six à huit semaines de recrutement",
            "Four to six Saturdays over two to three months, plus six to eight weeks of "
            "recruitment",
        ),
        "budget_range": "high",
        "group_size": "medium",
        "level": "co-construct",
        "themes": ["democracy", "climate", "urban-planning"],
        "stages": ["mobilisation", "running", "feedback"],
        "strengths": (
            "Bereikt mensen die nooit naar een infoavond komen\n"
            "Geeft tijd om bij te leren en van mening te veranderen\n"
            "Levert onderbouwde voorstellen op die gewicht hebben bij verkozenen\n"
            "Leden worden vaak ambassadeurs van het traject in hun wijk",
            "Touche des personnes qui ne viennent jamais aux réunions publiques\n"
            "Laisse le temps de s’informer et de changer d’avis\n"
            "Produit des propositions argumentées qui pèsent auprès des élus\n"
            "Les membres deviennent souvent des ambassadeurs de la démarche dans leur quartier",
            "Brings in people who never come to public meetings\n"
            "Gives time to learn and to change one’s mind\n"
            "Produces reasoned proposals that carry weight with elected representatives\n"
            "Members often become ambassadors for the process in their neighbourhood",
        ),
        "pitfalls": (
            "Werven door loting duurt langer en kost meer dan verwacht\n"
            "Aanbevelingen zonder publiek antwoord schaden het vertrouwen voor jaren\n"
            "Informatie die eenzijdig overkomt, ondermijnt de legitimiteit van het panel\n"
            "Afhakers tussen de sessies verstoren het evenwicht; voorzie enkele reserves",
            "Le recrutement par tirage au sort prend plus de temps et coûte plus que prévu\n"
            "Des recommandations restées sans réponse publique minent la confiance pour des "
            "années\n"
            "Une information perçue comme partiale sape la légitimité du panel\n"
            "Les abandons en cours de route déséquilibrent le groupe ; prévoyez des "
            "suppléants",
            "Recruitment by lot takes longer and costs more than expected\n"
            "Recommendations left without a public answer damage trust for years\n"
            "Information seen as one-sided undermines the panel’s legitimacy\n"
            "Dropouts between sessions unbalance the group; keep a few reserves",
        ),
    },
    "participatory-budget": {
        "description": (
            "<p>Bij een burgerbegroting reserveert een overheid een vast bedrag, in Brusselse "
            "gemeenten vaak 50.000 tot 300.000 euro per jaar, en beslissen bewoners hoe het "
            "besteed wordt. Bewoners, verenigingen en collectieven dienen projecten in; de "
            "administratie gaat na of ze haalbaar zijn en raamt de kosten; daarna stemmen de "
            "bewoners, en de projecten met de meeste stemmen worden binnen het budget "
            "uitgevoerd.</p>"
            "<p>Het is eerder een cyclus dan een eenmalig moment. Meestal wordt hij elk jaar "
            "herhaald, zodat bewoners resultaten zien en de spelregels gaandeweg beter "
            "worden.</p>"
            "<h3>Vooraf te beslissen</h3>"
            "<ul>"
            "<li>Wie mag indienen en wie mag stemmen: de minimumleeftijd (vaak 12 of 16 "
            "jaar), enkel inwoners of ook wie in de gemeente werkt of studeert.</li>"
            "<li>De ontvankelijkheidsregels: investeringen of werkingskosten, enkel op "
            "openbaar terrein, een maximumbedrag per project.</li>"
            "<li>De manier van stemmen: online en op papier, met stembureaus in bibliotheken, "
            "scholen en op de markt.</li>"
            "</ul>",
            "<p>Dans un budget participatif, une autorité réserve un montant fixe, souvent "
            "50 000 à 300 000 € par an dans les communes bruxelloises, et ce sont les "
            "habitants qui décident de son affectation. Habitants, associations et collectifs "
            "déposent des projets ; l’administration en vérifie la faisabilité et en estime "
            "le coût ; les habitants votent ensuite, et les projets les mieux classés sont "
            "réalisés dans la limite de l’enveloppe.</p>"
            "<p>Il s’agit d’un cycle plutôt que d’un événement ponctuel, généralement "
            "reconduit chaque année, pour que les habitants voient des résultats et que les "
            "règles s’améliorent avec le temps.</p>"
            "<h3>À trancher au préalable</h3>"
            "<ul>"
            "<li>Qui peut déposer et qui peut voter : l’âge minimum (souvent 12 ou 16 ans), "
            "les seuls habitants ou aussi les personnes qui travaillent ou étudient dans la "
            "commune.</li>"
            "<li>Les critères de recevabilité : investissement ou fonctionnement, domaine "
            "public uniquement, montant maximum par projet.</li>"
            "<li>Les modalités de vote : en ligne et sur papier, avec des bureaux de vote "
            "dans les bibliothèques, les écoles et au marché.</li>"
            "</ul>",
            "<p>In a participatory budget, an authority sets aside a fixed amount, often "
            "€50,000 to €300,000 a year in Brussels communes, and residents decide how it is "
            "spent. Residents, associations and collectives submit projects; the "
            "administration checks that they are feasible and estimates their cost; "
            "residents then vote, and the projects with the most votes are carried out "
            "within the envelope.</p>"
            "<p>It is a cycle rather than a one-off event, usually repeated every year, so "
            "that residents see results and the rules improve over time.</p>"
            "<h3>To decide beforehand</h3>"
            "<ul>"
            "<li>Who may submit and who may vote: the minimum age (often 12 or 16), residents "
            "only or also people who work or study in the commune.</li>"
            "<li>The eligibility rules: capital or running costs, public land only, a "
            "maximum amount per project.</li>"
            "<li>How people vote: online and on paper, with polling stations in libraries, "
            "schools and at the market.</li>"
            "</ul>",
        ),
        "when_to_use": (
            "Kies voor een burgerbegroting als u voor meerdere jaren een echt budget kunt "
            "vastleggen en wilt dat bewoners beslissen, niet alleen adviseren. Ze werkt goed "
            "voor kleine investeringen in openbare ruimte, groen, spelen en buurtleven, met "
            "projecten die binnen twaalf tot achttien maanden uitgevoerd kunnen worden. Ze "
            "past minder bij een eenmalig traject of grote infrastructuur, en niet als de "
            "administratie te weinig capaciteit heeft om voorstellen te beoordelen en de "
            "winnaars tijdig uit te voeren.",
            "Choisissez un budget participatif si vous pouvez engager une enveloppe réelle sur "
            "plusieurs années et voulez que les habitants décident, et pas seulement qu’ils "
            "donnent un avis. Il fonctionne bien pour de petits investissements dans "
            "l’espace public, la verdurisation, le jeu et la vie de quartier, avec des "
            "projets réalisables en douze à dix-huit mois. Il convient moins à une démarche "
            "ponctuelle ou aux grandes infrastructures, ni quand l’administration manque de "
            "moyens pour analyser les propositions et réaliser à temps les projets "
            "lauréats.",
            "Choose a participatory budget when you can commit a real envelope for several "
            "years and want residents to decide, not just advise. It works well for small "
            "investments in public space, greenery, play and neighbourhood life, with "
            "projects that can be delivered within twelve to eighteen months. It is less "
            "suited to one-off processes or large infrastructure, and it will struggle if the "
            "administration lacks the capacity to assess proposals and deliver the winning "
            "projects on time.",
        ),
        "steps": (
            "Leg het budget, de spelregels en de kalender vast en laat de raad ze goedkeuren\n"
            "Lanceer de projectoproep, met workshops om indieners op weg te helpen\n"
            "Toets haalbaarheid en kosten met de betrokken diensten en motiveer elke weigering\n"
            "Stel de ontvankelijke projecten voor in elke wijk en in elke nodige taal\n"
            "Organiseer twee tot vier weken lang een stemming, online en ter plaatse\n"
            "Maak de resultaten bekend en voer de winnende projecten uit\n"
            "Breng verslag uit over de uitvoering en evalueer de spelregels voor de volgende "
            "cyclus",
            "Fixer l’enveloppe, le règlement et le calendrier, et les faire adopter par le "
            "conseil\n"
            "Lancer l’appel à projets, avec des ateliers pour aider à rédiger les "
            "propositions\n"
            "Vérifier faisabilité et coût avec les services concernés, en motivant chaque "
            "refus\n"
            "Présenter les projets recevables dans chaque quartier et dans les langues "
            "utiles\n"
            "Organiser le vote en ligne et sur place pendant deux à quatre semaines\n"
            "Annoncer les résultats et réaliser les projets lauréats\n"
            "Rendre compte de l’avancement et évaluer le règlement avant le cycle suivant",
            "Set the envelope, the rules and the calendar, and have the council adopt them\n"
            "Launch the call for projects, with workshops to help people write proposals\n"
            "Check feasibility and cost with the departments concerned, explaining any "
            "refusal\n"
            "Present the eligible projects in every neighbourhood and in the languages "
            "needed\n"
            "Run the vote online and in person for two to four weeks\n"
            "Announce the results and carry out the winning projects\n"
            "Report on progress and review the rules before the next cycle",
        ),
        "duration": "year",
        "duration_note": (
            "Een jaarlijkse cyclus: oproep in het najaar, stemming in de lente, uitvoering "
            "binnen achttien maanden",
            "Un cycle annuel : appel à l’automne, vote au printemps, réalisation dans les "
            "dix-huit mois",
            "An annual cycle: call in autumn, vote in spring, delivery within eighteen months",
        ),
        "budget_range": "very_high",
        "group_size": "very_large",
        "level": "co-decide",
        "themes": ["democracy", "public-space", "social-cohesion"],
        "stages": ["design", "mobilisation", "running", "feedback"],
        "strengths": (
            "Bewoners zien het resultaat van hun stem in hun straat\n"
            "Bereikt mensen die niet naar klassieke inspraakmomenten komen\n"
            "Indieners en verenigingen leren elkaar kennen en werken vaak samen\n"
            "Versterkt het vertrouwen in de administratie als projecten op tijd klaar zijn",
            "Les habitants voient le résultat de leur vote dans leur rue\n"
            "Mobilise des personnes absentes des consultations classiques\n"
            "Porteurs de projets et associations se rencontrent et collaborent souvent\n"
            "Renforce la confiance envers l’administration quand les projets aboutissent à "
            "temps",
            "Residents see the result of their vote in their own street\n"
            "Reaches people who stay away from conventional consultations\n"
            "Project holders and associations meet and often end up working together\n"
            "Builds trust in the administration when projects are delivered on time",
        ),
        "pitfalls": (
            "Goed georganiseerde groepen kunnen de stemming domineren; voorzie ondersteuning "
            "in elke wijk\n"
            "Trage uitvoering van winnende projecten kost snel geloofwaardigheid\n"
            "Een te klein budget voelt symbolisch aan\n"
            "Projecten beoordelen en uitvoeren vraagt meer personeelstijd dan verwacht",
            "Des groupes bien organisés peuvent capter le vote ; prévoyez un soutien dans "
            "chaque quartier\n"
            "La lenteur de réalisation des projets lauréats ruine vite la crédibilité\n"
            "Une enveloppe trop modeste paraît symbolique\n"
            "L’analyse et la réalisation des projets demandent plus de temps de travail que "
            "prévu",
            "Well-organised groups can capture the vote; provide support in every "
            "neighbourhood\n"
            "Slow delivery of the winning projects quickly erodes credibility\n"
            "An envelope that is too small feels merely symbolic\n"
            "Assessing and delivering projects takes more staff time than expected",
        ),
    },
    "public-consultation": {
        "description": (
            "<p>Bij een openbare raadpleging kan iedereen gedurende een vaste periode "
            "reageren op een ontwerp: een mobiliteitsplan, een richtplan voor een wijk, een "
            "reglement. Reacties komen binnen via een onlineformulier, per e-mail of per "
            "brief, en tijdens infosessies en zitdagen waar ambtenaren met de plannen op "
            "tafel vragen beantwoorden.</p>"
            "<p>In Brussel is een deel van de raadplegingen wettelijk verplicht, zoals het "
            "openbaar onderzoek bij vergunningsaanvragen en gewestelijke plannen; andere "
            "zijn vrijwillig. In beide gevallen hangt de waarde af van wat er na de "
            "sluitingsdatum gebeurt.</p>"
            "<h3>Wat het doet werken</h3>"
            "<ul>"
            "<li>Een ontwerp dat nog kan veranderen, in eenvoudige taal voorgesteld, met "
            "kaarten en een samenvatting van enkele bladzijden.</li>"
            "<li>Meerdere manieren om te reageren, ook op papier en in persoon, minstens in "
            "het Nederlands en het Frans.</li>"
            "<li>Een verslag dat de reacties per thema groepeert en telkens zegt wat er "
            "aangepast werd, of waarom niet.</li>"
            "</ul>",
            "<p>Une consultation publique permet à chacun de réagir, pendant une période "
            "déterminée, à un projet : un plan de mobilité, un schéma directeur de quartier, "
            "un règlement. Les avis arrivent par un formulaire en ligne, par courriel ou par "
            "courrier, et lors de séances d’information et de permanences où des agents "
            "répondent aux questions, plans sur la table.</p>"
            "<p>À Bruxelles, certaines consultations sont imposées par la loi, comme "
            "l’enquête publique sur les demandes de permis et les plans régionaux ; d’autres "
            "sont volontaires. Dans les deux cas, leur valeur dépend de ce qui se passe "
            "après la date de clôture.</p>"
            "<h3>Ce qui la fait fonctionner</h3>"
            "<ul>"
            "<li>Un projet encore modifiable, présenté en langage clair, avec des cartes et "
            "un résumé de quelques pages.</li>"
            "<li>Plusieurs façons de réagir, y compris sur papier et en personne, au moins en "
            "français et en néerlandais.</li>"
            "<li>Un rapport qui regroupe les avis par thème et indique, pour chacun, ce qui a "
            "été modifié ou pourquoi rien ne l’a été.</li>"
            "</ul>",
            "<p>A public consultation lets anyone respond to a draft during a set period: a "
            "mobility plan, a neighbourhood masterplan, a regulation. Comments come in "
            "through an online form, by e-mail or by letter, and at information sessions and "
            "drop-in hours where officials answer questions with the plans on the "
            "table.</p>"
            "<p>In Brussels, some consultations are required by law, such as the public "
            "inquiry on planning applications and regional plans; others are voluntary. "
            "Either way, their value depends on what happens after the closing date.</p>"
            "<h3>What makes it work</h3>"
            "<ul>"
            "<li>A draft that can still change, presented in plain language with maps and a "
            "summary of a few pages.</li>"
            "<li>Several ways to respond, including on paper and in person, in French and "
            "Dutch at least.</li>"
            "<li>A report that groups the comments by theme and states, for each, what was "
            "changed or why not.</li>"
            "</ul>",
        ),
        "when_to_use": (
            "Gebruik een openbare raadpleging wanneer een ontwerp ver genoeg staat om erop "
            "te reageren maar nog aangepast kan worden, en u een breed publiek wilt horen in "
            "plaats van een kleine groep. Ze past bij plannen en reglementen die veel mensen "
            "raken, zoals een gemeentelijk mobiliteitsplan of een herinrichtingsproject. "
            "Op zich bereikt ze vooral wie al goed geïnformeerd is; combineer ze dus met "
            "actieve werving of een workshop als de meest betrokkenen moeilijk te bereiken "
            "zijn.",
            "Recourez à une consultation publique quand un projet est assez avancé pour "
            "qu’on puisse y réagir mais encore modifiable, et que vous voulez entendre un "
            "large public plutôt qu’un petit groupe. Elle convient aux plans et règlements "
            "qui touchent beaucoup de monde, comme un plan communal de mobilité ou un projet "
            "de réaménagement. Seule, elle touche surtout les personnes déjà informées : "
            "associez-la à une mobilisation de terrain ou à un atelier si les premiers "
            "concernés sont difficiles à atteindre.",
            "Use a public consultation when a draft is far enough along to respond to but "
            "can still be amended, and you need to hear from a wide public rather than a "
            "small group. It suits plans and regulations that affect many people, such as a "
            "communal mobility plan or a redevelopment scheme. On its own it mostly reaches "
            "people who are already well informed, so combine it with outreach or a workshop "
            "when those most affected are hard to reach.",
        ),
        "steps": (
            "Maak een leesbare samenvatting van het ontwerp, met kaarten, in de nodige talen\n"
            "Kondig de periode, de kanalen en de sluitingsdatum aan\n"
            "Open het onlineformulier en leg papieren formulieren in openbare gebouwen\n"
            "Houd minstens één infosessie en enkele zitdagen ter plaatse\n"
            "Sorteer en analyseer de reacties per thema\n"
            "Publiceer een antwoordverslag met wat er aangepast werd en waarom\n"
            "Bezorg het aan iedereen die reageerde",
            "Préparer un résumé lisible du projet, avec cartes, dans les langues utiles\n"
            "Annoncer la période, les canaux et la date de clôture\n"
            "Ouvrir le formulaire en ligne et déposer des formulaires papier dans les "
            "bâtiments publics\n"
            "Tenir au moins une séance d’information et quelques permanences sur place\n"
            "Trier et analyser les avis par thème\n"
            "Publier un rapport de réponse indiquant ce qui a été modifié et pourquoi\n"
            "L’envoyer à toutes les personnes qui ont réagi",
            "Prepare a readable summary of the draft, with maps, in the languages needed\n"
            "Announce the period, the channels and the closing date\n"
            "Open the online form and put paper forms in public buildings\n"
            "Hold at least one information session and a few drop-in hours on site\n"
            "Sort and analyse the comments by theme\n"
            "Publish a response report stating what was changed and why\n"
            "Send it to everyone who responded",
        ),
        "duration": "weeks",
        "duration_note": (
            "Een reactieperiode van 30 tot 60 dagen, daarna twee à drie maanden voor "
            "analyse en antwoord",
            "Une période d’avis de 30 à 60 jours, puis deux à trois mois d’analyse et de réponse",
            "A comment period of 30 to 60 days, then two to three months of analysis and response",
        ),
        "budget_range": "medium",
        "group_size": "very_large",
        "level": "consult",
        "themes": ["urban-planning", "mobility", "climate"],
        "stages": ["running", "feedback"],
        "strengths": (
            "Staat open voor iedereen en vraagt weinig moeite om deel te nemen\n"
            "Brengt problemen en lokale kennis boven die de ontwerpers gemist hadden\n"
            "Laat een schriftelijk spoor na waarop de overheid aanspreekbaar is\n"
            "Relatief goedkoop voor het aantal mensen dat u bereikt",
            "Ouverte à tous, elle demande peu d’effort pour participer\n"
            "Fait remonter des problèmes et des savoirs locaux ignorés des concepteurs\n"
            "Laisse une trace écrite qui engage la responsabilité de l’autorité\n"
            "Relativement peu coûteuse au regard du nombre de personnes touchées",
            "Open to everyone, with little effort needed to take part\n"
            "Brings out problems and local knowledge the designers had missed\n"
            "Leaves a written record that holds the authority to account\n"
            "Relatively inexpensive for the number of people reached",
        ),
        "pitfalls": (
            "Bereikt vooral bewoners die al geïnformeerd en mondig zijn\n"
            "Raadplegen over een ontwerp dat niet meer kan veranderen, kweekt cynisme\n"
            "Honderden reacties analyseren duurt weken; plan de personeelstijd in\n"
            "Zonder gepubliceerd antwoord besluiten deelnemers dat niemand hen las",
            "Touche surtout des habitants déjà informés et à l’aise à l’écrit\n"
            "Consulter sur un projet qui ne peut plus bouger nourrit le cynisme\n"
            "Analyser des centaines d’avis prend des semaines ; prévoyez le temps des "
            "agents\n"
            "Sans réponse publiée, les participants concluent que personne ne les a lus",
            "Mostly reaches residents who are already informed and articulate\n"
            "Consulting on a draft that can no longer change breeds cynicism\n"
            "Hundreds of comments take weeks to analyse; plan the staff time\n"
            "Without a published response, participants conclude that nobody read them",
        ),
    },
    "co-design-workshop": {
        "description": (
            "<p>In een co-creatieworkshop werken bewoners, gebruikers, ontwerpers en de "
            "diensten die het resultaat zullen beheren aan dezelfde tafel aan een concrete "
            "plek of dienst: een plein, een speelplaats, het onthaal van een gemeentehuis. "
            "In plaats van te reageren op een afgewerkt plan tekenen de deelnemers, "
            "verschuiven ze elementen op een maquette, testen ze scenario’s en wegen ze "
            "opties af samen met de vakmensen.</p>"
            "<p>Een reeks telt doorgaans drie workshops van ongeveer drie uur: de plek en "
            "haar gebruik begrijpen, mogelijkheden verkennen, en ten slotte een scenario "
            "kiezen en verfijnen. Tussen de sessies verwerken de ontwerpers de resultaten in "
            "tekeningen en brengen ze die mee terug, zodat deelnemers hun ideeën vorm zien "
            "krijgen.</p>"
            "<h3>Praktische tips</h3>"
            "<ul>"
            "<li>Werk aan tafels van zes tot acht, elk met een begeleider en een plan op "
            "grote schaal of een maquette.</li>"
            "<li>Betrek de onderhouds- en beheersdiensten van bij het begin: zij weten wat "
            "standhoudt.</li>"
            "<li>Leg de beperkingen open op tafel: budget, leidingen in de ondergrond, "
            "toegang voor de brandweer.</li>"
            "</ul>",
            "<p>Dans un atelier de co-conception, habitants, usagers, concepteurs et services "
            "qui géreront le résultat travaillent à la même table sur un lieu ou un service "
            "concret : une place, une cour de récréation, l’accueil d’une maison communale. "
            "Plutôt que de réagir à un plan achevé, les participants dessinent, déplacent "
            "des éléments sur une maquette, testent des scénarios et pèsent les options avec "
            "les professionnels.</p>"
            "<p>Une série compte en général trois ateliers d’environ trois heures : "
            "comprendre le lieu et ses usages, explorer des pistes, puis choisir et affiner "
            "un scénario. Entre les séances, les concepteurs traduisent les résultats en "
            "dessins et les rapportent, pour que les participants voient leurs idées prendre "
            "forme.</p>"
            "<h3>Conseils pratiques</h3>"
            "<ul>"
            "<li>Travaillez par tables de six à huit, chacune avec un animateur et un plan à "
            "grande échelle ou une maquette.</li>"
            "<li>Associez dès le départ les services d’entretien et de gestion : ils savent "
            "ce qui tiendra dans la durée.</li>"
            "<li>Mettez franchement les contraintes sur la table : budget, impétrants en "
            "sous-sol, accès des pompiers.</li>"
            "</ul>",
            "<p>In a co-design workshop, residents, users, designers and the departments that "
            "will manage the result work at the same table on a concrete place or service: a "
            "square, a school playground, the reception desk of a town hall. Rather than "
            "reacting to a finished plan, participants draw, move pieces around a model, "
            "test scenarios and weigh up options with the professionals.</p>"
            "<p>A typical series has three workshops of about three hours each: "
            "understanding the site and how it is used, exploring options, then choosing "
            "and refining a scenario. Between sessions the designers turn the results into "
            "drawings and bring them back, so participants see their ideas taking "
            "shape.</p>"
            "<h3>Practical tips</h3>"
            "<ul>"
            "<li>Work at tables of six to eight, each with a facilitator and a large-scale "
            "plan or a model.</li>"
            "<li>Involve the maintenance and management departments from the start: they "
            "know what will last.</li>"
            "<li>Put the constraints openly on the table: budget, underground utilities, "
            "fire brigade access.</li>"
            "</ul>",
        ),
        "when_to_use": (
            "Kies co-creatie als een project nog in de schetsfase zit en de toekomstige "
            "gebruikers kennis hebben die de ontwerpers nodig hebben. Ze past bij de "
            "heraanleg van een plein, een park, een speelplaats of een buurtvoorziening, "
            "bijvoorbeeld binnen een duurzaam wijkcontract. Ze vraagt een ontwerpteam dat "
            "open wil werken en het engagement om het gekozen scenario echt verder uit te "
            "werken. Zodra de plannen voor een vergunning ingediend zijn, is het te laat.",
            "Optez pour la co-conception quand un projet en est au stade de l’esquisse et "
            "que les futurs usagers détiennent un savoir dont les concepteurs ont besoin. "
            "Elle convient au réaménagement d’une place, d’un parc, d’une plaine de jeux ou "
            "d’un équipement de quartier, par exemple dans le cadre d’un contrat de quartier "
            "durable. Elle suppose une équipe de conception prête à travailler à livre "
            "ouvert et l’engagement de poursuivre le scénario retenu. Une fois les plans "
            "déposés pour un permis, il est trop tard.",
            "Use co-design when a project is still at the sketch stage and the people who "
            "will use the place or service have knowledge the designers need. It suits the "
            "redevelopment of a square, a park, a playground or a community facility, for "
            "instance within a sustainable neighbourhood contract. It needs a design team "
            "willing to work in the open and a commitment to take the chosen scenario "
            "forward. Once the plans have been submitted for a permit, it is too late.",
        ),
        "steps": (
            "Spreek met het ontwerpteam af wat nog open ligt en welke beperkingen gelden\n"
            "Nodig een mix uit van bewoners, gebruikers, verenigingen en betrokken diensten\n"
            "Workshop 1: breng gebruik, problemen en wensen in kaart op het plan van de plek\n"
            "Workshop 2: verken twee of drie scenario’s met plannen en maquettes\n"
            "Laat de ontwerpers de resultaten tussen de workshops uittekenen\n"
            "Workshop 3: kies en verfijn een scenario en noteer de punten van onenigheid\n"
            "Stel het definitieve ontwerp publiek voor en licht de keuzes toe",
            "Convenir avec l’équipe de conception de ce qui reste ouvert et des contraintes\n"
            "Inviter un mélange d’habitants, d’usagers, d’associations et de services "
            "concernés\n"
            "Atelier 1 : repérer usages, problèmes et souhaits sur le plan du site\n"
            "Atelier 2 : explorer deux ou trois scénarios à l’aide de plans et de maquettes\n"
            "Laisser les concepteurs mettre les résultats en dessin entre les ateliers\n"
            "Atelier 3 : choisir et affiner un scénario, en notant les points de désaccord\n"
            "Présenter publiquement le projet final et expliquer les choix",
            "Agree with the design team on what remains open and which constraints apply\n"
            "Invite a mix of residents, users, associations and the departments concerned\n"
            "Workshop 1: map uses, problems and wishes on the site plan\n"
            "Workshop 2: explore two or three scenarios with plans and models\n"
            "Have the designers work the results into drawings between workshops\n"
            "Workshop 3: choose and refine a scenario, noting points of disagreement\n"
            "Present the final design in public and explain the choices made",
        ),
        "duration": "weeks",
        "duration_note": (
            "Drie workshops van drie uur, gespreid over zes tot tien weken",
            "Trois ateliers de trois heures répartis sur six à dix semaines",
            "Three three-hour workshops spread over six to ten weeks",
        ),
        "budget_range": "medium",
        "group_size": "medium",
        "level": "co-construct",
        "themes": ["public-space", "urban-planning", "youth-education"],
        "stages": ["design", "running"],
        "strengths": (
            "Benut de dagelijkse kennis van wie de plek het best kent\n"
            "Ontwerpen zijn begrepen en aanvaard nog voor de werken starten\n"
            "Vakmensen en bewoners leren elkaars beperkingen begrijpen\n"
            "Kinderen en jongeren kunnen meedoen met aangepaste werkvormen",
            "Mobilise le savoir d’usage de celles et ceux qui connaissent le mieux le lieu\n"
            "Des projets compris et acceptés avant le début des travaux\n"
            "Professionnels et habitants apprennent à comprendre leurs contraintes "
            "respectives\n"
            "Enfants et jeunes peuvent participer grâce à des outils adaptés",
            "Draws on the everyday knowledge of the people who know the place best\n"
            "Designs are understood and accepted before the works begin\n"
            "Professionals and residents learn to understand each other’s constraints\n"
            "Children and young people can take part with adapted tools",
        ),
        "pitfalls": (
            "Ontwerpers die met een afgewerkt plan komen, maken van de workshop een "
            "presentatie\n"
            "Zonder brede werving zitten telkens dezelfde mondige bewoners aan tafel\n"
            "Verwachtingen stijgen snel; wees duidelijk over budget en wat nog kan "
            "veranderen\n"
            "Als de werken lang op zich laten wachten, verliezen deelnemers de draad",
            "Des concepteurs qui arrivent avec un plan bouclé transforment l’atelier en "
            "présentation\n"
            "Sans recrutement large, ce sont toujours les mêmes habitants qui s’expriment\n"
            "Les attentes montent vite ; soyez clairs sur le budget et ce qui peut encore "
            "changer\n"
            "Si les travaux tardent trop, les participants perdent le fil",
            "Designers who arrive with a finished plan turn the workshop into a "
            "presentation\n"
            "Without broad recruitment, the same vocal residents attend every session\n"
            "Expectations rise fast; be clear about the budget and what can still change\n"
            "Long delays before the works make participants lose track",
        ),
    },
    "neighbourhood-walk": {
        "description": (
            "<p>Tijdens een wijkwandeling legt een kleine groep van 8 tot 15 mensen een "
            "traject van één à twee kilometer af, met geregelde haltes. De deelnemers kijken "
            "en noteren wat werkt en wat niet: smalle stoepen, donkere hoeken, kapotte "
            "banken, ontbrekende oversteekplaatsen, aangename plekken die het waard zijn om "
            "te behouden. Foto’s en een kaart waarop onderweg aantekeningen komen, voeden "
            "het gesprek achteraf.</p>"
            "<p>In Franstalig Brussel verwijst ‘marche exploratoire’ ook naar wandelingen "
            "met vrouwen om te beoordelen hoe veilig en uitnodigend de openbare ruimte "
            "aanvoelt, een praktijk die in verschillende gemeenten ingeburgerd is. Dezelfde "
            "aanpak werkt met ouderen, ouders met een kinderwagen, rolstoelgebruikers of "
            "kinderen: elk van hen ziet de straat anders.</p>"
            "<h3>Goed om te weten</h3>"
            "<ul>"
            "<li>Wandel op het moment dat ertoe doet: na donker voor de verlichting, bij het "
            "begin of einde van de schooldag voor het verkeer.</li>"
            "<li>Nodig de ambtenaren uit die bevoegd zijn voor wegen, netheid en "
            "verlichting: zo zien ze de problemen met eigen ogen.</li>"
            "<li>Sluit af in een zaal in de buurt, met iets te drinken, om de vaststellingen "
            "op te lijsten en te rangschikken.</li>"
            "</ul>",
            "<p>Lors d’une marche exploratoire, un petit groupe de 8 à 15 personnes parcourt "
            "un itinéraire d’un à deux kilomètres, avec des arrêts réguliers. Les "
            "participants observent et notent ce qui fonctionne et ce qui ne va pas : "
            "trottoirs étroits, recoins sombres, bancs cassés, traversées manquantes, lieux "
            "agréables à préserver. Des photos et une carte annotée en chemin nourrissent la "
            "discussion qui suit.</p>"
            "<p>La marche exploratoire est née pour évaluer avec des femmes le sentiment de "
            "sécurité et d’accueil dans l’espace public, une pratique bien ancrée dans "
            "plusieurs communes bruxelloises. La même démarche fonctionne avec des aînés, "
            "des parents avec poussette, des personnes en fauteuil roulant ou des enfants : "
            "chacun voit la rue autrement.</p>"
            "<h3>Bon à savoir</h3>"
            "<ul>"
            "<li>Marchez au moment qui compte : à la nuit tombée pour l’éclairage, aux "
            "heures d’entrée et de sortie d’école pour la circulation.</li>"
            "<li>Invitez les agents chargés de la voirie, de la propreté et de l’éclairage : "
            "ils constatent les problèmes par eux-mêmes.</li>"
            "<li>Terminez dans une salle proche, autour d’un verre, pour lister et "
            "hiérarchiser les observations.</li>"
            "</ul>",
            "<p>On a neighbourhood walk, a small group of 8 to 15 people follows a route of "
            "one to two kilometres with regular stops. Participants observe and note what "
            "works and what does not: narrow pavements, dark corners, broken benches, "
            "missing crossings, pleasant spots worth keeping. Photos and a map marked up "
            "along the way feed the discussion afterwards.</p>"
            "<p>In French-speaking Brussels, the ‘marche exploratoire’ also refers to walks "
            "with women to assess how safe and welcoming public space feels, a practice well "
            "established in several communes. The same approach works with older people, "
            "parents with pushchairs, wheelchair users or children, each of whom sees the "
            "street differently.</p>"
            "<h3>Good to know</h3>"
            "<ul>"
            "<li>Walk at the time of day that matters: after dark for lighting, at the start "
            "or end of the school day for traffic.</li>"
            "<li>Invite the officials in charge of roads, cleaning and lighting, so they see "
            "the problems first-hand.</li>"
            "<li>Finish in a nearby room over a drink, to list and rank the "
            "observations.</li>"
            "</ul>",
        ),
        "when_to_use": (
            "Organiseer een wijkwandeling aan het begin van een project, om samen een "
            "diagnose van een straat, een plein of een route op te maken voor er een plan "
            "getekend wordt. Ze is ook nuttig na de werken, om met bewoners na te gaan of de "
            "ingrepen werken. Ze past bij vragen over veiligheid, toegankelijkheid, wandelen "
            "en fietsen, netheid en groen. Ze is goedkoop en snel georganiseerd, maar dekt "
            "een beperkt gebied en een kleine groep; combineer ze dus met andere methodes "
            "voor bredere keuzes.",
            "Organisez une marche exploratoire au début d’un projet, pour établir un "
            "diagnostic partagé d’une rue, d’une place ou d’un itinéraire avant que le "
            "moindre plan soit dessiné. Elle est aussi utile après les travaux, pour vérifier "
            "avec les habitants que les aménagements tiennent leurs promesses. Elle convient "
            "aux questions de sécurité, d’accessibilité, de marche et de vélo, de propreté et "
            "de verdurisation. Peu coûteuse et vite organisée, elle couvre toutefois un "
            "périmètre et un groupe restreints : combinez-la avec d’autres méthodes pour des "
            "choix plus larges.",
            "Use a neighbourhood walk at the start of a project, to build a shared diagnosis "
            "of a street, a square or a route before any plan is drawn. It is also useful "
            "after the works, to check with residents whether the changes deliver. It suits "
            "questions of safety, accessibility, walking and cycling, cleanliness and "
            "greenery. It is cheap and quick to organise, but it covers a limited area and a "
            "small group, so combine it with other methods when broader choices are at "
            "stake.",
        ),
        "steps": (
            "Kies met lokale partners een thema, het traject en de haltes\n"
            "Nodig een kleine groep uit, met mensen die de buurt op verschillende manieren "
            "gebruiken\n"
            "Geef iedereen een kaart, een notitieblad en zo mogelijk een fototoestel of gsm\n"
            "Wandel anderhalf tot twee uur en bespreek de vaststellingen bij elke halte\n"
            "Kom samen in een zaal in de buurt om de vaststellingen op te lijsten, te "
            "situeren en te rangschikken\n"
            "Schrijf een kort verslag met foto’s en kaart en bezorg het aan de betrokken "
            "diensten\n"
            "Wandel het traject opnieuw na de werken om de veranderingen te toetsen",
            "Choisir avec des partenaires locaux un thème, l’itinéraire et les arrêts\n"
            "Inviter un petit groupe de personnes qui vivent le quartier de façons "
            "différentes\n"
            "Remettre à chacun une carte, une fiche d’observation et si possible un appareil "
            "photo ou un smartphone\n"
            "Marcher une heure et demie à deux heures en discutant à chaque arrêt\n"
            "Se retrouver dans une salle proche pour lister, localiser et hiérarchiser les "
            "observations\n"
            "Rédiger un court rapport avec photos et carte, et l’adresser aux services "
            "concernés\n"
            "Refaire le parcours après les travaux pour vérifier les changements",
            "Choose a theme, the route and the stops with local partners\n"
            "Invite a small group, including people who use the area in different ways\n"
            "Give everyone a map, a note sheet and, if possible, a camera or phone\n"
            "Walk for ninety minutes to two hours, discussing what you see at each stop\n"
            "Meet in a nearby room to list, locate and rank the observations\n"
            "Write a short report with photos and a map, and send it to the departments "
            "concerned\n"
            "Walk the route again after the works to check the changes",
        ),
        "duration": "hours",
        "duration_note": (
            "Anderhalf tot twee uur wandelen, daarna een uur samen om de vaststellingen te delen",
            "Une heure et demie à deux heures de marche, puis une heure ensemble pour mettre "
            "en commun",
            "A walk of ninety minutes to two hours, then an hour together to share observations",
        ),
        "budget_range": "low",
        "group_size": "small",
        "level": "consult",
        "themes": ["public-space", "mobility", "health-welfare"],
        "stages": ["framing", "running", "evaluation"],
        "strengths": (
            "Goedkoop, snel georganiseerd en makkelijk te herhalen\n"
            "Verankert het gesprek in wat mensen echt zien en beleven\n"
            "Brengt bewoners en ambtenaren op gelijke voet samen op straat\n"
            "Toont problemen die niet op plannen staan, zoals angst of ongemak",
            "Peu coûteuse, vite organisée et facile à répéter\n"
            "Ancre la discussion dans ce que les gens voient et vivent réellement\n"
            "Réunit habitants et agents sur un pied d’égalité, dans la rue\n"
            "Révèle des problèmes invisibles sur les plans, comme la peur ou l’inconfort",
            "Cheap, quick to organise and easy to repeat\n"
            "Grounds the discussion in what people actually see and experience\n"
            "Brings residents and officials together on equal terms in the street\n"
            "Reveals problems that do not show on plans, such as fear or discomfort",
        ),
        "pitfalls": (
            "Een kleine groep kan de ervaring van andere gebruikers missen; varieer de "
            "wandelingen\n"
            "Slecht weer of een ontoegankelijk traject sluit sommige deelnemers uit\n"
            "Vaststellingen zonder opvolging door de diensten ontmoedigen bewoners snel\n"
            "Wie alleen overdag wandelt, mist de problemen van de avond",
            "Un petit groupe peut passer à côté de l’expérience d’autres usagers ; variez les "
            "marches\n"
            "La pluie ou un parcours peu accessible excluent certains participants\n"
            "Des constats sans suite de la part des services découragent vite les habitants\n"
            "Marcher uniquement de jour masque les problèmes du soir",
            "A small group can miss the experience of other users; vary the walks\n"
            "Bad weather or a route with poor access shuts some participants out\n"
            "Observations with no follow-up from the departments quickly discourage "
            "residents\n"
            "Walking only in daylight hides the problems of the evening",
        ),
    },
    "world-cafe": {
        "description": (
            "<p>Een world café bootst de sfeer van een café na: deelnemers zitten aan tafels "
            "van vier tot zes, met een papieren tafellaken om op te schrijven en te tekenen. "
            "Elke ronde van 20 tot 30 minuten behandelt één vraag. Na elke ronde schuift "
            "iedereen door naar een andere tafel, behalve een gastvrouw of gastheer die "
            "blijft zitten en de nieuwkomers het vorige gesprek samenvat. Zo bestuiven de "
            "ideeën elkaar doorheen de zaal.</p>"
            "<p>Na drie of vier rondes haalt een plenaire oogst de terugkerende thema’s, de "
            "verrassingen en de open vragen naar boven. De werkvorm werkt met twintig "
            "mensen en met honderdvijftig, en laat iedereen aan het woord, ook wie in een "
            "plenaire vergadering nooit het woord zou nemen.</p>"
            "<h3>Sleutels tot succes</h3>"
            "<ul>"
            "<li>Open, concrete vragen die van ronde tot ronde op elkaar voortbouwen.</li>"
            "<li>Tafelgastheren en -vrouwen die vooraf gebrieft zijn, zo nodig één per "
            "taalgroep.</li>"
            "<li>Iemand die de tafellakens fotografeert en de oogst de dag nadien "
            "uitschrijft.</li>"
            "</ul>",
            "<p>Un world café recrée l’ambiance d’un café : les participants s’installent "
            "par tables de quatre à six, autour d’une nappe en papier sur laquelle on écrit "
            "et on dessine. Chaque tour de 20 à 30 minutes porte sur une question. À la fin "
            "d’un tour, chacun change de table, sauf un hôte qui reste et résume aux "
            "nouveaux venus l’échange précédent. Les idées circulent ainsi d’une table à "
            "l’autre.</p>"
            "<p>Après trois ou quatre tours, une récolte en plénière fait ressortir les "
            "thèmes récurrents, les surprises et les questions ouvertes. La formule "
            "fonctionne à vingt comme à cent cinquante, et donne la parole à chacun, y "
            "compris à celles et ceux qui ne la prendraient jamais en séance plénière.</p>"
            "<h3>Les clés de la réussite</h3>"
            "<ul>"
            "<li>Des questions ouvertes, concrètes, qui s’enchaînent d’un tour à "
            "l’autre.</li>"
            "<li>Des hôtes de table préparés à l’avance, au besoin un par groupe "
            "linguistique.</li>"
            "<li>Une personne qui photographie les nappes et rédige la récolte dès le "
            "lendemain.</li>"
            "</ul>",
            "<p>A world café recreates the atmosphere of a café: participants sit at tables "
            "of four to six, with a paper tablecloth to write and draw on. Each round of 20 "
            "to 30 minutes deals with one question. At the end of a round everyone moves to "
            "another table, except for a host who stays behind and sums up the previous "
            "conversation for the newcomers. In this way ideas cross-pollinate around the "
            "room.</p>"
            "<p>After three or four rounds, a plenary harvest brings out the recurring "
            "themes, the surprises and the open questions. The format works with twenty "
            "people and with a hundred and fifty, and it gives everyone a voice, including "
            "those who would never speak up in a plenary meeting.</p>"
            "<h3>Keys to success</h3>"
            "<ul>"
            "<li>Open, concrete questions that build on each other from one round to the "
            "next.</li>"
            "<li>Table hosts briefed in advance, one per language group where needed.</li>"
            "<li>Someone to photograph the tablecloths and write up the harvest the next "
            "day.</li>"
            "</ul>",
        ),
        "when_to_use": (
            "Gebruik een world café om een onderwerp open te trekken, veel uiteenlopende "
            "ideeën te verzamelen of aan het begin van een traject een gedeeld beeld op te "
            "bouwen, bijvoorbeeld bij de start van een duurzaam wijkcontract of om "
            "prioriteiten te bepalen voor een buurthuis. Het past bij groepen van 20 tot 150 "
            "mensen op één avond. Het is geen beslissingsinstrument: het levert ideeën en "
            "thema’s op, die u daarna met andere methodes verder uitwerkt.",
            "Recourez au world café pour ouvrir un sujet, recueillir une grande variété "
            "d’idées ou construire une vision commune au début d’une démarche, par exemple "
            "au lancement d’un contrat de quartier durable ou pour fixer les priorités d’une "
            "maison de quartier. Il convient à des groupes de 20 à 150 personnes, le temps "
            "d’une soirée. Ce n’est pas un outil de décision : il produit des idées et des "
            "thèmes, qu’il faudra ensuite approfondir avec d’autres méthodes.",
            "Use a world café to open up a subject, gather a wide range of ideas or build a "
            "shared picture at the start of a process, for instance when launching a "
            "sustainable neighbourhood contract or setting priorities for a community "
            "centre. It suits groups of 20 to 150 people in a single evening. It is not a "
            "decision-making tool: it produces ideas and themes, which you then need to work "
            "out further with other methods.",
        ),
        "steps": (
            "Formuleer drie of vier open vragen die op elkaar voortbouwen\n"
            "Richt de zaal in: tafels van vier tot zes, papieren tafellakens, stiften, een "
            "welkomstdrankje\n"
            "Brief de tafelgastheren en -vrouwen over hun rol en de vragen\n"
            "Leg de spelregels uit en start de eerste ronde van 20 tot 30 minuten\n"
            "Wissel van tafel bij elke nieuwe ronde; de gastheer of gastvrouw vat het vorige "
            "gesprek samen\n"
            "Houd een plenaire oogst van terugkerende thema’s en open vragen\n"
            "Fotografeer de tafellakens en bezorg deelnemers binnen een week de synthese",
            "Formuler trois ou quatre questions ouvertes qui s’enchaînent\n"
            "Préparer la salle : tables de quatre à six, nappes en papier, marqueurs, boisson "
            "d’accueil\n"
            "Briefer les hôtes de table sur leur rôle et sur les questions\n"
            "Expliquer les règles et lancer le premier tour de 20 à 30 minutes\n"
            "Changer de table à chaque tour, l’hôte résumant l’échange précédent\n"
            "Organiser une récolte en plénière des thèmes récurrents et des questions "
            "ouvertes\n"
            "Photographier les nappes et envoyer la synthèse aux participants dans la semaine",
            "Write three or four open questions that build on each other\n"
            "Set up the room: tables of four to six, paper tablecloths, markers, a welcome "
            "drink\n"
            "Brief the table hosts on their role and the questions\n"
            "Explain the rules and start the first round of 20 to 30 minutes\n"
            "Change tables for each new round, with the host summing up the previous "
            "conversation\n"
            "Hold a plenary harvest of recurring themes and open questions\n"
            "Photograph the tablecloths and send participants the summary within a week",
        ),
        "duration": "hours",
        "duration_note": (
            "Eén avond van twee en een half tot drie uur, plus een dag voorbereiding en verslag",
            "Une soirée de deux heures et demie à trois heures, plus une journée de "
            "préparation et de synthèse",
            "One evening of two and a half to three hours, plus a day to prepare and write up",
        ),
        "budget_range": "low",
        "group_size": "large",
        "level": "consult",
        "themes": ["social-cohesion", "democracy", "culture"],
        "stages": ["framing", "running", "evaluation"],
        "strengths": (
            "Iedereen komt aan het woord, ook wie in het openbaar liever zwijgt\n"
            "Een ontspannen setting die past bij een gemengd en meertalig publiek\n"
            "Ideeën verspreiden zich door de zaal en bouwen op elkaar voort\n"
            "Goedkoop en makkelijk aan te passen aan 20 of 150 deelnemers",
            "Chacun prend la parole, y compris qui évite de s’exprimer en public\n"
            "Un cadre détendu, adapté à un public mélangé et multilingue\n"
            "Les idées circulent dans la salle et s’enrichissent mutuellement\n"
            "Peu coûteux et facile à adapter à 20 comme à 150 participants",
            "Everyone speaks, including people who avoid speaking in public\n"
            "A relaxed setting that suits a mixed, multilingual public\n"
            "Ideas spread around the room and build on each other\n"
            "Inexpensive and easy to adapt to 20 or 150 participants",
        ),
        "pitfalls": (
            "Vage vragen leveren vage gesprekken op\n"
            "Notities op tafellakens zijn moeilijk te verwerken zonder zorgvuldige oogst\n"
            "Levert ideeën op, geen beslissingen; zeg dat van bij het begin\n"
            "Taalgroepen blijven vaak apart zitten, tenzij de gastheren ze mengen",
            "Des questions floues donnent des échanges flous\n"
            "Les notes sur les nappes sont difficiles à exploiter sans récolte soignée\n"
            "Produit des idées, pas des décisions ; annoncez-le dès le départ\n"
            "Les groupes linguistiques restent souvent entre eux si les hôtes ne les "
            "mélangent pas",
            "Vague questions produce vague conversations\n"
            "Tablecloth notes are hard to use without a careful harvest\n"
            "Produces ideas, not decisions; say so from the start\n"
            "Language groups tend to keep to themselves unless the hosts mix them",
        ),
    },
}

HTML_FIELDS = ("description",)
TEXT_FIELDS = ("description", "when_to_use", "steps", "duration_note", "strengths", "pitfalls")

METHOD_SHEETS: dict[str, dict] = {
    slug: {
        key: typeset(value, html=key in HTML_FIELDS) if key in TEXT_FIELDS else value
        for key, value in sheet.items()
    }
    for slug, sheet in _SHEETS.items()
}
