"""The French of the Sofia sample (tools/make_sample_inputs.py writes it beside the English): the programme's
titles, themes, rooms and notes, the participants' positions, the bios and the announcement, as a Council of
Europe translator writes them. Ms Marja Ruotanen's bio and statement are translated faithfully from the
conference report's English, with nothing added."""

# English → French, for the programme's Title, Theme, Room and Notes columns.
PROGRAMME = {
    "Registration of participants": "Accueil et inscription des participants",
    "Badges are handed out at the desk; please bring an identity document.":
        "Les badges sont remis à l'accueil ; veuillez vous munir d'une pièce d'identité.",
    "Opening statement": "Déclaration d'ouverture",
    "Welcome on behalf of the host country": "Allocution de bienvenue au nom du pays hôte",
    "Address in Bulgarian with simultaneous interpretation into English.":
        "Allocution en bulgare, avec interprétation simultanée en anglais.",
    "Why prevention fails, and what makes it work": "Pourquoi la prévention échoue, et ce qui la rend efficace",
    "Coffee break": "Pause café",
    "Theme 1: Prevention at the source in countries of origin":
        "Thème 1 : La prévention à la source dans les pays d'origine",
    "Theme 2: Reducing demand in countries of destination": "Thème 2 : Réduire la demande dans les pays de destination",
    "Theme 3: A human rights-based approach to prevention":
        "Thème 3 : Une approche de la prévention fondée sur les droits de l'homme",
    "Theme 4: International partnerships": "Thème 4 : Les partenariats internationaux",
    "Poverty, exclusion and discrimination: reducing vulnerability before recruitment":
        "Pauvreté, exclusion et discrimination : réduire la vulnérabilité avant le recrutement",
    "Questions from the floor after the last speaker.": "Questions de la salle après la dernière intervention.",
    "Lunch": "Déjeuner",
    "Offered by the host country.": "Offert par le pays hôte.",
    "Discouraging the demand that fosters sexual exploitation":
        "Décourager la demande qui favorise l'exploitation sexuelle",
    "Labour exploitation and supply chains: the role of inspectors, business and trade unions":
        "Exploitation par le travail et chaînes d'approvisionnement : le rôle des inspecteurs, des entreprises "
        "et des syndicats",
    "Reception offered by the National Commission for Combating Trafficking in Human Beings":
        "Réception offerte par la Commission nationale de lutte contre la traite des êtres humains",
    "Putting the rights of the person at the centre of prevention":
        "Placer les droits de la personne au cœur de la prévention",
    "Working together across borders: co-ordination, referral and data":
        "Travailler ensemble par-delà les frontières : coordination, orientation des victimes et données",
    "Round table: from GRETA's recommendations to national action":
        "Table ronde : des recommandations du GRETA à l'action nationale",
    "Conclusions of the general rapporteur": "Conclusions de la rapporteure générale",
    "Closing of the conference": "Clôture de la conférence",
    "Plenary Hall": "Salle plénière",
    "Foyer": "Foyer",
    "Restaurant Vitosha": "Restaurant Vitosha",
}

# Positions of the participants who are not speakers: English → (as a man holds it, as a woman holds it).
POSITIONS = {
    "Senior Expert, Anti-Trafficking Unit": ("Expert principal, Unité de lutte contre la traite",
                                             "Experte principale, Unité de lutte contre la traite"),
    "Adviser, Department of Social Inclusion": ("Conseiller, Département de l'inclusion sociale",
                                                "Conseillère, Département de l'inclusion sociale"),
    "Policy Officer": ("Chargé de mission", "Chargée de mission"),
    "Counsellor": ("Conseiller", "Conseillère"),
    "First Secretary": ("Premier secrétaire", "Première secrétaire"),
    "Police Inspector, Organised Crime Unit": ("Inspecteur de police, Unité de lutte contre la criminalité organisée",
                                               "Inspectrice de police, Unité de lutte contre la criminalité organisée"),
    "Prosecutor": ("Procureur", "Procureure"),
    "Border Police Officer": ("Agent de la police des frontières", "Agente de la police des frontières"),
    "Social Worker": ("Travailleur social", "Travailleuse sociale"),
    "Psychologist, Crisis Centre": ("Psychologue, Centre de crise", "Psychologue, Centre de crise"),
    "Compliance Manager": ("Responsable de la conformité", "Responsable de la conformité"),
    "Head of Human Resources": ("Directeur des ressources humaines", "Directrice des ressources humaines"),
    "Programme Officer": ("Chargé de programme", "Chargée de programme"),
    "Project Co-ordinator": ("Coordinateur de projet", "Coordinatrice de projet"),
    "Researcher": ("Chercheur", "Chercheuse"),
    "Lecturer in Social Policy": ("Maître de conférences en politique sociale",
                                  "Maîtresse de conférences en politique sociale"),
    "Journalist": ("Journaliste", "Journaliste"),
    "Chief Expert": ("Expert en chef", "Experte en chef"),
    "Administrator, Anti-Trafficking Division": (
        "Administrateur, Division de la lutte contre la traite des êtres humains",
        "Administratrice, Division de la lutte contre la traite des êtres humains"),
    "Assistant, Anti-Trafficking Division": ("Assistant, Division de la lutte contre la traite des êtres humains",
                                             "Assistante, Division de la lutte contre la traite des êtres humains"),
    "Programme Officer, Council of Europe Office in Sofia": (
        "Chargé de programme, Bureau du Conseil de l'Europe à Sofia",
        "Chargée de programme, Bureau du Conseil de l'Europe à Sofia"),
    "Interpreter": ("Interprète", "Interprète"),
    "Programme Officer, Regional Programme for South Eastern Europe": (
        "Chargé de programme, Programme régional pour l'Europe du Sud-Est",
        "Chargée de programme, Programme régional pour l'Europe du Sud-Est"),
    "Head of Office, IOM Sofia": ("Chef du bureau de l'OIM à Sofia", "Cheffe du bureau de l'OIM à Sofia"),
    "Regional Counter-Trafficking Specialist": ("Spécialiste régional de la lutte contre la traite",
                                                "Spécialiste régionale de la lutte contre la traite"),
    "Human Rights Officer": ("Chargé des droits de l'homme", "Chargée des droits de l'homme"),
    "Desk Officer, Directorate-General for Home Affairs": (
        "Gestionnaire de dossiers, Direction générale des affaires intérieures",
        "Gestionnaire de dossiers, Direction générale des affaires intérieures"),
    "Programme Officer, Anti-Trafficking Programme": ("Chargé de programme, Programme de lutte contre la traite",
                                                      "Chargée de programme, Programme de lutte contre la traite"),
}

# The speakers' bios in French, by file name: (position, text in Markdown).
BIOS = {
    'beridze-nino': (
        "Professeure de droit des droits de l'homme",
        "Nino Beridze est professeure de droit des droits de l'homme à l'Université d'État de Tbilissi, où elle dirige une clinique juridique qui représente des victimes de la traite et de violences domestiques. Elle a publié des travaux sur les obligations positives des États au titre de la Convention européenne des droits de l'homme et sur la non-sanction des victimes. Elle a été experte dans des projets de coopération du Conseil de l'Europe dans le Caucase du Sud et a étudié à l'Université de Strasbourg et à l'Université d'Europe centrale."),
    'bernasconi-laura': (
        'Spécialiste de la prévention du crime, Section de la traite des êtres humains et du trafic illicite de migrants',
        "Laura Bernasconi est spécialiste de la prévention du crime à la Section de la traite des êtres humains et du trafic illicite de migrants de l'ONUDC, à Vienne. Elle aide les États à mettre en œuvre le Protocole visant à prévenir, réprimer et punir la traite des personnes et a contribué au rapport mondial de l'ONUDC sur la traite des personnes. Elle a dirigé des formations pour des juges et des procureurs en Europe du Sud-Est et en Asie centrale. Juriste, elle a été formée à Milan et à Genève."),
    'berzina-ilze': (
        'Coordinatrice nationale de la lutte contre la traite des êtres humains',
        "Ilze Bērziņa est la coordinatrice nationale de la lutte contre la traite des êtres humains de la Lettonie. Elle préside le groupe de travail interinstitutionnel qui réunit les ministères, la police, le parquet et les organisations non gouvernementales, et conduit l'action de la Lettonie contre les mariages de complaisance organisés pour exploiter de jeunes femmes. Elle a représenté la Lettonie au sein du réseau informel de l'UE des rapporteurs nationaux et mécanismes équivalents. Elle a auparavant travaillé à la police d'État."),
    'bianchi-davide': (
        'Coordinateur, Bureau des travailleurs migrants',
        "Davide Bianchi coordonne le Bureau des travailleurs migrants d'une confédération syndicale des Pouilles, dans le sud de l'Italie. Le bureau mène des actions de proximité dans les campements informels où vivent les travailleurs saisonniers pendant la récolte des tomates, en proposant des conseils juridiques, des cours de langue et une aide pour signaler les abus. Il a documenté le rôle des intermédiaires, appelés *caporali*, dans le recrutement et le contrôle des travailleurs, et a contribué au débat sur la loi italienne contre l'intermédiation illégale."),
    'brenner-lukas': (
        "Chef d'unité, Division de la lutte contre la traite des êtres humains",
        "Lukas Brenner dirige une unité de la Division de la lutte contre la traite des êtres humains du Conseil de l'Europe, qui appuie le suivi de la Convention du Conseil de l'Europe sur la lutte contre la traite des êtres humains. Il a travaillé sur des projets de coopération en Europe du Sud-Est et dans le Caucase du Sud, aidant les gouvernements à mettre en place des mécanismes nationaux d'orientation. Avant de rejoindre le Conseil de l'Europe, il a travaillé pour une organisation autrichienne de conseil aux réfugiés et enseigné le droit international public à l'Université d'Innsbruck. Il parle allemand, anglais, français et bosnien/croate/serbe."),
    'demir-ayse': (
        "Conseillère pour la protection de l'enfance",
        "Ayşe Demir est conseillère pour la protection de l'enfance au ministère de la Famille et des Politiques sociales, à Ankara. Elle travaille sur la protection des enfants non accompagnés et séparés et sur les normes applicables aux établissements d'accueil. Elle a dirigé une étude sur les mariages précoces et le travail des enfants dans l'agriculture saisonnière et a contribué à la création d'unités de protection de l'enfance dans des hôpitaux de province. Elle est titulaire d'un doctorat en travail social de l'Université Hacettepe."),
    'dumitrescu-ioana': (
        'Cheffe de la prévention',
        "Ioana Dumitrescu est cheffe de la prévention à l'Agence nationale roumaine de lutte contre la traite des personnes. Son équipe conçoit les campagnes nationales de prévention et travaille avec les écoles, les agences pour l'emploi et les autorités locales dans les départements les plus touchés par la migration de travail. Elle a introduit un cadre d'évaluation qui mesure ce que les campagnes changent, plutôt que le nombre de dépliants distribués. Elle a auparavant travaillé comme sociologue à l'Institut de recherche sur la qualité de la vie, à Bucarest."),
    'fernandez-garcia-lucia': (
        "Journaliste d'investigation",
        "Lucía Fernández García est journaliste d'investigation au quotidien Diario del Sur, à Séville. Sa série d'articles sur le recrutement des cueilleuses de fraises, publiée en 2011, a conduit à des inspections du travail dans plus de quarante exploitations et a été récompensée par un prix national de journalisme. Elle enseigne à l'Université de Séville un cours sur la manière de traiter la traite sans exposer les victimes et a rédigé, à l'intention des rédactions, des lignes directrices sur le vocabulaire et les images utilisés pour rendre compte de l'exploitation."),
    'gruber-florian': (
        'Chef de projet, Programme de lutte contre la traite',
        "Florian Gruber est chef de projet au sein du Programme de lutte contre la traite du Centre international pour le développement des politiques migratoires, à Vienne. Il gère des projets sur les mécanismes transnationaux d'orientation qui relient les autorités des pays d'origine et de destination, afin que les victimes qui rentrent chez elles ne restent pas sans soutien. Il a travaillé dans les Balkans occidentaux et dans les pays du Partenariat oriental et est titulaire d'un master en relations internationales de l'Académie diplomatique de Vienne."),
    'holub-martin': (
        'Directeur, Bureau de la prévention de la criminalité',
        "Martin Holub est directeur du Bureau de la prévention de la criminalité au ministère slovaque de l'Intérieur, qui coordonne le programme national de lutte contre la traite des êtres humains. Il a mis en place une ligne d'assistance nationale gratuite et un programme de soutien aux victimes qui ne dépend pas de leur coopération avec la police. Il est docteur en sociologie de l'Université Comenius de Bratislava et a auparavant travaillé pour une organisation internationale au Kosovo et en Moldova."),
    'horvat-maja': (
        'Coordinatrice nationale de la lutte contre la traite des êtres humains',
        "Maja Horvat est la coordinatrice nationale de la lutte contre la traite des êtres humains de la Slovénie et dirige le groupe de travail interministériel. Elle a développé la coopération avec les inspecteurs du travail et les employeurs et a introduit pour les victimes un titre de séjour qui leur permet de travailler. Elle a auparavant été enquêtrice judiciaire et a enseigné à l'École de police de Ljubljana, où elle donnait des cours sur l'audition des victimes."),
    'horvath-zsofia': (
        'Directrice',
        "Zsófia Horváth dirige le Réseau pour l'autonomisation des femmes roms, qui intervient dans des quartiers ségrégués du nord-est de la Hongrie. Le réseau forme des médiateurs communautaires qui aident les familles dans leurs relations avec les écoles, les employeurs et les services publics, et qui savent reconnaître les premiers signes d'un recrutement à des fins d'exploitation. Elle s'est exprimée au Parlement européen sur la discrimination en tant que cause profonde de la traite et siège au conseil consultatif d'un organisme national de promotion de l'égalité. Elle a étudié le travail social à l'Université ELTE de Budapest."),
    'hoxha-arben': (
        'Directeur exécutif',
        "Arben Hoxha est directeur exécutif du Centre pour l'inclusion sociale de Tirana, une organisation non gouvernementale qui propose une formation professionnelle et un placement dans l'emploi aux jeunes qui quittent une institution de placement. Depuis 2004, le Centre a accompagné plus de 2 000 jeunes et gère des foyers pour les personnes ayant survécu à la traite dans deux villes. Économiste de formation, il a travaillé avec des municipalités sur des programmes qui relient l'aide sociale et l'emploi. Il siège au comité national albanais de lutte contre la traite en tant que représentant de la société civile."),
    'kohler-matthias': (
        'Chercheur principal',
        "Matthias Köhler est chercheur principal à l'Institut de recherche sur le travail et les questions sociales, à Francfort. Ses travaux portent sur la demande : qui achète les biens et les services produits par l'exploitation, et quelles réglementations modifient ces choix. Il a étudié les chaînes de sous-traitance dans la construction, la transformation de la viande et les services de soins, et a conseillé des ministères fédéraux allemands sur la transposition des directives de l'UE. Il a soutenu à l'Université de Brême une thèse de doctorat sur le travail saisonnier dans l'agriculture."),
    'kovacevic-goran': (
        'Médiateur adjoint pour les enfants',
        "Goran Kovačević est médiateur adjoint pour les enfants de la Croatie. Son bureau traite les plaintes relatives aux atteintes aux droits de l'enfant et visite les établissements où vivent des enfants. Il a appelé l'attention sur la situation des enfants qui mendient dans la rue et des enfants roms qui quittent l'école prématurément, et a recommandé des changements dans la manière dont la police et les services sociaux y répondent. Juriste, il a auparavant travaillé au Centre juridique croate."),
    'kovalenko-olena': (
        'Coordinatrice de programme, Lutte contre la traite',
        "Olena Kovalenko (Олена Коваленко) coordonne le programme de lutte contre la traite de la mission de l'OIM en Ukraine. Elle gère un réseau d'organisations partenaires qui offrent un soutien à la réinsertion des victimes de retour, ainsi qu'une ligne téléphonique qui répond aux questions des personnes sur le point de partir travailler à l'étranger. Psychologue de formation, elle a formé des policiers, des agents consulaires et des travailleurs sociaux à l'audition centrée sur la victime. Avant de rejoindre l'OIM, elle a travaillé pour une organisation de défense des droits des femmes à Kharkiv."),
    'lefevre-camille': (
        'Magistrate, Direction des affaires criminelles et des grâces',
        "Camille Lefèvre est magistrate à la Direction des affaires criminelles et des grâces du ministère français de la Justice, où elle est chargée de la politique pénale en matière de traite et d'exploitation. Elle a été juge d'instruction à Lyon pendant six ans, traitant des affaires de mendicité forcée et de servitude domestique. Elle a contribué au plan d'action national français et forme régulièrement des procureurs à l'École nationale de la magistrature. Ses travaux actuels portent sur la confiscation des avoirs criminels pour indemniser les victimes."),
    'magi-katrin': (
        "Chargée de mission, Bureau de la coordinatrice de l'UE pour la lutte contre la traite des êtres humains",
        "Katrin Mägi est chargée de mission au Bureau de la coordinatrice de l'UE pour la lutte contre la traite des êtres humains, à la Commission européenne. Elle suit la mise en œuvre de la stratégie de l'UE en vue de l'éradication de la traite des êtres humains pour la période 2012-2016 et la coordination entre les agences de l'UE. Avant de rejoindre la Commission, elle a travaillé au ministère estonien de la Justice sur l'aide aux victimes. Elle a étudié le droit à l'Université de Tartu."),
    'mammadov-rauf': (
        'Chef du Département de la lutte contre la traite',
        "Rauf Mammadov dirige le Département de la lutte contre la traite du ministère de l'Intérieur de l'Azerbaïdjan. Le département enquête sur les affaires de traite et gère un foyer et un centre d'assistance pour les victimes. Il a conduit la coopération avec les pays voisins dans des affaires concernant des travailleurs migrants, a participé aux programmes de formation du Conseil de l'Europe et de l'OSCE destinés aux services répressifs et enseigne à l'Académie de police de Bakou."),
    'markovic-jelena': (
        'Directrice',
        "Jelena Marković est directrice de l'association Safe Path, à Belgrade, qui gère un foyer et un programme de réinsertion à long terme pour les femmes et les filles ayant survécu à la traite. L'association offre un hébergement, un soutien psychologique, une scolarisation et un emploi dans sa propre entreprise sociale. Elle tient à ce que les personnes survivantes participent à la conception des services et des messages de prévention. Elle a étudié la psychologie à l'Université de Belgrade et a travaillé avec des réfugiés des guerres des années 1990."),
    'novakova-eva': (
        'Travailleuse sociale',
        "Eva Nováková est travailleuse sociale au Centre de conseil Porte ouverte, à Prague, qui soutient des personnes exploitées par le travail ou dans la prostitution. Elle accompagne ses clients tout au long de la procédure pénale, leur trouve un logement et négocie avec les employeurs et les autorités. Elle mène des actions de proximité auprès des travailleurs étrangers logés dans des foyers en périphérie de la ville et forme le personnel des agences pour l'emploi à reconnaître l'exploitation. Elle travaille dans ce domaine depuis 2003."),
    'o-brien-siobhan': (
        "Inspectrice principale, Unité d'enquête sur la traite des êtres humains",
        "Siobhán O'Brien est inspectrice principale à l'Unité d'enquête sur la traite des êtres humains de An Garda Síochána, la police irlandaise. Elle dirige des enquêtes sur l'exploitation sexuelle et l'exploitation par le travail et a participé à des équipes communes d'enquête avec les forces de police de la Roumanie et du Brésil. Elle a conçu la formation de l'unité à l'identification des victimes destinée aux agents de terrain, qui fait désormais partie de la formation de base de la police en Irlande. Elle est entrée dans la police en 1996 après des études de sociologie à l'University College Cork."),
    'ostergaard-karin': (
        "Responsable de l'approvisionnement responsable",
        "Karin Østergaard est responsable de l'approvisionnement responsable chez Nordic Retail Group, une enseigne d'alimentation et d'habillement qui compte quelque 900 magasins. Elle a mis en place le programme d'audits inopinés de l'entreprise dans les usines et les exploitations de ses fournisseurs, ainsi que son mécanisme de réclamation pour les travailleurs de la chaîne d'approvisionnement. Avant de rejoindre le secteur privé, elle a passé sept ans au Bangladesh et au Viet Nam pour une organisation danoise de développement. Elle préside un groupe de travail sur le travail forcé au sein d'un réseau d'entreprises pour la responsabilité sociétale."),
    'papadopoulos-nikos': (
        'Chef du Bureau du rapporteur national',
        "Nikos Papadopoulos dirige le Bureau du rapporteur national sur la traite des êtres humains en Grèce. Le bureau recueille des données auprès de la police, des tribunaux et des prestataires de services et assure le suivi du plan d'action national. Il a travaillé sur des partenariats avec le secteur privé, notamment un code de conduite signé par des associations hôtelières. Diplomate, il a été en poste à Tirana, à Belgrade et à Genève."),
    'petkova-desislava': (
        'Secrétaire adjointe',
        "Desislava Petkova est secrétaire adjointe de la Commission nationale de lutte contre la traite des êtres humains (Национална комисия за борба с трафика на хора), où elle coordonne les travaux des commissions locales dans neuf régions bulgares. Avant de rejoindre la Commission, elle a été procureure à Plovdiv pendant huit ans, spécialisée dans la criminalité organisée. Elle a dirigé la rédaction du programme national bulgare de prévention de la traite et de protection des victimes et préside le groupe de travail sur l'orientation des victimes entre les institutions et les organisations non gouvernementales. Elle est diplômée en droit de l'Université de Sofia et titulaire d'un master en études européennes."),
    'ruotanen-marja': (
        "Directrice de la Justice et de la dignité humaine, DG 1 Droits de l'homme et État de droit",
        "Mme Marja Ruotanen est directrice de la Justice et de la dignité humaine à la DG 1 Droits de l'homme et État de droit du Conseil de l'Europe.\n\nElle ouvre la conférence par une déclaration sur la nécessité de renforcer la prévention dans tous les pays, qu'ils soient d'origine, de transit ou de destination : *« La traite des êtres humains vise les personnes les plus vulnérables de nos sociétés – elle brise la vie de femmes, d'hommes et d'enfants. »* Sa déclaration relie la prévention à la source, dans les pays d'origine, et la prévention à l'arrivée, dans les pays où la demande de main-d'œuvre bon marché ou de services sexuels permet aux trafiquants de traiter des êtres humains comme des marchandises."),
    'rusu-elena': (
        'Coordinatrice nationale de la lutte contre la traite des êtres humains',
        "Elena Rusu est la coordinatrice nationale de la lutte contre la traite des êtres humains de la République de Moldova. Elle dirige le secrétariat permanent du comité national et supervise le système national d'orientation, qui réunit l'assistance sociale, la police, le parquet et les organisations non gouvernementales dans chaque district. Elle a auparavant travaillé pendant douze ans dans la protection de l'enfance, notamment comme directrice d'une direction régionale de l'assistance sociale. Elle a rédigé des orientations à l'intention des travailleurs sociaux sur l'identification des enfants exposés au risque d'exploitation."),
    'sjoberg-henrik': (
        'Ambassadeur itinérant chargé de la lutte contre la traite des êtres humains',
        "Henrik Sjöberg est l'ambassadeur itinérant de la Suède chargé de la lutte contre la traite des êtres humains. Il représente la Suède dans les enceintes internationales consacrées à la traite et promeut l'approche suédoise de réduction de la demande de services sexuels. Diplomate de carrière, il a été en poste à Varsovie, à Kyiv et à la Représentation permanente de la Suède auprès de l'Union européenne, à Bruxelles, où il suivait les questions de justice et d'affaires intérieures. Il est diplômé en droit et en science politique de l'Université d'Uppsala."),
    'solheim-ingrid': (
        "Professeure de migrations et de droits de l'homme",
        "Ingrid Solheim est professeure de migrations et de droits de l'homme à l'Université de Bergen. Ses recherches montrent comment la migration de travail, l'endettement et la faiblesse de l'inspection du travail créent les conditions dans lesquelles la traite prospère. Elle a dirigé des études comparatives des campagnes de prévention dans dix pays européens et soutient que la sensibilisation seule change rarement les comportements, à moins d'être liée à des voies de migration sûres et à des droits du travail effectifs. Elle a conseillé le ministère norvégien de la Justice sur son plan d'action et siège au comité de rédaction d'une revue d'études migratoires."),
    'stojanovski-aleksandar': (
        'Conseiller pour les questions de lutte contre la traite',
        "Aleksandar Stojanovski (Александар Стојановски) est conseiller pour les questions de lutte contre la traite au Bureau des institutions démocratiques et des droits de l'homme de l'OSCE, à Varsovie. Il travaille sur les mécanismes nationaux d'orientation ainsi que sur l'accès à la justice et à l'indemnisation des personnes victimes de la traite. Il a auparavant dirigé à Skopje une organisation non gouvernementale qui fournissait une aide juridique aux victimes de la traite et de violences domestiques, et a enseigné à la faculté de droit de Skopje."),
    'van-der-berg-pieter': (
        'Conseiller principal',
        "Pieter van der Berg est conseiller principal au Bureau du rapporteur national néerlandais sur la traite des êtres humains, un organe indépendant qui rend compte au gouvernement de la nature et de l'ampleur de la traite. Il est chargé des travaux du rapporteur sur l'exploitation par le travail et sur la collecte de données. Il a auparavant été chargé de mission au ministère des Affaires sociales et de l'Emploi et inspecteur du travail à Rotterdam."),
    'whitfield-sarah': (
        'Maîtresse de conférences en criminologie',
        "Sarah Whitfield est maîtresse de conférences en criminologie au Northern Institute of Criminology. Elle étudie la manière dont les affaires de traite parviennent devant les tribunaux et les raisons pour lesquelles si peu d'entre elles aboutissent à une condamnation, et a interrogé plus d'une centaine de praticiens dans cinq pays. Elle est la rapporteure générale de la conférence et en rassemble les conclusions sur les quatre thèmes. Elle a conseillé des commissions parlementaires et des organisations non gouvernementales sur l'évaluation des politiques de lutte contre la traite."),
    'wisniewski-tomasz': (
        "Inspecteur en chef du travail, Département de la légalité de l'emploi",
        "Tomasz Wiśniewski est inspecteur en chef du travail au Département de la légalité de l'emploi de l'Inspection nationale du travail de la Pologne. Il coordonne les contrôles des agences de travail temporaire et des employeurs de travailleurs étrangers et a mis en place des opérations conjointes avec la Garde-frontières. Il a travaillé sur des projets bilatéraux avec les inspections du travail des Pays-Bas et de la Norvège pour retracer les recrutements depuis la Pologne vers des emplois agricoles et de construction à l'étranger. Il est juriste de formation."),
}


ANNOUNCEMENT = """---
title: "Rendre la prévention efficace : s'attaquer aux causes profondes de la traite des êtres humains en Europe"
subtitle: Conférence internationale d'experts
organisers:
  - Division de la lutte contre la traite des êtres humains, Conseil de l'Europe
  - Commission nationale de lutte contre la traite des êtres humains, Bulgarie
venue: Centre de conférences de Sofia
signatory_function: "Administratrice, Division de la lutte contre la traite des êtres humains, Conseil de l'Europe"
---

La Division de la lutte contre la traite des êtres humains du Conseil de l'Europe, en collaboration avec la
Commission nationale bulgare de lutte contre la traite des êtres humains
(Национална комисия за борба с трафика на хора), organise une conférence
internationale d'experts intitulée **Rendre la prévention efficace : s'attaquer aux causes profondes de la
traite des êtres humains en Europe**, les 4 et 5 décembre 2012 à Sofia (Bulgarie).

La conférence réunit quelque 130 participants venus de 37 pays, parmi lesquels de hauts fonctionnaires, des
coordinateurs nationaux de la lutte contre la traite, des diplomates, des représentants des services
répressifs, des travailleurs sociaux, des représentants du monde de l'entreprise et de la société civile, des
universitaires et des journalistes, ainsi que des représentants d'organisations internationales (ONUDC, OIM,
OSCE/BIDDH, UE et ICMPD).

La conférence établit le lien entre la prévention à la source, dans les pays d'origine, où le manque de
perspectives d'emploi, l'exclusion sociale et les discriminations fondées sur l'origine ethnique et le genre
poussent des personnes entre les mains des trafiquants, et la prévention à l'arrivée, dans les pays où la
demande de main-d'œuvre bon marché ou de services sexuels permet aux trafiquants de traiter des êtres humains
comme des marchandises.

## Thèmes

1. La prévention à la source dans les pays d'origine
2. Réduire la demande dans les pays de destination
3. Une approche de la prévention fondée sur les droits de l'homme
4. Les partenariats internationaux

Les participants échangeront leurs expériences sur divers aspects de la prévention de la traite des êtres
humains, en mettant l'accent sur une approche globale fondée sur les droits de l'homme et sur les partenariats
internationaux. La
[Convention du Conseil de l'Europe sur la lutte contre la traite des êtres humains](https://www.coe.int/fr/web/anti-human-trafficking)
et les rapports du Groupe d'experts sur la lutte contre la traite des êtres humains (GRETA) servent de cadre
aux discussions.
"""
