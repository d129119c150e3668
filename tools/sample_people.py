"""The people of the Sofia sample conference (all fictional but one).

Ms Marja Ruotanen is the one real person: her entry uses only what the
conference report says about her (her post and her opening statement).
Everyone else, every organisation name that is not a public institution, and
every e-mail address is invented for this sample.
"""

# key: (honorific, first name, last name, country or organisation, position,
#       organisation, draw a photo?, bio in Markdown)
SPEAKERS = {
    "ruotanen": (
        "Ms", "Marja", "Ruotanen", "Council of Europe",
        "Director of Justice and Human Dignity, DG 1 Human Rights and Rule of Law",
        "Council of Europe", False,
        "Ms Marja Ruotanen is Director of Justice and Human Dignity at DG 1 Human "
        "Rights and Rule of Law of the Council of Europe.\n\n"
        "She opens the conference with a statement on why prevention must be "
        "stepped up in all countries, whether of origin, transit or destination: "
        "*\"Human trafficking targets the most vulnerable people of our societies "
        "- it breaks the lives of women, men and children.\"* Her statement links "
        "prevention at the source, in countries of origin, with prevention at the "
        "receiving end, in countries where demand for cheap labour or sexual "
        "services makes it possible for traffickers to treat human beings as "
        "merchandise.",
    ),
    "petkova": (
        "Ms", "Desislava", "Petkova", "Bulgaria",
        "Deputy Secretary", "National Commission for Combating Trafficking in Human Beings", True,
        "Desislava Petkova is Deputy Secretary of the National Commission for "
        "Combating Trafficking in Human Beings (Национална комисия за борба с "
        "трафика на хора), where she co-ordinates the work of the local "
        "commissions in nine Bulgarian regions. Before joining the Commission she "
        "spent eight years as a prosecutor in Plovdiv, specialising in organised "
        "crime. She led the drafting of Bulgaria's national programme for the "
        "prevention of trafficking and the protection of victims, and chairs the "
        "working group on the referral of victims between institutions and "
        "non-governmental organisations. She holds a law degree from Sofia "
        "University and a master's degree in European studies.",
    ),
    "brenner": (
        "Mr", "Lukas", "Brenner", "Council of Europe",
        "Head of Unit, Anti-Trafficking Division", "Council of Europe", True,
        "Lukas Brenner heads a unit in the Anti-Trafficking Division of the "
        "Council of Europe, which supports the monitoring of the Council of Europe "
        "Convention on Action against Trafficking in Human Beings. He has worked "
        "on co-operation projects in South-East Europe and the South Caucasus, "
        "helping governments set up national referral mechanisms. Before joining "
        "the Council of Europe he worked for an Austrian refugee-counselling "
        "organisation and taught public international law at the University of "
        "Innsbruck. He speaks German, English, French and Bosnian/Croatian/Serbian.",
    ),
    "solheim": (
        "Prof", "Ingrid", "Solheim", "Norway",
        "Professor of Migration and Human Rights", "University of Bergen", True,
        "Ingrid Solheim is Professor of Migration and Human Rights at the "
        "University of Bergen. Her research follows how labour migration, "
        "debt and weak labour inspection create the conditions in which "
        "trafficking thrives. She has led comparative studies of prevention "
        "campaigns in ten European countries and argues that awareness-raising "
        "alone rarely changes behaviour unless it is tied to safe migration "
        "channels and enforceable labour rights. She has advised the Norwegian "
        "Ministry of Justice on its action plan and sits on the editorial board "
        "of a journal of migration studies.",
    ),
    "rusu": (
        "Ms", "Elena", "Rusu", "Moldova",
        "National Co-ordinator for Combating Trafficking in Human Beings",
        "State Chancellery of the Republic of Moldova", True,
        "Elena Rusu is the National Co-ordinator for Combating Trafficking in "
        "Human Beings of the Republic of Moldova. She leads the permanent "
        "secretariat of the national committee and oversees the national "
        "referral system, which brings together social assistance, police, "
        "prosecutors and non-governmental organisations in every district. She "
        "previously worked for twelve years in child protection, including as "
        "head of a regional social assistance directorate. She has written "
        "guidance for social workers on identifying children at risk of "
        "exploitation.",
    ),
    "hoxha": (
        "Mr", "Arben", "Hoxha", "Albania",
        "Executive Director", "Centre for Social Inclusion, Tirana", True,
        "Arben Hoxha is Executive Director of the Centre for Social Inclusion in "
        "Tirana, a non-governmental organisation that runs vocational training "
        "and job placement for young people leaving residential care. The Centre "
        "has worked with more than 2,000 young people since 2004 and operates "
        "shelters for survivors of trafficking in two cities. He trained as an "
        "economist and has worked with municipalities on programmes that link "
        "social assistance with employment. He sits on the Albanian national "
        "anti-trafficking committee as a civil-society representative.",
    ),
    "dumitrescu": (
        "Ms", "Ioana", "Dumitrescu", "Romania",
        "Head of Prevention", "National Agency against Trafficking in Persons", False,
        "Ioana Dumitrescu is Head of Prevention at Romania's National Agency "
        "against Trafficking in Persons. Her team designs national prevention "
        "campaigns and works with schools, employment agencies and local "
        "authorities in the counties most affected by labour migration. She "
        "introduced an evaluation framework that measures what campaigns "
        "change, rather than how many leaflets they distribute. Earlier she "
        "worked as a sociologist at the Research Institute for Quality of Life in "
        "Bucharest.",
    ),
    "kovalenko": (
        "Ms", "Olena", "Kovalenko", "IOM",
        "Programme Co-ordinator, Counter-Trafficking", "International Organization for Migration (IOM), Mission in Ukraine", True,
        "Olena Kovalenko (Олена Коваленко) co-ordinates the counter-trafficking "
        "programme of the IOM Mission in Ukraine. She manages a network of "
        "partner organisations that offer reintegration support to returning "
        "victims, and a telephone hotline that answers questions from people "
        "about to take up work abroad. She has a background in psychology and "
        "has trained police officers, consular staff and social workers on "
        "victim-centred interviewing. Before joining IOM she worked for a "
        "women's rights organisation in Kharkiv.",
    ),
    "horvath": (
        "Ms", "Zsófia", "Horváth", "Hungary",
        "Director", "Roma Women's Empowerment Network", True,
        "Zsófia Horváth directs the Roma Women's Empowerment Network, which "
        "works in segregated settlements in north-eastern Hungary. The network "
        "trains community mediators who help families deal with schools, "
        "employers and public services, and who recognise early signs of "
        "recruitment into exploitation. She has spoken at the European "
        "Parliament on discrimination as a root cause of trafficking and is a "
        "member of the advisory board of a national equality body. She studied "
        "social work at ELTE University in Budapest.",
    ),
    "sjoberg": (
        "Mr", "Henrik", "Sjöberg", "Sweden",
        "Ambassador at Large for Combating Trafficking in Human Beings",
        "Ministry for Foreign Affairs", True,
        "Henrik Sjöberg is Sweden's Ambassador at Large for Combating "
        "Trafficking in Human Beings. He represents Sweden in international "
        "forums on trafficking and promotes the Swedish approach to reducing "
        "the demand for sexual services. A career diplomat, he has served in "
        "Warsaw, Kyiv and at the Permanent Representation of Sweden to the "
        "European Union in Brussels, where he followed justice and home affairs. "
        "He holds degrees in law and political science from Uppsala University.",
    ),
    "lefevre": (
        "Ms", "Camille", "Lefèvre", "France",
        "Magistrate, Directorate of Criminal Affairs and Pardons", "Ministry of Justice", False,
        "Camille Lefèvre is a magistrate at the Directorate of Criminal Affairs "
        "and Pardons of the French Ministry of Justice, where she is responsible "
        "for criminal policy on trafficking and exploitation. She served as an "
        "investigating judge in Lyon for six years, handling cases of forced "
        "begging and domestic servitude. She contributed to the French national "
        "action plan and regularly trains prosecutors at the National School for "
        "the Judiciary. Her current work focuses on confiscating criminal "
        "assets to compensate victims.",
    ),
    "obrien": (
        "Ms", "Siobhán", "O'Brien", "Ireland",
        "Detective Inspector, Human Trafficking Investigation Unit", "An Garda Síochána", True,
        "Siobhán O'Brien is a Detective Inspector in the Human Trafficking "
        "Investigation Unit of An Garda Síochána, the Irish police service. She "
        "leads investigations into sexual and labour exploitation and has worked "
        "on joint investigation teams with police forces in Romania and Brazil. "
        "She developed the unit's training on identifying victims for front-line "
        "officers, which is now part of basic police training in Ireland. She "
        "joined the police in 1996 after studying sociology at University "
        "College Cork.",
    ),
    "kohler": (
        "Dr", "Matthias", "Köhler", "Germany",
        "Senior Researcher", "Institute for Labour and Social Research, Frankfurt", True,
        "Matthias Köhler is a Senior Researcher at the Institute for Labour and "
        "Social Research in Frankfurt. His work examines demand: who buys the "
        "goods and services produced through exploitation, and which "
        "regulations change their choices. He has studied subcontracting chains "
        "in construction, meat processing and care work, and has advised German "
        "federal ministries on the transposition of EU directives. He completed "
        "his doctorate at the University of Bremen with a thesis on seasonal "
        "work in agriculture.",
    ),
    "fernandez": (
        "Ms", "Lucía", "Fernández García", "Spain",
        "Investigative Journalist", "Diario del Sur", False,
        "Lucía Fernández García is an investigative journalist with the daily "
        "Diario del Sur in Seville. Her series on the recruitment of "
        "strawberry pickers, published in 2011, led to labour inspections on "
        "more than forty farms and won a national press award. She teaches a "
        "course on reporting on trafficking without exposing victims at the "
        "University of Seville and has written guidelines for editors on the "
        "language and images used in coverage of exploitation.",
    ),
    "vanderberg": (
        "Mr", "Pieter", "van der Berg", "Netherlands",
        "Senior Adviser", "Office of the National Rapporteur on Trafficking in Human Beings", True,
        "Pieter van der Berg is Senior Adviser at the Office of the Dutch "
        "National Rapporteur on Trafficking in Human Beings, an independent "
        "body that reports to the government on the nature and extent of "
        "trafficking. He is responsible for the Rapporteur's work on labour "
        "exploitation and on data collection. He previously worked as a policy "
        "officer at the Ministry of Social Affairs and Employment and as a "
        "labour inspector in Rotterdam.",
    ),
    "wisniewski": (
        "Mr", "Tomasz", "Wiśniewski", "Poland",
        "Chief Labour Inspector, Legality of Employment Department", "National Labour Inspectorate", False,
        "Tomasz Wiśniewski is Chief Labour Inspector in the Legality of "
        "Employment Department of Poland's National Labour Inspectorate. He "
        "co-ordinates inspections of temporary work agencies and of employers of "
        "foreign workers, and has set up joint operations with the Border Guard. "
        "He has worked on bilateral projects with labour inspectorates in the "
        "Netherlands and Norway to trace recruitment from Poland to "
        "agricultural and construction work abroad. He is a lawyer by training.",
    ),
    "ostergaard": (
        "Ms", "Karin", "Østergaard", "Denmark",
        "Head of Responsible Sourcing", "Nordic Retail Group", True,
        "Karin Østergaard is Head of Responsible Sourcing at Nordic Retail "
        "Group, a food and clothing retailer with some 900 stores. She built the "
        "company's programme of unannounced audits in supplier factories and "
        "farms and its grievance channel for workers in the supply chain. Before "
        "moving to business she spent seven years with a Danish development "
        "organisation in Bangladesh and Vietnam. She chairs a working group on "
        "forced labour in a business network for corporate responsibility.",
    ),
    "bianchi": (
        "Mr", "Davide", "Bianchi", "Italy",
        "Co-ordinator, Migrant Workers' Desk", "General Confederation of Labour, Apulia", True,
        "Davide Bianchi co-ordinates the Migrant Workers' Desk of a trade union "
        "confederation in Apulia, southern Italy. The desk runs outreach in "
        "informal camps where seasonal workers live during the tomato harvest, "
        "offering legal advice, language courses and help in reporting abuse. "
        "He has documented the role of intermediaries, known as *caporali*, in "
        "recruiting and controlling workers, and contributed to the debate on "
        "Italy's law against illegal intermediation.",
    ),
    "beridze": (
        "Prof", "Nino", "Beridze", "Georgia",
        "Professor of Human Rights Law", "Tbilisi State University", True,
        "Nino Beridze is Professor of Human Rights Law at Tbilisi State "
        "University, where she directs a legal clinic that represents victims of "
        "trafficking and domestic violence. She has written on the positive "
        "obligations of states under the European Convention on Human Rights and "
        "on the non-punishment of victims. She has served as an expert in "
        "Council of Europe co-operation projects in the South Caucasus and "
        "studied at the University of Strasbourg and at Central European "
        "University.",
    ),
    "markovic": (
        "Ms", "Jelena", "Marković", "Serbia",
        "Director", "Safe Path Association, Belgrade", True,
        "Jelena Marković is Director of the Safe Path Association in Belgrade, "
        "which runs a shelter and a long-term reintegration programme for women "
        "and girls who have survived trafficking. The association offers "
        "housing, psychological support, schooling and employment in its own "
        "social enterprise. She insists that survivors take part in designing "
        "services and prevention messages. She studied psychology at the "
        "University of Belgrade and has worked with refugees from the wars of the "
        "1990s.",
    ),
    "demir": (
        "Dr", "Ayşe", "Demir", "Türkiye",
        "Child Protection Adviser", "Ministry of Family and Social Policies", False,
        "Ayşe Demir is Child Protection Adviser at the Ministry of Family and "
        "Social Policies in Ankara. She works on the protection of "
        "unaccompanied and separated children and on standards for child-care "
        "institutions. She led a study on early marriage and child labour in "
        "seasonal agriculture and helped establish child protection units in "
        "provincial hospitals. She holds a doctorate in social work from "
        "Hacettepe University.",
    ),
    "kovacevic": (
        "Mr", "Goran", "Kovačević", "Croatia",
        "Deputy Ombudsperson for Children", "Office of the Ombudsperson for Children", True,
        "Goran Kovačević is Deputy Ombudsperson for Children of Croatia. His "
        "office handles complaints about violations of children's rights and "
        "visits institutions where children live. He has raised the situation "
        "of children begging in the streets and of Roma children who leave "
        "school early, and recommended changes to the way police and social "
        "services respond to them. He is a lawyer and previously worked at the "
        "Croatian Law Centre.",
    ),
    "novakova": (
        "Ms", "Eva", "Nováková", "Czechia",
        "Social Worker", "Open Door Counselling Centre, Prague", True,
        "Eva Nováková is a social worker at the Open Door Counselling Centre "
        "in Prague, which supports people who have been exploited in work or in "
        "prostitution. She accompanies clients through criminal proceedings, "
        "finds accommodation and negotiates with employers and authorities. She "
        "runs outreach to foreign workers in hostels on the outskirts of the "
        "city and trains staff of labour offices to recognise exploitation. She "
        "has worked in the field since 2003.",
    ),
    "holub": (
        "Dr", "Martin", "Holub", "Slovakia",
        "Director, Crime Prevention Office", "Ministry of Interior", True,
        "Martin Holub is Director of the Crime Prevention Office at the Slovak "
        "Ministry of Interior, which co-ordinates the national programme "
        "against trafficking in human beings. He introduced a free national "
        "helpline and a programme of support for victims that does not depend "
        "on their co-operation with the police. He has a doctorate in "
        "sociology from Comenius University in Bratislava and previously "
        "worked for an international organisation in Kosovo and in Moldova.",
    ),
    "berzina": (
        "Ms", "Ilze", "Bērziņa", "Latvia",
        "National Co-ordinator for Combating Trafficking in Human Beings", "Ministry of the Interior", True,
        "Ilze Bērziņa is the National Co-ordinator for Combating Trafficking in "
        "Human Beings of Latvia. She chairs the inter-institutional working "
        "group that brings together ministries, police, prosecution and "
        "non-governmental organisations, and leads Latvia's work on sham "
        "marriages arranged to exploit young women. She has represented Latvia "
        "in the informal EU network of national rapporteurs and equivalent "
        "mechanisms. She previously worked in the State Police.",
    ),
    "bernasconi": (
        "Ms", "Laura", "Bernasconi", "UNODC",
        "Crime Prevention Officer, Human Trafficking and Migrant Smuggling Section",
        "United Nations Office on Drugs and Crime (UNODC)", True,
        "Laura Bernasconi is a Crime Prevention Officer in the Human "
        "Trafficking and Migrant Smuggling Section of UNODC in Vienna. She "
        "supports states in implementing the Protocol to Prevent, Suppress and "
        "Punish Trafficking in Persons and contributed to UNODC's global report "
        "on trafficking in persons. She has run training for judges and "
        "prosecutors in South-East Europe and Central Asia. She is a lawyer, "
        "trained in Milan and Geneva.",
    ),
    "stojanovski": (
        "Mr", "Aleksandar", "Stojanovski", "OSCE/ODIHR",
        "Adviser on Anti-Trafficking Issues",
        "OSCE Office for Democratic Institutions and Human Rights (OSCE/ODIHR)", False,
        "Aleksandar Stojanovski (Александар Стојановски) is Adviser on "
        "Anti-Trafficking Issues at the OSCE Office for Democratic Institutions "
        "and Human Rights in Warsaw. He works on national referral mechanisms "
        "and on access to justice and compensation for trafficked persons. He "
        "previously led a non-governmental organisation in Skopje that provided "
        "legal aid to victims of trafficking and domestic violence, and has "
        "taught at the Faculty of Law in Skopje.",
    ),
    "magi": (
        "Ms", "Katrin", "Mägi", "EU",
        "Policy Officer, Office of the EU Anti-Trafficking Co-ordinator", "European Commission", True,
        "Katrin Mägi is a Policy Officer in the Office of the EU Anti-Trafficking "
        "Co-ordinator at the European Commission. She follows the implementation "
        "of the EU Strategy towards the Eradication of Trafficking in Human "
        "Beings 2012-2016 and the co-ordination between EU agencies. Before "
        "joining the Commission she worked at the Estonian Ministry of Justice "
        "on victim support. She studied law at the University of Tartu.",
    ),
    "gruber": (
        "Mr", "Florian", "Gruber", "ICMPD",
        "Project Manager, Anti-Trafficking Programme",
        "International Centre for Migration Policy Development (ICMPD)", True,
        "Florian Gruber is Project Manager in the Anti-Trafficking Programme of "
        "the International Centre for Migration Policy Development in Vienna. He "
        "manages projects on transnational referral mechanisms that connect the "
        "authorities of countries of origin and destination, so that victims "
        "returning home are not left without support. He has worked in the "
        "Western Balkans and in Eastern Partnership countries and holds a "
        "master's degree in international relations from the Diplomatic "
        "Academy of Vienna.",
    ),
    "papadopoulos": (
        "Mr", "Nikos", "Papadopoulos", "Greece",
        "Head of the Office of the National Rapporteur", "Ministry of Foreign Affairs", False,
        "Nikos Papadopoulos heads the Office of the National Rapporteur on "
        "Trafficking in Human Beings in Greece. The office gathers data from "
        "police, courts and service providers and monitors the national action "
        "plan. He has worked on partnerships with the private sector, including "
        "a code of conduct signed by hotel associations. He is a diplomat and "
        "has served in Tirana, Belgrade and Geneva.",
    ),
    "horvat": (
        "Ms", "Maja", "Horvat", "Slovenia",
        "National Co-ordinator for Combating Trafficking in Human Beings", "Ministry of the Interior", True,
        "Maja Horvat is the National Co-ordinator for Combating Trafficking in "
        "Human Beings of Slovenia and head of the inter-ministerial working "
        "group. She has expanded co-operation with labour inspectors and "
        "employers and introduced a residence permit for victims that allows "
        "them to work. She previously worked as a criminal investigator and at "
        "the Police Academy in Ljubljana, where she taught courses on "
        "interviewing victims.",
    ),
    "mammadov": (
        "Mr", "Rauf", "Mammadov", "Azerbaijan",
        "Head of the Anti-Trafficking Department", "Ministry of Internal Affairs", False,
        "Rauf Mammadov heads the Anti-Trafficking Department of the Ministry of "
        "Internal Affairs of Azerbaijan. The department investigates cases of "
        "trafficking and runs a shelter and an assistance centre for victims. He "
        "has led co-operation with neighbouring countries on cases involving "
        "labour migrants and has taken part in Council of Europe and OSCE "
        "training programmes for law enforcement, and lectures at the Police "
        "Academy in Baku.",
    ),
    "whitfield": (
        "Dr", "Sarah", "Whitfield", "United Kingdom",
        "Senior Lecturer in Criminology", "Northern Institute of Criminology", True,
        "Sarah Whitfield is Senior Lecturer in Criminology at the Northern "
        "Institute of Criminology. She studies how trafficking cases reach the "
        "courts and why so few end in convictions, and has interviewed more "
        "than a hundred practitioners in five countries. She acts as general "
        "rapporteur of the conference, drawing together the conclusions of the "
        "four themes. She has advised parliamentary committees and "
        "non-governmental organisations on evaluation of anti-trafficking "
        "policies.",
    ),
}
