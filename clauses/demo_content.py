"""Contenu de démonstration de La Clause Verte (portail APuRe).

Données pures, sans dépendance à Django : l'arbre des segments d'achat, les thèmes et
un jeu de fiches (clauses et critères) prêtes à être chargées dans la bibliothèque.
Les textes sont des modèles à adapter : les passages « [à compléter : ...] » sont
laissés à l'acheteur. Les références juridiques renvoient au code de la commande
publique (CCP) et aux textes cités ; elles sont à vérifier à la date d'utilisation.
"""

SEGMENTS: dict[str, list[str]] = {
    "Travaux": [
        "Bâtiment",
        "Voirie et réseaux",
        "Espaces verts et paysage",
        "Déconstruction et réemploi",
    ],
    "Fournitures": [
        "Alimentation",
        "Produits d'entretien",
        "Véhicules",
        "Informatique et numérique",
        "Fournitures de bureau et papier",
        "Mobilier",
        "Textiles et vêtements de travail",
        "Énergie",
    ],
    "Services": [
        "Nettoyage des locaux",
        "Restauration collective",
        "Prestations intellectuelles",
        "Entretien des espaces verts",
        "Événementiel",
        "Collecte et gestion des déchets",
        "Transport et mobilité",
    ],
}

THEMES: dict[str, str] = {
    "climat-energie": "Climat et énergie",
    "economie-circulaire": "Économie circulaire",
    "biodiversite": "Biodiversité",
    "sante-environnement": "Santé et environnement",
    "alimentation-durable": "Alimentation durable",
    "social-insertion": "Social et insertion",
    "numerique-responsable": "Numérique responsable",
}

KINDS: tuple[str, ...] = (
    "technical_spec",
    "award_criterion",
    "execution_condition",
    "selection_criterion",
    "social_clause",
)
LEVELS: tuple[str, ...] = ("base", "advanced", "exemplary")
CONTRACT_TYPES: tuple[str, ...] = ("works", "supplies", "services")
TENDER_DOCUMENTS: tuple[str, ...] = ("RC", "AE", "CCAP", "CCTP", "BPU", "DPGF")

FICHES: list[dict] = [
    {
        "slug": "isolation-murs-beton-de-chanvre-projete",
        "title": (
            "Isolation des murs en béton de chanvre projeté pour la réhabilitation de logements en "
            "briques"
        ),
        "summary": (
            "Spécification technique imposant une isolation des parois en béton de chanvre "
            "projeté, adaptée aux maisons ouvrières en briques du bassin minier, avec des "
            "performances thermiques et hygrométriques contrôlées."
        ),
        "kind": "technical_spec",
        "contract_type": "works",
        "segments": [("Travaux", "Bâtiment")],
        "themes": ["climat-energie", "sante-environnement"],
        "level": "exemplary",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Isolation des murs en béton de chanvre projeté**\n"
            "\n"
            "L'isolation des murs [à compléter : par l'intérieur / par l'extérieur] des logements "
            "désignés au présent CCTP est réalisée en béton de chanvre projeté, mélange de "
            "chènevotte, d'un liant à base de chaux et d'eau.\n"
            "\n"
            "Le titulaire respecte les exigences suivantes :\n"
            "- résistance thermique de la paroi isolée, après séchage, au moins égale à [à "
            "compléter : valeur en m².K/W] ;\n"
            "- épaisseur projetée minimale de [à compléter : cm], contrôlée par sondage à raison "
            "d'un point pour [à compléter : m²] de paroi ;\n"
            "- couple chènevotte-liant ayant fait l'objet d'essais conformes aux règles "
            "professionnelles d'exécution d'ouvrages en béton de chanvre ou à un référentiel "
            "équivalent ;\n"
            "- enduits de finition perméables à la vapeur d'eau et compatibles avec le support en "
            "briques existant ;\n"
            "- délai de séchage avant pose des finitions inscrit au planning d'exécution et "
            "justifié par une mesure d'humidité.\n"
            "\n"
            "Avant tout démarrage, le titulaire remet un plan d'assurance qualité décrivant la "
            "préparation du support, le réglage du dosage, la protection du chantier contre les "
            "intempéries et les contrôles de masse volumique."
        ),
        "guidance": (
            "Cette fiche reprend l'expérience des réhabilitations de logements miniers menées par "
            "Maisons & Cités dans le cadre de l'Engagement pour le renouveau du bassin minier (par "
            "exemple à Pecquencourt), avec l'appui technique du CD2E.\n"
            "\n"
            "- **Sourcer d'abord** : rencontrer les applicateurs formés et les fournisseurs de "
            "chènevotte avant de rédiger ; la filière régionale se structure et les volumes "
            "doivent être annoncés.\n"
            "- Le **temps de séchage** est le point le plus souvent sous-estimé : adapter le "
            "planning et la saison des travaux.\n"
            "- Le choix du matériau doit rester justifié par l'objet du marché (comportement "
            "hygrothermique des murs anciens). Si le besoin le permet, ouvrir une **variante** à "
            "d'autres isolants biosourcés aux performances équivalentes.\n"
            "- Pour une petite commune, commencer par un bâtiment pilote et prévoir une visite de "
            "chantier ouverte aux autres acheteurs."
        ),
        "verification": (
            "Fiches techniques du liant et de la chènevotte, rapports d'essais du couple "
            "matériau-liant ; attestations de formation des applicateurs (formation "
            "professionnelle au béton de chanvre ou équivalente) ; procès-verbaux de contrôle "
            "d'épaisseur et de masse volumique ; relevés d'humidité avant finitions ; réception "
            "contradictoire avec le maître d'œuvre. Toute non-conformité est reprise aux frais du "
            "titulaire."
        ),
        "legal_references": (
            "CCP, art. L2111-1 (prise en compte du développement durable dans la définition des "
            "besoins) et L2111-2 (spécifications techniques) ; Code de l'environnement, art. "
            "L228-4 (caractère biosourcé des produits et recours aux ressources renouvelables dans "
            "la commande publique)."
        ),
        "cpv_codes": ["45321000-3", "45453000-7"],
        "sources": (
            "Retours d'expérience des rénovations de logements miniers (Maisons & Cités, CD2E) ; "
            "règles professionnelles d'exécution d'ouvrages en béton de chanvre."
        ),
        "eforms_strategic": ["env-imp", "inn-pur"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "isolants-biosources-part-minimale-execution",
        "title": (
            "Taux minimal de matériaux biosourcés dans le lot isolation et justification en fin de "
            "chantier"
        ),
        "summary": (
            "Condition d'exécution fixant une part minimale d'isolants biosourcés (chanvre, lin, "
            "fibre de bois, ouate de cellulose) dans les ouvrages d'isolation, avec un "
            "récapitulatif des quantités posées."
        ),
        "kind": "execution_condition",
        "contract_type": "works",
        "segments": [("Travaux", "Bâtiment")],
        "themes": ["climat-energie", "economie-circulaire"],
        "level": "advanced",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Recours aux matériaux biosourcés**\n"
            "\n"
            "Pendant toute la durée du marché, au moins [à compléter : pourcentage] % de la "
            "surface d'isolation mise en œuvre au titre du lot [à compléter : intitulé du lot] est "
            "réalisée avec des isolants biosourcés, c'est-à-dire issus de la biomasse végétale ou "
            "animale (chanvre, lin, fibre de bois, ouate de cellulose, paille ou équivalent).\n"
            "\n"
            "Les isolants biosourcés mis en œuvre disposent d'une évaluation technique ou d'une "
            "certification de leurs performances, et d'une fiche de déclaration environnementale "
            "et sanitaire (FDES) ou d'une déclaration équivalente.\n"
            "\n"
            "À la réception, le titulaire remet un récapitulatif des quantités posées par type de "
            "matériau, accompagné des bons de livraison. Si le taux contractuel n'est pas atteint, "
            "une pénalité de [à compléter : montant] € HT par point de pourcentage manquant est "
            "appliquée, sauf impossibilité technique constatée par le maître d'œuvre avant la pose."
        ),
        "guidance": (
            "La condition d'exécution prépare l'objectif de l'article L228-4 du Code de "
            "l'environnement : à partir de 2030, au moins 25 % des rénovations lourdes et "
            "constructions publiques devront recourir à des matériaux biosourcés ou bas carbone.\n"
            "\n"
            "- Fixer le taux après une **consultation des entreprises** du territoire : un taux "
            "irréaliste fera exploser les prix ou créera des offres irrégulières.\n"
            "- En Hauts-de-France, le lin (expérimenté en béton de lin par Flandre Opale Habitat) "
            "et le chanvre sont disponibles ; ne jamais exiger une provenance géographique, "
            "seulement des caractéristiques.\n"
            "- Prévoir dans le CCTP les points singuliers (locaux humides, réglementation "
            "incendie) où le biosourcé n'est pas exigé."
        ),
        "verification": (
            "Récapitulatif des quantités posées, bons de livraison, fiches techniques et FDES "
            "(base INIES ou équivalent) ; contrôle visuel lors des visites de chantier ; "
            "rapprochement avec les situations de travaux. Pénalité par point manquant prévue au "
            "CCAP."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 (conditions d'exécution liées à l'objet du marché, "
            "prenant en compte des considérations environnementales) ; Code de l'environnement, "
            "art. L228-4 (matériaux biosourcés ou bas carbone dans la commande publique à partir "
            "de 2030)."
        ),
        "cpv_codes": ["45321000-3", "45320000-6"],
        "sources": (
            "Retours d'expérience des bailleurs sociaux régionaux (Maisons & Cités, Flandre Opale "
            "Habitat) ; ressources du CD2E sur les éco-matériaux."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig", "circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "critere-part-materiaux-biosources-offre",
        "title": (
            "Critère d'attribution : part et performance des matériaux biosourcés proposés (lin, "
            "chanvre, fibre de bois)"
        ),
        "summary": (
            "Critère d'attribution valorisant les offres qui proposent davantage de matériaux "
            "biosourcés dans l'isolation et les finitions, à performance thermique égale."
        ),
        "kind": "award_criterion",
        "contract_type": "works",
        "segments": [("Travaux", "Bâtiment")],
        "themes": ["climat-energie", "economie-circulaire"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Performance environnementale des matériaux » "
            "(pondération : 20 %)**\n"
            "\n"
            "Ce critère est noté sur 20 points, répartis en deux sous-critères :\n"
            "\n"
            "1. **Part de matériaux biosourcés (12 points)** : le candidat indique, dans le cadre "
            "de réponse, la part en surface des isolants et revêtements biosourcés qu'il s'engage "
            "à mettre en œuvre. La note est calculée ainsi : 12 x (part proposée par le candidat / "
            "part la plus élevée proposée). Une part inférieure au minimum fixé au CCTP rend "
            "l'offre irrégulière.\n"
            "2. **Qualité des justifications (8 points)** : pertinence des fiches techniques et "
            "FDES fournies, cohérence des performances thermiques et hygrométriques avec les "
            "supports existants, modalités de stockage et de protection des matériaux sur le "
            "chantier. Notation : 8 points (très satisfaisant), 5 points (satisfaisant), 2 points "
            "(insuffisant), 0 point (absence d'élément).\n"
            "\n"
            "Les engagements chiffrés pris au titre de ce critère deviennent contractuels et sont "
            "contrôlés selon les modalités du CCAP."
        ),
        "guidance": (
            "À combiner avec une condition d'exécution de contrôle des quantités, sinon "
            "l'engagement reste déclaratif.\n"
            "\n"
            "- Veiller à ce que le cadre de réponse impose la même unité (m² ou volume) à tous les "
            "candidats.\n"
            "- Ne pas pondérer ce critère au point d'écraser la qualité technique : 15 à 25 % est "
            "un ordre de grandeur courant pour ce type d'opération.\n"
            "- Le critère « performances en matière de protection de l'environnement » figure "
            "explicitement parmi les critères admis par le code ; il contribue aussi à "
            "l'obligation d'un critère environnemental applicable à partir d'août 2026."
        ),
        "verification": (
            "Cadre de réponse chiffré signé, FDES et fiches techniques jointes à l'offre ; en "
            "exécution, récapitulatif des quantités posées et bons de livraison ; pénalités "
            "prévues au CCAP en cas d'écart avec l'engagement."
        ),
        "legal_references": (
            "CCP, art. L2152-7 (critères d'attribution, dont au moins un critère environnemental) "
            "et R2152-7 (performances en matière de protection de l'environnement) ; Code de "
            "l'environnement, art. L228-4."
        ),
        "cpv_codes": ["45321000-3", "45453000-7"],
        "sources": (
            "Pratiques des maîtres d'ouvrage sociaux du bassin minier ; échanges du réseau APuRe "
            "sur les éco-matériaux."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "references-mise-en-oeuvre-materiaux-biosources",
        "title": "Capacités techniques : références en mise en œuvre de matériaux biosourcés",
        "summary": (
            "Critère de sélection des candidatures demandant des références récentes de chantiers "
            "utilisant des isolants biosourcés et la formation des équipes."
        ),
        "kind": "selection_criterion",
        "contract_type": "works",
        "segments": [("Travaux", "Bâtiment")],
        "themes": ["climat-energie"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Capacités techniques et professionnelles**\n"
            "\n"
            "À l'appui de sa candidature, le candidat produit :\n"
            "- une liste des travaux exécutés au cours des cinq dernières années comportant la "
            "mise en œuvre d'isolants ou de bétons biosourcés (béton de chanvre, béton de lin, "
            "fibre de bois, paille ou équivalent), indiquant le montant, la date, le lieu et le "
            "maître d'ouvrage, appuyée d'attestations de bonne exécution pour les plus importants "
            ";\n"
            "- l'indication des titres d'études et professionnels ou des formations suivies par "
            "les personnes chargées de l'encadrement du chantier, notamment en matière de mise en "
            "œuvre des matériaux biosourcés ;\n"
            "- la description de l'outillage et du matériel dont il dispose, en particulier le "
            "matériel de projection le cas échéant.\n"
            "\n"
            "Le niveau minimal exigé est d'au moins [à compléter : nombre] référence(s) de nature "
            "comparable. Un candidat ne disposant pas de telles références peut justifier de ses "
            "capacités par tout autre moyen, notamment par la formation de son personnel ou par "
            "les capacités d'un sous-traitant ou d'un cotraitant."
        ),
        "guidance": (
            "Utile lorsque la technique est nouvelle pour le territoire. Le niveau minimal doit "
            "rester **proportionné** : exiger trop de références ferme le marché aux jeunes "
            "entreprises qui se forment justement à ces techniques. Toujours permettre la preuve "
            "par d'autres moyens (formation, cotraitance, sous-traitance) et ne pas confondre "
            "sélection des candidatures et jugement des offres : l'expérience ne peut pas être "
            "notée une seconde fois comme critère d'attribution, sauf pour la qualification du "
            "personnel affecté au marché."
        ),
        "verification": (
            "Liste de références et attestations de bonne exécution ; certificats de formation ; "
            "examen des capacités d'un sous-traitant ou cotraitant déclaré. Contrôle au stade de "
            "l'analyse des candidatures."
        ),
        "legal_references": (
            "CCP, art. L2142-1 et R2142-1 et suivants (conditions de participation) ; arrêté du 22 "
            "mars 2019 fixant la liste des renseignements et documents pouvant être demandés aux "
            "candidats."
        ),
        "cpv_codes": ["45321000-3"],
        "sources": (
            "Guides de la direction des affaires juridiques (DAJ) sur la sélection des "
            "candidatures ; retours d'expérience du réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "beton-bas-carbone-seuils-emissions",
        "title": (
            "Bétons bas carbone : plafond d'émissions de gaz à effet de serre par mètre cube selon "
            "la classe de résistance"
        ),
        "summary": (
            "Spécification technique fixant un plafond d'émissions (kg CO2 éq/m³) pour les bétons "
            "coulés en place et préfabriqués, par classe de résistance, justifié par des "
            "déclarations environnementales."
        ),
        "kind": "technical_spec",
        "contract_type": "works",
        "segments": [("Travaux", "Bâtiment"), ("Travaux", "Voirie et réseaux")],
        "themes": ["climat-energie"],
        "level": "advanced",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Bétons à faible empreinte carbone**\n"
            "\n"
            "Les bétons mis en œuvre respectent les plafonds d'émissions de gaz à effet de serre "
            "suivants, exprimés en kg CO2 équivalent par m³ sur le cycle de vie de la production "
            "(modules A1 à A3) :\n"
            "- classe C25/30 : au plus [à compléter : valeur] kg CO2 éq/m³ ;\n"
            "- classe C30/37 : au plus [à compléter : valeur] kg CO2 éq/m³ ;\n"
            "- autres classes : valeur à proposer par le titulaire et à faire valider par le "
            "maître d'œuvre.\n"
            "\n"
            "Le titulaire peut recourir à des ciments à faible teneur en clinker, à des liants "
            "alternatifs ou à des granulats recyclés, sous réserve du respect des normes "
            "applicables aux bétons et des exigences structurelles définies par le bureau "
            "d'études.\n"
            "\n"
            "Pour chaque formule, le titulaire transmet avant la première livraison la déclaration "
            "environnementale de produit (FDES ou déclaration équivalente) et la fiche de "
            "formulation. Toute formule non conforme est refusée."
        ),
        "guidance": (
            "Les plafonds doivent être fixés avec le bureau d'études structure et après échange "
            "avec les centrales à béton accessibles depuis le chantier : les offres disponibles "
            "évoluent vite. Ne jamais imposer une marque de ciment ni une centrale. Les "
            "contraintes de décoffrage (temps de prise plus long en hiver) sont à anticiper dans "
            "le planning. Cette exigence s'articule avec l'indicateur carbone de la RE2020 pour "
            "les bâtiments neufs, mais reste utile en rénovation et en génie civil, où la "
            "réglementation n'impose pas de seuil."
        ),
        "verification": (
            "FDES ou déclarations environnementales de produit vérifiées, fiches de formulation, "
            "bons de livraison indiquant la référence de formule ; contrôle par le maître d'œuvre "
            "lors des coulages ; refus des livraisons non conformes."
        ),
        "legal_references": (
            "CCP, art. L2111-1 et L2111-2 (définition des besoins par des spécifications "
            "techniques) ; Code de l'environnement, art. L228-4 (matériaux bas carbone dans la "
            "commande publique)."
        ),
        "cpv_codes": ["44114000-2", "45262300-4"],
        "sources": (
            "Base INIES des déclarations environnementales ; échanges techniques du réseau APuRe "
            "et du CD2E."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "critere-empreinte-carbone-materiaux-structurels",
        "title": (
            "Critère d'attribution : empreinte carbone des matériaux structurels (bétons, aciers, "
            "bois) sur la base des déclarations environnementales"
        ),
        "summary": (
            "Critère d'attribution comparant l'empreinte carbone des principaux matériaux proposés "
            "par les candidats, calculée de manière homogène à partir des quantités du DPGF."
        ),
        "kind": "award_criterion",
        "contract_type": "works",
        "segments": [("Travaux", "Bâtiment")],
        "themes": ["climat-energie"],
        "level": "exemplary",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Empreinte carbone des matériaux » "
            "(pondération : 15 %)**\n"
            "\n"
            "Le candidat complète l'annexe carbone jointe au dossier de consultation. Pour chacun "
            "des postes désignés (bétons, aciers, bois de structure, isolants), il indique le "
            "produit proposé, sa déclaration environnementale (FDES ou équivalent) et l'impact en "
            "kg CO2 éq par unité, sur les modules A1 à A3.\n"
            "\n"
            "L'acheteur calcule l'empreinte totale de l'offre en multipliant ces valeurs par les "
            "quantités figurant au DPGF, identiques pour tous les candidats.\n"
            "\n"
            "Notation sur 15 points : 15 x (empreinte la plus faible / empreinte de l'offre). "
            "Lorsqu'un produit n'est pas documenté, la valeur par défaut de la base de données "
            "environnementale de référence est retenue pour ce poste.\n"
            "\n"
            "Les produits déclarés dans l'annexe carbone sont contractuels ; tout changement en "
            "cours d'exécution doit être soumis au maître d'œuvre et ne peut conduire à une "
            "empreinte supérieure."
        ),
        "guidance": (
            "Fiche exemplaire, à réserver aux opérations où le maître d'œuvre peut préparer une "
            "annexe carbone fiable. La méthode doit être connue de tous les candidats et reposer "
            "sur des quantités communes, sinon la comparaison est faussée. Prévoir un temps de "
            "réponse suffisant et une séance de questions-réponses. Pour les petites opérations, "
            "préférer la spécification technique sur les bétons bas carbone, plus simple à "
            "contrôler."
        ),
        "verification": (
            "Annexe carbone complétée et FDES jointes à l'offre ; vérification des valeurs par "
            "l'assistant à maîtrise d'ouvrage ; en exécution, contrôle des bons de livraison et "
            "procédure d'agrément des produits de substitution."
        ),
        "legal_references": (
            "CCP, art. L2152-7 (critère environnemental) et R2152-7 (performances en matière de "
            "protection de l'environnement) ; Code de l'environnement, art. L228-4."
        ),
        "cpv_codes": ["45210000-2", "44114000-2"],
        "sources": (
            "Base INIES ; pratiques de maîtres d'ouvrage publics engagés dans des opérations bas "
            "carbone, partagées dans le réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "diagnostic-ressources-pemd-reemploi",
        "title": (
            "Mission de diagnostic « produits, équipements, matériaux et déchets » (PEMD) orientée "
            "réemploi"
        ),
        "summary": (
            "Spécification technique d'une mission de diagnostic avant démolition ou "
            "réhabilitation lourde, qui inventorie les éléments réemployables et propose des "
            "filières concrètes."
        ),
        "kind": "technical_spec",
        "contract_type": "services",
        "segments": [
            ("Services", "Prestations intellectuelles"),
            ("Travaux", "Déconstruction et réemploi"),
        ],
        "themes": ["economie-circulaire"],
        "level": "advanced",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Contenu de la mission de diagnostic PEMD**\n"
            "\n"
            "Le titulaire réalise le diagnostic relatif à la gestion des produits, équipements, "
            "matériaux et déchets du bâtiment [à compléter : désignation], conformément à la "
            "réglementation en vigueur. Au-delà du contenu réglementaire, la mission comprend :\n"
            "- un inventaire photographique et quantifié des éléments susceptibles d'être "
            "réemployés (menuiseries, radiateurs, sanitaires, parquets, briques, tuiles, faux "
            "plafonds, équipements techniques), avec leur état et leur mode de dépose ;\n"
            "- l'identification d'au moins [à compléter : nombre] débouchés possibles par famille "
            "(réemploi sur le site, autres opérations du maître d'ouvrage, plateformes et "
            "ressourceries, structures de l'économie sociale et solidaire) ;\n"
            "- une estimation des coûts et délais de dépose soignée ;\n"
            "- des prescriptions rédigées pour le CCTP du marché de travaux.\n"
            "\n"
            "Le rapport est remis sous forme numérique, dans un tableur réutilisable, avant le "
            "lancement de la consultation des entreprises."
        ),
        "guidance": (
            "Le diagnostic PEMD est obligatoire pour les démolitions et réhabilitations "
            "significatives au-dessus des seuils réglementaires, mais sa qualité varie beaucoup. "
            "Demander explicitement une orientation réemploi, et le réaliser **assez tôt** pour "
            "que ses prescriptions entrent dans le marché de travaux. Les acteurs régionaux du "
            "réemploi, dont plusieurs structures d'insertion, peuvent être associés. Pour une "
            "petite commune, mutualiser la mission à l'échelle de l'intercommunalité."
        ),
        "verification": (
            "Qualifications ou références du diagnostiqueur ; rapport et tableur d'inventaire "
            "remis ; vérification par le maître d'ouvrage que les prescriptions sont reprises dans "
            "le CCTP travaux ; dépôt du diagnostic sur la plateforme nationale prévue par la "
            "réglementation."
        ),
        "legal_references": (
            "Code de la construction et de l'habitation, art. L126-34 et suivants (diagnostic "
            "PEMD) et décret n° 2021-821 du 25 juin 2021 ; CCP, art. L2111-1."
        ),
        "cpv_codes": ["71621000-7", "90713000-8"],
        "sources": (
            "Retours d'expérience de maîtres d'ouvrage régionaux et du CD2E sur le réemploi des "
            "matériaux."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "depose-soignee-reemploi-materiaux",
        "title": (
            "Dépose soignée et orientation vers le réemploi des matériaux identifiés au diagnostic"
        ),
        "summary": (
            "Condition d'exécution obligeant l'entreprise de curage ou de démolition à déposer "
            "sans les dégrader les éléments repérés et à les remettre aux filières de réemploi "
            "désignées."
        ),
        "kind": "execution_condition",
        "contract_type": "works",
        "segments": [("Travaux", "Déconstruction et réemploi")],
        "themes": ["economie-circulaire"],
        "level": "advanced",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Réemploi des matériaux et équipements**\n"
            "\n"
            "Le titulaire procède à la dépose soignée des éléments listés en annexe [à compléter : "
            "n°] au présent CCAP, issus du diagnostic PEMD. Il les conditionne, les protège et les "
            "stocke dans l'emprise du chantier jusqu'à leur enlèvement.\n"
            "\n"
            "Les éléments sont orientés, par ordre de priorité :\n"
            "1. vers le réemploi sur l'opération elle-même ;\n"
            "2. vers les autres opérations du maître d'ouvrage désignées par lui ;\n"
            "3. vers les structures de réemploi (plateformes, ressourceries, structures de "
            "l'économie sociale et solidaire).\n"
            "\n"
            "Pour chaque lot de matériaux, le titulaire établit une fiche de traçabilité indiquant "
            "la nature, la quantité, l'état, la destination et la date d'enlèvement. Un bilan est "
            "remis à la réception.\n"
            "\n"
            "Si moins de [à compléter : pourcentage] % des éléments listés sont effectivement "
            "orientés vers le réemploi, sans justification technique acceptée par le maître "
            "d'œuvre, une pénalité de [à compléter : montant] € HT par élément manquant est "
            "appliquée."
        ),
        "guidance": (
            "Cette clause n'a de sens que si le diagnostic a été réalisé et si les débouchés ont "
            "été organisés **avant** la consultation : sans preneur, les matériaux finiront en "
            "benne. Prévoir un délai et un prix spécifiques (ligne dédiée au DPGF) pour la dépose "
            "soignée. Les structures d'insertion spécialisées dans la déconstruction peuvent "
            "intervenir en cotraitance ou en sous-traitance."
        ),
        "verification": (
            "Fiches de traçabilité, bons d'enlèvement signés par les repreneurs, bilan de réemploi "
            "à la réception ; contrôle lors des réunions de chantier. Pénalité par élément "
            "manquant."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 (conditions d'exécution) ; Code de la construction et de "
            "l'habitation, art. L126-34 et suivants (diagnostic PEMD) ; Code de l'environnement, "
            "art. L541-1 (hiérarchie des modes de traitement des déchets)."
        ),
        "cpv_codes": ["45111100-9", "45110000-1"],
        "sources": (
            "Retours d'expérience régionaux sur la déconstruction sélective ; ressources du CD2E "
            "sur le réemploi dans le bâtiment."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "critere-taux-reemploi-valorisation-deconstruction",
        "title": (
            "Critère d'attribution : taux de réemploi et de valorisation matière des déchets de "
            "déconstruction"
        ),
        "summary": (
            "Critère d'attribution fondé sur les engagements chiffrés du candidat en réemploi et "
            "en valorisation matière, et sur la qualité de son organisation."
        ),
        "kind": "award_criterion",
        "contract_type": "works",
        "segments": [("Travaux", "Déconstruction et réemploi")],
        "themes": ["economie-circulaire"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Gestion des ressources issues de la "
            "déconstruction » (pondération : 20 %)**\n"
            "\n"
            "Ce critère est noté sur 20 points :\n"
            "\n"
            "1. **Engagement chiffré (10 points)** : le candidat indique, dans le cadre de "
            "réponse, le taux de réemploi et le taux de valorisation matière (en masse, hors "
            "terres) qu'il s'engage à atteindre. Note = 5 x (taux de réemploi proposé / meilleur "
            "taux proposé) + 5 x (taux de valorisation proposé / meilleur taux proposé).\n"
            "2. **Méthodologie (10 points)** : organisation de la dépose sélective, moyens de "
            "stockage et de protection, filières et repreneurs identifiés, modalités de "
            "traçabilité. Notation : 10 (très satisfaisant), 6 (satisfaisant), 3 (peu "
            "satisfaisant), 0 (absence ou hors sujet).\n"
            "\n"
            "Les taux proposés sont contractuels. À la réception, un écart de plus de [à compléter "
            ": nombre] points entraîne l'application de la pénalité prévue au CCAP."
        ),
        "guidance": (
            "Fournir aux candidats le diagnostic PEMD et une estimation des gisements : c'est la "
            "condition d'une comparaison sérieuse. Les taux sont calculés en masse, ce qui "
            "favorise les matériaux lourds (béton, briques) ; le sous-critère méthodologique "
            "permet de valoriser aussi le réemploi d'équipements légers à forte valeur. Ne pas "
            "demander de taux « global » sans définir ce qu'il comprend."
        ),
        "verification": (
            "Cadre de réponse signé ; en exécution, bordereaux de suivi, registre des déchets, "
            "bons de reprise des matériaux réemployés et bilan final ; pénalité en cas d'écart."
        ),
        "legal_references": (
            "CCP, art. L2152-7 et R2152-7 (performances en matière de protection de "
            "l'environnement) ; Code de l'environnement, art. L541-1 (hiérarchie des modes de "
            "traitement)."
        ),
        "cpv_codes": ["45111100-9"],
        "sources": (
            "Pratiques de maîtres d'ouvrage régionaux en déconstruction sélective ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "variante-materiaux-reemploi-ouvrages-neufs",
        "title": (
            "Intégration de matériaux de réemploi dans les ouvrages : spécifications et procédure "
            "d'acceptation"
        ),
        "summary": (
            "Spécification technique autorisant et encadrant la mise en œuvre de matériaux de "
            "réemploi (briques, pavés, menuiseries, faux plafonds) avec une procédure de "
            "validation de leur aptitude à l'emploi."
        ),
        "kind": "technical_spec",
        "contract_type": "works",
        "segments": [("Travaux", "Bâtiment"), ("Travaux", "Déconstruction et réemploi")],
        "themes": ["economie-circulaire", "climat-energie"],
        "level": "exemplary",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Matériaux et équipements de réemploi**\n"
            "\n"
            "Les ouvrages suivants sont réalisés, en tout ou partie, avec des matériaux ou "
            "équipements de réemploi : [à compléter : liste des ouvrages, par exemple pavés de "
            "cour, cloisons, portes intérieures, dalles de faux plafonds].\n"
            "\n"
            "Avant mise en œuvre, le titulaire soumet au maître d'œuvre, pour chaque famille de "
            "matériaux, un dossier d'acceptation comprenant :\n"
            "- la provenance et l'historique connu du matériau ;\n"
            "- un contrôle visuel et dimensionnel, avec tri des éléments défectueux ;\n"
            "- les essais ou justifications nécessaires à l'emploi prévu (résistance, comportement "
            "au feu, absence de substances dangereuses), selon un protocole validé par le "
            "contrôleur technique ;\n"
            "- les modalités de garantie proposées.\n"
            "\n"
            "Le maître d'œuvre dispose de [à compléter : nombre] jours pour accepter ou refuser le "
            "dossier. Le titulaire reste responsable de la bonne exécution des ouvrages dans les "
            "conditions de droit commun."
        ),
        "guidance": (
            "Le frein principal est assurantiel : associer le **contrôleur technique** et "
            "l'assureur dès la conception, et commencer par des usages non structurels "
            "(aménagements extérieurs, second œuvre). Le code de l'environnement demande à la "
            "commande publique de veiller au recours aux matériaux de réemploi dans la "
            "construction et la rénovation. Les matériaux peuvent provenir de la déconstruction "
            "d'un autre bâtiment du maître d'ouvrage : coordonner les calendriers."
        ),
        "verification": (
            "Dossiers d'acceptation, avis du contrôleur technique, procès-verbaux d'essais, fiches "
            "de traçabilité ; visa du maître d'œuvre avant pose ; recensement des quantités "
            "réemployées à la réception."
        ),
        "legal_references": (
            "CCP, art. L2111-1 et L2111-2 ; Code de l'environnement, art. L228-4 (recours aux "
            "matériaux de réemploi ou issus des ressources renouvelables) ; loi n° 2020-105 du 10 "
            "février 2020 (AGEC)."
        ),
        "cpv_codes": ["45210000-2", "45262500-6"],
        "sources": (
            "Retours d'expérience de lieux éco-conçus en Hauts-de-France ; ressources du CD2E sur "
            "le réemploi."
        ),
        "eforms_strategic": ["env-imp", "inn-pur"],
        "eforms_green": ["circ-econ", "clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "gestion-tracabilite-dechets-chantier",
        "title": (
            "Gestion et traçabilité des déchets de chantier : tri à la source, bordereaux et "
            "registre"
        ),
        "summary": (
            "Condition d'exécution imposant le tri des déchets sur le chantier, leur orientation "
            "vers des installations autorisées et la transmission mensuelle des justificatifs."
        ),
        "kind": "execution_condition",
        "contract_type": "works",
        "segments": [("Travaux", "Bâtiment"), ("Travaux", "Voirie et réseaux")],
        "themes": ["economie-circulaire"],
        "level": "base",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Gestion des déchets de chantier**\n"
            "\n"
            "Le titulaire est responsable de la gestion des déchets produits par ses prestations. "
            "Il s'engage à :\n"
            "- trier à la source au minimum les flux bois, métal, plâtre, minéraux, plastiques, "
            "papier-carton et verre, dès lors que la configuration du chantier le permet, ainsi "
            "que les déchets dangereux de façon séparée ;\n"
            "- mettre en place une signalétique claire et former son personnel et ses "
            "sous-traitants aux consignes de tri ;\n"
            "- orienter les déchets exclusivement vers des installations autorisées, en "
            "privilégiant la valorisation matière ;\n"
            "- tenir à jour le registre chronologique des déchets et utiliser les bordereaux de "
            "suivi requis, y compris par voie dématérialisée pour les déchets dangereux ;\n"
            "- transmettre chaque mois au maître d'œuvre un tableau de suivi des tonnages par flux "
            "et par exutoire, accompagné des justificatifs.\n"
            "\n"
            "Tout brûlage ou enfouissement sur site est interdit. En cas de manquement constaté, "
            "une pénalité de [à compléter : montant] € HT par constat est appliquée."
        ),
        "guidance": (
            "Clause **socle**, applicable même aux petits chantiers : l'essentiel est de demander "
            "le tableau de suivi et de le lire. Adapter la liste des flux à la surface disponible "
            "(un chantier en centre-bourg n'accueille pas sept bennes ; le tri peut alors se faire "
            "en centre de tri spécialisé, justificatifs à l'appui). Les frais de gestion des "
            "déchets doivent apparaître dans la décomposition du prix."
        ),
        "verification": (
            "Tableaux mensuels de suivi, bons de pesée, bordereaux de suivi des déchets et "
            "registre ; vérification des autorisations des installations de destination ; constats "
            "lors des visites de chantier ; pénalités."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 ; Code de l'environnement, art. L541-1 (hiérarchie des "
            "modes de traitement), L541-2 (responsabilité du producteur de déchets) et R541-43 "
            "(registre des déchets)."
        ),
        "cpv_codes": ["45210000-2", "45233140-2"],
        "sources": (
            "Pratiques des maîtres d'ouvrage publics régionaux ; ressources du réseau APuRe sur "
            "les chantiers propres."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ", "pollu-prev"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "critere-schema-organisation-gestion-dechets",
        "title": (
            "Critère d'attribution : qualité du schéma d'organisation et de gestion des déchets "
            "(SOGED)"
        ),
        "summary": (
            "Critère d'attribution simple, adapté aux petites opérations, qui note l'organisation "
            "proposée pour réduire, trier, valoriser et tracer les déchets du chantier."
        ),
        "kind": "award_criterion",
        "contract_type": "works",
        "segments": [("Travaux", "Bâtiment"), ("Travaux", "Déconstruction et réemploi")],
        "themes": ["economie-circulaire"],
        "level": "base",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Gestion environnementale du chantier » "
            "(pondération : 10 %)**\n"
            "\n"
            "Le candidat joint à son offre un schéma d'organisation et de gestion des déchets "
            "(SOGED) de quatre pages au plus, précisant :\n"
            "- les mesures de réduction des déchets à la source (calepinage, commandes ajustées, "
            "emballages repris par les fournisseurs) ;\n"
            "- l'organisation du tri sur le chantier et les flux séparés ;\n"
            "- les filières et installations de destination envisagées ;\n"
            "- les modalités de traçabilité et de compte rendu au maître d'œuvre.\n"
            "\n"
            "Notation sur 10 points :\n"
            "- 10 points : mesures précises, adaptées au chantier, filières nommées et traçabilité "
            "complète ;\n"
            "- 6 points : mesures pertinentes mais partiellement détaillées ;\n"
            "- 3 points : réponse générique, sans adaptation au chantier ;\n"
            "- 0 point : absence de SOGED.\n"
            "\n"
            "Le SOGED retenu est annexé au marché et son respect est contrôlé en cours d'exécution."
        ),
        "guidance": (
            "Premier pas accessible aux communes rurales : un SOGED court, noté sur une grille "
            "connue à l'avance, suffit à faire émerger les entreprises organisées. Éviter d'exiger "
            "un document trop long, qui favorise les grandes entreprises dotées de services "
            "dédiés. Rendre le SOGED contractuel, sinon le critère reste théorique. Il satisfait à "
            "l'obligation d'au moins un critère environnemental qui s'applique à partir d'août "
            "2026."
        ),
        "verification": (
            "Lecture du SOGED lors de l'analyse ; en exécution, comparaison avec les tableaux de "
            "suivi des déchets et les bordereaux ; pénalités prévues au CCAP en cas de non-respect."
        ),
        "legal_references": (
            "CCP, art. L2152-7 et R2152-7 ; Code de l'environnement, art. L541-1 et L541-2."
        ),
        "cpv_codes": ["45210000-2", "45111100-9"],
        "sources": "Pratiques courantes des maîtres d'ouvrage publics ; retours du réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "mesures-gestion-environnementale-chantier-selection",
        "title": (
            "Capacités : mesures de gestion environnementale que le candidat pourra appliquer sur "
            "le chantier"
        ),
        "summary": (
            "Critère de sélection demandant au candidat de décrire les mesures de gestion "
            "environnementale qu'il pourra appliquer lors de l'exécution, certification à l'appui "
            "s'il en dispose."
        ),
        "kind": "selection_criterion",
        "contract_type": "works",
        "segments": [("Travaux", "Voirie et réseaux"), ("Travaux", "Bâtiment")],
        "themes": ["economie-circulaire", "sante-environnement"],
        "level": "base",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Capacités en matière de gestion environnementale**\n"
            "\n"
            "Le candidat produit une note d'une à deux pages indiquant les mesures de gestion "
            "environnementale qu'il pourra appliquer lors de l'exécution du marché, notamment :\n"
            "- la gestion et le tri des déchets, la prévention des pollutions des sols et des eaux "
            ";\n"
            "- la limitation des nuisances sonores et des poussières ;\n"
            "- la sensibilisation et la formation de son personnel.\n"
            "\n"
            "Le candidat qui dispose d'une certification de système de management environnemental "
            "(ISO 14001, EMAS ou équivalent) peut la produire ; elle vaut justification. Le "
            "candidat qui n'en dispose pas justifie ses mesures par tout autre moyen : procédures "
            "internes, comptes rendus de chantiers antérieurs, attestations de maîtres d'ouvrage.\n"
            "\n"
            "Sont écartées les candidatures ne présentant aucune mesure de gestion "
            "environnementale en rapport avec l'objet du marché."
        ),
        "guidance": (
            "La certification ne peut pas être exigée sans accepter les équivalents et les autres "
            "moyens de preuve : de nombreuses PME et TPE du BTP, très présentes dans les "
            "territoires ruraux, ont des pratiques sérieuses sans être certifiées. Le niveau "
            "demandé doit rester **proportionné** à l'enjeu du chantier. Ce contrôle porte sur les "
            "capacités de l'entreprise, pas sur son offre : les mesures concrètes pour ce chantier "
            "relèvent du jugement des offres."
        ),
        "verification": (
            "Note descriptive, certificat ISO 14001, enregistrement EMAS ou équivalent, ou autres "
            "justificatifs ; examen au stade de l'analyse des candidatures."
        ),
        "legal_references": (
            "CCP, art. L2142-1 et R2142-1 et suivants ; arrêté du 22 mars 2019 fixant la liste des "
            "renseignements et documents pouvant être demandés aux candidats (mesures de gestion "
            "environnementale)."
        ),
        "cpv_codes": ["45233000-9", "45210000-2"],
        "sources": "Guides de la DAJ sur la candidature ; pratiques du réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["pollu-prev"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "materiaux-recycles-agregats-enrobes-voirie",
        "title": "Taux minimal de matériaux recyclés et d'agrégats d'enrobés dans les chaussées",
        "summary": (
            "Condition d'exécution imposant l'utilisation d'une part minimale de granulats "
            "recyclés et d'agrégats d'enrobés, avec traçabilité des matériaux et contrôle qualité."
        ),
        "kind": "execution_condition",
        "contract_type": "works",
        "segments": [("Travaux", "Voirie et réseaux")],
        "themes": ["economie-circulaire", "climat-energie"],
        "level": "base",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Recyclage des matériaux de chaussée**\n"
            "\n"
            "Le titulaire s'engage à :\n"
            "- incorporer au moins [à compléter : pourcentage] % d'agrégats d'enrobés dans les "
            "enrobés de couche de base et de liaison, et au moins [à compléter : pourcentage] % "
            "dans les couches de roulement lorsque les caractéristiques de la voie le permettent "
            ";\n"
            "- utiliser des granulats recyclés pour les couches de forme et de fondation, dans la "
            "limite des prescriptions du CCTP ;\n"
            "- réemployer en priorité sur le chantier les matériaux extraits, après "
            "caractérisation ;\n"
            "- fournir pour chaque formule la fiche de composition et les résultats des essais de "
            "conformité.\n"
            "\n"
            "Les fraisats issus du chantier sont orientés vers une installation de recyclage et ne "
            "peuvent être mis en décharge sans accord écrit du maître d'œuvre.\n"
            "\n"
            "En fin de chantier, le titulaire remet un bilan des quantités de matériaux recyclés "
            "utilisés et produits. À défaut d'atteinte des taux, une pénalité de [à compléter : "
            "montant] € HT par point manquant est appliquée."
        ),
        "guidance": (
            "Le recyclage des enrobés est une pratique maîtrisée par la profession : cette clause "
            "est un **socle** accessible à toutes les collectivités, y compris pour des marchés à "
            "bons de commande d'entretien de voirie. Vérifier au préalable que les enrobés à "
            "recycler ne contiennent pas d'amiante ou de HAP au-delà des seuils : un diagnostic "
            "préalable est indispensable sur les voies anciennes."
        ),
        "verification": (
            "Fiches de composition, PV d'essais, bons de livraison et de pesée, bilan de fin de "
            "chantier ; analyses HAP et amiante préalables ; pénalités par point manquant."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 ; Code de l'environnement, art. L541-1 (hiérarchie des "
            "modes de traitement des déchets)."
        ),
        "cpv_codes": ["45233140-2", "45233252-0"],
        "sources": (
            "Pratiques des gestionnaires de voirie ; retours d'expérience partagés au sein du "
            "réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ", "clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "critere-bilan-carbone-solutions-chaussee",
        "title": (
            "Critère d'attribution : émissions de gaz à effet de serre des solutions de chaussée "
            "proposées"
        ),
        "summary": (
            "Critère d'attribution comparant les émissions des solutions techniques (enrobés "
            "tièdes, retraitement en place, recyclage) à l'aide d'un outil de calcul commun."
        ),
        "kind": "award_criterion",
        "contract_type": "works",
        "segments": [("Travaux", "Voirie et réseaux")],
        "themes": ["climat-energie"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Performance environnementale des solutions "
            "techniques » (pondération : 15 %)**\n"
            "\n"
            "Le candidat calcule, à l'aide de l'outil et des quantités communiqués dans le dossier "
            "de consultation, les émissions de gaz à effet de serre (kg CO2 éq) de sa solution : "
            "fabrication des matériaux, transport jusqu'au chantier et mise en œuvre.\n"
            "\n"
            "Notation sur 15 points :\n"
            "1. **Émissions calculées (10 points)** : 10 x (émissions les plus faibles / émissions "
            "de l'offre) ;\n"
            "2. **Mesures complémentaires (5 points)** : techniques à basse température, "
            "retraitement en place, optimisation des rotations de camions, recours au transport "
            "fluvial ou ferroviaire pour les matériaux. Notation : 5, 3, 1 ou 0 point selon la "
            "pertinence et la précision des engagements.\n"
            "\n"
            "Les hypothèses retenues (formules, distances, modes de transport) sont contractuelles "
            "et vérifiées en cours d'exécution."
        ),
        "guidance": (
            "Utiliser un outil de calcul reconnu par la profession et **identique pour tous** : "
            "sinon les résultats ne sont pas comparables. La distance de transport peut être prise "
            "en compte au titre des émissions, jamais comme une préférence pour les entreprises "
            "proches. Ouvrir une variante technique si le CCTP est très prescriptif, afin que les "
            "candidats puissent proposer des solutions moins émissives."
        ),
        "verification": (
            "Fichier de calcul remis avec l'offre ; en exécution, bons de livraison (températures "
            "de fabrication, provenance des matériaux, distances) et contrôle par le maître "
            "d'œuvre ; pénalité en cas d'écart non justifié."
        ),
        "legal_references": (
            "CCP, art. L2152-7 (critère environnemental obligatoire à partir d'août 2026) et "
            "R2152-7."
        ),
        "cpv_codes": ["45233140-2", "45233222-1"],
        "sources": "Pratiques des maîtres d'ouvrage routiers ; échanges du réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "heures-insertion-travaux-facilitateur",
        "title": (
            "Heures de travail réservées à l'insertion dans les marchés de travaux, avec l'appui "
            "d'un facilitateur"
        ),
        "summary": (
            "Clause sociale d'insertion fixant un volume d'heures à réaliser par des personnes "
            "éloignées de l'emploi, suivie par le facilitateur du territoire."
        ),
        "kind": "social_clause",
        "contract_type": "works",
        "segments": [("Travaux", "Bâtiment"), ("Travaux", "Voirie et réseaux")],
        "themes": ["social-insertion"],
        "level": "base",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Action d'insertion professionnelle**\n"
            "\n"
            "Le titulaire réserve au moins [à compléter : nombre] heures de travail à des "
            "personnes rencontrant des difficultés sociales ou professionnelles particulières : "
            "demandeurs d'emploi de longue durée, bénéficiaires de minima sociaux, jeunes peu "
            "qualifiés, travailleurs handicapés, personnes suivies par une structure d'insertion "
            "par l'activité économique, ou autres publics validés par le facilitateur.\n"
            "\n"
            "Le titulaire choisit librement la modalité : embauche directe, recours à une "
            "entreprise de travail temporaire d'insertion ou à un groupement d'employeurs pour "
            "l'insertion et la qualification, mise à disposition par une association "
            "intermédiaire, ou sous-traitance à une entreprise d'insertion.\n"
            "\n"
            "Le facilitateur de [à compléter : structure] accompagne gratuitement le titulaire : "
            "identification des candidats, validation de leur éligibilité, suivi. Le titulaire lui "
            "transmet chaque mois un état des heures réalisées.\n"
            "\n"
            "En cas de non-respect de l'engagement, sans cause justifiée, une pénalité de [à "
            "compléter : montant, par exemple 60] € HT par heure non réalisée est appliquée."
        ),
        "guidance": (
            "Premier réflexe : contacter le **facilitateur de clauses sociales** du territoire "
            "(PLIE, maison de l'emploi, intercommunalité) avant la publication ; il aide à "
            "dimensionner le volume d'heures, généralement à partir de la part de main-d'œuvre du "
            "marché. Pour les marchés au-dessus des seuils européens, une condition d'exécution "
            "sociale devient obligatoire à partir d'août 2026. Éviter les volumes symboliques "
            "comme les volumes démesurés pour un petit lot technique."
        ),
        "verification": (
            "États mensuels des heures, contrats de travail ou de mise à disposition, attestations "
            "d'éligibilité délivrées par le facilitateur ; bilan final ; pénalité par heure "
            "manquante."
        ),
        "legal_references": (
            "CCP, art. L2112-2 (conditions d'exécution à caractère social) et L2112-2-1 (clause "
            "sociale obligatoire au-dessus des seuils européens, à partir d'août 2026) ; Code du "
            "travail, art. L5132-1 (insertion par l'activité économique)."
        ),
        "cpv_codes": ["45210000-2", "45233140-2"],
        "sources": (
            "Pratiques des facilitateurs de clauses sociales en Hauts-de-France ; retours du "
            "réseau APuRe."
        ),
        "eforms_strategic": ["soc-obj"],
        "eforms_green": [],
        "eforms_social": ["opp"],
        "eforms_green_criteria": [],
    },
    {
        "slug": "critere-performance-insertion-professionnelle",
        "title": (
            "Critère d'attribution : performance en matière d'insertion professionnelle des "
            "publics en difficulté"
        ),
        "summary": (
            "Critère d'attribution qui note la qualité de l'accompagnement proposé aux personnes "
            "en insertion, au-delà du volume d'heures imposé."
        ),
        "kind": "award_criterion",
        "contract_type": "works",
        "segments": [("Travaux", "Bâtiment"), ("Travaux", "Voirie et réseaux")],
        "themes": ["social-insertion"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Performance en matière d'insertion "
            "professionnelle » (pondération : 10 %)**\n"
            "\n"
            "Le candidat décrit, dans une note de trois pages au plus, les moyens qu'il mettra en "
            "œuvre pour l'insertion des personnes recrutées au titre de la clause sociale. Sont "
            "notés :\n"
            "\n"
            "1. **Encadrement et tutorat (4 points)** : désignation d'un tuteur, temps dédié, "
            "organisation de l'accueil sur le chantier ;\n"
            "2. **Formation (3 points)** : actions de formation qualifiantes ou certifiantes "
            "prévues pendant le marché ;\n"
            "3. **Parcours (3 points)** : diversité des postes proposés, perspectives d'emploi "
            "durable à l'issue du marché, partenariats avec les structures d'insertion.\n"
            "\n"
            "Chaque sous-critère est noté : très satisfaisant (100 % des points), satisfaisant (60 "
            "%), insuffisant (20 %), absent (0).\n"
            "\n"
            "Les moyens décrits sont contractuels et font l'objet d'un bilan avec le facilitateur."
        ),
        "guidance": (
            "Ce critère complète la condition d'exécution « heures d'insertion », il ne la "
            "remplace pas. Le code prévoit explicitement les performances en matière d'insertion "
            "professionnelle des publics en difficulté parmi les critères d'attribution. Noter la "
            "**qualité** de l'accompagnement plutôt qu'un nombre d'heures supplémentaires, plus "
            "difficile à contrôler. Associer le facilitateur à l'analyse des offres."
        ),
        "verification": (
            "Note méthodologique contractuelle ; bilan avec le facilitateur (tutorat effectif, "
            "formations suivies, sorties vers l'emploi) ; pénalités ou mise en demeure en cas de "
            "non-respect."
        ),
        "legal_references": (
            "CCP, art. L2152-7 et R2152-7 (performances en matière d'insertion professionnelle des "
            "publics en difficulté) ; Code du travail, art. L5132-1."
        ),
        "cpv_codes": ["45210000-2", "45233000-9"],
        "sources": "Pratiques des facilitateurs de clauses sociales ; réseau APuRe.",
        "eforms_strategic": ["soc-obj"],
        "eforms_green": [],
        "eforms_social": ["opp"],
        "eforms_green_criteria": [],
    },
    {
        "slug": "curage-deconstruction-structures-insertion",
        "title": (
            "Curage et déconstruction sélective : heures d'insertion réalisées avec des structures "
            "spécialisées dans le réemploi"
        ),
        "summary": (
            "Clause sociale adaptée aux chantiers de curage et de déconstruction, où la dépose "
            "manuelle des matériaux offre de nombreux postes accessibles aux personnes en "
            "insertion."
        ),
        "kind": "social_clause",
        "contract_type": "works",
        "segments": [("Travaux", "Déconstruction et réemploi")],
        "themes": ["social-insertion", "economie-circulaire"],
        "level": "advanced",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Insertion professionnelle et déconstruction "
            "sélective**\n"
            "\n"
            "Pour l'exécution des opérations de curage et de dépose soignée, le titulaire réserve "
            "au moins [à compléter : nombre] heures de travail à des personnes éloignées de "
            "l'emploi, dont l'éligibilité est validée par le facilitateur de [à compléter : "
            "structure].\n"
            "\n"
            "Ces heures peuvent être réalisées par embauche directe, par mise à disposition ou par "
            "sous-traitance ou cotraitance avec une structure d'insertion par l'activité "
            "économique intervenant dans la déconstruction ou le réemploi.\n"
            "\n"
            "Le titulaire :\n"
            "- affecte les personnes en insertion à des tâches de dépose, de tri, de "
            "conditionnement et de préparation des matériaux pour le réemploi, avec l'encadrement "
            "nécessaire ;\n"
            "- assure leur formation aux règles de sécurité propres au chantier ;\n"
            "- transmet chaque mois un état des heures et, à la fin du marché, un bilan des "
            "parcours.\n"
            "\n"
            "Une pénalité de [à compléter : montant] € HT par heure non réalisée est appliquée en "
            "cas de manquement injustifié."
        ),
        "guidance": (
            "La déconstruction sélective est un support d'insertion apprécié : tâches variées, "
            "apprentissage de gestes du bâtiment, lien direct avec le réemploi. Vérifier en amont "
            "avec le facilitateur la présence de structures d'insertion spécialisées et leurs "
            "capacités. Les **risques** (amiante, plomb) doivent être traités avant l'intervention "
            ": les zones à risque sont exclues des tâches confiées aux personnes en insertion non "
            "qualifiées."
        ),
        "verification": (
            "États mensuels des heures, contrats ou conventions de sous-traitance avec les "
            "structures, attestations d'éligibilité ; bilan des parcours avec le facilitateur ; "
            "pénalité par heure manquante."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-2-1 ; Code du travail, art. L5132-1 (insertion par "
            "l'activité économique)."
        ),
        "cpv_codes": ["45111100-9"],
        "sources": (
            "Retours d'expérience régionaux associant déconstruction, réemploi et insertion ; "
            "réseau APuRe."
        ),
        "eforms_strategic": ["soc-obj", "env-imp"],
        "eforms_green": ["circ-econ"],
        "eforms_social": ["opp"],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "palette-vegetale-locale-adaptee-climat",
        "title": "Palette végétale d'espèces sauvages et locales adaptée au changement climatique",
        "summary": (
            "Spécification technique pour les plantations et semis : espèces indigènes, d'origine "
            "génétique locale garantie, adaptées à la sécheresse et non invasives."
        ),
        "kind": "technical_spec",
        "contract_type": "works",
        "segments": [("Travaux", "Espaces verts et paysage")],
        "themes": ["biodiversite"],
        "level": "base",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Choix des végétaux**\n"
            "\n"
            "Les végétaux et semences fournis respectent les exigences suivantes :\n"
            "- au moins [à compléter : pourcentage] % des arbres, arbustes et mélanges de semences "
            "sont des espèces indigènes de la région biogéographique du site, issues de collectes "
            "en milieu naturel dont l'origine est garantie par le label Végétal local ou un "
            "dispositif équivalent de traçabilité ;\n"
            "- aucune espèce figurant sur les listes d'espèces exotiques envahissantes en vigueur "
            "n'est utilisée ;\n"
            "- les espèces retenues sont adaptées aux conditions du site (sol, exposition, "
            "épisodes de sécheresse) et ne nécessitent pas d'arrosage au-delà de la période de "
            "reprise ;\n"
            "- les haies sont composées d'au moins [à compléter : nombre] essences différentes, "
            "sans dominance d'une essence au-delà de [à compléter : pourcentage] %.\n"
            "\n"
            "Le titulaire soumet la liste des végétaux, avec leur provenance et leur certificat, "
            "au maître d'œuvre avant toute commande."
        ),
        "guidance": (
            "Le label Végétal local, porté par l'Office français de la biodiversité, garantit une "
            "origine génétique locale ; il doit toujours être cité avec la mention « **ou "
            "équivalent** ». Les disponibilités en pépinière sont limitées : commander tôt, au "
            "besoin par un marché de fournitures distinct ou par de la culture sous contrat. Faire "
            "valider la palette par un écologue ou le conservatoire botanique quand c'est possible."
        ),
        "verification": (
            "Certificats Végétal local ou justificatifs équivalents de provenance ; liste des "
            "végétaux visée par le maître d'œuvre ; contrôle à la livraison ; remplacement aux "
            "frais du titulaire des végétaux non conformes."
        ),
        "legal_references": (
            "CCP, art. L2111-1 et L2111-2 ; art. R2111-12 à R2111-17 (labels) ; règlement (UE) n° "
            "1143/2014 relatif aux espèces exotiques envahissantes."
        ),
        "cpv_codes": ["45112710-5", "03451000-6"],
        "sources": (
            "Référentiel du label Végétal local (Office français de la biodiversité) ; pratiques "
            "des collectivités régionales."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["biodiv-eco", "clim-adapt"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "protection-sols-arbres-chantier-paysager",
        "title": (
            "Protection des sols, des arbres existants et de la faune pendant les travaux "
            "d'aménagement"
        ),
        "summary": (
            "Condition d'exécution protégeant les arbres conservés, la terre végétale et les "
            "périodes sensibles pour la faune durant les travaux d'aménagement paysager et de "
            "voirie."
        ),
        "kind": "execution_condition",
        "contract_type": "works",
        "segments": [("Travaux", "Espaces verts et paysage"), ("Travaux", "Voirie et réseaux")],
        "themes": ["biodiversite"],
        "level": "base",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Protection du patrimoine naturel pendant le "
            "chantier**\n"
            "\n"
            "Le titulaire s'engage à :\n"
            "- installer, avant tout terrassement, des protections physiques autour des arbres "
            "conservés, à l'aplomb de leur houppier, et à n'y effectuer aucun stockage ni "
            "circulation d'engins ;\n"
            "- décaper, stocker en merlons de moins de [à compléter : hauteur] m et réutiliser sur "
            "place la terre végétale ;\n"
            "- ne réaliser aucun abattage, débroussaillage ou élagage entre le [à compléter : "
            "date] et le [à compléter : date], période de reproduction de la faune, sauf accord "
            "écrit du maître d'œuvre après vérification de l'absence de nids ;\n"
            "- n'utiliser aucun produit phytopharmaceutique ;\n"
            "- limiter l'éclairage nocturne du chantier au strict nécessaire.\n"
            "\n"
            "Chaque atteinte non autorisée à un arbre protégé donne lieu à une pénalité calculée "
            "selon le barème d'évaluation de la valeur des arbres annexé au marché."
        ),
        "guidance": (
            "Clause peu coûteuse et très efficace : la plupart des dégâts aux arbres se produisent "
            "par tassement du sol en phase chantier. Joindre un plan des arbres à protéger. Le "
            "barème d'évaluation de la valeur des arbres, utilisé par de nombreuses collectivités, "
            "rend la pénalité dissuasive. Adapter les dates aux espèces présentes, avec l'appui "
            "d'un écologue si le site est sensible."
        ),
        "verification": (
            "Constat contradictoire initial avec photos ; visites de chantier ; journal de "
            "chantier ; application du barème en cas de dégât."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 ; Code de l'environnement, art. L411-1 (protection des "
            "espèces) et Code rural et de la pêche maritime, art. L253-7 (interdiction des "
            "produits phytopharmaceutiques dans les espaces publics)."
        ),
        "cpv_codes": ["45112700-2", "45112710-5"],
        "sources": (
            "Pratiques des services espaces verts des collectivités régionales ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["biodiv-eco"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "critere-gestion-eaux-pluviales-sobriete-arrosage",
        "title": (
            "Critère d'attribution : gestion des eaux pluviales et sobriété en eau de "
            "l'aménagement paysager"
        ),
        "summary": (
            "Critère d'attribution valorisant la désimperméabilisation, l'infiltration des eaux de "
            "pluie et une conception qui réduit l'arrosage."
        ),
        "kind": "award_criterion",
        "contract_type": "works",
        "segments": [("Travaux", "Espaces verts et paysage")],
        "themes": ["biodiversite", "climat-energie"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Gestion de l'eau et adaptation au climat » "
            "(pondération : 15 %)**\n"
            "\n"
            "Ce critère est noté sur 15 points à partir de la note technique du candidat :\n"
            "\n"
            "1. **Gestion des eaux pluviales (6 points)** : surfaces rendues perméables, noues, "
            "jardins de pluie, revêtements drainants proposés dans le respect du programme ;\n"
            "2. **Sobriété en eau (5 points)** : choix des végétaux, paillage, dispositif "
            "d'arrosage limité à la reprise et piloté, récupération des eaux de pluie ;\n"
            "3. **Ombrage et fraîcheur (4 points)** : contribution des plantations à la réduction "
            "des îlots de chaleur.\n"
            "\n"
            "Chaque sous-critère est noté selon quatre niveaux : très satisfaisant (100 %), "
            "satisfaisant (60 %), peu satisfaisant (30 %), absent (0 %).\n"
            "\n"
            "Les dispositions proposées et quantifiées (surfaces perméables, volume d'arrosage "
            "estimé) deviennent contractuelles."
        ),
        "guidance": (
            "Pertinent pour les aménagements de cours d'école, places et parkings, où la "
            "désimperméabilisation est un enjeu fort. Le programme doit laisser une **marge de "
            "proposition** aux candidats, sinon le critère ne discrimine pas les offres. Les "
            "solutions proposées doivent respecter les contraintes de sol (pollution, nappe) : "
            "fournir les études géotechniques."
        ),
        "verification": (
            "Note technique et plans de l'offre ; en exécution, contrôle des surfaces réalisées, "
            "fiches techniques des revêtements, relevés de consommation d'eau pendant la période "
            "de garantie."
        ),
        "legal_references": (
            "CCP, art. L2152-7 et R2152-7 (protection de l'environnement, biodiversité)."
        ),
        "cpv_codes": ["45112700-2", "45233222-1"],
        "sources": (
            "Retours d'expérience de collectivités sur la désimperméabilisation ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-adapt", "water-mar"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "lot-reserve-siae-plantations-genie-ecologique",
        "title": (
            "Lot réservé aux structures d'insertion par l'activité économique pour les plantations "
            "et le génie écologique"
        ),
        "summary": (
            "Clause de réservation d'un lot de travaux paysagers (plantations, haies, fascines) "
            "aux structures d'insertion par l'activité économique."
        ),
        "kind": "social_clause",
        "contract_type": "works",
        "segments": [("Travaux", "Espaces verts et paysage")],
        "themes": ["social-insertion", "biodiversite"],
        "level": "exemplary",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Lot réservé**\n"
            "\n"
            "En application de l'article L2113-13 du code de la commande publique, le lot n° [à "
            "compléter : n°] « [à compléter : intitulé, par exemple plantations de haies et "
            "travaux de génie végétal] » est réservé aux structures d'insertion par l'activité "
            "économique mentionnées à l'article L5132-4 du code du travail, ainsi qu'aux "
            "structures équivalentes, lorsqu'elles emploient une proportion minimale fixée par la "
            "réglementation de travailleurs défavorisés.\n"
            "\n"
            "Les candidats produisent, à l'appui de leur candidature, la preuve de leur "
            "conventionnement ou de leur statut équivalent.\n"
            "\n"
            "Les exigences techniques du CCTP s'appliquent à ce lot dans les mêmes conditions "
            "qu'aux autres lots, notamment en matière de choix des végétaux et de garantie de "
            "reprise.\n"
            "\n"
            "Les groupements peuvent candidater, chaque membre devant satisfaire à la condition de "
            "réservation."
        ),
        "guidance": (
            "Les chantiers d'insertion en espaces naturels sont nombreux en Hauts-de-France : "
            "vérifier qu'au moins **deux ou trois structures** peuvent répondre, sinon la "
            "réservation conduit à une procédure infructueuse. Le lot doit avoir une taille et une "
            "technicité adaptées (plantations, fascinage, entretien de la première année). La "
            "réservation se mentionne dès l'avis de publicité."
        ),
        "verification": (
            "Attestation de conventionnement des SIAE par l'État ou justificatif équivalent ; "
            "contrôle au stade des candidatures ; suivi technique identique aux autres lots."
        ),
        "legal_references": (
            "CCP, art. L2113-13 (marchés réservés aux SIAE) ; Code du travail, art. L5132-1 et "
            "L5132-4."
        ),
        "cpv_codes": ["45112710-5", "77310000-6"],
        "sources": (
            "Pratiques de collectivités régionales avec les chantiers d'insertion ; réseau APuRe."
        ),
        "eforms_strategic": ["soc-obj"],
        "eforms_green": [],
        "eforms_social": ["opp"],
        "eforms_green_criteria": [],
    },
    {
        "slug": "marche-global-performance-energetique-renovation",
        "title": (
            "Engagement de performance énergétique garantie dans un marché global de rénovation et "
            "d'exploitation"
        ),
        "summary": (
            "Condition d'exécution d'un marché global de performance : le titulaire garantit une "
            "consommation d'énergie maximale après travaux, avec mesure et mécanisme "
            "d'intéressement et de pénalité."
        ),
        "kind": "execution_condition",
        "contract_type": "works",
        "segments": [("Travaux", "Bâtiment"), ("Fournitures", "Énergie")],
        "themes": ["climat-energie"],
        "level": "exemplary",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Engagement de performance énergétique**\n"
            "\n"
            "Le titulaire s'engage, pour chaque année d'exploitation, sur une consommation "
            "annuelle d'énergie finale de chauffage et d'eau chaude sanitaire n'excédant pas [à "
            "compléter : valeur] kWh, soit une réduction de [à compléter : pourcentage] % par "
            "rapport à la situation de référence décrite en annexe.\n"
            "\n"
            "La consommation mesurée est corrigée des variations climatiques (degrés-jours "
            "unifiés) et des changements d'usage notifiés par l'acheteur, selon le protocole de "
            "mesure et de vérification annexé au marché.\n"
            "\n"
            "Chaque année, un rapport de performance est remis dans les [à compléter : nombre] "
            "jours suivant la fin de la période de chauffe :\n"
            "- si la consommation corrigée dépasse l'engagement, le titulaire supporte [à "
            "compléter : pourcentage] % du coût de l'énergie consommée au-delà, sous forme de "
            "pénalité ;\n"
            "- si elle est inférieure, l'économie supplémentaire est partagée à raison de [à "
            "compléter : pourcentage] % au profit du titulaire.\n"
            "\n"
            "Le titulaire propose en outre des actions d'amélioration continue et de "
            "sensibilisation des occupants."
        ),
        "guidance": (
            "Le marché global de performance associe travaux et exploitation-maintenance sur "
            "plusieurs années avec des **engagements mesurables**. Il répond aussi aux objectifs "
            "de réduction des consommations des bâtiments tertiaires. La situation de référence et "
            "le protocole de mesure sont décisifs : se faire accompagner (assistance à maîtrise "
            "d'ouvrage, conseiller en énergie partagé pour les petites communes). Une durée de 5 à "
            "8 ans permet de vérifier la performance sur plusieurs hivers."
        ),
        "verification": (
            "Rapports annuels de mesure et vérification, relevés de compteurs, calcul des "
            "corrections climatiques ; contrôle contradictoire ; application des pénalités et de "
            "l'intéressement prévus."
        ),
        "legal_references": (
            "CCP, art. L2171-3 (marché global de performance) et L2112-2 ; Code de la construction "
            "et de l'habitation, art. L174-1 (réduction des consommations d'énergie des bâtiments "
            "tertiaires)."
        ),
        "cpv_codes": ["45321000-3", "71314200-4"],
        "sources": (
            "Pratiques des collectivités en contrats de performance énergétique ; conseil en "
            "énergie partagé ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "egalim-50-pourcent-durables-20-pourcent-bio",
        "title": (
            "Part minimale de produits durables et de qualité (50 %) dont 20 % issus de "
            "l'agriculture biologique"
        ),
        "summary": (
            "Spécification technique traduisant les obligations de la loi EGalim dans un marché de "
            "denrées, par famille de produits et avec des signes de qualité acceptés « ou "
            "équivalent »."
        ),
        "kind": "technical_spec",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Alimentation"), ("Services", "Restauration collective")],
        "themes": ["alimentation-durable"],
        "level": "base",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Qualité et durabilité des denrées**\n"
            "\n"
            "Sur la durée de chaque période annuelle d'exécution, la valeur HT des produits livrés "
            "au titre du présent marché comprend :\n"
            "- au moins **50 %** de produits répondant à l'une des catégories de l'article "
            "L230-5-1 du code rural et de la pêche maritime : produits issus de l'agriculture "
            "biologique ou en conversion, produits bénéficiant d'un label rouge, d'une appellation "
            "d'origine, d'une indication géographique ou d'une spécialité traditionnelle garantie, "
            "produits issus d'une exploitation certifiée de haute valeur environnementale, "
            "produits bénéficiant de l'écolabel pêche durable, produits issus du commerce "
            "équitable, ou produits équivalents ;\n"
            "- dont au moins **20 %** de produits issus de l'agriculture biologique ou en "
            "conversion.\n"
            "\n"
            "Pour les viandes et poissons, la part de produits durables et de qualité est portée à "
            "au moins [à compléter : pourcentage, au moins 60 %] %.\n"
            "\n"
            "Le bordereau des prix identifie, pour chaque référence, la catégorie de qualité et le "
            "justificatif correspondant. Le titulaire ne peut substituer à une référence qualifiée "
            "une référence non qualifiée sans l'accord écrit de l'acheteur."
        ),
        "guidance": (
            "Les taux s'apprécient sur l'ensemble des achats du restaurant, pas marché par marché "
            ": l'acheteur peut fixer des taux plus élevés sur les familles où l'offre existe "
            "(produits laitiers, fruits, légumes) et plus faibles ailleurs. Faire le **sourcing** "
            "par famille et allotir finement pour permettre aux producteurs et petites entreprises "
            "de répondre. L'origine géographique n'est jamais un signe de qualité au sens de la "
            "loi : ne pas exiger « local »."
        ),
        "verification": (
            "Certificats bio de l'organisme certificateur, cahiers des charges des signes de "
            "qualité, certificats HVE, attestations du fournisseur sur chaque référence ; état "
            "annuel des achats par catégorie ; contrôle par sondage des étiquettes et bons de "
            "livraison."
        ),
        "legal_references": (
            "Code rural et de la pêche maritime, art. L230-5-1 (loi EGalim n° 2018-938, art. 24, "
            "modifiée par la loi n° 2021-1104) ; CCP, art. L2111-1, L2111-2 et R2111-12 à R2111-17 "
            "(labels)."
        ),
        "cpv_codes": ["15000000-8", "15500000-3"],
        "sources": (
            "Dispositions de la loi EGalim et ressources du ministère chargé de l'agriculture sur "
            "la restauration collective ; retours du réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig", "biodiv-eco"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "reporting-achats-egalim-restauration",
        "title": "Reporting annuel et trimestriel des achats EGalim par le fournisseur",
        "summary": (
            "Condition d'exécution obligeant le titulaire à fournir un état détaillé des "
            "livraisons par catégorie de qualité, indispensable pour la télédéclaration annuelle "
            "de l'acheteur."
        ),
        "kind": "execution_condition",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Alimentation"), ("Services", "Restauration collective")],
        "themes": ["alimentation-durable"],
        "level": "base",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Transmission des données d'achat**\n"
            "\n"
            "Le titulaire transmet à l'acheteur, au plus tard le [à compléter : jour] du mois "
            "suivant chaque trimestre civil, un état des livraisons au format tableur comprenant "
            "pour chaque ligne :\n"
            "- la date de livraison, le site livré, la référence et la désignation du produit ;\n"
            "- la quantité et le montant HT ;\n"
            "- la famille de produit (viandes et volailles, produits de la mer, fruits et légumes, "
            "produits laitiers, épicerie, boulangerie, boissons, autres) ;\n"
            "- la ou les catégories de qualité au sens de l'article L230-5-1 du code rural et de "
            "la pêche maritime, dont la mention de l'agriculture biologique.\n"
            "\n"
            "Un état récapitulatif annuel est transmis avant le [à compléter : date].\n"
            "\n"
            "À défaut de transmission dans les délais, une pénalité de [à compléter : montant] € "
            "HT par jour de retard est appliquée, après mise en demeure restée sans effet pendant "
            "huit jours."
        ),
        "guidance": (
            "Sans données fiables, l'acheteur ne peut ni piloter sa trajectoire EGalim ni remplir "
            "la **télédéclaration annuelle** obligatoire (plateforme nationale « ma cantine »). "
            "Fournir un modèle de tableau au dossier de consultation. Cette clause est simple, peu "
            "coûteuse pour les fournisseurs et utile même pour une petite cantine scolaire."
        ),
        "verification": (
            "Réception et contrôle de cohérence des états trimestriels ; rapprochement avec les "
            "factures ; pénalité après mise en demeure."
        ),
        "legal_references": (
            "Code rural et de la pêche maritime, art. L230-5-1 ; CCP, art. L2112-2 et L2112-3."
        ),
        "cpv_codes": ["15000000-8"],
        "sources": "Pratiques des services de restauration collective régionaux ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["other"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "critere-fraicheur-approvisionnement-direct",
        "title": (
            "Critère d'attribution : fraîcheur des produits et approvisionnement direct (au plus "
            "un intermédiaire)"
        ),
        "summary": (
            "Critère d'attribution valorisant le délai entre récolte ou production et livraison, "
            "et les circuits courts au sens d'un intermédiaire au plus, sans critère géographique."
        ),
        "kind": "award_criterion",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Alimentation")],
        "themes": ["alimentation-durable", "climat-energie"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Fraîcheur et approvisionnement direct » "
            "(pondération : 20 %)**\n"
            "\n"
            "Ce critère, noté sur 20 points, comprend deux sous-critères :\n"
            "\n"
            "1. **Fraîcheur (12 points)** : le candidat indique, pour les produits du panier de "
            "référence, le délai maximal entre la récolte ou l'abattage et la livraison au "
            "restaurant. Note = 12 x (délai le plus court proposé / délai proposé), calculée "
            "produit par produit puis moyennée.\n"
            "2. **Approvisionnement direct (8 points)** : part en valeur des produits du panier "
            "livrés directement par le producteur ou avec au plus un intermédiaire entre le "
            "producteur et l'acheteur. Note = 8 x (part proposée / part la plus élevée proposée).\n"
            "\n"
            "Les délais et parts déclarés sont contractuels. Ils sont vérifiés sur les bons de "
            "livraison et par tout document de traçabilité."
        ),
        "guidance": (
            "Le code mentionne explicitement les **performances en matière de développement des "
            "approvisionnements directs de produits de l'agriculture** parmi les critères "
            "d'attribution : c'est la voie légale pour favoriser les circuits courts, sans jamais "
            "mentionner une zone géographique ni une distance. La fraîcheur est un critère de "
            "qualité lié à l'objet. Allotir par famille (fruits et légumes, produits laitiers, "
            "viandes) pour que les producteurs puissent candidater."
        ),
        "verification": (
            "Bons de livraison mentionnant les dates de récolte ou d'abattage, factures du "
            "producteur, documents de traçabilité ; contrôles inopinés à réception ; pénalités "
            "prévues au CCAP."
        ),
        "legal_references": (
            "CCP, art. L2152-7 et R2152-7 (performances en matière de développement des "
            "approvisionnements directs de produits de l'agriculture) ; Code rural et de la pêche "
            "maritime, art. L230-5 (produits de saison)."
        ),
        "cpv_codes": ["03221000-6", "03222000-3"],
        "sources": (
            "Ressources nationales sur l'approvisionnement de la restauration collective ; retours "
            "du réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "fruits-legumes-saison-calendrier",
        "title": (
            "Fruits et légumes de saison : calendrier de saisonnalité annexé au bordereau des prix"
        ),
        "summary": (
            "Spécification technique limitant les livraisons de fruits et légumes frais aux "
            "produits de saison selon un calendrier annexé, pour réduire l'énergie consommée par "
            "les cultures sous serre chauffée et le transport."
        ),
        "kind": "technical_spec",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Alimentation")],
        "themes": ["alimentation-durable", "climat-energie"],
        "level": "base",
        "tender_document": "BPU",
        "text": (
            "**Article [à compléter : n°] - Saisonnalité des fruits et légumes frais**\n"
            "\n"
            "Les fruits et légumes frais commandés au titre du présent marché sont des produits de "
            "saison, tels que définis par le calendrier de saisonnalité annexé au bordereau des "
            "prix unitaires.\n"
            "\n"
            "Pour chaque référence, le bordereau indique les mois pendant lesquels elle peut être "
            "commandée. En dehors de ces mois, le titulaire propose un produit de saison de "
            "substitution, au prix du bordereau ou à un prix inférieur.\n"
            "\n"
            "Les produits livrés ne proviennent pas de cultures sous serre chauffée par des "
            "énergies fossiles, sauf accord préalable de l'acheteur.\n"
            "\n"
            "Le titulaire informe l'acheteur, au moins [à compléter : nombre] semaines à l'avance, "
            "des produits disponibles pour les menus du cycle suivant."
        ),
        "guidance": (
            "Le code rural demande aux gestionnaires de restauration collective de **privilégier "
            "les produits de saison**. Le calendrier doit être réaliste pour le climat régional et "
            "validé avec le chef de cuisine : c'est autant un outil de menus qu'une clause. Éviter "
            "de rédiger un calendrier trop court qui rendrait les menus monotones en hiver : "
            "prévoir des légumes de conservation."
        ),
        "verification": (
            "Contrôle des commandes et des bons de livraison par rapport au calendrier ; "
            "déclaration du fournisseur sur le mode de culture ; refus des produits hors saison "
            "non autorisés."
        ),
        "legal_references": (
            "Code rural et de la pêche maritime, art. L230-5 (privilégier les produits de saison) "
            "; CCP, art. L2111-1 et L2111-2."
        ),
        "cpv_codes": ["03221000-6", "03222000-3"],
        "sources": (
            "Calendriers de saisonnalité publiés par les acteurs publics de l'alimentation ; "
            "réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "plan-de-progres-fournisseur-denrees",
        "title": (
            "Clause « plan de progrès » : objectifs annuels d'amélioration fixés avec le "
            "fournisseur de denrées"
        ),
        "summary": (
            "Condition d'exécution par laquelle le titulaire s'engage sur un plan de progrès "
            "annuel (part EGalim, emballages, transport, gaspillage) co-construit et évalué avec "
            "l'acheteur."
        ),
        "kind": "execution_condition",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Alimentation")],
        "themes": ["alimentation-durable", "economie-circulaire"],
        "level": "exemplary",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Plan de progrès**\n"
            "\n"
            "Dans les deux mois suivant la notification, le titulaire présente un plan de progrès "
            "couvrant la durée du marché. Ce plan fixe, pour chaque année, des objectifs chiffrés "
            "portant au moins sur :\n"
            "1. la part de produits durables et de qualité, dont biologiques, livrés sur le lot ;\n"
            "2. la réduction des emballages et le recours à des conditionnements réutilisables ou "
            "consignés ;\n"
            "3. la réduction des émissions liées à la livraison (regroupement des tournées, "
            "véhicules moins émetteurs) ;\n"
            "4. une action concrète d'accompagnement des cuisiniers (recettes, fiches produits, "
            "visites d'exploitation).\n"
            "\n"
            "Le plan est arrêté d'un commun accord lors d'une réunion de lancement. Une réunion "
            "annuelle de bilan mesure l'atteinte des objectifs et fixe ceux de l'année suivante, "
            "qui ne peuvent être inférieurs aux résultats obtenus.\n"
            "\n"
            "Si un objectif annuel n'est pas atteint sans justification recevable, le titulaire "
            "présente un plan d'actions correctif ; à défaut, une pénalité de [à compléter : "
            "montant] € HT est appliquée."
        ),
        "guidance": (
            "Démarche expérimentée par des lycées de Lens pour le marché beurre-œufs-fromage des "
            "lycées des Hauts-de-France : plutôt que d'imposer d'emblée un niveau que le marché ne "
            "peut pas atteindre, l'acheteur associe le fournisseur à une **trajectoire** "
            "vérifiable. Le plan de progrès doit rester dans le périmètre du marché et ne pas "
            "modifier son économie ; les évolutions de prix liées aux nouvelles références passent "
            "par une clause de réexamen prévue dès l'origine."
        ),
        "verification": (
            "Plan de progrès signé, comptes rendus des réunions annuelles, états de livraisons par "
            "catégorie de qualité ; pénalité ou plan d'actions correctif en cas d'écart."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 (conditions d'exécution) et R2194-1 (clause de réexamen) "
            "; Code rural et de la pêche maritime, art. L230-5-1."
        ),
        "cpv_codes": ["15530000-2", "03142500-3"],
        "sources": (
            "Expérience « plan de progrès » des lycées de Lens (marché beurre-œufs-fromage) ; "
            "réseau APuRe."
        ),
        "eforms_strategic": ["env-imp", "inn-pur"],
        "eforms_green": ["clim-mitig", "circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "critere-part-produits-bio-au-dela-socle",
        "title": (
            "Critère d'attribution : part de produits issus de l'agriculture biologique au-delà du "
            "minimum exigé"
        ),
        "summary": (
            "Critère d'attribution simple qui valorise les offres proposant une part de produits "
            "biologiques supérieure au seuil fixé au CCTP."
        ),
        "kind": "award_criterion",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Alimentation")],
        "themes": ["alimentation-durable", "biodiversite"],
        "level": "base",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Produits issus de l'agriculture biologique » "
            "(pondération : 15 %)**\n"
            "\n"
            "Le candidat indique, dans le bordereau des prix, les références proposées en "
            "agriculture biologique ou en conversion, certifiées par un organisme agréé ou "
            "équivalent.\n"
            "\n"
            "L'acheteur calcule, sur la base des quantités estimatives du détail quantitatif "
            "estimatif, la part en valeur des produits biologiques de l'offre.\n"
            "\n"
            "Notation sur 15 points :\n"
            "- part égale au minimum fixé au CCTP ([à compléter : pourcentage] %) : 0 point ;\n"
            "- part la plus élevée parmi les offres : 15 points ;\n"
            "- offres intermédiaires : note proportionnelle à l'écart avec le minimum.\n"
            "\n"
            "Les références biologiques proposées sont contractuelles pour toute la durée du "
            "marché."
        ),
        "guidance": (
            "Critère **socle** facile à mettre en œuvre, y compris par une petite commune qui "
            "achète ses denrées en direct. Le calcul sur un détail quantitatif estimatif évite les "
            "effets d'aubaine (une seule référence bio chère). Vérifier que le prix garde une "
            "pondération suffisante pour ne pas déséquilibrer le budget de la cantine."
        ),
        "verification": (
            "Certificats biologiques des produits et des fournisseurs ; contrôle des étiquettes et "
            "bons de livraison ; pénalité en cas de substitution non autorisée."
        ),
        "legal_references": (
            "CCP, art. L2152-7 et R2152-7 ; Code rural et de la pêche maritime, art. L230-5-1 ; "
            "règlement (UE) 2018/848 relatif à la production biologique."
        ),
        "cpv_codes": ["15000000-8", "03221000-6"],
        "sources": "Dispositions de la loi EGalim ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["biodiv-eco", "pollu-prev"],
        "eforms_social": [],
        "eforms_green_criteria": ["eu"],
    },
    {
        "slug": "cafe-the-cacao-commerce-equitable",
        "title": "Café, thé, cacao et sucre issus du commerce équitable",
        "summary": (
            "Spécification technique exigeant que les produits tropicaux respectent les critères "
            "du commerce équitable définis par la loi, attestés par un label ou tout moyen "
            "équivalent."
        ),
        "kind": "technical_spec",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Alimentation")],
        "themes": ["social-insertion", "alimentation-durable"],
        "level": "advanced",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Produits issus du commerce équitable**\n"
            "\n"
            "Le café, le thé, le cacao, le chocolat et le sucre de canne fournis au titre du "
            "présent marché sont issus du commerce équitable au sens de l'article 60 de la loi n° "
            "2005-882 du 2 août 2005. Ils répondent notamment aux exigences suivantes :\n"
            "- prix minimum garanti aux producteurs et versement d'un montant supplémentaire "
            "destiné à des projets collectifs ;\n"
            "- engagement commercial pluriannuel entre les producteurs et l'acheteur de la filière "
            ";\n"
            "- producteurs organisés au sein de structures à gouvernance démocratique ;\n"
            "- traçabilité des produits jusqu'à l'organisation de producteurs.\n"
            "\n"
            "La conformité est attestée par un label de commerce équitable respectant ces "
            "exigences, ou par tout moyen de preuve équivalent.\n"
            "\n"
            "Lorsque la référence existe également en agriculture biologique, la référence "
            "biologique est privilégiée."
        ),
        "guidance": (
            "Les produits du commerce équitable comptent parmi les produits durables et de qualité "
            "au sens de la loi EGalim. L'acheteur **accepte tout label équivalent** et les autres "
            "moyens de preuve, en particulier pour les petits torréfacteurs. Périmètre idéal : "
            "distributeurs de boissons, fournitures pour les réunions, épicerie de la restauration."
        ),
        "verification": (
            "Certificats de label ou documents de traçabilité équivalents (contrats avec les "
            "organisations de producteurs, attestations de prix) ; contrôle des emballages à la "
            "livraison."
        ),
        "legal_references": (
            "Loi n° 2005-882 du 2 août 2005, art. 60 (définition du commerce équitable) ; CCP, "
            "art. L2111-1 et R2111-12 à R2111-17 (labels) ; Code rural et de la pêche maritime, "
            "art. L230-5-1."
        ),
        "cpv_codes": ["15860000-4", "15840000-8"],
        "sources": "Définition légale du commerce équitable ; ressources du réseau APuRe.",
        "eforms_strategic": ["soc-obj", "env-imp"],
        "eforms_green": ["biodiv-eco"],
        "eforms_social": ["other", "work-cond"],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "produits-entretien-ecolabel-europeen-ou-equivalent",
        "title": "Produits d'entretien conformes à l'Écolabel européen ou équivalent",
        "summary": (
            "Spécification technique pour les produits de nettoyage courants (multi-usages, "
            "sanitaires, vitres, sols, vaisselle) fondée sur les critères de l'Écolabel européen, "
            "avec acceptation de tout label équivalent."
        ),
        "kind": "technical_spec",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Produits d'entretien"), ("Services", "Nettoyage des locaux")],
        "themes": ["sante-environnement"],
        "level": "base",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Caractéristiques environnementales des produits**\n"
            "\n"
            "Les produits de nettoyage suivants : [à compléter : nettoyants multi-usages, "
            "nettoyants sanitaires, nettoyants pour vitres, produits pour sols, produits vaisselle "
            "main et machine] respectent les critères de l'Écolabel européen applicables à leur "
            "catégorie, ou des critères équivalents.\n"
            "\n"
            "Sont réputés conformes les produits titulaires de l'Écolabel européen ou d'un label "
            "écologique de type I respectant des exigences équivalentes. Le titulaire peut "
            "également apporter la preuve de la conformité par tout moyen approprié, notamment un "
            "dossier technique du fabricant ou un rapport d'essai d'un organisme reconnu.\n"
            "\n"
            "En outre :\n"
            "- les produits sont fournis sans parfum ajouté lorsqu'une version non parfumée existe "
            ";\n"
            "- les produits désinfectants ne sont fournis que pour les usages listés au CCTP "
            "(zones de soins, sanitaires en période épidémique) ;\n"
            "- chaque produit est accompagné de sa fiche de données de sécurité et d'un guide de "
            "dosage."
        ),
        "guidance": (
            "L'Écolabel européen est le repère le plus répandu ; il doit toujours être accompagné "
            "de la mention « **ou équivalent** » et de la liste des caractéristiques exigées. "
            "Limiter les désinfectants aux usages réellement nécessaires est l'un des gains les "
            "plus importants pour la santé des agents. À relier à la formation des utilisateurs : "
            "un produit écolabellisé surdosé perd une grande partie de son intérêt."
        ),
        "verification": (
            "Certificats de label, fiches techniques et fiches de données de sécurité ; contrôle "
            "des étiquettes à la livraison ; substitution aux frais du titulaire en cas de "
            "non-conformité."
        ),
        "legal_references": (
            "CCP, art. L2111-1, L2111-2 et R2111-12 à R2111-17 (labels, acceptation des labels "
            "équivalents) ; règlement (CE) n° 66/2010 établissant le label écologique de l'UE."
        ),
        "cpv_codes": ["39830000-9", "39831200-8"],
        "sources": (
            "Critères de l'Écolabel européen pour les produits de nettoyage ; critères européens "
            "de marchés publics écologiques pour les produits et services de nettoyage."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["pollu-prev"],
        "eforms_social": [],
        "eforms_green_criteria": ["eu"],
    },
    {
        "slug": "critere-gamme-produits-entretien-concentres-recharges",
        "title": (
            "Critère d'attribution : performance environnementale de la gamme et réduction des "
            "emballages (concentrés, recharges)"
        ),
        "summary": (
            "Critère d'attribution qui valorise les gammes de produits d'entretien concentrés, "
            "vendus en recharges, et les supports réutilisables."
        ),
        "kind": "award_criterion",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Produits d'entretien")],
        "themes": ["economie-circulaire", "sante-environnement"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Performance environnementale de l'offre » "
            "(pondération : 20 %)**\n"
            "\n"
            "Ce critère est noté sur 20 points :\n"
            "\n"
            "1. **Produits labellisés au-delà du minimum (8 points)** : part, dans le détail "
            "quantitatif estimatif, des références certifiées Écolabel européen ou équivalent "
            "parmi celles pour lesquelles le CCTP ne l'exige pas. Note proportionnelle à la "
            "meilleure part proposée.\n"
            "2. **Concentration et emballages (8 points)** : recours à des produits "
            "ultra-concentrés avec système de dilution, à des recharges, à des emballages en "
            "plastique recyclé, et reprise des emballages vides. Notation selon la grille : très "
            "satisfaisant 8, satisfaisant 5, peu satisfaisant 2, absent 0.\n"
            "3. **Accompagnement des utilisateurs (4 points)** : formation au dosage, affichage, "
            "fiches pratiques.\n"
            "\n"
            "Les engagements pris sont contractuels."
        ),
        "guidance": (
            "Ce critère complète la spécification « Écolabel européen ou équivalent ». Le détail "
            "quantitatif estimatif doit refléter les consommations réelles pour que la part "
            "calculée ait un sens. Les centrales de dilution réduisent fortement les emballages "
            "mais nécessitent de former les agents : demander le plan de formation."
        ),
        "verification": (
            "Fiches techniques, certificats, photos ou catalogues des systèmes de dilution et "
            "recharges ; en exécution, contrôle des livraisons et attestations de reprise des "
            "emballages."
        ),
        "legal_references": (
            "CCP, art. L2152-7 et R2152-7 ; R2111-12 à R2111-17 (labels) ; loi n° 2020-105 du 10 "
            "février 2020 (AGEC)."
        ),
        "cpv_codes": ["39830000-9"],
        "sources": (
            "Critères européens de marchés publics écologiques pour les produits et services de "
            "nettoyage ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ", "pollu-prev"],
        "eforms_social": [],
        "eforms_green_criteria": ["eu"],
    },
    {
        "slug": "livraison-recharges-reprise-bidons-entretien",
        "title": (
            "Livraison en conditionnements rechargeables et reprise des contenants vides de "
            "produits d'entretien"
        ),
        "summary": (
            "Condition d'exécution organisant la livraison en grands contenants ou recharges et la "
            "reprise des bidons vides pour réemploi ou recyclage."
        ),
        "kind": "execution_condition",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Produits d'entretien")],
        "themes": ["economie-circulaire"],
        "level": "advanced",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Conditionnements et reprise des contenants**\n"
            "\n"
            "Le titulaire livre les produits d'entretien dans les conditionnements suivants :\n"
            "- produits à diluer : contenants d'au moins [à compléter : volume] litres ou poches "
            "pour centrale de dilution ;\n"
            "- produits prêts à l'emploi : recharges destinées à remplir les flacons "
            "pulvérisateurs réutilisables fournis au démarrage du marché.\n"
            "\n"
            "Le titulaire reprend gratuitement, lors des livraisons suivantes, les contenants "
            "vides et les poches usagées. Il les oriente prioritairement vers le réemploi après "
            "nettoyage, à défaut vers une filière de recyclage.\n"
            "\n"
            "Il transmet chaque année un bilan indiquant le nombre de contenants repris et leur "
            "destination.\n"
            "\n"
            "Les livraisons sont regroupées selon un calendrier arrêté avec l'acheteur, à raison "
            "d'au plus [à compléter : nombre] livraisons par site et par mois, sauf urgence."
        ),
        "guidance": (
            "Utile pour les collectivités disposant de plusieurs sites (écoles, salles, ateliers) "
            ": la reprise des contenants évite l'accumulation de bidons dans les locaux "
            "techniques. Vérifier au sourcing que les fournisseurs disposent d'une logistique "
            "retour. Le regroupement des livraisons réduit aussi les émissions de transport."
        ),
        "verification": (
            "Bons de reprise signés lors des livraisons, bilan annuel des contenants repris, "
            "attestations des filières de recyclage ; pénalité prévue au CCAP en cas de refus de "
            "reprise."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 ; Code de l'environnement, art. L541-1 (prévention et "
            "hiérarchie des modes de traitement)."
        ),
        "cpv_codes": ["39830000-9", "39831200-8"],
        "sources": "Pratiques de collectivités régionales ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "marche-reserve-ea-esat-fournitures-entretien-bureau",
        "title": (
            "Marché réservé aux entreprises adaptées et ESAT pour la fourniture et la livraison de "
            "produits d'entretien ou de fournitures de bureau"
        ),
        "summary": (
            "Clause de réservation d'un lot de fournitures courantes aux entreprises adaptées et "
            "établissements et services d'aide par le travail, qui assurent souvent le "
            "conditionnement et la livraison."
        ),
        "kind": "social_clause",
        "contract_type": "supplies",
        "segments": [
            ("Fournitures", "Produits d'entretien"),
            ("Fournitures", "Fournitures de bureau et papier"),
        ],
        "themes": ["social-insertion"],
        "level": "base",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Réservation du lot**\n"
            "\n"
            "En application de l'article L2113-12 du code de la commande publique, le lot n° [à "
            "compléter : n°] « [à compléter : intitulé] » est réservé aux entreprises adaptées, "
            "aux établissements et services d'aide par le travail, ainsi qu'aux structures "
            "équivalentes, qui emploient une proportion minimale de travailleurs handicapés fixée "
            "par voie réglementaire.\n"
            "\n"
            "Le candidat justifie de sa qualité par tout document utile (agrément, autorisation, "
            "contrat d'objectifs ou document équivalent).\n"
            "\n"
            "Les exigences techniques et environnementales du CCTP s'appliquent intégralement à ce "
            "lot.\n"
            "\n"
            "Les prestations de préparation des commandes, de conditionnement et de livraison "
            "peuvent être assurées par les travailleurs de la structure titulaire, dans le respect "
            "des conditions de travail adaptées à leur situation."
        ),
        "guidance": (
            "De nombreuses structures du secteur adapté et protégé distribuent des fournitures de "
            "bureau, des consommables et des produits d'hygiène. Le **sourcing** auprès des "
            "réseaux régionaux du secteur adapté permet de vérifier qu'une concurrence existe. La "
            "réservation doit être annoncée dans l'avis de publicité. Elle peut porter sur un lot "
            "seulement, pour garder une concurrence ouverte sur le reste."
        ),
        "verification": (
            "Justificatifs de statut (entreprise adaptée, ESAT ou équivalent) au stade de la "
            "candidature ; suivi d'exécution identique aux autres lots."
        ),
        "legal_references": (
            "CCP, art. L2113-12 (marchés réservés aux entreprises adaptées et ESAT) ; Code du "
            "travail, art. L5213-13 (entreprises adaptées) ; Code de l'action sociale et des "
            "familles, art. L344-2 (ESAT)."
        ),
        "cpv_codes": ["39830000-9", "30192000-1"],
        "sources": (
            "Pratiques de collectivités régionales avec le secteur adapté et protégé ; réseau "
            "APuRe."
        ),
        "eforms_strategic": ["soc-obj"],
        "eforms_green": [],
        "eforms_social": ["opp"],
        "eforms_green_criteria": [],
    },
    {
        "slug": "vehicules-faibles-tres-faibles-emissions",
        "title": (
            "Véhicules à faibles et très faibles émissions : respect des proportions minimales "
            "lors du renouvellement de la flotte"
        ),
        "summary": (
            "Spécification technique garantissant que les véhicules acquis ou loués respectent les "
            "critères de faibles ou très faibles émissions du Code de l'environnement."
        ),
        "kind": "technical_spec",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Véhicules")],
        "themes": ["climat-energie", "sante-environnement"],
        "level": "base",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Performances environnementales des véhicules**\n"
            "\n"
            "Les véhicules fournis au titre du lot n° [à compléter : n°] sont :\n"
            "- pour les voitures particulières et véhicules utilitaires légers : des véhicules à "
            "très faibles émissions au sens de la réglementation en vigueur (motorisation "
            "électrique ou à hydrogène), sauf pour les usages listés en annexe pour lesquels des "
            "véhicules à faibles émissions sont admis ;\n"
            "- pour les véhicules lourds : des véhicules propres au sens des articles L224-7 et "
            "suivants du code de l'environnement et de leurs textes d'application.\n"
            "\n"
            "Pour chaque modèle proposé, le titulaire indique :\n"
            "- les émissions de CO2 et de polluants issues de la réception du véhicule ;\n"
            "- la consommation d'énergie (kWh/100 km ou l/100 km) ;\n"
            "- l'autonomie réelle estimée dans les conditions d'usage décrites au CCTP ;\n"
            "- la garantie de la batterie de traction, le cas échéant.\n"
            "\n"
            "Le titulaire fournit le certificat de conformité européen de chaque véhicule livré."
        ),
        "guidance": (
            "Les pouvoirs adjudicateurs qui renouvellent leur flotte doivent respecter des "
            "**proportions minimales** de véhicules à faibles et très faibles émissions fixées par "
            "le code de l'environnement. Commencer par analyser les usages réels (kilométrage "
            "journalier, recharge possible) : pour les petites communes, un véhicule utilitaire "
            "électrique couvre souvent les tournées techniques. La location longue durée est aussi "
            "concernée par l'obligation."
        ),
        "verification": (
            "Certificats de conformité, fiches techniques constructeur, documents d'homologation ; "
            "contrôle à la livraison ; refus des véhicules non conformes."
        ),
        "legal_references": (
            "Code de l'environnement, art. L224-7 à L224-8-2 (renouvellement des flottes "
            "publiques) ; directive (UE) 2019/1161 relative aux véhicules propres ; CCP, art. "
            "L2111-1 et L2111-2."
        ),
        "cpv_codes": ["34110000-1", "34144900-7"],
        "sources": (
            "Dispositions du code de l'environnement ; critères européens de marchés publics "
            "écologiques pour le transport routier."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig", "pollu-prev"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "sad-vehicules-occasion",
        "title": (
            "Système d'acquisition dynamique pour l'achat de véhicules d'occasion : admission des "
            "candidats et exigences environnementales"
        ),
        "summary": (
            "Règles d'admission à un système d'acquisition dynamique permettant d'acheter, au fil "
            "des besoins, des véhicules d'occasion récents et peu émetteurs."
        ),
        "kind": "selection_criterion",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Véhicules")],
        "themes": ["economie-circulaire", "climat-energie"],
        "level": "exemplary",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Fonctionnement du système d'acquisition dynamique "
            "(SAD)**\n"
            "\n"
            "L'acheteur met en place, pour une durée de [à compléter : nombre] ans, un système "
            "d'acquisition dynamique entièrement électronique pour l'achat de véhicules d'occasion "
            "des catégories [à compléter : voitures particulières, utilitaires légers, véhicules "
            "techniques].\n"
            "\n"
            "**Admission** : tout opérateur économique peut demander à être admis pendant toute la "
            "durée du SAD. Sont admis les candidats qui justifient :\n"
            "- de leur capacité professionnelle à vendre des véhicules d'occasion (inscription au "
            "registre du commerce, activité déclarée) ;\n"
            "- de leur capacité à fournir pour chaque véhicule l'historique d'entretien, le "
            "contrôle technique en cours de validité et une garantie d'au moins [à compléter : "
            "nombre] mois.\n"
            "\n"
            "**Marchés spécifiques** : pour chaque besoin, tous les candidats admis sont invités à "
            "remettre une offre. Les exigences minimales incluent l'âge et le kilométrage maximal, "
            "la norme d'émissions Euro minimale et, lorsque l'usage le permet, une motorisation "
            "électrique ou hybride rechargeable."
        ),
        "guidance": (
            "Technique d'achat encore peu utilisée, expérimentée par la Communauté urbaine de "
            "Dunkerque et récompensée par un trophée de la commande publique en 2021. Le SAD "
            "permet de saisir les opportunités du marché de l'occasion, où les stocks changent "
            "chaque semaine, tout en respectant les règles de mise en concurrence. L'achat d'un "
            "véhicule d'occasion évite l'impact de la fabrication d'un véhicule neuf. Prévoir un "
            "délai de réponse court mais raisonnable pour les marchés spécifiques et un profil "
            "d'acheteur adapté."
        ),
        "verification": (
            "Documents d'admission (extrait Kbis ou équivalent, attestations) ; pour chaque "
            "véhicule : certificat d'immatriculation, rapport de contrôle technique, carnet "
            "d'entretien, certificat de garantie ; contrôle contradictoire à la livraison."
        ),
        "legal_references": (
            "CCP, art. L2125-1 (techniques d'achat) et R2162-37 à R2162-51 (système d'acquisition "
            "dynamique) ; Code de l'environnement, art. L224-7 et suivants ; loi n° 2020-105 du 10 "
            "février 2020 (AGEC), art. 58 (acquisitions issues du réemploi)."
        ),
        "cpv_codes": ["34110000-1", "34130000-7"],
        "sources": (
            "Retour d'expérience de la Communauté urbaine de Dunkerque (trophée de la commande "
            "publique 2021) ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp", "inn-pur"],
        "eforms_green": ["circ-econ", "clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "critere-cout-cycle-vie-vehicules",
        "title": (
            "Critère d'attribution : coût du cycle de vie des véhicules (acquisition, énergie, "
            "entretien, émissions)"
        ),
        "summary": (
            "Critère d'attribution fondé sur le coût du cycle de vie, intégrant la consommation "
            "d'énergie, la maintenance et le coût des émissions de CO2 et de polluants selon une "
            "méthode publiée."
        ),
        "kind": "award_criterion",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Véhicules")],
        "themes": ["climat-energie"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Coût du cycle de vie » (pondération : 50 "
            "%)**\n"
            "\n"
            "Le prix est apprécié au travers du coût du cycle de vie de chaque véhicule, calculé "
            "sur une durée de [à compléter : nombre] ans et un kilométrage total de [à compléter : "
            "nombre] km, selon la méthode et le tableur joints au dossier de consultation.\n"
            "\n"
            "Le coût du cycle de vie comprend :\n"
            "- le prix d'acquisition ;\n"
            "- le coût de l'énergie, calculé à partir de la consommation homologuée et du prix "
            "unitaire de référence fixé dans le tableur ;\n"
            "- le coût de l'entretien et des pièces d'usure, selon le plan d'entretien du "
            "constructeur et les prix remis par le candidat ;\n"
            "- le coût monétisé des émissions de CO2, d'oxydes d'azote et de particules, selon les "
            "valeurs de référence indiquées dans le tableur ;\n"
            "- déduction faite de la valeur de reprise garantie, le cas échéant.\n"
            "\n"
            "Note = 50 x (coût du cycle de vie le plus bas / coût du cycle de vie de l'offre)."
        ),
        "guidance": (
            "Le code permet de comparer les offres sur leur coût du cycle de vie, à condition que "
            "la **méthode soit publiée** dans les documents de la consultation et que les données "
            "demandées puissent être fournies par des candidats normalement diligents. Les "
            "véhicules électriques, plus chers à l'achat, deviennent souvent compétitifs sur 6 à 8 "
            "ans. Tableur et hypothèses doivent être identiques pour tous."
        ),
        "verification": (
            "Tableur complété, fiches d'homologation, plan d'entretien constructeur, engagement de "
            "reprise ; contrôle de cohérence lors de l'analyse ; prix d'entretien contractuels en "
            "exécution."
        ),
        "legal_references": (
            "CCP, art. L2152-7 et R2152-7 ; R2152-9 et R2152-10 (coût du cycle de vie) ; Code de "
            "l'environnement, art. L224-7 et suivants."
        ),
        "cpv_codes": ["34110000-1", "34144900-7"],
        "sources": (
            "Critères européens de marchés publics écologiques pour le transport routier ; réseau "
            "APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig", "pollu-prev"],
        "eforms_social": [],
        "eforms_green_criteria": ["eu"],
    },
    {
        "slug": "batterie-garantie-formation-reprise-vehicules-electriques",
        "title": (
            "Véhicules électriques : garantie de capacité de la batterie, prise en main des agents "
            "et reprise en fin de vie"
        ),
        "summary": (
            "Condition d'exécution pour les achats de véhicules électriques : garantie de capacité "
            "minimale de la batterie, formation à l'écoconduite et reprise des batteries pour "
            "seconde vie ou recyclage."
        ),
        "kind": "execution_condition",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Véhicules")],
        "themes": ["climat-energie", "economie-circulaire"],
        "level": "advanced",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Obligations liées aux véhicules électriques**\n"
            "\n"
            "Le titulaire s'engage à :\n"
            "1. garantir une capacité de la batterie de traction d'au moins [à compléter : "
            "pourcentage, par exemple 70] % de sa capacité initiale pendant [à compléter : nombre] "
            "ans ou [à compléter : nombre] km ; en cas de défaillance, la batterie est réparée ou "
            "remplacée sans frais ;\n"
            "2. assurer, à la livraison, une séance de prise en main d'au moins [à compléter : "
            "durée] pour les agents utilisateurs : recharge, autonomie, freinage régénératif et "
            "écoconduite ;\n"
            "3. fournir un diagnostic de l'état de santé de la batterie à la demande de "
            "l'acheteur, au moins une fois par an ;\n"
            "4. reprendre les batteries en fin de vie et les orienter vers une filière de seconde "
            "vie ou de recyclage agréée, avec remise d'une attestation.\n"
            "\n"
            "En cas de manquement aux obligations 2 à 4, une pénalité de [à compléter : montant] € "
            "HT par manquement est appliquée."
        ),
        "guidance": (
            "La crainte d'une perte d'autonomie freine souvent l'électrification des flottes : une "
            "**garantie contractuelle** rassure les services et les élus. La prise en main est "
            "essentielle, car l'autonomie dépend fortement de la conduite. Les batteries relèvent "
            "d'une filière de responsabilité élargie du producteur : la reprise doit s'y inscrire."
        ),
        "verification": (
            "Certificats de garantie, feuilles d'émargement de la formation, rapports de "
            "diagnostic de batterie, attestations de reprise ; pénalités prévues."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 ; Code de l'environnement, art. L224-7 et suivants et "
            "art. L541-10 (responsabilité élargie des producteurs)."
        ),
        "cpv_codes": ["34144900-7"],
        "sources": (
            "Retours d'expérience de collectivités ayant électrifié leur flotte ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig", "circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "vehicules-accessibles-personnes-mobilite-reduite",
        "title": "Véhicules de transport de personnes accessibles aux personnes à mobilité réduite",
        "summary": (
            "Spécification technique d'accessibilité pour les minibus et véhicules de transport de "
            "personnes (rampes, ancrages de fauteuils, information sonore et visuelle), dans les "
            "achats comme dans les services de transport."
        ),
        "kind": "technical_spec",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Véhicules"), ("Services", "Transport et mobilité")],
        "themes": ["social-insertion"],
        "level": "advanced",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Accessibilité des véhicules**\n"
            "\n"
            "Les véhicules de transport de personnes fournis ou utilisés pour l'exécution du "
            "marché respectent les exigences suivantes :\n"
            "- accès de plain-pied ou par rampe ou élévateur permettant l'embarquement d'un "
            "fauteuil roulant, avec une capacité de charge d'au moins [à compléter : kg] ;\n"
            "- au moins [à compléter : nombre] emplacement(s) pour fauteuil roulant équipé(s) d'un "
            "système d'ancrage et d'une ceinture de sécurité adaptés ;\n"
            "- marches et mains courantes contrastées, sol antidérapant ;\n"
            "- annonces des arrêts sonores et visuelles lorsque le véhicule assure un service "
            "régulier ;\n"
            "- conformité des aménagements aux règles de réception des véhicules accessibles.\n"
            "\n"
            "Le titulaire forme les conducteurs à l'utilisation des équipements d'accessibilité et "
            "à l'accueil des personnes handicapées. L'attestation de formation est transmise avant "
            "la mise en service."
        ),
        "guidance": (
            "Pour les achats destinés à être utilisés par des personnes physiques, les "
            "spécifications techniques doivent tenir compte de l'**accessibilité pour les "
            "personnes handicapées** et de la conception pour tous. Associer les usagers ou les "
            "associations représentatives à la définition du besoin. Cette fiche vaut pour un "
            "achat de minibus comme pour un marché de transport (scolaire, à la demande)."
        ),
        "verification": (
            "Certificats de conformité et de réception des aménagements, fiches techniques, "
            "attestations de formation des conducteurs ; contrôle à la livraison ou avant mise en "
            "service."
        ),
        "legal_references": (
            "CCP, art. L2111-1 et L2111-2 ; loi n° 2005-102 du 11 février 2005 pour l'égalité des "
            "droits et des chances des personnes handicapées."
        ),
        "cpv_codes": ["34121000-1", "60130000-8"],
        "sources": "Ressources nationales sur l'accessibilité des transports ; réseau APuRe.",
        "eforms_strategic": ["soc-obj"],
        "eforms_green": [],
        "eforms_social": ["acc-all"],
        "eforms_green_criteria": [],
    },
    {
        "slug": "materiel-informatique-reconditionne",
        "title": (
            "Ordinateurs, écrans et smartphones reconditionnés : lot dédié et exigences de qualité"
        ),
        "summary": (
            "Spécification technique pour l'achat de matériel informatique reconditionné : "
            "effacement certifié des données, tests, grade esthétique, garantie et pièces "
            "disponibles."
        ),
        "kind": "technical_spec",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Informatique et numérique")],
        "themes": ["numerique-responsable", "economie-circulaire"],
        "level": "base",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Matériel reconditionné**\n"
            "\n"
            "Le lot n° [à compléter : n°] porte sur la fourniture d'équipements reconditionnés : "
            "[à compléter : ordinateurs portables, ordinateurs fixes, écrans, smartphones].\n"
            "\n"
            "Chaque équipement livré :\n"
            "- a fait l'objet d'un effacement sécurisé des données antérieures, attesté par un "
            "rapport d'effacement individuel ;\n"
            "- a subi des tests fonctionnels complets (batterie, écran, clavier, ports, réseau) "
            "consignés dans un rapport ;\n"
            "- correspond au grade esthétique [à compléter : A ou B] défini en annexe ;\n"
            "- dispose, pour les ordinateurs portables et smartphones, d'une batterie conservant "
            "au moins [à compléter : pourcentage, par exemple 80] % de sa capacité d'origine, ou "
            "d'une batterie neuve ;\n"
            "- respecte les caractéristiques minimales de performance fixées en annexe pour les "
            "usages décrits ;\n"
            "- est garanti au moins [à compléter : nombre, au moins 12] mois, pièces et "
            "main-d'œuvre.\n"
            "\n"
            "Le système d'exploitation est installé dans une version maintenue par son éditeur."
        ),
        "guidance": (
            "La loi AGEC impose aux acheteurs publics qu'une part de leurs achats annuels de "
            "certains produits, dont les équipements informatiques, soit issue du réemploi, de la "
            "réutilisation ou intègre des matières recyclées (décret n° 2021-254). Le "
            "reconditionné coûte souvent 30 à 50 % moins cher que le neuf. Définir les usages "
            "(bureautique, télétravail) plutôt que des références, et vérifier au sourcing les "
            "volumes disponibles, parfois limités pour des séries homogènes."
        ),
        "verification": (
            "Rapports d'effacement et de tests par numéro de série, certificat de garantie ; "
            "contrôle d'un échantillon à la livraison ; remplacement des équipements non conformes."
        ),
        "legal_references": (
            "Loi n° 2020-105 du 10 février 2020 (AGEC), art. 58, et décret n° 2021-254 du 9 mars "
            "2021 ; loi n° 2021-1485 du 15 novembre 2021 (réduction de l'empreinte "
            "environnementale du numérique) ; CCP, art. L2111-1 et L2111-2."
        ),
        "cpv_codes": ["30213100-6", "30213300-8"],
        "sources": (
            "Dispositions de la loi AGEC et de la loi REEN ; ressources nationales sur le "
            "numérique responsable ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "critere-durabilite-reparabilite-pieces-informatique",
        "title": (
            "Critère d'attribution : durabilité, réparabilité et disponibilité des pièces "
            "détachées des équipements informatiques"
        ),
        "summary": (
            "Critère d'attribution valorisant l'indice de réparabilité ou de durabilité, la durée "
            "de disponibilité des pièces, la garantie et la durée de support logiciel."
        ),
        "kind": "award_criterion",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Informatique et numérique")],
        "themes": ["numerique-responsable", "economie-circulaire"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Durabilité des équipements » (pondération : "
            "20 %)**\n"
            "\n"
            "Ce critère est noté sur 20 points à partir du cadre de réponse :\n"
            "\n"
            "1. **Réparabilité (6 points)** : indice de réparabilité ou de durabilité affiché pour "
            "le modèle proposé, lorsqu'il existe pour la catégorie de produit ; à défaut, "
            "démontabilité des composants principaux (batterie, mémoire, stockage, clavier) sans "
            "outil spécifique. Note proportionnelle au meilleur indice ou selon la grille de "
            "démontabilité.\n"
            "2. **Pièces détachées (5 points)** : durée de disponibilité garantie des pièces "
            "détachées après la livraison. Note proportionnelle à la durée la plus longue.\n"
            "3. **Garantie (5 points)** : durée de garantie sur site incluse dans le prix, au-delà "
            "du minimum de [à compléter : nombre] ans.\n"
            "4. **Support logiciel (4 points)** : durée garantie de mises à jour du micrologiciel "
            "et des pilotes.\n"
            "\n"
            "Les engagements sont contractuels."
        ),
        "guidance": (
            "Prolonger la durée d'usage des équipements est le levier principal pour réduire "
            "l'empreinte du numérique, dont l'essentiel provient de la fabrication. L'indice de "
            "réparabilité ou de durabilité est un affichage obligatoire pour certaines catégories "
            "de produits : vérifier que la catégorie achetée est concernée, sinon utiliser la "
            "grille de démontabilité. Les labels du type TCO Certified ou EPEAT peuvent servir de "
            "preuve, toujours « ou équivalent »."
        ),
        "verification": (
            "Fiches produit avec indice affiché, manuels de réparation, engagements écrits du "
            "fabricant sur les pièces et les mises à jour ; certificats de label ou équivalents."
        ),
        "legal_references": (
            "CCP, art. L2152-7 et R2152-7 ; Code de l'environnement, art. L541-9-2 (indices de "
            "réparabilité et de durabilité) ; loi n° 2021-1485 du 15 novembre 2021 (REEN)."
        ),
        "cpv_codes": ["30213000-5", "30231000-7"],
        "sources": (
            "Critères européens de marchés publics écologiques pour les ordinateurs, écrans, "
            "tablettes et smartphones ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["eu"],
    },
    {
        "slug": "reprise-equipements-fin-vie-deee-reemploi",
        "title": (
            "Reprise des équipements informatiques en fin d'usage : effacement sécurisé, réemploi "
            "prioritaire et filière DEEE"
        ),
        "summary": (
            "Condition d'exécution organisant l'enlèvement des équipements retirés du service, "
            "l'effacement certifié des données et leur orientation en priorité vers le réemploi."
        ),
        "kind": "execution_condition",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Informatique et numérique")],
        "themes": ["numerique-responsable", "economie-circulaire"],
        "level": "base",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Reprise des équipements en fin d'usage**\n"
            "\n"
            "À la demande de l'acheteur, et au plus tard lors de la livraison des équipements "
            "neufs ou reconditionnés qui les remplacent, le titulaire enlève sans frais "
            "supplémentaires les équipements retirés du service.\n"
            "\n"
            "Le titulaire :\n"
            "1. procède à l'effacement sécurisé des supports de stockage selon une méthode "
            "reconnue, ou à leur destruction physique lorsque l'effacement est impossible, et "
            "remet un certificat par numéro de série ;\n"
            "2. oriente en priorité les équipements fonctionnels vers le réemploi, y compris par "
            "l'intermédiaire d'une structure de l'économie sociale et solidaire ;\n"
            "3. confie les équipements non réemployables à une filière de traitement des déchets "
            "d'équipements électriques et électroniques conforme à la réglementation.\n"
            "\n"
            "Un bilan annuel indique, par type d'équipement, les quantités reprises, réemployées "
            "et recyclées."
        ),
        "guidance": (
            "Les équipements publics peuvent aussi être **cédés gratuitement** à des associations "
            "ou à des écoles, dans le cadre prévu par le code général de la propriété des "
            "personnes publiques : articuler cette clause avec la politique de dons de la "
            "collectivité. L'effacement des données est la première inquiétude des services : "
            "exiger des certificats individuels."
        ),
        "verification": (
            "Bons d'enlèvement, certificats d'effacement ou de destruction, attestations de la "
            "filière DEEE, bilan annuel ; pénalité prévue au CCAP en cas d'absence de certificat."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 ; Code de l'environnement, art. R543-172 et suivants "
            "(déchets d'équipements électriques et électroniques) ; loi n° 2020-105 du 10 février "
            "2020 (AGEC)."
        ),
        "cpv_codes": ["30200000-1", "90510000-5"],
        "sources": "Ressources nationales sur le numérique responsable ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ", "pollu-prev"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "allongement-duree-usage-garantie-informatique",
        "title": (
            "Allongement de la durée d'usage : garantie de cinq ans sur site, réparation "
            "prioritaire et reconditionnement en fin de contrat"
        ),
        "summary": (
            "Condition d'exécution exemplaire qui engage le titulaire sur une garantie longue, un "
            "taux de réparation plutôt que de remplacement et le reconditionnement des équipements "
            "à l'issue du marché."
        ),
        "kind": "execution_condition",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Informatique et numérique")],
        "themes": ["numerique-responsable", "economie-circulaire"],
        "level": "exemplary",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Durée d'usage des équipements**\n"
            "\n"
            "Le titulaire s'engage à :\n"
            "- assurer une garantie de cinq ans sur site, pièces et main-d'œuvre, pour l'ensemble "
            "des équipements livrés ;\n"
            "- réparer les équipements défaillants plutôt que les remplacer, sauf impossibilité "
            "technique ou coût de réparation supérieur à [à compléter : pourcentage] % de la "
            "valeur d'un équipement équivalent ; au moins [à compléter : pourcentage] % des "
            "interventions sous garantie se traduisent par une réparation ;\n"
            "- proposer, à mi-parcours, des mises à niveau (mémoire, stockage, batterie) "
            "permettant de prolonger l'usage au-delà de cinq ans ;\n"
            "- reprendre, à la demande de l'acheteur et à l'issue de la période d'usage, les "
            "équipements pour reconditionnement, en indiquant leur valeur de reprise.\n"
            "\n"
            "Un rapport annuel présente le nombre d'interventions, le taux de réparation et les "
            "pièces remplacées."
        ),
        "guidance": (
            "Fiche **exemplaire** qui suppose une politique interne cohérente : ne pas renouveler "
            "les postes tous les trois ans par habitude. Articuler avec le service informatique "
            "(images système légères, logiciels compatibles avec du matériel plus ancien). "
            "Vérifier au sourcing que les constructeurs ou distributeurs peuvent s'engager sur "
            "cinq ans sur site."
        ),
        "verification": (
            "Certificats de garantie, rapports annuels d'intervention, bons de réparation ; "
            "pénalité en cas de taux de réparation inférieur à l'engagement."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 ; loi n° 2021-1485 du 15 novembre 2021 (REEN) ; Code de "
            "l'environnement, art. L541-9-2."
        ),
        "cpv_codes": ["30213000-5", "50312000-5"],
        "sources": "Ressources nationales sur le numérique responsable ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "lot-reserve-ea-reconditionnement-informatique",
        "title": (
            "Lot réservé aux entreprises adaptées pour le reconditionnement et la fourniture "
            "d'équipements informatiques"
        ),
        "summary": (
            "Clause de réservation d'un lot de matériel informatique reconditionné aux entreprises "
            "adaptées et ESAT, nombreux dans les métiers du reconditionnement."
        ),
        "kind": "social_clause",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Informatique et numérique")],
        "themes": ["social-insertion", "numerique-responsable"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Lot réservé**\n"
            "\n"
            "En application de l'article L2113-12 du code de la commande publique, le lot n° [à "
            "compléter : n°] « Fourniture d'ordinateurs et d'accessoires reconditionnés » est "
            "réservé aux entreprises adaptées, aux établissements et services d'aide par le "
            "travail et aux structures équivalentes, qui emploient une proportion minimale de "
            "travailleurs handicapés fixée par voie réglementaire.\n"
            "\n"
            "Les exigences techniques du CCTP relatives au matériel reconditionné (effacement des "
            "données, tests, garantie, grade) s'appliquent intégralement.\n"
            "\n"
            "Le candidat peut présenter une offre en groupement, chaque membre du groupement "
            "devant satisfaire à la condition de réservation.\n"
            "\n"
            "Le titulaire peut, en outre, se voir confier la reprise des équipements retirés du "
            "service, dans les conditions prévues au CCAP."
        ),
        "guidance": (
            "Plusieurs entreprises adaptées et structures de l'économie sociale et solidaire se "
            "sont spécialisées dans le reconditionnement informatique : le lot réservé répond à la "
            "fois aux objectifs de réemploi et d'emploi des travailleurs handicapés. **Sourcer** "
            "d'abord les capacités (volumes, homogénéité des séries). Le lot réservé s'accompagne "
            "d'un lot non réservé si les volumes sont importants."
        ),
        "verification": (
            "Justificatifs de statut d'entreprise adaptée, d'ESAT ou équivalent ; suivi technique "
            "identique aux autres lots."
        ),
        "legal_references": (
            "CCP, art. L2113-12 ; Code du travail, art. L5213-13 ; loi n° 2020-105 du 10 février "
            "2020 (AGEC), art. 58."
        ),
        "cpv_codes": ["30213100-6", "30213300-8"],
        "sources": "Pratiques de collectivités avec le secteur adapté ; réseau APuRe.",
        "eforms_strategic": ["soc-obj", "env-imp"],
        "eforms_green": ["circ-econ"],
        "eforms_social": ["opp"],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "papier-reprographie-recycle",
        "title": "Papier de reprographie recyclé, certifié par un écolabel ou équivalent",
        "summary": (
            "Spécification technique pour le papier d'impression et de copie : fibres recyclées, "
            "absence de blanchiment au chlore, conformité à un écolabel ou équivalent."
        ),
        "kind": "technical_spec",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Fournitures de bureau et papier")],
        "themes": ["economie-circulaire", "biodiversite"],
        "level": "base",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Caractéristiques du papier**\n"
            "\n"
            "Le papier de reprographie au format [à compléter : A4 / A3], de grammage [à compléter "
            ": g/m²], répond aux exigences suivantes :\n"
            "- fibres recyclées à au moins [à compléter : pourcentage, par exemple 100] % ;\n"
            "- absence de blanchiment au chlore élémentaire ;\n"
            "- respect des critères de l'Écolabel européen pour le papier graphique, du label Ange "
            "bleu ou de tout label équivalent ;\n"
            "- compatibilité avec les copieurs et imprimantes du parc, attestée par le fabricant.\n"
            "\n"
            "Les ramettes sont livrées sur palettes consignées ou reprises, et dans des cartons "
            "recyclables.\n"
            "\n"
            "Le titulaire peut proposer, pour les documents d'archivage, un papier permanent "
            "recyclé répondant aux mêmes exigences environnementales."
        ),
        "guidance": (
            "Le papier figure parmi les produits pour lesquels la loi AGEC fixe une part minimale "
            "d'achats recyclés (décret n° 2021-254). Les papiers recyclés actuels sont compatibles "
            "avec les matériels courants : faire un **essai** sur le parc si les services sont "
            "réticents. Toujours écrire « **ou équivalent** » après le nom d'un label. Réduire "
            "d'abord les volumes (impression recto-verso par défaut, dématérialisation)."
        ),
        "verification": (
            "Certificats de label ou dossier technique équivalent, fiches techniques ; contrôle "
            "des emballages à la livraison."
        ),
        "legal_references": (
            "CCP, art. L2111-1, L2111-2 et R2111-12 à R2111-17 (labels) ; loi n° 2020-105 du 10 "
            "février 2020 (AGEC), art. 58, et décret n° 2021-254 du 9 mars 2021."
        ),
        "cpv_codes": ["30197630-1"],
        "sources": (
            "Critères de l'Écolabel européen pour le papier graphique ; dispositions de la loi "
            "AGEC ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ", "biodiv-eco"],
        "eforms_social": [],
        "eforms_green_criteria": ["eu"],
    },
    {
        "slug": "critere-fournitures-rechargeables-recyclees-panier",
        "title": (
            "Critère d'attribution : part de fournitures rechargeables, recyclées ou réemployées "
            "dans le panier de référence"
        ),
        "summary": (
            "Critère d'attribution qui note, sur un panier de fournitures de bureau représentatif, "
            "la part de produits rechargeables, en matières recyclées ou issus du réemploi."
        ),
        "kind": "award_criterion",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Fournitures de bureau et papier")],
        "themes": ["economie-circulaire"],
        "level": "base",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Caractéristiques environnementales du panier "
            "» (pondération : 20 %)**\n"
            "\n"
            "Le candidat complète le panier de référence annexé au règlement de consultation ([à "
            "compléter : nombre] références : stylos, surligneurs, feutres pour tableau, "
            "classeurs, chemises, enveloppes, blocs, agrafeuses, rubans adhésifs, etc.).\n"
            "\n"
            "Pour chaque référence, il indique si le produit proposé est :\n"
            "- rechargeable (avec recharge proposée au bordereau) ;\n"
            "- fabriqué avec au moins [à compléter : pourcentage] % de matières recyclées ;\n"
            "- issu du réemploi ou reconditionné ;\n"
            "- titulaire d'un écolabel ou équivalent.\n"
            "\n"
            "Chaque référence répondant à au moins une de ces caractéristiques, justificatif à "
            "l'appui, rapporte un point ; le total est rapporté à 20 en proportion du meilleur "
            "total obtenu.\n"
            "\n"
            "Les références proposées sont contractuelles : toute substitution doit présenter des "
            "caractéristiques au moins équivalentes."
        ),
        "guidance": (
            "Critère simple et lisible, adapté aux collectivités de toute taille. Composer le "
            "panier avec les produits **réellement consommés** pour éviter l'effet vitrine. Les "
            "recharges doivent être prévues au bordereau, sinon la rechargeabilité reste "
            "théorique. Ce critère contribue aussi aux parts minimales d'achats issus du réemploi "
            "ou intégrant des matières recyclées prévues par la loi AGEC."
        ),
        "verification": (
            "Fiches produits, certificats de label ou attestations du fabricant sur le taux de "
            "matières recyclées ; contrôle des livraisons par sondage."
        ),
        "legal_references": (
            "CCP, art. L2152-7 et R2152-7 ; loi n° 2020-105 du 10 février 2020 (AGEC), art. 58, et "
            "décret n° 2021-254 du 9 mars 2021."
        ),
        "cpv_codes": ["30192000-1", "30197000-6"],
        "sources": (
            "Dispositions de la loi AGEC ; pratiques de collectivités régionales ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "livraisons-groupees-emballages-reprise-consommables",
        "title": (
            "Livraisons groupées, emballages réduits et reprise des cartouches et toners usagés"
        ),
        "summary": (
            "Condition d'exécution pour les fournitures de bureau et consommables d'impression : "
            "regroupement des livraisons, emballages limités et collecte des consommables usagés."
        ),
        "kind": "execution_condition",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Fournitures de bureau et papier")],
        "themes": ["economie-circulaire", "climat-energie"],
        "level": "base",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Livraisons et consommables usagés**\n"
            "\n"
            "Le titulaire s'engage à :\n"
            "- livrer les commandes d'un même site en une seule fois, sauf rupture de stock "
            "signalée, selon un calendrier d'au plus [à compléter : nombre] livraisons par mois et "
            "par site ;\n"
            "- utiliser des emballages recyclables, sans suremballage individuel inutile, et "
            "reprendre les cartons de livraison à la demande ;\n"
            "- fournir gratuitement des contenants de collecte pour les cartouches d'encre et "
            "toners usagés et les enlever sur simple demande ;\n"
            "- orienter en priorité les cartouches vers le remanufacturage, puis vers le recyclage "
            ";\n"
            "- transmettre un bilan annuel des quantités collectées et de leur destination.\n"
            "\n"
            "Pour les consommables d'impression, le titulaire propose au bordereau des cartouches "
            "remanufacturées présentant un rendement et une qualité d'impression équivalents, "
            "garanties sans dommage pour le matériel."
        ),
        "guidance": (
            "Clause **socle** facile à contrôler. Le regroupement des livraisons suppose aussi une "
            "discipline interne : centraliser les commandes par site. Pour les cartouches "
            "remanufacturées, demander des garanties de compatibilité : elles lèvent les "
            "réticences des services informatiques. Une petite commune peut se limiter aux deux "
            "premiers engagements, les plus simples à suivre."
        ),
        "verification": (
            "Bons de livraison, bons d'enlèvement des consommables, attestations des filières, "
            "bilan annuel ; pénalité prévue en cas de non-respect de la fréquence de livraison."
        ),
        "legal_references": "CCP, art. L2112-2 et L2112-3 ; Code de l'environnement, art. L541-1.",
        "cpv_codes": ["30192000-1", "30125100-2"],
        "sources": "Pratiques de collectivités régionales ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ", "clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "mobilier-reemploi-reconditionne",
        "title": "Mobilier de bureau issu du réemploi ou reconditionné",
        "summary": (
            "Spécification technique permettant d'acheter du mobilier de bureau de seconde main "
            "remis en état, avec des exigences de sécurité, d'ergonomie et de garantie."
        ),
        "kind": "technical_spec",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Mobilier")],
        "themes": ["economie-circulaire"],
        "level": "advanced",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Mobilier de réemploi**\n"
            "\n"
            "Au moins [à compléter : pourcentage] % en valeur du mobilier commandé au titre du lot "
            "[à compléter : n°] est issu du réemploi ou de la réutilisation, après remise en "
            "état.\n"
            "\n"
            "Le mobilier de réemploi :\n"
            "- est nettoyé, contrôlé et, si nécessaire, réparé (quincaillerie, vérins, roulettes, "
            "revêtements) ;\n"
            "- respecte les exigences de stabilité, de sécurité et d'ergonomie applicables au "
            "mobilier neuf équivalent, notamment pour les sièges de travail ;\n"
            "- est garanti au moins [à compléter : nombre] an(s) ;\n"
            "- est accompagné d'une fiche précisant son origine, les opérations de remise en état "
            "et les pièces remplacées.\n"
            "\n"
            "Le titulaire propose également une prestation de remise en état du mobilier existant "
            "de l'acheteur, au prix du bordereau."
        ),
        "guidance": (
            "Le mobilier figure parmi les catégories pour lesquelles la loi AGEC fixe une part "
            "minimale d'achats issus du réemploi, de la réutilisation ou intégrant des matières "
            "recyclées. Commencer par un **inventaire** du mobilier existant : la remise en état "
            "est souvent la solution la moins coûteuse. L'offre régionale de mobilier de réemploi "
            "s'appuie notamment sur des structures de l'économie sociale et solidaire."
        ),
        "verification": (
            "Fiches de remise en état, certificats de garantie, contrôle visuel et fonctionnel à "
            "la livraison ; refus du mobilier non conforme."
        ),
        "legal_references": (
            "Loi n° 2020-105 du 10 février 2020 (AGEC), art. 58, et décret n° 2021-254 du 9 mars "
            "2021 ; CCP, art. L2111-1 et L2111-2."
        ),
        "cpv_codes": ["39130000-2", "50850000-8"],
        "sources": (
            "Dispositions de la loi AGEC ; retours d'expérience de lieux éco-aménagés en région ; "
            "réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "critere-durabilite-mobilier-garantie-demontabilite",
        "title": (
            "Critère d'attribution : durabilité du mobilier (garantie, pièces détachées, "
            "démontabilité, matériaux)"
        ),
        "summary": (
            "Critère d'attribution valorisant le mobilier conçu pour durer, se réparer et se "
            "recycler, avec des bois issus de forêts gérées durablement."
        ),
        "kind": "award_criterion",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Mobilier")],
        "themes": ["economie-circulaire", "biodiversite"],
        "level": "base",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Durabilité et qualité environnementale » "
            "(pondération : 20 %)**\n"
            "\n"
            "Ce critère est noté sur 20 points :\n"
            "\n"
            "1. **Garantie et pièces (8 points)** : durée de garantie et durée de disponibilité "
            "des pièces détachées. Note proportionnelle à la meilleure offre pour chacun des deux "
            "éléments.\n"
            "2. **Démontabilité (6 points)** : possibilité de remplacer les pièces d'usure et de "
            "séparer les matériaux en fin de vie, appréciée sur notice de démontage.\n"
            "3. **Matériaux (6 points)** : bois issus de forêts gérées durablement (certification "
            "PEFC, FSC ou équivalent), part de matières recyclées, faibles émissions de composés "
            "organiques volatils ; le mobilier titulaire d'un écolabel ou équivalent obtient la "
            "note maximale sur ce sous-critère.\n"
            "\n"
            "Les engagements sont contractuels."
        ),
        "guidance": (
            "Critère **socle** qui s'applique à tout achat de mobilier, y compris scolaire. Pour "
            "une petite commune, la garantie et les pièces détachées sont les éléments les plus "
            "simples à comparer. Les labels doivent être accompagnés de la mention « **ou "
            "équivalent** » et des caractéristiques attendues."
        ),
        "verification": (
            "Certificats de garantie, notices de démontage, certificats de chaîne de contrôle des "
            "bois ou équivalents, fiches techniques ; contrôle à la livraison."
        ),
        "legal_references": "CCP, art. L2152-7 et R2152-7 ; R2111-12 à R2111-17 (labels).",
        "cpv_codes": ["39130000-2", "39160000-1"],
        "sources": (
            "Critères européens de marchés publics écologiques pour le mobilier ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ", "biodiv-eco"],
        "eforms_social": [],
        "eforms_green_criteria": ["eu"],
    },
    {
        "slug": "reprise-mobilier-usage-reemploi-ess",
        "title": "Reprise du mobilier usagé et orientation vers le réemploi solidaire",
        "summary": (
            "Condition d'exécution confiant au titulaire l'enlèvement du mobilier remplacé et son "
            "orientation prioritaire vers le réemploi, y compris par des structures de l'économie "
            "sociale et solidaire."
        ),
        "kind": "execution_condition",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Mobilier")],
        "themes": ["economie-circulaire", "social-insertion"],
        "level": "advanced",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Reprise du mobilier remplacé**\n"
            "\n"
            "Lors de chaque livraison, et à la demande de l'acheteur, le titulaire enlève le "
            "mobilier remplacé, dans la limite de [à compléter : quantité] pièces par livraison.\n"
            "\n"
            "Le mobilier repris est orienté, par ordre de priorité :\n"
            "1. vers le réemploi, en l'état ou après remise en état, notamment par des structures "
            "de l'économie sociale et solidaire ou d'insertion par l'activité économique ;\n"
            "2. vers la filière de responsabilité élargie du producteur des éléments "
            "d'ameublement, pour recyclage.\n"
            "\n"
            "Le titulaire remet pour chaque enlèvement un bordereau précisant les quantités et la "
            "destination, et un bilan annuel.\n"
            "\n"
            "En cas d'orientation directe vers l'élimination d'un mobilier réemployable, sans "
            "justification, une pénalité de [à compléter : montant] € HT par pièce est appliquée."
        ),
        "guidance": (
            "Cette clause associe économie circulaire et emploi : les ressourceries et recycleries "
            "du territoire, souvent structures d'insertion, peuvent être partenaires du titulaire. "
            "Vérifier au préalable si la collectivité ne peut pas **céder directement** son "
            "mobilier à des associations, ce qui reste la solution la plus simple."
        ),
        "verification": (
            "Bordereaux d'enlèvement, attestations des repreneurs, bilan annuel ; pénalité en cas "
            "d'élimination injustifiée."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 ; Code de l'environnement, art. L541-1 et L541-10 "
            "(responsabilité élargie des producteurs)."
        ),
        "cpv_codes": ["39130000-2"],
        "sources": (
            "Pratiques de collectivités régionales avec les acteurs du réemploi solidaire ; réseau "
            "APuRe."
        ),
        "eforms_strategic": ["env-imp", "soc-obj"],
        "eforms_green": ["circ-econ"],
        "eforms_social": ["opp"],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "vetements-travail-fibres-recyclees-biologiques",
        "title": "Vêtements de travail en fibres recyclées ou issues de l'agriculture biologique",
        "summary": (
            "Spécification technique pour les tenues de travail : part de fibres recyclées ou "
            "biologiques, limitation des substances dangereuses, durabilité au lavage, labels « ou "
            "équivalent »."
        ),
        "kind": "technical_spec",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Textiles et vêtements de travail")],
        "themes": ["economie-circulaire", "sante-environnement"],
        "level": "advanced",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Composition et qualité des vêtements**\n"
            "\n"
            "Les vêtements de travail fournis au titre du lot [à compléter : n°] respectent les "
            "exigences suivantes :\n"
            "- au moins [à compléter : pourcentage] % des fibres, en masse, sont des fibres "
            "recyclées ou des fibres de coton issu de l'agriculture biologique ;\n"
            "- les articles respectent les exigences relatives aux substances dangereuses du label "
            "OEKO-TEX Standard 100, de l'Écolabel européen pour les textiles ou de tout label "
            "équivalent, ou sont accompagnés de rapports d'essais démontrant le même niveau "
            "d'exigence ;\n"
            "- les articles supportent au moins [à compléter : nombre] cycles de lavage industriel "
            "à [à compléter : température] °C sans perte significative de couleur, de résistance "
            "ou de dimension ;\n"
            "- les vêtements de protection respectent en outre les normes de sécurité applicables "
            "à l'usage prévu.\n"
            "\n"
            "La composition des fibres est justifiée par le certificat de label (GOTS, Global "
            "Recycled Standard ou équivalent) ou par tout document de traçabilité équivalent."
        ),
        "guidance": (
            "Les exigences de sécurité priment : les vêtements de haute visibilité ou de "
            "protection chimique doivent d'abord respecter leur norme, puis intégrer des exigences "
            "environnementales. Un textile durable, même un peu plus cher, réduit les achats sur "
            "la durée. Citer les labels comme moyens de preuve **« ou équivalent »**, jamais comme "
            "seule possibilité."
        ),
        "verification": (
            "Certificats de label ou de traçabilité des fibres, rapports d'essais de lavage et de "
            "substances, étiquettes de composition ; prélèvements aléatoires pour essais aux frais "
            "du titulaire en cas de non-conformité."
        ),
        "legal_references": (
            "CCP, art. L2111-1, L2111-2 et R2111-12 à R2111-17 (labels) ; règlement (CE) n° "
            "66/2010 (Écolabel européen)."
        ),
        "cpv_codes": ["18110000-3", "18130000-9"],
        "sources": (
            "Critères européens de marchés publics écologiques pour les textiles ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ", "pollu-prev"],
        "eforms_social": [],
        "eforms_green_criteria": ["eu"],
    },
    {
        "slug": "devoir-vigilance-chaine-approvisionnement-textile",
        "title": (
            "Conditions de travail dans la chaîne d'approvisionnement textile : cartographie, "
            "vigilance et plan de remédiation"
        ),
        "summary": (
            "Condition d'exécution obligeant le titulaire à identifier les sites de confection et "
            "à démontrer le respect des conventions fondamentales de l'OIT, avec un plan d'actions "
            "correctives."
        ),
        "kind": "execution_condition",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Textiles et vêtements de travail")],
        "themes": ["social-insertion"],
        "level": "advanced",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Respect des droits humains dans la chaîne "
            "d'approvisionnement**\n"
            "\n"
            "Les articles fournis sont fabriqués dans le respect des conventions fondamentales de "
            "l'Organisation internationale du travail : interdiction du travail forcé et du "
            "travail des enfants, non-discrimination, liberté syndicale et droit de négociation "
            "collective, ainsi que la santé et la sécurité au travail.\n"
            "\n"
            "Le titulaire :\n"
            "- communique, dans le mois suivant la notification, la liste des sites de confection "
            "et de finition des articles du marché ;\n"
            "- décrit les mesures de vigilance mises en œuvre (évaluation des risques, audits, "
            "dispositif d'alerte) ;\n"
            "- transmet, sur demande de l'acheteur, les rapports d'audit sociaux ou les "
            "attestations d'une initiative multipartite reconnue, ou tout document équivalent ;\n"
            "- en cas de manquement constaté, présente et met en œuvre un plan d'actions "
            "correctives dans un délai de [à compléter : nombre] mois.\n"
            "\n"
            "Tout refus de communication des informations constitue un manquement passible d'une "
            "pénalité de [à compléter : montant] € HT."
        ),
        "guidance": (
            "Le secteur textile présente des risques élevés de violation des droits humains. "
            "L'acheteur ne peut pas exiger l'adhésion à une organisation donnée, mais peut "
            "demander la **transparence** et des preuves « ou équivalent ». Pour les grandes "
            "entreprises, la loi sur le devoir de vigilance impose déjà un plan de vigilance : il "
            "peut servir de justificatif. Proportionner l'exigence : pour un petit volume, la "
            "liste des sites et une déclaration suffisent."
        ),
        "verification": (
            "Liste des sites, rapports d'audit ou attestations d'initiatives multipartites, plan "
            "de vigilance le cas échéant ; suivi du plan d'actions correctives ; pénalités."
        ),
        "legal_references": (
            "CCP, art. L2112-2 (considérations relatives au domaine social) et L2112-3 ; Code de "
            "commerce, art. L225-102-4 (plan de vigilance, loi n° 2017-399 du 27 mars 2017)."
        ),
        "cpv_codes": ["18110000-3", "18100000-0"],
        "sources": (
            "Conventions fondamentales de l'OIT ; critères européens de marchés publics "
            "écologiques pour les textiles ; réseau APuRe."
        ),
        "eforms_strategic": ["soc-obj"],
        "eforms_green": [],
        "eforms_social": ["hum-right", "work-cond"],
        "eforms_green_criteria": [],
    },
    {
        "slug": "reprise-vetements-travail-usages",
        "title": (
            "Reprise des vêtements de travail usagés et orientation vers le réemploi ou le "
            "recyclage"
        ),
        "summary": (
            "Condition d'exécution imposant la collecte des tenues usagées, le retrait des "
            "marquages, puis leur réemploi, leur recyclage ou leur valorisation."
        ),
        "kind": "execution_condition",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Textiles et vêtements de travail")],
        "themes": ["economie-circulaire"],
        "level": "base",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Fin de vie des vêtements de travail**\n"
            "\n"
            "Lors du renouvellement des dotations, le titulaire reprend sans frais les vêtements "
            "usagés remis par l'acheteur, dans la limite des quantités livrées.\n"
            "\n"
            "Il s'engage à :\n"
            "- retirer ou neutraliser les logos et marquages de l'acheteur ;\n"
            "- orienter les articles en bon état vers le réemploi, le cas échéant par une "
            "structure de l'économie sociale et solidaire ;\n"
            "- confier les autres articles à une filière de recyclage des textiles ou de "
            "valorisation ;\n"
            "- remettre chaque année un bilan des quantités reprises et de leur destination.\n"
            "\n"
            "Le titulaire propose en outre, au bordereau des prix, une prestation de réparation "
            "(remplacement de fermetures, boutons, genouillères) pour prolonger la durée d'usage "
            "des articles."
        ),
        "guidance": (
            "Clause **socle** qui répond à une difficulté fréquente : les vêtements logotés ne "
            "peuvent pas être donnés tels quels. La prestation de réparation au bordereau est "
            "souvent peu utilisée faute d'organisation interne : désigner un référent qui collecte "
            "les articles à réparer."
        ),
        "verification": (
            "Bons de reprise, attestations des filières, bilan annuel ; pénalité prévue au CCAP en "
            "cas de refus de reprise."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 ; Code de l'environnement, art. L541-1 et L541-10 "
            "(responsabilité élargie des producteurs de textiles)."
        ),
        "cpv_codes": ["18110000-3"],
        "sources": "Pratiques de collectivités régionales ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "critere-durabilite-vetements-travail-reparation",
        "title": (
            "Critère d'attribution : durabilité des vêtements de travail et service de réparation"
        ),
        "summary": (
            "Critère d'attribution fondé sur les résultats d'essais de résistance au lavage et à "
            "l'abrasion, et sur l'offre de réparation."
        ),
        "kind": "award_criterion",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Textiles et vêtements de travail")],
        "themes": ["economie-circulaire"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Durabilité des articles » (pondération : 20 "
            "%)**\n"
            "\n"
            "Ce critère est noté sur 20 points :\n"
            "\n"
            "1. **Résistance au lavage (8 points)** : nombre de cycles de lavage industriel "
            "supportés sans dégradation, selon les rapports d'essais joints à l'offre. Note "
            "proportionnelle au meilleur résultat.\n"
            "2. **Résistance à l'abrasion et aux déchirures (6 points)** : résultats d'essais "
            "normalisés sur les tissus principaux. Note proportionnelle au meilleur résultat.\n"
            "3. **Réparation et pièces (6 points)** : délai et prix de la prestation de "
            "réparation, disponibilité de pièces de rechange (fermetures, boutons, renforts). "
            "Notation : très satisfaisant 6, satisfaisant 4, peu satisfaisant 2, absent 0.\n"
            "\n"
            "Les échantillons remis avec l'offre servent de référence pour la conformité des "
            "livraisons."
        ),
        "guidance": (
            "Les rapports d'essais doivent être établis selon des **méthodes normalisées "
            "identiques** pour que les résultats soient comparables : préciser les normes dans le "
            "règlement de consultation. Demander des échantillons permet aussi de faire tester les "
            "articles par les agents. Associer les utilisateurs au choix : un vêtement confortable "
            "est porté plus longtemps et mieux entretenu."
        ),
        "verification": (
            "Rapports d'essais de laboratoire, échantillons de référence ; essais de contrôle sur "
            "prélèvement en cours d'exécution."
        ),
        "legal_references": "CCP, art. L2152-7 et R2152-7.",
        "cpv_codes": ["18110000-3", "18130000-9"],
        "sources": (
            "Critères européens de marchés publics écologiques pour les textiles ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["eu"],
    },
    {
        "slug": "electricite-renouvelable-garanties-origine",
        "title": (
            "Fourniture d'électricité d'origine renouvelable justifiée par des garanties d'origine"
        ),
        "summary": (
            "Spécification technique exigeant qu'une part de l'électricité fournie soit d'origine "
            "renouvelable, attestée par l'annulation de garanties d'origine au nom de l'acheteur."
        ),
        "kind": "technical_spec",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Énergie")],
        "themes": ["climat-energie"],
        "level": "base",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Origine de l'électricité**\n"
            "\n"
            "Au moins [à compléter : pourcentage, par exemple 100] % de la quantité d'électricité "
            "consommée chaque année par les points de livraison du marché est d'origine "
            "renouvelable.\n"
            "\n"
            "Le titulaire justifie cette origine par l'annulation, au nom de l'acheteur et pour "
            "chaque année de consommation, d'une quantité de garanties d'origine au moins égale à "
            "la quantité d'électricité concernée, dans le registre national des garanties "
            "d'origine.\n"
            "\n"
            "Le titulaire transmet, au plus tard le [à compléter : date] de l'année suivante, une "
            "attestation d'annulation précisant la filière de production (hydraulique, éolien, "
            "solaire, biomasse) et, si l'offre le prévoit, le pays et l'installation de "
            "production.\n"
            "\n"
            "À défaut de transmission, une pénalité de [à compléter : montant] € HT par MWh non "
            "justifié est appliquée."
        ),
        "guidance": (
            "Les garanties d'origine constituent le **seul moyen légal** de justifier l'origine "
            "renouvelable de l'électricité livrée par le réseau. Elles ne garantissent pas à elles "
            "seules un effet sur les nouvelles capacités de production : pour aller plus loin, "
            "valoriser la provenance d'installations identifiées ou des contrats d'achat direct au "
            "titre d'un critère d'attribution. Les groupements de commandes (syndicats d'énergie) "
            "facilitent l'accès pour les petites communes."
        ),
        "verification": (
            "Attestations d'annulation des garanties d'origine issues du registre national ; "
            "rapprochement avec les consommations facturées ; pénalité par MWh non justifié."
        ),
        "legal_references": (
            "Code de l'énergie, art. L314-14 et suivants (garanties d'origine) ; CCP, art. L2111-1 "
            "et L2111-2."
        ),
        "cpv_codes": ["09310000-5"],
        "sources": (
            "Dispositions du code de l'énergie ; pratiques des groupements d'achat d'énergie ; "
            "réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "critere-electricite-renouvelable-installations-identifiees",
        "title": (
            "Critère d'attribution : traçabilité et additionnalité de l'électricité renouvelable "
            "(installations identifiées, achat direct)"
        ),
        "summary": (
            "Critère d'attribution valorisant une électricité renouvelable provenant "
            "d'installations identifiées et récentes, ou de contrats d'achat direct, au-delà de la "
            "simple garantie d'origine."
        ),
        "kind": "award_criterion",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Énergie")],
        "themes": ["climat-energie"],
        "level": "exemplary",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Qualité environnementale de l'offre "
            "d'électricité » (pondération : 15 %)**\n"
            "\n"
            "Ce critère est noté sur 15 points :\n"
            "\n"
            "1. **Garanties d'origine couplées (7 points)** : part de l'électricité dont les "
            "garanties d'origine sont achetées avec l'électricité produite par la même "
            "installation (couplage physique et contractuel). Note proportionnelle à la meilleure "
            "part proposée.\n"
            "2. **Installations récentes ou soutenant de nouvelles capacités (5 points)** : part "
            "de l'électricité provenant d'installations mises en service depuis moins de [à "
            "compléter : nombre] ans ou contractualisées par des contrats d'achat direct à long "
            "terme. Note proportionnelle.\n"
            "3. **Information de l'acheteur (3 points)** : précision des informations transmises "
            "sur les installations (nom, filière, puissance).\n"
            "\n"
            "Les engagements sont contractuels et justifiés chaque année."
        ),
        "guidance": (
            "Fiche **exemplaire** : la simple garantie d'origine est peu exigeante, ce critère "
            "distingue les offres qui soutiennent réellement la production renouvelable. Ne jamais "
            "exiger une installation située sur un territoire donné : le critère porte sur la "
            "traçabilité et l'ancienneté. Se faire accompagner par le syndicat d'énergie ou un "
            "conseiller en énergie."
        ),
        "verification": (
            "Attestations d'annulation des garanties d'origine, contrats d'achat ou attestations "
            "du producteur, fiches d'identification des installations ; contrôle annuel ; "
            "pénalités en cas d'écart."
        ),
        "legal_references": (
            "CCP, art. L2152-7 et R2152-7 ; Code de l'énergie, art. L314-14 et suivants (garanties "
            "d'origine)."
        ),
        "cpv_codes": ["09310000-5"],
        "sources": "Pratiques des groupements d'achat d'énergie ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "suivi-consommations-conseil-sobriete-energie",
        "title": (
            "Suivi des consommations et conseil de sobriété énergétique par le fournisseur "
            "d'énergie"
        ),
        "summary": (
            "Condition d'exécution obligeant le fournisseur d'électricité ou de gaz à mettre à "
            "disposition les données de consommation et un bilan annuel assorti de recommandations."
        ),
        "kind": "execution_condition",
        "contract_type": "supplies",
        "segments": [("Fournitures", "Énergie")],
        "themes": ["climat-energie"],
        "level": "base",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Données de consommation et accompagnement**\n"
            "\n"
            "Le titulaire met à disposition de l'acheteur, sans surcoût :\n"
            "- un accès en ligne aux données de consommation de chaque point de livraison, au pas "
            "de temps le plus fin disponible, exportables au format tableur ;\n"
            "- des alertes en cas de dérive de consommation supérieure à [à compléter : "
            "pourcentage] % par rapport à la même période de l'année précédente ;\n"
            "- un bilan annuel présentant les consommations par site, leur évolution, les "
            "émissions de gaz à effet de serre associées et au moins trois recommandations de "
            "réduction adaptées aux sites les plus consommateurs.\n"
            "\n"
            "Le bilan est présenté lors d'une réunion annuelle avec l'acheteur."
        ),
        "guidance": (
            "Clause **socle** utile à toutes les collectivités, notamment pour suivre les "
            "obligations de réduction des consommations des bâtiments tertiaires. Les données "
            "permettent de repérer des anomalies simples (chauffage des écoles pendant les "
            "vacances, éclairage permanent). S'assurer que les données sont exportables pour le "
            "conseiller en énergie partagé ou le syndicat d'énergie."
        ),
        "verification": (
            "Accès effectif à l'espace en ligne, bilans annuels, comptes rendus de réunion ; "
            "pénalité prévue en cas d'absence de bilan."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 ; Code de la construction et de l'habitation, art. "
            "L174-1 (réduction des consommations des bâtiments tertiaires)."
        ),
        "cpv_codes": ["09310000-5", "09123000-7"],
        "sources": "Pratiques de collectivités et de syndicats d'énergie ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "nettoyage-microfibre-dosage-ecolabel",
        "title": (
            "Méthodes de nettoyage écologiques : microfibre, dosage maîtrisé et produits Écolabel "
            "européen ou équivalent"
        ),
        "summary": (
            "Condition d'exécution pour les prestations de nettoyage : produits écolabellisés ou "
            "équivalents, microfibre, systèmes de dosage et limitation de la désinfection aux "
            "zones qui le nécessitent."
        ),
        "kind": "execution_condition",
        "contract_type": "services",
        "segments": [("Services", "Nettoyage des locaux")],
        "themes": ["sante-environnement"],
        "level": "base",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Produits, matériels et méthodes**\n"
            "\n"
            "Pour l'exécution des prestations, le titulaire :\n"
            "- utilise des produits respectant les critères de l'Écolabel européen ou de tout "
            "label équivalent pour au moins [à compléter : pourcentage, par exemple 90] % en "
            "valeur des produits de nettoyage courant ; les produits non labellisés sont listés et "
            "justifiés ;\n"
            "- emploie des textiles en microfibre réutilisables, lavés selon un protocole "
            "garantissant leur efficacité ;\n"
            "- équipe ses agents de systèmes de dosage (centrales de dilution, doseurs) et les "
            "forme à leur usage ;\n"
            "- limite l'usage de désinfectants aux zones définies au CCTP (sanitaires, zones de "
            "restauration, locaux de soins) ou aux situations sanitaires particulières notifiées "
            "par l'acheteur ;\n"
            "- n'utilise pas de désodorisants ni de produits en aérosol.\n"
            "\n"
            "Le titulaire tient à disposition la liste des produits utilisés, leurs fiches "
            "techniques et de données de sécurité. Il transmet chaque année le bilan des quantités "
            "consommées."
        ),
        "guidance": (
            "Exemple régional : la Communauté urbaine de Dunkerque a systématisé les produits de "
            "gamme écologique, que le nettoyage soit réalisé en régie ou externalisé. La méthode "
            "(microfibre, dosage) compte autant que le produit. Les désinfectants systématiques "
            "exposent les agents et les usagers sans bénéfice sanitaire dans la plupart des locaux "
            ": les réserver aux zones justifiées."
        ),
        "verification": (
            "Liste des produits et certificats de label ou équivalents, fiches de données de "
            "sécurité, attestations de formation, bilan annuel des consommations ; contrôles "
            "inopinés des chariots de nettoyage ; pénalités prévues au CCAP."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 ; R2111-12 à R2111-17 (labels) ; règlement (CE) n° "
            "66/2010 (Écolabel européen)."
        ),
        "cpv_codes": ["90911200-8", "90919200-4"],
        "sources": (
            "Retour d'expérience de la Communauté urbaine de Dunkerque ; critères européens de "
            "marchés publics écologiques pour les produits et services de nettoyage."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["pollu-prev"],
        "eforms_social": [],
        "eforms_green_criteria": ["eu"],
    },
    {
        "slug": "nettoyage-en-journee-horaires-continus",
        "title": "Nettoyage en journée et horaires de travail continus pour les agents de propreté",
        "summary": (
            "Condition d'exécution organisant tout ou partie des prestations en journée, pendant "
            "l'occupation des locaux, avec des horaires continus qui améliorent les conditions de "
            "travail et réduisent les consommations d'énergie."
        ),
        "kind": "execution_condition",
        "contract_type": "services",
        "segments": [("Services", "Nettoyage des locaux")],
        "themes": ["social-insertion", "climat-energie"],
        "level": "advanced",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Organisation des horaires**\n"
            "\n"
            "Au moins [à compléter : pourcentage] % des heures de prestation sont réalisées entre "
            "[à compléter : heure] et [à compléter : heure], pendant les heures d'ouverture des "
            "locaux, selon le planning annexé au CCTP.\n"
            "\n"
            "Le titulaire organise le travail de ses agents de manière à :\n"
            "- proposer des vacations continues d'au moins [à compléter : nombre] heures, en "
            "évitant les coupures de journée ;\n"
            "- favoriser le temps plein ou les temps partiels choisis, en regroupant si nécessaire "
            "plusieurs sites ;\n"
            "- utiliser des matériels silencieux compatibles avec la présence des occupants.\n"
            "\n"
            "L'acheteur s'engage, de son côté, à informer les occupants, à faciliter l'accès aux "
            "locaux et à désigner un correspondant sur chaque site.\n"
            "\n"
            "Le titulaire transmet chaque semestre un état des horaires et des durées "
            "contractuelles de travail des agents affectés au marché."
        ),
        "guidance": (
            "Le nettoyage en journée rend visibles les agents, réduit les horaires fractionnés "
            "très tôt le matin ou tard le soir et évite d'éclairer et chauffer des bâtiments "
            "vides. Il demande une **préparation interne** : information des agents publics, "
            "adaptation des tâches bruyantes. Commencer par un bâtiment administratif volontaire "
            "avant de généraliser."
        ),
        "verification": (
            "Plannings d'intervention, états semestriels des horaires et contrats, visites de "
            "contrôle ; enquête de satisfaction auprès des occupants."
        ),
        "legal_references": (
            "CCP, art. L2112-2 (considérations relatives à l'emploi et à l'environnement) et "
            "L2112-3."
        ),
        "cpv_codes": ["90911200-8", "90919200-4"],
        "sources": (
            "Retour d'expérience de la Communauté urbaine de Dunkerque ; pratiques d'acheteurs "
            "publics ; réseau APuRe."
        ),
        "eforms_strategic": ["soc-obj", "env-imp"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": ["work-cond"],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "critere-methodologie-nettoyage-volume-horaire",
        "title": (
            "Critère d'attribution : méthodologie de nettoyage écologique et volume horaire "
            "justifié"
        ),
        "summary": (
            "Critère d'attribution qui note la méthode de nettoyage écologique et la cohérence du "
            "volume d'heures proposé, pour écarter les prix obtenus au détriment des cadences de "
            "travail."
        ),
        "kind": "award_criterion",
        "contract_type": "services",
        "segments": [("Services", "Nettoyage des locaux")],
        "themes": ["sante-environnement", "social-insertion"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Valeur technique » (pondération : 40 %)**\n"
            "\n"
            "La valeur technique est notée sur 40 points :\n"
            "\n"
            "1. **Volume horaire et organisation (15 points)** : nombre d'heures annuelles proposé "
            "par site et cadences retenues (m²/heure par type de local), au regard du cahier des "
            "charges. Un volume manifestement insuffisant pour exécuter les prestations est "
            "examiné au titre de la procédure relative aux offres anormalement basses.\n"
            "2. **Méthodes et produits écologiques (15 points)** : produits labellisés ou "
            "équivalents, microfibre, dosage, limitation des désinfectants, gestion des déchets du "
            "nettoyage.\n"
            "3. **Formation et encadrement (10 points)** : formation des agents aux gestes et "
            "postures, aux produits et aux écogestes ; fréquence des contrôles qualité.\n"
            "\n"
            "Chaque sous-critère est noté : très satisfaisant (100 %), satisfaisant (60 %), peu "
            "satisfaisant (30 %), insuffisant (0 %)."
        ),
        "guidance": (
            "Exemple régional : la Communauté urbaine de Dunkerque examine attentivement le nombre "
            "d'heures proposé, afin d'éviter un prix « cassé » qui reposerait sur des cadences "
            "inacceptables. Demander systématiquement le **détail des heures par site** dans le "
            "cadre de réponse ; il devient contractuel. Le critère contribue à l'obligation d'un "
            "critère environnemental à partir d'août 2026."
        ),
        "verification": (
            "Cadre de réponse horaire, mémoire technique ; en exécution, contrôle des feuilles de "
            "présence, audits qualité contradictoires ; pénalités en cas d'heures non réalisées."
        ),
        "legal_references": (
            "CCP, art. L2152-7 et R2152-7 ; L2152-5 et L2152-6 (offres anormalement basses)."
        ),
        "cpv_codes": ["90911200-8"],
        "sources": "Retour d'expérience de la Communauté urbaine de Dunkerque ; réseau APuRe.",
        "eforms_strategic": ["env-imp", "soc-obj"],
        "eforms_green": ["pollu-prev"],
        "eforms_social": ["work-cond"],
        "eforms_green_criteria": ["eu"],
    },
    {
        "slug": "heures-insertion-nettoyage-locaux",
        "title": "Heures d'insertion dans les marchés de nettoyage des locaux",
        "summary": (
            "Clause sociale d'insertion adaptée aux prestations de propreté, secteur où les "
            "premières expériences professionnelles sont nombreuses, avec l'appui du facilitateur."
        ),
        "kind": "social_clause",
        "contract_type": "services",
        "segments": [("Services", "Nettoyage des locaux")],
        "themes": ["social-insertion"],
        "level": "base",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Action d'insertion**\n"
            "\n"
            "Le titulaire consacre à l'insertion de personnes éloignées de l'emploi au moins [à "
            "compléter : pourcentage, par exemple 10] % des heures de travail nécessaires à "
            "l'exécution du marché, soit environ [à compléter : nombre] heures par an.\n"
            "\n"
            "Les publics éligibles sont validés par le facilitateur de [à compléter : structure] : "
            "demandeurs d'emploi de longue durée, bénéficiaires de minima sociaux, jeunes sans "
            "qualification, travailleurs handicapés, personnes accompagnées par une structure "
            "d'insertion par l'activité économique, ou autres publics en difficulté.\n"
            "\n"
            "Les heures peuvent être réalisées par embauche directe, mise à disposition ou "
            "sous-traitance à une structure d'insertion par l'activité économique. Lorsque le "
            "titulaire reprend le personnel du précédent prestataire en application de la "
            "convention collective, les heures d'insertion sont réalisées sur les besoins de "
            "remplacement et les postes nouveaux.\n"
            "\n"
            "Le titulaire transmet un état semestriel ; une pénalité de [à compléter : montant] € "
            "HT par heure non réalisée s'applique en cas de manquement injustifié."
        ),
        "guidance": (
            "Dans la propreté, l'obligation conventionnelle de reprise du personnel limite les "
            "embauches nouvelles : calibrer l'objectif avec le **facilitateur** et cibler les "
            "remplacements, absences et extensions de surfaces. Certaines prestations peuvent "
            "aussi être confiées à des structures du handicap par un lot réservé, comme le fait la "
            "Communauté urbaine de Dunkerque pour une partie de ses locaux."
        ),
        "verification": (
            "États semestriels, attestations d'éligibilité du facilitateur, contrats et "
            "conventions de mise à disposition ; bilan annuel ; pénalités."
        ),
        "legal_references": "CCP, art. L2112-2 et L2112-2-1 ; Code du travail, art. L5132-1.",
        "cpv_codes": ["90911200-8", "90919200-4"],
        "sources": (
            "Pratiques des facilitateurs de clauses sociales ; retour d'expérience de la "
            "Communauté urbaine de Dunkerque."
        ),
        "eforms_strategic": ["soc-obj"],
        "eforms_green": [],
        "eforms_social": ["opp"],
        "eforms_green_criteria": [],
    },
    {
        "slug": "menu-vegetarien-hebdomadaire-option-quotidienne",
        "title": "Menu végétarien hebdomadaire et option végétarienne quotidienne équilibrée",
        "summary": (
            "Spécification technique pour la restauration collective : au moins un menu végétarien "
            "par semaine en restauration scolaire, et une option végétarienne quotidienne lorsque "
            "l'acheteur le décide."
        ),
        "kind": "technical_spec",
        "contract_type": "services",
        "segments": [("Services", "Restauration collective")],
        "themes": ["alimentation-durable", "climat-energie"],
        "level": "base",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Diversification des sources de protéines**\n"
            "\n"
            "Le titulaire propose :\n"
            "- au moins un menu végétarien par semaine dans les restaurants scolaires, composé de "
            "protéines animales ou végétales, pouvant comporter des légumineuses, des céréales, "
            "des œufs ou des produits laitiers ;\n"
            "- [à compléter : option] une alternative végétarienne quotidienne dans les "
            "restaurants dont la liste figure en annexe.\n"
            "\n"
            "Les menus végétariens :\n"
            "- respectent les règles de qualité nutritionnelle applicables à la restauration "
            "collective concernée ;\n"
            "- privilégient les plats cuisinés sur place à partir de légumineuses et de céréales "
            "plutôt que les produits transformés à base de protéines texturées ;\n"
            "- font l'objet, au démarrage du marché, d'un plan alimentaire validé par la "
            "diététicienne de l'acheteur.\n"
            "\n"
            "Le titulaire forme ses équipes à la préparation des plats végétariens et communique "
            "aux convives des informations sur ces menus."
        ),
        "guidance": (
            "Le menu végétarien hebdomadaire est obligatoire en restauration scolaire ; les "
            "restaurants servant plus de 200 couverts par jour doivent en outre disposer d'un plan "
            "pluriannuel de diversification des protéines. Réduire la part de viande permet "
            "souvent de **financer la montée en qualité** (viandes EGalim). Veiller à la qualité "
            "gustative : la réussite dépend de la formation des cuisiniers."
        ),
        "verification": (
            "Plans alimentaires et menus, fiches recettes, attestations de formation ; contrôles "
            "inopinés et enquêtes de satisfaction."
        ),
        "legal_references": (
            "Code rural et de la pêche maritime, art. L230-5 (qualité nutritionnelle), L230-5-4 "
            "(plan de diversification des protéines) et L230-5-6 (menu végétarien hebdomadaire en "
            "restauration scolaire) ; CCP, art. L2111-1."
        ),
        "cpv_codes": ["55523100-3", "55524000-9"],
        "sources": (
            "Dispositions des lois EGalim et Climat et résilience ; ressources nationales sur la "
            "restauration collective."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "lutte-gaspillage-alimentaire-pesees-dons",
        "title": (
            "Lutte contre le gaspillage alimentaire : pesées, plan d'actions et dons des excédents"
        ),
        "summary": (
            "Condition d'exécution imposant au prestataire de restauration de mesurer le "
            "gaspillage, de mettre en œuvre un plan d'actions et d'organiser le don des denrées "
            "non servies consommables."
        ),
        "kind": "execution_condition",
        "contract_type": "services",
        "segments": [("Services", "Restauration collective")],
        "themes": ["alimentation-durable", "economie-circulaire"],
        "level": "advanced",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Prévention du gaspillage alimentaire**\n"
            "\n"
            "Le titulaire :\n"
            "1. réalise, dans les trois mois suivant la notification puis chaque année, une "
            "campagne de pesée des restes (préparation, excédents non servis, retours d'assiettes) "
            "d'au moins [à compléter : nombre] jours consécutifs sur chaque site ;\n"
            "2. présente un plan d'actions de réduction : ajustement des grammages et des "
            "commandes, service adapté à l'appétit, pain à la demande, valorisation des excédents "
            ";\n"
            "3. organise, en lien avec l'acheteur, le don des denrées non servies encore "
            "consommables à des associations habilitées, dans le respect des règles d'hygiène ;\n"
            "4. oriente les biodéchets vers une collecte séparée en vue de leur valorisation.\n"
            "\n"
            "L'objectif est une réduction du gaspillage de [à compléter : pourcentage] % à l'issue "
            "de la deuxième année par rapport à la première pesée. Un bilan annuel est présenté en "
            "comité de suivi."
        ),
        "guidance": (
            "Les services de restauration collective publics doivent mettre en place une démarche "
            "de lutte contre le gaspillage alimentaire, précédée d'un diagnostic. Les économies "
            "réalisées (souvent plusieurs centimes par repas) peuvent **financer des produits "
            "durables**. Associer les convives, notamment les élèves, donne les meilleurs "
            "résultats."
        ),
        "verification": (
            "Rapports de pesées, plan d'actions, conventions de dons, bilans annuels et "
            "attestations de collecte des biodéchets ; comité de suivi ; pénalité en cas d'absence "
            "de pesée."
        ),
        "legal_references": (
            "Code de l'environnement, art. L541-15-3 (démarche de lutte contre le gaspillage "
            "alimentaire dans la restauration collective publique) et L541-21-1 (tri à la source "
            "des biodéchets) ; CCP, art. L2112-2."
        ),
        "cpv_codes": ["55523100-3", "55512000-2"],
        "sources": (
            "Ressources nationales sur la lutte contre le gaspillage alimentaire ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ", "clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "critere-qualite-durable-offre-restauration",
        "title": (
            "Critère d'attribution : qualité durable de l'offre de restauration (produits EGalim "
            "au-delà du minimum, saisonnalité, contenants réutilisables)"
        ),
        "summary": (
            "Critère d'attribution pour les marchés de restauration concédée ou de livraison de "
            "repas, qui valorise les engagements au-delà des obligations légales."
        ),
        "kind": "award_criterion",
        "contract_type": "services",
        "segments": [("Services", "Restauration collective")],
        "themes": ["alimentation-durable", "economie-circulaire"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Performance environnementale de l'offre "
            "alimentaire » (pondération : 25 %)**\n"
            "\n"
            "Ce critère est noté sur 25 points :\n"
            "\n"
            "1. **Produits durables et de qualité (10 points)** : part en valeur des produits "
            "durables et de qualité et des produits biologiques au-delà des minimums légaux, par "
            "famille de produits, engagée pour la durée du marché. Note proportionnelle à la "
            "meilleure offre.\n"
            "2. **Saisonnalité et fraîcheur (5 points)** : plan alimentaire type sur quatre "
            "semaines, part des plats cuisinés à partir de produits bruts et de saison.\n"
            "3. **Contenants et déchets (5 points)** : contenants réutilisables en inox ou en "
            "verre pour le transport et le service, organisation de leur lavage, réduction des "
            "emballages individuels.\n"
            "4. **Gaspillage alimentaire (5 points)** : méthode de pesée, objectifs chiffrés et "
            "actions proposées.\n"
            "\n"
            "Les engagements chiffrés sont contractuels et suivis par le reporting prévu au CCAP."
        ),
        "guidance": (
            "Les contenants en plastique pour la cuisson, la réchauffe et le service sont "
            "interdits en restauration scolaire : ce critère permet d'aller plus loin en "
            "valorisant le **réemploi des contenants**. La part de produits EGalim doit être "
            "déclarée par famille, selon une méthode identique pour tous. Combiner avec une "
            "condition d'exécution de reporting."
        ),
        "verification": (
            "Engagements chiffrés signés, plans alimentaires, fiches techniques des contenants ; "
            "en exécution, états des achats par catégorie, factures des fournisseurs, contrôles "
            "sur site."
        ),
        "legal_references": (
            "CCP, art. L2152-7 et R2152-7 ; Code rural et de la pêche maritime, art. L230-5-1 ; "
            "loi n° 2018-938 du 30 octobre 2018 (EGalim)."
        ),
        "cpv_codes": ["55523100-3", "55321000-6"],
        "sources": (
            "Dispositions de la loi EGalim ; ressources nationales sur la restauration collective "
            "; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig", "circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "heures-insertion-restauration-collective",
        "title": (
            "Heures d'insertion dans les marchés de restauration collective et de livraison de "
            "repas"
        ),
        "summary": (
            "Clause sociale d'insertion pour les métiers de la cuisine, du service, de la plonge "
            "et de la livraison."
        ),
        "kind": "social_clause",
        "contract_type": "services",
        "segments": [("Services", "Restauration collective")],
        "themes": ["social-insertion"],
        "level": "base",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Insertion professionnelle**\n"
            "\n"
            "Le titulaire réalise au moins [à compléter : nombre] heures de travail par an au "
            "bénéfice de personnes rencontrant des difficultés sociales ou professionnelles, dont "
            "l'éligibilité est validée par le facilitateur de [à compléter : structure].\n"
            "\n"
            "Les postes concernés peuvent relever de la production (aide de cuisine, plonge, "
            "conditionnement), du service en salle, de l'entretien des locaux de restauration ou "
            "de la livraison des repas.\n"
            "\n"
            "Le titulaire choisit la modalité la plus adaptée : embauche directe, recours à une "
            "entreprise de travail temporaire d'insertion ou à une association intermédiaire, "
            "sous-traitance ou cotraitance avec une structure d'insertion par l'activité "
            "économique (par exemple un restaurant ou un traiteur d'insertion).\n"
            "\n"
            "Le titulaire désigne un tuteur pour chaque personne en insertion et transmet un état "
            "semestriel au facilitateur. Une pénalité de [à compléter : montant] € HT par heure "
            "non réalisée s'applique en cas de manquement injustifié."
        ),
        "guidance": (
            "Les métiers de la restauration recrutent beaucoup et offrent de réelles perspectives "
            "d'emploi durable. Plusieurs structures d'insertion du territoire sont spécialisées "
            "dans la cuisine et le traiteur. Dimensionner les heures avec le **facilitateur** en "
            "fonction du nombre de repas et de la part de main-d'œuvre."
        ),
        "verification": (
            "États semestriels, attestations d'éligibilité, contrats ou conventions ; bilan avec "
            "le facilitateur ; pénalités."
        ),
        "legal_references": "CCP, art. L2112-2 et L2112-2-1 ; Code du travail, art. L5132-1.",
        "cpv_codes": ["55523100-3", "55520000-1"],
        "sources": "Pratiques des facilitateurs de clauses sociales ; réseau APuRe.",
        "eforms_strategic": ["soc-obj"],
        "eforms_green": [],
        "eforms_social": ["opp"],
        "eforms_green_criteria": [],
    },
    {
        "slug": "critere-empreinte-carbone-prestation-intellectuelle",
        "title": (
            "Critère d'attribution : empreinte carbone de la prestation intellectuelle "
            "(déplacements, numérique, livrables)"
        ),
        "summary": (
            "Critère d'attribution demandant au candidat d'estimer les émissions de sa mission et "
            "de présenter ses mesures de réduction, selon une méthode commune."
        ),
        "kind": "award_criterion",
        "contract_type": "services",
        "segments": [("Services", "Prestations intellectuelles")],
        "themes": ["climat-energie", "numerique-responsable"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Empreinte environnementale de la mission » "
            "(pondération : 10 %)**\n"
            "\n"
            "Ce critère est noté sur 10 points :\n"
            "\n"
            "1. **Estimation des émissions (4 points)** : le candidat estime, à l'aide du tableur "
            "joint au dossier, les émissions de gaz à effet de serre liées aux déplacements prévus "
            "(nombre, distance, mode), aux réunions et à la production des livrables. Note = 4 x "
            "(estimation la plus basse / estimation de l'offre), sous réserve de la cohérence avec "
            "la méthodologie proposée.\n"
            "2. **Mesures de réduction (6 points)** : recours au train et aux transports "
            "collectifs, réunions à distance lorsque la présence n'est pas nécessaire, livrables "
            "numériques légers, impression limitée et sur papier recyclé. Notation : très "
            "satisfaisant 6, satisfaisant 4, peu satisfaisant 2, absent 0.\n"
            "\n"
            "Le nombre de réunions en présentiel prévu au CCTP est identique pour tous les "
            "candidats et n'est pas réduit par ce critère."
        ),
        "guidance": (
            "Pour les études, la maîtrise d'œuvre ou le conseil, la principale source d'émissions "
            "est le **déplacement** des intervenants. Le critère ne doit pas pénaliser les "
            "réunions utiles avec les habitants ou les élus : fixer dans le CCTP les réunions "
            "obligatoires en présentiel. Le mode de transport est comparé, jamais l'implantation "
            "du cabinet."
        ),
        "verification": (
            "Tableur d'estimation, note méthodologique ; en exécution, relevé des déplacements "
            "effectués présenté dans le rapport final."
        ),
        "legal_references": "CCP, art. L2152-7 et R2152-7.",
        "cpv_codes": ["79400000-8", "71241000-9"],
        "sources": (
            "Pratiques d'acheteurs publics pour les prestations intellectuelles ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "politique-deplacements-prestataire-intellectuel",
        "title": (
            "Politique de déplacements du prestataire : train, transports collectifs et réunions à "
            "distance"
        ),
        "summary": (
            "Condition d'exécution encadrant les déplacements des intervenants : priorité au train "
            "pour les trajets courts, réunions à distance hors temps forts, compte rendu des "
            "déplacements."
        ),
        "kind": "execution_condition",
        "contract_type": "services",
        "segments": [("Services", "Prestations intellectuelles")],
        "themes": ["climat-energie"],
        "level": "base",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Déplacements liés à l'exécution de la mission**\n"
            "\n"
            "Le titulaire organise les déplacements de ses intervenants selon les principes "
            "suivants :\n"
            "- le train ou les transports collectifs sont utilisés pour tout trajet réalisable en "
            "moins de [à compléter : nombre] heures, sauf contrainte d'accès justifiée ;\n"
            "- le covoiturage est privilégié lorsque le site n'est pas desservi ;\n"
            "- l'avion n'est pas utilisé pour les trajets en France métropolitaine continentale ;\n"
            "- les réunions techniques de suivi se tiennent à distance, sauf demande contraire de "
            "l'acheteur ; les réunions listées au CCTP (lancement, ateliers, restitutions) se "
            "tiennent en présentiel.\n"
            "\n"
            "Les frais de déplacement sont inclus dans le prix et ne peuvent justifier de "
            "surcoût.\n"
            "\n"
            "Le rapport final comporte un relevé des déplacements effectués (date, trajet, mode)."
        ),
        "guidance": (
            "Clause **socle** qui peut figurer dans presque tous les marchés de prestations "
            "intellectuelles. Pour les communes rurales mal desservies, prévoir le covoiturage et "
            "ne pas rendre impossible la venue sur site. Les réunions à distance ne doivent pas "
            "nuire à la concertation avec les habitants."
        ),
        "verification": (
            "Relevé des déplacements dans le rapport final, justificatifs sur demande ; pénalité "
            "en cas de recours non justifié à l'avion."
        ),
        "legal_references": "CCP, art. L2112-2 et L2112-3.",
        "cpv_codes": ["79400000-8", "71000000-8"],
        "sources": "Pratiques d'acheteurs publics ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "reporting-carbone-mission-plan-reduction",
        "title": "Bilan des émissions de la mission et plan de réduction remis en fin d'exécution",
        "summary": (
            "Condition d'exécution exemplaire : le titulaire mesure les émissions réelles de sa "
            "prestation, les compare à l'estimation de l'offre et propose des pistes de réduction "
            "pour les missions futures."
        ),
        "kind": "execution_condition",
        "contract_type": "services",
        "segments": [("Services", "Prestations intellectuelles")],
        "themes": ["climat-energie", "numerique-responsable"],
        "level": "exemplary",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Bilan carbone de la mission**\n"
            "\n"
            "À la fin de chaque phase et au solde du marché, le titulaire remet un bilan des "
            "émissions de gaz à effet de serre de sa mission, établi selon une méthode reconnue et "
            "comprenant :\n"
            "- les déplacements des intervenants et sous-traitants ;\n"
            "- les hébergements ;\n"
            "- les impressions et envois postaux ;\n"
            "- les services numériques utilisés pour la mission (visioconférences, hébergement de "
            "données, outils collaboratifs), estimés à l'aide de facteurs d'émission publiés.\n"
            "\n"
            "Le bilan compare les émissions réelles aux engagements pris dans l'offre et explique "
            "les écarts. Il propose au moins trois mesures de réduction applicables aux missions "
            "futures de même nature.\n"
            "\n"
            "Lorsque les émissions réelles dépassent de plus de [à compléter : pourcentage] % "
            "l'estimation de l'offre sans justification liée à une demande de l'acheteur, une "
            "pénalité de [à compléter : montant] € HT est appliquée."
        ),
        "guidance": (
            "Fiche **exemplaire**, adaptée aux missions longues (maîtrise d'œuvre, assistance à "
            "maîtrise d'ouvrage, études territoriales). Les facteurs d'émission de la base "
            "nationale de l'ADEME permettent un calcul homogène. L'intérêt principal est "
            "d'**apprendre collectivement** : partager les bilans dans le réseau pour affiner les "
            "prochains cahiers des charges."
        ),
        "verification": (
            "Bilans de phase et bilan final, justificatifs de déplacements ; comparaison avec "
            "l'engagement de l'offre ; pénalité en cas d'écart injustifié."
        ),
        "legal_references": "CCP, art. L2112-2 et L2112-3.",
        "cpv_codes": ["79400000-8", "90713000-8"],
        "sources": "Base nationale de facteurs d'émission de l'ADEME ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "accessibilite-livrables-numeriques-rgaa",
        "title": (
            "Accessibilité des livrables et des supports numériques (RGAA) et rédaction en langage "
            "clair"
        ),
        "summary": (
            "Spécification technique exigeant des livrables et supports numériques accessibles aux "
            "personnes handicapées et rédigés de façon compréhensible par tous."
        ),
        "kind": "technical_spec",
        "contract_type": "services",
        "segments": [
            ("Services", "Prestations intellectuelles"),
            ("Fournitures", "Informatique et numérique"),
        ],
        "themes": ["social-insertion", "numerique-responsable"],
        "level": "base",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Accessibilité des livrables**\n"
            "\n"
            "Les livrables destinés à être diffusés au public ou aux agents répondent aux "
            "exigences suivantes :\n"
            "- documents bureautiques et PDF structurés (titres, ordre de lecture, alternatives "
            "textuelles aux images, tableaux balisés, contrastes suffisants), conformes aux "
            "exigences d'accessibilité applicables ;\n"
            "- contenus et services en ligne conformes au référentiel général d'amélioration de "
            "l'accessibilité (RGAA) en vigueur, au niveau exigé par la réglementation ; une "
            "déclaration d'accessibilité est fournie ;\n"
            "- vidéos sous-titrées et, si nécessaire, transcrites ;\n"
            "- synthèse de [à compléter : nombre] pages au plus rédigée en langage clair, et, si "
            "l'acheteur le demande, version en facile à lire et à comprendre (FALC).\n"
            "\n"
            "Le titulaire vérifie l'accessibilité avant chaque remise et joint le résultat de ses "
            "contrôles. Les livrables non conformes sont repris sans surcoût."
        ),
        "guidance": (
            "Les services publics en ligne sont soumis à une obligation d'accessibilité numérique. "
            "Pour les achats destinés à des personnes, l'accessibilité fait partie de la "
            "définition du besoin. Les corrections a posteriori coûtent cher : les exiger **dès le "
            "cahier des charges**. Le langage clair profite à tous les publics, notamment en "
            "milieu rural où les démarches sont souvent faites sans accompagnement."
        ),
        "verification": (
            "Rapports de contrôle d'accessibilité, déclaration d'accessibilité, échantillons "
            "testés par l'acheteur ; reprise des livrables non conformes."
        ),
        "legal_references": (
            "Loi n° 2005-102 du 11 février 2005, art. 47 (accessibilité des services de "
            "communication au public en ligne) ; CCP, art. L2111-1 et L2111-2."
        ),
        "cpv_codes": ["79400000-8", "72413000-8"],
        "sources": "Référentiel général d'amélioration de l'accessibilité (RGAA) ; réseau APuRe.",
        "eforms_strategic": ["soc-obj"],
        "eforms_green": [],
        "eforms_social": ["acc-all"],
        "eforms_green_criteria": [],
    },
    {
        "slug": "ecoconception-services-numeriques-rgesn",
        "title": "Éco-conception des services numériques selon le référentiel général (RGESN)",
        "summary": (
            "Spécification technique pour les sites, applications et outils numériques commandés : "
            "sobriété des fonctionnalités, légèreté des pages, compatibilité avec les équipements "
            "anciens."
        ),
        "kind": "technical_spec",
        "contract_type": "services",
        "segments": [
            ("Services", "Prestations intellectuelles"),
            ("Fournitures", "Informatique et numérique"),
        ],
        "themes": ["numerique-responsable", "climat-energie"],
        "level": "advanced",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Éco-conception du service numérique**\n"
            "\n"
            "Le titulaire conçoit et réalise le service numérique en appliquant le référentiel "
            "général de l'écoconception de services numériques (RGESN) ou un référentiel "
            "équivalent. Il s'engage notamment à :\n"
            "- limiter les fonctionnalités aux besoins exprimés et validés par les utilisateurs ;\n"
            "- respecter un poids maximal de [à compléter : valeur] Mo et un nombre maximal de [à "
            "compléter : nombre] requêtes pour les pages principales ;\n"
            "- garantir le fonctionnement du service sur des équipements et navigateurs âgés d'au "
            "moins [à compléter : nombre] ans et sur des connexions à faible débit ;\n"
            "- optimiser les médias (compression, lecture automatique désactivée) ;\n"
            "- documenter l'hébergement et ses performances énergétiques.\n"
            "\n"
            "Le titulaire remet, avant la mise en production, la déclaration d'écoconception "
            "prévue par le référentiel, complétée et argumentée."
        ),
        "guidance": (
            "La loi REEN incite les collectivités à réduire l'empreinte environnementale du "
            "numérique. La compatibilité avec les **équipements anciens** est le critère le plus "
            "efficace : elle évite le renouvellement des terminaux des usagers. Prévoir des "
            "mesures objectives (poids, requêtes) pour pouvoir vérifier."
        ),
        "verification": (
            "Déclaration d'écoconception, rapports de mesure du poids des pages, tests sur "
            "équipements anciens ; recette conditionnée au respect des seuils."
        ),
        "legal_references": (
            "Loi n° 2021-1485 du 15 novembre 2021 (REEN) ; CCP, art. L2111-1 et L2111-2."
        ),
        "cpv_codes": ["72212000-4", "72413000-8"],
        "sources": (
            "Référentiel général de l'écoconception de services numériques (RGESN) ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig", "circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "competences-transition-ecologique-prestataire-selection",
        "title": (
            "Capacités : compétences du prestataire en analyse environnementale et en "
            "accompagnement au changement"
        ),
        "summary": (
            "Critère de sélection des candidatures pour les études et l'assistance à maîtrise "
            "d'ouvrage à dimension environnementale : qualifications et références pertinentes."
        ),
        "kind": "selection_criterion",
        "contract_type": "services",
        "segments": [("Services", "Prestations intellectuelles")],
        "themes": ["climat-energie"],
        "level": "base",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Capacités professionnelles**\n"
            "\n"
            "Le candidat produit :\n"
            "- la liste des principales prestations de même nature réalisées au cours des trois "
            "dernières années, indiquant le montant, la date et le destinataire, notamment en "
            "matière [à compléter : de bilan de gaz à effet de serre / d'analyse du cycle de vie / "
            "de stratégie d'achats responsables / de biodiversité] ;\n"
            "- les titres d'études et professionnels des personnes responsables de l'exécution de "
            "la prestation ;\n"
            "- le cas échéant, les qualifications professionnelles ou certifications d'organisme "
            "pertinentes, ou toute preuve équivalente.\n"
            "\n"
            "Le niveau minimal exigé est d'au moins [à compléter : nombre] référence(s) ou d'une "
            "expérience équivalente justifiée par les CV des intervenants."
        ),
        "guidance": (
            "Pour les petites missions, préférer des exigences **légères** : l'expertise réelle se "
            "juge mieux sur la méthodologie proposée. Toujours admettre les preuves équivalentes "
            "(expérience individuelle des intervenants, formations) pour ne pas écarter les jeunes "
            "structures. Ne pas imposer une qualification unique détenue par peu d'organismes."
        ),
        "verification": (
            "Références, attestations, CV et diplômes, certificats de qualification ou équivalents "
            "; examen au stade des candidatures."
        ),
        "legal_references": (
            "CCP, art. L2142-1 et R2142-1 et suivants ; arrêté du 22 mars 2019 fixant la liste des "
            "renseignements et documents pouvant être demandés aux candidats."
        ),
        "cpv_codes": ["79400000-8", "90713000-8"],
        "sources": "Guides de la DAJ sur la candidature ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["other"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "zero-pesticide-desherbage-alternatif",
        "title": (
            "Entretien sans produit phytopharmaceutique et méthodes alternatives de désherbage"
        ),
        "summary": (
            "Condition d'exécution interdisant tout produit phytopharmaceutique, y compris là où "
            "la loi en autorise encore certains, et organisant des méthodes alternatives."
        ),
        "kind": "execution_condition",
        "contract_type": "services",
        "segments": [("Services", "Entretien des espaces verts")],
        "themes": ["biodiversite", "sante-environnement"],
        "level": "base",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Absence de produits phytopharmaceutiques**\n"
            "\n"
            "Le titulaire n'utilise aucun produit phytopharmaceutique, y compris les produits de "
            "biocontrôle autres que ceux expressément autorisés par l'acheteur, sur l'ensemble des "
            "sites du marché, qu'ils soient ou non accessibles au public (cimetières, terrains de "
            "sport, voiries, bassins de rétention, zones techniques).\n"
            "\n"
            "Il met en œuvre des méthodes alternatives adaptées : désherbage manuel ou mécanique, "
            "désherbage thermique limité aux surfaces minérales, paillage, couvre-sols, "
            "enherbement des allées et des pieds de murs, acceptation de la flore spontanée dans "
            "les zones définies au plan de gestion.\n"
            "\n"
            "Le titulaire informe les usagers par un affichage fourni par l'acheteur et signale "
            "les espèces invasives ou allergisantes rencontrées.\n"
            "\n"
            "Toute utilisation constatée d'un produit phytopharmaceutique non autorisé donne lieu "
            "à une pénalité de [à compléter : montant] € HT par constat, sans préjudice d'une "
            "résiliation pour faute."
        ),
        "guidance": (
            "La loi interdit déjà l'usage de la plupart des produits phytopharmaceutiques dans les "
            "espaces publics, et cette interdiction s'est étendue aux cimetières et terrains de "
            "sport. La clause **étend l'exigence** à tous les sites et rappelle les méthodes "
            "alternatives. Elle suppose d'accepter visuellement une végétation spontanée : "
            "communiquer auprès des habitants."
        ),
        "verification": (
            "Registre des interventions, inventaire des produits présents dans les véhicules et "
            "locaux du titulaire, contrôles inopinés ; pénalité par constat."
        ),
        "legal_references": (
            "Code rural et de la pêche maritime, art. L253-7 (interdiction des produits "
            "phytopharmaceutiques dans les espaces publics, loi n° 2014-110 du 6 février 2014) ; "
            "CCP, art. L2112-2 et L2112-3."
        ),
        "cpv_codes": ["77310000-6", "77313000-7"],
        "sources": (
            "Dispositions de la loi Labbé et de ses extensions ; pratiques des collectivités "
            "régionales ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["biodiv-eco", "pollu-prev"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "gestion-differenciee-fauche-tardive",
        "title": (
            "Gestion différenciée des espaces verts : fauche tardive, exportation des produits et "
            "zones refuges"
        ),
        "summary": (
            "Spécification technique définissant des codes d'entretien par zone, avec des prairies "
            "fauchées tardivement et des zones refuges pour la faune."
        ),
        "kind": "technical_spec",
        "contract_type": "services",
        "segments": [("Services", "Entretien des espaces verts")],
        "themes": ["biodiversite"],
        "level": "base",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Gestion différenciée**\n"
            "\n"
            "Les espaces confiés au titulaire sont classés selon les codes d'entretien définis sur "
            "le plan annexé :\n"
            "- **code 1 - espaces de prestige** : tonte régulière, hauteur de coupe d'au moins [à "
            "compléter : cm] ;\n"
            "- **code 2 - espaces de détente** : tonte espacée, hauteur de coupe d'au moins [à "
            "compléter : cm], maintien de bandes non tondues en lisière ;\n"
            "- **code 3 - espaces naturels** : fauche tardive une à deux fois par an, pas avant le "
            "[à compléter : date], avec exportation des produits de fauche ;\n"
            "- **code 4 - zones refuges** : fauche tous les deux ou trois ans, par rotation, sur "
            "au moins [à compléter : pourcentage] % de la surface.\n"
            "\n"
            "Les fauches sont réalisées du centre vers l'extérieur, à vitesse réduite et à une "
            "hauteur d'au moins [à compléter : cm], pour permettre la fuite de la faune. Les "
            "produits de fauche sont valorisés (compostage, méthanisation, paillage).\n"
            "\n"
            "Le titulaire propose chaque année des ajustements du plan de gestion."
        ),
        "guidance": (
            "La gestion différenciée réduit les coûts d'entretien et favorise la biodiversité "
            "ordinaire. Le plan de gestion est à **préparer en interne** ou avec un appui "
            "extérieur avant la consultation. L'exportation des produits de fauche appauvrit le "
            "sol et favorise la diversité florale : prévoir la filière de valorisation."
        ),
        "verification": (
            "Plan de gestion annoté, calendrier d'interventions, bons de dépôt des produits de "
            "fauche ; contrôles sur site aux périodes clés."
        ),
        "legal_references": "CCP, art. L2111-1 et L2111-2.",
        "cpv_codes": ["77310000-6", "77314000-4"],
        "sources": "Pratiques de gestion différenciée des collectivités régionales ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["biodiv-eco"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "critere-plan-gestion-ecologique-espaces-verts",
        "title": (
            "Critère d'attribution : plan de gestion écologique proposé (biodiversité, eau, "
            "matériels électriques)"
        ),
        "summary": (
            "Critère d'attribution valorisant la qualité écologique de la méthode d'entretien, la "
            "sobriété en eau et le recours à des matériels moins émetteurs et moins bruyants."
        ),
        "kind": "award_criterion",
        "contract_type": "services",
        "segments": [("Services", "Entretien des espaces verts")],
        "themes": ["biodiversite", "climat-energie"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Qualité écologique de la prestation » "
            "(pondération : 20 %)**\n"
            "\n"
            "Le candidat présente une note de cinq pages au plus. Elle est notée sur 20 points :\n"
            "\n"
            "1. **Biodiversité (8 points)** : mise en œuvre des codes de gestion, calendrier des "
            "fauches, gestion des haies hors période de nidification, valorisation des déchets "
            "verts sur place.\n"
            "2. **Eau (6 points)** : paillage, arrosage limité à la reprise des plantations, "
            "pilotage de l'arrosage selon l'humidité des sols, récupération des eaux pluviales.\n"
            "3. **Matériels (6 points)** : part des matériels électriques à batterie, entretien "
            "des matériels thermiques, carburants alternatifs, réduction du bruit.\n"
            "\n"
            "Chaque sous-critère est noté : très satisfaisant (100 %), satisfaisant (60 %), peu "
            "satisfaisant (30 %), absent (0 %).\n"
            "\n"
            "Les engagements de la note deviennent contractuels."
        ),
        "guidance": (
            "Les matériels électriques à batterie réduisent fortement le bruit et l'exposition des "
            "agents aux gaz d'échappement. Une **période de transition** peut être prévue pour le "
            "renouvellement du parc du titulaire. Le critère doit rester lié à l'exécution du "
            "marché, pas à la politique générale de l'entreprise."
        ),
        "verification": (
            "Note contractuelle ; en exécution, liste des matériels affectés, relevés d'arrosage, "
            "calendrier des interventions ; contrôles sur site."
        ),
        "legal_references": (
            "CCP, art. L2152-7 et R2152-7 (protection de l'environnement, biodiversité)."
        ),
        "cpv_codes": ["77310000-6", "77313000-7"],
        "sources": (
            "Critères européens de marchés publics écologiques pour l'entretien des espaces "
            "publics ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["biodiv-eco", "water-mar"],
        "eforms_social": [],
        "eforms_green_criteria": ["eu"],
    },
    {
        "slug": "gestion-econome-eau-arrosage",
        "title": (
            "Gestion économe de l'eau d'arrosage : paillage, arrosage ciblé et récupération des "
            "eaux de pluie"
        ),
        "summary": (
            "Condition d'exécution qui limite l'arrosage aux besoins réels, impose le paillage et "
            "le suivi des volumes consommés, et respecte les restrictions en période de sécheresse."
        ),
        "kind": "execution_condition",
        "contract_type": "services",
        "segments": [("Services", "Entretien des espaces verts")],
        "themes": ["biodiversite", "climat-energie"],
        "level": "advanced",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Gestion de l'eau**\n"
            "\n"
            "Le titulaire s'engage à :\n"
            "- pailler l'ensemble des massifs et pieds d'arbres jeunes avec des matériaux "
            "organiques, issus en priorité du broyage des déchets verts du marché ;\n"
            "- limiter l'arrosage aux plantations de moins de [à compléter : nombre] ans et aux "
            "espaces listés en annexe ;\n"
            "- arroser tôt le matin ou en soirée, au pied des végétaux, par goutte-à-goutte "
            "lorsque le réseau existe ;\n"
            "- utiliser en priorité l'eau de pluie récupérée lorsque les sites en disposent ;\n"
            "- respecter sans délai les mesures de restriction des usages de l'eau prises par "
            "l'autorité préfectorale ;\n"
            "- relever mensuellement les compteurs d'arrosage et transmettre un état trimestriel "
            "des volumes consommés.\n"
            "\n"
            "Le titulaire propose chaque année des adaptations (remplacement de massifs très "
            "consommateurs, engazonnement rustique) pour réduire les besoins en eau."
        ),
        "guidance": (
            "Les épisodes de sécheresse se multiplient aussi dans les Hauts-de-France. Cette "
            "clause prépare les espaces verts aux **restrictions d'eau** et réduit les coûts. Elle "
            "doit être accompagnée d'une évolution de la palette végétale : des massifs annuels "
            "très consommateurs peuvent être remplacés par des vivaces."
        ),
        "verification": (
            "Relevés de compteurs, états trimestriels, contrôles sur site ; pénalité en cas de "
            "non-respect des restrictions préfectorales."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 ; Code de l'environnement, art. L211-3 (mesures de "
            "limitation des usages de l'eau)."
        ),
        "cpv_codes": ["77310000-6", "77311000-3"],
        "sources": "Pratiques des services espaces verts ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["water-mar", "clim-adapt"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "marche-reserve-esat-ea-entretien-espaces-verts",
        "title": (
            "Marché réservé aux ESAT et entreprises adaptées pour l'entretien des espaces verts"
        ),
        "summary": (
            "Clause de réservation d'un marché ou d'un lot d'entretien d'espaces verts aux "
            "établissements et services d'aide par le travail et aux entreprises adaptées."
        ),
        "kind": "social_clause",
        "contract_type": "services",
        "segments": [("Services", "Entretien des espaces verts")],
        "themes": ["social-insertion"],
        "level": "base",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Marché réservé**\n"
            "\n"
            "En application de l'article L2113-12 du code de la commande publique, le présent "
            "marché [à compléter : ou le lot n°] est réservé aux entreprises adaptées, aux "
            "établissements et services d'aide par le travail et aux structures équivalentes, qui "
            "emploient une proportion minimale de travailleurs handicapés fixée par voie "
            "réglementaire.\n"
            "\n"
            "Le candidat produit, à l'appui de sa candidature, tout document établissant son "
            "statut.\n"
            "\n"
            "Les prescriptions techniques et environnementales du CCTP, notamment l'absence de "
            "produits phytopharmaceutiques et la gestion différenciée, s'appliquent "
            "intégralement.\n"
            "\n"
            "Le titulaire adapte l'organisation et l'encadrement des équipes aux capacités des "
            "travailleurs, et signale à l'acheteur les tâches pour lesquelles une adaptation du "
            "calendrier est nécessaire."
        ),
        "guidance": (
            "L'entretien des espaces verts est l'une des activités les plus développées par les "
            "ESAT et les entreprises adaptées : la concurrence existe généralement. La réservation "
            "peut porter sur un **lot géographique** ou sur des tâches adaptées (tonte, ramassage, "
            "taille simple). La réserver dans l'avis de publicité."
        ),
        "verification": (
            "Justificatifs de statut au stade de la candidature ; suivi technique identique aux "
            "marchés non réservés."
        ),
        "legal_references": (
            "CCP, art. L2113-12 ; Code du travail, art. L5213-13 ; Code de l'action sociale et des "
            "familles, art. L344-2."
        ),
        "cpv_codes": ["77310000-6", "77314000-4"],
        "sources": (
            "Pratiques de collectivités régionales avec le secteur adapté et protégé ; réseau "
            "APuRe."
        ),
        "eforms_strategic": ["soc-obj"],
        "eforms_green": [],
        "eforms_social": ["opp"],
        "eforms_green_criteria": [],
    },
    {
        "slug": "evenement-ecoconcu-vaisselle-reutilisable",
        "title": (
            "Événement éco-conçu : vaisselle réutilisable, fontaines à eau, tri des déchets et "
            "zéro plastique à usage unique"
        ),
        "summary": (
            "Condition d'exécution pour l'organisation d'événements : vaisselle et gobelets "
            "réutilisables, eau en fontaine, tri des déchets et signalétique réutilisable."
        ),
        "kind": "execution_condition",
        "contract_type": "services",
        "segments": [("Services", "Événementiel")],
        "themes": ["economie-circulaire"],
        "level": "base",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Réduction des déchets de l'événement**\n"
            "\n"
            "Pour l'organisation de [à compléter : nom de l'événement], le titulaire s'engage à :\n"
            "- n'utiliser aucun produit en plastique à usage unique, conformément à la "
            "réglementation, ni aucune vaisselle jetable, quelle que soit sa matière, lorsque des "
            "solutions réutilisables existent ;\n"
            "- fournir gobelets, vaisselle et couverts réutilisables, avec un système de consigne "
            "ou de collecte et leur lavage ;\n"
            "- mettre à disposition de l'eau du réseau en fontaines ou carafes, sans bouteilles "
            "individuelles ;\n"
            "- installer des points de tri des déchets signalés, couvrant au minimum les "
            "emballages, les biodéchets et les déchets résiduels, et en assurer l'enlèvement vers "
            "les filières adaptées ;\n"
            "- concevoir une signalétique sans date ni millésime, réutilisable pour les éditions "
            "suivantes ;\n"
            "- limiter les objets promotionnels aux articles utiles, durables et sans "
            "suremballage.\n"
            "\n"
            "Le titulaire remet dans le mois suivant l'événement un bilan des déchets produits par "
            "flux et des actions mises en œuvre."
        ),
        "guidance": (
            "Clause **socle** adaptée à toute manifestation, de la fête communale au colloque. "
            "Plusieurs structures régionales, dont des associations et des structures d'insertion, "
            "louent et lavent de la vaisselle réutilisable : les identifier au **sourcing**. "
            "Prévoir l'emplacement des points de tri dans le plan d'implantation."
        ),
        "verification": (
            "Bons de location et de lavage de la vaisselle, photos des installations, bilan des "
            "déchets par flux ; contrôle sur place le jour de l'événement ; pénalités prévues au "
            "CCAP."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 ; Code de l'environnement, art. L541-15-10 (interdiction "
            "de produits en plastique à usage unique) ; loi n° 2020-105 du 10 février 2020 (AGEC)."
        ),
        "cpv_codes": ["79952000-2", "79951000-5"],
        "sources": (
            "Pratiques de collectivités et d'organisateurs d'événements en région ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ", "pollu-prev"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "critere-ecoconception-evenement-mobilite-participants",
        "title": (
            "Critère d'attribution : plan d'éco-conception de l'événement et mobilité bas carbone "
            "des participants"
        ),
        "summary": (
            "Critère d'attribution valorisant la démarche globale d'éco-conception : transport des "
            "participants, restauration, scénographie réutilisable, déchets et accessibilité."
        ),
        "kind": "award_criterion",
        "contract_type": "services",
        "segments": [("Services", "Événementiel"), ("Services", "Transport et mobilité")],
        "themes": ["climat-energie", "economie-circulaire"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Éco-conception de l'événement » (pondération "
            ": 25 %)**\n"
            "\n"
            "Le candidat présente un plan d'éco-conception noté sur 25 points :\n"
            "\n"
            "1. **Mobilité des participants (10 points)** : informations et incitations à venir en "
            "train, en transports collectifs ou à vélo, navettes depuis les gares, covoiturage "
            "organisé, stationnement vélo sécurisé, estimation des émissions liées aux "
            "déplacements.\n"
            "2. **Restauration (6 points)** : produits de saison, part végétale des menus, "
            "ajustement des quantités, don des excédents.\n"
            "3. **Matériel et scénographie (5 points)** : location, réemploi, matériaux "
            "recyclables, signalétique réutilisable.\n"
            "4. **Mesure et bilan (4 points)** : indicateurs proposés et modalités du bilan "
            "final.\n"
            "\n"
            "Chaque sous-critère est noté : très satisfaisant (100 %), satisfaisant (60 %), peu "
            "satisfaisant (30 %), absent (0 %).\n"
            "\n"
            "Les engagements du plan sont contractuels."
        ),
        "guidance": (
            "Le transport des participants représente souvent l'essentiel de l'empreinte carbone "
            "d'un événement : le choix du **lieu et de la date** (accessibles en transports "
            "collectifs) relève de l'acheteur, avant même la consultation. Le critère valorise "
            "l'organisation proposée, pas la localisation des entreprises."
        ),
        "verification": (
            "Plan d'éco-conception contractuel, bilan final avec indicateurs (part modale estimée, "
            "déchets, repas), justificatifs de location et de réemploi ; contrôle sur place."
        ),
        "legal_references": "CCP, art. L2152-7 et R2152-7.",
        "cpv_codes": ["79952000-2", "60140000-1"],
        "sources": "Pratiques d'organisateurs publics d'événements ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig", "circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "transport-participants-navettes-train-velo",
        "title": (
            "Transport des participants à un événement : navettes collectives depuis les gares, "
            "vélo et information multimodale"
        ),
        "summary": (
            "Spécification technique pour l'organisation des déplacements des participants : "
            "navettes en véhicules à faibles émissions, rabattement depuis les gares, "
            "stationnement vélo et information multimodale."
        ),
        "kind": "technical_spec",
        "contract_type": "services",
        "segments": [("Services", "Événementiel"), ("Services", "Transport et mobilité")],
        "themes": ["climat-energie"],
        "level": "advanced",
        "tender_document": "CCTP",
        "text": (
            "**Article [à compléter : n°] - Organisation des déplacements des participants**\n"
            "\n"
            "Le titulaire organise l'accès des participants selon les prescriptions suivantes :\n"
            "- navettes collectives entre la gare de [à compléter : gare] et le site, cadencées en "
            "fonction des horaires des trains, assurées par des véhicules à faibles ou très "
            "faibles émissions lorsque l'offre locale le permet, et accessibles aux personnes à "
            "mobilité réduite ;\n"
            "- stationnement vélo sécurisé d'au moins [à compléter : nombre] places, à proximité "
            "immédiate de l'entrée ;\n"
            "- plateforme ou service de mise en relation pour le covoiturage, proposé lors de "
            "l'inscription ;\n"
            "- information multimodale (horaires, itinéraires piétons et cyclables, temps de "
            "trajet) transmise à chaque participant avec sa confirmation d'inscription.\n"
            "\n"
            "Le titulaire recueille, lors de l'inscription ou de l'accueil, le mode de transport "
            "utilisé par les participants, et remet un bilan des parts modales et des émissions "
            "estimées."
        ),
        "guidance": (
            "Utile pour les rencontres régionales, salons et colloques accueillant plusieurs "
            "centaines de personnes. L'offre de véhicules à faibles émissions chez les "
            "autocaristes varie selon les territoires : formuler l'exigence comme une **priorité** "
            "lorsque l'offre existe, et vérifier au sourcing. L'accessibilité des navettes est "
            "indispensable."
        ),
        "verification": (
            "Contrats de transport et caractéristiques des véhicules, plans de stationnement, "
            "bilan des parts modales ; contrôle sur place."
        ),
        "legal_references": (
            "CCP, art. L2111-1 et L2111-2 ; Code de l'environnement, art. L224-7 et suivants "
            "(véhicules à faibles émissions)."
        ),
        "cpv_codes": ["60140000-1", "79952000-2"],
        "sources": "Pratiques d'organisateurs publics d'événements ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "evenement-accessible-traiteur-insertion",
        "title": (
            "Événement accessible à tous et recours à des structures d'insertion ou du handicap "
            "pour la restauration et la logistique"
        ),
        "summary": (
            "Clause sociale pour l'organisation d'événements : accessibilité universelle, heures "
            "d'insertion dans la logistique et le service, réalisables en sous-traitance avec une "
            "structure d'insertion ou un ESAT."
        ),
        "kind": "social_clause",
        "contract_type": "services",
        "segments": [("Services", "Événementiel")],
        "themes": ["social-insertion"],
        "level": "advanced",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Dimension sociale de l'événement**\n"
            "\n"
            "**Accessibilité** : le titulaire garantit l'accès de l'événement aux personnes "
            "handicapées : cheminements et espaces accessibles, places réservées, boucle "
            "magnétique dans les salles plénières, interprétation en langue des signes française "
            "ou sous-titrage en direct pour les séquences listées au CCTP, supports disponibles en "
            "version accessible.\n"
            "\n"
            "**Insertion** : le titulaire réalise au moins [à compléter : nombre] heures de "
            "travail, notamment pour le montage, l'accueil, le service de restauration et le "
            "démontage, par des personnes éloignées de l'emploi dont l'éligibilité est validée par "
            "le facilitateur de [à compléter : structure], ou par le recours à une structure "
            "d'insertion par l'activité économique, à une entreprise adaptée ou à un ESAT en "
            "sous-traitance ou en cotraitance.\n"
            "\n"
            "Le titulaire remet après l'événement un bilan des heures réalisées et des mesures "
            "d'accessibilité mises en œuvre."
        ),
        "guidance": (
            "Les traiteurs d'insertion et les ESAT proposant des prestations de restauration ou de "
            "logistique événementielle sont nombreux en région. Pour les petits événements, un "
            "**volume d'heures modeste** ou le recours à un traiteur d'insertion suffit. "
            "L'accessibilité se prépare avec les associations de personnes handicapées."
        ),
        "verification": (
            "Bilan des heures, attestations du facilitateur ou contrats de sous-traitance, "
            "descriptif des mesures d'accessibilité ; contrôle sur place."
        ),
        "legal_references": (
            "CCP, art. L2112-2 ; Code du travail, art. L5132-1 ; loi n° 2005-102 du 11 février "
            "2005."
        ),
        "cpv_codes": ["79952000-2", "55520000-1"],
        "sources": "Pratiques d'organisateurs publics d'événements ; réseau APuRe.",
        "eforms_strategic": ["soc-obj"],
        "eforms_green": [],
        "eforms_social": ["opp", "acc-all"],
        "eforms_green_criteria": [],
    },
    {
        "slug": "collecte-dechets-bennes-faibles-emissions-tournees",
        "title": (
            "Collecte des déchets : véhicules à faibles émissions, optimisation des tournées et "
            "formation à l'écoconduite"
        ),
        "summary": (
            "Condition d'exécution imposant une part minimale de véhicules de collecte à faibles "
            "émissions, l'optimisation des tournées et le suivi des consommations."
        ),
        "kind": "execution_condition",
        "contract_type": "services",
        "segments": [("Services", "Collecte et gestion des déchets")],
        "themes": ["climat-energie", "sante-environnement"],
        "level": "advanced",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Performance environnementale de la collecte**\n"
            "\n"
            "Le titulaire s'engage à :\n"
            "- affecter au marché, au plus tard le [à compléter : date], au moins [à compléter : "
            "pourcentage] % de véhicules de collecte fonctionnant au bioGNV, à l'électricité ou à "
            "l'hydrogène, ou présentant des performances d'émission équivalentes ;\n"
            "- utiliser pour les autres véhicules la norme d'émissions la plus récente disponible "
            "au moment de leur mise en service ;\n"
            "- optimiser les tournées à l'aide d'un outil de planification et présenter chaque "
            "année les kilomètres parcourus par tonne collectée ;\n"
            "- former l'ensemble des conducteurs à l'écoconduite dans les six mois suivant la "
            "notification ;\n"
            "- transmettre un état semestriel des consommations de carburant ou d'énergie par "
            "véhicule.\n"
            "\n"
            "Si la part de véhicules à faibles émissions n'est pas atteinte à la date prévue, une "
            "pénalité de [à compléter : montant] € HT par véhicule manquant et par mois est "
            "appliquée."
        ),
        "guidance": (
            "Les bennes de collecte circulent dans les centres-bourgs, près des écoles, tôt le "
            "matin : les véhicules au bioGNV ou électriques réduisent nettement le bruit et la "
            "pollution. Prévoir un **calendrier progressif** tenant compte de la durée "
            "d'amortissement des véhicules et de la présence de stations d'avitaillement. La durée "
            "du marché doit être cohérente avec l'investissement demandé."
        ),
        "verification": (
            "Cartes grises, fiches techniques des véhicules, attestations de formation, états des "
            "consommations et des kilomètres ; pénalités prévues."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 ; Code de l'environnement, art. L224-7 et suivants "
            "(véhicules à faibles émissions dans les marchés publics de services de transport "
            "routier)."
        ),
        "cpv_codes": ["90511000-2", "90512000-9"],
        "sources": (
            "Critères européens de marchés publics écologiques pour le transport routier ; "
            "pratiques des collectivités compétentes en déchets ; réseau APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig", "pollu-prev"],
        "eforms_social": [],
        "eforms_green_criteria": ["eu"],
    },
    {
        "slug": "critere-valorisation-matiere-reemploi-dechets",
        "title": (
            "Critère d'attribution : taux de valorisation matière et de réemploi des déchets "
            "collectés ou traités"
        ),
        "summary": (
            "Critère d'attribution pour les marchés de gestion des déchets (déchèteries, "
            "encombrants, déchets des services) qui valorise les engagements de réemploi et de "
            "recyclage."
        ),
        "kind": "award_criterion",
        "contract_type": "services",
        "segments": [("Services", "Collecte et gestion des déchets")],
        "themes": ["economie-circulaire"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Valorisation des déchets » (pondération : 20 "
            "%)**\n"
            "\n"
            "Ce critère est noté sur 20 points :\n"
            "\n"
            "1. **Taux de valorisation matière (10 points)** : taux, en masse, des déchets "
            "orientés vers le recyclage ou la valorisation organique, par flux, sur lequel le "
            "candidat s'engage. Note proportionnelle au meilleur taux, calculée pour chaque flux "
            "listé au cadre de réponse puis pondérée par les tonnages estimés.\n"
            "2. **Réemploi (6 points)** : dispositif proposé pour détourner les objets "
            "réemployables (zone de réemploi en déchèterie, partenariat avec des ressourceries ou "
            "recycleries, collecte préservante des encombrants).\n"
            "3. **Traçabilité (4 points)** : outils de suivi des tonnages par exutoire et "
            "modalités de compte rendu.\n"
            "\n"
            "Les taux proposés sont contractuels ; un écart de plus de [à compléter : nombre] "
            "points entraîne l'application d'une pénalité."
        ),
        "guidance": (
            "Le critère s'appuie sur la **hiérarchie des modes de traitement** : prévention, "
            "réemploi, recyclage, valorisation, élimination. Les structures de réemploi solidaires "
            "du territoire (ressourceries) sont des partenaires naturels. Les taux doivent être "
            "définis précisément (base de calcul, flux inclus) pour être comparables."
        ),
        "verification": (
            "Cadre de réponse, conventions avec les repreneurs ; en exécution, registre des "
            "déchets, bordereaux, attestations de recyclage, bilan annuel ; pénalités."
        ),
        "legal_references": (
            "CCP, art. L2152-7 et R2152-7 ; Code de l'environnement, art. L541-1 (hiérarchie des "
            "modes de traitement)."
        ),
        "cpv_codes": ["90500000-2", "90514000-3"],
        "sources": "Pratiques des collectivités compétentes en déchets ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ"],
        "eforms_social": [],
        "eforms_green_criteria": ["national"],
    },
    {
        "slug": "heures-insertion-collecte-tri-dechets",
        "title": (
            "Heures d'insertion dans les marchés de collecte, de tri et de gestion des déchèteries"
        ),
        "summary": (
            "Clause sociale d'insertion pour les métiers de la collecte (ripeurs), du tri, du "
            "gardiennage de déchèteries et du réemploi."
        ),
        "kind": "social_clause",
        "contract_type": "services",
        "segments": [("Services", "Collecte et gestion des déchets")],
        "themes": ["social-insertion"],
        "level": "base",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Insertion professionnelle**\n"
            "\n"
            "Le titulaire réserve au moins [à compléter : pourcentage] % des heures de travail "
            "nécessaires à l'exécution du marché à des personnes éloignées de l'emploi, dont "
            "l'éligibilité est validée par le facilitateur de [à compléter : structure].\n"
            "\n"
            "Les postes concernés peuvent être notamment : agent de collecte, agent de tri, agent "
            "d'accueil et de valorisation en déchèterie, valoriste en zone de réemploi.\n"
            "\n"
            "Le titulaire peut réaliser ces heures par embauche directe, recours à une entreprise "
            "de travail temporaire d'insertion, mise à disposition par une association "
            "intermédiaire, ou sous-traitance à une structure d'insertion par l'activité "
            "économique, notamment une ressourcerie ou un chantier d'insertion.\n"
            "\n"
            "Le titulaire forme les personnes recrutées aux règles de sécurité, en particulier "
            "pour les postes exposés au risque routier, et transmet un état semestriel des heures. "
            "Une pénalité de [à compléter : montant] € HT par heure non réalisée s'applique en cas "
            "de manquement injustifié."
        ),
        "guidance": (
            "Les métiers des déchets et du réemploi sont des supports d'insertion reconnus, avec "
            "des débouchés dans les filières de l'économie circulaire. Associer le "
            "**facilitateur** au dimensionnement. Les enjeux de sécurité (collecte en bord de "
            "route) exigent un encadrement renforcé. Les recycleries du territoire peuvent aussi "
            "accueillir des heures d'insertion en sous-traitance."
        ),
        "verification": (
            "États semestriels, attestations d'éligibilité, contrats ; bilan annuel avec le "
            "facilitateur ; pénalités."
        ),
        "legal_references": "CCP, art. L2112-2 et L2112-2-1 ; Code du travail, art. L5132-1.",
        "cpv_codes": ["90511000-2", "90514000-3"],
        "sources": "Pratiques des facilitateurs de clauses sociales ; réseau APuRe.",
        "eforms_strategic": ["soc-obj"],
        "eforms_green": [],
        "eforms_social": ["opp"],
        "eforms_green_criteria": [],
    },
    {
        "slug": "capacites-tracabilite-dechets-prestataire-selection",
        "title": (
            "Capacités : moyens de traçabilité et autorisations des installations de traitement "
            "des déchets"
        ),
        "summary": (
            "Critère de sélection vérifiant que le candidat dispose des autorisations, des moyens "
            "matériels et des outils de traçabilité nécessaires à une gestion conforme des déchets."
        ),
        "kind": "selection_criterion",
        "contract_type": "services",
        "segments": [("Services", "Collecte et gestion des déchets")],
        "themes": ["economie-circulaire", "sante-environnement"],
        "level": "base",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Capacités techniques**\n"
            "\n"
            "Le candidat produit :\n"
            "- la description de l'outillage, du matériel et de l'équipement technique dont il "
            "disposera pour l'exécution du marché (véhicules de collecte ou de transport, "
            "contenants) ;\n"
            "- la liste des installations de tri, de recyclage, de valorisation ou d'élimination "
            "vers lesquelles il envisage d'orienter chaque flux, avec les références de leurs "
            "autorisations ou enregistrements ;\n"
            "- la description des outils de traçabilité utilisés (registres, bordereaux de suivi "
            "dématérialisés, pesées) ;\n"
            "- le cas échéant, son récépissé de déclaration pour l'activité de transport de "
            "déchets.\n"
            "\n"
            "Un certificat de système de management environnemental (ISO 14001, EMAS ou "
            "équivalent) peut être produit ; il n'est pas exigé.\n"
            "\n"
            "Les candidatures ne permettant pas d'identifier des installations autorisées pour "
            "chaque flux sont écartées."
        ),
        "guidance": (
            "L'orientation des déchets vers des installations non autorisées expose l'acheteur, "
            "producteur des déchets, à une mise en cause. Vérifier les **autorisations** dès la "
            "candidature est simple et sécurisant, y compris pour les petites collectivités "
            "(déchets des services techniques, encombrants). Ne pas exiger de certification : elle "
            "reste un moyen de preuve parmi d'autres."
        ),
        "verification": (
            "Documents de candidature, consultation des bases publiques des installations "
            "classées, récépissés de déclaration ; examen au stade de la candidature."
        ),
        "legal_references": (
            "CCP, art. L2142-1 et R2142-1 et suivants ; Code de l'environnement, art. L541-2 "
            "(responsabilité du producteur) et R541-50 et suivants (transport de déchets)."
        ),
        "cpv_codes": ["90500000-2", "90512000-9"],
        "sources": "Pratiques des collectivités ; réseau APuRe.",
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["circ-econ", "pollu-prev"],
        "eforms_social": [],
        "eforms_green_criteria": ["other"],
    },
    {
        "slug": "transport-vehicules-faibles-emissions-ecoconduite",
        "title": (
            "Services de transport de personnes : véhicules à faibles émissions et formation des "
            "conducteurs à l'écoconduite"
        ),
        "summary": (
            "Condition d'exécution pour les marchés de transport scolaire, périscolaire ou à la "
            "demande : part de véhicules à faibles émissions, écoconduite et suivi des "
            "consommations."
        ),
        "kind": "execution_condition",
        "contract_type": "services",
        "segments": [("Services", "Transport et mobilité")],
        "themes": ["climat-energie", "sante-environnement"],
        "level": "advanced",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Véhicules et conduite**\n"
            "\n"
            "Le titulaire s'engage à :\n"
            "- affecter à l'exécution du marché des véhicules dont au moins [à compléter : "
            "pourcentage] % sont à faibles émissions au sens du code de l'environnement, et, pour "
            "les autres, conformes à la norme d'émissions la plus récente disponible lors de leur "
            "mise en circulation ;\n"
            "- ne pas affecter de véhicule âgé de plus de [à compléter : nombre] ans ;\n"
            "- former les conducteurs affectés au marché à l'écoconduite dans les six mois suivant "
            "la notification, puis tout nouveau conducteur dans les trois mois suivant son "
            "affectation ;\n"
            "- interdire le maintien du moteur en marche à l'arrêt, notamment devant les "
            "établissements scolaires ;\n"
            "- transmettre chaque année un état des véhicules affectés et de leurs consommations.\n"
            "\n"
            "En cas de manquement, une pénalité de [à compléter : montant] € HT par véhicule non "
            "conforme et par jour est appliquée."
        ),
        "guidance": (
            "Les marchés de services de transport routier entrent dans le champ des obligations de "
            "véhicules propres du code de l'environnement. Tenir compte de l'offre disponible chez "
            "les transporteurs du territoire et des **stations d'avitaillement** existantes. Pour "
            "les circuits scolaires ruraux, le coût d'un véhicule électrique peut être élevé : "
            "fixer un taux progressif."
        ),
        "verification": (
            "Cartes grises et fiches techniques, attestations de formation, états annuels ; "
            "contrôles inopinés ; pénalités."
        ),
        "legal_references": (
            "CCP, art. L2112-2 et L2112-3 ; Code de l'environnement, art. L224-7 et suivants ; "
            "directive (UE) 2019/1161 relative aux véhicules propres."
        ),
        "cpv_codes": ["60130000-8", "60140000-1"],
        "sources": (
            "Critères européens de marchés publics écologiques pour le transport routier ; réseau "
            "APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig", "pollu-prev"],
        "eforms_social": [],
        "eforms_green_criteria": ["eu"],
    },
    {
        "slug": "critere-emissions-km-service-transport",
        "title": (
            "Critère d'attribution : émissions de CO2 et de polluants par kilomètre de service"
        ),
        "summary": (
            "Critère d'attribution comparant les émissions moyennes par kilomètre des flottes "
            "affectées au marché, calculées à partir des données d'homologation des véhicules."
        ),
        "kind": "award_criterion",
        "contract_type": "services",
        "segments": [("Services", "Transport et mobilité")],
        "themes": ["climat-energie", "sante-environnement"],
        "level": "advanced",
        "tender_document": "RC",
        "text": (
            "**Article [à compléter : n°] - Critère « Performance environnementale de la flotte » "
            "(pondération : 20 %)**\n"
            "\n"
            "Le candidat remplit le tableau de flotte joint au dossier, en indiquant pour chaque "
            "véhicule affecté au marché : catégorie, motorisation, date de première mise en "
            "circulation, norme d'émissions et émissions de CO2 homologuées.\n"
            "\n"
            "Ce critère est noté sur 20 points :\n"
            "\n"
            "1. **Émissions de CO2 (12 points)** : moyenne des émissions de CO2 par kilomètre, "
            "pondérée par le kilométrage prévisionnel de chaque véhicule. Note = 12 x (meilleure "
            "moyenne / moyenne de l'offre).\n"
            "2. **Polluants locaux (8 points)** : part des véhicules à très faibles émissions ou "
            "conformes à la norme la plus récente. Note proportionnelle à la meilleure part.\n"
            "\n"
            "Les véhicules déclarés sont contractuels ; tout remplacement se fait par un véhicule "
            "de performance au moins équivalente."
        ),
        "guidance": (
            "Critère facile à contrôler, fondé sur des **données d'homologation** disponibles pour "
            "chaque véhicule. Les émissions des véhicules électriques à l'usage sont nulles : la "
            "méthode doit le prévoir clairement. Combiner avec une condition d'exécution sur "
            "l'écoconduite. Pour les petits marchés ruraux, prévoir une pondération modérée afin "
            "de ne pas écarter les petites entreprises de transport qui renouvellent "
            "progressivement leur flotte."
        ),
        "verification": (
            "Tableau de flotte, cartes grises et certificats de conformité ; contrôles inopinés "
            "des véhicules affectés ; pénalités en cas de substitution non autorisée."
        ),
        "legal_references": (
            "CCP, art. L2152-7 et R2152-7 ; Code de l'environnement, art. L224-7 et suivants."
        ),
        "cpv_codes": ["60130000-8", "60100000-9"],
        "sources": (
            "Critères européens de marchés publics écologiques pour le transport routier ; réseau "
            "APuRe."
        ),
        "eforms_strategic": ["env-imp"],
        "eforms_green": ["clim-mitig", "pollu-prev"],
        "eforms_social": [],
        "eforms_green_criteria": ["eu"],
    },
    {
        "slug": "heures-insertion-transport-conducteurs",
        "title": (
            "Heures d'insertion et parcours de formation au métier de conducteur dans les marchés "
            "de transport"
        ),
        "summary": (
            "Clause sociale d'insertion pour les services de transport de personnes, articulée "
            "avec un parcours de formation qualifiante au métier de conducteur."
        ),
        "kind": "social_clause",
        "contract_type": "services",
        "segments": [("Services", "Transport et mobilité")],
        "themes": ["social-insertion"],
        "level": "advanced",
        "tender_document": "CCAP",
        "text": (
            "**Article [à compléter : n°] - Insertion et formation**\n"
            "\n"
            "Le titulaire réserve au moins [à compléter : nombre] heures de travail par an à des "
            "personnes éloignées de l'emploi, dont l'éligibilité est validée par le facilitateur "
            "de [à compléter : structure].\n"
            "\n"
            "Les heures peuvent porter sur des postes d'accompagnateur, d'agent d'entretien des "
            "véhicules, d'agent administratif ou de conducteur une fois la qualification obtenue.\n"
            "\n"
            "Le titulaire s'engage en outre à accompagner au moins [à compléter : nombre] "
            "personne(s) dans un parcours de formation qualifiante au métier de conducteur de "
            "transport de personnes pendant la durée du marché, en lien avec les organismes de "
            "formation et le service public de l'emploi.\n"
            "\n"
            "Le titulaire transmet un état semestriel des heures et des parcours. Une pénalité de "
            "[à compléter : montant] € HT par heure non réalisée s'applique en cas de manquement "
            "injustifié."
        ),
        "guidance": (
            "Le transport de voyageurs connaît de fortes tensions de recrutement : l'insertion y "
            "est un **levier gagnant** pour l'entreprise comme pour le territoire. Les heures de "
            "formation ne comptent pas comme heures de travail sauf accord du facilitateur. "
            "Vérifier la compatibilité avec les exigences de qualification réglementaires des "
            "conducteurs."
        ),
        "verification": (
            "États semestriels, attestations d'éligibilité, conventions de formation, titres "
            "obtenus ; bilan avec le facilitateur ; pénalités."
        ),
        "legal_references": "CCP, art. L2112-2 et L2112-2-1 ; Code du travail, art. L5132-1.",
        "cpv_codes": ["60130000-8", "60140000-1"],
        "sources": "Pratiques des facilitateurs de clauses sociales ; réseau APuRe.",
        "eforms_strategic": ["soc-obj"],
        "eforms_green": [],
        "eforms_social": ["opp"],
        "eforms_green_criteria": [],
    },
]
