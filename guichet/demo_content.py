"""Demo requests of the Guichet Vert: questions buyers of Hauts-de-France really ask, in the
three kinds the programme names (organisation and strategy, expert advice on a project,
targeted advice on texts or news). Each: kind, segment ("Parent", "Child") or None, subject,
question, the advisor's answer, the closing summary, and the fiches a Q&A would cite."""

REQUESTS = [
    {
        "kind": "strategy",
        "segment": None,
        "subject": "Par où commencer notre SPASER ?",
        "question": (
            "Notre communauté d'agglomération dépasse désormais le seuil de 50 millions d'euros "
            "d'achats annuels. Nous devons adopter un SPASER mais ne savons pas par où "
            "commencer : qui associer, quel calendrier, quels indicateurs ?"
        ),
        "answer": (
            "Commencez par une cartographie des achats (montants par segment sur trois ans), "
            "puis réunissez un comité de pilotage élus/services. Fixez 5 à 8 objectifs "
            "mesurables, par exemple la part des marchés avec une clause environnementale et le "
            "nombre d'heures d'insertion. Le schéma doit être publié sur votre site et suivi "
            "chaque année."
        ),
        "summary": (
            "Démarche SPASER en quatre temps : cartographie des achats, gouvernance élus/"
            "services, objectifs chiffrés et indicateurs, publication et bilan annuel."
        ),
        "fiches": [],
    },
    {
        "kind": "project",
        "segment": ("Services", "Restauration collective"),
        "subject": "Atteindre 50 % de produits durables dans nos cantines",
        "question": (
            "Nous relançons le marché de restauration scolaire de nos trois écoles (environ "
            "400 repas par jour). Comment rédiger le cahier des charges pour atteindre les "
            "objectifs EGalim sans exclure les producteurs locaux ?"
        ),
        "answer": (
            "Allotissez finement (fruits et légumes, produits laitiers, viande) pour ouvrir le "
            "marché aux producteurs locaux, imposez 50 % de produits durables dont 20 % de bio "
            "en condition d'exécution et notez la fraîcheur et l'approvisionnement direct. "
            "Demandez un reporting trimestriel des achats EGalim."
        ),
        "summary": (
            "Allotissement fin, 50 % durables dont 20 % bio en condition d'exécution, critère "
            "sur la fraîcheur et l'approvisionnement direct, reporting trimestriel."
        ),
        "fiches": [
            "egalim-50-pourcent-durables-20-pourcent-bio",
            "reporting-achats-egalim-restauration",
            "critere-fraicheur-approvisionnement-direct",
        ],
    },
    {
        "kind": "targeted",
        "segment": None,
        "subject": "Clause environnementale obligatoire : à partir de quand ?",
        "question": (
            "La loi Climat et résilience impose une considération environnementale dans tous les "
            "marchés. Est-ce déjà applicable à nos petites consultations en procédure adaptée ?"
        ),
        "answer": (
            "Oui : depuis le 21 août 2026, tout marché doit comporter au moins une considération "
            "environnementale, dans les spécifications techniques ou les conditions d'exécution, "
            "et au moins un critère d'attribution environnemental, y compris en procédure "
            "adaptée. Le kit Loi Climat de La Clause Verte propose une clause par type de marché."
        ),
        "summary": (
            "Obligation applicable depuis le 21 août 2026 à tous les marchés, MAPA compris : une "
            "condition d'exécution et un critère environnementaux au minimum."
        ),
        "fiches": [],
    },
    {
        "kind": "project",
        "segment": ("Travaux", "Bâtiment"),
        "subject": "Isolants biosourcés pour la rénovation de l'école",
        "question": (
            "Nous rénovons l'école primaire (isolation des combles et des murs). Les élus "
            "souhaitent des matériaux biosourcés. Peut-on imposer une part minimale sans "
            "restreindre la concurrence ?"
        ),
        "answer": (
            "Vous pouvez fixer une part minimale de matériaux biosourcés en condition "
            "d'exécution, à condition de la justifier par l'objet du marché, et la compléter "
            "par un critère noté sur la part proposée au-delà. Demandez les fiches FDES et des "
            "références de mise en œuvre."
        ),
        "summary": (
            "Part minimale de biosourcés en condition d'exécution, critère sur la part "
            "supplémentaire, justificatifs FDES et références de mise en œuvre."
        ),
        "fiches": [
            "isolants-biosources-part-minimale-execution",
            "critere-part-materiaux-biosources-offre",
            "references-mise-en-oeuvre-materiaux-biosources",
        ],
    },
    {
        "kind": "strategy",
        "segment": None,
        "subject": "Quels indicateurs suivre pour nos achats responsables ?",
        "question": (
            "Le conseil municipal nous demande un bilan annuel des achats responsables. Quels "
            "indicateurs simples pouvons-nous suivre sans outil dédié ?"
        ),
        "answer": (
            "Trois indicateurs suffisent pour commencer : part des marchés notifiés avec au "
            "moins une clause environnementale, part avec une clause sociale, heures "
            "d'insertion réalisées. Ils correspondent aux objectifs du PNAD et se renseignent "
            "à la notification."
        ),
        "summary": (
            "Suivre la part des marchés avec clause environnementale, avec clause sociale, et "
            "les heures d'insertion : les indicateurs du PNAD."
        ),
        "fiches": [],
    },
    {
        "kind": "project",
        "segment": ("Fournitures", "Produits d'entretien"),
        "subject": "Produits d'entretien écolabellisés pour nos bâtiments",
        "question": (
            "Notre marché de produits d'entretien arrive à échéance. Comment exiger des produits "
            "écolabellisés tout en acceptant les équivalents ?"
        ),
        "answer": (
            "Exigez l'Écolabel européen ou tout label équivalent dans les spécifications "
            "techniques, en acceptant toute preuve de conformité aux critères. Ajoutez un "
            "critère sur les gammes concentrées et les recharges, et la reprise des bidons."
        ),
        "summary": (
            "Écolabel européen ou équivalent en spécification, critère sur les produits "
            "concentrés et recharges, reprise des contenants."
        ),
        "fiches": [
            "produits-entretien-ecolabel-europeen-ou-equivalent",
            "critere-gamme-produits-entretien-concentres-recharges",
        ],
    },
    {
        "kind": "targeted",
        "segment": None,
        "subject": "Réserver un marché à une entreprise adaptée",
        "question": (
            "Pouvons-nous réserver notre marché d'entretien des espaces verts à un ESAT ou une "
            "entreprise adaptée ? Quelle mention faut-il dans l'avis ?"
        ),
        "answer": (
            "Oui, l'article L2113-12 du Code de la commande publique le permet. L'avis de "
            "marché doit mentionner la réservation. Vérifiez au préalable qu'il existe "
            "plusieurs structures capables de répondre sur votre territoire."
        ),
        "summary": (
            "Réservation possible (art. L2113-12 CCP), à mentionner dans l'avis ; sourcer "
            "d'abord les ESAT et EA du territoire."
        ),
        "fiches": ["marche-reserve-esat-ea-entretien-espaces-verts"],
    },
    {
        "kind": "project",
        "segment": ("Fournitures", "Informatique et numérique"),
        "subject": "Acheter des ordinateurs reconditionnés",
        "question": (
            "Nous voulons renouveler 40 postes de travail avec du matériel reconditionné. Comment "
            "garantir la qualité et la durée d'usage ?"
        ),
        "answer": (
            "La loi AGEC impose une part d'achats issus du réemploi ou reconditionnés. Fixez une "
            "garantie minimale de deux ans, notez la réparabilité et la disponibilité des pièces, "
            "et prévoyez la reprise des équipements en fin de vie."
        ),
        "summary": (
            "Reconditionné avec garantie de deux ans, critère de réparabilité, reprise en fin "
            "de vie (obligations AGEC)."
        ),
        "fiches": [
            "materiel-informatique-reconditionne",
            "critere-durabilite-reparabilite-pieces-informatique",
        ],
    },
    {
        "kind": "strategy",
        "segment": None,
        "subject": "Former nos acheteurs aux clauses sociales",
        "question": (
            "Nous sommes une petite équipe de deux acheteurs. Comment monter en compétence sur "
            "les clauses d'insertion sans recruter ?"
        ),
        "answer": (
            "Appuyez-vous sur le facilitateur de clauses sociales de votre territoire : il "
            "calibre les heures, accompagne les entreprises et suit l'exécution. Les ateliers du "
            "réseau APuRe et les fiches de La Clause Verte complètent la formation."
        ),
        "summary": (
            "S'appuyer sur le facilitateur du territoire, les ateliers APuRe et les fiches "
            "d'insertion de La Clause Verte."
        ),
        "fiches": ["heures-insertion-travaux-facilitateur"],
    },
    {
        "kind": "project",
        "segment": ("Fournitures", "Véhicules"),
        "subject": "Renouvellement de la flotte de véhicules de service",
        "question": (
            "Nous devons remplacer six véhicules de service. Quelle part de véhicules à faibles "
            "émissions devons-nous respecter et comment comparer les offres ?"
        ),
        "answer": (
            "Les obligations de la loi LOM imposent une part de véhicules à faibles émissions "
            "lors des renouvellements. Comparez les offres en coût du cycle de vie (achat, "
            "énergie, entretien) et demandez une formation à l'écoconduite."
        ),
        "summary": (
            "Respect des quotas LOM, comparaison en coût du cycle de vie, formation des agents."
        ),
        "fiches": [
            "vehicules-faibles-tres-faibles-emissions",
            "critere-cout-cycle-vie-vehicules",
        ],
    },
    {
        "kind": "targeted",
        "segment": None,
        "subject": "Seuils de procédure au 1er janvier",
        "question": (
            "Les seuils européens ont-ils changé au 1er janvier ? Nous préparons plusieurs "
            "consultations de travaux."
        ),
        "answer": (
            "Les seuils européens sont révisés tous les deux ans. Vérifiez l'avis publié au "
            "Journal officiel et mettez à jour vos modèles ; pour les travaux, la procédure "
            "formalisée s'applique au-delà du seuil européen en vigueur."
        ),
        "summary": "Seuils révisés tous les deux ans : vérifier l'avis au Journal officiel.",
        "fiches": [],
    },
    {
        "kind": "project",
        "segment": ("Services", "Nettoyage des locaux"),
        "subject": "Passer au nettoyage en journée",
        "question": (
            "Les agents de notre prestataire de nettoyage travaillent très tôt le matin. "
            "Comment intégrer le nettoyage en journée dans le prochain marché ?"
        ),
        "answer": (
            "Prévoyez le nettoyage en journée et en horaires continus en condition d'exécution, "
            "après concertation avec les services occupants. Notez la méthodologie et le volume "
            "horaire, et ajoutez des heures d'insertion."
        ),
        "summary": (
            "Nettoyage en journée en condition d'exécution, critère méthodologie et volume "
            "horaire, heures d'insertion."
        ),
        "fiches": [
            "nettoyage-en-journee-horaires-continus",
            "critere-methodologie-nettoyage-volume-horaire",
        ],
    },
    {
        "kind": "project",
        "segment": ("Travaux", "Voirie et réseaux"),
        "subject": "Enrobés recyclés pour la réfection de voirie",
        "question": (
            "Pour notre programme annuel de voirie, pouvons-nous imposer un taux d'agrégats "
            "d'enrobés recyclés ?"
        ),
        "answer": (
            "Oui, fixez un taux minimal d'agrégats d'enrobés en condition d'exécution et "
            "demandez une variante bas carbone. Un critère sur le bilan carbone des solutions "
            "de chaussée départage les offres."
        ),
        "summary": "Taux minimal d'agrégats recyclés et critère sur le bilan carbone.",
        "fiches": [
            "materiaux-recycles-agregats-enrobes-voirie",
            "critere-bilan-carbone-solutions-chaussee",
        ],
    },
    {
        "kind": "strategy",
        "segment": None,
        "subject": "Mutualiser nos achats avec les communes voisines",
        "question": (
            "Plusieurs communes rurales de notre canton souhaitent acheter ensemble leurs "
            "fournitures. Quelle forme juridique choisir ?"
        ),
        "answer": (
            "Un groupement de commandes est la forme la plus simple : une convention désigne le "
            "coordonnateur. Il permet d'intégrer des exigences environnementales communes et "
            "d'intéresser davantage les fournisseurs."
        ),
        "summary": "Groupement de commandes avec convention et coordonnateur désigné.",
        "fiches": [],
    },
    {
        "kind": "project",
        "segment": ("Services", "Événementiel"),
        "subject": "Organiser la fête communale de façon écoresponsable",
        "question": (
            "Nous confions l'organisation de la fête communale à un prestataire. Quelles "
            "exigences pour limiter les déchets et favoriser les mobilités douces ?"
        ),
        "answer": (
            "Imposez la vaisselle réutilisable et le tri, notez l'écoconception de l'événement "
            "et la mobilité des participants (navettes, vélo), et demandez un traiteur "
            "d'insertion."
        ),
        "summary": (
            "Vaisselle réutilisable, critère d'écoconception et de mobilité, traiteur d'insertion."
        ),
        "fiches": [
            "evenement-ecoconcu-vaisselle-reutilisable",
            "critere-ecoconception-evenement-mobilite-participants",
        ],
    },
    {
        "kind": "targeted",
        "segment": None,
        "subject": "Loi AGEC : quelles obligations d'achats de réemploi ?",
        "question": (
            "Nous avons entendu parler d'obligations d'achat de biens issus du réemploi. "
            "Quels produits sont concernés et comment le justifier ?"
        ),
        "answer": (
            "Le décret d'application de l'article 58 de la loi AGEC fixe, par catégorie de "
            "produits, une part minimale issue du réemploi, de la réutilisation ou du recyclage. "
            "Tenez un suivi annuel par catégorie ; le mobilier et l'informatique sont les plus "
            "simples à commencer."
        ),
        "summary": "Parts minimales par catégorie (art. 58 AGEC) et suivi annuel.",
        "fiches": ["mobilier-reemploi-reconditionne"],
    },
    {
        "kind": "project",
        "segment": ("Travaux", "Espaces verts et paysage"),
        "subject": "Plantations adaptées au changement climatique",
        "question": (
            "Nous aménageons un square. Comment demander des essences locales adaptées aux "
            "sécheresses futures ?"
        ),
        "answer": (
            "Imposez une palette végétale locale et adaptée au climat, protégez les sols et les "
            "arbres existants pendant le chantier, et notez la gestion des eaux pluviales."
        ),
        "summary": "Palette végétale locale, protection des sols, critère eaux pluviales.",
        "fiches": [
            "palette-vegetale-locale-adaptee-climat",
            "critere-gestion-eaux-pluviales-sobriete-arrosage",
        ],
    },
    {
        "kind": "strategy",
        "segment": None,
        "subject": "Intégrer le plan de progrès fournisseur",
        "question": (
            "Nos fournisseurs locaux ne peuvent pas tous répondre tout de suite à nos exigences. "
            "Peut-on les accompagner dans le temps ?"
        ),
        "answer": (
            "La clause de plan de progrès demande au titulaire de s'engager sur des objectifs "
            "annuels, suivis en réunion d'exécution. Elle convient aux marchés pluriannuels "
            "et aux petites entreprises."
        ),
        "summary": "Clause de plan de progrès avec objectifs annuels suivis en exécution.",
        "fiches": ["plan-de-progres-fournisseur-denrees"],
    },
    {
        "kind": "project",
        "segment": ("Services", "Collecte et gestion des déchets"),
        "subject": "Collecte des déchets avec bennes à faibles émissions",
        "question": (
            "Notre marché de collecte des ordures ménagères est relancé. Comment réduire les "
            "émissions des tournées ?"
        ),
        "answer": (
            "Demandez des bennes à faibles émissions et l'optimisation des tournées, notez la "
            "valorisation matière et prévoyez des heures d'insertion pour les ripeurs."
        ),
        "summary": "Bennes faibles émissions, optimisation des tournées, valorisation, insertion.",
        "fiches": [
            "collecte-dechets-bennes-faibles-emissions-tournees",
            "critere-valorisation-matiere-reemploi-dechets",
        ],
    },
    {
        "kind": "targeted",
        "segment": ("Services", "Prestations intellectuelles"),
        "subject": "Critère carbone dans une mission d'études",
        "question": (
            "Peut-on noter l'empreinte carbone d'un bureau d'études pour une mission "
            "d'assistance à maîtrise d'ouvrage ?"
        ),
        "answer": (
            "Oui, en lien avec l'objet : notez la politique de déplacements du prestataire "
            "pour la mission (visio, train) plutôt que son bilan global, et demandez un reporting "
            "carbone de la mission."
        ),
        "summary": "Critère sur les déplacements liés à la mission et reporting carbone.",
        "fiches": [
            "politique-deplacements-prestataire-intellectuel",
            "reporting-carbone-mission-plan-reduction",
        ],
    },
]

REDIRECT_TARGETS = [
    "APES, Acteurs pour une économie solidaire (clauses d'insertion)",
    "Réseau Rapidd, groupe d'échange Hauts-de-France",
    "Facilitateur des clauses sociales de l'Arrageois",
]

BUYER_REPLIES = [
    "Merci, c'est très clair. Pouvez-vous nous envoyer un exemple de rédaction ?",
    "Merci pour ces éléments, nous allons les présenter en commission.",
    "Une précision : notre marché est-il concerné s'il est inférieur à 40 000 € ?",
]

NOTES = [
    "Commune déjà accompagnée en 2025 sur un sujet voisin.",
    "À rapprocher de la fiche en cours de rédaction par l'experte matériaux.",
    "Question récurrente : bonne candidate pour une question-réponse.",
]

RATING_COMMENTS = [
    "Réponse rapide et concrète, merci.",
    "Très utile pour préparer la commission d'appel d'offres.",
    "",
    "Les exemples de clauses nous ont fait gagner beaucoup de temps.",
]
