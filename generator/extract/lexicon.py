"""Word lists the extraction rules share: cue verbs, titles, nationalities, name particles."""
from __future__ import annotations

# Verbs of praising in words (Levin 33, judgement verbs, the praising half): what is praised is what was said
# of it ("praised the quality of her work", "commended Biden for his empathy", "credited Leonov with making the
# spacewalk possible"). Not the expressives that only perform an act of courtesy ("thanked his supporters",
# "welcomed the news", "congratulated the winner"): the golds record no content for those.
PRAISE_VERBS = frozenset(["praise", "laud", "commend", "credit", "applaud", "extol", "compliment", "acclaim"])
# Expressives (Searle): verbs that perform an act of courtesy in words. "thanked his supporters" reports no
# content (the golds leave it out), but a quotation inside what is thanked for or apologised for is the words
# said ('thanked "the police ... for their swift response"', 'apologised for "having ..."'): speech verbs that
# report only a quote or a clause (weak, below). Not "welcome": also to receive guests ("the fair welcomes fans"),
# which would make its subject a speaker.
EXPRESSIVE_VERBS = frozenset(["thank", "congratulate", "apologise", "apologize", "condole"])
# Lemmas of verbs that report speech or writing (GUIDELINES: said, told, tweeted, announced ...).
SPEECH_VERBS = frozenset([
    "say", "tell", "add", "state", "confirm", "deny", "claim", "announce", "warn", "insist", "argue",
    "explain", "note", "write", "tweet", "post", "report", "reiterate", "respond", "reply", "declare",
    "acknowledge", "admit", "assert", "ask", "urge", "describe", "comment", "remark", "indicate",
    "promise", "vow", "predict", "allege", "stress", "emphasise", "emphasize", "maintain", "contend",
    "mention", "recall", "testify", "conclude", "observe", "concede", "complain", "voice", "repeat",
    "suggest", "caution", "answer", "counter", "retort", "disclose", "reveal", "inform", "affirm",
    "clarify", "dismiss", "reject", "accuse", "criticize", "criticise", "condemn", "proclaim", "pledge",
    "demand", "estimate", "propose", "recount", "quip", "continue", "speak", "call", "denounce", "hail",
    "underline", "underscore", "reaffirm", "highlight", "assure", "encourage", "elaborate", "cite",
    "opine", "characterise", "characterize", "speculate", "project", "recommend", "express", "talk",
    # Written out by class (Levin 37), not from articles. Manner of speaking:
    "exclaim", "shout", "yell", "scream", "whisper", "mutter", "murmur", "mumble", "joke", "jest",
    # complaining, boasting and confessing:
    "lament", "bemoan", "grumble", "boast", "brag", "confess", "divulge", "confide",
    # vouching and swearing:
    "attest", "certify", "aver", "avow", "reassure",  # not "swear" ("was sworn in as governor")
    # answering, restating and conjecturing:
    "rejoin", "rebut", "restate", "reassert", "forecast", "posit", "surmise", "muse", "hint", "imply",
    # telling someone, or stating a thing only with a that-clause or a quote (weak, below):
    # (not "advise": a request verb; not "stipulate", "specify": what laws and contracts do; not "charge":
    # "charged with murder")
    "notify", "remind", "alert", "share", "threaten", "protest", "object",  # not "signal" (acts signal too)
    "guarantee", "insinuate",
]) | PRAISE_VERBS | EXPRESSIVE_VERBS

# Of those, verbs that report speech only with a that-clause or a quote (not "suggest a plan").
WEAK_SPEECH_VERBS = frozenset(["suggest", "propose", "continue", "demand", "estimate", "speak", "call",
                               "encourage", "cite", "characterise", "characterize", "project",
                               "recommend", "express", "talk", "hint", "imply", "notify", "remind",
                               "alert", "share", "threaten", "protest", "object",
                               "guarantee", "insinuate"]) | EXPRESSIVE_VERBS

# Verbs whose that-clause is reported speech; others (think, believe) are not statements.
INDIRECT_VERBS = SPEECH_VERBS - {"speak", "continue", "ask", "urge", "suggest", "propose", "demand",
                                 "dismiss", "reject", "accuse", "criticize", "criticise", "condemn",
                                 "call", "denounce", "hail", "encourage", "cite",
                                 "characterise", "characterize", "express", "talk"} - PRAISE_VERBS - EXPRESSIVE_VERBS | {"rule", "find"}  # a ruling's findings
# Verbs that give a name or a term; passive and with no agent ("a program called ...") they report nobody.
NAMING_VERBS = frozenset(["call", "refer", "describe", "name", "dub", "label", "term", "nickname", "title",
                          "characterise", "characterize"])
# Verbs that report speech with a noun phrase as content ("denied any sexual activity").
NOUN_REPORT_VERBS = PRAISE_VERBS | frozenset(["deny", "confirm", "voice", "underline", "hail", "reiterate", "stress", "admit", "claim",
                               "allege", "pledge", "vow", "promise", "predict", "reveal", "disclose",
                               "emphasise", "emphasize", "announce", "accuse", "report", "note", "acknowledge", "cite",
                               "blame",
                               # positions taken in words: "endorsed the plan", "recommended a prison near ..."
                               # (not "advocate": what parties and ideologies do, "the party advocates ...")
                               "endorse", "recommend", "propose",
                               # a thing asked for in words: "requested an emergency stay", "demanded an apology"
                               "request", "demand"])
# Verbs that report a text's words only when a document is their subject ("the statement read").
DOCUMENT_VERBS = frozenset(["read"])
# Nouns for texts that speak for their authors: statements, letters, posts, rulings.
DOCUMENT_NOUNS = frozenset([
    "statement", "letter", "release", "motion", "summary", "post", "tweet", "message", "note", "caption",
    "communique", "communiqué", "declaration", "decision", "ruling", "judgment", "judgement", "verdict",
    "order", "notice", "memo", "email", "e-mail", "petition", "complaint", "filing", "lawsuit", "suit",
    "sign", "banner", "placard", "headline", "report", "document", "resolution", "opinion", "indictment",
    "text", "transcript", "announcement", "editorial", "op-ed", "column", "blog", "update", "warning",
    "advisory", "alert", "bulletin", "study", "paper", "description",
])
# Verbs that report a request: "asks Zelensky to investigate ...", "urged him to move forward".
REQUEST_VERBS = frozenset(["ask", "urge", "encourage", "call", "implore", "beg", "invite", "tell", "instruct",
                           "advise", "warn", "recommend"])

# Lemmas and nouns that carry a dispute (GUIDELINES, Disputes).
DISPUTE_VERBS = frozenset([
    "deny", "dismiss", "reject", "dispute", "contradict", "refute", "rebut", "criticize", "criticise",
    "condemn", "accuse", "challenge", "appeal", "sue", "clarify", "contest", "denounce", "slam", "blast",
    "question", "allege", "blame", "petition", "rebuke", "decry", "lambast", "lambaste", "castigate", "censure",
    "repudiate", "chastise", "reprimand", "admonish", "berate", "scold", "excoriate", "upbraid", "debunk",
    # ridicule and disparagement, words against someone or their claim or act
    "deride", "ridicule", "mock", "scorn", "lampoon", "disparage", "belittle", "denigrate", "vilify", "malign",
    "pillory", "impugn", "discredit", "fault", "deplore", "countersue", "disapprove",
])
# Words that call a claim false ("said the report was untrue").
FALSITY_WORDS = frozenset([
    "lie", "lies", "lying", "false", "falsehood", "untrue", "baseless", "groundless", "fabricated", "fabrication",
    "nonsense", "slander", "unfounded", "bogus", "fake", "hoax", "misleading", "inaccurate", "incorrect",
    "erroneous", "dubious", "untruthful", "disinformation", "misinformation",
    # implausible or made up
    "far-fetched", "farfetched", "implausible", "fictitious", "fanciful", "spurious", "specious", "concocted",
])
# Words inside a quote that call a claim or action false or wrong.
QUOTE_DISPUTE_WORDS = FALSITY_WORDS | frozenset(["illegal", "unlawful", "null", "unconstitutional", "unwarranted"])
DISPUTE_NOUNS = frozenset(["criticism", "accusation", "denial", "condemnation", "rejection", "allegation",
                           "appeal", "rebuke", "denunciation", "rebuttal", "refutation", "objection",
                           "counterargument", "dissent", "critique", "tirade", "diatribe", "broadside", "reproach",
                           "reprimand", "derision", "ridicule", "scorn", "counterclaim", "repudiation", "censure"])

# Words before a name that are courtesy titles, not roles.
HONORIFICS = frozenset([
    "mr", "mr.", "mme", "mme.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "madam", "lord",
    "lady", "cde", "comrade", "monsenor", "monsignor", "monseñor", "rev", "rev.", "reverend", "father", "sister",
    "brother", "st", "st.", "prof", "prof.", "professor",
])

# Last words of names of places and buildings, which NER sometimes tags PERSON.
PLACE_WORDS = frozenset([
    "Avenue", "Street", "Road", "Square", "Mosque", "Cathedral", "Church", "Museum", "Palace",
    "Bridge", "Park", "Airport", "Station", "Hall", "Tower", "University", "College", "School",
    "Hospital", "Boulevard", "Lane", "Stadium", "Center", "Centre", "Island", "River", "Facility",
    "Prison", "Tribe", "Tribes", "Image", "Sea", "Bay", "Gulf", "Lake", "Valley", "Desert", "Canyon",
    "Peninsula", "Mall", "Plaza", "Range", "County", "Parish", "District", "Province", "Falls", "Harbour",
    "Harbor", "Dam", "Canal", "Highway", "Motorway", "Tunnel", "Base", "Mountains", "Strait", "Islands",
    # buildings and grounds open to the public ("Tang Teaching Museum and Art Gallery")
    "Gallery", "Galleries", "Library", "Theatre", "Theater", "Cemetery", "Zoo", "Arena", "Observatory",
    "Memorial", "Monument", "Aquarium", "Planetarium",
])

# Last words of organisation names ("Progressive Party", "Cyprus Mail").
ORG_WORDS = frozenset([
    "Party", "Ministry", "Council", "Committee", "Agency", "Department", "Commission", "Union", "Court",
    "Government", "Mail", "Times", "Post", "News", "Journal", "Daily", "Herald", "Tribune", "Press",
    "Gerichtshof", "Tribunal",  # courts in other languages
    "Bank", "Fund", "Foundation", "Institute", "Association", "Group", "Holdings", "Company", "Office",
    "Service", "Services", "Network", "Television", "Radio", "Agency", "Federation", "League", "Club",
    "Bulletin", "Gazette", "Magazine", "Today", "Insider", "Studio", "Studios", "Express", "Partners",
    "Force", "Forces", "Army", "Navy", "Directive", "Act", "Treaty", "Convention", "Accord", "Protocol",
    "Regulation", "Amendment", "Olympiad", "Games", "Cup", "Championship", "Festival", "Award", "Prize",
    "Flu", "Virus", "Syndrome", "Disease", "Technologies", "Technology", "Systems", "Labs", "Software",
    "Airlines", "Airways", "Railway", "Railways", "Motors", "Entertainment", "Records", "Productions",
    "Pictures", "Media", "Initiative", "Movement", "Coalition", "Alliance", "Brigade", "Battalion", "Corps",
    "Platform", "Limited", "Ltd", "LLC", "Inc", "Corp", "PLC", "GmbH", "AG", "Kft", "Zrt", "Pty", "SpA", "NV", "BV",
    "Show", "Podcast", "TV", "International", "Presse", "Zeitung", "Gazeta", "Science", "Sciences", "Computing",
    "Solutions", "Adventures", "Tours", "Marine",
    "Energy", "Capital", "Ventures", "Pharmaceuticals", "Logistics", "Consulting", "Rescue", "Vote",
    "Paper", "Foods", "Industries", "Brands", "Mining",
    "Academy", "Laboratory", "Laboratories",
    # the words that end the names of banks, insurers and other financial houses ("Acme Mutual", "Acme Financial",
    # "Acme Bancorp"), and a publishing house in German ("Acme Verlag", as "Zeitung" above)
    "Mutual", "Financial", "Bancorp", "Securities", "Insurance", "Assurance", "Verlag",
])
# A company's legal form, written after its name ("Acme Corporation", "Acme, LLC") or, in some countries,
# before it ("PT Acme" in Indonesia, "PJSC Acme" in Russia): a closed class, no person's name takes one.
LEGAL_FORMS_AFTER = frozenset([
    "Limited", "Ltd", "Ltd.", "LLC", "L.L.C.", "LLP", "Inc", "Inc.", "Incorporated", "Corp", "Corp.", "Corporation",
    "PLC", "plc", "GmbH", "AG", "Kft", "Zrt", "Pty", "SpA", "S.p.A.", "NV", "N.V.", "BV", "B.V.", "Bhd", "Berhad",
    "Tbk", "S.A.", "Oyj", "ASA",
])
LEGAL_FORMS_BEFORE = frozenset(["PT", "PT.", "PJSC", "JSC", "OAO", "OOO", "ZAO"])
# The same words as common nouns ("the organisation", "a council"): bodies a description may name.
ORG_NOUNS = frozenset(w.lower() for w in ORG_WORDS)

# Class words written before the name of a craft or vehicle ("Space Shuttle Columbia", "Shuttle Discovery",
# "Rover Curiosity"): the name after them is the craft's, often a person's or a place's name.
CRAFT_WORDS = frozenset(["Shuttle", "Orbiter", "Rover", "Lander", "Spacecraft", "Probe", "Capsule", "Airship",
                         "Zeppelin", "Submarine", "Locomotive", "Steamship"])

# First words of names of storms and ships, which NER sometimes tags PERSON.
THING_PREFIXES = CRAFT_WORDS | frozenset(["Storm", "Hurricane", "Typhoon", "Cyclone", "Tropical", "USS", "U.S.S.", "HMS",
                            "County", "Fort", "Lake", "Mount", "Cape", "Camp", "Operation", "Project",
                            # newspapers in other languages: "Gazeta Wyborcza", "Dziennik Gazeta Prawna"
                            "Gazeta", "Gazzetta", "Gaceta", "Dziennik", "Diario", "Kurier",
                            # houses of worship in other languages: "Masjid Al-Aqsa", "Hagia Sophia"
                            "Masjid", "Masjid-e", "Hagia", "Haghia", "Agia", "Ayia"])

# Prefixes of ships' names ("MV Alan Kurdi"): a person a ship is named after is no mention of the person.
VESSEL_PREFIXES = frozenset(["USS", "U.S.S.", "HMS", "MV", "M/V", "MS", "RV", "HMAS", "HMCS", "HMNZS", "SS"])

# Social media and messaging platforms: organisations the grammar often treats like people ("Twitter placed
# a warning over the tweet") and words NER runs into a name ("on Twitter West accused ...").
PLATFORMS = frozenset(["Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "WhatsApp", "Telegram", "Weibo",
                       "WeChat", "Reddit", "LinkedIn", "Snapchat", "Tumblr", "Parler", "Twitch"])

# Nouns that introduce a publication or broadcaster, not a person ("Greek daily Kathimerini", "the journal
# Science Advances").
MEDIA_NOUNS = frozenset(["daily", "newspaper", "paper", "weekly", "monthly", "magazine", "tabloid", "journal",
                         "periodical", "newsletter", "publication", "blog", "broadcaster", "outlet", "website",
                         "site", "platform", "agency", "channel", "network", "station"])

# Nouns that introduce a named organisation, product or work, not a person ("law firm Sidley Austin",
# "distribution company Funimation Entertainment", "the app At the Pool").
THING_NOUNS = MEDIA_NOUNS | frozenset([
    "company", "firm", "corporation", "startup", "conglomerate", "airline", "bank", "band", "brand",
    "charity", "label", "organisation", "organization", "manufacturer", "retailer", "carmaker", "automaker",
    "app", "ship", "vessel", "yacht", "tanker", "ferry", "software", "game", "film", "movie", "documentary", "album",
    "supergroup", "orchestra", "choir", "ensemble",
    "song", "novel", "book", "series", "show", "subsidiary", "group", "publisher", "studio", "chain",
    "party", "team", "club", "university", "hotel", "restaurant", "town", "village", "city", "district",
    "enterprise", "business", "operator", "outfit", "troupe", "choir", "orchestra", "ensemble", "comedy",
    "drama", "documentary", "sitcom", "musical", "opera", "podcast", "programme", "program", "telescope",
    "spacecraft", "satellite", "rover", "probe", "aircraft", "plane", "jet", "helicopter", "dinosaur", "species",
    "hurricane", "storm", "typhoon", "cyclone", "language",
    # craft and vehicles, which bear names of their own ("the shuttle Atlantis", "the submarine Kursk")
    "shuttle", "orbiter", "lander", "capsule", "airship", "submarine", "warship", "frigate", "destroyer",
    "battleship", "cruiser", "steamship", "steamer", "locomotive", "airliner", "lifeboat",
])

# Particles inside personal names ("Ursula von der Leyen", "Charles de Gaulle").
NAME_PARTICLES = frozenset([
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "bint", "al",
    "el", "ibn", "dos", "das", "ter", "dela", "delos", "do", "arap",
])

# Title words that make a preceding nationality an organization ("Russian President" -> Russia).
OFFICE_WORDS = frozenset([
    "president", "prime", "premier", "minister", "chancellor", "king", "queen", "prince", "princess",
    "emperor", "governor", "mayor", "secretary", "ambassador", "senator", "representative",
    "congressman", "congresswoman", "envoy", "leader", "chief", "foreign", "defence", "defense",
    "interior", "finance", "vice", "deputy", "acting", "former", "speaker", "general", "admiral",
    "chairman", "chairwoman", "chairperson", "chair", "head", "commissioner", "spokesman", "spokeswoman",
    "spokesperson", "official", "officials", "superintendent", "inspector", "detective", "constable",
    "sergeant", "captain", "colonel", "lieutenant", "bishop", "archbishop", "cardinal", "commissioner", "monarch", "sultan", "crown", "taoiseach", "president-elect", "first", "lady",
    "emeritus", "emerita",
])

# Agent nouns for people that the role list and the -ist/-ian endings miss: "classical composer Mozart", and the
# positions of a football side ("winger Ann Lee").
PERSON_AGENTS = frozenset(["composer", "painter", "writer", "rapper", "drummer", "dancer", "sculptor", "emperor",
                           "philosopher", "prophet", "saint", "footballer", "cricketer", "boxer", "wrestler",
                           "comedian", "songwriter", "producer", "director", "player", "teacher", "farmer",
                           "goalkeeper", "keeper", "defender", "midfielder", "winger", "striker", "substitute",
                           # the positions of a side in the other team games: baseball and softball, cricket,
                           # American football
                           "pitcher", "catcher", "batter", "fielder", "infielder", "outfielder", "shortstop",
                           "batsman", "bowler", "wicketkeeper", "quarterback", "linebacker", "kicker", "punter"])

# Role nouns that agent endings (-er, -ist, -ian ...) miss.
ROLE_NOUNS = frozenset([
    "expert", "aide", "chief", "head", "police", "judge", "analyst", "lawyer", "attorney", "activist",
    "candidate", "nominee", "envoy", "diplomat", "cleric", "pope", "bishop", "archbishop", "priest",
    "imam", "rabbi", "coach", "captain", "star", "singer", "actor", "actress", "poet", "artist", "designer",
    "scientist", "economist", "journalist", "editor", "correspondent", "student", "victim", "suspect",
    "witness", "survivor", "mother", "father", "son", "daughter", "wife", "husband", "fiancée", "fiancé",
    "widow", "chair", "ceo", "founder", "owner", "host", "monarch", "heir", "colonel", "sergeant",
    "lieutenant", "major", "general", "admiral", "commander", "official", "staff", "secretary", "whip",
    "legislator", "lawmaker", "councillor", "councilor", "mp", "deputy", "delegate", "treasurer",
    "pilot", "fellow", "nurse", "surgeon", "physician", "doctor", "professor", "chef", "athlete", "cyclist",
    "pianist", "novelist", "playwright", "architect", "astronaut", "cosmonaut", "soldier", "officer",
    "detective", "inspector", "spokesperson", "consul", "ambassador", "governor", "mayor", "senator",
    "chancellor", "minister", "premier", "president", "representative", "researcher", "author", "co-author",
    "sheriff", "marshal", "magistrate", "warden", "pastor", "chaplain", "ayatollah", "sheikh", "emir",
    "plaintiff", "defendant", "claimant", "accused", "scholar", "undergrad", "undergraduate", "academic",
    "graduate", "intern", "apprentice", "veteran", "boyfriend", "girlfriend", "employee", "partner", "associate",
    "engineer", "referee", "advocate",
    # written out by domain (the endings above catch "presenter", "columnist", "commentator", "prosecutor" ...;
    # left out: words that are also names or mostly mean something else: "model", "legend", "idol", "marine",
    # "private", "duke"):
    # media and entertainment
    "pundit", "jock", "personality", "critic", "dj", "celebrity", "superstar", "icon", "socialite", "heiress",
    "supermodel", "comedienne", "soprano", "baritone", "ballerina",
    # sport
    "champion", "quarterback", "shortstop", "fullback", "halfback", "goalie", "jockey", "gymnast", "umpire", "rookie",
    "laureate", "hopeful", "mate",
    # law and medicine
    "counsel", "clerk", "paralegal", "bailiff", "midwife", "paramedic", "medic",
    # armed forces and security
    "corporal", "cadet", "ensign", "commando", "guerrilla", "spy", "warlord",
    # religion (not the words that also open names: "Swami", "Mufti", "Guru", "Monk")
    "nun", "deacon", "vicar", "patriarch", "abbot", "abbess", "friar",
    # business and work
    "cfo", "coo", "cto", "cio", "tycoon", "mogul", "magnate", "billionaire", "millionaire", "boss", "landlord",
    "nanny",
    # academia and schools
    "postdoc", "postgraduate", "headmistress", "principal",
    # government and nobility
    "mep", "tsar", "czar", "caliph", "viceroy", "duchess", "empress", "baroness", "countess",
])
# Abbreviated titles before a name, as older and wire-style articles write them ("Rep. Patrick Kennedy"), with the
# word a reader (and the golds) would write out.
TITLE_ABBREVIATIONS = {
    "rep.": "Representative", "sen.": "Senator", "gov.": "Governor", "gen.": "General", "lt.": "Lieutenant",
    "col.": "Colonel", "sgt.": "Sergeant", "capt.": "Captain", "adm.": "Admiral", "cmdr.": "Commander",
    "maj.": "Major", "cpl.": "Corporal", "pvt.": "Private", "supt.": "Superintendent", "insp.": "Inspector",
    "det.": "Detective", "atty.": "Attorney", "amb.": "Ambassador", "brig.": "Brigadier", "cmdt.": "Commandant",
    "pte.": "Private", "cdr.": "Commander", "cpt.": "Captain", "lieut.": "Lieutenant", "msgr.": "Monsignor",
}
# Military ranks, a closed class: the rank nouns, their abbreviations (without the full stop) and the words that
# grade them in compound ranks ("Staff Sgt.", "Lt. Col.", "1st Lt.", "Sergeant First Class", "Rear Admiral").
MILITARY_RANKS = frozenset(["private", "corporal", "sergeant", "lieutenant", "captain", "major", "colonel", "general",
                            "brigadier", "admiral", "commander", "commodore", "ensign", "marshal", "officer",
                            "specialist", "airman", "seaman"])
RANK_ABBREVIATIONS = frozenset(["pvt", "pte", "pfc", "spc", "cpl", "sgt", "ssgt", "lt", "lieut", "capt", "cpt", "maj",
                                "col", "gen", "brig", "adm", "cmdr", "cdr", "cmdt"])
RANK_GRADES = frozenset(["staff", "master", "first", "second", "third", "class", "chief", "petty", "warrant", "command",
                         "lance", "senior", "vice", "rear", "field", "flight", "wing", "squadron", "group",
                         "1st", "2nd", "3rd"])
# Endings of nouns for people by what they do ("manager", "director", "spokesperson", "commandant").
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "eur", "ive", "ary", "at")
# Honorifics that are also positions: dropped from the name, kept as a role ("Professor Jane Roe of MIT").
ACADEMIC_TITLES = frozenset(["professor", "prof", "prof."])

# Nationality adjectives to country names, for offices they qualify.
NATIONALITIES = {
    "american": "United States", "u.s.": "United States", "us": "United States",
    "russian": "Russia", "ukrainian": "Ukraine", "french": "France", "german": "Germany",
    "italian": "Italy", "british": "United Kingdom", "english": "England", "scottish": "Scotland",
    "welsh": "Wales", "irish": "Ireland", "spanish": "Spain", "portuguese": "Portugal",
    "greek": "Greece", "turkish": "Turkey", "chinese": "China", "japanese": "Japan",
    "korean": "Korea", "south korean": "South Korea", "north korean": "North Korea",
    "indian": "India", "pakistani": "Pakistan", "iranian": "Iran", "iraqi": "Iraq",
    "israeli": "Israel", "palestinian": "Palestine", "saudi": "Saudi Arabia", "egyptian": "Egypt",
    "syrian": "Syria", "lebanese": "Lebanon", "jordanian": "Jordan", "afghan": "Afghanistan",
    "canadian": "Canada", "mexican": "Mexico", "brazilian": "Brazil", "argentine": "Argentina",
    "argentinian": "Argentina", "chilean": "Chile", "colombian": "Colombia", "peruvian": "Peru",
    "venezuelan": "Venezuela", "cuban": "Cuba", "australian": "Australia",
    "new zealand": "New Zealand", "polish": "Poland", "hungarian": "Hungary", "czech": "Czech Republic",
    "austrian": "Austria", "swiss": "Switzerland", "dutch": "Netherlands", "belgian": "Belgium",
    "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark", "finnish": "Finland",
    "cypriot": "Cyprus", "bulgarian": "Bulgaria", "romanian": "Romania", "serbian": "Serbia",
    "croatian": "Croatia", "nigerian": "Nigeria", "kenyan": "Kenya", "south african": "South Africa",
    "ethiopian": "Ethiopia", "filipino": "Philippines", "philippine": "Philippines",
    "indonesian": "Indonesia", "malaysian": "Malaysia", "thai": "Thailand", "vietnamese": "Vietnam",
    "taiwanese": "Taiwan", "belarusian": "Belarus", "georgian": "Georgia", "armenian": "Armenia",
    "azerbaijani": "Azerbaijan", "kazakh": "Kazakhstan", "libyan": "Libya", "tunisian": "Tunisia",
    "algerian": "Algeria", "moroccan": "Morocco", "sudanese": "Sudan", "yemeni": "Yemen",
    "qatari": "Qatar", "emirati": "United Arab Emirates", "bolivian": "Bolivia",
    "ecuadorian": "Ecuador", "uruguayan": "Uruguay", "paraguayan": "Paraguay",
    "european": "European Union", "icelandic": "Iceland", "estonian": "Estonia",
    "latvian": "Latvia", "lithuanian": "Lithuania", "slovak": "Slovakia", "slovenian": "Slovenia",
    "maltese": "Malta", "bangladeshi": "Bangladesh", "sri lankan": "Sri Lanka", "nepalese": "Nepal",
    "zimbabwean": "Zimbabwe", "ghanaian": "Ghana", "ugandan": "Uganda", "haitian": "Haiti",
}

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}

# Common first names with a clear gender, across languages, for pronoun resolution only (there is no
# coreference model offline). Evidence in the article itself (Mr/Mrs, "spokeswoman", the person's own
# pronoun) is preferred; see people.py. Names given to both sexes (Jean, Andrea, Jan, Kelly, Nicola ...)
# are left out.
_FEMALE_FIRST_NAMES = """
abigail ada adele adriana agata agnes agnès agnieszka aisha alejandra alessandra alexandra alexandria alice
alicia alina alison alla allison amal amanda amelia amina amy ana anastasia angela angelina angelique anita
anja anna annabel anne anneliese annette annie antonia ariana astrid aurelie ayesha ayse
barbara beata beatrice beatriz belinda bernadette beth bettina betty beverly bianca birgit bonnie brenda
bridget brigitte brittany camila camilla carla carmen carol carolina caroline carrie cassandra catalina
catherine cecilia celine charlotte chelsea cherie cheryl chiara christina christine cindy claire clara claudia
colleen constance cristina cynthia dagmar daisy daniela danielle daphne deborah debra denise diana
diane dolores donna doris dorothy edith eleanor elena elif elisa elisabeth eliza elizabeth ella ellen elsa
emilia emily emine emma erica erin esther eugenia eva evelyn fatima fatma federica fernanda fiona florence
frances francesca francoise françoise gabriela gabriella gabrielle gail gemma georgia geraldine gertrude
gina giorgia giovanna giulia gloria grace greta gretchen gwen gwendolyn hanna hannah harriet hatice heather
heidi helen helena helga hillary holly ida ilse ines ingrid irene irina iris isabel isabella
isabelle ivana ivanka jacqueline jane janet janice jasmine jennifer jenny jessica jill joan
joanna joanne jocelyn johanna josefina josephine joyce judith judy julia juliana julie juliet justine karen karin
karina karoline katarina katarzyna kate katerina katharina katherine kathleen kathryn katie katrin 
kimberly kristen kristin kristina laura lauren leah leila lena leticia lidia lillian linda lisa liz
lorena lorraine louisa louise lucia lucy luisa lydia lyudmila madeleine madison magdalena maggie malala
manuela marcela margaret margarita margot maria mariana marianne marie marina marion marisa marta martha
martina mary maryam matilda maureen maya megan melania melanie melissa mia michaela michelle mildred
miriam monica monika nadia nadine nancy naomi natalia natalie natasha nathalie nicole nina noor
nora olga olivia pamela paola patricia paula pauline petra phyllis priscilla rachel rania raquel rashida
rebecca regina renata renee rita roberta rosa rosalind rose rosemary ruth sabine sabrina samantha sandra
sara sarah selina serena sharon sheila shirley silvia simone sofia sonia sophia sophie stefanie stephanie
susan susanne suzanne svetlana sylvia tamara tania tanya tatiana tatyana teresa theresa tina ursula
valentina valeria valerie vanessa vera veronica veronika victoria viktoria virginia vivian wanda wendy
yasmin yolanda yulia yvonne zainab zoe zofia
abby adrienne alyssa angie ashley audrey becky bethany brooke candace carly carole cathy charlene christy
connie courtney darlene debbie dianne eileen elaine ellie erika ethel gladys hailey hilary irma janelle janis
jeanette jeanne jenna joann juanita kathy kayla kendra kirsten krista kristy laurie lindsay lindsey lois lori
mandy marcia marjorie marlene meghan melinda molly nikki norma peggy rhonda robyn sally sherry stacey stacy
stella sue tammy tara terri tiffany toni trisha vicki wilma
"""
_MALE_FIRST_NAMES = """
aaron abdul abdullah abraham adam adrian ahmad ahmed aidan alan albert alberto aleksandr alessandro
alexander alexandre alexei alexey alfonso alfred ali alistair amir anders andre andreas andrei
andres andrew andrey andriy andrzej angelo anthony antoine anton antonio arnold arthur artur bashar ben
benjamin bernard bernd bernie bill bob boris brad bradley brandon brian bruce bruno carl carlos cesar
charles charlie christian christoph christopher chuck claude colin craig dan daniel dario darren
dave david dennis derek diego dietrich dmitri dmitry domenico dominic donald douglas duncan dylan edgar
eduardo edward elijah eliot emmanuel enrique eric erik ernesto ethan eugene evan fabio farid federico
felipe felix fernando filippo francesco francis francisco frank franz fred frederick friedrich gabriel
gareth gary gavin geoffrey george georg gerald gerard gerhard giovanni giuseppe gordon graham greg
gregory guillaume gunther gustavo hamid hans harold harry hassan heinrich henri henrik henry hugh hugo
hussein ian ibrahim igor ivan jack jacob jacques jake james jamal jason javier jeff jeffrey
jens jeremy jerome jerry jesse jim jimmy joachim joe joel johan johann johannes john jonathan jordi
jorge jose josé joseph josh joshua juan julian julio justin karl keith ken kenneth kevin keir
klaus kurt kyle lars lawrence leon leonardo leonid lorenzo louis luca lucas luis luke lukas
luiz manuel marc marcel marco marcus mario mark martin mateo matteo matthew matthias mauricio maurice
max maxim michael michel miguel mikhail mike mohamed mohammad mohammed muhammad mustafa nathan neil
nicholas nick nicolas nigel nikolai nikolaos oleg oleksandr oliver omar oscar otto pablo patrick paul
pedro pete peter petr petro philip philippe pierre piotr rafael rahul ralph ramon randy raul ray
raymond recep ricardo richard rick robert roberto rodrigo roger roland roman ronald ross roy rudolf
rudy russell ryan salman salvatore samuel santiago scott sean sebastian sergei sergey sergio
seth simon stanislav stefan stefano stephen steve steven stuart sven ted terry thomas tim timothy
tobias todd tom tomas tommy tony travis tyler umar uwe valentin valery vasily victor viktor vincent
vincenzo vladimir volodymyr walter warren wayne wilhelm william wolfgang xavier yannick yaroslav yuri
yusuf zachary
abe alvin andy archie barry bobby brett bryan calvin cecil chad clarence clifford clyde cody corey curtis
danny darrell derrick don dustin dwight eddie edwin elliott ernest floyd franklin gilbert glenn gregg hank harvey
herbert herman howard jared jeremiah joey johnny jon kenny kirk larry leo leonard leroy lester lloyd lyndon
marvin melvin milton mitch mitchell morris nathaniel neal norman phil phillip randall randolph reginald ricky
rodney ron ronnie sammy shane shaun shawn sheldon sidney stanley terrence troy tyrone vernon wallace wesley
willie woodrow zach
"""
# First names outside the gendered lists: given to both sexes, or also common English words ("Hunter S.
# Thompson", "Grant Shapps"). They make a name a name, but say nothing of gender.
_OTHER_FIRST_NAMES = """
ace alex amber andrea april art august avery bill bud buck carter casey cash chase chip chris christian
cliff colt cooper crystal dale dana dawn dean drew duke earl faith frank gene glen grace grant guy
heather holly hope hunter ivy jack jade jamie jan jean jesse jody jordan joy june kelly kim king kris
lance lee leslie major mark mason may miles morgan nicola parker pat pearl prince ray rich riley robin
rocky rod rose ruby rusty sam sandy sasha sonny spencer sterling summer taylor ted terry tucker victoria
wade will
"""
OTHER_FIRST_NAMES = frozenset(_OTHER_FIRST_NAMES.split())

# English pet forms of given names that do not open the full form ("Jim" for James; "Tom" for Thomas needs no
# entry): pet form -> the given names it stands for. Left out: forms shared by men and women ("Sam", "Pat",
# "Alex", "Chris", "Terry", "Jo") and forms that are given names in their own right ("Jack", "Harry", "Kate").
PET_NAMES = {
    "jim": ("james",), "jimmy": ("james",), "bill": ("william",), "billy": ("william",), "willie": ("william",),
    "bob": ("robert",), "bobby": ("robert",), "dick": ("richard",), "rick": ("richard",), "ricky": ("richard",),
    "ted": ("edward", "theodore"), "ned": ("edward",), "eddie": ("edward",), "chuck": ("charles",),
    "hank": ("henry",), "peggy": ("margaret",), "liz": ("elizabeth",), "betty": ("elizabeth",),
    "sue": ("susan",), "susie": ("susan",), "patty": ("patricia",), "tricia": ("patricia",),
    "tony": ("anthony", "antonio"), "dave": ("david",), "steve": ("stephen", "steven"), "joe": ("joseph",),
    "mike": ("michael",), "andy": ("andrew",), "larry": ("lawrence", "laurence"), "jerry": ("gerald", "jerome"),
    "kathy": ("katherine", "kathryn", "kathleen"),
}
FEMALE_NAMES = frozenset(_FEMALE_FIRST_NAMES.split())
MALE_NAMES = frozenset(_MALE_FIRST_NAMES.split())

# Nouns that say the person they name is a man or a woman ("the spokeswoman", "his mother").
FEMALE_NOUNS = frozenset([
    "woman", "girl", "mother", "daughter", "wife", "sister", "aunt", "niece", "grandmother",
    "widow", "fiancée", "girlfriend", "spokeswoman", "chairwoman", "congresswoman", "businesswoman",
    "actress", "queen", "princess", "duchess", "countess", "empress", "nun", "policewoman", "heiress",
    "mrs", "ms", "miss", "lady", "dame", "madam", "mme", "councilwoman", "stepmother",
])
# Not "actor": women are called actors too ("voice actor Jane Doe"); only "actress" marks the sex.
MALE_NOUNS = frozenset([
    "man", "boy", "father", "son", "husband", "brother", "uncle", "nephew", "grandfather",
    "widower", "fiancé", "boyfriend", "spokesman", "chairman", "congressman", "businessman",
    "king", "prince", "duke", "emperor", "monk", "policeman", "mr", "sir", "lord",
    "councilman", "stepfather",
])

# Words of censure that call a claim or an act wrong without calling it false ("called the deal lousy",
# "said the decision was a mistake"); a dispute only when said of someone's claim or act (see disputes.py).
CENSURE_WORDS = frozenset([
    "wrong", "mistake", "mistaken", "misguided", "silly", "absurd", "ridiculous", "preposterous", "laughable",
    "outrageous", "disgraceful", "shameful", "scandalous", "deplorable", "appalling", "irresponsible",
    "reckless", "unacceptable", "inappropriate", "disappointing", "lousy", "terrible", "dishonest",
    "disgrace", "travesty", "negligent", "negligence", "careless", "carelessness", "foolish", "disaster",
    "disastrous", "failure", "fiasco", "blunder", "error", "misjudgment", "misjudgement", "misstep", "miscalculation",
    "unwise", "wrongheaded",
    # unfair, unreasonable or unprincipled; contemptible; a pretence
    "hypocritical", "hypocrisy", "unjustified", "unjustifiable", "unreasonable", "counterproductive",
    "shortsighted", "naive", "incompetent", "incompetence",
    "inept", "ineptitude", "reprehensible", "despicable", "disgusting", "abhorrent", "unconscionable",
    "indefensible", "inexcusable", "unforgivable", "shameless", "cynical", "sham", "farce", "charade", "stunt",
    "smear", "undemocratic", "grotesque",
])
# Words before a title that say when or how well known its holder is, no part of the title ("the sitting
# president", "the famous singer").
TITLE_QUALIFIERS = frozenset([
    "sitting", "incumbent", "then", "newly", "current", "currently", "elected", "appointed", "re-elected",
    "deceased", "numerous", "several", "various", "many", "different", "other",
    # fame describes the holder, it is no part of a title ("well-known photographers")
    "famous", "renowned", "noted", "known", "well-known", "celebrated", "acclaimed", "prominent", "legendary",
    "notable", "eminent", "distinguished",
    # as is the moment of leaving ("the exiting governor")
    "outgoing", "exiting", "departing", "retiring",
])
