"""Demo method sheets, part b: citizen jury, online survey, focus group, open space, photovoice
and deliberative poll. See toolkit.demo_methods for the shape of a sheet."""

METHOD_SHEETS: dict[str, dict] = {
    "citizen-jury": {
        "description": (
            (
                "<p>Een burgerjury brengt <strong>12 tot 15 gelote bewoners</strong> samen om één "
                "precieze vraag te beantwoorden, bijvoorbeeld: “Moet het kerkplein autovrij "
                "worden, en onder welke voorwaarden?” Over meerdere sessies horen de juryleden "
                "getuigen die samen alle standpunten vertegenwoordigen: gemeentediensten, "
                "experten, wijkcomités, handelaars. Ze stellen hun vragen en overleggen daarna "
                "onder elkaar, begeleid door neutrale moderatoren.</p>"
                "<p>De jury sluit af met een <strong>schriftelijk oordeel</strong>: een "
                "aanbeveling, de argumenten erachter en, als de jury verdeeld is, het "
                "minderheidsstandpunt. De opdrachtgevende overheid verbindt zich er vooraf toe om "
                "er publiek en punt voor punt op te antwoorden, binnen een afgesproken "
                "termijn.</p>"
                "<p>In Brussel werkt een jury meestal in het Nederlands en het Frans met "
                "simultaanvertaling, vaak ook in het Engels. Juryleden krijgen een vergoeding per "
                "sessie (doorgaans 50 tot 100 euro) en hulp bij kinderopvang en vervoer, zodat "
                "deelnemen niet afhangt van vrije tijd of inkomen.</p>"
            ),
            (
                "<p>Un jury citoyen réunit <strong>12 à 15 habitants tirés au sort</strong> pour "
                "répondre à une question précise, par exemple&nbsp;: «&nbsp;Faut-il fermer le "
                "parvis à la circulation automobile, et à quelles conditions&nbsp;?&nbsp;» Au fil "
                "de plusieurs séances, les jurés auditionnent des témoins choisis pour couvrir "
                "l’éventail des points de vue — services communaux, experts, comités de quartier, "
                "commerçants —, les interrogent, puis délibèrent entre eux, accompagnés par des "
                "animateurs neutres.</p>"
                "<p>Le jury conclut par un <strong>avis écrit</strong>&nbsp;: une recommandation, "
                "les raisons qui la fondent et, si le jury est partagé, la position minoritaire. "
                "L’autorité qui l’a commandé s’engage d’avance à y répondre publiquement, point "
                "par point, dans un délai convenu.</p>"
                "<p>À Bruxelles, un jury travaille généralement en français et en néerlandais "
                "avec interprétation simultanée, souvent aussi en anglais. Les jurés reçoivent un "
                "défraiement par séance (le plus souvent de 50 à 100&nbsp;€) et une aide pour la "
                "garde d’enfants et les déplacements&nbsp;: participer ne doit dépendre ni du "
                "temps libre ni des revenus.</p>"
            ),
            (
                "<p>A citizen jury brings together <strong>12 to 15 residents drawn by "
                "lot</strong> to answer one precise question, such as ‘Should the square in front "
                "of the church be closed to car traffic, and on what terms?’ Over several "
                "sessions the jurors hear witnesses chosen to cover the full range of views — "
                "council departments, experts, residents’ committees, shopkeepers — question "
                "them, and then deliberate among themselves with the help of neutral "
                "facilitators.</p>"
                "<p>The jury ends with a <strong>written verdict</strong>: a recommendation, the "
                "reasons behind it and, where the jury is divided, the minority view. The "
                "commissioning authority commits in advance to answer it publicly, point by "
                "point, within an agreed time.</p>"
                "<p>In Brussels a jury usually works in French and Dutch with simultaneous "
                "interpretation, often in English as well. Jurors receive a fee per session "
                "(commonly €50 to €100) and help with childcare and transport, so that taking "
                "part does not depend on free time or income.</p>"
            ),
        ),
        "when_to_use": (
            (
                "Kies voor een burgerjury wanneer een overheid voor een betwiste maar duidelijk "
                "afgebakende keuze staat — een circulatieplan, de toekomst van een braakliggend "
                "terrein, regels voor terrassen — en het geïnformeerde oordeel wil horen van "
                "gewone bewoners in plaats van de bekende stemmen. Het werkt het best als de "
                "opties reëel zijn, de beslissing nog niet genomen is en de overheid bereid is "
                "publiek uit te leggen wat ze met het oordeel doet. Voor open vragen of om snel "
                "veel meningen te verzamelen is een jury niet geschikt."
            ),
            (
                "Optez pour un jury citoyen lorsqu’une autorité fait face à un choix controversé "
                "mais bien délimité — un plan de circulation, l’avenir d’une friche, des règles "
                "pour les terrasses — et souhaite l’avis éclairé d’habitants ordinaires plutôt "
                "que celui des voix habituelles. La méthode fonctionne au mieux quand les options "
                "sont réelles, que la décision n’est pas encore prise et que l’autorité est prête "
                "à expliquer publiquement ce qu’elle fera de l’avis. Elle ne convient ni aux "
                "questions très ouvertes ni à la collecte rapide de nombreux avis."
            ),
            (
                "Use a citizen jury when a public body faces a contested but well-defined choice "
                "— a traffic plan, the future of a vacant site, rules for café terraces — and "
                "wants an informed view from ordinary residents rather than from the usual "
                "voices. It works best when the options are real, the decision has not yet been "
                "taken and the authority is prepared to explain publicly what it does with the "
                "verdict. It does not suit open-ended questions, nor gathering many opinions "
                "quickly."
            ),
        ),
        "steps": (
            (
                "Leg in een stuurgroep, waarin ook tegenstanders zitten, de vraag, het mandaat en "
                "het antwoordengagement van de overheid vast\n"
                "Trek 2.000 tot 3.000 adressen uit het bevolkingsregister, stuur ze een "
                "uitnodiging in het Nederlands en het Frans en kies uit de vrijwilligers 12 tot "
                "15 juryleden op basis van leeftijd, gender, wijk en opleidingsniveau\n"
                "Stel de lijst van getuigen op en maak een kort, evenwichtig informatiedossier\n"
                "Organiseer de hoorzittingen en het overleg: vier volle dagen, meestal "
                "zaterdagen, met neutrale begeleiding en tolken\n"
                "Schrijf het oordeel samen met de juryleden en overhandig het publiek aan de "
                "overheid\n"
                "Publiceer binnen drie maanden het antwoord van de overheid, punt voor punt, en "
                "bezorg het aan elk jurylid"
            ),
            (
                "Fixez la question, le mandat et l’engagement de réponse de l’autorité au sein "
                "d’un comité de pilotage où siègent aussi des opposants\n"
                "Tirez au sort 2 000 à 3 000 adresses dans le registre de la population, "
                "envoyez-leur une invitation en français et en néerlandais, puis retenez 12 à 15 "
                "jurés parmi les volontaires selon l’âge, le genre, le quartier et le niveau "
                "d’études\n"
                "Dressez la liste des témoins et préparez un dossier d’information court et "
                "équilibré\n"
                "Tenez les auditions et les délibérations : quatre journées complètes, le plus "
                "souvent des samedis, avec une animation neutre et de l’interprétation\n"
                "Rédigez l’avis avec les jurés et remettez-le publiquement à l’autorité\n"
                "Publiez dans les trois mois la réponse point par point de l’autorité et "
                "envoyez-la à chaque juré"
            ),
            (
                "Agree the question, the mandate and the authority’s commitment to respond in a "
                "steering group that includes opponents\n"
                "Draw 2,000 to 3,000 addresses from the population register, send each a letter "
                "of invitation in French and Dutch, and select 12 to 15 jurors from the "
                "volunteers by age, gender, neighbourhood and level of education\n"
                "Draw up the list of witnesses and prepare a short, balanced information pack\n"
                "Hold the hearings and deliberations: four full days, usually Saturdays, with "
                "neutral facilitation and interpreters\n"
                "Write the verdict with the jurors and hand it over publicly to the authority\n"
                "Publish the authority’s point-by-point response within three months and send it "
                "to every juror"
            ),
        ),
        "duration": "weeks",
        "duration_note": (
            "Vier zaterdagen gespreid over zes weken, na ongeveer twee maanden voorbereiding",
            "Quatre samedis étalés sur six semaines, après environ deux mois de préparation",
            "Four Saturdays spread over six weeks, after about two months of preparation",
        ),
        "budget_range": "high",
        "group_size": "small",
        "level": "co-construct",
        "themes": ["mobility", "public-space", "democracy"],
        "stages": ["mobilisation", "running", "feedback"],
        "strengths": (
            (
                "Geeft een stem aan bewoners die nooit naar inspraakavonden komen\n"
                "Juryleden vormen zich een geïnformeerd oordeel nadat ze alle kanten hebben "
                "gehoord\n"
                "Een helder, onderbouwd oordeel is voor beleidsmakers moeilijk te negeren\n"
                "Schept vertrouwen wanneer het antwoord van de overheid publiek wordt gemaakt"
            ),
            (
                "Donne la parole à des habitants qui ne viennent jamais aux réunions publiques\n"
                "Les jurés se forgent un avis éclairé après avoir entendu toutes les parties\n"
                "Un avis clair et argumenté est difficile à ignorer pour les décideurs\n"
                "Renforce la confiance lorsque la réponse de l’autorité est rendue publique"
            ),
            (
                "Gives a voice to residents who never come to public meetings\n"
                "Jurors form an informed view after hearing all sides\n"
                "A clear, reasoned verdict is hard for decision-makers to ignore\n"
                "Builds trust when the authority’s response is made public"
            ),
        ),
        "pitfalls": (
            (
                "Een te brede of al beslechte vraag ondermijnt het hele proces\n"
                "Getuigen die door één partij gekozen zijn, kleuren het oordeel\n"
                "Zonder vergoeding, kinderopvang en tolken verliest de jury net de mensen die ze "
                "wilde bereiken\n"
                "Een overheid die niet of te laat antwoordt, voedt het wantrouwen"
            ),
            (
                "Une question trop large ou déjà tranchée discrédite tout le processus\n"
                "Des témoins choisis par un seul camp orientent l’avis\n"
                "Sans défraiement, garde d’enfants ni interprétation, le jury perd justement les "
                "personnes qu’il voulait toucher\n"
                "Une autorité qui ne répond pas, ou trop tard, nourrit la défiance"
            ),
            (
                "A question that is too broad or already decided discredits the whole process\n"
                "Witnesses chosen by one side tilt the verdict\n"
                "Without fees, childcare and interpreters, the jury loses the very people it was "
                "meant to reach\n"
                "An authority that does not respond, or responds late, breeds cynicism"
            ),
        ),
    },
    "online-survey": {
        "description": (
            (
                "<p>Een online bevraging is een <strong>korte vragenlijst</strong> — liefst tien "
                "tot vijftien vragen, in minder dan tien minuten in te vullen — die enkele weken "
                "online staat om de meningen, gewoonten of prioriteiten van veel mensen te "
                "verzamelen. Met een opensourcetool zoals LimeSurvey, gehost in Europa, houdt u "
                "de antwoorden zelf in handen en blijft u in regel met de AVG.</p>"
                "<p>Op zich bereikt een webenquête vooral mensen die al online zijn en vlot "
                "formulieren invullen. In Brussel hoort de vragenlijst er in het Nederlands, het "
                "Frans en het Engels te zijn en, afhankelijk van de wijk, ook in andere talen "
                "zoals het Arabisch, het Turks, het Spaans of het Pools. Combineer ze daarom met "
                "<strong>papieren exemplaren</strong> in bibliotheken, buurthuizen en aan het "
                "gemeenteloket, en met <strong>begeleide momenten</strong>: een standje op de "
                "markt, een avond in de openbare computerruimte waar iemand helpt bij het "
                "invullen.</p>"
                "<p>Een bevraging meet, ze overlegt niet. Gebruik gesloten vragen voor wat u wilt "
                "tellen, een of twee open vragen voor wat u niet had voorzien, en vermeld bij het "
                "begin hoe de antwoorden gebruikt worden en wanneer de resultaten verschijnen.</p>"
            ),
            (
                "<p>Une enquête en ligne est un <strong>questionnaire court</strong> — idéalement "
                "dix à quinze questions, auxquelles on répond en moins de dix minutes — mis en "
                "ligne quelques semaines pour recueillir les avis, les habitudes ou les priorités "
                "d’un grand nombre de personnes. Avec un outil libre comme LimeSurvey, hébergé en "
                "Europe, vous gardez la maîtrise des réponses et respectez le RGPD.</p>"
                "<p>Seule, une enquête web touche surtout les personnes déjà connectées et à "
                "l’aise avec les formulaires. À Bruxelles, le questionnaire doit exister en "
                "français, en néerlandais et en anglais et, selon le quartier, dans d’autres "
                "langues comme l’arabe, le turc, l’espagnol ou le polonais. Combinez-la donc avec "
                "des <strong>exemplaires papier</strong> déposés dans les bibliothèques, les "
                "maisons de quartier et à l’accueil de la commune, et avec des <strong>moments "
                "accompagnés</strong>&nbsp;: un stand au marché, une soirée à l’espace public "
                "numérique où quelqu’un aide à remplir le questionnaire.</p>"
                "<p>Une enquête mesure, elle ne délibère pas. Posez des questions fermées pour ce "
                "que vous voulez compter, une ou deux questions ouvertes pour ce que vous n’avez "
                "pas prévu, et annoncez dès le départ l’usage qui sera fait des réponses et la "
                "date de publication des résultats.</p>"
            ),
            (
                "<p>An online survey is a <strong>short questionnaire</strong> — ideally ten to "
                "fifteen questions that take less than ten minutes — put online for a few weeks "
                "to collect the views, habits or priorities of many people. With an open-source "
                "tool such as LimeSurvey, hosted in Europe, you keep control of the answers and "
                "stay within the GDPR.</p>"
                "<p>On its own, a web survey mainly reaches people who are already online and at "
                "ease with forms. In Brussels the questionnaire should exist in French, Dutch and "
                "English and, depending on the neighbourhood, in other languages such as Arabic, "
                "Turkish, Spanish or Polish. Combine it with <strong>paper copies</strong> left "
                "in libraries, community centres and at the commune’s front desk, and with "
                "<strong>assisted sessions</strong>: a stand at the market, an evening at the "
                "public computer room where someone helps people fill it in.</p>"
                "<p>A survey measures; it does not deliberate. Use closed questions for what you "
                "want to count, one or two open questions for what you did not foresee, and say "
                "at the start how the answers will be used and when the results will be "
                "published.</p>"
            ),
        ),
        "when_to_use": (
            (
                "Gebruik een online bevraging om de situatie in kaart te brengen voordat u een "
                "proces ontwerpt — hoe mensen zich verplaatsen, welke openbare ruimtes ze "
                "gebruiken, waarover ze zich zorgen maken — of om na workshops na te gaan hoe "
                "breed een reeks ideeën gedragen wordt. Ze past bij vragen met duidelijke "
                "antwoorden en een groot publiek: een hele gemeente, de gebruikers van een park, "
                "de ouders in een schoolwijk. Beslecht er geen complexe of gevoelige kwestie mee "
                "en lees de resultaten niet als een stemming: de respondenten kiezen zichzelf, ze "
                "vormen geen representatieve steekproef."
            ),
            (
                "Utilisez une enquête en ligne pour faire un état des lieux avant de concevoir un "
                "processus — comment les gens se déplacent, quels espaces publics ils "
                "fréquentent, ce qui les inquiète — ou pour vérifier, après des ateliers, si des "
                "idées sont largement partagées. Elle convient aux questions aux réponses claires "
                "et aux publics nombreux : toute une commune, les usagers d’un parc, les parents "
                "d’un quartier scolaire. Évitez-la pour trancher une question complexe ou "
                "clivante, et ne lisez pas les résultats comme un vote : les répondants se "
                "sélectionnent eux-mêmes et ne forment pas un échantillon représentatif."
            ),
            (
                "Use an online survey to take stock before you design a process — how people get "
                "around, which public spaces they use, what worries them — or to check after "
                "workshops how widely a set of ideas is shared. It suits questions with clear "
                "answers and large audiences: a whole commune, the users of a park, the parents "
                "of a school catchment area. Do not use it to settle a complex or divisive "
                "question, and do not read the results as a vote: respondents select themselves, "
                "they are not a representative sample."
            ),
        ),
        "steps": (
            (
                "Schrijf op wat u wilt weten en hoe u elk antwoord zult gebruiken; schrap elke "
                "vraag die geen beslissing dient\n"
                "Stel tien tot vijftien vragen op, test ze bij vijf mensen uit het doelpubliek en "
                "vertaal ze naar het Nederlands, het Frans, het Engels en de andere grote talen "
                "van de wijk\n"
                "Zet de vragenlijst op in een AVG-conforme tool, met een privacyverklaring en "
                "zonder verplichte persoonsgegevens\n"
                "Maak ze bekend via de gemeentelijke kanalen, scholen, verenigingen en affiches "
                "met een QR-code; leg papieren exemplaren neer en organiseer begeleide "
                "invulmomenten\n"
                "Laat ze vier tot zes weken openstaan en volg wekelijks het profiel van de "
                "respondenten, zodat u de ontbrekende groepen gericht kunt aanspreken\n"
                "Analyseer de antwoorden, vergelijk ze met de bevolkingscijfers en publiceer een "
                "kort verslag in alle talen"
            ),
            (
                "Notez ce que vous devez savoir et l’usage de chaque réponse ; supprimez toute "
                "question qui ne sert aucune décision\n"
                "Rédigez dix à quinze questions, testez-les auprès de cinq personnes du public "
                "visé et traduisez-les en français, en néerlandais, en anglais et dans les autres "
                "langues principales du quartier\n"
                "Paramétrez le questionnaire dans un outil conforme au RGPD, avec une notice de "
                "confidentialité et sans données personnelles obligatoires\n"
                "Faites-le connaître par les canaux de la commune, les écoles, les associations "
                "et des affiches avec code QR ; déposez des exemplaires papier et organisez des "
                "permanences d’aide au remplissage\n"
                "Laissez-le ouvert quatre à six semaines et suivez chaque semaine le profil des "
                "répondants pour aller chercher les publics qui manquent\n"
                "Analysez les réponses, comparez-les aux chiffres de population et publiez un "
                "rapport court dans toutes les langues"
            ),
            (
                "Write down what you need to know and how each answer will be used; drop any "
                "question that does not serve a decision\n"
                "Draft ten to fifteen questions, test them with five people from the target "
                "public and translate them into French, Dutch, English and the neighbourhood’s "
                "other main languages\n"
                "Set up the questionnaire in a GDPR-compliant tool, with a privacy notice and no "
                "compulsory personal data\n"
                "Publicise it through the commune’s channels, schools, associations and posters "
                "with a QR code; leave paper copies and run assisted sessions\n"
                "Keep it open for four to six weeks and check the respondents’ profile every "
                "week, so you can target the groups that are missing\n"
                "Analyse the answers, compare them with population figures and publish a short "
                "report in all languages"
            ),
        ),
        "duration": "weeks",
        "duration_note": (
            "Vier tot zes weken online, plus twee tot drie weken analyse",
            "Quatre à six semaines en ligne, plus deux à trois semaines d’analyse",
            "Four to six weeks online, plus two to three weeks of analysis",
        ),
        "budget_range": "low",
        "group_size": "very_large",
        "level": "consult",
        "themes": ["mobility", "urban-planning", "climate"],
        "stages": ["framing", "running", "evaluation"],
        "strengths": (
            (
                "Bereikt honderden tot duizenden mensen voor een bescheiden kostprijs\n"
                "Antwoorden zijn makkelijk te tellen, te vergelijken en later te herhalen\n"
                "Mensen antwoorden anoniem, waar en wanneer het hen past\n"
                "Een goede manier om te ontdekken wie verder wil meedoen"
            ),
            (
                "Touche des centaines, voire des milliers de personnes pour un coût modeste\n"
                "Les réponses sont faciles à compter, à comparer et à réinterroger dans le temps\n"
                "Chacun répond quand et où il veut, de manière anonyme\n"
                "Un bon moyen de repérer qui souhaite s’impliquer davantage"
            ),
            (
                "Reaches hundreds or thousands of people at a modest cost\n"
                "Answers are easy to count, compare and repeat over time\n"
                "People respond anonymously, when and where it suits them\n"
                "A good way to find out who wants to get more involved"
            ),
        ),
        "pitfalls": (
            (
                "Respondenten selecteren zichzelf: de mondigste of best verbonden groepen zijn "
                "oververtegenwoordigd\n"
                "Sturende vragen of vakjargon leveren onbruikbare antwoorden op\n"
                "Zonder papieren versie en hulp bij het invullen haken ouderen, nieuwkomers en "
                "mensen in een kwetsbare situatie af\n"
                "Resultaten die laat of nooit verschijnen, ontmoedigen mensen om de volgende keer "
                "te antwoorden"
            ),
            (
                "Les répondants s’autosélectionnent : les groupes les plus à l’aise ou les mieux "
                "connectés sont surreprésentés\n"
                "Des questions orientées ou jargonneuses donnent des réponses inutilisables\n"
                "Sans version papier ni aide au remplissage, les aînés, les primo-arrivants et "
                "les personnes précarisées décrochent\n"
                "Des résultats publiés tard, ou jamais, découragent de répondre à la prochaine "
                "enquête"
            ),
            (
                "Respondents select themselves: the most vocal or best-connected groups are "
                "over-represented\n"
                "Leading or jargon-filled questions produce useless answers\n"
                "Without a paper version and help to fill it in, older people, newcomers and "
                "people in precarious situations drop out\n"
                "Results published late, or never, put people off answering the next survey"
            ),
        ),
    },
    "focus-group": {
        "description": (
            (
                "<p>Een focusgroep is een <strong>gesprek van twee uur met zes tot tien "
                "mensen</strong> die een ervaring delen: de ouders van een school, de gebruikers "
                "van een sociaal restaurant, de handelaars van een winkelstraat, "
                "rolstoelgebruikers die elke dag hetzelfde plein oversteken. Een gespreksleider "
                "volgt een korte leidraad van vijf of zes open vragen; een tweede persoon noteert "
                "of neemt op, met toestemming van de deelnemers.</p>"
                "<p>Het doel is niet om meningen te tellen, maar om ze te begrijpen: waarom "
                "mensen 's avonds een park mijden, wat een dienst moeilijk bruikbaar maakt, welke "
                "woorden ze zelf voor een probleem gebruiken. Deelnemers reageren op elkaar, en "
                "dat brengt nuances naar boven die een vragenlijst nooit vat.</p>"
                "<p>De meeste projecten organiseren <strong>drie of vier groepen</strong>, elk "
                "met een ander publiek, om hun standpunten te kunnen vergelijken. Zoek mensen op "
                "waar ze al komen — een buurthuis, het lokaal van een vereniging, de schoolpoort "
                "als de kinderen worden opgehaald — spreek hun taal en bedank hen met een "
                "waardebon of een maaltijd. Een korte samenvatting die naar de deelnemers "
                "teruggaat, rondt het geheel af.</p>"
            ),
            (
                "<p>Un groupe de discussion est un <strong>échange de deux heures avec six à dix "
                "personnes</strong> qui partagent une expérience&nbsp;: les parents d’une école, "
                "les usagers d’un restaurant social, les commerçants d’une rue, des personnes en "
                "fauteuil roulant qui traversent chaque jour la même place. Un animateur suit un "
                "court guide de cinq ou six questions ouvertes&nbsp;; une deuxième personne prend "
                "des notes ou enregistre, avec l’accord des participants.</p>"
                "<p>Le but n’est pas de compter les opinions mais de les comprendre&nbsp;: "
                "pourquoi on évite un parc le soir, ce qui rend un service difficile à utiliser, "
                "quels mots les gens emploient eux-mêmes pour décrire un problème. Les "
                "participants réagissent les uns aux autres, ce qui fait émerger des nuances "
                "qu’aucun questionnaire ne saisit.</p>"
                "<p>La plupart des projets organisent <strong>trois ou quatre groupes</strong>, "
                "chacun avec un public différent, pour pouvoir comparer leurs points de vue. "
                "Allez là où les gens se trouvent déjà — une maison de quartier, le local d’une "
                "association, la sortie de l’école —, parlez leur langue et remerciez-les par un "
                "bon d’achat ou un repas. Une courte synthèse renvoyée aux participants boucle la "
                "démarche.</p>"
            ),
            (
                "<p>A focus group is a <strong>two-hour conversation with six to ten "
                "people</strong> who share an experience: the parents at a school, the users of a "
                "social restaurant, the traders of a shopping street, wheelchair users who cross "
                "the same square every day. A facilitator follows a short guide of five or six "
                "open questions; a second person takes notes or records, with the participants’ "
                "consent.</p>"
                "<p>The aim is not to count opinions but to understand them: why people avoid a "
                "park after dark, what makes a service hard to use, which words people themselves "
                "use for a problem. Participants react to one another, which brings out nuances "
                "that no questionnaire captures.</p>"
                "<p>Most projects hold <strong>three or four groups</strong>, each with a "
                "different public, so that their views can be compared. Go where people already "
                "are — a community centre, an association’s premises, the school gate at pick-up "
                "time — speak their language and thank them with a voucher or a meal. A short "
                "summary sent back to the participants closes the loop.</p>"
            ),
        ),
        "when_to_use": (
            (
                "Organiseer focusgroepen vroeg in een traject, wanneer u een situatie moet "
                "begrijpen voordat u een project of proces ontwerpt, of om een groep te horen die "
                "op publieke vergaderingen zelden het woord neemt. Ze helpen ook om een ontwerp — "
                "een folder, een grondplan, een dienst — te testen bij wie het zal gebruiken, en "
                "om achteraf een project te evalueren. Gebruik ze niet om te beslissen of om te "
                "zeggen wat een hele wijk denkt: enkele groepen geven diepgang, geen "
                "representativiteit."
            ),
            (
                "Organisez des groupes de discussion tôt dans une démarche, quand vous devez "
                "comprendre une situation avant de concevoir un projet ou un processus, ou pour "
                "entendre un public qui prend rarement la parole en réunion publique. Ils servent "
                "aussi à tester une ébauche — un dépliant, un plan, un service — auprès de ceux "
                "qui l’utiliseront, et à évaluer un projet après coup. Ne vous en servez pas pour "
                "décider, ni pour affirmer ce que pense tout un quartier : quelques groupes "
                "apportent de la profondeur, pas de la représentativité."
            ),
            (
                "Hold focus groups early on, when you need to understand a situation before "
                "designing a project or a process, or to hear a group that rarely speaks up at "
                "public meetings. They also help to test a draft — a leaflet, a floor plan, a "
                "service — with the people who will use it, and to evaluate a project afterwards. "
                "Do not use them to make decisions or to claim what a whole neighbourhood thinks: "
                "a few groups give depth, not representativeness."
            ),
        ),
        "steps": (
            (
                "Bepaal wat u moet begrijpen en welke groepen die ervaring hebben\n"
                "Schrijf een leidraad met vijf of zes open vragen, van algemeen naar specifiek\n"
                "Werf per groep zes tot tien deelnemers via verenigingen en sleutelfiguren die "
                "hen kennen, en bevestig de dag voordien telefonisch\n"
                "Leid elke sessie van twee uur met een gespreksleider en een notulist, op een "
                "vertrouwde plek en in een vertrouwde taal\n"
                "Vat elke groep binnen de week samen, vergelijk de groepen en haal de "
                "terugkerende thema's en de verschillen eruit\n"
                "Bezorg de deelnemers een korte samenvatting en vertel hen wat er met hun inbreng "
                "gebeurt"
            ),
            (
                "Définissez ce que vous devez comprendre et quels publics vivent cette "
                "expérience\n"
                "Rédigez un guide de cinq ou six questions ouvertes, du général au particulier\n"
                "Recrutez six à dix participants par groupe via des associations et des "
                "personnes-relais qui les connaissent, et confirmez par téléphone la veille\n"
                "Menez chaque séance de deux heures avec un animateur et une personne qui prend "
                "note, dans un lieu et une langue familiers\n"
                "Synthétisez chaque groupe dans la semaine, comparez les groupes et dégagez les "
                "thèmes récurrents et les différences\n"
                "Envoyez aux participants une courte synthèse et dites-leur ce que deviendra leur "
                "contribution"
            ),
            (
                "Decide what you need to understand and which groups have that experience\n"
                "Write a guide of five or six open questions, from the general to the specific\n"
                "Recruit six to ten participants per group through associations and key people "
                "who know them, and confirm by phone the day before\n"
                "Run each two-hour session with a facilitator and a note-taker, in a familiar "
                "place and language\n"
                "Summarise each group within a week, compare the groups and pick out the "
                "recurring themes and the differences\n"
                "Send participants a short summary and tell them what will happen with their input"
            ),
        ),
        "duration": "hours",
        "duration_note": (
            "Twee uur per groep; drie of vier groepen over twee tot drie weken",
            "Deux heures par groupe ; trois ou quatre groupes sur deux à trois semaines",
            "Two hours per group; three or four groups over two to three weeks",
        ),
        "budget_range": "low",
        "group_size": "small",
        "level": "consult",
        "themes": ["health-welfare", "social-cohesion", "economy"],
        "stages": ["framing", "design", "evaluation"],
        "strengths": (
            (
                "Diepgang: redenen, gevoelens en voorbeelden, niet alleen cijfers\n"
                "Bereikt specifieke groepen in een veilige, vertrouwde omgeving\n"
                "Goedkoop en snel te organiseren\n"
                "Brengt ideeën en woorden aan het licht waaraan de organisatoren niet hadden "
                "gedacht"
            ),
            (
                "De la profondeur : des raisons, des ressentis et des exemples, pas seulement des "
                "chiffres\n"
                "Touche des publics précis dans un cadre sûr et familier\n"
                "Peu coûteux et rapide à organiser\n"
                "Fait apparaître des idées et des mots auxquels les organisateurs n’avaient pas "
                "pensé"
            ),
            (
                "Depth: reasons, feelings and examples, not just figures\n"
                "Reaches specific groups in a safe, familiar setting\n"
                "Cheap and quick to organise\n"
                "Brings up ideas and words the organisers had not thought of"
            ),
        ),
        "pitfalls": (
            (
                "Eén dominante deelnemer kan de hele groep sturen\n"
                "Een handvol groepen voorstellen als representatief voor de bevolking\n"
                "Wie alleen via één vereniging werft, hoort maar één standpunt\n"
                "Deelnemers die nadien niets meer horen, voelen zich gebruikt"
            ),
            (
                "Un participant dominant peut orienter tout le groupe\n"
                "Présenter une poignée de groupes comme représentatifs de la population\n"
                "Recruter par une seule association, c’est n’entendre qu’un seul point de vue\n"
                "Des participants laissés sans nouvelles se sentent utilisés"
            ),
            (
                "One dominant participant can steer the whole group\n"
                "Presenting a handful of groups as representative of the population\n"
                "Recruiting through a single association gives you a single point of view\n"
                "Participants who never hear back feel used"
            ),
        ),
    },
    "open-space": {
        "description": (
            (
                "<p>Open space is een manier om een grote bijeenkomst te houden <strong>zonder "
                "vooraf opgestelde agenda</strong>. De deelnemers zitten in een kring; de "
                "begeleider stelt een breed thema voor, bijvoorbeeld “Hoe willen we in 2030 "
                "samenleven in de Brabantwijk?”, en wie iets belangrijk vindt, schrijft een "
                "onderwerp op een blad, kondigt het aan en hangt het aan de agendamuur, met een "
                "uur en een plek.</p>"
                "<p>Daarna lopen de sessies parallel, in hoeken van de zaal of in zijlokalen. Eén "
                "eenvoudige regel, de <strong>“wet van de twee voeten”</strong>, zegt dat wie "
                "niets leert of bijdraagt, gewoon verder trekt. Wie een sessie leidt, zorgt voor "
                "een kort verslag; op het einde van de dag zijn alle verslagen gebundeld, vaak al "
                "afgedrukt en uitgedeeld voordat iedereen vertrekt.</p>"
                "<p>Een open space eindigt meestal met een sessie waarin de deelnemers de "
                "onderwerpen groeperen, prioriteiten kiezen en <strong>actiegroepen</strong> "
                "vormen die ermee verder gaan. De methode werkt met 30 tot enkele honderden "
                "mensen, op voorwaarde dat de locatie genoeg ruimte voor parallelle sessies biedt "
                "en dat er aan meertaligheid is gedacht.</p>"
            ),
            (
                "<p>Le forum ouvert permet de mener une grande réunion <strong>sans ordre du jour "
                "préparé</strong>. Les participants s’assoient en cercle&nbsp;; l’animateur pose "
                "un thème large, par exemple «&nbsp;Comment voulons-nous vivre ensemble dans le "
                "quartier Brabant en 2030&nbsp;?&nbsp;», et quiconque tient à un sujet l’écrit "
                "sur une feuille, l’annonce au groupe et l’affiche au mur de l’agenda, avec une "
                "heure et un lieu.</p>"
                "<p>Les ateliers se déroulent ensuite en parallèle, dans des coins de la salle ou "
                "des locaux voisins. Une règle simple, la <strong>«&nbsp;loi des deux "
                "pieds&nbsp;»</strong>, invite quiconque n’apprend ni ne contribue plus à aller "
                "ailleurs. Chaque porteur de sujet veille à ce qu’un court compte rendu soit "
                "rédigé&nbsp;; en fin de journée, tous les comptes rendus sont rassemblés, "
                "souvent imprimés et distribués avant le départ des participants.</p>"
                "<p>Un forum ouvert se termine généralement par une séance où les participants "
                "regroupent les sujets, choisissent des priorités et forment des <strong>groupes "
                "d’action</strong> qui les porteront. La méthode fonctionne de 30 à plusieurs "
                "centaines de personnes, à condition que le lieu offre assez d’espaces pour les "
                "ateliers en parallèle et que le multilinguisme ait été pensé.</p>"
            ),
            (
                "<p>Open space is a way to run a large meeting <strong>without a prepared "
                "agenda</strong>. Participants sit in a circle; the facilitator sets out a broad "
                "theme, for example ‘How do we want to live together in the Brabant district in "
                "2030?’, and anyone who cares about a subject writes it on a sheet, announces it "
                "and puts it on the agenda wall, with a time and a place.</p>"
                "<p>The sessions then run in parallel, in corners of the room or in side rooms. "
                "One simple rule, the <strong>‘law of two feet’</strong>, says that anyone who is "
                "neither learning nor contributing moves on. Each session host makes sure a short "
                "report is written; by the end of the day all reports are collected, often "
                "printed and handed out before people leave.</p>"
                "<p>An open space usually ends with a session where participants group the "
                "topics, choose priorities and form <strong>action groups</strong> to take them "
                "forward. It works with 30 to several hundred people, provided the venue has "
                "enough space for parallel sessions and some thought has been given to "
                "languages.</p>"
            ),
        ),
        "when_to_use": (
            (
                "Kies voor open space wanneer een vraagstuk complex is, veel mensen erom geven en "
                "niemand alle antwoorden heeft: de toekomst van een wijk bij de start van een "
                "duurzaam wijkcontract, een netwerk van verenigingen dat gemeenschappelijke "
                "projecten zoekt, een schoolgemeenschap. De methode past wanneer u wilt dat "
                "energie en initiatieven van de deelnemers zelf komen. Vermijd ze als de uitkomst "
                "al vastligt, als er weinig ruimte voor actie is of als de organisatoren de "
                "agenda niet durven los te laten."
            ),
            (
                "Choisissez le forum ouvert lorsqu’une question est complexe, qu’elle concerne "
                "beaucoup de monde et que personne n’a toutes les réponses : l’avenir d’un "
                "quartier au lancement d’un contrat de quartier durable, un réseau d’associations "
                "en quête de projets communs, une communauté scolaire. Il convient quand vous "
                "voulez que l’énergie et les initiatives viennent des participants eux-mêmes. "
                "Évitez-le si l’issue est déjà fixée, si la marge d’action est très étroite ou si "
                "les organisateurs ne sont pas prêts à lâcher l’ordre du jour."
            ),
            (
                "Choose open space when an issue is complex, many people care about it and no one "
                "has all the answers: the future of a neighbourhood at the start of a sustainable "
                "neighbourhood contract, a network of associations looking for joint projects, a "
                "school community. It suits moments when you want energy and initiatives to come "
                "from the participants themselves. Avoid it when the outcome is already fixed, "
                "when there is little room for action, or when the organisers are not ready to "
                "let go of the agenda."
            ),
        ),
        "steps": (
            (
                "Spreek met de opdrachtgevers een breed, open thema af en wat er nadien met de "
                "actiegroepen gebeurt\n"
                "Nodig breed en persoonlijk uit, in meerdere talen, met het thema, de datum en de "
                "vermelding dat er geen vast programma is\n"
                "Richt de zaal in: een stoelenkring, een agendamuur, sessieplekken, flip-overs, "
                "een verslaghoek en kinderopvang\n"
                "Open de kring, leg de principes uit en laat de deelnemers hun onderwerpen "
                "aanbrengen\n"
                "Houd twee of drie rondes parallelle sessies, elk met een verslag van wie de "
                "sessie leidt\n"
                "Sluit af met prioriteiten en actiegroepen, en deel de gebundelde verslagen uit "
                "of verstuur ze binnen twee dagen\n"
                "Breng de actiegroepen na twee à drie maanden opnieuw samen om te zien wat er in "
                "beweging is gekomen"
            ),
            (
                "Convenez avec les commanditaires d’un thème large et ouvert, et de ce qu’il "
                "adviendra des groupes d’action\n"
                "Invitez largement et personnellement, en plusieurs langues, en annonçant le "
                "thème, la date et l’absence de programme fixé\n"
                "Préparez la salle : un cercle de chaises, un mur de l’agenda, des espaces "
                "d’atelier, des tableaux de papier, un coin compte rendu et une garderie\n"
                "Ouvrez le cercle, expliquez les principes et laissez les participants proposer "
                "leurs sujets\n"
                "Menez deux ou trois rondes d’ateliers en parallèle, chacun avec un compte rendu "
                "rédigé par son porteur\n"
                "Concluez par des priorités et des groupes d’action, puis distribuez ou envoyez "
                "les comptes rendus rassemblés dans les deux jours\n"
                "Réunissez à nouveau les groupes d’action deux à trois mois plus tard pour voir "
                "ce qui a avancé"
            ),
            (
                "Agree with the commissioners on a broad, open theme and on what will happen to "
                "the action groups afterwards\n"
                "Invite widely and personally, in several languages, giving the theme, the date "
                "and the fact that there is no set programme\n"
                "Prepare the room: a circle of chairs, an agenda wall, session areas, flip "
                "charts, a reporting corner and childcare\n"
                "Open the circle, explain the principles and let participants put forward their "
                "topics\n"
                "Run two or three rounds of parallel sessions, each with a report written by its "
                "host\n"
                "Close with priorities and action groups, and hand out or send the collected "
                "reports within two days\n"
                "Bring the action groups together again after two to three months to see what has "
                "moved"
            ),
        ),
        "duration": "days",
        "duration_note": (
            "Eén dag, of anderhalve dag met de actieplanning",
            "Une journée, ou une journée et demie avec la planification des actions",
            "One day, or a day and a half with the action planning",
        ),
        "budget_range": "medium",
        "group_size": "large",
        "level": "citizen-led",
        "themes": ["urban-planning", "social-cohesion", "youth-education"],
        "stages": ["framing", "running", "feedback"],
        "strengths": (
            (
                "Deelnemers pakken aan wat voor hen echt belangrijk is\n"
                "Grote groepen werken productief zonder zwaar programma\n"
                "Levert veel ideeën op, en mensen die ze willen dragen\n"
                "Versterkt de banden tussen bewoners, verenigingen en diensten"
            ),
            (
                "Les participants traitent ce qui compte vraiment pour eux\n"
                "De grands groupes travaillent efficacement sans programme lourd\n"
                "Produit beaucoup d’idées, et des personnes prêtes à les porter\n"
                "Renforce les liens entre habitants, associations et services"
            ),
            (
                "Participants take up what really matters to them\n"
                "Large groups work productively without a heavy programme\n"
                "Produces many ideas, and people willing to carry them\n"
                "Strengthens ties between residents, associations and public services"
            ),
        ),
        "pitfalls": (
            (
                "Een te vaag of te eng thema geeft versnipperde of lege sessies\n"
                "Organisatoren die de agenda toch willen sturen, verliezen het vertrouwen van de "
                "deelnemers\n"
                "Actiegroepen zonder ondersteuning of opvolging vallen binnen enkele weken stil\n"
                "Wie minder gewend is om in het openbaar te spreken, aarzelt om een onderwerp aan "
                "te brengen"
            ),
            (
                "Un thème trop flou ou trop étroit donne des ateliers dispersés ou déserts\n"
                "Des organisateurs tentés d’orienter l’ordre du jour perdent la confiance des "
                "participants\n"
                "Sans soutien ni suivi, les groupes d’action s’essoufflent en quelques semaines\n"
                "Les personnes peu habituées à parler en public hésitent à proposer un sujet"
            ),
            (
                "A theme that is too vague or too narrow leads to scattered or empty sessions\n"
                "Organisers who try to steer the agenda lose the participants’ trust\n"
                "Action groups without support or follow-up fade within weeks\n"
                "People who are less used to speaking in public hesitate to put forward a topic"
            ),
        ),
    },
    "photovoice": {
        "description": (
            (
                "<p>Bij photovoice <strong>fotograferen deelnemers hun eigen omgeving</strong> "
                "rond een vraag als “Waar voelt u zich thuis in de wijk, en waar niet?” Vaak gaat "
                "het om mensen die zelden gehoord worden: jongeren, nieuwkomers, alleenwonende "
                "ouderen. Ze gebruiken hun smartphone of wegwerpcamera's die de organisatoren ter "
                "beschikking stellen.</p>"
                "<p>Tijdens regelmatige bijeenkomsten kiest de groep enkele foto's en praat "
                "erover: wat zien we, wat gebeurt hier echt, waarom, en wat zou er kunnen "
                "veranderen? Uit die gesprekken ontstaan <strong>bijschriften en "
                "boodschappen</strong> die de deelnemers zelf schrijven. De aanpak komt uit de "
                "gezondheidspromotie en het gemeenschapsonderzoek en past goed bij mensen voor "
                "wie woorden, of een publieke vergadering, een drempel zijn.</p>"
                "<p>Het traject eindigt met een <strong>tentoonstelling</strong> — in het "
                "gemeentehuis, een bibliotheek of buiten aan de hekken van een park — waarop de "
                "deelnemers schepenen, ambtenaren en buren uitnodigen. Die tentoonstelling opent "
                "een dialoog, ze sluit hem niet af: plan een vervolgbijeenkomst waarop "
                "beleidsmakers op de boodschappen antwoorden.</p>"
            ),
            (
                "<p>Avec le photovoice, <strong>les participants photographient leur propre "
                "environnement</strong> autour d’une question comme «&nbsp;Où vous sentez-vous "
                "chez vous dans le quartier, et où pas&nbsp;?&nbsp;» Il s’agit souvent de "
                "personnes rarement entendues&nbsp;: des jeunes, des primo-arrivants, des aînés "
                "qui vivent seuls. Ils utilisent leur smartphone ou des appareils jetables "
                "fournis par les organisateurs.</p>"
                "<p>Lors de rencontres régulières, le groupe choisit quelques photos et en "
                "parle&nbsp;: que voit-on, que se passe-t-il vraiment, pourquoi, et qu’est-ce qui "
                "pourrait changer&nbsp;? Ces échanges donnent naissance à des <strong>légendes et "
                "des messages</strong> rédigés par les participants eux-mêmes. Issue de la "
                "promotion de la santé et de la recherche communautaire, la démarche convient "
                "bien aux personnes pour qui les mots, ou une réunion publique, sont un "
                "obstacle.</p>"
                "<p>Le parcours se conclut par une <strong>exposition</strong> — à la maison "
                "communale, dans une bibliothèque ou en plein air sur les grilles d’un parc — où "
                "les participants invitent échevins, agents communaux et voisins. L’exposition "
                "ouvre le dialogue, elle ne le clôt pas&nbsp;: prévoyez une rencontre de suivi où "
                "les décideurs répondent aux messages.</p>"
            ),
            (
                "<p>In photovoice, <strong>participants photograph their own "
                "surroundings</strong> in response to a question such as ‘Where in the "
                "neighbourhood do you feel at home, and where not?’ They are often people who are "
                "rarely heard: young people, newcomers, older residents who live alone. They use "
                "their smartphones or disposable cameras provided by the organisers.</p>"
                "<p>At regular meetings the group picks a few photos and talks about them: what "
                "do we see, what is really happening here, why, and what could change? These "
                "conversations produce <strong>captions and messages</strong> written by the "
                "participants themselves. The approach comes from health promotion and community "
                "research, and suits people for whom words, or a public meeting, are a "
                "barrier.</p>"
                "<p>The process ends with an <strong>exhibition</strong> — in the town hall, a "
                "library or outdoors on the railings of a park — to which the participants invite "
                "aldermen, council staff and neighbours. The exhibition opens a dialogue rather "
                "than closing one: plan a follow-up meeting where decision-makers respond to the "
                "messages.</p>"
            ),
        ),
        "when_to_use": (
            (
                "Gebruik photovoice wanneer u een dagelijkse realiteit van binnenuit wilt "
                "begrijpen en mensen aan het woord wilt laten die zelden deelnemen: tieners in "
                "een sociale woonwijk, vrouwen die bepaalde straten mijden, pas aangekomen "
                "gezinnen. De methode helpt om een wijkproject af te bakenen, een diagnose aan te "
                "vullen met doorleefde ervaring of een dialoog te openen tussen bewoners en "
                "beleidsmakers. Ze vraagt tijd en een stabiele groep; voor een snelle raadpleging "
                "is ze niet geschikt."
            ),
            (
                "Recourez au photovoice lorsque vous voulez comprendre une réalité quotidienne de "
                "l’intérieur et donner la parole à des personnes qui participent rarement : des "
                "adolescents d’une cité de logements sociaux, des femmes qui évitent certaines "
                "rues, des familles récemment arrivées. La méthode aide à cadrer un projet de "
                "quartier, à nourrir un diagnostic par l’expérience vécue ou à ouvrir un dialogue "
                "entre habitants et décideurs. Elle demande du temps et un groupe stable : ce "
                "n’est pas le bon choix pour une consultation rapide."
            ),
            (
                "Use photovoice when you want to understand daily life from the inside and give a "
                "voice to people who rarely take part: teenagers on a social housing estate, "
                "women who avoid certain streets, newly arrived families. It helps to frame a "
                "neighbourhood project, to add lived experience to a diagnosis, or to open a "
                "dialogue between residents and decision-makers. It needs time and a stable "
                "group, so it is not the right choice for a quick consultation."
            ),
        ),
        "steps": (
            (
                "Stel de groep samen met een vereniging die de deelnemers al kent, en bepaal "
                "samen de vraag\n"
                "Houd een startsessie over de methode, de ethiek van het fotograferen, "
                "toestemming en portretrecht\n"
                "Laat de deelnemers tussen de bijeenkomsten telkens twee tot drie weken "
                "fotograferen\n"
                "Houd vier tot zes gespreksbijeenkomsten om foto's te kiezen, hun verhaal te "
                "vertellen en bijschriften te schrijven\n"
                "Bepaal de belangrijkste boodschappen en voor wie ze bedoeld zijn\n"
                "Bereid de tentoonstelling voor met de deelnemers, open ze en nodig er "
                "beleidsmakers op uit\n"
                "Organiseer een vervolgbijeenkomst waarop beleidsmakers op de boodschappen "
                "reageren"
            ),
            (
                "Constituez le groupe avec une association qui connaît déjà les participants, et "
                "définissez ensemble la question\n"
                "Tenez une séance de lancement sur la méthode, l’éthique de la prise de vue, le "
                "consentement et le droit à l’image\n"
                "Laissez les participants photographier pendant deux à trois semaines entre les "
                "rencontres\n"
                "Organisez quatre à six séances d’échange pour choisir les photos, raconter leur "
                "histoire et écrire les légendes\n"
                "Dégagez les messages principaux et leurs destinataires\n"
                "Préparez l’exposition avec les participants, inaugurez-la et invitez-y les "
                "décideurs\n"
                "Organisez une rencontre de suivi où les décideurs réagissent aux messages"
            ),
            (
                "Form the group with an association that already knows the participants, and "
                "agree on the question together\n"
                "Hold an opening session on the method, the ethics of taking pictures, consent "
                "and image rights\n"
                "Let participants take photos for two to three weeks between meetings\n"
                "Hold four to six discussion sessions to choose photos, tell their stories and "
                "write captions\n"
                "Identify the main messages and who they are meant for\n"
                "Prepare the exhibition with the participants, open it and invite "
                "decision-makers\n"
                "Organise a follow-up meeting where decision-makers respond to the messages"
            ),
        ),
        "duration": "months",
        "duration_note": (
            "Zes tot acht bijeenkomsten over ongeveer drie maanden, plus de tentoonstelling",
            "Six à huit rencontres sur environ trois mois, plus l’exposition",
            "Six to eight meetings over about three months, plus the exhibition",
        ),
        "budget_range": "medium",
        "group_size": "small",
        "level": "co-construct",
        "themes": ["social-cohesion", "health-welfare", "youth-education", "culture"],
        "stages": ["framing", "mobilisation", "feedback"],
        "strengths": (
            (
                "Bereikt mensen die zich ongemakkelijk voelen op vergaderingen of bij het "
                "schrijven\n"
                "Beelden maken doorleefde ervaring concreet en blijven beleidsmakers bij\n"
                "Deelnemers winnen aan zelfvertrouwen en vaardigheden\n"
                "De tentoonstelling brengt het onderwerp bij een breed publiek"
            ),
            (
                "Touche des personnes mal à l’aise en réunion ou à l’écrit\n"
                "Les images rendent l’expérience vécue concrète et marquent les décideurs\n"
                "Les participants gagnent en confiance et en compétences\n"
                "L’exposition porte le sujet auprès d’un large public"
            ),
            (
                "Reaches people who feel uncomfortable in meetings or with writing\n"
                "Images make lived experience concrete and stay with decision-makers\n"
                "Participants gain confidence and skills\n"
                "The exhibition takes the subject to a wide public"
            ),
        ),
        "pitfalls": (
            (
                "Mensen fotograferen zonder hun toestemming stelt juridische en ethische "
                "problemen\n"
                "De groep haakt af als de bijeenkomsten te ver uit elkaar liggen of te veel "
                "vragen\n"
                "Een tentoonstelling zonder antwoord van beleidsmakers ontgoochelt de deelnemers\n"
                "Begeleiders die de foto's interpreteren in de plaats van de deelnemers"
            ),
            (
                "Photographier des personnes sans leur accord pose des problèmes juridiques et "
                "éthiques\n"
                "Le groupe décroche si les rencontres sont trop espacées ou trop exigeantes\n"
                "Une exposition restée sans réponse des décideurs déçoit les participants\n"
                "Des animateurs qui interprètent les photos à la place des participants"
            ),
            (
                "Photographing people without their consent raises legal and ethical problems\n"
                "The group drops out if meetings are too far apart or too demanding\n"
                "An exhibition that gets no answer from decision-makers disappoints the "
                "participants\n"
                "Facilitators who interpret the photos in place of the participants"
            ),
        ),
    },
    "deliberative-poll": {
        "description": (
            (
                "<p>Een deliberatieve peiling meet wat het publiek zou denken <strong>als het de "
                "tijd en de informatie had om een kwestie grondig te bekijken</strong>. Een "
                "peilingbureau bevraagt eerst een toevallige steekproef — in Brussel doorgaans "
                "1.000 tot 1.500 inwoners, telefonisch en online. Uit die steekproef worden 150 "
                "tot 300 mensen uitgenodigd voor een overlegweekend.</p>"
                "<p>Daar krijgen ze een evenwichtig informatiedossier, nagelezen door "
                "voorstanders van de verschillende opties. Ze praten in kleine groepen van een "
                "vijftiental mensen met getrainde moderatoren en leggen de vragen uit hun groep "
                "voor aan panels van experten en politici. De groepen worden per taal "
                "samengesteld (Nederlands, Frans, Engels), de plenaire sessies worden getolkt. Op "
                "het einde van het weekend vullen ze dezelfde vragenlijst opnieuw in.</p>"
                "<p>Het <strong>verschil tussen beide rondes</strong> toont hoe geïnformeerd "
                "overleg meningen verandert, en op welke punten. De resultaten worden "
                "gepubliceerd, meestal met een universitair team dat over de methode waakt, en "
                "halen vaak de media. Een deliberatieve peiling levert geen gezamenlijke "
                "aanbeveling op: elke deelnemer antwoordt individueel.</p>"
            ),
            (
                "<p>Un sondage délibératif mesure ce que penserait le public <strong>s’il avait "
                "le temps et l’information nécessaires pour examiner une question</strong>. Un "
                "institut de sondage interroge d’abord un échantillon aléatoire — à Bruxelles, "
                "généralement 1&nbsp;000 à 1&nbsp;500 habitants, par téléphone et en ligne. Parmi "
                "eux, 150 à 300 personnes sont invitées à un week-end de délibération.</p>"
                "<p>Elles y reçoivent un dossier d’information équilibré, relu par des partisans "
                "des différentes options, discutent en petits groupes d’une quinzaine de "
                "personnes avec des modérateurs formés, et soumettent les questions de leur "
                "groupe à des panels d’experts et de responsables politiques. Les groupes sont "
                "formés par langue (français, néerlandais, anglais) et les séances plénières sont "
                "interprétées. À la fin du week-end, elles remplissent à nouveau le même "
                "questionnaire.</p>"
                "<p>L’<strong>écart entre les deux vagues</strong> montre comment une "
                "délibération informée fait évoluer les opinions, et sur quels points. Les "
                "résultats sont publiés, le plus souvent avec une équipe universitaire garante de "
                "la méthode, et souvent relayés par les médias. Un sondage délibératif ne produit "
                "pas de recommandation commune&nbsp;: chaque participant répond "
                "individuellement.</p>"
            ),
            (
                "<p>A deliberative poll measures what the public would think <strong>if it had "
                "the time and information to consider an issue properly</strong>. A polling "
                "company first surveys a random sample — in Brussels typically 1,000 to 1,500 "
                "residents, by phone and online. From that sample, 150 to 300 people are invited "
                "to a deliberation weekend.</p>"
                "<p>There they receive a balanced briefing document, checked by advocates of the "
                "different options, discuss in small groups of about fifteen with trained "
                "moderators, and put the questions from their group to panels of experts and "
                "politicians. Groups are formed by language (French, Dutch, English) and plenary "
                "sessions are interpreted. At the end of the weekend they fill in the same "
                "questionnaire again.</p>"
                "<p>The <strong>difference between the two rounds</strong> shows how informed "
                "discussion changes opinions, and on which points. The results are published, "
                "usually with a university team that vouches for the method, and are often picked "
                "up by the media. A deliberative poll does not produce a joint recommendation: "
                "each participant answers individually.</p>"
            ),
        ),
        "when_to_use": (
            (
                "Overweeg een deliberatieve peiling voor een grote gewestelijke keuze waarover de "
                "meningen verdeeld en slecht geïnformeerd zijn — rekeningrijden, het uitfaseren "
                "van verwarming op fossiele brandstoffen, de dichtheid van nieuwe woonprojecten — "
                "wanneer beleidsmakers willen weten wat mensen vandaag denken én wat ze zouden "
                "denken na het afwegen van de argumenten. De methode is duur en vraagt een "
                "professionele peilingpartner; houd ze voor grote beleidsvragen, niet voor "
                "wijkprojecten."
            ),
            (
                "Envisagez un sondage délibératif pour un grand choix régional sur lequel "
                "l’opinion est partagée et mal informée — la taxation kilométrique, la sortie du "
                "chauffage aux combustibles fossiles, la densité des nouveaux logements —, "
                "lorsque les décideurs veulent savoir à la fois ce que pensent les gens "
                "aujourd’hui et ce qu’ils penseraient après avoir pesé les arguments. La méthode "
                "est coûteuse et demande un partenaire de sondage professionnel : réservez-la aux "
                "grandes questions politiques, pas aux projets de quartier."
            ),
            (
                "Consider a deliberative poll for a major regional choice on which opinion is "
                "divided and poorly informed — road pricing, phasing out fossil-fuel heating, the "
                "density of new housing — when decision-makers want to know both what people "
                "think today and what they would think after weighing up the arguments. It is "
                "expensive and needs a professional polling partner, so keep it for big policy "
                "questions rather than neighbourhood projects."
            ),
        ),
        "steps": (
            (
                "Richt een adviesraad op met de belangrijkste betrokkenen om de opties af te "
                "bakenen en het informatiedossier goed te keuren\n"
                "Laat een eerste peiling uitvoeren bij een toevallige, representatieve "
                "steekproef\n"
                "Nodig 150 tot 300 mensen uit die steekproef uit, met een vergoeding, vervoer en "
                "kinderopvang, en controleer of de groep overeenkomt met de steekproef\n"
                "Bezorg het informatiedossier twee weken vooraf in het Nederlands, het Frans en "
                "het Engels\n"
                "Organiseer het weekend: gesprekken in kleine groepen, plenaire sessies met "
                "expertpanels, slotvragenlijst\n"
                "Laat een onafhankelijk onderzoeksteam de verschuivingen tussen beide peilingen "
                "analyseren\n"
                "Publiceer de resultaten en stel ze voor aan de beleidsmakers en de pers"
            ),
            (
                "Mettez en place un comité consultatif réunissant les principales parties "
                "prenantes pour délimiter les options et valider le dossier d’information\n"
                "Commandez une première vague de sondage auprès d’un échantillon aléatoire et "
                "représentatif\n"
                "Invitez 150 à 300 personnes de cet échantillon, avec défraiement, transport et "
                "garde d’enfants, et vérifiez que le groupe correspond à l’échantillon\n"
                "Envoyez le dossier d’information en français, en néerlandais et en anglais deux "
                "semaines avant l’événement\n"
                "Organisez le week-end : discussions en petits groupes, plénières avec des panels "
                "d’experts, questionnaire final\n"
                "Confiez l’analyse des écarts entre les deux vagues à une équipe de recherche "
                "indépendante\n"
                "Publiez les résultats et présentez-les aux décideurs et à la presse"
            ),
            (
                "Set up an advisory board of the main stakeholders to define the options and "
                "approve the briefing document\n"
                "Commission a first poll of a random, representative sample\n"
                "Invite 150 to 300 people from that sample, with a fee, transport and childcare, "
                "and check that the group matches the sample\n"
                "Send out the briefing document in French, Dutch and English two weeks before the "
                "event\n"
                "Run the weekend: small-group discussions, plenary sessions with expert panels, "
                "final questionnaire\n"
                "Have an independent research team analyse the shifts between the two polls\n"
                "Publish the results and present them to decision-makers and the press"
            ),
        ),
        "duration": "months",
        "duration_note": (
            (
                "Een overlegweekend, in een traject van vier tot zes maanden met voorbereiding en "
                "analyse"
            ),
            (
                "Un week-end de délibération, dans une démarche de quatre à six mois, préparation "
                "et analyse comprises"
            ),
            (
                "A deliberation weekend, within four to six months including preparation and "
                "analysis"
            ),
        ),
        "budget_range": "very_high",
        "group_size": "very_large",
        "level": "consult",
        "themes": ["climate", "mobility", "housing", "democracy"],
        "stages": ["framing", "mobilisation", "running"],
        "strengths": (
            (
                "Combineert een representatieve steekproef met echt overleg\n"
                "Toont meetbaar hoe meningen veranderen door informatie\n"
                "De resultaten hebben wetenschappelijk en mediatiek gewicht\n"
                "Mensen met heel verschillende achtergronden ontmoeten elkaar en luisteren naar "
                "elkaar"
            ),
            (
                "Allie un échantillon représentatif et une véritable délibération\n"
                "Montre de façon mesurable comment l’information fait évoluer les opinions\n"
                "Les résultats ont un poids scientifique et médiatique\n"
                "Des personnes de tous horizons se rencontrent et s’écoutent"
            ),
            (
                "Combines a representative sample with genuine deliberation\n"
                "Shows in measurable terms how information changes opinions\n"
                "The results carry scientific and media weight\n"
                "People from very different backgrounds meet and listen to each other"
            ),
        ),
        "pitfalls": (
            (
                "Hoge kosten en complexe logistiek, buiten bereik van een gemeente alleen\n"
                "Een informatiedossier dat als eenzijdig wordt gezien, ondergraaft alle "
                "resultaten\n"
                "Deelnemers schrijven geen voorstellen, wat frustratie kan wekken\n"
                "Beleidsmakers kunnen de resultaten selectief aanhalen"
            ),
            (
                "Coût élevé et logistique complexe, hors de portée d’une commune seule\n"
                "Un dossier d’information jugé partial ruine la crédibilité de tous les "
                "résultats\n"
                "Les participants ne rédigent pas de propositions, ce qui peut les frustrer\n"
                "Les décideurs risquent de citer les résultats de manière sélective"
            ),
            (
                "High cost and complex logistics, beyond the reach of a single commune\n"
                "A briefing document seen as one-sided undermines all the results\n"
                "Participants do not write proposals, which can frustrate them\n"
                "Decision-makers may quote the results selectively"
            ),
        ),
    },
}
