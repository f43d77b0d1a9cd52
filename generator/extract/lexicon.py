"""Word lists the extraction rules share: cue verbs, titles, nationalities, name particles."""
from __future__ import annotations

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
    "underline", "underscore", "reaffirm", "highlight", "assure", "encourage", "elaborate",
])

# Of those, verbs that report speech only with a that-clause or a quote (not "suggest a plan").
WEAK_SPEECH_VERBS = frozenset(["suggest", "propose", "continue", "demand", "estimate", "speak", "call",
                               "encourage"])

# Verbs whose that-clause is reported speech; others (think, believe) are not statements.
INDIRECT_VERBS = SPEECH_VERBS - {"speak", "continue", "ask", "urge", "suggest", "propose", "demand",
                                 "dismiss", "reject", "accuse", "criticize", "criticise", "condemn",
                                 "call", "denounce", "hail", "encourage"}
# Verbs that report speech with a noun phrase as content ("denied any sexual activity").
NOUN_REPORT_VERBS = frozenset(["deny", "confirm", "voice", "underline", "hail", "reiterate", "stress",
                               "emphasise", "emphasize"])
# Verbs that report a request: "asks Zelensky to investigate ...", "urged him to move forward".
REQUEST_VERBS = frozenset(["ask", "urge", "encourage", "call", "implore", "beg", "invite"])

# Lemmas and nouns that carry a dispute (GUIDELINES, Disputes).
DISPUTE_VERBS = frozenset([
    "deny", "dismiss", "reject", "dispute", "contradict", "refute", "rebut", "criticize", "criticise",
    "condemn", "accuse", "challenge", "appeal", "sue", "clarify", "contest", "denounce", "slam", "blast",
    "question",
])
# Words inside a quote that call a claim or action false or wrong.
QUOTE_DISPUTE_WORDS = frozenset([
    "lie", "lies", "lying", "false", "falsehood", "untrue", "illegal", "unlawful", "null",
    "baseless", "groundless", "fabricated", "fabrication", "nonsense", "slander", "unfounded", "bogus",
])
DISPUTE_NOUNS = frozenset(["criticism", "accusation", "denial", "condemnation", "rejection", "allegation",
                           "appeal"])

# Words before a name that are courtesy titles, not roles.
HONORIFICS = frozenset([
    "mr", "mr.", "mme", "mme.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "madam", "lord",
    "lady", "monsenor", "monsignor", "monseñor", "rev", "rev.", "reverend", "father", "sister",
    "brother", "st", "st.", "prof", "prof.", "professor",
])

# Last words of names of places and buildings, which NER sometimes tags PERSON.
PLACE_WORDS = frozenset([
    "Avenue", "Street", "Road", "Square", "Mosque", "Cathedral", "Church", "Museum", "Palace",
    "Bridge", "Park", "Airport", "Station", "Hall", "Tower", "University", "College", "School",
    "Hospital", "Boulevard", "Lane", "Stadium", "Center", "Centre", "Island", "River", "Facility",
    "Prison", "Tribe", "Tribes", "Image",
])

# Last words of organisation names ("Progressive Party", "Cyprus Mail").
ORG_WORDS = frozenset([
    "Party", "Ministry", "Council", "Committee", "Agency", "Department", "Commission", "Union", "Court",
    "Government", "Mail", "Times", "Post", "News", "Journal", "Daily", "Herald", "Tribune", "Press",
    "Bank", "Fund", "Foundation", "Institute", "Association", "Group", "Holdings", "Company", "Office",
    "Service", "Services", "Network", "Television", "Radio", "Agency", "Federation", "League", "Club",
])

# First words of names of storms and ships, which NER sometimes tags PERSON.
THING_PREFIXES = frozenset(["Storm", "Hurricane", "Typhoon", "Cyclone", "Tropical", "USS", "U.S.S.", "HMS"])

# Nouns that introduce a publication or broadcaster, not a person ("Greek daily Kathimerini").
MEDIA_NOUNS = frozenset(["daily", "newspaper", "paper", "weekly", "magazine", "tabloid", "broadcaster",
                         "outlet", "website", "agency", "channel", "network", "station"])

# Particles inside personal names ("Ursula von der Leyen", "Charles de Gaulle").
NAME_PARTICLES = frozenset([
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "bint", "al",
    "el", "ibn", "dos", "das", "ter",
])

# Title words that make a preceding nationality an organization ("Russian President" -> Russia).
OFFICE_WORDS = frozenset([
    "president", "prime", "premier", "minister", "chancellor", "king", "queen", "prince", "princess",
    "emperor", "governor", "mayor", "secretary", "ambassador", "senator", "representative",
    "congressman", "congresswoman", "envoy", "leader", "chief", "foreign", "defence", "defense",
    "interior", "finance", "vice", "deputy", "acting", "former", "speaker", "general", "admiral",
    "chairman", "chairwoman", "chair", "head", "commissioner", "spokesman", "spokeswoman",
    "spokesperson", "official", "officials", "superintendent", "inspector", "detective", "constable",
    "sergeant", "captain", "colonel", "lieutenant", "bishop", "archbishop", "cardinal", "commissioner", "monarch", "sultan", "crown", "president-elect", "first", "lady",
])

# Role nouns that agent endings (-er, -ist, -ian ...) miss.
ROLE_NOUNS = frozenset([
    "expert", "aide", "chief", "head", "police", "judge", "analyst", "lawyer", "attorney", "activist",
    "candidate", "nominee", "envoy", "diplomat", "cleric", "pope", "bishop", "archbishop", "priest",
    "imam", "rabbi", "coach", "captain", "star", "singer", "actor", "actress", "poet", "artist",
    "scientist", "economist", "journalist", "editor", "correspondent", "student", "victim", "suspect",
    "witness", "survivor", "mother", "father", "son", "daughter", "wife", "husband", "fiancée", "fiancé",
    "widow", "chair", "ceo", "founder", "owner", "host", "monarch", "heir", "colonel", "sergeant",
    "lieutenant", "major", "general", "admiral", "commander", "official", "staff", "secretary", "whip",
    "legislator", "lawmaker", "councillor", "councilor", "mp", "deputy", "delegate", "treasurer",
])

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

# Common first names with a clear gender, for pronoun resolution only (no coreference model offline).
FEMALE_NAMES = frozenset([
    "karoline", "ursula", "giorgia", "carrie", "hillary", "nancy", "angela", "theresa", "kamala",
    "elizabeth", "mary", "anne", "ann", "anna", "jacinda", "nicola", "emily", "sophie", "veronika", "tanya", "regina", "mariela", "agnes", "agnès", "christine", "marine", "sarah",
    "susan", "margaret", "catherine", "kate", "jane", "emma", "olivia", "sophia", "julia", "maria",
    "marie", "laura", "linda", "barbara", "patricia", "jennifer", "jessica", "amy", "michelle",
    "melania", "ivanka", "jill", "alexandria", "ilhan", "rashida", "elise", "liz", "lisa", "karen",
    "helen", "ruth", "sonia", "cristina", "hatice", "ayse", "fatma", "greta", "kristalina", "ngozi",
    "tsai", "yulia", "viktoria", "svetlana", "natalia", "olga", "irina", "marta", "ana", "isabel",
    "carmen", "rosa", "sandra", "monica",
])
MALE_NAMES = frozenset([
    "donald", "vladimir", "volodymyr", "emmanuel", "friedrich", "dmitry", "anders", "joe", "joseph",
    "barack", "mike", "michael", "kurt", "rudy", "andriy", "eliot", "adam", "elijah", "hunter", "elie",
    "ken", "mark", "boris", "recep", "tayyip", "kyriakos", "alberto", "mauricio", "xi", "jair",
    "narendra", "justin", "john", "james", "robert", "william", "david", "richard", "charles", "thomas",
    "christopher", "daniel", "matthew", "george", "paul", "steven", "andrew", "kevin", "brian",
    "edward", "ronald", "anthony", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric",
    "stephen", "jonathan", "larry", "scott", "frank", "benjamin", "samuel", "gregory", "alexander",
    "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "henry", "peter", "jose", "juan", "carlos",
    "luis", "jorge", "pedro", "miguel", "antonio", "ahmed", "mohammed", "muhammad", "ali", "hassan",
    "hussein", "omar", "abdul", "sergei", "sergey", "alexei", "alexey", "igor", "ivan", "nikolai",
    "mikhail", "yuri", "oleg", "viktor", "petro", "jens", "josep", "pedro", "mateo", "francis",
    "bernie", "chuck", "mitch", "pete", "lindsey", "ted", "rand", "marco", "jim", "bill", "bob", "tom",
    "tim", "nick", "chris", "matt", "dan", "sam", "ben", "jeremy", "keir", "rishi", "nigel", "gordon",
    "tony", "david", "mohammad", "jamal", "salman", "mohammed", "bashar", "benjamin",
])
