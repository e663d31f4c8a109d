"""Demo method sheets, part c: living lab, participatory mapping, town hall meeting,
citizens' assembly, tactical urbanism and advisory council.

See ``toolkit.demo_methods`` for the shape of a sheet.
"""

METHOD_SHEETS: dict[str, dict] = {
    "living-lab": {
        "description": (
            "<p>Een living lab maakt van een straat, een gebouw of een wijk een proefterrein. "
            "Bewoners, een onderzoeksteam, de betrokken diensten en soms een bedrijf ontwerpen "
            "samen een oplossing, testen die in het dagelijkse leven en meten wat er gebeurt. Na "
            "elke proefperiode wordt de oplossing bijgestuurd, tot ze werkt of met goede redenen "
            "wordt opgegeven.</p>"
            "<p>Denk aan gedeelde bakfietsen voor gezinnen, gemeenschappelijke regenwatertanks in "
            "een sociale woonwijk of manieren om appartementen koel te houden tijdens een "
            "hittegolf. Wat een living lab onderscheidt:</p><ul>"
            "<li><strong>echt gebruik</strong>: mensen leven wekenlang met het prototype, niet "
            "één namiddag;</li>"
            "<li><strong>meten</strong>: sensoren, logboekjes en gesprekken vóór, tijdens en na "
            "elke cyclus;</li>"
            "<li><strong>gedeeld eigenaarschap</strong>: bewoners beslissen mee wat er daarna "
            "getest wordt.</li></ul>"
            "<p>Reken op twaalf tot achttien maanden en een team met onderzoekservaring. De "
            "financiering combineert vaak een onderzoekssubsidie, bijvoorbeeld van Innoviris, met "
            "een bijdrage van de gemeente of het Gewest.</p>",
            "<p>Un living lab transforme une rue, un immeuble ou un quartier en terrain d’essai. "
            "Habitants, équipe de recherche, services concernés et parfois une entreprise "
            "conçoivent ensemble une solution, la testent dans la vie quotidienne et mesurent ce "
            "qui se passe. Après chaque période d’essai, la solution est ajustée, jusqu’à ce "
            "qu’elle fonctionne ou qu’on l’abandonne pour de bonnes raisons.</p>"
            "<p>Quelques exemples&nbsp;: des vélos cargos partagés pour les familles, des "
            "citernes d’eau de pluie collectives dans un ensemble de logements sociaux, des "
            "moyens de garder les appartements frais pendant les canicules. Ce qui distingue un "
            "living lab&nbsp;:</p><ul>"
            "<li><strong>un usage réel</strong>&nbsp;: les personnes vivent avec le prototype "
            "pendant des semaines, pas un seul après-midi&nbsp;;</li>"
            "<li><strong>la mesure</strong>&nbsp;: capteurs, carnets de bord et entretiens avant, "
            "pendant et après chaque cycle&nbsp;;</li>"
            "<li><strong>une appropriation partagée</strong>&nbsp;: les habitants décident avec "
            "l’équipe de ce qui sera testé ensuite.</li></ul>"
            "<p>Comptez douze à dix-huit mois et une équipe rompue à la recherche. Le financement "
            "associe souvent une subvention de recherche, par exemple d’Innoviris, et une "
            "contribution de la commune ou de la Région.</p>",
            "<p>A living lab turns a street, a building or a neighbourhood into a test site. "
            "Residents, a research team, the public services concerned and sometimes a company "
            "design a solution together, try it out in daily life and measure what happens. After "
            "each trial period the solution is adjusted, until it works or is dropped for good "
            "reasons.</p>"
            "<p>Think of shared cargo bikes for families, communal rainwater tanks on a social "
            "housing estate or ways to keep flats cool during a heatwave. What sets a living lab "
            "apart:</p><ul>"
            "<li><strong>real use</strong>: people live with the prototype for weeks, not for a "
            "single afternoon;</li>"
            "<li><strong>measurement</strong>: sensors, logbooks and interviews before, during "
            "and after each cycle;</li>"
            "<li><strong>shared ownership</strong>: residents help decide what is tested "
            "next.</li></ul>"
            "<p>Count on twelve to eighteen months and a team with research experience. Funding "
            "often combines a research grant, for instance from Innoviris, with a contribution "
            "from the commune or the Region.</p>",
        ),
        "when_to_use": (
            "Kies voor een living lab als het antwoord niet vooraf vaststaat en alleen dagelijks "
            "gebruik kan tonen of een idee werkt: nieuwe diensten, technische oplossingen in "
            "woningen, een ander gebruik van een straat. Het past bij vragen waarop bewoners de "
            "echte experten van hun eigen dagelijkse leven zijn. U hebt een partner met "
            "onderzoekscapaciteit nodig, een budget voor minstens een jaar en een overheid die "
            "bereid is haar plannen aan te passen aan de resultaten. Voor een eenvoudige keuze "
            "tussen twee opties volstaat een lichtere methode.",
            "Optez pour un living lab lorsque la réponse n’est pas connue d’avance et que seul "
            "l’usage quotidien montrera si une idée tient la route : nouveaux services, solutions "
            "techniques dans les logements, autre usage d’une rue. La méthode convient aux "
            "questions dont les habitants sont les véritables experts, parce qu’elles touchent à "
            "leur quotidien. Il vous faut un partenaire capable de mener une recherche, un budget "
            "pour au moins un an et une autorité prête à revoir ses plans selon les résultats. "
            "Pour trancher entre deux options simples, une méthode plus légère suffit.",
            "Use a living lab when the answer is not known in advance and only daily use will "
            "show whether an idea works: new services, technical solutions in homes, a different "
            "use of a street. It suits questions on which residents are the real experts, because "
            "they touch their everyday lives. You need a partner with research capacity, a budget "
            "for at least a year and an authority ready to change its plans in the light of the "
            "results. For a simple choice between two options, a lighter method is enough.",
        ),
        "steps": (
            "Vorm een partnerschap van bewonersgroep, onderzoeksteam en betrokken diensten, en "
            "leg rollen en het gebruik van gegevens vast in een kort charter.\n"
            "Breng samen met de bewoners de noden in kaart via gesprekken, wandelingen en een "
            "startworkshop.\n"
            "Ontwerp samen een eerste prototype en bepaal wat u meet en hoe.\n"
            "Test het zes tot acht weken bij vrijwillige gezinnen, met logboekjes en sensoren.\n"
            "Analyseer de resultaten met de deelnemers en pas het prototype aan.\n"
            "Herhaal de cyclus van testen en bijsturen twee of drie keer.\n"
            "Publiceer de bevindingen en beslis met de overheid of u opschaalt, aanpast of stopt.",
            "Constituez le partenariat (collectif d’habitants, équipe de recherche, services "
            "concernés) et fixez les rôles et l’usage des données dans une courte charte.\n"
            "Explorez les besoins avec les habitants par des entretiens, des balades et un "
            "atelier de lancement.\n"
            "Concevez ensemble un premier prototype et définissez ce qui sera mesuré, et comment.\n"
            "Testez-le six à huit semaines auprès de ménages volontaires, avec carnets de bord et "
            "capteurs.\n"
            "Analysez les résultats avec les participants et ajustez le prototype.\n"
            "Répétez le cycle test-ajustement deux ou trois fois.\n"
            "Publiez les enseignements et décidez avec l’autorité d’étendre, d’adapter ou "
            "d’arrêter.",
            "Form a partnership of a residents' group, a research team and the services "
            "concerned, and set out roles and the use of data in a short charter.\n"
            "Explore needs with the residents through interviews, walks and a kick-off workshop.\n"
            "Design a first prototype together and decide what will be measured, and how.\n"
            "Test it for six to eight weeks with volunteer households, using logbooks and "
            "sensors.\n"
            "Analyse the results with the participants and adjust the prototype.\n"
            "Repeat the test-and-adjust cycle two or three times.\n"
            "Publish the findings and decide with the authority whether to scale up, adapt or "
            "stop.",
        ),
        "duration": "year",
        "duration_note": (
            "12 tot 18 maanden, in testcycli van zes tot acht weken",
            "12 à 18 mois, par cycles d’essai de six à huit semaines",
            "12 to 18 months, in trial cycles of six to eight weeks",
        ),
        "budget_range": "very_high",
        "group_size": "medium",
        "level": "co-construct",
        "themes": ["climate", "mobility", "housing"],
        "stages": ["design", "running", "evaluation"],
        "strengths": (
            "Oplossingen worden in het echt getest voordat er op grote schaal geld naartoe gaat.\n"
            "Bewoners doen vaardigheden op en worden mede-eigenaar van het resultaat.\n"
            "Meetgegevens en ervaringen van bewoners versterken elkaar en overtuigen "
            "beleidsmakers.\n"
            "Wat niet werkt, valt vroeg en goedkoop af.",
            "Les solutions sont éprouvées en conditions réelles avant d’investir à grande "
            "échelle.\n"
            "Les habitants acquièrent des compétences et s’approprient le résultat.\n"
            "Données mesurées et vécu des habitants se renforcent et convainquent les décideurs.\n"
            "Ce qui ne marche pas est écarté tôt et à moindre coût.",
            "Solutions are tried out in real life before money is spent at scale.\n"
            "Residents gain skills and become co-owners of the result.\n"
            "Measured data and residents' experience reinforce each other and convince "
            "decision-makers.\n"
            "What does not work is dropped early and cheaply.",
        ),
        "pitfalls": (
            "Op een lang traject haken deelnemers af; voorzie bij elke cyclus terugkoppeling en "
            "een kleine attentie.\n"
            "De onderzoeksagenda kan het overnemen van de noden van de bewoners.\n"
            "Onduidelijke afspraken over persoonsgegevens uit sensoren ondermijnen het "
            "vertrouwen.\n"
            "Een geslaagd prototype valt stil als niemand budget voor de opvolging heeft "
            "voorzien.",
            "Sur un projet long, des participants décrochent : prévoyez un retour et une petite "
            "attention à chaque cycle.\n"
            "L’agenda des chercheurs peut prendre le pas sur les besoins des habitants.\n"
            "Des règles floues sur les données personnelles issues des capteurs sapent la "
            "confiance.\n"
            "Un prototype réussi reste au placard si personne n’a budgété la suite.",
            "Over a long project participants drop out; plan feedback and a small token of thanks "
            "at each cycle.\n"
            "The researchers' agenda can take over from residents' needs.\n"
            "Unclear rules on personal data from sensors undermine trust.\n"
            "A successful prototype stalls when nobody has budgeted for the follow-up.",
        ),
    },
    "participatory-mapping": {
        "description": (
            "<p>Bij participatieve kartografie ligt er een grote kaart van de wijk op tafel, aan "
            "de muur of op de stoep, en duiden bewoners erop aan waar ze zich al dan niet veilig "
            "voelen, welke routes ze nemen, waar kinderen spelen, welke hoeken verwaarloosd zijn "
            "en wat ze anders willen zien. Gekleurde stickers, stiften en korte notities maken "
            "van individuele kennis een gedeeld beeld dat u op geen andere manier zo snel "
            "krijgt.</p>"
            "<p>Een afgedrukte basiskaart op schaal 1:2.000 of 1:5.000 (bijvoorbeeld uit UrbIS, "
            "de referentiekaart van het Gewest) werkt goed. Zet er herkenningspunten op, zoals "
            "scholen, de markt of het metrostation, zodat iedereen zijn weg vindt, welke taal hij "
            "ook spreekt. De methode kan de vorm aannemen van:</p><ul>"
            "<li><strong>een workshop</strong> van twee à drie uur met 15 tot 40 mensen;</li>"
            "<li><strong>een mobiele stand</strong> op de markt, aan de schoolpoort of op een "
            "buurtfeest, om voorbijgangers te bereiken;</li>"
            "<li><strong>een online kaart</strong> die enkele weken openstaat, altijd naast de "
            "papieren versie.</li></ul>"
            "<p>Het resultaat wordt gedigitaliseerd en vormt een gedeelde basis voor een diagnose "
            "of een ontwerpopdracht.</p>",
            "<p>La cartographie participative pose une grande carte du quartier sur une table, un "
            "mur ou le trottoir, et invite les habitants à y indiquer où ils se sentent en "
            "sécurité ou non, quels trajets ils empruntent, où jouent les enfants, quels coins "
            "sont délaissés et ce qu’ils voudraient voir changer. Gommettes de couleur, feutres "
            "et petites notes transforment des savoirs individuels en une image commune qu’aucune "
            "autre méthode ne donne aussi vite.</p>"
            "<p>Un fond de plan imprimé au 1/2&nbsp;000 ou au 1/5&nbsp;000 (par exemple issu "
            "d’UrbIS, la carte de référence régionale) convient bien. Ajoutez-y des repères "
            "connus de tous, comme les écoles, le marché ou la station de métro, pour que chacun "
            "s’oriente, quelle que soit sa langue. La méthode peut prendre la "
            "forme&nbsp;:</p><ul>"
            "<li><strong>d’un atelier</strong> de deux à trois heures avec 15 à 40 "
            "personnes&nbsp;;</li>"
            "<li><strong>d’un stand mobile</strong> au marché, à la sortie de l’école ou lors "
            "d’une fête de quartier, pour toucher les passants&nbsp;;</li>"
            "<li><strong>d’une carte en ligne</strong> ouverte quelques semaines, toujours en "
            "complément de la version papier.</li></ul>"
            "<p>Le résultat est numérisé et sert de base commune à un diagnostic ou à un cahier "
            "des charges.</p>",
            "<p>Participatory mapping puts a large map of the neighbourhood on a table, a wall or "
            "the pavement and asks residents to mark on it where they feel safe or unsafe, which "
            "routes they take, where children play, which corners are neglected and what they "
            "would like to see change. Coloured stickers, markers and short notes turn individual "
            "knowledge into a shared picture that no other method produces as quickly.</p>"
            "<p>A printed base map at 1:2,000 or 1:5,000 (for instance from UrbIS, the Region's "
            "reference map) works well. Add landmarks everyone knows, such as schools, the market "
            "or the metro station, so that people find their way whatever language they speak. "
            "The method can take the form of:</p><ul>"
            "<li><strong>a workshop</strong> of two to three hours with 15 to 40 people;</li>"
            "<li><strong>a mobile stand</strong> at the market, the school gate or a street "
            "party, to reach passers-by;</li>"
            "<li><strong>an online map</strong> open for a few weeks, always alongside the paper "
            "version.</li></ul>"
            "<p>The result is digitised and becomes a shared basis for a diagnosis or a design "
            "brief.</p>",
        ),
        "when_to_use": (
            "Gebruik participatieve kartografie bij de start van een traject, om een diagnose van "
            "een gebied op te bouwen voordat iemand een plan tekent: een duurzaam wijkcontract, "
            "een mobiliteitsplan, de heraanleg van een plein of een park. De methode werkt goed "
            "met mensen die minder vlot zijn in lange discussies of in geschreven Nederlands of "
            "Frans, want wijzen op een kaart vraagt weinig woorden. Ze is minder geschikt voor "
            "abstracte vragen of gewestelijke strategieën, waar de schaal individuele markeringen "
            "betekenisloos maakt.",
            "Recourez à la cartographie participative au début d’un processus, pour établir le "
            "diagnostic d’un territoire avant que quiconque ne dessine un plan : contrat de "
            "quartier durable, plan de mobilité, réaménagement d’une place ou d’un parc. Elle "
            "fonctionne bien avec les personnes moins à l’aise dans les longues discussions ou à "
            "l’écrit en français ou en néerlandais, car montrer un endroit sur une carte demande "
            "peu de mots. Elle convient moins aux questions abstraites ou aux stratégies "
            "régionales, où l’échelle ôte leur sens aux marques individuelles.",
            "Use participatory mapping at the start of a process, to build a diagnosis of an area "
            "before anyone draws a plan: a sustainable neighbourhood contract, a mobility plan, "
            "the redesign of a square or a park. It works well with people who are less at ease "
            "in long discussions or in written French or Dutch, because pointing at a map takes "
            "few words. It is less suited to abstract questions or region-wide strategies, where "
            "the scale makes individual marks meaningless.",
        ),
        "steps": (
            "Bepaal de vraag en het gebied, en kies wat mensen aanduiden: een legende van "
            "hoogstens vier tot zes kleuren.\n"
            "Maak de basiskaart klaar op een leesbare schaal met herkenbare oriëntatiepunten, en "
            "een eenvoudige uitleg in elke taal.\n"
            "Plan sessies en standjes waar de doelgroepen al komen: de markt, de schoolpoort, het "
            "buurthuis.\n"
            "Leid de sessies: korte uitleg, individueel aanduiden, daarna een gesprek rond de "
            "kaart.\n"
            "Fotografeer en digitaliseer elke kaart nog dezelfde dag, samen met de notities.\n"
            "Analyseer de clusters van markeringen en vertaal ze naar vaststellingen en vragen "
            "voor de volgende fase.\n"
            "Toon de samengevoegde kaart aan de deelnemers en leg uit wat u ermee doet.",
            "Définissez la question et le périmètre, et choisissez ce que les participants vont "
            "indiquer : une légende de quatre à six couleurs au maximum.\n"
            "Préparez le fond de plan à une échelle lisible, avec des repères familiers, et une "
            "consigne simple dans chaque langue.\n"
            "Prévoyez séances et stands là où se trouvent déjà les publics visés : marché, sortie "
            "d’école, maison de quartier.\n"
            "Animez les séances : brève explication, repérage individuel, puis discussion autour "
            "de la carte.\n"
            "Photographiez et numérisez chaque carte le jour même, avec les notes.\n"
            "Analysez les concentrations de marques et traduisez-les en constats et en questions "
            "pour l’étape suivante.\n"
            "Présentez la carte consolidée aux participants et expliquez l’usage qui en sera "
            "fait.",
            "Define the question and the area, and choose what people will mark: a legend of four "
            "to six colours at most.\n"
            "Prepare the base map at a readable scale with familiar landmarks, and simple "
            "instructions in each language.\n"
            "Plan sessions and stands where your target groups already are: the market, the "
            "school gate, the community centre.\n"
            "Run the sessions: a short explanation, individual marking, then a discussion around "
            "the map.\n"
            "Photograph and digitise every map on the same day, together with the notes.\n"
            "Analyse the clusters of marks and turn them into findings and questions for the next "
            "stage.\n"
            "Show the combined map to the participants and explain how it will be used.",
        ),
        "duration": "days",
        "duration_note": (
            "Eén tot drie dagen sessies en standjes, gespreid over twee weken; twee à drie uur "
            "per workshop",
            "Une à trois journées d’ateliers et de stands sur deux semaines ; deux à trois heures "
            "par atelier",
            "One to three days of workshops and stands over two weeks; two to three hours per "
            "workshop",
        ),
        "budget_range": "low",
        "group_size": "medium",
        "level": "consult",
        "themes": ["urban-planning", "public-space", "mobility", "social-cohesion"],
        "stages": ["framing", "mobilisation", "running"],
        "strengths": (
            "Lage drempel: wijzen op een kaart vraagt weinig taal of schrijfwerk.\n"
            "Maakt van verspreide lokale kennis een beeld waarmee ontwerpers en diensten aan de "
            "slag kunnen.\n"
            "Goedkoop en makkelijk mee te nemen naar de plekken waar de mensen zijn.\n"
            "Levert concrete plekken op, niet alleen algemene meningen.",
            "Accès facile : montrer un lieu sur une carte demande peu de mots et peu d’écrit.\n"
            "Transforme des savoirs locaux dispersés en une image exploitable par les concepteurs "
            "et les services.\n"
            "Peu coûteuse et facile à emporter là où se trouvent les gens.\n"
            "Produit des lieux précis, pas seulement des opinions générales.",
            "Low threshold: pointing at a map needs little language and no writing.\n"
            "Turns scattered local knowledge into a picture that designers and services can work "
            "with.\n"
            "Cheap and easy to take to where people are.\n"
            "Produces specific places, not just general opinions.",
        ),
        "pitfalls": (
            "Een kaart met te veel kleuren en categorieën verwart; houd de legende kort.\n"
            "Een sticker zonder notitie is achteraf moeilijk te interpreteren.\n"
            "Alleen wie naar de sessies komt, staat op de kaart; zoek actief de groepen op die u "
            "zelden hoort.\n"
            "Kartografie wekt verwachtingen over concrete plekken; zeg duidelijk wat wel en niet "
            "kan veranderen.",
            "Une carte avec trop de couleurs et de catégories déroute ; gardez une légende "
            "courte.\n"
            "Une gommette sans note est difficile à interpréter après coup.\n"
            "Seuls ceux qui viennent aux séances figurent sur la carte : allez vers les publics "
            "que vous entendez rarement.\n"
            "La cartographie suscite des attentes sur des lieux précis ; dites clairement ce qui "
            "peut changer et ce qui ne le peut pas.",
            "A map with too many colours and categories confuses people; keep the legend short.\n"
            "A sticker without a note is hard to interpret afterwards.\n"
            "Only those who come to the sessions end up on the map; seek out the groups you "
            "rarely hear.\n"
            "Mapping raises expectations about specific places; say clearly what can and cannot "
            "change.",
        ),
    },
    "town-hall-meeting": {
        "description": (
            "<p>Een bewonersvergadering is een open avond waarop de gemeente, het Gewest of een "
            "openbare instelling een project voorstelt, zoals een heraangelegde straat, een "
            "nieuwe school of andere parkeerregels, en waarop bewoners vragen stellen en "
            "reageren. Het is de bekendste vorm en vaak het eerste contact tussen een overheid en "
            "een wijk. Op zichzelf informeert ze meer dan ze betrekt, maar goed aangepakt bouwt "
            "ze vertrouwen op en opent ze de deur naar andere methodes.</p>"
            "<p>Wat het verschil maakt:</p><ul>"
            "<li><strong>een duidelijk kader</strong>: zeg bij de start wat al beslist is, wat "
            "nog open ligt en wat u met de reacties doet;</li>"
            "<li><strong>een korte presentatie</strong>: hoogstens twintig minuten, met leesbare "
            "plannen, en daarna minstens een uur voor vragen;</li>"
            "<li><strong>meer dan één manier om het woord te nemen</strong>: open micro, "
            "schriftelijke vragen, tafels rond de plannen na het plenaire deel;</li>"
            "<li><strong>beide talen</strong>: tolken of tweetalige sprekers, en waar nodig een "
            "samenvatting in het Engels.</li></ul>"
            "<p>Bezorg binnen drie weken een schriftelijk verslag, met antwoorden op de vragen "
            "die open bleven.</p>",
            "<p>Une réunion publique est une soirée ouverte où la commune, la Région ou un "
            "organisme public présente un projet, qu’il s’agisse du réaménagement d’une rue, "
            "d’une nouvelle école ou de nouvelles règles de stationnement, et où les habitants "
            "posent leurs questions et réagissent. C’est le format le plus connu, et souvent le "
            "premier contact entre une autorité et un quartier. À elle seule, elle informe plus "
            "qu’elle n’implique&nbsp;; bien menée, elle crée pourtant de la confiance et ouvre la "
            "porte à d’autres méthodes.</p>"
            "<p>Ce qui fait la différence&nbsp;:</p><ul>"
            "<li><strong>un cadre clair</strong>&nbsp;: annoncez d’emblée ce qui est déjà décidé, "
            "ce qui reste ouvert et l’usage qui sera fait des avis&nbsp;;</li>"
            "<li><strong>une présentation courte</strong>&nbsp;: vingt minutes au plus, avec des "
            "plans lisibles, puis au moins une heure d’échanges&nbsp;;</li>"
            "<li><strong>plusieurs façons de s’exprimer</strong>&nbsp;: micro ouvert, questions "
            "écrites, tables autour des plans après la plénière&nbsp;;</li>"
            "<li><strong>les deux langues</strong>&nbsp;: interprétation ou intervenants "
            "bilingues, et un résumé en anglais si nécessaire.</li></ul>"
            "<p>Envoyez dans les trois semaines un compte rendu écrit, avec les réponses aux "
            "questions restées en suspens.</p>",
            "<p>A town hall meeting is an open evening where the commune, the Region or a public "
            "body presents a project, such as a street redesign, a new school or new parking "
            "rules, and where residents ask questions and respond. It is the most familiar format "
            "and often the first contact between an authority and a neighbourhood. On its own it "
            "informs more than it involves, but done well it builds trust and opens the door to "
            "other methods.</p>"
            "<p>What makes the difference:</p><ul>"
            "<li><strong>a clear frame</strong>: say at the start what is already decided, what "
            "is still open and how comments will be used;</li>"
            "<li><strong>a short presentation</strong>: twenty minutes at most, with plans people "
            "can read, then at least an hour of questions;</li>"
            "<li><strong>more than one way to speak</strong>: an open microphone, written "
            "questions, tables around the plans after the plenary;</li>"
            "<li><strong>both languages</strong>: interpreters or bilingual speakers, and a "
            "summary in English where needed.</li></ul>"
            "<p>Send a written report within three weeks, with answers to the questions left "
            "open.</p>",
        ),
        "when_to_use": (
            "Organiseer een bewonersvergadering om een project aan te kondigen, een beslissing "
            "toe te lichten of een langer traject op te starten, wanneer veel mensen betrokken "
            "zijn en tegelijk dezelfde informatie nodig hebben. Ze is een goede start voor een "
            "raadpleging of een co-creatietraject, en een goed moment om aan het einde terug te "
            "koppelen. Verzamel er niet uitsluitend meningen mee: de luidste stemmen overheersen "
            "en veel mensen komen nooit naar een avondvergadering.",
            "Organisez une réunion publique pour annoncer un projet, expliquer une décision ou "
            "lancer un processus plus long, lorsque beaucoup de personnes sont concernées et ont "
            "besoin de la même information au même moment. C’est une bonne entrée en matière pour "
            "une consultation ou une démarche de co-conception, et un bon moment pour rendre "
            "compte à la fin. Ne comptez pas sur elle seule pour recueillir des avis : les voix "
            "les plus fortes dominent et beaucoup de gens ne viennent jamais à une réunion en "
            "soirée.",
            "Hold a town hall meeting to announce a project, explain a decision or launch a "
            "longer process, when many people are affected and need the same information at the "
            "same time. It is a good start for a consultation or a co-design process, and a good "
            "moment to report back at the end. Do not rely on it alone to gather opinions: the "
            "loudest voices dominate and many people never come to an evening meeting.",
        ),
        "steps": (
            "Bepaal waarvoor de vergadering dient (informeren, een traject starten of "
            "terugkoppelen) en wat nog bespreekbaar is.\n"
            "Reserveer een toegankelijke zaal in de wijk, regel tolken en zo mogelijk "
            "kinderopvang.\n"
            "Kondig de vergadering drie weken vooraf aan met een folder in de brievenbus, "
            "affiches, verenigingen en sociale media, in het Nederlands en het Frans, en in het "
            "Engels waar dat helpt.\n"
            "Bereid een korte presentatie voor met leesbare plannen, en vraag een moderator die "
            "niet de projectleider is.\n"
            "Leid de avond: kader, presentatie, vragen in plenaire zitting, daarna tijd rond de "
            "plannen.\n"
            "Noteer elke vraag en elk antwoord, en verzamel schriftelijke reacties aan de "
            "uitgang.\n"
            "Publiceer binnen drie weken het verslag en de antwoorden op de open vragen.",
            "Déterminez à quoi sert la réunion (informer, lancer une démarche ou rendre compte) "
            "et ce qui reste réellement ouvert à la discussion.\n"
            "Réservez une salle accessible dans le quartier, prévoyez l’interprétation et, si "
            "possible, une garde d’enfants.\n"
            "Annoncez la réunion trois semaines à l’avance par toutes-boîtes, affiches, "
            "associations et réseaux sociaux, en français et en néerlandais, et en anglais si "
            "c’est utile.\n"
            "Préparez une présentation courte avec des plans lisibles, et confiez l’animation à "
            "quelqu’un d’autre que le chef de projet.\n"
            "Animez la soirée : cadre, présentation, questions en plénière, puis temps d’échange "
            "autour des plans.\n"
            "Notez chaque question et chaque réponse, et recueillez les remarques écrites à la "
            "sortie.\n"
            "Publiez dans les trois semaines le compte rendu et les réponses aux questions "
            "restées ouvertes.",
            "Decide what the meeting is for (to inform, to launch a process or to report back) "
            "and what is still open for discussion.\n"
            "Book an accessible venue in the neighbourhood, and arrange interpreters and, if "
            "possible, childcare.\n"
            "Announce the meeting three weeks ahead with a leaflet through every letterbox, "
            "posters, local associations and social media, in French and Dutch, and in English "
            "where it helps.\n"
            "Prepare a short presentation with readable plans, and ask someone other than the "
            "project leader to chair.\n"
            "Run the evening: frame, presentation, questions in plenary, then time around the "
            "plans.\n"
            "Note every question and answer, and collect written comments at the door.\n"
            "Publish the report and the answers to open questions within three weeks.",
        ),
        "duration": "hours",
        "duration_note": (
            "Eén avond van twee à tweeënhalf uur, na drie weken voorbereiding",
            "Une soirée de deux heures à deux heures et demie, après trois semaines de préparation",
            "One evening of two to two and a half hours, after three weeks of preparation",
        ),
        "budget_range": "low",
        "group_size": "large",
        "level": "inform",
        "themes": ["urban-planning", "mobility", "democracy"],
        "stages": ["framing", "running", "feedback"],
        "strengths": (
            "Bereikt veel mensen tegelijk met dezelfde informatie.\n"
            "Geeft bewoners rechtstreeks toegang tot de verantwoordelijke ambtenaren en "
            "schepenen.\n"
            "Vertrouwd en goedkoop om te organiseren.\n"
            "Een goed vertrekpunt voor een langer, participatiever traject.",
            "Touche beaucoup de monde à la fois avec la même information.\n"
            "Donne aux habitants un accès direct aux fonctionnaires et aux échevins responsables.\n"
            "Format connu et peu coûteux à organiser.\n"
            "Bon point de départ pour une démarche plus longue et plus participative.",
            "Reaches many people at once with the same information.\n"
            "Gives residents direct access to the officials and elected members in charge.\n"
            "Familiar and cheap to organise.\n"
            "A good starting point for a longer, more participatory process.",
        ),
        "pitfalls": (
            "Enkele mondige sprekers nemen het grootste deel van de tijd in; werk met "
            "schriftelijke vragen en tafelgesprekken.\n"
            "Wie ’s avonds werkt, ouders van jonge kinderen en wie geen van beide talen spreekt, "
            "blijven weg.\n"
            "Een plan voorstellen dat al vastligt, maakt van de avond een confrontatie.\n"
            "Zonder schriftelijke opvolging raken de vragen snel vergeten en gaat vertrouwen "
            "verloren.",
            "Quelques orateurs assurés monopolisent la parole ; prévoyez des questions écrites et "
            "des discussions par table.\n"
            "Les personnes qui travaillent le soir, les parents de jeunes enfants et ceux qui ne "
            "parlent aucune des deux langues restent à l’écart.\n"
            "Présenter un plan déjà bouclé transforme la soirée en affrontement.\n"
            "Sans suivi écrit, les questions posées tombent vite dans l’oubli et la confiance "
            "s’effrite.",
            "A few confident speakers take up most of the time; use written questions and table "
            "discussions.\n"
            "People who work evenings, parents of young children and those who speak neither "
            "language stay away.\n"
            "Presenting a plan that is already final turns the evening into a confrontation.\n"
            "Without a written follow-up, the questions raised are soon forgotten and trust is "
            "lost.",
        ),
    },
    "citizen-assembly": {
        "description": (
            "<p>Een burgerassemblee brengt 50 tot 100 gelote mensen samen, zo gekozen dat de "
            "groep de bevolking weerspiegelt naar leeftijd, gender, gemeente, opleiding en taal. "
            "Gedurende enkele maanden horen de leden experten en belanghebbenden, overleggen ze "
            "in kleine groepen onder begeleiding van professionele moderatoren en stemmen ze over "
            "voorstellen. De overheid verbindt zich er vooraf toe om op elk voorstel publiek te "
            "antwoorden: overnemen, aanpassen of uitleggen waarom niet.</p>"
            "<p>Brussel kent de formule al: in de overlegcommissies van het Brussels Parlement "
            "zitten gelote burgers en parlementsleden al enkele jaren samen aan tafel. Een "
            "assemblee heeft nodig:</p><ul>"
            "<li><strong>een echt mandaat</strong>: één duidelijke, open vraag waarover de "
            "overheid beslissingsruimte heeft;</li>"
            "<li><strong>een eerlijke rekrutering</strong>: duizenden uitnodigingen per post, "
            "daarna een loting met quota onder wie zich aanmeldt;</li>"
            "<li><strong>voorwaarden om mee te doen</strong>: een dagvergoeding, kinderopvang, "
            "tolken, toegankelijke locaties;</li>"
            "<li><strong>onafhankelijkheid</strong>: een begeleidingscomité dat evenwichtige "
            "informatie waarborgt.</li></ul>"
            "<p>Reken op 150.000 tot 300.000 euro voor een assemblee van zes tot acht "
            "weekenddagen.</p>",
            "<p>Une assemblée citoyenne réunit 50 à 100 personnes tirées au sort de manière à "
            "refléter la population selon l’âge, le genre, la commune, le niveau d’études et la "
            "langue. Pendant plusieurs mois, les membres entendent des experts et des parties "
            "prenantes, délibèrent en petits groupes avec des animateurs professionnels et votent "
            "des propositions. L’autorité s’engage au préalable à répondre publiquement à chacune "
            "d’elles&nbsp;: l’adopter, l’adapter ou expliquer pourquoi elle ne le fait pas.</p>"
            "<p>Bruxelles connaît la formule&nbsp;: depuis plusieurs années, les commissions "
            "délibératives du Parlement bruxellois réunissent citoyens tirés au sort et députés "
            "autour de la même table. Une assemblée a besoin&nbsp;:</p><ul>"
            "<li><strong>d’un véritable mandat</strong>&nbsp;: une question claire et ouverte, "
            "sur laquelle l’autorité dispose d’une marge d’action&nbsp;;</li>"
            "<li><strong>d’un recrutement équitable</strong>&nbsp;: des milliers d’invitations "
            "par courrier, puis un tirage au sort par quotas parmi les volontaires&nbsp;;</li>"
            "<li><strong>de conditions de participation</strong>&nbsp;: défraiement journalier, "
            "garde d’enfants, interprétation, lieux accessibles&nbsp;;</li>"
            "<li><strong>d’indépendance</strong>&nbsp;: un comité d’accompagnement garant d’une "
            "information équilibrée.</li></ul>"
            "<p>Comptez 150&nbsp;000 à 300&nbsp;000 euros pour une assemblée de six à huit "
            "journées de week-end.</p>",
            "<p>A citizens' assembly brings together 50 to 100 people drawn by lot so that the "
            "group mirrors the population by age, gender, commune, education and language. Over "
            "several months the members hear experts and stakeholders, deliberate in small groups "
            "with professional facilitators and vote on proposals. The authority commits in "
            "advance to answer each proposal publicly: adopt it, adapt it or explain why not.</p>"
            "<p>Brussels already knows the format: for several years the regional parliament's "
            "deliberative committees have brought citizens drawn by lot and members of parliament "
            "around the same table. An assembly needs:</p><ul>"
            "<li><strong>a real mandate</strong>: one clear, open question on which the authority "
            "has room to act;</li>"
            "<li><strong>fair recruitment</strong>: thousands of invitations by post, then a draw "
            "with quotas among those who volunteer;</li>"
            "<li><strong>conditions for taking part</strong>: a daily allowance, childcare, "
            "interpreters, accessible venues;</li>"
            "<li><strong>independence</strong>: a steering group that guarantees balanced "
            "information.</li></ul>"
            "<p>Count on €150,000 to €300,000 for an assembly meeting on six to eight weekend "
            "days.</p>",
        ),
        "when_to_use": (
            "Kies voor een burgerassemblee bij een complexe langetermijnvraag waarover de "
            "meningen verdeeld zijn en waar verkozenen alleen moeilijk vooruitgang boeken: "
            "klimaatdoelen, woonbeleid, de bestemming van een groot terrein. De inspanning loont "
            "alleen als de overheid bereid is met de voorstellen aan de slag te gaan en tijd en "
            "budget vrijmaakt voor een degelijk proces. Voor een lokale, technische of al "
            "beslechte vraag past een burgerpanel, een raadpleging of een co-creatieworkshop "
            "beter.",
            "Choisissez une assemblée citoyenne pour une question complexe et de long terme, sur "
            "laquelle les avis divergent et les élus peinent à avancer seuls : objectifs "
            "climatiques, politique du logement, affectation d’un grand site. L’effort n’en vaut "
            "la peine que si l’autorité est prête à donner suite aux propositions et a dégagé le "
            "temps et le budget nécessaires à un processus sérieux. Pour une question locale, "
            "technique ou déjà tranchée, un panel citoyen, une consultation ou un atelier de "
            "co-conception conviennent mieux.",
            "Use a citizens' assembly for a complex, long-term question on which opinions are "
            "divided and elected representatives struggle to make progress on their own: climate "
            "targets, housing policy, the future of a large site. It is worth the effort only if "
            "the authority is ready to act on the proposals and has set aside the time and budget "
            "for a serious process. For a local, technical or already settled question, a citizen "
            "panel, a consultation or a co-design workshop is a better fit.",
        ),
        "steps": (
            "Leg de vraag vast, samen met de schriftelijke belofte van de overheid over hoe ze "
            "zal antwoorden.\n"
            "Richt een onafhankelijk begeleidingscomité op en stel een team van moderatoren "
            "samen.\n"
            "Stuur uitnodigingen naar enkele duizenden bewoners, getrokken uit het rijksregister, "
            "en loot de leden met quota uit wie zich aanmeldt.\n"
            "Leerfase: hoorzittingen met experten, belanghebbenden en ervaringsdeskundigen, met "
            "achtergronddossiers in eenvoudige taal.\n"
            "Overlegfase: werk in kleine groepen, uitschrijven van voorstellen en plenaire "
            "stemmingen, gespreid over meerdere weekends.\n"
            "Overhandig het rapport in het openbaar en laat de overheid binnen een vaste termijn "
            "op elk voorstel antwoorden.\n"
            "Volg op met een jaarlijks voortgangsverslag, voorgesteld op een bijeenkomst met de "
            "oud-leden.",
            "Arrêtez la question, ainsi que l’engagement écrit de l’autorité sur la manière dont "
            "elle répondra.\n"
            "Mettez en place un comité d’accompagnement indépendant et une équipe d’animation.\n"
            "Envoyez des invitations à plusieurs milliers d’habitants tirés du registre national, "
            "puis tirez au sort les membres parmi les volontaires, selon des quotas.\n"
            "Phase d’apprentissage : auditions d’experts, de parties prenantes et de personnes "
            "concernées, avec des dossiers en langage clair.\n"
            "Phase de délibération : travail en petits groupes, rédaction des propositions et "
            "votes en plénière, sur plusieurs week-ends.\n"
            "Remettez le rapport en séance publique et faites répondre l’autorité à chaque "
            "proposition dans un délai fixé.\n"
            "Assurez le suivi par un rapport annuel d’avancement, présenté lors d’une rencontre "
            "avec les anciens membres.",
            "Agree on the question, together with the authority's written commitment on how it "
            "will respond.\n"
            "Set up an independent steering group and a team of facilitators.\n"
            "Send invitations to several thousand residents drawn from the national register, "
            "then draw the members among the volunteers using quotas.\n"
            "Learning phase: hearings with experts, stakeholders and people with lived "
            "experience, with briefing papers in plain language.\n"
            "Deliberation phase: small-group work, drafting of proposals and plenary votes, "
            "spread over several weekends.\n"
            "Hand over the report in public and have the authority answer each proposal within a "
            "set period.\n"
            "Follow up with a yearly progress report, presented at a meeting with the former "
            "members.",
        ),
        "duration": "months",
        "duration_note": (
            "Vier tot zes maanden, met zes tot acht weekenddagen aan sessies",
            "Quatre à six mois, avec six à huit journées de séance le week-end",
            "Four to six months, with six to eight weekend days of sessions",
        ),
        "budget_range": "very_high",
        "group_size": "large",
        "level": "co-construct",
        "themes": ["democracy", "climate", "housing"],
        "stages": ["design", "mobilisation", "running", "feedback"],
        "strengths": (
            "Brengt mensen binnen die anders nooit deelnemen, dankzij de loting en de vergoeding.\n"
            "De voorstellen wegen zwaar omdat ze komen van een geïnformeerde, diverse groep.\n"
            "Leden stellen hun standpunt bij door te leren en te overleggen, niet onder druk.\n"
            "Biedt verkozenen een uitweg uit vastgelopen dossiers.",
            "Fait venir des personnes qui ne participent jamais, grâce au tirage au sort et au "
            "défraiement.\n"
            "Les propositions pèsent, car elles émanent d’un groupe informé et diversifié.\n"
            "Les membres font évoluer leur avis en s’informant et en délibérant, pas sous la "
            "pression.\n"
            "Offre aux élus une issue sur des dossiers bloqués.",
            "Brings in people who otherwise never take part, thanks to the draw and the "
            "allowance.\n"
            "The proposals carry weight because they come from an informed, diverse group.\n"
            "Members change their views by learning and deliberating, not under pressure.\n"
            "Gives elected representatives a way out of deadlocked issues.",
        ),
        "pitfalls": (
            "Duur en lang: budget en personeel moeten vastliggen vóór de start.\n"
            "Een vaag mandaat of een vraag die al beslist is, leidt tot ontgoocheling en cynisme.\n"
            "Zonder formeel antwoord op elk voorstel verliest de assemblee haar "
            "geloofwaardigheid.\n"
            "Leden haken af zonder echte ondersteuning: vergoeding, kinderopvang, vervoer, "
            "tolken.\n"
            "Het brede publiek kent de assemblee niet of wantrouwt ze; communiceer tijdens het "
            "hele proces.",
            "Coûteuse et longue : budget et personnel doivent être assurés avant le lancement.\n"
            "Un mandat flou ou une question déjà tranchée mènent à la déception et au cynisme.\n"
            "Sans réponse formelle à chaque proposition, l’assemblée perd sa crédibilité.\n"
            "Des membres abandonnent sans un vrai soutien : défraiement, garde d’enfants, "
            "transport, interprétation.\n"
            "Le grand public ignore l’assemblée ou s’en méfie ; communiquez tout au long du "
            "processus.",
            "Costly and long: the budget and staff must be secured before the launch.\n"
            "A vague mandate or a question already decided leads to disappointment and cynicism.\n"
            "Without a formal answer to each proposal, the assembly loses its credibility.\n"
            "Members drop out without real support: allowances, childcare, transport, "
            "interpreters.\n"
            "The wider public does not know the assembly or distrusts it; communicate throughout "
            "the process.",
        ),
    },
    "tactical-urbanism": {
        "description": (
            "<p>Tactische stedenbouw test een verandering in een straat of op een plein met "
            "lichte, tijdelijke en goedkope middelen: bloembakken die doorgaand verkeer "
            "tegenhouden, verf om een stoep te verbreden, banken en parklets op parkeerplaatsen, "
            "een schoolstraat die bij het begin en het einde van de schooldag met hekken wordt "
            "afgesloten. Enkele weken lang leven bewoners en gebruikers met de nieuwe inrichting, "
            "voordat er iets definitief wordt aangelegd.</p>"
            "<p>De aanpak start vaak bij een bewonerscollectief of een school, en steeds meer "
            "Brusselse gemeenten gebruiken hem om mobiliteitsplannen samen met hun bewoners uit "
            "te testen. Een nuttige test vraagt:</p><ul>"
            "<li><strong>een vergunning</strong>: een tijdelijk politiebesluit van de gemeente "
            "voor elke wijziging aan het verkeer, en het akkoord van de wegbeheerder;</li>"
            "<li><strong>een nulmeting</strong>: verkeerstellingen, foto’s en een korte bevraging "
            "vóór de test, herhaald tijdens en na de test;</li>"
            "<li><strong>aanwezigheid ter plaatse</strong>: een stand of vaste uren waarop mensen "
            "kunnen reageren en wijzigingen voorstellen;</li>"
            "<li><strong>een duidelijk einde</strong>: een datum waarop de test wordt geëvalueerd "
            "en de inrichting blijft, wordt aangepast of verdwijnt.</li></ul>"
            "<p>Reken voor één straat op 8.000 tot 20.000 euro voor materiaal, signalisatie en "
            "begeleiding.</p>",
            "<p>L’urbanisme tactique teste un changement dans une rue ou sur une place avec des "
            "moyens légers, temporaires et peu coûteux&nbsp;: des bacs pour couper le trafic de "
            "transit, de la peinture pour élargir un trottoir, des bancs et des parklets sur des "
            "places de stationnement, une rue scolaire fermée par des barrières à l’entrée et à "
            "la sortie des classes. Pendant quelques semaines, habitants et usagers vivent avec "
            "le nouvel aménagement avant toute construction définitive.</p>"
            "<p>La démarche naît souvent d’un collectif d’habitants ou d’une école, et de plus en "
            "plus de communes bruxelloises y recourent pour tester leurs plans de mobilité. Pour "
            "être utile, un test demande&nbsp;:</p><ul>"
            "<li><strong>une autorisation</strong>&nbsp;: un arrêté de police temporaire de la "
            "commune pour toute modification de la circulation, et l’accord du gestionnaire de "
            "voirie&nbsp;;</li>"
            "<li><strong>un état des lieux</strong>&nbsp;: comptages, photos et courte enquête "
            "avant le test, répétés pendant et après&nbsp;;</li>"
            "<li><strong>une présence sur place</strong>&nbsp;: un stand ou des permanences où "
            "chacun peut réagir et proposer des ajustements&nbsp;;</li>"
            "<li><strong>une fin claire</strong>&nbsp;: une date d’évaluation, après laquelle "
            "l’aménagement est maintenu, adapté ou retiré.</li></ul>"
            "<p>Pour une rue, comptez 8&nbsp;000 à 20&nbsp;000 euros pour le matériel, la "
            "signalisation et l’animation.</p>",
            "<p>Tactical urbanism tests a change to a street or a square with light, temporary "
            "and cheap means: planters that stop through traffic, paint to widen a pavement, "
            "benches and parklets on parking spaces, a school street closed with barriers when "
            "classes start and finish. For a few weeks, residents and users live with the new "
            "layout before anything is built for good.</p>"
            "<p>The approach often starts with a residents' collective or a school, and a growing "
            "number of Brussels communes use it to test mobility plans with their residents. A "
            "useful test needs:</p><ul>"
            "<li><strong>a permit</strong>: a temporary police order from the commune for any "
            "change to traffic, and the agreement of the road manager;</li>"
            "<li><strong>a baseline</strong>: traffic counts, photos and a short survey before "
            "the test, repeated during and after it;</li>"
            "<li><strong>a presence on site</strong>: a stand or set hours when people can react "
            "and suggest changes;</li>"
            "<li><strong>a clear end</strong>: a date on which the test is assessed and the "
            "layout kept, adjusted or removed.</li></ul>"
            "<p>For one street, count on €8,000 to €20,000 for materials, signs and "
            "facilitation.</p>",
        ),
        "when_to_use": (
            "Gebruik tactische stedenbouw wanneer een ingreep in de openbare ruimte abstract "
            "wordt besproken en mensen hem moeten ervaren voordat ze kunnen oordelen: een "
            "autovrije schoolstraat, een nieuw circulatieplan, meer groen op een plein, een "
            "speelstraat. Angsten en verwachtingen worden zo vaststellingen. De methode past niet "
            "als de ingreep niet goedkoop na te bootsen is, zoals bij ondergrondse werken, of als "
            "de beslissing al genomen is en de test alleen voor de show zou zijn.",
            "Recourez à l’urbanisme tactique lorsqu’un changement de l’espace public est débattu "
            "dans l’abstrait et que les gens doivent le vivre avant de pouvoir en juger : rue "
            "scolaire sans voitures, nouveau plan de circulation, place plus verte, rue réservée "
            "au jeu. Les craintes et les espoirs deviennent alors des constats. La méthode ne "
            "convient pas quand le changement ne peut être simulé à peu de frais, comme des "
            "travaux en sous-sol, ni quand la décision est déjà prise et que le test ne servirait "
            "que de vitrine.",
            "Use tactical urbanism when a change to public space is being debated in the abstract "
            "and people need to experience it before they can judge it: a car-free school street, "
            "a new traffic circulation plan, more greenery on a square, a play street. Fears and "
            "hopes then become observations. It does not fit when the change cannot be simulated "
            "cheaply, as with underground works, or when the decision has already been taken and "
            "the test would only be for show.",
        ),
        "steps": (
            "Kies samen met bewoners en gebruikers de plek en de vraag: wat wilt u precies "
            "testen?\n"
            "Meet de huidige toestand: verkeerstellingen, foto’s, observaties op verschillende "
            "momenten van de dag.\n"
            "Ontwerp de tijdelijke inrichting met de betrokkenen en vraag de vergunningen aan.\n"
            "Plaats ze in één dag met vrijwilligers en maak de test zichtbaar: borden in drie "
            "talen met uitleg, een einddatum en een contactpersoon.\n"
            "Wees elke week ter plaatse aanwezig en stuur de inrichting bij als er problemen "
            "opduiken.\n"
            "Meet opnieuw en bevraag kort bewoners, handelaars en voorbijgangers.\n"
            "Stel de resultaten voor en beslis samen of de inrichting blijft, wordt aangepast of "
            "verdwijnt.",
            "Choisissez avec les habitants et les usagers le lieu et la question : que "
            "voulez-vous tester exactement ?\n"
            "Mesurez la situation actuelle : comptages, photos, observations à différents moments "
            "de la journée.\n"
            "Concevez l’aménagement temporaire avec les personnes concernées et obtenez les "
            "autorisations.\n"
            "Installez-le en une journée avec des bénévoles et rendez le test visible : panneaux "
            "explicatifs en trois langues, date de fin et personne de contact.\n"
            "Assurez une présence sur place chaque semaine et corrigez l’aménagement si des "
            "problèmes apparaissent.\n"
            "Mesurez à nouveau et menez une courte enquête auprès des riverains, des commerçants "
            "et des passants.\n"
            "Présentez les résultats et décidez ensemble de maintenir, d’adapter ou de retirer "
            "l’aménagement.",
            "Choose the site and the question with residents and users: what exactly do you want "
            "to test?\n"
            "Measure the current situation: traffic counts, photos, observations at different "
            "times of day.\n"
            "Design the temporary layout with the people concerned and obtain the permits.\n"
            "Install it in a day with volunteers and make the test visible: signs explaining it "
            "in three languages, an end date and a contact person.\n"
            "Be present on site every week and adjust the layout if problems arise.\n"
            "Measure again and run a short survey among residents, shopkeepers and passers-by.\n"
            "Present the results and decide together whether to keep, adjust or remove the "
            "layout.",
        ),
        "duration": "weeks",
        "duration_note": (
            "Vier tot twaalf weken testen, na twee à drie maanden voorbereiding",
            "Quatre à douze semaines de test, après deux à trois mois de préparation",
            "Four to twelve weeks of testing, after two to three months of preparation",
        ),
        "budget_range": "medium",
        "group_size": "very_large",
        "level": "citizen-led",
        "themes": ["public-space", "mobility", "social-cohesion"],
        "stages": ["design", "running", "evaluation"],
        "strengths": (
            "Mensen beoordelen een echte situatie in plaats van een plan, wat veel discussies "
            "kalmeert.\n"
            "Goedkoop en omkeerbaar: een vergissing kost weinig.\n"
            "Zichtbaar en uitnodigend: het bereikt voorbijgangers die nooit naar een vergadering "
            "komen.\n"
            "Levert meetgegevens op over verkeer, gebruik en tevredenheid.",
            "Chacun juge une situation réelle plutôt qu’un plan, ce qui apaise bien des débats.\n"
            "Peu coûteux et réversible : une erreur coûte peu.\n"
            "Visible et accueillant : touche des passants qui ne viennent jamais en réunion.\n"
            "Fournit des données mesurées sur le trafic, l’usage et la satisfaction.",
            "People judge a real situation rather than a plan, which calms many debates.\n"
            "Cheap and reversible: a mistake costs little.\n"
            "Visible and inviting: it reaches passers-by who never come to a meeting.\n"
            "Produces measured data on traffic, use and satisfaction.",
        ),
        "pitfalls": (
            "Een te korte test meet alleen de eerste verstoring; voorzie minstens vier weken.\n"
            "Goedkoop materiaal dat er slordig uitziet, brengt het idee in diskrediet.\n"
            "Verkeer kan naar naburige straten verschuiven; meet ook daar.\n"
            "Blijft de tijdelijke inrichting jaren staan zonder beslissing, dan verliezen mensen "
            "het vertrouwen.",
            "Un test trop court ne mesure que la perturbation des premiers jours ; prévoyez au "
            "moins quatre semaines.\n"
            "Un matériel bon marché et négligé discrédite l’idée.\n"
            "Le trafic peut se reporter sur les rues voisines ; mesurez-y aussi.\n"
            "Si l’aménagement provisoire reste des années sans décision, la confiance s’érode.",
            "A test that is too short only captures the first disruption; allow at least four "
            "weeks.\n"
            "Cheap materials that look shabby discredit the idea.\n"
            "Traffic can shift to neighbouring streets; measure there too.\n"
            "If the temporary layout stays for years without a decision, people lose trust.",
        ),
    },
    "advisory-council": {
        "description": (
            "<p>Een adviesraad is een vast orgaan van bewoners of gebruikers, zoals senioren, "
            "personen met een handicap, jongeren, huurders of handelaars, dat de overheid "
            "adviseert over een beleidsdomein. De meeste Brusselse gemeenten hebben er meerdere, "
            "bijvoorbeeld een seniorenraad of een adviesraad voor personen met een handicap. "
            "Leden zetelen doorgaans drie jaar, vergaderen vier tot zes keer per jaar en geven "
            "advies op vraag of op eigen initiatief.</p>"
            "<p>Een adviesraad is maar zo sterk als zijn spelregels. Leg schriftelijk "
            "vast:</p><ul>"
            "<li><strong>het mandaat</strong>: over welke dossiers de raad geraadpleegd moet "
            "worden, en binnen welke termijn;</li>"
            "<li><strong>de samenstelling</strong>: een open oproep tot kandidaten, evenwicht in "
            "leeftijd, gender, wijk en taal, en plaatsen voor mensen die nog niet actief zijn in "
            "een vereniging;</li>"
            "<li><strong>de middelen</strong>: een secretariaat vanuit de administratie, een "
            "klein budget voor tolken, toegankelijke vergaderzalen en zo mogelijk "
            "presentiegeld;</li>"
            "<li><strong>de terugkoppeling</strong>: binnen drie maanden een schriftelijk "
            "antwoord op elk advies.</li></ul>"
            "<p>Een jaarverslag, voorgesteld aan de gemeenteraad, houdt het werk zichtbaar.</p>",
            "<p>Un conseil consultatif est une instance permanente d’habitants ou d’usagers, "
            "qu’il s’agisse d’aînés, de personnes handicapées, de jeunes, de locataires ou de "
            "commerçants, qui conseille l’autorité dans un domaine. La plupart des communes "
            "bruxelloises en comptent plusieurs, par exemple un conseil consultatif des aînés ou "
            "de la personne handicapée. Les membres siègent en général trois ans, se réunissent "
            "quatre à six fois par an et rendent des avis sur demande ou d’initiative.</p>"
            "<p>Un conseil ne vaut que par ses règles. Fixez par écrit&nbsp;:</p><ul>"
            "<li><strong>son mandat</strong>&nbsp;: les dossiers sur lesquels il doit être "
            "consulté, et dans quels délais&nbsp;;</li>"
            "<li><strong>sa composition</strong>&nbsp;: un appel public à candidatures, un "
            "équilibre d’âges, de genres, de quartiers et de langues, et des places pour des "
            "personnes qui ne sont pas déjà engagées dans une association&nbsp;;</li>"
            "<li><strong>ses moyens</strong>&nbsp;: un secrétariat assuré par l’administration, "
            "un petit budget d’interprétation, des salles accessibles et, si possible, un jeton "
            "de présence&nbsp;;</li>"
            "<li><strong>le retour qu’il reçoit</strong>&nbsp;: une réponse écrite à chaque avis "
            "dans les trois mois.</li></ul>"
            "<p>Un rapport annuel, présenté au conseil communal, rend le travail visible.</p>",
            "<p>An advisory council is a standing body of residents or users, such as older "
            "people, people with disabilities, young people, tenants or shopkeepers, that advises "
            "the authority on a policy area. Most Brussels communes have several, for instance a "
            "seniors' council or a council for people with disabilities. Members usually sit for "
            "three years, meet four to six times a year and give advice on request or on their "
            "own initiative.</p>"
            "<p>A council is only as strong as its rules. Set out in writing:</p><ul>"
            "<li><strong>its mandate</strong>: on which matters it must be consulted, and by "
            "when;</li>"
            "<li><strong>its membership</strong>: an open call for candidates, a balance of ages, "
            "genders, neighbourhoods and languages, and seats for people who are not already "
            "active in an association;</li>"
            "<li><strong>its means</strong>: a secretariat provided by the administration, a "
            "small budget for interpreters, accessible meeting rooms and, if possible, an "
            "attendance allowance;</li>"
            "<li><strong>the response it gets</strong>: a written answer to each piece of advice "
            "within three months.</li></ul>"
            "<p>An annual report, presented to the municipal council, keeps the work visible.</p>",
        ),
        "when_to_use": (
            "Richt een adviesraad op wanneer een groep bewoners over een lange periode door veel "
            "beslissingen geraakt wordt en een vast, erkend kanaal naar de overheid nodig heeft: "
            "senioren, personen met een handicap, jongeren, de huurders van een grote woonwijk. "
            "De methode past bij het blijvend opvolgen van een beleid, niet bij een eenmalige "
            "vraag. Ga vóór u een nieuwe raad opricht na of er al een bestaat die nieuw leven kan "
            "krijgen; een raad zonder dossiers verliest snel zijn leden.",
            "Créez un conseil consultatif lorsqu’un groupe d’habitants est touché par de "
            "nombreuses décisions dans la durée et a besoin d’un canal permanent et reconnu vers "
            "l’autorité : aînés, personnes handicapées, jeunes, locataires d’un grand ensemble de "
            "logements. La méthode convient au suivi continu d’une politique plutôt qu’à une "
            "question ponctuelle. Avant de créer un nouveau conseil, vérifiez s’il en existe déjà "
            "un à relancer ; un conseil sans dossiers à traiter perd vite ses membres.",
            "Set up an advisory council when a group of residents is affected by many decisions "
            "over a long period and needs a permanent, recognised channel to the authority: older "
            "people, people with disabilities, young people, the tenants of a large housing "
            "estate. It suits the continuous monitoring of a policy rather than a one-off "
            "question. Before creating a new council, check whether one already exists and could "
            "be revived; a council with nothing to work on soon loses its members.",
        ),
        "steps": (
            "Leg mandaat, samenstelling en werking vast in een huishoudelijk reglement dat de "
            "gemeenteraad of de raad van bestuur goedkeurt.\n"
            "Lanceer een open oproep tot kandidaten, in meerdere talen en via verenigingen, en "
            "kies de leden met oog voor evenwicht.\n"
            "Organiseer een introductiesessie over de werking van de administratie, de begroting "
            "en de beslissingskalender.\n"
            "Stel met de administratie een jaarplan op met de dossiers waarover de raad "
            "geraadpleegd wordt.\n"
            "Houd vier tot zes vergaderingen per jaar en bezorg de stukken twee weken vooraf.\n"
            "Breng elk advies schriftelijk uit en publiceer het samen met het antwoord van de "
            "overheid.\n"
            "Evalueer de werking elk jaar en vernieuw de leden aan het einde van elke termijn van "
            "drie jaar.",
            "Fixez le mandat, la composition et le fonctionnement dans un règlement d’ordre "
            "intérieur adopté par le conseil communal ou le conseil d’administration.\n"
            "Lancez un appel public à candidatures, en plusieurs langues et via les associations, "
            "et choisissez les membres en veillant à l’équilibre.\n"
            "Organisez une séance d’accueil sur le fonctionnement de l’administration, le budget "
            "et le calendrier des décisions.\n"
            "Établissez avec l’administration un programme annuel reprenant les dossiers sur "
            "lesquels le conseil sera consulté.\n"
            "Tenez quatre à six réunions par an, en envoyant les documents deux semaines à "
            "l’avance.\n"
            "Transmettez chaque avis par écrit et publiez-le avec la réponse de l’autorité.\n"
            "Évaluez le fonctionnement chaque année et renouvelez les membres au terme de chaque "
            "mandat de trois ans.",
            "Set out the mandate, membership and working methods in rules of procedure approved "
            "by the municipal council or the board.\n"
            "Launch an open call for candidates, in several languages and through local "
            "associations, and choose members with balance in mind.\n"
            "Hold an induction session on how the administration works, the budget and the "
            "decision calendar.\n"
            "Draw up a yearly work plan with the administration, listing the matters on which the "
            "council will be consulted.\n"
            "Hold four to six meetings a year and send the papers two weeks in advance.\n"
            "Send each piece of advice in writing and publish it together with the authority's "
            "answer.\n"
            "Review how the council works every year and renew its members at the end of each "
            "three-year term.",
        ),
        "duration": "year",
        "duration_note": (
            "Vast orgaan; mandaten van drie jaar, vier tot zes vergaderingen per jaar",
            "Instance permanente ; mandats de trois ans, quatre à six réunions par an",
            "Standing body; three-year terms, four to six meetings a year",
        ),
        "budget_range": "medium",
        "group_size": "small",
        "level": "consult",
        "themes": ["democracy", "health-welfare", "social-cohesion"],
        "stages": ["framing", "feedback", "evaluation"],
        "strengths": (
            "Bouwt blijvende deskundigheid op bij de leden, en een duurzame band met de "
            "administratie.\n"
            "Geeft groepen die vaak over het hoofd worden gezien een erkende stem.\n"
            "Goedkoop in de werking, eens de raad is opgestart.\n"
            "Kan kwesties aankaarten die de overheid niet had zien aankomen.",
            "Construit une expertise durable chez les membres et une relation suivie avec "
            "l’administration.\n"
            "Donne une voix reconnue à des groupes souvent oubliés.\n"
            "Peu coûteux à faire vivre une fois lancé.\n"
            "Peut soulever des questions que l’autorité n’avait pas vues venir.",
            "Builds lasting expertise among members and a lasting relationship with the "
            "administration.\n"
            "Gives a recognised voice to groups that are often overlooked.\n"
            "Cheap to run once it is set up.\n"
            "Can raise issues the authority had not seen coming.",
        ),
        "pitfalls": (
            "Dezelfde mensen zetelen jarenlang en de raad verliest voeling met zijn publiek; "
            "beperk het aantal mandaten.\n"
            "Een advies dat te laat in de besluitvorming komt, heeft geen invloed.\n"
            "Een raad die door de overheid genegeerd wordt, raakt snel zijn leden kwijt.\n"
            "Dossiers vol jargon sluiten leden uit; vraag de administratie om samenvattingen in "
            "eenvoudige taal.",
            "Les mêmes personnes siègent des années et le conseil perd le contact avec son "
            "public ; limitez le nombre de mandats.\n"
            "Un avis rendu trop tard dans le processus de décision n’a aucun poids.\n"
            "Un conseil ignoré par l’autorité perd vite ses membres.\n"
            "Des dossiers truffés de jargon excluent des membres ; demandez à l’administration "
            "des synthèses en langage clair.",
            "The same people sit for years and the council loses touch with its public; limit the "
            "number of terms.\n"
            "Advice that comes too late in the decision-making process has no influence.\n"
            "A council the authority ignores soon loses its members.\n"
            "Papers full of jargon shut members out; ask the administration for plain-language "
            "summaries.",
        ),
    },
}
