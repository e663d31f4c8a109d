"""The texts of the demo initiatives: fictional Brussels participation initiatives, written for
this project in Dutch, French and English.

Each entry of ``INITIATIVES`` is a tuple::

    (slug, NIS code of the commune where it happens, scale, theme slugs, target group slugs,
     participation rung, method slugs, carrier type, carrier name, organisation slug or None,
     start date, end date or None, title (nl, fr, en), summary (nl, fr, en),
     what is specific about it (nl, fr, en))

Scale: "n" neighbourhood, "c" commune, "r" region. ``initiatives.demo`` composes the
description, stakeholders, timeline, outcome and lessons learned from the specific text and
the building blocks further down (per theme and per method).
"""

from __future__ import annotations

# One initiative's facts per line group, kept compact on purpose.
# fmt: off
INITIATIVES = [
    # --- Anderlecht ---------------------------------------------------------------------
    (
        "place-du-conseil-together", "21001", "n", ["urban-planning", "public-space"],
        ["residents", "children"], 3, ["co-design-workshop", "neighbourhood-walk"],
        "collective", "Collectif Quartier Midi", "quartier-midi", "2021-03-06", "2022-10-15",
        (
            "Het Raadsplein samen herdenken",
            "Repenser ensemble la place du Conseil",
            "Rethinking Place du Conseil together",
        ),
        (
            "Bewoners tekenden mee aan de heraanleg van een plein dat vooral als parking diende.",
            "Des habitants ont dessiné le réaménagement d’une place qui servait surtout de parking.",
            "Residents helped draw the redesign of a square that mostly served as a car park.",
        ),
        (
            "Kinderen van twee nabije scholen brachten hun eigen plannen mee en kregen een "
            "speelhoek waar eerst twintig parkeerplaatsen lagen.",
            "Les enfants de deux écoles voisines ont apporté leurs propres plans et ont obtenu "
            "un coin de jeux à la place de vingt places de stationnement.",
            "Children from two nearby schools brought their own plans and got a play corner "
            "where twenty parking spaces used to be.",
        ),
    ),
    (
        "cureghem-heat-map", "21001", "n", ["climate", "health-welfare"],
        ["residents", "seniors"], 2, ["participatory-mapping", "online-survey"],
        "association", "Cureghem Respire ASBL", None, "2023-05-15", "2023-11-30",
        (
            "Hittekaart van Kuregem",
            "Carte de chaleur de Cureghem",
            "A heat map of Cureghem",
        ),
        (
            "Bewoners brachten in kaart waar het in de zomer ondraaglijk warm wordt en waar "
            "ze verkoeling vinden.",
            "Les habitants ont cartographié les endroits où l’été devient étouffant et ceux où "
            "l’on trouve de la fraîcheur.",
            "Residents mapped where summer becomes unbearably hot and where they find relief.",
        ),
        (
            "Met eenvoudige thermometers op vensterbanken verzamelden dertig gezinnen een "
            "zomer lang metingen, die naast de ervaringen van oudere bewoners werden gelegd.",
            "Avec de simples thermomètres posés sur les rebords de fenêtre, trente familles "
            "ont relevé des mesures tout un été, croisées ensuite avec le vécu des aînés.",
            "With simple thermometers on their windowsills, thirty families took readings all "
            "summer, which were then set against the experience of older residents.",
        ),
    ),
    # --- Auderghem ----------------------------------------------------------------------
    (
        "auderghem-village-centre", "21002", "c", ["urban-planning", "economy"],
        ["residents", "businesses"], 2, ["public-consultation", "town-hall-meeting"],
        "public", "Commune d’Auderghem", None, "2022-01-17", "2022-06-30",
        (
            "Een nieuw hart voor het centrum van Oudergem",
            "Un nouveau cœur pour le centre d’Auderghem",
            "A new heart for the centre of Auderghem",
        ),
        (
            "De gemeente legde drie scenario’s voor de handelskern voor aan bewoners en "
            "handelaars.",
            "La commune a soumis trois scénarios pour le noyau commercial aux habitants et aux "
            "commerçants.",
            "The commune put three scenarios for the shopping centre to residents and "
            "shopkeepers.",
        ),
        (
            "Handelaars vreesden minder klanten zonder parkeerplaatsen; een telling van "
            "voetgangers en fietsers tijdens de raadpleging bracht het gesprek terug naar feiten.",
            "Les commerçants craignaient de perdre des clients sans stationnement ; un "
            "comptage des piétons et cyclistes pendant la consultation a ramené le débat aux faits.",
            "Shopkeepers feared losing customers without parking; a count of pedestrians and "
            "cyclists during the consultation brought the debate back to facts.",
        ),
    ),
    (
        "rouge-cloitre-edge-garden", "21002", "n", ["public-space", "food"],
        ["families", "residents"], 5, ["living-lab"],
        "collective", "Les Jardins de la Lisière", None, "2024-03-01", None,
        (
            "Moestuin aan de rand van het Rood Klooster",
            "Potager en lisière du Rouge-Cloître",
            "A vegetable garden on the edge of Rouge-Cloître",
        ),
        (
            "Een bewonerscollectief beheert een gedeelde moestuin op een braakliggend perceel "
            "vlak bij het Zoniënwoud.",
            "Un collectif d’habitants gère un potager partagé sur une parcelle en friche aux "
            "abords de la forêt de Soignes.",
            "A residents’ collective runs a shared vegetable garden on a vacant plot close to "
            "the Sonian Forest.",
        ),
        (
            "De tuin test welke teelten zonder besproeiing een droge zomer doorstaan en deelt "
            "de resultaten met andere Brusselse moestuinen.",
            "Le potager teste les cultures qui résistent à un été sec sans arrosage et partage "
            "ses résultats avec d’autres potagers bruxellois.",
            "The garden tests which crops survive a dry summer without watering and shares its "
            "results with other Brussels gardens.",
        ),
    ),
    # --- Berchem-Sainte-Agathe ----------------------------------------------------------
    (
        "berchem-school-streets", "21003", "n", ["mobility", "youth-education"],
        ["children", "families"], 3, ["tactical-urbanism", "focus-group"],
        "public", "Commune de Berchem-Sainte-Agathe", None, "2020-09-01", "2021-06-30",
        (
            "Schoolstraten in Sint-Agatha-Berchem",
            "Rues scolaires à Berchem-Sainte-Agathe",
            "School streets in Berchem-Sainte-Agathe",
        ),
        (
            "Drie straten gingen bij het begin en einde van de schooldag dicht voor auto’s, na "
            "een proefperiode met ouders en leerkrachten.",
            "Trois rues ont été fermées aux voitures à l’entrée et à la sortie des classes, "
            "après un essai mené avec parents et enseignants.",
            "Three streets were closed to cars when school starts and ends, after a trial run "
            "with parents and teachers.",
        ),
        (
            "Leerlingen van het vijfde en zesde leerjaar hielden zelf de verkeerstellingen bij "
            "en stelden de resultaten voor aan de gemeenteraad.",
            "Les élèves de cinquième et sixième primaire ont tenu eux-mêmes les comptages et "
            "ont présenté les résultats au conseil communal.",
            "Pupils in the last two years of primary school did the traffic counts themselves "
            "and presented the results to the municipal council.",
        ),
    ),
    (
        "berchem-seniors-bench-plan", "21003", "c", ["health-welfare", "public-space"],
        ["seniors", "people-with-disabilities"], 2, ["neighbourhood-walk"],
        "association", "Seniors Actifs Berchem", None, "2025-04-01", "2025-10-31",
        (
            "Een bankenplan voor senioren",
            "Un plan bancs pour les aînés",
            "A bench plan for older residents",
        ),
        (
            "Oudere bewoners wandelden hun dagelijkse routes en duidden aan waar een bank of "
            "een leuning ontbreekt.",
            "Des aînés ont parcouru leurs trajets quotidiens et indiqué où manquent un banc ou "
            "une main courante.",
            "Older residents walked their daily routes and pointed out where a bench or a "
            "handrail is missing.",
        ),
        (
            "Per wandeling liep een medewerker van de technische dienst mee, zodat kleine "
            "ingrepen meteen konden worden ingepland.",
            "Un agent du service technique accompagnait chaque marche, pour que les petites "
            "interventions soient planifiées aussitôt.",
            "A member of the technical department joined every walk, so that small fixes could "
            "be scheduled straight away.",
        ),
    ),
    # --- Bruxelles ----------------------------------------------------------------------
    (
        "marolles-social-housing-renovation", "21004", "n", ["housing", "social-cohesion"],
        ["residents", "precarious"], 3, ["co-design-workshop", "focus-group"],
        "public", "Ville de Bruxelles — Cellule participation", None, "2021-10-04", "2023-03-31",
        (
            "Renovatie van een sociaal woonblok in de Marollen",
            "Rénovation d’un ensemble de logements sociaux aux Marolles",
            "Renovating a social housing block in the Marolles",
        ),
        (
            "Huurders bepaalden mee hoe de gemeenschappelijke ruimten van hun gebouw na de "
            "renovatie worden ingericht.",
            "Les locataires ont décidé avec le bailleur de l’aménagement des espaces communs "
            "de leur immeuble après rénovation.",
            "Tenants helped decide how the shared spaces of their building are laid out after "
            "the renovation.",
        ),
        (
            "Omdat veel huurders overdag werken, vonden de gesprekken plaats in de hal van het "
            "gebouw, ’s avonds en met tolken voor vier talen.",
            "Comme beaucoup de locataires travaillent en journée, les rencontres ont eu lieu "
            "dans le hall de l’immeuble, le soir, avec des interprètes pour quatre langues.",
            "Since many tenants work during the day, the meetings took place in the building’s "
            "hall, in the evening, with interpreters for four languages.",
        ),
    ),
    (
        "laeken-youth-council", "21004", "c", ["youth-education", "democracy"],
        ["young-people"], 4, ["advisory-council", "participatory-budget"],
        "association", "Parcours Citoyen ASBL", "parcours-citoyen", "2022-09-15", None,
        (
            "Jeugdraad van Laken",
            "Conseil des jeunes de Laeken",
            "Laeken youth council",
        ),
        (
            "Jongeren van 14 tot 21 jaar adviseren de stad en beslissen over een eigen "
            "jaarlijks budget voor jeugdprojecten.",
            "Des jeunes de 14 à 21 ans conseillent la Ville et décident d’un budget annuel "
            "propre pour des projets jeunesse.",
            "Young people aged 14 to 21 advise the City and decide on an annual budget of "
            "their own for youth projects.",
        ),
        (
            "Elk jaar wordt de helft van de raad vernieuwd via een oproep in scholen, "
            "jeugdhuizen en sportclubs.",
            "Chaque année, la moitié du conseil est renouvelée grâce à un appel relayé dans les "
            "écoles, les maisons de jeunes et les clubs sportifs.",
            "Every year half of the council is renewed through a call spread in schools, youth "
            "centres and sports clubs.",
        ),
    ),
    (
        "pentagon-night-life", "21004", "c", ["economy", "social-cohesion"],
        ["residents", "businesses", "young-people"], 3, ["world-cafe", "focus-group"],
        "public", "Ville de Bruxelles", None, "2023-02-01", "2023-09-30",
        (
            "Nachtleven en nachtrust in de Vijfhoek",
            "Vie nocturne et sommeil dans le Pentagone",
            "Night life and a good night’s sleep in the Pentagon",
        ),
        (
            "Cafébazen, buurtbewoners en nachtwerkers zochten samen naar afspraken over lawaai, "
            "netheid en veiligheid.",
            "Patrons de bars, riverains et travailleurs de nuit ont cherché ensemble des "
            "accords sur le bruit, la propreté et la sécurité.",
            "Bar owners, local residents and night workers looked together for agreements on "
            "noise, cleanliness and safety.",
        ),
        (
            "De gesprekken vonden plaats om middernacht én op zondagochtend, zodat beide "
            "kanten van de nacht aan tafel zaten.",
            "Les rencontres ont eu lieu à minuit et le dimanche matin, pour que les deux "
            "visages de la nuit soient autour de la table.",
            "Meetings were held at midnight and on Sunday morning, so that both sides of the "
            "night sat at the table.",
        ),
    ),
    # --- Etterbeek ----------------------------------------------------------------------
    (
        "etterbeek-jourdan-square", "21005", "n", ["public-space", "urban-planning"],
        ["residents", "businesses"], 3, ["tactical-urbanism", "public-consultation"],
        "public", "Commune d’Etterbeek", None, "2022-04-01", "2023-05-31",
        (
            "Het Jourdanplein als ontmoetingsplek",
            "La place Jourdan, lieu de rencontre",
            "Place Jourdan as a meeting place",
        ),
        (
            "Een tijdelijke inrichting met zitbanken en groen werd een jaar lang getest "
            "voordat de definitieve heraanleg werd ontworpen.",
            "Un aménagement temporaire avec bancs et verdure a été testé pendant un an avant "
            "de concevoir le réaménagement définitif.",
            "A temporary layout with benches and greenery was tested for a year before the "
            "final redesign was drawn.",
        ),
        (
            "De marktkramers kregen een eigen overleg, omdat hun behoeften op marktdag anders "
            "zijn dan die van de bewoners.",
            "Les marchands ont eu leur propre concertation, car leurs besoins les jours de "
            "marché diffèrent de ceux des habitants.",
            "Market traders had their own consultation, as their needs on market days differ "
            "from those of residents.",
        ),
    ),
    (
        "etterbeek-student-neighbours", "21005", "n", ["social-cohesion", "housing"],
        ["young-people", "seniors"], 5, ["world-cafe"],
        "collective", "Voisins de Campus", None, "2024-10-01", None,
        (
            "Studenten en buren, één wijk",
            "Étudiants et voisins, un même quartier",
            "Students and neighbours, one neighbourhood",
        ),
        (
            "Studenten en vaste bewoners van de buurt rond de campussen organiseren "
            "maandelijkse ontmoetingen en een burenhulpnetwerk.",
            "Étudiants et habitants de longue date du quartier des campus organisent des "
            "rencontres mensuelles et un réseau d’entraide.",
            "Students and long-standing residents of the campus area organise monthly meetings "
            "and a mutual help network.",
        ),
        (
            "Studenten helpen met boodschappen en digitale vragen; oudere buren bieden "
            "kookavonden en een rustige studeerplek tijdens de examens.",
            "Les étudiants aident pour les courses et le numérique ; les aînés proposent des "
            "soirées cuisine et un coin calme pour étudier pendant les examens.",
            "Students help with shopping and digital questions; older neighbours offer cooking "
            "evenings and a quiet place to study during exams.",
        ),
    ),
    # --- Evere --------------------------------------------------------------------------
    (
        "evere-green-corridor", "21006", "c", ["public-space", "climate"],
        ["residents", "families"], 3, ["participatory-mapping", "co-design-workshop"],
        "public", "Commune d’Evere", None, "2021-04-12", "2022-12-15",
        (
            "Een groene corridor door Evere",
            "Un corridor vert à travers Evere",
            "A green corridor through Evere",
        ),
        (
            "Bewoners hielpen bepalen hoe een oude spoorwegberm een wandel- en fietsverbinding "
            "vol groen wordt.",
            "Les habitants ont aidé à transformer un ancien talus ferroviaire en liaison verte "
            "pour piétons et cyclistes.",
            "Residents helped decide how an old railway embankment becomes a green link for "
            "walkers and cyclists.",
        ),
        (
            "Een natuurvereniging inventariseerde met bewoners de planten en dieren, zodat het "
            "ontwerp de bestaande biodiversiteit spaart.",
            "Une association naturaliste a inventorié faune et flore avec les habitants, pour "
            "que le projet préserve la biodiversité existante.",
            "A nature association surveyed plants and animals with residents, so that the "
            "design spares the existing biodiversity.",
        ),
    ),
    (
        "evere-newcomers-welcome", "21006", "c", ["social-cohesion"],
        ["newcomers", "families"], 3, ["focus-group", "world-cafe"],
        "association", "Maison Accueil Evere", None, "2025-09-01", None,
        (
            "Nieuwkomers verwelkomen in Evere",
            "Bien accueillir les nouveaux venus à Evere",
            "Welcoming newcomers in Evere",
        ),
        (
            "Nieuwkomers en de gemeentelijke diensten herschrijven samen de eerste stappen van "
            "een nieuwe inwoner.",
            "Des primo-arrivants et les services communaux réécrivent ensemble les premiers "
            "pas d’un nouvel habitant.",
            "Newcomers and municipal services are rewriting together the first steps of a new "
            "resident.",
        ),
        (
            "Het resultaat wordt een welkomstgids in eenvoudige taal en een peterschap met "
            "bewoners die de weg al kennen.",
            "Le résultat sera un guide d’accueil en langage clair et un parrainage par des "
            "habitants qui connaissent déjà le chemin.",
            "The result will be a welcome guide in plain language and a buddy scheme with "
            "residents who already know the way.",
        ),
    ),
    # --- Forest -------------------------------------------------------------------------
    (
        "forest-participatory-budget", "21007", "c", ["democracy", "public-space"],
        ["residents", "associations"], 4, ["participatory-budget"],
        "public", "Commune de Forest — Cellule participation", "commune-forest-participation",
        "2022-02-01", "2022-12-20",
        (
            "Burgerbegroting van Vorst",
            "Budget participatif de Forest",
            "Forest participatory budget",
        ),
        (
            "Bewoners dienden projecten in en stemden over de besteding van 200.000 euro in "
            "hun wijken.",
            "Les habitants ont proposé des projets et voté sur l’affectation de 200 000 euros "
            "dans leurs quartiers.",
            "Residents proposed projects and voted on how to spend 200,000 euros in their "
            "neighbourhoods.",
        ),
        (
            "Er kwamen 74 voorstellen binnen; de stemming liep zowel online als in de "
            "bibliotheek en op de markt.",
            "Septante-quatre propositions ont été déposées ; le vote se faisait en ligne, à la "
            "bibliothèque et au marché.",
            "Seventy-four proposals came in; voting was possible online, at the library and at "
            "the market.",
        ),
    ),
    (
        "forest-wiels-riverside", "21007", "n", ["urban-planning", "climate"],
        ["residents", "young-people"], 3, ["co-design-workshop", "neighbourhood-walk"],
        "public", "Commune de Forest — Cellule participation", "commune-forest-participation",
        "2024-01-15", "2025-06-30",
        (
            "De Zenne weer zichtbaar bij Wiels",
            "La Senne à ciel ouvert près du Wiels",
            "Bringing the Senne back to light near Wiels",
        ),
        (
            "Bewoners dachten mee over een park langs een stuk Zenne dat opnieuw wordt "
            "opengelegd.",
            "Les habitants ont contribué à imaginer un parc le long d’un tronçon de la Senne "
            "remis à ciel ouvert.",
            "Residents helped imagine a park along a stretch of the Senne that is being "
            "uncovered again.",
        ),
        (
            "Jongeren uit het nabije jeugdhuis ontwierpen de sportzone en legden hun voorstel "
            "voor aan de landschapsarchitecten.",
            "Des jeunes de la maison de jeunes voisine ont dessiné la zone sportive et "
            "présenté leur proposition aux architectes paysagistes.",
            "Young people from the nearby youth centre designed the sports area and presented "
            "their proposal to the landscape architects.",
        ),
    ),
    # --- Ganshoren ----------------------------------------------------------------------
    (
        "ganshoren-basilica-park", "21008", "n", ["public-space", "health-welfare"],
        ["families", "seniors"], 2, ["online-survey", "town-hall-meeting"],
        "public", "Commune de Ganshoren", None, "2019-05-06", "2019-11-29",
        (
            "Het park aan de Basiliek vernieuwen",
            "Renouveler le parc de la Basilique",
            "Renewing the park by the Basilica",
        ),
        (
            "Gebruikers van het park gaven hun prioriteiten door voor nieuwe paden, "
            "verlichting en speeltuigen.",
            "Les usagers du parc ont transmis leurs priorités pour de nouveaux chemins, "
            "l’éclairage et les jeux.",
            "Park users gave their priorities for new paths, lighting and play equipment.",
        ),
        (
            "De enquête werd op papier uitgedeeld aan de ingang van het park, wat veel meer "
            "oudere gebruikers opleverde dan de online versie.",
            "L’enquête a été distribuée sur papier à l’entrée du parc, ce qui a touché bien "
            "plus d’aînés que la version en ligne.",
            "The survey was handed out on paper at the park entrance, which reached many more "
            "older users than the online version.",
        ),
    ),
    (
        "ganshoren-repair-cafe", "21008", "n", ["climate", "social-cohesion"],
        ["residents", "seniors"], 5, ["open-space"],
        "collective", "Repair Ganshoren", None, "2021-09-18", None,
        (
            "Repair Café Ganshoren",
            "Repair Café de Ganshoren",
            "Ganshoren Repair Café",
        ),
        (
            "Vrijwilligers herstellen elke maand samen met bewoners toestellen, fietsen en "
            "kleren in plaats van ze weg te gooien.",
            "Chaque mois, des bénévoles réparent avec les habitants appareils, vélos et "
            "vêtements plutôt que de les jeter.",
            "Every month volunteers repair appliances, bikes and clothes together with "
            "residents instead of throwing them away.",
        ),
        (
            "Twee keer per jaar bepalen de vrijwilligers in een open vergadering welke nieuwe "
            "ateliers ze opstarten.",
            "Deux fois par an, les bénévoles décident en assemblée ouverte des nouveaux "
            "ateliers à lancer.",
            "Twice a year the volunteers decide in an open meeting which new workshops to "
            "start.",
        ),
    ),
    # --- Ixelles ------------------------------------------------------------------------
    (
        "ixelles-ponds-water", "21009", "n", ["climate", "public-space"],
        ["residents"], 3, ["citizen-panel", "neighbourhood-walk"],
        "public", "Commune d’Ixelles", None, "2023-03-01", "2024-02-29",
        (
            "Water rond de Vijvers van Elsene",
            "L’eau autour des étangs d’Ixelles",
            "Water around the Ixelles Ponds",
        ),
        (
            "Een geloot bewonerspanel werkte voorstellen uit om regenwater in de vallei vast te "
            "houden en overstromingen te beperken.",
            "Un panel d’habitants tirés au sort a élaboré des propositions pour retenir l’eau de "
            "pluie dans la vallée et limiter les inondations.",
            "A panel of residents drawn by lot worked out proposals to retain rainwater in the "
            "valley and limit flooding.",
        ),
        (
            "Na de overstromingen van de voorbije zomers wilden veel bewoners vooral weten wat "
            "ze zelf konden doen, van regentonnen tot ontharde koertjes.",
            "Après les inondations des étés précédents, beaucoup voulaient surtout savoir ce "
            "qu’ils pouvaient faire eux-mêmes, des citernes aux cours désimperméabilisées.",
            "After the floods of previous summers, many residents mostly wanted to know what "
            "they could do themselves, from water butts to unpaved backyards.",
        ),
    ),
    (
        "matonge-shopping-street", "21009", "n", ["economy", "culture"],
        ["businesses", "residents"], 3, ["world-cafe", "photovoice"],
        "association", "Matonge Vivant ASBL", None, "2025-02-01", None,
        (
            "Matonge, een levendige winkelwijk",
            "Matonge, un quartier commerçant vivant",
            "Matonge, a lively shopping district",
        ),
        (
            "Handelaars en bewoners werken aan een gedeelde visie op de winkelstraten, hun "
            "geschiedenis en hun toekomst.",
            "Commerçants et habitants construisent une vision partagée des rues commerçantes, "
            "de leur histoire et de leur avenir.",
            "Shopkeepers and residents are building a shared vision of the shopping streets, "
            "their history and their future.",
        ),
        (
            "Een fototentoonstelling in de etalages vertelt het verhaal van de wijk door de "
            "ogen van haar bewoners.",
            "Une exposition de photos dans les vitrines raconte l’histoire du quartier à "
            "travers le regard de ses habitants.",
            "A photo exhibition in the shop windows tells the story of the neighbourhood "
            "through its residents’ eyes.",
        ),
    ),
    # --- Jette --------------------------------------------------------------------------
    (
        "jette-station-square", "21010", "n", ["urban-planning", "mobility"],
        ["residents", "businesses"], 2, ["public-consultation", "town-hall-meeting"],
        "public", "Commune de Jette", None, "2019-10-01", "2020-06-30",
        (
            "Stationsomgeving van Jette",
            "Les abords de la gare de Jette",
            "Around Jette station",
        ),
        (
            "De gemeente raadpleegde bewoners over een nieuw plein, fietsenstallingen en "
            "veiligere oversteekplaatsen aan het station.",
            "La commune a consulté les habitants sur une nouvelle place, des parkings vélos et "
            "des traversées plus sûres à la gare.",
            "The commune consulted residents on a new square, bike parking and safer "
            "crossings at the station.",
        ),
        (
            "Door de lockdown van 2020 verhuisde de tweede bewonersvergadering naar een "
            "videogesprek, met een telefoonlijn voor wie geen computer had.",
            "Avec le confinement de 2020, la deuxième réunion publique s’est tenue en "
            "visioconférence, avec une ligne téléphonique pour qui n’avait pas d’ordinateur.",
            "Because of the 2020 lockdown, the second town hall meeting moved to a video call, "
            "with a phone line for those without a computer.",
        ),
    ),
    (
        "jette-laerbeek-food-forest", "21010", "n", ["food", "climate"],
        ["families", "children"], 5, ["living-lab", "co-design-workshop"],
        "collective", "Voedselbos Jette", None, "2027-03-01", "2028-06-30",
        (
            "Een voedselbos aan de rand van Laarbeek",
            "Une forêt nourricière en lisière du Laerbeek",
            "A food forest on the edge of Laerbeek",
        ),
        (
            "Een bewonerscollectief wil een eetbaar bos aanplanten dat door gezinnen en "
            "scholen samen wordt onderhouden.",
            "Un collectif d’habitants veut planter une forêt comestible entretenue ensemble "
            "par des familles et des écoles.",
            "A residents’ collective plans to plant an edible forest that families and schools "
            "look after together.",
        ),
        (
            "Het perceel is al toegezegd; het collectief zoekt nog scholen die een stuk bos "
            "willen adopteren.",
            "Le terrain est déjà promis ; le collectif cherche encore des écoles prêtes à "
            "adopter une parcelle.",
            "The plot has been promised; the collective is still looking for schools willing "
            "to adopt a patch of forest.",
        ),
    ),
    # --- Koekelberg ---------------------------------------------------------------------
    (
        "koekelberg-simonis-square", "21011", "n", ["urban-planning", "public-space"],
        ["residents", "young-people"], 3, ["co-design-workshop", "tactical-urbanism"],
        "public", "Commune de Koekelberg", None, "2020-05-04", "2021-09-30",
        (
            "Een plein voor iedereen aan Simonis",
            "Une place pour tous à Simonis",
            "A square for everyone at Simonis",
        ),
        (
            "Met tijdelijke meubels testten bewoners en jongeren hoe het plein boven het "
            "metrostation meer een verblijfsplek kan worden.",
            "Avec du mobilier temporaire, habitants et jeunes ont testé comment la place "
            "au-dessus du métro peut devenir un lieu où l’on s’arrête.",
            "With temporary furniture, residents and young people tested how the square above "
            "the metro station can become a place to stay.",
        ),
        (
            "De jongeren die er vaak samenkomen, bouwden zelf de banken en werden zo de "
            "eerste verdedigers van het project.",
            "Les jeunes qui s’y retrouvent souvent ont construit eux-mêmes les bancs et sont "
            "devenus les premiers défenseurs du projet.",
            "The young people who often gather there built the benches themselves and became "
            "the project’s first champions.",
        ),
    ),
    (
        "koekelberg-homework-club", "21011", "c", ["youth-education", "social-cohesion"],
        ["children", "families", "precarious"], 3, ["focus-group"],
        "association", "École des Devoirs Koekelberg", None, "2023-09-04", "2024-06-28",
        (
            "Huiswerkklas met de ouders erbij",
            "Une école des devoirs avec les parents",
            "A homework club with the parents on board",
        ),
        (
            "Ouders, leerkrachten en begeleiders herdachten samen de huiswerkbegeleiding, "
            "zodat ouders beter kunnen volgen wat hun kind leert.",
            "Parents, enseignants et animateurs ont repensé ensemble l’aide aux devoirs, pour "
            "que les parents suivent mieux ce que leur enfant apprend.",
            "Parents, teachers and tutors redesigned homework support together, so that "
            "parents can better follow what their child learns.",
        ),
        (
            "Moeders die zelf weinig schoolervaring hebben, werden samen met hun kinderen "
            "uitgenodigd in plaats van apart.",
            "Les mères ayant elles-mêmes peu fréquenté l’école ont été invitées avec leurs "
            "enfants plutôt qu’à part.",
            "Mothers with little schooling of their own were invited together with their "
            "children rather than separately.",
        ),
    ),
    # --- Molenbeek-Saint-Jean -----------------------------------------------------------
    (
        "molenbeek-canal-quays", "21012", "n", ["urban-planning", "public-space"],
        ["residents", "young-people", "families"], 3,
        ["participatory-mapping", "co-design-workshop"],
        "association", "Parcours Citoyen ASBL", "parcours-citoyen", "2021-05-01", "2022-11-30",
        (
            "De kanaaloevers in Molenbeek heroveren",
            "Reconquérir les quais du canal à Molenbeek",
            "Reclaiming the canal banks in Molenbeek",
        ),
        (
            "Bewoners en jongeren tekenden mee aan een kaai die van doorgangsweg een plek om "
            "te wandelen, te sporten en te zitten wordt.",
            "Habitants et jeunes ont dessiné un quai qui passe d’axe de transit à lieu de "
            "promenade, de sport et de repos.",
            "Residents and young people helped design a quay that turns from a through road "
            "into a place to walk, play sport and sit.",
        ),
        (
            "Een jongerenploeg ging met een grote kaart langs de kaaien en verzamelde meer dan "
            "300 reacties van voorbijgangers.",
            "Une équipe de jeunes a parcouru les quais avec une grande carte et recueilli plus "
            "de 300 réactions de passants.",
            "A youth team went along the quays with a large map and collected more than 300 "
            "reactions from passers-by.",
        ),
    ),
    (
        "molenbeek-women-public-space", "21012", "n", ["public-space", "social-cohesion"],
        ["residents", "precarious"], 3, ["neighbourhood-walk", "photovoice"],
        "collective", "Femmes du Maritime", None, "2024-03-08", "2024-12-15",
        (
            "Vrouwen in de openbare ruimte van de Maritiemwijk",
            "Les femmes dans l’espace public du quartier Maritime",
            "Women in the public space of the Maritime district",
        ),
        (
            "Vrouwen uit de wijk brachten via wandelingen en foto’s in beeld waar ze zich "
            "veilig en welkom voelen, en waar niet.",
            "Des femmes du quartier ont montré, par des marches et des photos, où elles se "
            "sentent en sécurité et bienvenues, et où ce n’est pas le cas.",
            "Women from the neighbourhood showed, through walks and photographs, where they "
            "feel safe and welcome and where they do not.",
        ),
        (
            "De wandelingen vonden ’s avonds plaats, op de uren dat de deelnemers zelf "
            "onderweg zijn van en naar hun werk.",
            "Les marches avaient lieu le soir, aux heures où les participantes rentrent "
            "elles-mêmes du travail.",
            "The walks took place in the evening, at the times the participants themselves "
            "travel to and from work.",
        ),
    ),
    # --- Saint-Gilles -------------------------------------------------------------------
    (
        "saint-gilles-parvis-traffic", "21013", "n", ["mobility", "urban-planning"],
        ["residents", "businesses"], 3, ["tactical-urbanism", "online-survey"],
        "collective", "Collectif Quartier Midi", "quartier-midi", "2020-06-15", "2021-12-31",
        (
            "Een autoluw Voorplein van Sint-Gillis",
            "Un parvis de Saint-Gilles apaisé",
            "A calmer Parvis de Saint-Gilles",
        ),
        (
            "Een proefopstelling met bloembakken maakte de straten rond het Voorplein autoluw; "
            "bewoners en handelaars beoordeelden het resultaat.",
            "Un dispositif d’essai avec des bacs à fleurs a apaisé les rues autour du parvis ; "
            "habitants et commerçants en ont évalué le résultat.",
            "A trial with planters calmed the streets around the Parvis; residents and "
            "shopkeepers assessed the result.",
        ),
        (
            "Het collectief publiceerde elke maand de cijfers over verkeer en luchtkwaliteit, "
            "zodat de discussie over feiten ging.",
            "Le collectif publiait chaque mois les chiffres de trafic et de qualité de l’air, "
            "pour que le débat porte sur des faits.",
            "The collective published traffic and air quality figures every month, so that the "
            "debate was about facts.",
        ),
    ),
    (
        "saint-gilles-artists-workshops", "21013", "c", ["culture", "youth-education"],
        ["young-people", "children"], 5, ["open-space"],
        "association", "Ateliers du Parvis ASBL", None, "2025-10-01", None,
        (
            "Open ateliers voor jonge kunstenaars",
            "Ateliers ouverts pour jeunes artistes",
            "Open studios for young artists",
        ),
        (
            "Kunstenaars openen hun ateliers op woensdagnamiddag voor kinderen en jongeren uit "
            "de gemeente.",
            "Des artistes ouvrent leurs ateliers le mercredi après-midi aux enfants et aux "
            "jeunes de la commune.",
            "Artists open their studios on Wednesday afternoons to children and young people "
            "from the commune.",
        ),
        (
            "De jongeren kiezen zelf de technieken die ze willen leren, van zeefdruk tot "
            "keramiek.",
            "Les jeunes choisissent eux-mêmes les techniques qu’ils veulent apprendre, de la "
            "sérigraphie à la céramique.",
            "The young people choose the techniques they want to learn themselves, from screen "
            "printing to ceramics.",
        ),
    ),
    # --- Saint-Josse-ten-Noode ----------------------------------------------------------
    (
        "saint-josse-green-courtyards", "21014", "n", ["public-space", "climate"],
        ["residents", "children"], 4, ["participatory-budget", "co-design-workshop"],
        "public", "Commune de Saint-Josse-ten-Noode", None, "2021-02-01", "2021-11-30",
        (
            "Groene speelplaatsen in Sint-Joost",
            "Cours de récréation vertes à Saint-Josse",
            "Green playgrounds in Saint-Josse",
        ),
        (
            "Leerlingen, ouders en leerkrachten beslisten samen hoe vier betonnen "
            "speelplaatsen groener worden.",
            "Élèves, parents et enseignants ont décidé ensemble comment verdir quatre cours de "
            "récréation bétonnées.",
            "Pupils, parents and teachers decided together how to green four concrete "
            "playgrounds.",
        ),
        (
            "In de dichtstbevolkte gemeente van het land worden de speelplaatsen na schooltijd "
            "opengesteld voor de buurt.",
            "Dans la commune la plus dense du pays, les cours sont ouvertes au quartier après "
            "les heures de classe.",
            "In the country’s most densely populated commune, the playgrounds open to the "
            "neighbourhood after school hours.",
        ),
    ),
    (
        "saint-josse-multilingual-library", "21014", "c", ["culture", "social-cohesion"],
        ["newcomers", "families"], 3, ["focus-group", "world-cafe"],
        "public", "Bibliothèque communale de Saint-Josse", None, "2026-02-02", None,
        (
            "Een meertalige bibliotheek",
            "Une bibliothèque multilingue",
            "A multilingual library",
        ),
        (
            "Bewoners met andere moedertalen helpen bepalen welke boeken, activiteiten en "
            "openingsuren de bibliotheek aanbiedt.",
            "Des habitants d’autres langues maternelles aident à choisir les livres, les "
            "activités et les horaires de la bibliothèque.",
            "Residents with other mother tongues help choose the library’s books, activities "
            "and opening hours.",
        ),
        (
            "In de eerste gesprekken kwamen twaalf talen aan bod; vrijwilligers vertalen de "
            "uitnodigingen.",
            "Douze langues étaient représentées aux premières rencontres ; des bénévoles "
            "traduisent les invitations.",
            "Twelve languages were represented at the first meetings; volunteers translate the "
            "invitations.",
        ),
    ),
    # --- Schaerbeek ---------------------------------------------------------------------
    (
        "schaerbeek-josaphat-park", "21015", "n", ["public-space", "health-welfare"],
        ["families", "seniors", "people-with-disabilities"], 2,
        ["online-survey", "neighbourhood-walk"],
        "public", "Commune de Schaerbeek", None, "2022-03-01", "2022-09-30",
        (
            "Een toegankelijk Josaphatpark",
            "Un parc Josaphat accessible",
            "An accessible Josaphat Park",
        ),
        (
            "Parkgebruikers met een beperking testten de paden en toegangen en stelden "
            "verbeteringen voor.",
            "Des usagers en situation de handicap ont testé les chemins et les accès du parc "
            "et proposé des améliorations.",
            "Park users with disabilities tested the paths and entrances and suggested "
            "improvements.",
        ),
        (
            "Een rolstoelgebruiker en een blinde wandelaar leidden samen de verkenning en "
            "maakten zichtbaar wat ontwerpers vaak missen.",
            "Une personne en fauteuil et un promeneur aveugle ont mené ensemble la visite et "
            "rendu visible ce que les concepteurs ratent souvent.",
            "A wheelchair user and a blind walker led the exploration together and showed what "
            "designers often miss.",
        ),
    ),
    (
        "schaerbeek-helmet-housing-coop", "21015", "n", ["housing", "social-cohesion"],
        ["families", "precarious"], 5, ["co-design-workshop"],
        "collective", "Habitat Solidaire Helmet", None, "2023-06-01", None,
        (
            "Coöperatief wonen in Helmet",
            "Habitat coopératif à Helmet",
            "Cooperative housing in Helmet",
        ),
        (
            "Twaalf gezinnen ontwerpen samen een betaalbaar woongebouw met gedeelde ruimten, "
            "op grond van een community land trust.",
            "Douze familles conçoivent ensemble un immeuble abordable avec des espaces "
            "partagés, sur un terrain de community land trust.",
            "Twelve families are designing an affordable building with shared spaces together, "
            "on community land trust land.",
        ),
        (
            "De gezinnen leerden plannen lezen, budgetten opstellen en samen beslissen, lang "
            "voordat de eerste steen gelegd is.",
            "Les familles ont appris à lire des plans, établir des budgets et décider "
            "ensemble, bien avant la première pierre.",
            "The families learned to read plans, draw up budgets and decide together, long "
            "before the first stone is laid.",
        ),
    ),
    # --- Uccle --------------------------------------------------------------------------
    (
        "uccle-calevoet-district", "21016", "n", ["urban-planning", "housing"],
        ["residents", "families"], 2, ["public-consultation", "world-cafe"],
        "public", "Commune d’Uccle", None, "2019-09-16", "2020-03-06",
        (
            "Toekomst van de wijk Calevoet",
            "L’avenir du quartier Calevoet",
            "The future of the Calevoet district",
        ),
        (
            "Bewoners gaven hun mening over een nieuw woonproject rond het station van "
            "Calevoet en de voorzieningen die erbij horen.",
            "Les habitants ont donné leur avis sur un nouveau projet de logements autour de la "
            "gare de Calevoet et sur les équipements qui l’accompagnent.",
            "Residents gave their views on a new housing project around Calevoet station and "
            "the facilities that go with it.",
        ),
        (
            "Een world café bracht nieuwe en oude bewoners samen, die elkaar tot dan vooral "
            "via bezwaarschriften kenden.",
            "Un world café a réuni anciens et nouveaux habitants, qui ne se connaissaient "
            "jusque-là que par leurs réclamations.",
            "A world café brought old and new residents together, who until then had mostly "
            "known each other through formal objections.",
        ),
    ),
    (
        "uccle-walking-routes-schools", "21016", "c", ["mobility", "youth-education"],
        ["children", "families"], 3, ["participatory-mapping", "neighbourhood-walk"],
        "association", "Parents en Marche Uccle", None, "2026-03-01", None,
        (
            "Veilige looproutes naar school in Ukkel",
            "Des chemins sûrs vers l’école à Uccle",
            "Safe walking routes to school in Uccle",
        ),
        (
            "Ouders en kinderen brengen de routes naar school in kaart en duiden gevaarlijke "
            "punten aan.",
            "Parents et enfants cartographient les trajets vers l’école et signalent les "
            "points dangereux.",
            "Parents and children map the routes to school and point out dangerous spots.",
        ),
        (
            "In deze uitgestrekte gemeente, waar op sommige plaatsen stoepen ontbreken, willen "
            "de ouders vooral doorlopende wandelroutes.",
            "Dans cette vaste commune, où les trottoirs manquent par endroits, les parents "
            "veulent surtout des itinéraires piétons continus.",
            "In this large commune, where pavements are missing in places, parents mostly want "
            "continuous walking routes.",
        ),
    ),
    # --- Watermael-Boitsfort ------------------------------------------------------------
    (
        "boitsfort-garden-cities", "21017", "n", ["housing", "culture"],
        ["residents", "seniors"], 3, ["focus-group", "co-design-workshop"],
        "association", "Amis des Cités-Jardins", None, "2022-10-01", "2023-12-15",
        (
            "Leven in de tuinwijken",
            "Vivre dans les cités-jardins",
            "Living in the garden cities",
        ),
        (
            "Bewoners van Le Logis en Floréal werkten richtlijnen uit om hun erfgoedwoningen "
            "te isoleren zonder hun karakter te verliezen.",
            "Les habitants du Logis et de Floréal ont élaboré des lignes directrices pour "
            "isoler leurs maisons patrimoniales sans en perdre le caractère.",
            "Residents of Le Logis and Floréal drew up guidelines to insulate their heritage "
            "houses without losing their character.",
        ),
        (
            "Erfgoedexperten en energieadviseurs zaten samen met bewoners aan tafel, wat "
            "oude tegenstellingen hielp ontmijnen.",
            "Experts du patrimoine et conseillers en énergie étaient à la même table que les "
            "habitants, ce qui a désamorcé de vieilles oppositions.",
            "Heritage experts and energy advisers sat at the same table as residents, which "
            "helped defuse old disagreements.",
        ),
    ),
    (
        "boitsfort-forest-edge-trails", "21017", "c", ["climate", "public-space"],
        ["residents", "families"], 2, ["online-survey", "town-hall-meeting"],
        "public", "Commune de Watermael-Boitsfort", None, "2027-01-15", "2027-09-30",
        (
            "Wandelpaden aan de rand van het Zoniënwoud",
            "Sentiers en lisière de la forêt de Soignes",
            "Trails on the edge of the Sonian Forest",
        ),
        (
            "De gemeente zal bewoners raadplegen over een netwerk van paden dat de wijken met "
            "het woud verbindt.",
            "La commune consultera les habitants sur un réseau de sentiers reliant les "
            "quartiers à la forêt.",
            "The commune will consult residents on a network of trails linking the "
            "neighbourhoods to the forest.",
        ),
        (
            "De raadpleging moet een evenwicht vinden tussen meer wandelaars en de rust die "
            "de natuur in het woud nodig heeft.",
            "La consultation devra trouver l’équilibre entre davantage de promeneurs et le "
            "calme dont la nature de la forêt a besoin.",
            "The consultation will have to balance more walkers against the quiet that nature "
            "in the forest needs.",
        ),
    ),
    # --- Woluwe-Saint-Lambert -----------------------------------------------------------
    (
        "woluwe-lambert-shopping-centre-square", "21018", "n", ["urban-planning", "mobility"],
        ["residents", "businesses"], 2, ["public-consultation", "focus-group"],
        "public", "Commune de Woluwe-Saint-Lambert", None, "2023-01-16", "2023-07-14",
        (
            "Een plein aan het winkelcentrum",
            "Une place au pied du centre commercial",
            "A square at the foot of the shopping centre",
        ),
        (
            "De gemeente raadpleegde bewoners over de omvorming van een parkeerterrein tot "
            "een groen plein.",
            "La commune a consulté les habitants sur la transformation d’un parking en place "
            "verdurisée.",
            "The commune consulted residents on turning a car park into a green square.",
        ),
        (
            "Een focusgroep met mensen die met de bus komen winkelen, bracht een vaak vergeten "
            "groep klanten in beeld.",
            "Un groupe de discussion avec des personnes venant faire leurs courses en bus a "
            "mis en lumière une clientèle souvent oubliée.",
            "A focus group with people who come shopping by bus brought an often forgotten "
            "group of customers into view.",
        ),
    ),
    (
        "woluwe-lambert-seniors-digital", "21018", "c", ["health-welfare", "social-cohesion"],
        ["seniors"], 3, ["focus-group", "world-cafe"],
        "association", "Connectés Ensemble ASBL", None, "2021-01-11", "2021-06-30",
        (
            "Digitaal mee zonder stress",
            "Le numérique sans stress",
            "Digital without the stress",
        ),
        (
            "Senioren vertelden welke onlinediensten hen het meest hinderen; de gemeente paste "
            "haar loketten en formulieren aan.",
            "Des seniors ont expliqué quels services en ligne les gênent le plus ; la commune a "
            "adapté ses guichets et formulaires.",
            "Older residents explained which online services trouble them most; the commune "
            "adapted its counters and forms.",
        ),
        (
            "Tijdens de coronacrisis liepen de eerste gesprekken telefonisch, in kleine groepen "
            "van vier.",
            "Pendant la crise sanitaire, les premiers échanges se sont faits par téléphone, "
            "par petits groupes de quatre.",
            "During the pandemic the first conversations took place by phone, in small groups "
            "of four.",
        ),
    ),
    # --- Woluwe-Saint-Pierre ------------------------------------------------------------
    (
        "woluwe-pierre-stockel-square", "21019", "n", ["urban-planning", "economy"],
        ["residents", "businesses"], 3, ["co-design-workshop", "public-consultation"],
        "public", "Commune de Woluwe-Saint-Pierre", None, "2024-02-05", "2025-03-28",
        (
            "Het Stokkelplein hertekenen",
            "Redessiner la place de Stockel",
            "Redrawing Place de Stockel",
        ),
        (
            "Bewoners, handelaars en marktkramers tekenden samen een plein dat meer ruimte "
            "geeft aan voetgangers en aan de markt.",
            "Habitants, commerçants et maraîchers ont dessiné ensemble une place qui laisse "
            "plus d’espace aux piétons et au marché.",
            "Residents, shopkeepers and market traders designed together a square that gives "
            "more room to pedestrians and the market.",
        ),
        (
            "De workshops vonden plaats in een leegstaand winkelpand aan het plein, waar "
            "voorbijgangers spontaan binnenliepen.",
            "Les ateliers se tenaient dans un commerce vide de la place, où les passants "
            "entraient spontanément.",
            "The workshops took place in an empty shop on the square, where passers-by "
            "dropped in spontaneously.",
        ),
    ),
    (
        "woluwe-valley-ponds", "21019", "c", ["climate", "culture"],
        ["residents", "families"], 5, ["living-lab"],
        "collective", "Les Amis de la Vallée", None, "2020-04-01", "2022-03-31",
        (
            "De vijvers van de Woluwevallei",
            "Les étangs de la vallée de la Woluwe",
            "The ponds of the Woluwe valley",
        ),
        (
            "Bewoners volgden twee jaar lang de waterkwaliteit van de vijvers en stelden "
            "maatregelen voor aan de beheerders.",
            "Des habitants ont suivi pendant deux ans la qualité de l’eau des étangs et "
            "proposé des mesures aux gestionnaires.",
            "Residents monitored the water quality of the ponds for two years and proposed "
            "measures to the managers.",
        ),
        (
            "De metingen werden gedeeld in een open notitieboek dat ook scholen gebruikten "
            "voor hun lessen wetenschappen.",
            "Les mesures étaient partagées dans un carnet ouvert que des écoles ont aussi "
            "utilisé pour leurs cours de sciences.",
            "The measurements were shared in an open notebook that schools also used for "
            "their science lessons.",
        ),
    ),
    # --- Second local initiatives in the largest communes ---------------------------------
    (
        "anderlecht-peterbos-towers", "21001", "n", ["housing", "urban-planning"],
        ["residents", "young-people", "precarious"], 3, ["open-space", "co-design-workshop"],
        "public", "Commune d’Anderlecht", None, "2025-05-01", None,
        (
            "Peterbos, een wijk in verandering",
            "Peterbos, un quartier en mutation",
            "Peterbos, a neighbourhood in transition",
        ),
        (
            "Bewoners van de woontorens denken mee over de heraanleg van de ruimten tussen de "
            "gebouwen.",
            "Les habitants des tours participent au réaménagement des espaces entre les "
            "immeubles.",
            "Residents of the tower blocks are helping to redesign the spaces between the "
            "buildings.",
        ),
        (
            "Een buurtlokaal op het gelijkvloers is elke week open voor wie wil meepraten, "
            "zonder afspraak.",
            "Un local de quartier au rez-de-chaussée est ouvert chaque semaine à qui veut "
            "donner son avis, sans rendez-vous.",
            "A neighbourhood room on the ground floor is open every week to anyone who wants "
            "to have a say, no appointment needed.",
        ),
    ),
    (
        "schaerbeek-brabant-street-life", "21015", "n", ["urban-planning", "economy"],
        ["residents", "businesses", "newcomers"], 2, ["neighbourhood-walk", "focus-group"],
        "public", "Commune de Schaerbeek", None, "2026-09-14", "2027-06-30",
        (
            "Straatleven in de Brabantwijk",
            "La vie de rue dans le quartier Brabant",
            "Street life in the Brabant district",
        ),
        (
            "De gemeente peilt bij bewoners en handelaars naar hun wensen voor de heraanleg "
            "van de drukke winkelstraat.",
            "La commune recueille les attentes des habitants et des commerçants pour le "
            "réaménagement de la rue commerçante très fréquentée.",
            "The commune is gathering the wishes of residents and shopkeepers for the "
            "redesign of the busy shopping street.",
        ),
        (
            "Omdat de wijk veel nieuwkomers telt, worden de gesprekken gevoerd in zes talen, "
            "met buurtbewoners als tolk.",
            "Comme le quartier compte de nombreux primo-arrivants, les échanges se font en "
            "six langues, avec des habitants comme interprètes.",
            "Since the district is home to many newcomers, the conversations are held in six "
            "languages, with residents as interpreters.",
        ),
    ),
    # --- Regional -----------------------------------------------------------------------
    (
        "brussels-climate-assembly", "21004", "r", ["climate", "democracy"],
        ["residents"], 3, ["citizen-assembly", "deliberative-poll"],
        "public", "Région de Bruxelles-Capitale", None, "2022-10-01", "2023-06-30",
        (
            "Brusselse Klimaatassemblee",
            "Assemblée citoyenne bruxelloise pour le climat",
            "Brussels Citizens’ Climate Assembly",
        ),
        (
            "Honderd gelote Brusselaars formuleerden aanbevelingen om het Brusselse "
            "klimaatbeleid te versnellen.",
            "Cent Bruxellois tirés au sort ont formulé des recommandations pour accélérer la "
            "politique climatique régionale.",
            "One hundred Brussels residents drawn by lot made recommendations to speed up the "
            "Region’s climate policy.",
        ),
        (
            "De loting hield rekening met leeftijd, gemeente, opleiding en taal; wie geen "
            "Frans of Nederlands sprak, kreeg vertaling.",
            "Le tirage au sort tenait compte de l’âge, de la commune, du diplôme et de la "
            "langue ; une traduction était prévue pour qui ne parlait ni français ni néerlandais.",
            "The draw took age, commune, education and language into account; translation was "
            "provided for those who spoke neither French nor Dutch.",
        ),
    ),
    (
        "neighbourhood-mobility-plans", "21009", "r", ["mobility", "urban-planning"],
        ["residents", "businesses"], 2, ["public-consultation", "town-hall-meeting"],
        "public", "Bruxelles Mobilité", None, "2020-01-20", "2021-03-31",
        (
            "Mobiliteitsplannen per wijk",
            "Plans de mobilité de quartier",
            "Neighbourhood mobility plans",
        ),
        (
            "Bewoners van verschillende wijken gaven hun mening over circulatieplannen die het "
            "doorgaand verkeer uit hun straten moeten weren.",
            "Les habitants de plusieurs quartiers ont donné leur avis sur des plans de "
            "circulation visant à écarter le trafic de transit de leurs rues.",
            "Residents of several neighbourhoods gave their views on traffic plans meant to "
            "keep through traffic out of their streets.",
        ),
        (
            "De reacties liepen sterk uiteen per wijk, wat leidde tot een aanpak op maat in "
            "plaats van één plan voor iedereen.",
            "Les réactions variaient fortement d’un quartier à l’autre, ce qui a conduit à des "
            "solutions sur mesure plutôt qu’à un plan unique.",
            "Responses varied strongly from one neighbourhood to another, which led to "
            "tailor-made solutions rather than a single plan.",
        ),
    ),
    (
        "regional-youth-parliament", "21014", "r", ["youth-education", "democracy"],
        ["young-people"], 3, ["citizen-panel", "open-space"],
        "association", "Parcours Citoyen ASBL", "parcours-citoyen", "2023-10-01", None,
        (
            "Brussels Jongerenparlement",
            "Parlement bruxellois des jeunes",
            "Brussels Youth Parliament",
        ),
        (
            "Jongeren uit de negentien gemeenten debatteren over regionale thema’s en leggen "
            "hun voorstellen voor aan het Brussels Parlement.",
            "Des jeunes des dix-neuf communes débattent de thèmes régionaux et présentent "
            "leurs propositions au Parlement bruxellois.",
            "Young people from the nineteen communes debate regional topics and present their "
            "proposals to the Brussels Parliament.",
        ),
        (
            "Elke zitting kiest zelf haar onderwerp; vorig jaar ging het over betaalbaar wonen "
            "voor starters.",
            "Chaque session choisit son sujet ; l’an dernier, il portait sur le logement "
            "abordable pour les jeunes qui démarrent.",
            "Each session chooses its own topic; last year it was affordable housing for young "
            "people starting out.",
        ),
    ),
    (
        "brussels-canal-plan-consultation", "21012", "r", ["urban-planning", "housing"],
        ["residents", "associations", "businesses"], 2,
        ["public-consultation", "participatory-mapping"],
        "public", "perspective.brussels", None, "2019-03-01", "2019-10-31",
        (
            "Raadpleging over het kanaalgebied",
            "Consultation sur le territoire du canal",
            "Consultation on the canal area",
        ),
        (
            "Bewoners en verenigingen van de kanaalzone reageerden op de ontwikkelingsvisie "
            "voor hun gebied.",
            "Habitants et associations de la zone du canal ont réagi à la vision de "
            "développement de leur territoire.",
            "Residents and associations of the canal zone responded to the development vision "
            "for their area.",
        ),
        (
            "Een mobiele infostand stond telkens een week in een andere wijk langs het kanaal, "
            "van Anderlecht tot Haren.",
            "Un stand mobile s’installait chaque semaine dans un autre quartier le long du "
            "canal, d’Anderlecht à Haren.",
            "A mobile information stand moved each week to another neighbourhood along the "
            "canal, from Anderlecht to Haren.",
        ),
    ),
    (
        "regional-food-strategy", "21001", "r", ["food", "economy"],
        ["residents", "businesses", "associations"], 3, ["world-cafe", "focus-group"],
        "public", "Bruxelles Environnement", None, "2021-09-01", "2022-06-30",
        (
            "Samen aan tafel voor de Brusselse voedselstrategie",
            "Tous à table pour la stratégie alimentaire bruxelloise",
            "Around the table for the Brussels food strategy",
        ),
        (
            "Stadslandbouwers, handelaars, voedselbanken en bewoners werkten mee aan de "
            "actualisering van de regionale voedselstrategie.",
            "Agriculteurs urbains, commerçants, banques alimentaires et habitants ont "
            "contribué à l’actualisation de la stratégie alimentaire régionale.",
            "Urban farmers, shopkeepers, food banks and residents contributed to updating the "
            "regional food strategy.",
        ),
        (
            "Elke bijeenkomst begon met een maaltijd bereid door een sociaal restaurant uit de "
            "wijk waar ze plaatsvond.",
            "Chaque rencontre commençait par un repas préparé par un restaurant social du "
            "quartier qui l’accueillait.",
            "Every meeting began with a meal cooked by a social restaurant from the "
            "neighbourhood hosting it.",
        ),
    ),
    (
        "brussels-heat-plan-panel", "21013", "r", ["climate", "health-welfare"],
        ["seniors", "precarious", "residents"], 3, ["citizen-panel", "focus-group"],
        "public", "Bruxelles Environnement", None, "2024-04-01", "2024-12-20",
        (
            "Burgerpanel over hittegolven",
            "Panel citoyen sur les vagues de chaleur",
            "Citizen panel on heatwaves",
        ),
        (
            "Dertig gelote Brusselaars adviseerden de regio over een plan om kwetsbare "
            "bewoners te beschermen tijdens hittegolven.",
            "Trente Bruxellois tirés au sort ont conseillé la Région sur un plan pour protéger "
            "les habitants vulnérables pendant les canicules.",
            "Thirty Brussels residents drawn by lot advised the Region on a plan to protect "
            "vulnerable residents during heatwaves.",
        ),
        (
            "Het panel bezocht een koelruimte in een bibliotheek en een rusthuis tijdens een "
            "warme week.",
            "Le panel a visité un espace rafraîchi dans une bibliothèque et une maison de repos "
            "pendant une semaine chaude.",
            "The panel visited a cooled room in a library and a care home during a hot week.",
        ),
    ),
    (
        "regional-bike-network-survey", "21005", "r", ["mobility"],
        ["residents", "young-people"], 2, ["online-survey", "participatory-mapping"],
        "public", "Bruxelles Mobilité", None, "2021-04-15", "2021-07-15",
        (
            "Fietsers tekenen hun Brussel",
            "Les cyclistes dessinent leur Bruxelles",
            "Cyclists draw their Brussels",
        ),
        (
            "Meer dan 6.000 fietsers duidden op een onlinekaart hun routes, knelpunten en "
            "ontbrekende verbindingen aan.",
            "Plus de 6 000 cyclistes ont indiqué sur une carte en ligne leurs itinéraires, "
            "points noirs et liaisons manquantes.",
            "More than 6,000 cyclists marked their routes, trouble spots and missing links on "
            "an online map.",
        ),
        (
            "Fietsschoolleerlingen, vaak vrouwen die pas leren fietsen, kregen een aparte "
            "sessie om ook hun routes mee te nemen.",
            "Les élèves des vélo-écoles, souvent des femmes qui apprennent à rouler, ont eu une "
            "séance à part pour que leurs trajets comptent aussi.",
            "Cycling school learners, often women who are just learning to ride, had a "
            "separate session so that their routes were counted too.",
        ),
    ),
    (
        "brussels-housing-first-voices", "21004", "r", ["housing", "health-welfare"],
        ["precarious"], 3, ["focus-group", "photovoice"],
        "association", "Voix du Logement ASBL", None, "2022-05-01", "2023-02-28",
        (
            "Stemmen uit de thuisloosheid",
            "Paroles de sans-abri",
            "Voices from homelessness",
        ),
        (
            "Mensen die dakloos waren of zijn, brachten met foto’s en getuigenissen hun "
            "ervaring in bij de Brusselse aanpak van thuisloosheid.",
            "Des personnes sans abri, ou qui l’ont été, ont apporté leur expérience à la "
            "politique bruxelloise de lutte contre le sans-abrisme par des photos et des "
            "témoignages.",
            "People who are or have been homeless brought their experience to the Brussels "
            "policy on homelessness through photographs and testimonies.",
        ),
        (
            "Elke deelnemer kreeg een vergoeding voor zijn tijd, net als de experten die aan "
            "tafel zaten.",
            "Chaque participant était rémunéré pour son temps, comme les experts présents "
            "autour de la table.",
            "Every participant was paid for their time, just like the experts at the table.",
        ),
    ),
    (
        "regional-heritage-days-participation", "21016", "r", ["culture"],
        ["residents", "associations"], 3, ["open-space", "photovoice"],
        "public", "urban.brussels", None, "2023-03-01", "2023-09-17",
        (
            "Erfgoed van om de hoek",
            "Le patrimoine du coin de la rue",
            "Heritage around the corner",
        ),
        (
            "Bewoners stelden zelf het gewone erfgoed van hun wijk voor tijdens de "
            "Erfgoeddagen: een wasserij, een voetbalveld, een kapperszaak.",
            "Des habitants ont présenté eux-mêmes le patrimoine ordinaire de leur quartier lors "
            "des Journées du patrimoine : une laverie, un terrain de foot, un salon de coiffure.",
            "Residents presented the everyday heritage of their neighbourhood themselves "
            "during Heritage Days: a launderette, a football pitch, a barber’s shop.",
        ),
        (
            "Er werden 43 plekken voorgesteld in 17 gemeenten; buurtbewoners gaven zelf de "
            "rondleidingen.",
            "Quarante-trois lieux ont été proposés dans 17 communes ; les visites étaient "
            "guidées par des habitants.",
            "Forty-three places were put forward in 17 communes; local residents led the "
            "tours themselves.",
        ),
    ),
    (
        "brussels-participation-charter", "21004", "r", ["democracy"],
        ["associations", "residents"], 3, ["world-cafe", "public-consultation"],
        "public", "perspective.brussels — Service de la participation", None,
        "2024-09-16", "2025-05-30",
        (
            "Een Brussels charter voor participatie",
            "Une charte bruxelloise de la participation",
            "A Brussels participation charter",
        ),
        (
            "Participatieambtenaren, verenigingen en bewoners schreven samen de principes die "
            "elk participatieproces in de regio moet respecteren.",
            "Agents de participation, associations et habitants ont rédigé ensemble les "
            "principes que tout processus participatif dans la Région doit respecter.",
            "Participation officers, associations and residents wrote together the principles "
            "every participation process in the Region should respect.",
        ),
        (
            "Het charter werd in drie talen geschreven en nagelezen door een groep "
            "laaggeletterde bewoners.",
            "La charte a été écrite en trois langues et relue par un groupe d’habitants peu à "
            "l’aise avec l’écrit.",
            "The charter was written in three languages and proofread by a group of residents "
            "with low literacy.",
        ),
    ),
    (
        "regional-metro-north-dialogue", "21015", "r", ["mobility", "urban-planning"],
        ["residents", "businesses"], 1, ["town-hall-meeting"],
        "public", "STIB-MIVB", None, "2025-01-13", None,
        (
            "Dialoog over de werven van metro Noord",
            "Dialogue autour des chantiers du métro Nord",
            "Dialogue on the Metro North works",
        ),
        (
            "Bewoners en handelaars langs het tracé worden maandelijks geïnformeerd over de "
            "werken en kunnen er hun vragen kwijt.",
            "Habitants et commerçants le long du tracé sont informés chaque mois de "
            "l’avancement des travaux et peuvent y poser leurs questions.",
            "Residents and shopkeepers along the route are informed monthly on the progress "
            "of the works and can raise their questions.",
        ),
        (
            "Een vaste buurtbemiddelaar per werf volgt klachten op en rapporteert wat ermee "
            "gebeurde.",
            "Un médiateur de quartier attitré par chantier suit les plaintes et rend compte de "
            "leur traitement.",
            "A dedicated neighbourhood mediator per worksite follows up complaints and reports "
            "on what happened to them.",
        ),
    ),
    (
        "regional-school-canteens", "21007", "r", ["food", "youth-education"],
        ["children", "families"], 3, ["living-lab", "focus-group"],
        "association", "Cantines Durables ASBL", None, "2026-01-12", None,
        (
            "Gezonde en duurzame schoolkantines",
            "Des cantines scolaires saines et durables",
            "Healthy and sustainable school canteens",
        ),
        (
            "Leerlingen, ouders en koks in tien scholen testen nieuwe menu’s met lokale en "
            "seizoensgebonden producten.",
            "Élèves, parents et cuisiniers de dix écoles testent de nouveaux menus à base de "
            "produits locaux et de saison.",
            "Pupils, parents and cooks in ten schools are testing new menus made with local, "
            "seasonal produce.",
        ),
        (
            "De leerlingen beoordelen elke week de gerechten; wat twee keer slecht scoort, "
            "verdwijnt van het menu.",
            "Les élèves notent les plats chaque semaine ; ce qui est mal noté deux fois "
            "disparaît du menu.",
            "Pupils rate the dishes every week; anything that scores badly twice is dropped "
            "from the menu.",
        ),
    ),
    (
        "brussels-disability-accessibility-audit", "21018", "r", ["health-welfare", "mobility"],
        ["people-with-disabilities", "seniors"], 3, ["neighbourhood-walk", "advisory-council"],
        "association", "Accès pour Tous Bruxelles", None, "2020-10-01", "2021-10-31",
        (
            "Toegankelijkheidsaudit door ervaringsdeskundigen",
            "Audit d’accessibilité par des experts du vécu",
            "An accessibility audit by experts by experience",
        ),
        (
            "Mensen met een beperking controleerden honderd haltes en openbare gebouwen op "
            "toegankelijkheid.",
            "Des personnes en situation de handicap ont contrôlé l’accessibilité de cent "
            "arrêts et bâtiments publics.",
            "People with disabilities checked one hundred stops and public buildings for "
            "accessibility.",
        ),
        (
            "De auditoren werkten in duo’s met verschillende beperkingen, zodat elk gebouw "
            "vanuit meerdere noden werd bekeken.",
            "Les auditeurs travaillaient en binômes aux handicaps différents, pour que chaque "
            "bâtiment soit vu sous plusieurs angles.",
            "The auditors worked in pairs with different disabilities, so that every building "
            "was looked at from several needs.",
        ),
    ),
    (
        "regional-urban-renovation-contracts", "21011", "r", ["urban-planning", "social-cohesion"],
        ["residents", "associations"], 3, ["co-design-workshop", "neighbourhood-walk"],
        "public", "perspective.brussels", None, "2019-06-01", "2020-12-18",
        (
            "Bewoners aan het woord in een stadsvernieuwingscontract",
            "La parole aux habitants dans un contrat de rénovation urbaine",
            "Residents have their say in an urban renovation contract",
        ),
        (
            "Bewoners van vier gemeenten rond de Westlaan hielpen de projecten kiezen van een "
            "stadsvernieuwingscontract.",
            "Les habitants de quatre communes autour du boulevard Léopold II ont aidé à choisir "
            "les projets d’un contrat de rénovation urbaine.",
            "Residents of four communes around Boulevard Léopold II helped choose the "
            "projects of an urban renovation contract.",
        ),
        (
            "Een grensoverschrijdende wandeling liet zien dat de gemeentegrenzen voor bewoners "
            "nauwelijks bestaan.",
            "Une marche à travers les limites communales a montré qu’elles n’existent guère "
            "pour les habitants.",
            "A walk across municipal boundaries showed that for residents they hardly exist.",
        ),
    ),
    (
        "regional-renovation-help-desk", "21019", "r", ["housing", "climate"],
        ["residents", "seniors"], 2, ["online-survey", "focus-group"],
        "public", "homegrade.brussels", None, "2022-11-01", "2023-04-30",
        (
            "Een renovatieloket op maat van bewoners",
            "Un guichet rénovation à la mesure des habitants",
            "A renovation help desk designed with residents",
        ),
        (
            "Eigenaars en huurders vertelden wat hen tegenhoudt om te renoveren; het loket "
            "herschreef zijn uitleg en premiewegwijzer.",
            "Propriétaires et locataires ont dit ce qui les freine pour rénover ; le guichet a "
            "réécrit ses explications et son guide des primes.",
            "Owners and tenants explained what holds them back from renovating; the help desk "
            "rewrote its explanations and grants guide.",
        ),
        (
            "Vooral oudere eigenaars bleken af te haken op het aantal documenten, niet op de "
            "kostprijs.",
            "Les propriétaires âgés décrochaient surtout à cause du nombre de documents, plus "
            "que du coût.",
            "Older owners turned out to drop out mostly because of the paperwork, not the cost.",
        ),
    ),
    (
        "regional-public-toilets", "21013", "r", ["public-space", "health-welfare"],
        ["residents", "people-with-disabilities", "families"], 2,
        ["participatory-mapping", "online-survey"],
        "collective", "Collectif Envie d’Ailleurs", None, "2024-06-21", "2024-12-31",
        (
            "Een kaart van openbare toiletten",
            "Une carte des toilettes publiques",
            "A map of public toilets",
        ),
        (
            "Een burgercollectief bracht met bewoners alle gratis toegankelijke toiletten van "
            "de regio in kaart.",
            "Un collectif citoyen a recensé avec les habitants toutes les toilettes accessibles "
            "gratuitement dans la Région.",
            "A citizen collective mapped all freely accessible toilets in the Region together "
            "with residents.",
        ),
        (
            "De kaart toont ook of een toilet rolstoeltoegankelijk is en een verzorgingstafel "
            "heeft.",
            "La carte indique aussi si les toilettes sont accessibles en fauteuil et équipées "
            "d’une table à langer.",
            "The map also shows whether a toilet is wheelchair accessible and has a baby "
            "changing table.",
        ),
    ),
    (
        "regional-nightlife-council", "21004", "r", ["culture", "economy"],
        ["young-people", "businesses"], 3, ["advisory-council"],
        "private", "Atelier Dialogue SRL", "atelier-dialogue", "2027-02-01", "2027-12-15",
        (
            "Een Brusselse nachtraad",
            "Un conseil bruxellois de la nuit",
            "A Brussels night council",
        ),
        (
            "Clubs, festivalorganisatoren, bewoners en diensten zullen samen een nachtraad "
            "oprichten die de regio adviseert.",
            "Clubs, organisateurs de festivals, habitants et services fonderont ensemble un "
            "conseil de la nuit qui conseillera la Région.",
            "Clubs, festival organisers, residents and services will set up a night council "
            "together to advise the Region.",
        ),
        (
            "De opzet steunt op ervaringen van nachtraden in andere Europese steden, "
            "aangepast aan de Brusselse bevoegdheden.",
            "Le dispositif s’inspire de conseils de la nuit d’autres villes européennes, "
            "adaptés aux compétences bruxelloises.",
            "The set-up draws on night councils in other European cities, adapted to the "
            "powers of Brussels institutions.",
        ),
    ),
    (
        "regional-citizen-panel-cleanliness", "21006", "r", ["public-space", "democracy"],
        ["residents"], 3, ["citizen-panel", "deliberative-poll"],
        "public", "Bruxelles-Propreté", None, "2025-03-03", "2025-11-28",
        (
            "Burgerpanel over netheid",
            "Panel citoyen sur la propreté",
            "Citizen panel on cleanliness",
        ),
        (
            "Veertig gelote bewoners zochten naar manieren om straten netter te houden, van "
            "ophaalrondes tot sensibilisering.",
            "Quarante habitants tirés au sort ont cherché comment garder les rues plus "
            "propres, des tournées de collecte à la sensibilisation.",
            "Forty residents drawn by lot looked for ways to keep the streets cleaner, from "
            "collection rounds to awareness-raising.",
        ),
        (
            "Een peiling voor en na de sessies toonde hoe de meningen van het panel evolueerden "
            "naarmate ze meer wisten.",
            "Un sondage avant et après les séances a montré comment les opinions évoluaient à "
            "mesure que le panel en savait plus.",
            "A poll before and after the sessions showed how the panel’s views shifted as they "
            "learned more.",
        ),
    ),
    (
        "regional-sports-infrastructure", "21002", "r", ["youth-education", "health-welfare"],
        ["young-people", "associations"], 2, ["online-survey", "focus-group"],
        "public", "Région de Bruxelles-Capitale — Sport", None, "2026-04-01", None,
        (
            "Sportinfrastructuur voor morgen",
            "Les infrastructures sportives de demain",
            "Tomorrow’s sports facilities",
        ),
        (
            "Sportclubs en jongeren geven aan welke sportvoorzieningen ontbreken en waar ze "
            "het meest nodig zijn.",
            "Clubs sportifs et jeunes indiquent quelles infrastructures manquent et où elles "
            "sont le plus nécessaires.",
            "Sports clubs and young people indicate which sports facilities are missing and "
            "where they are needed most.",
        ),
        (
            "Meisjes en jonge vrouwen worden apart bevraagd, omdat ze vandaag minder gebruik "
            "maken van de bestaande terreinen.",
            "Les filles et jeunes femmes sont interrogées à part, car elles utilisent moins "
            "les terrains existants aujourd’hui.",
            "Girls and young women are asked separately, as they use the existing pitches less "
            "today.",
        ),
    ),
    (
        "regional-greening-facades", "21003", "r", ["climate", "urban-planning"],
        ["residents", "associations"], 5, ["living-lab", "open-space"],
        "collective", "Façades Vertes Bruxelles", None, "2020-03-21", "2021-10-31",
        (
            "Groene gevels in elke straat",
            "Des façades vertes dans chaque rue",
            "Green façades in every street",
        ),
        (
            "Bewoners in een tiental gemeenten plantten klimplanten tegen hun gevels, met "
            "hulp van een burgercollectief.",
            "Des habitants d’une dizaine de communes ont planté des grimpantes le long de leurs "
            "façades, aidés par un collectif citoyen.",
            "Residents in about ten communes planted climbers against their façades, helped by "
            "a citizen collective.",
        ),
        (
            "Het collectief regelde de vergunningen met de gemeenten en leende het gereedschap "
            "uit via een deelkast.",
            "Le collectif a réglé les autorisations avec les communes et prêtait les outils "
            "grâce à une armoire partagée.",
            "The collective sorted out the permits with the communes and lent tools through a "
            "shared cupboard.",
        ),
    ),
    (
        "regional-participation-academy", "21010", "r", ["democracy", "youth-education"],
        ["associations", "residents"], 1, ["world-cafe", "open-space"],
        "public", "perspective.brussels — Service de la participation", None,
        "2023-01-20", "2023-12-08",
        (
            "Academie voor participatie",
            "Académie de la participation",
            "Participation academy",
        ),
        (
            "Een jaarprogramma van ateliers, terreinbezoeken en peer-to-peeropleidingen voor "
            "wie in Brussel participatie organiseert.",
            "Un programme annuel d’ateliers, de visites de terrain et de formations entre "
            "pairs pour celles et ceux qui organisent la participation à Bruxelles.",
            "A yearly programme of workshops, field visits and peer trainings for people who "
            "organise participation in Brussels.",
        ),
        (
            "Deelnemers kwamen zowel uit gemeentebesturen als uit burgercollectieven, wat "
            "leidde tot verrassende samenwerkingen.",
            "Les participants venaient aussi bien d’administrations communales que de "
            "collectifs citoyens, d’où des collaborations inattendues.",
            "Participants came from municipal administrations as well as citizen collectives, "
            "which led to unexpected collaborations.",
        ),
    ),
    (
        "regional-air-quality-sensors", "21008", "r", ["climate", "health-welfare"],
        ["residents", "children"], 5, ["living-lab", "participatory-mapping"],
        "collective", "Curieuze Bruxellois", None, "2021-05-01", "2021-11-30",
        (
            "Bewoners meten de luchtkwaliteit",
            "Les habitants mesurent la qualité de l’air",
            "Residents measure air quality",
        ),
        (
            "Tweeduizend bewoners hingen meetbuisjes aan hun venster; samen maakten ze een "
            "kaart van de luchtvervuiling straat per straat.",
            "Deux mille habitants ont accroché des tubes de mesure à leur fenêtre ; ensemble, "
            "ils ont dressé une carte de la pollution rue par rue.",
            "Two thousand residents hung sampling tubes at their windows; together they drew "
            "a street-by-street map of air pollution.",
        ),
        (
            "Scholen deden mee met een meetpunt aan de schoolpoort, wat de vraag naar "
            "schoolstraten aanwakkerde.",
            "Des écoles ont participé avec un point de mesure à leur grille, ce qui a nourri "
            "la demande de rues scolaires.",
            "Schools joined with a sampling point at the school gate, which fuelled demand for "
            "school streets.",
        ),
    ),
    (
        "regional-neighbourhood-contracts-evaluation", "21012", "r", ["urban-planning", "democracy"],
        ["residents", "associations"], 2, ["focus-group", "online-survey"],
        "public", "perspective.brussels", None, "2025-10-06", "2026-10-30",
        (
            "Evaluatie van de wijkcontracten door bewoners",
            "L’évaluation des contrats de quartier par les habitants",
            "Residents evaluate the neighbourhood contracts",
        ),
        (
            "Bewoners die deelnamen aan wijkcontracten, blikten terug op wat de participatie "
            "hen opleverde en wat beter kan.",
            "Des habitants ayant pris part à des contrats de quartier ont évalué ce que la "
            "participation leur a apporté et ce qui peut être amélioré.",
            "Residents who took part in neighbourhood contracts looked back on what "
            "participation brought them and what could be improved.",
        ),
        (
            "Ook wie na de eerste vergaderingen afhaakte, werd opgezocht: hun redenen bleken "
            "het meest leerrijk.",
            "Les personnes qui avaient décroché après les premières réunions ont aussi été "
            "contactées : leurs raisons se sont révélées les plus instructives.",
            "People who dropped out after the first meetings were also contacted: their "
            "reasons turned out to be the most instructive.",
        ),
    ),
    (
        "regional-low-emission-zone-dialogue", "21017", "r", ["mobility", "climate"],
        ["residents", "businesses", "precarious"], 2, ["deliberative-poll", "town-hall-meeting"],
        "public", "Bruxelles Environnement", None, "2024-10-01", "2025-02-28",
        (
            "Dialoog over de lage-emissiezone",
            "Dialogue sur la zone de basses émissions",
            "Dialogue on the low emission zone",
        ),
        (
            "Bewoners en zelfstandigen bespraken hoe de volgende fasen van de lage-emissiezone "
            "sociaal rechtvaardig kunnen verlopen.",
            "Habitants et indépendants ont discuté de la manière de rendre les prochaines "
            "étapes de la zone de basses émissions socialement justes.",
            "Residents and self-employed workers discussed how the next stages of the low "
            "emission zone could be socially fair.",
        ),
        (
            "Mensen met een oude wagen en een laag inkomen werden actief uitgenodigd, via "
            "OCMW’s en buurthuizen.",
            "Les personnes au revenu modeste possédant une vieille voiture ont été invitées "
            "activement, via les CPAS et les maisons de quartier.",
            "People on low incomes with old cars were actively invited, through the public "
            "social welfare centres and community centres.",
        ),
    ),
]
# fmt: on


# --- Building blocks --------------------------------------------------------------------------
# A paragraph on why the theme matters to the people involved, by the first theme.
THEME_CONTEXT = {
    "urban-planning": (
        "Wie elke dag in een straat woont, werkt of naar school gaat, kent haar beter dan "
        "welk plan ook. Die kennis hoort vroeg in het ontwerp thuis, voordat de belangrijke "
        "keuzes vastliggen.",
        "Celles et ceux qui habitent, travaillent ou vont à l’école dans une rue la "
        "connaissent mieux que n’importe quel plan. Ce savoir a sa place tôt dans la "
        "conception, avant que les grands choix soient figés.",
        "People who live, work or go to school in a street every day know it better than any "
        "plan. That knowledge belongs early in the design, before the big choices are fixed.",
    ),
    "public-space": (
        "In een dichtbebouwde stad is de openbare ruimte de tuin, de speelplaats en de "
        "ontmoetingsplek van veel bewoners. Wie er gebruik van maakt, moet mee kunnen bepalen "
        "hoe ze eruitziet.",
        "Dans une ville dense, l’espace public est le jardin, la plaine de jeux et le lieu de "
        "rencontre de nombreux habitants. Celles et ceux qui l’utilisent doivent pouvoir "
        "décider de son allure.",
        "In a dense city, public space is the garden, the playground and the meeting place of "
        "many residents. The people who use it should have a say in what it looks like.",
    ),
    "mobility": (
        "Hoe mensen zich verplaatsen, raakt aan hun gezondheid, hun budget en hun veiligheid. "
        "Een verkeersmaatregel werkt pas als wie hem dagelijks ondervindt, hem begrijpt en "
        "mee vorm geeft.",
        "La façon dont on se déplace touche à la santé, au budget et à la sécurité. Une "
        "mesure de circulation ne fonctionne que si celles et ceux qui la vivent chaque jour la "
        "comprennent et l’ont façonnée.",
        "How people get around affects their health, their budget and their safety. A traffic "
        "measure only works when the people who live with it every day understand it and "
        "helped shape it.",
    ),
    "climate": (
        "De klimaatverandering is in Brussel al voelbaar: hetere zomers, hevigere buien. "
        "Bewoners hebben ideeën en ervaring die technische studies niet altijd vatten.",
        "Le changement climatique se fait déjà sentir à Bruxelles : étés plus chauds, orages "
        "plus violents. Les habitants ont des idées et une expérience que les études "
        "techniques ne saisissent pas toujours.",
        "Climate change can already be felt in Brussels: hotter summers, heavier downpours. "
        "Residents have ideas and experience that technical studies do not always capture.",
    ),
    "social-cohesion": (
        "In een regio waar meer dan honderd nationaliteiten samenleven, ontstaan banden niet "
        "vanzelf. Er zijn plekken en momenten nodig waar mensen die elkaar anders niet "
        "tegenkomen, samen aan iets werken.",
        "Dans une région où cohabitent plus de cent nationalités, les liens ne naissent pas "
        "tout seuls. Il faut des lieux et des moments où des personnes qui ne se croiseraient "
        "pas travaillent ensemble à quelque chose.",
        "In a region where more than a hundred nationalities live side by side, ties do not "
        "form by themselves. It takes places and moments where people who would not otherwise "
        "meet work on something together.",
    ),
    "housing": (
        "Wonen is voor veel Brusselaars de grootste uitgave en de grootste zorg. Wie er woont, "
        "weet als geen ander wat een woning leefbaar maakt.",
        "Le logement est pour beaucoup de Bruxellois la première dépense et le premier souci. "
        "Celles et ceux qui y vivent savent mieux que personne ce qui rend un logement vivable.",
        "Housing is the biggest expense and the biggest worry for many Brussels residents. "
        "The people who live in a home know better than anyone what makes it liveable.",
    ),
    "culture": (
        "Cultuur en erfgoed zijn niet alleen monumenten: het zijn ook de verhalen, plekken en "
        "gewoonten die een wijk eigen maken. Bewoners zijn er de beste gidsen en makers van.",
        "La culture et le patrimoine, ce ne sont pas seulement des monuments : ce sont aussi "
        "les histoires, les lieux et les habitudes qui font un quartier. Les habitants en sont "
        "les meilleurs guides et créateurs.",
        "Culture and heritage are not just monuments: they are also the stories, places and "
        "habits that make a neighbourhood its own. Residents are their best guides and makers.",
    ),
    "youth-education": (
        "Brussel is een jonge regio, maar jongeren worden zelden gevraagd naar hun mening over "
        "de stad. Hun ideeën verdienen het om ernstig genomen te worden, met een echte rol voor"
        " de jongeren zelf.",
        "Bruxelles est une région jeune, mais on demande rarement l’avis des jeunes sur la "
        "ville. Leurs idées méritent d’être prises au sérieux, avec un vrai rôle pour les "
        "jeunes eux-mêmes.",
        "Brussels is a young region, yet young people are rarely asked for their views on the "
        "city. Their ideas deserve to be taken seriously, with a real role for young people "
        "themselves.",
    ),
    "health-welfare": (
        "Gezondheid hangt ook af van de plek waar je woont: een bank om uit te rusten, schaduw,"
        " een toegankelijke stoep. Wie het meest kwetsbaar is, weet het best wat ontbreekt.",
        "La santé dépend aussi du lieu où l’on vit : un banc pour se reposer, de l’ombre, un "
        "trottoir accessible. Les personnes les plus vulnérables savent le mieux ce qui manque.",
        "Health also depends on where you live: a bench to rest on, shade, an accessible "
        "pavement. The people who are most vulnerable know best what is missing.",
    ),
    "economy": (
        "Handelaars, zelfstandigen en klanten maken samen het leven van een straat. Hun "
        "belangen lopen niet altijd gelijk, en net daarom moeten ze aan dezelfde tafel zitten.",
        "Commerçants, indépendants et clients font ensemble la vie d’une rue. Leurs intérêts "
        "ne vont pas toujours dans le même sens, et c’est justement pourquoi ils doivent être "
        "à la même table.",
        "Shopkeepers, self-employed workers and customers make the life of a street together. "
        "Their interests do not always align, which is exactly why they need to sit at the "
        "same table.",
    ),
    "food": (
        "Wat we eten, raakt aan gezondheid, klimaat en werk. Rond een tafel of een moestuin "
        "praten mensen bovendien makkelijker over hun buurt.",
        "Ce que nous mangeons touche à la santé, au climat et à l’emploi. Autour d’une table "
        "ou d’un potager, on parle aussi plus facilement de son quartier.",
        "What we eat touches on health, climate and jobs. Around a table or a vegetable "
        "garden, people also find it easier to talk about their neighbourhood.",
    ),
    "democracy": (
        "Participatie vraagt vertrouwen: dat deelnemers gehoord worden en dat de overheid "
        "uitlegt wat ze met hun inbreng doet. Dat vertrouwen moet bij elk project opnieuw "
        "verdiend worden.",
        "La participation demande de la confiance : que les participants soient entendus et que"
        " l’autorité explique ce qu’elle fait de leurs contributions. Cette confiance se gagne "
        "à nouveau à chaque projet.",
        "Participation requires trust: that participants are heard and that the authority "
        "explains what it does with their input. That trust has to be earned again with every "
        "project.",
    ),
}

# A sentence on how the first method was used.
METHOD_USE = {
    "citizen-panel": (
        "De deelnemers werden door loting gekozen en kwamen over meerdere zaterdagen samen om "
        "experten te horen en aanbevelingen te schrijven.",
        "Les participants, tirés au sort, se sont réunis plusieurs samedis pour entendre des "
        "experts et rédiger des recommandations.",
        "Participants were drawn by lot and met over several Saturdays to hear experts and "
        "write recommendations.",
    ),
    "participatory-budget": (
        "Iedereen kon een project indienen; na een haalbaarheidscheck door de diensten "
        "stemden de bewoners zelf.",
        "Chacun pouvait déposer un projet ; après une vérification de faisabilité par les "
        "services, les habitants ont voté eux-mêmes.",
        "Anyone could submit a project; after a feasibility check by the services, residents "
        "voted themselves.",
    ),
    "public-consultation": (
        "De plannen hingen enkele weken uit in een buurtlokaal en online, met een "
        "reactieformulier en vaste momenten waarop ontwerpers aanwezig waren.",
        "Les plans ont été exposés quelques semaines dans un local de quartier et en ligne, "
        "avec un formulaire d’avis et des permanences des concepteurs.",
        "The plans were on display for a few weeks in a neighbourhood room and online, with a "
        "comment form and set times when the designers were present.",
    ),
    "co-design-workshop": (
        "In een reeks workshops werkten bewoners met plannen en maquettes, samen met de "
        "ontwerpers die het project daarna uittekenden.",
        "Au fil d’une série d’ateliers, les habitants ont travaillé sur plans et maquettes "
        "avec les concepteurs chargés ensuite de dessiner le projet.",
        "In a series of workshops, residents worked with plans and models alongside the "
        "designers who then drew up the project.",
    ),
    "neighbourhood-walk": (
        "Verkennende wandelingen in kleine groepen brachten concrete knelpunten en kansen aan "
        "het licht, telkens op de plek zelf.",
        "Des marches exploratoires en petits groupes ont mis au jour des problèmes et des "
        "atouts concrets, chaque fois sur place.",
        "Exploratory walks in small groups brought concrete problems and opportunities to "
        "light, each time on the spot.",
    ),
    "world-cafe": (
        "Tijdens een world café wisselden de deelnemers van tafel tot tafel, zodat iedereen "
        "met iedereen in gesprek ging.",
        "Lors d’un world café, les participants ont changé de table en table, pour que chacun "
        "échange avec tout le monde.",
        "During a world café, participants moved from table to table so that everyone talked "
        "with everyone.",
    ),
    "citizen-jury": (
        "Een kleine gelote jury hoorde voor- en tegenstanders en bracht daarna een gemotiveerd "
        "oordeel uit.",
        "Un petit jury tiré au sort a entendu partisans et opposants avant de rendre un avis "
        "motivé.",
        "A small jury drawn by lot heard supporters and opponents before giving a reasoned "
        "verdict.",
    ),
    "online-survey": (
        "Een korte vragenlijst stond online en op papier ter beschikking, met hulp bij het "
        "invullen in buurthuizen en bibliotheken.",
        "Un court questionnaire était disponible en ligne et sur papier, avec une aide pour le "
        "remplir dans les maisons de quartier et les bibliothèques.",
        "A short questionnaire was available online and on paper, with help to fill it in at "
        "community centres and libraries.",
    ),
    "focus-group": (
        "In kleine gespreksgroepen konden deelnemers die zich in een grote zaal niet laten "
        "horen, rustig hun ervaring delen.",
        "En petits groupes de discussion, des personnes qui ne prennent pas la parole dans une "
        "grande salle ont pu partager calmement leur expérience.",
        "In small discussion groups, people who would not speak up in a large hall could "
        "share their experience at their own pace.",
    ),
    "open-space": (
        "Tijdens een open space bepaalden de deelnemers zelf de onderwerpen, wat onverwachte "
        "vragen op tafel bracht.",
        "Lors d’un forum ouvert, les participants ont choisi eux-mêmes les sujets, ce qui a "
        "fait émerger des questions inattendues.",
        "At an open space event, participants chose the topics themselves, which brought "
        "unexpected questions to the table.",
    ),
    "photovoice": (
        "Deelnemers fotografeerden hun dagelijkse omgeving en bespraken de beelden in groep "
        "voordat ze werden tentoongesteld.",
        "Les participants ont photographié leur quotidien et discuté des images en groupe "
        "avant de les exposer.",
        "Participants photographed their everyday surroundings and discussed the pictures as "
        "a group before exhibiting them.",
    ),
    "deliberative-poll": (
        "Een representatieve groep werd bevraagd, kreeg tijd om te overleggen met experten en "
        "werd daarna opnieuw bevraagd.",
        "Un groupe représentatif a été interrogé, a pu délibérer avec des experts, puis a été "
        "interrogé de nouveau.",
        "A representative group was polled, had time to deliberate with experts and was then "
        "polled again.",
    ),
    "living-lab": (
        "Alles werd op ware grootte getest en na elke proefperiode samen met de deelnemers "
        "bijgestuurd.",
        "Tout a été testé grandeur nature et ajusté avec les participants après chaque période "
        "d’essai.",
        "Everything was tested at full scale and adjusted with the participants after each "
        "trial period.",
    ),
    "participatory-mapping": (
        "Op grote kaarten duidden deelnemers aan welke plekken ze waarderen, vermijden of "
        "anders willen zien.",
        "Sur de grandes cartes, les participants ont indiqué les lieux qu’ils apprécient, "
        "évitent ou voudraient voir changer.",
        "On large maps, participants marked the places they value, avoid or would like to see "
        "change.",
    ),
    "town-hall-meeting": (
        "Open bewonersvergaderingen gaven iedereen de kans om vragen te stellen aan de "
        "verantwoordelijken.",
        "Des réunions publiques ouvertes ont permis à chacun d’interroger les responsables.",
        "Open public meetings gave everyone the chance to put questions to those in charge.",
    ),
    "citizen-assembly": (
        "De gelote assemblee kwam maandenlang samen, hoorde tientallen experten en stemde "
        "over elk voorstel.",
        "L’assemblée tirée au sort s’est réunie pendant des mois, a entendu des dizaines "
        "d’experts et a voté chaque proposition.",
        "The assembly, drawn by lot, met for months, heard dozens of experts and voted on "
        "every proposal.",
    ),
    "tactical-urbanism": (
        "Een tijdelijke inrichting met bloembakken, verf en meubilair liet iedereen het idee "
        "uitproberen voordat er iets definitief werd gebouwd.",
        "Un aménagement temporaire — bacs, peinture, mobilier — a permis à chacun d’essayer "
        "l’idée avant de construire quoi que ce soit pour de bon.",
        "A temporary layout of planters, paint and furniture let everyone try the idea before "
        "anything was built for good.",
    ),
    "advisory-council": (
        "Een vaste raad komt regelmatig samen en geeft gevraagd en ongevraagd advies, waarop "
        "het bestuur schriftelijk antwoordt.",
        "Un conseil permanent se réunit régulièrement et rend des avis, sur demande ou "
        "d’initiative, auxquels l’autorité répond par écrit.",
        "A standing council meets regularly and gives advice, on request or on its own "
        "initiative, to which the authority answers in writing.",
    ),
}

# A closing paragraph by status.
STATUS_CLOSING = {
    "planned": (
        "Het project start binnenkort. Wie wil meedoen, kan contact opnemen met de projectdrager.",
        "Le projet démarre bientôt. Les personnes qui souhaitent y participer peuvent "
        "contacter le porteur de projet.",
        "The project starts soon. Anyone who would like to take part can contact the project "
        "carrier.",
    ),
    "ongoing": (
        "Het project loopt nog: nieuwe deelnemers zijn welkom en de volgende stappen worden "
        "op deze pagina aangekondigd.",
        "Le projet est en cours : les nouveaux participants sont les bienvenus et les "
        "prochaines étapes sont annoncées sur cette page.",
        "The project is under way: new participants are welcome and the next steps are "
        "announced on this page.",
    ),
    "finished": (
        "Het project is afgerond; de deelnemers kregen een terugkoppeling over wat met hun "
        "inbreng gebeurde.",
        "Le projet est terminé ; les participants ont reçu un retour sur ce qu’il est advenu "
        "de leurs contributions.",
        "The project is finished; participants were told what became of their input.",
    ),
}

# What a finished initiative achieved, by its first theme.
THEME_OUTCOME = {
    "urban-planning": (
        "Het definitieve ontwerp nam de belangrijkste voorstellen van de bewoners over; een "
        "terugkoppelingsbrochure legde uit welke niet en waarom.",
        "Le projet définitif a repris les principales propositions des habitants ; une "
        "brochure de retour a expliqué lesquelles ne l’ont pas été et pourquoi.",
        "The final design took up the residents’ main proposals; a feedback leaflet explained "
        "which ones were not adopted and why.",
    ),
    "public-space": (
        "De plek werd heraangelegd met meer groen, zitplaatsen en speelruimte, zoals de "
        "deelnemers vroegen.",
        "Le lieu a été réaménagé avec plus de verdure, d’assises et d’espaces de jeu, comme "
        "le demandaient les participants.",
        "The place was redesigned with more greenery, seating and room to play, as "
        "participants had asked.",
    ),
    "mobility": (
        "De maatregelen werden na de proefperiode aangepast en definitief ingevoerd, met "
        "metingen die de daling van het verkeer bevestigen.",
        "Les mesures ont été ajustées après la période d’essai puis pérennisées, avec des "
        "comptages qui confirment la baisse du trafic.",
        "The measures were adjusted after the trial period and made permanent, with counts "
        "confirming the drop in traffic.",
    ),
    "climate": (
        "Verschillende aanbevelingen werden opgenomen in de plannen van de overheid; bewoners "
        "zetten zelf een aantal kleine maatregelen in gang.",
        "Plusieurs recommandations ont été intégrées aux plans des pouvoirs publics ; les "
        "habitants ont eux-mêmes lancé une série de petites mesures.",
        "Several recommendations were included in the public authorities’ plans; residents "
        "started a number of small measures themselves.",
    ),
    "social-cohesion": (
        "Er ontstond een vaste groep vrijwilligers die de ontmoetingen na het project zelf "
        "verder organiseert.",
        "Un groupe stable de bénévoles est né et continue d’organiser les rencontres après le "
        "projet.",
        "A steady group of volunteers emerged and keeps organising the meetings after the project.",
    ),
    "housing": (
        "De voorstellen van de bewoners werden vertaald in het bestek van de werken en in "
        "afspraken over het beheer van de gedeelde ruimten.",
        "Les propositions des habitants ont été traduites dans le cahier des charges des "
        "travaux et dans des règles de gestion des espaces partagés.",
        "The residents’ proposals were written into the specification of the works and into "
        "agreements on managing the shared spaces.",
    ),
    "culture": (
        "Het project trok veel meer bezoekers dan verwacht en wordt in een volgende editie "
        "herhaald.",
        "Le projet a attiré bien plus de visiteurs que prévu et sera reconduit lors d’une "
        "prochaine édition.",
        "The project drew far more visitors than expected and will be repeated in a next edition.",
    ),
    "youth-education": (
        "De jongeren stelden hun resultaten zelf voor aan de verantwoordelijken, die de "
        "belangrijkste voorstellen overnamen.",
        "Les jeunes ont présenté eux-mêmes leurs résultats aux responsables, qui ont retenu "
        "les principales propositions.",
        "The young people presented their results to those in charge themselves, who took up "
        "the main proposals.",
    ),
    "health-welfare": (
        "Een reeks kleine ingrepen werd meteen uitgevoerd; grotere aanpassingen staan in de "
        "meerjarenplanning.",
        "Une série de petites interventions a été réalisée tout de suite ; les aménagements "
        "plus importants figurent dans la programmation pluriannuelle.",
        "A series of small fixes was carried out straight away; larger changes are in the "
        "multi-year programme.",
    ),
    "economy": (
        "Handelaars en bewoners sloten een charter met concrete afspraken die elk jaar samen "
        "worden geëvalueerd.",
        "Commerçants et habitants ont signé une charte d’engagements concrets évaluée "
        "ensemble chaque année.",
        "Shopkeepers and residents signed a charter of concrete commitments that they review "
        "together every year.",
    ),
    "food": (
        "De ideeën van de deelnemers kregen een plaats in het actieplan, met een budget voor "
        "buurtinitiatieven rond voeding.",
        "Les idées des participants ont trouvé leur place dans le plan d’action, avec un "
        "budget pour des initiatives de quartier autour de l’alimentation.",
        "The participants’ ideas found a place in the action plan, with a budget for "
        "neighbourhood food initiatives.",
    ),
    "democracy": (
        "De overheid antwoordde punt per punt op de voorstellen en publiceerde een "
        "opvolgingstabel.",
        "L’autorité a répondu point par point aux propositions et publié un tableau de suivi.",
        "The authority answered the proposals point by point and published a follow-up table.",
    ),
}

# What a finished initiative learned, by its first method.
METHOD_LESSON = {
    "citizen-panel": (
        "Een vergoeding en kinderopvang maakten het verschil om ook mensen met weinig tijd aan "
        "boord te houden.",
        "Un défraiement et une garde d’enfants ont fait la différence pour garder à bord des "
        "personnes qui ont peu de temps.",
        "A fee and childcare made the difference in keeping people with little time on board.",
    ),
    "participatory-budget": (
        "De stemming moet ook offline kunnen: de stemhokjes op de markt trokken een ander "
        "publiek dan de website.",
        "Le vote doit aussi être possible hors ligne : l’urne au marché a attiré un autre "
        "public que le site web.",
        "Voting has to be possible offline too: the ballot box at the market drew a different "
        "crowd than the website.",
    ),
    "public-consultation": (
        "Uitleggen wat met elke reactie gebeurde, kost tijd, maar bouwt vertrouwen op voor de "
        "volgende raadpleging.",
        "Expliquer ce qu’il est advenu de chaque avis prend du temps, mais construit la "
        "confiance pour la consultation suivante.",
        "Explaining what happened to each comment takes time, but builds trust for the next "
        "consultation.",
    ),
    "co-design-workshop": (
        "Maquettes en grote plannen helpen mensen die niet gewend zijn aan technische "
        "tekeningen om mee te praten.",
        "Les maquettes et les grands plans aident les personnes peu habituées aux dessins "
        "techniques à prendre part à la discussion.",
        "Models and large plans help people who are not used to technical drawings to join "
        "the discussion.",
    ),
    "neighbourhood-walk": (
        "Ter plaatse praten mensen concreter en vrijer dan in een vergaderzaal.",
        "Sur place, les gens parlent de manière plus concrète et plus libre que dans une salle "
        "de réunion.",
        "On the spot, people speak more concretely and more freely than in a meeting room.",
    ),
    "world-cafe": (
        "Een goede tafelgastheer per tafel is onmisbaar om de rode draad te bewaren tussen de "
        "rondes.",
        "Un bon hôte par table est indispensable pour garder le fil d’un tour à l’autre.",
        "A good host at each table is essential to keep the thread from one round to the next.",
    ),
    "citizen-jury": (
        "De jury moet vooraf weten wat er met haar oordeel gebeurt, anders haken leden af.",
        "Le jury doit savoir d’avance ce qu’il adviendra de son avis, sinon des membres "
        "décrochent.",
        "The jury must know in advance what will happen to its verdict, or members drop out.",
    ),
    "online-survey": (
        "Papieren versies en hulp ter plaatse waren nodig om meer dan de gebruikelijke "
        "stemmen te horen.",
        "Des versions papier et une aide sur place ont été nécessaires pour entendre d’autres "
        "voix que les habituelles.",
        "Paper copies and help on site were needed to hear more than the usual voices.",
    ),
    "focus-group": (
        "Gesprekken in de eigen taal en op een vertrouwde plek leverden de rijkste inbreng op.",
        "Les échanges dans sa propre langue et dans un lieu familier ont donné les "
        "contributions les plus riches.",
        "Conversations in people’s own language and in a familiar place gave the richest input.",
    ),
    "open-space": (
        "Wie de agenda aan de deelnemers overlaat, moet bereid zijn om onverwachte "
        "onderwerpen ernstig te nemen.",
        "Laisser l’ordre du jour aux participants suppose d’accepter de prendre au sérieux des "
        "sujets inattendus.",
        "Leaving the agenda to participants means being ready to take unexpected topics seriously.",
    ),
    "photovoice": (
        "Beelden openen gesprekken die met woorden alleen moeilijk op gang komen.",
        "Les images ouvrent des conversations difficiles à lancer avec des mots seuls.",
        "Pictures open conversations that are hard to start with words alone.",
    ),
    "deliberative-poll": (
        "Goede, evenwichtige informatie vooraf bepaalt de kwaliteit van het hele gesprek.",
        "Une information de qualité et équilibrée en amont détermine la qualité de tout le débat.",
        "Good, balanced information beforehand determines the quality of the whole conversation.",
    ),
    "living-lab": (
        "Kort en vaak testen werkte beter dan één groot proefproject.",
        "Tester souvent et par petites étapes a mieux fonctionné qu’un seul grand essai.",
        "Testing briefly and often worked better than one big pilot.",
    ),
    "participatory-mapping": (
        "Een kaart nodigt uit om mee te doen, ook wie geen zin heeft in een vergadering.",
        "Une carte invite à participer, même celles et ceux qui n’ont pas envie d’une réunion.",
        "A map invites people to take part, even those who do not fancy a meeting.",
    ),
    "town-hall-meeting": (
        "Een vergadering alleen volstaat niet: wie niet kon komen, moet ook een kanaal hebben.",
        "Une réunion seule ne suffit pas : celles et ceux qui n’ont pas pu venir doivent aussi "
        "avoir un canal.",
        "A meeting alone is not enough: those who could not come need a channel too.",
    ),
    "citizen-assembly": (
        "De duidelijke opdracht en het engagement van de overheid vooraf gaven de assemblee "
        "haar gezag.",
        "Un mandat clair et l’engagement préalable des pouvoirs publics ont donné son autorité "
        "à l’assemblée.",
        "A clear mandate and the authority’s prior commitment gave the assembly its weight.",
    ),
    "tactical-urbanism": (
        "Een tijdelijke inrichting maakt een abstract plan tastbaar en haalt de angel uit "
        "discussies.",
        "Un aménagement temporaire rend un plan abstrait tangible et désamorce les débats.",
        "A temporary layout makes an abstract plan tangible and takes the heat out of debates.",
    ),
    "advisory-council": (
        "Een schriftelijk antwoord van het bestuur op elk advies houdt de raad gemotiveerd.",
        "Une réponse écrite de l’autorité à chaque avis garde le conseil motivé.",
        "A written answer from the authority to every piece of advice keeps the council motivated.",
    ),
}

# Public partners named among the stakeholders, by the first theme.
THEME_PARTNER = {
    "urban-planning": ("urban.brussels", "urban.brussels", "urban.brussels"),
    "public-space": ("Leefmilieu Brussel", "Bruxelles Environnement", "Brussels Environment"),
    "mobility": ("Brussel Mobiliteit", "Bruxelles Mobilité", "Brussels Mobility"),
    "climate": ("Leefmilieu Brussel", "Bruxelles Environnement", "Brussels Environment"),
    "social-cohesion": (
        "de plaatselijke buurthuizen",
        "les maisons de quartier locales",
        "the local community centres",
    ),
    "housing": (
        "de Brusselse Gewestelijke Huisvestingsmaatschappij",
        "la Société du Logement de la Région de Bruxelles-Capitale",
        "the Brussels regional social housing company",
    ),
    "culture": ("urban.brussels", "urban.brussels", "urban.brussels"),
    "youth-education": ("de scholen uit de buurt", "les écoles du quartier", "local schools"),
    "health-welfare": ("het OCMW", "le CPAS", "the public social welfare centre"),
    "economy": ("hub.brussels", "hub.brussels", "hub.brussels"),
    "food": ("Leefmilieu Brussel", "Bruxelles Environnement", "Brussels Environment"),
    "democracy": (
        "de Dienst Participatie van perspective.brussels",
        "le Service de la participation de perspective.brussels",
        "the participation service of perspective.brussels",
    ),
}

# Timeline step titles and descriptions: (nl, fr, en) each.
STEP_LAUNCH = (
    ("Start van het project", "Lancement du projet", "Project launch"),
    (
        "Eerste bijeenkomst met de deelnemers en voorstelling van de aanpak.",
        "Première rencontre avec les participants et présentation de la démarche.",
        "First meeting with participants and presentation of the approach.",
    ),
)
STEP_MIDDLE = (
    ("Participatief traject", "Démarche participative", "Participatory phase"),
    (
        "De deelnemers werken samen aan voorstellen.",
        "Les participants élaborent ensemble des propositions.",
        "Participants work out proposals together.",
    ),
)
STEP_FEEDBACK = (
    ("Terugkoppeling", "Retour aux participants", "Feedback to participants"),
    (
        "Voorstelling van de resultaten aan de deelnemers en de buurt.",
        "Présentation des résultats aux participants et au quartier.",
        "Presentation of the results to participants and the neighbourhood.",
    ),
)
STEP_END = (
    ("Evaluatie en afsluiting", "Évaluation et clôture", "Evaluation and close"),
    (
        "Het project wordt geëvalueerd en de opvolging vastgelegd.",
        "Le projet est évalué et le suivi est défini.",
        "The project is evaluated and the follow-up agreed.",
    ),
)

# Drafts and submissions by the demo carrier, waiting for moderation.
# (slug, NIS, theme, state "draft" or "submitted", title (nl, fr, en), summary (nl, fr, en))
CARRIER_INITIATIVES = [
    (
        "midi-square-benches-draft",
        "21001",
        "public-space",
        "draft",
        (
            "Banken voor het Zuidplein",
            "Des bancs pour la place du Midi",
            "Benches for Place du Midi",
        ),
        (
            "Bewoners kiezen samen waar nieuwe banken op het plein komen.",
            "Les habitants choisissent ensemble l’emplacement de nouveaux bancs sur la place.",
            "Residents choose together where new benches go on the square.",
        ),
    ),
    (
        "midi-mural-draft",
        "21013",
        "culture",
        "draft",
        (
            "Een muurschildering voor de wijk",
            "Une fresque pour le quartier",
            "A mural for the neighbourhood",
        ),
        (
            "Jongeren en een kunstenaar ontwerpen samen een muurschildering op een blinde gevel.",
            "Des jeunes et un artiste conçoivent ensemble une fresque sur un pignon aveugle.",
            "Young people and an artist design a mural together on a blank gable wall.",
        ),
    ),
    (
        "midi-market-waste-submitted",
        "21001",
        "climate",
        "submitted",
        (
            "Minder afval op de Zuidmarkt",
            "Moins de déchets au marché du Midi",
            "Less waste at the Midi market",
        ),
        (
            "Marktkramers en bewoners testen herbruikbare verpakkingen en een composthoek.",
            "Maraîchers et habitants testent des emballages réutilisables et un coin compost.",
            "Market traders and residents are trying reusable packaging and a compost corner.",
        ),
    ),
    (
        "midi-stairwell-gardens-submitted",
        "21013",
        "urban-planning",
        "submitted",
        (
            "Groene trappenhuizen",
            "Des cages d’escalier vertes",
            "Green stairwells",
        ),
        (
            "Huurders van drie gebouwen vergroenen samen hun trappenhuizen en binnenplaatsen.",
            "Les locataires de trois immeubles verdurisent ensemble cages d’escalier et cours "
            "intérieures.",
            "Tenants of three buildings are greening their stairwells and courtyards together.",
        ),
    ),
    (
        "midi-homework-space-submitted",
        "21001",
        "youth-education",
        "submitted",
        (
            "Een studeerruimte in de wijk",
            "Un espace d’étude dans le quartier",
            "A study space in the neighbourhood",
        ),
        (
            "Een lege winkel wordt tijdens de examens een stille studeerplek voor jongeren.",
            "Un commerce vide devient un lieu d’étude calme pour les jeunes pendant les examens.",
            "An empty shop becomes a quiet study space for young people during exams.",
        ),
    ),
]

# The official names of the public bodies that carry initiatives: (nl, fr, en), keyed by the
# French name the initiatives above give. A carrier not listed (an association, a collective,
# a company) keeps its one name in every language.
PUBLIC_CARRIER_NAMES = {
    "Bruxelles Environnement": (
        "Leefmilieu Brussel",
        "Bruxelles Environnement",
        "Brussels Environment",
    ),
    "Bruxelles Mobilité": ("Brussel Mobiliteit", "Bruxelles Mobilité", "Brussels Mobility"),
    "Bruxelles-Propreté": ("Net Brussel", "Bruxelles-Propreté", "Bruxelles-Propreté"),
    "STIB-MIVB": ("MIVB", "STIB", "STIB-MIVB"),
    "perspective.brussels — Service de la participation": (
        "perspective.brussels — Dienst Participatie",
        "perspective.brussels — Service de la participation",
        "perspective.brussels — Participation Service",
    ),
    "Région de Bruxelles-Capitale": (
        "Brussels Hoofdstedelijk Gewest",
        "Région de Bruxelles-Capitale",
        "Brussels-Capital Region",
    ),
    "Région de Bruxelles-Capitale — Sport": (
        "Brussels Hoofdstedelijk Gewest — Sport",
        "Région de Bruxelles-Capitale — Sport",
        "Brussels-Capital Region — Sport",
    ),
    "Ville de Bruxelles": ("Stad Brussel", "Ville de Bruxelles", "City of Brussels"),
    "Ville de Bruxelles — Cellule participation": (
        "Stad Brussel — Cel Participatie",
        "Ville de Bruxelles — Cellule participation",
        "City of Brussels — Participation Unit",
    ),
    "Commune d’Anderlecht": (
        "Gemeente Anderlecht",
        "Commune d’Anderlecht",
        "Municipality of Anderlecht",
    ),
    "Commune d’Auderghem": (
        "Gemeente Oudergem",
        "Commune d’Auderghem",
        "Municipality of Auderghem",
    ),
    "Commune de Berchem-Sainte-Agathe": (
        "Gemeente Sint-Agatha-Berchem",
        "Commune de Berchem-Sainte-Agathe",
        "Municipality of Berchem-Sainte-Agathe",
    ),
    "Commune d’Etterbeek": (
        "Gemeente Etterbeek",
        "Commune d’Etterbeek",
        "Municipality of Etterbeek",
    ),
    "Commune d’Evere": ("Gemeente Evere", "Commune d’Evere", "Municipality of Evere"),
    "Commune de Forest — Cellule participation": (
        "Gemeente Vorst — Cel Participatie",
        "Commune de Forest — Cellule participation",
        "Municipality of Forest — Participation Unit",
    ),
    "Commune de Ganshoren": (
        "Gemeente Ganshoren",
        "Commune de Ganshoren",
        "Municipality of Ganshoren",
    ),
    "Commune d’Ixelles": ("Gemeente Elsene", "Commune d’Ixelles", "Municipality of Ixelles"),
    "Commune de Jette": ("Gemeente Jette", "Commune de Jette", "Municipality of Jette"),
    "Commune de Koekelberg": (
        "Gemeente Koekelberg",
        "Commune de Koekelberg",
        "Municipality of Koekelberg",
    ),
    "Commune de Saint-Josse-ten-Noode": (
        "Gemeente Sint-Joost-ten-Node",
        "Commune de Saint-Josse-ten-Noode",
        "Municipality of Saint-Josse-ten-Noode",
    ),
    "Commune de Schaerbeek": (
        "Gemeente Schaarbeek",
        "Commune de Schaerbeek",
        "Municipality of Schaerbeek",
    ),
    "Commune d’Uccle": ("Gemeente Ukkel", "Commune d’Uccle", "Municipality of Uccle"),
    "Commune de Watermael-Boitsfort": (
        "Gemeente Watermaal-Bosvoorde",
        "Commune de Watermael-Boitsfort",
        "Municipality of Watermael-Boitsfort",
    ),
    "Commune de Woluwe-Saint-Lambert": (
        "Gemeente Sint-Lambrechts-Woluwe",
        "Commune de Woluwe-Saint-Lambert",
        "Municipality of Woluwe-Saint-Lambert",
    ),
    "Commune de Woluwe-Saint-Pierre": (
        "Gemeente Sint-Pieters-Woluwe",
        "Commune de Woluwe-Saint-Pierre",
        "Municipality of Woluwe-Saint-Pierre",
    ),
    "Bibliothèque communale de Saint-Josse": (
        "Gemeentelijke Bibliotheek Sint-Joost",
        "Bibliothèque communale de Saint-Josse",
        "Saint-Josse Municipal Library",
    ),
}


def carrier_names(name: str) -> tuple[str, str, str]:
    """The carrier's name in (nl, fr, en): a public body's official names, else ``name`` thrice."""
    return PUBLIC_CARRIER_NAMES.get(name, (name, name, name))
