#include "governance/PiiVocabulary.h"

#include <QHash>

namespace privaudit::governance::vocabulary {

namespace {

QSet<QString> words(std::initializer_list<const char*> list)
{
    QSet<QString> out;
    for (const char* w : list)
        out.insert(QString::fromUtf8(w));
    return out;
}

struct KindWords
{
    PiiKind kind;
    QSet<QString> tokens; ///< whole words of the header
    QStringList stems;    ///< substrings of the compact header (German compounds: "geburtsdatum")
    QSet<QString> unless; ///< words that make the header about something else ("product name")
};

const std::vector<KindWords>& headerVocabulary()
{
    static const std::vector<KindWords> table = {
        {PiiKind::Email,
         words({"email", "e-mail", "mail", "courriel", "emailadresse"}),
         {QStringLiteral("email"), QStringLiteral("mailadresse"), QStringLiteral("courriel")},
         {}},
        {PiiKind::Phone,
         words({"phone", "telephone", "tel", "mobile", "cell", "fax", "telefon", "handy", "mobil", "portable",
                "telefonnummer", "telephonenumber", "phonenumber"}),
         {QStringLiteral("phone"), QStringLiteral("telefon"), QStringLiteral("telephon"),
          QStringLiteral("handynummer"), QStringLiteral("mobilnummer")},
         {}},
        {PiiKind::Iban,
         words({"iban", "bic", "account", "konto", "rib", "bankverbindung"}),
         {QStringLiteral("iban"), QStringLiteral("kontonummer")},
         {}},
        {PiiKind::PaymentCard,
         words({"card", "cc", "pan", "creditcard", "kreditkarte", "carte", "cb"}),
         {QStringLiteral("creditcard"), QStringLiteral("cardnumber"), QStringLiteral("kreditkarte"),
          QStringLiteral("cartebancaire")},
         {}},
        {PiiKind::UsSsn, words({"ssn", "social"}), {QStringLiteral("socialsecurity")}, {}},
        {PiiKind::UkNhsNumber, words({"nhs"}), {QStringLiteral("nhsnumber"), QStringLiteral("nhsno")}, {}},
        {PiiKind::DeTaxId,
         words({"steuerid", "idnr", "tin", "steuernummer"}),
         {QStringLiteral("steuerid"), QStringLiteral("steueridentifikation"),
          QStringLiteral("identifikationsnummer")},
         {}},
        {PiiKind::FrNir,
         words({"nir", "insee", "secu"}),
         {QStringLiteral("securitesociale"), QStringLiteral("numerosecu")},
         {}},
        {PiiKind::NlBsn,
         words({"bsn", "burgerservicenummer", "sofinummer"}),
         {QStringLiteral("burgerservice")},
         {}},
        {PiiKind::PlPesel, words({"pesel"}), {QStringLiteral("pesel")}, {}},
        {PiiKind::IpAddress,
         words({"ip", "ipaddress", "ipv4", "ipv6", "host"}),
         {QStringLiteral("ipaddress"), QStringLiteral("ipadresse"), QStringLiteral("adresseip")},
         {}},
        {PiiKind::DateOfBirth,
         words({"dob", "birthday", "birthdate", "born", "birth", "geburtsdatum", "geburtstag", "geboren",
                "naissance", "geb"}),
         {QStringLiteral("dateofbirth"), QStringLiteral("birthdate"), QStringLiteral("geburts"),
          QStringLiteral("naissance")},
         {}},
        {PiiKind::Age, words({"age", "alter", "ages", "agee", "lebensalter"}), {}, {}},
        {PiiKind::Sex,
         words({"sex", "gender", "geschlecht", "sexe", "genre"}),
         {},
         words({"life", "orientation"})},
        {PiiKind::Postcode,
         words({"zip", "zipcode", "postcode", "postal", "plz", "postleitzahl", "cp", "codepostal",
                "postcodes"}),
         {QStringLiteral("zipcode"), QStringLiteral("postcode"), QStringLiteral("postalcode"),
          QStringLiteral("postleitzahl"), QStringLiteral("codepostal")},
         {}},
        {PiiKind::Nationality,
         words({"nationality", "citizenship", "country", "staatsangehorigkeit", "nationalite",
                "herkunftsland", "nation", "pays"}),
         {QStringLiteral("nativecountry"), QStringLiteral("countryofbirth"),
          QStringLiteral("staatsangehorigkeit"), QStringLiteral("nationalit"), QStringLiteral("geburtsland")},
         {}},
        {PiiKind::PersonName,
         words({"name", "firstname", "lastname", "surname", "forename", "fullname", "givenname", "vorname",
                "nachname", "familienname", "nom", "prenom", "patronyme", "naam", "achternaam", "voornaam",
                "imie", "nazwisko"}),
         {QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("surname"),
          QStringLiteral("fullname"), QStringLiteral("vorname"), QStringLiteral("nachname"),
          QStringLiteral("familienname"), QStringLiteral("nomdefamille")},
         words({"product", "item",       "company", "firm",     "city",    "street",  "file",
                "brand",   "category",   "drug",    "model",    "country", "team",    "produkt",
                "artikel", "firma",      "stadt",   "strasse",  "produit", "ville",   "rue",
                "societe", "entreprise", "host",    "dataset",  "column",  "feature", "class",
                "charge",  "offense",    "offence", "diagnosis"})},
        {PiiKind::RecordNumber,
         words({"id",        "case",       "caseno",       "casenumber", "number",     "no",
                "nr",        "nummer",     "numero",       "num",        "identifier", "mrn",
                "patientid", "customerid", "aktenzeichen", "dossier",    "matricule",  "ref",
                "reference", "uuid",       "guid",         "key"}),
         {QStringLiteral("casenumber"), QStringLiteral("aktenzeichen"), QStringLiteral("patientennummer"),
          QStringLiteral("kundennummer")},
         {}},
        {PiiKind::Health,
         words({"diagnosis", "diagnoses",  "disease",    "health",      "medical",    "condition",
                "icd",       "icd10",      "symptom",    "symptoms",    "medication", "treatment",
                "hiv",       "cancer",     "diabetes",   "pregnant",    "pregnancy",  "disability",
                "illness",   "clinical",   "patient",    "diagnose",    "krankheit",  "gesundheit",
                "befund",    "medikament", "behandlung", "behinderung", "diagnostic", "maladie",
                "sante",     "traitement", "handicap",   "bmi",         "malignant",  "tumor",
                "tumour"}),
         {QStringLiteral("diagnos"), QStringLiteral("krankheit"), QStringLiteral("gesundheit"),
          QStringLiteral("medicament"), QStringLiteral("medikament")},
         {}},
        {PiiKind::Ethnicity,
         words({"race", "ethnicity", "ethnic", "ethnie", "ethnique", "rasse", "herkunft", "ethnizitat",
                "origine"}),
         {QStringLiteral("ethnic"), QStringLiteral("ethnie"), QStringLiteral("ethnizit")},
         {}},
        {PiiKind::Religion,
         words({"religion", "faith", "confession", "konfession", "religious", "belief", "beliefs", "glaube",
                "culte", "religieux"}),
         {QStringLiteral("religio"), QStringLiteral("konfession")},
         {}},
        {PiiKind::SexLife,
         words({"orientation", "sexuality", "lgbt", "lgbtq", "sexualitat", "sexualite"}),
         {QStringLiteral("sexualorientation"), QStringLiteral("sexuelleorientierung"),
          QStringLiteral("orientationsexuelle"), QStringLiteral("sexlife")},
         {}},
        {PiiKind::Biometric,
         words({"fingerprint", "biometric", "biometrics", "iris", "retina", "voiceprint", "faceprint",
                "biometrie", "biometrique", "fingerabdruck", "empreinte"}),
         {QStringLiteral("fingerprint"), QStringLiteral("biometr"), QStringLiteral("faceembedding"),
          QStringLiteral("fingerabdruck")},
         {}},
        {PiiKind::UnionMembership,
         words({"union", "unionmember", "gewerkschaft", "syndicat", "syndique", "syndical"}),
         {QStringLiteral("tradeunion"), QStringLiteral("unionmember"), QStringLiteral("gewerkschaft"),
          QStringLiteral("syndica")},
         {}},
        {PiiKind::PoliticalOpinion,
         words({"political", "politics", "party", "vote", "voted", "partei", "wahl", "politique", "parti",
                "politisch"}),
         {QStringLiteral("politic"), QStringLiteral("politisch"), QStringLiteral("politique")},
         words({"third"})},
        {PiiKind::CriminalOffence,
         words({"charge",     "charges",      "offence",    "offense",     "offenses",    "crime",
                "crimes",     "criminal",     "conviction", "convictions", "arrest",      "arrests",
                "sentence",   "recidivism",   "recid",      "felony",      "misdemeanor", "jail",
                "prison",     "parole",       "probation",  "priors",      "straftat",    "vorstrafe",
                "vorstrafen", "verurteilung", "delikt",     "haft",        "infraction",  "condamnation",
                "casier",     "delit",        "peine"}),
         {QStringLiteral("straftat"), QStringLiteral("vorstraf"), QStringLiteral("verurteil"),
          QStringLiteral("criminal"), QStringLiteral("recidiv"), QStringLiteral("condamnation")},
         {}},
    };
    return table;
}

} // namespace

QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) continue;
        if (c == QChar(0x00DF)) { // sharp s
            out += QLatin1String("ss");
            continue;
        }
        out += c;
    }
    return out;
}

QStringList headerWords(const QString& header)
{
    // camelCase boundaries first ("dateOfBirth"), then fold and split.
    QString spaced;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i > 0 && header[i].isUpper() && header[i - 1].isLower()) spaced += QLatin1Char(' ');
        spaced += header[i];
    }
    const QString folded = fold(spaced);
    QStringList out;
    QString current;
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty()) out << current;
    return out;
}

QString headerCompact(const QString& header)
{
    return headerWords(header).join(QString());
}

std::vector<NameEvidence> nameEvidence(const QString& header)
{
    const QStringList wordsOfHeader = headerWords(header);
    const QString compact = wordsOfHeader.join(QString());
    std::vector<NameEvidence> out;
    for (const KindWords& k : headerVocabulary()) {
        bool excluded = false;
        for (const QString& w : wordsOfHeader)
            excluded = excluded || k.unless.contains(w);
        if (excluded) continue;
        QString matched;
        for (const QString& w : wordsOfHeader)
            if (matched.isEmpty() && k.tokens.contains(w)) matched = w;
        for (const QString& s : k.stems)
            if (matched.isEmpty() && compact.contains(s)) matched = s;
        if (!matched.isEmpty()) out.push_back({k.kind, matched});
    }
    return out;
}

const QSet<QString>& givenNames()
{
    static const QSet<QString> names =
        words({"james",      "john",       "robert",    "michael",     "william",   "david",     "richard",
               "joseph",     "thomas",     "charles",   "christopher", "daniel",    "matthew",   "anthony",
               "mark",       "donald",     "steven",    "paul",        "andrew",    "joshua",    "kenneth",
               "kevin",      "brian",      "george",    "timothy",     "ronald",    "edward",    "jason",
               "jeffrey",    "ryan",       "jacob",     "gary",        "nicholas",  "eric",      "jonathan",
               "stephen",    "larry",      "justin",    "scott",       "brandon",   "benjamin",  "samuel",
               "gregory",    "frank",      "alexander", "raymond",     "patrick",   "jack",      "dennis",
               "jerry",      "tyler",      "aaron",     "jose",        "adam",      "henry",     "nathan",
               "douglas",    "zachary",    "peter",     "kyle",        "walter",    "ethan",     "jeremy",
               "harold",     "keith",      "christian", "roger",       "noah",      "gerald",    "carl",
               "terry",      "sean",       "austin",    "arthur",      "lawrence",  "jesse",     "dylan",
               "bryan",      "joe",        "jordan",    "billy",       "bruce",     "albert",    "willie",
               "gabriel",    "logan",      "alan",      "juan",        "wayne",     "roy",       "ralph",
               "randy",      "eugene",     "vincent",   "russell",     "elijah",    "louis",     "bobby",
               "philip",     "johnny",     "mary",      "patricia",    "jennifer",  "linda",     "elizabeth",
               "barbara",    "susan",      "jessica",   "sarah",       "karen",     "nancy",     "lisa",
               "betty",      "margaret",   "sandra",    "ashley",      "kimberly",  "emily",     "donna",
               "michelle",   "dorothy",    "carol",     "amanda",      "melissa",   "deborah",   "stephanie",
               "rebecca",    "sharon",     "laura",     "cynthia",     "kathleen",  "amy",       "shirley",
               "angela",     "helen",      "anna",      "brenda",      "pamela",    "nicole",    "emma",
               "samantha",   "katherine",  "christine", "debra",       "rachel",    "catherine", "carolyn",
               "janet",      "ruth",       "maria",     "heather",     "diane",     "virginia",  "julie",
               "joyce",      "victoria",   "olivia",    "kelly",       "christina", "lauren",    "joan",
               "evelyn",     "judith",     "megan",     "cheryl",      "andrea",    "hannah",    "martha",
               "jacqueline", "frances",    "gloria",    "ann",         "teresa",    "kathryn",   "sara",
               "janice",     "jean",       "alice",     "madison",     "doris",     "abigail",   "julia",
               "judy",       "grace",      "denise",    "amber",       "marilyn",   "beverly",   "danielle",
               "theresa",    "sophia",     "marie",     "diana",       "brittany",  "natalie",   "isabella",
               "charlotte",  "rose",       "alexis",    "kayla",       "lucas",     "leon",      "finn",
               "felix",      "maximilian", "paul",      "elias",       "jonas",     "luca",      "ben",
               "noah",       "julian",     "tim",       "jan",         "lukas",     "moritz",    "niklas",
               "tobias",     "florian",    "sebastian", "stefan",      "markus",    "andreas",   "klaus",
               "jurgen",     "dieter",     "uwe",       "wolfgang",    "hans",      "gunter",    "helmut",
               "horst",      "manfred",    "sabine",    "ursula",      "monika",    "petra",     "renate",
               "birgit",     "claudia",    "susanne",   "andrea",      "mia",       "lena",      "lea",
               "leonie",     "lina",       "marie",     "sophie",      "laura",     "katharina", "johanna",
               "anja",       "jana",       "nina",      "julia",       "jean",      "pierre",    "michel",
               "philippe",   "alain",      "nicolas",   "christophe",  "patrick",   "francois",  "jacques",
               "bernard",    "eric",       "laurent",   "frederic",    "olivier",   "thierry",   "sebastien",
               "julien",     "antoine",    "mathieu",   "guillaume",   "hugo",      "louis",     "arthur",
               "jules",      "gabriel",    "raphael",   "adam",        "marie",     "nathalie",  "isabelle",
               "sylvie",     "catherine",  "francoise", "valerie",     "sandrine",  "veronique", "christine",
               "celine",     "chloe",      "camille",   "manon",       "ines",      "jade",      "louise",
               "alice",      "lea",        "sem",       "daan",        "lars",      "bram",      "thijs",
               "jeroen",     "pieter",     "sanne",     "anouk",       "fleur",     "eva",       "piotr",
               "krzysztof",  "andrzej",    "tomasz",    "pawel",       "marcin",    "michal",    "anna",
               "katarzyna",  "malgorzata", "agnieszka", "barbara",     "ewa",       "magdalena", "joanna"});
    return names;
}

const QSet<QString>& surnames()
{
    static const QSet<QString> names =
        words({"smith",    "johnson",     "williams",   "brown",     "jones",      "garcia",   "miller",
               "davis",    "rodriguez",   "martinez",   "hernandez", "lopez",      "gonzalez", "wilson",
               "anderson", "thomas",      "taylor",     "moore",     "jackson",    "martin",   "lee",
               "perez",    "thompson",    "white",      "harris",    "sanchez",    "clark",    "ramirez",
               "lewis",    "robinson",    "walker",     "young",     "allen",      "king",     "wright",
               "scott",    "torres",      "nguyen",     "hill",      "flores",     "green",    "adams",
               "nelson",   "baker",       "hall",       "rivera",    "campbell",   "mitchell", "carter",
               "roberts",  "evans",       "turner",     "phillips",  "parker",     "collins",  "edwards",
               "stewart",  "morris",      "murphy",     "cook",      "rogers",     "morgan",   "cooper",
               "peterson", "reed",        "bailey",     "bell",      "kelly",      "howard",   "ward",
               "cox",      "richardson",  "wood",       "watson",    "brooks",     "bennett",  "gray",
               "james",    "hughes",      "price",      "mueller",   "muller",     "schmidt",  "schneider",
               "fischer",  "weber",       "meyer",      "wagner",    "becker",     "schulz",   "hoffmann",
               "schafer",  "koch",        "bauer",      "richter",   "klein",      "wolf",     "schroder",
               "neumann",  "schwarz",     "zimmermann", "braun",     "kruger",     "hofmann",  "hartmann",
               "lange",    "schmitt",     "werner",     "krause",    "meier",      "lehmann",  "schmid",
               "martin",   "bernard",     "dubois",     "thomas",    "robert",     "richard",  "petit",
               "durand",   "leroy",       "moreau",     "simon",     "laurent",    "lefebvre", "michel",
               "david",    "bertrand",    "roux",       "vincent",   "fournier",   "morel",    "girard",
               "andre",    "lefevre",     "mercier",    "dupont",    "lambert",    "bonnet",   "francois",
               "martinez", "legrand",     "garnier",    "faure",     "devries",    "jansen",   "bakker",
               "visser",   "smit",        "meijer",     "mulder",    "bos",        "vos",      "peters",
               "hendriks", "dekker",      "nowak",      "kowalski",  "wisniewski", "wojcik",   "kowalczyk",
               "kaminski", "lewandowski", "zielinski",  "szymanski", "wozniak",    "dabrowski"});
    return names;
}

const QSet<QString>& valueWords(PiiKind kind)
{
    static const QHash<int, QSet<QString>> table = {
        {int(PiiKind::Health),
         words({"diabetes",     "cancer",    "hiv",      "aids",          "asthma",       "depression",
                "hypertension", "malignant", "benign",   "tumor",         "tumour",       "stroke",
                "dementia",     "alzheimer", "epilepsy", "schizophrenia", "bipolar",      "hepatitis",
                "tuberculosis", "pregnant",  "obesity",  "covid",         "influenza",    "arthritis",
                "leukemia",     "melanoma",  "krebs",    "zucker",        "depressionen", "bluthochdruck",
                "grossesse",    "enceinte",  "cancer",   "diabete",       "positive",     "negative"})},
        {int(PiiKind::Ethnicity), words({"white",
                                         "black",
                                         "asian",
                                         "hispanic",
                                         "latino",
                                         "latina",
                                         "caucasian",
                                         "african-american",
                                         "african american",
                                         "amer-indian-eskimo",
                                         "asian-pac-islander",
                                         "native american",
                                         "pacific islander",
                                         "arab",
                                         "roma",
                                         "sinti",
                                         "weiss",
                                         "schwarz",
                                         "asiatisch",
                                         "blanc",
                                         "noir",
                                         "asiatique",
                                         "maghrebin",
                                         "mixed"})},
        {int(PiiKind::Religion),
         words({"christian",  "catholic",    "protestant", "orthodox",   "muslim",  "islam",
                "jewish",     "judaism",     "hindu",      "buddhist",   "sikh",    "atheist",
                "agnostic",   "evangelisch", "katholisch", "muslimisch", "judisch", "konfessionslos",
                "catholique", "protestant",  "musulman",   "juif",       "athee",   "bouddhiste"})},
        {int(PiiKind::SexLife),
         words({"heterosexual", "homosexual", "gay", "lesbian", "bisexual", "asexual", "queer", "straight",
                "heterosexuell", "homosexuell", "bisexuell", "heterosexuel", "homosexuel", "bisexuel"})},
        {int(PiiKind::UnionMembership),
         words({"union member", "non-union", "gewerkschaftsmitglied", "syndique"})},
        {int(PiiKind::PoliticalOpinion),
         words({"democrat",  "republican",  "labour", "conservative", "liberal", "green",
                "socialist", "libertarian", "spd",    "cdu",          "csu",     "fdp",
                "afd",       "grune",       "linke",  "lfi",          "rn",      "renaissance",
                "ps",        "lr",          "vvd",    "pvv",          "pis",     "po"})},
        {int(PiiKind::CriminalOffence),
         words({"battery",     "theft",      "assault", "burglary",  "robbery",          "possession",
                "dui",         "dwi",        "fraud",   "murder",    "homicide",         "manslaughter",
                "trespass",    "vandalism",  "arson",   "felony",    "misdemeanor",      "grand theft",
                "petit theft", "cannabis",   "cocaine", "diebstahl", "korperverletzung", "betrug",
                "einbruch",    "raub",       "vol",     "agression", "escroquerie",      "cambriolage",
                "meurtre",     "stupefiants"})},
    };
    static const QSet<QString> none;
    const auto it = table.constFind(int(kind));
    return it == table.constEnd() ? none : *it;
}

const QSet<QString>& sexWords()
{
    static const QSet<QString> w =
        words({"male",  "female",   "m",        "f",        "man",        "woman",     "men",
               "women", "männlich", "mannlich", "weiblich", "w",          "divers",    "homme",
               "femme", "h",        "masculin", "feminin",  "non-binary", "nonbinary", "other"});
    return w;
}

const QSet<QString>& countryWords()
{
    static const QSet<QString> w = words({"united-states",
                                          "united states",
                                          "usa",
                                          "us",
                                          "mexico",
                                          "philippines",
                                          "germany",
                                          "canada",
                                          "puerto-rico",
                                          "el-salvador",
                                          "india",
                                          "cuba",
                                          "england",
                                          "china",
                                          "south",
                                          "jamaica",
                                          "italy",
                                          "dominican-republic",
                                          "japan",
                                          "guatemala",
                                          "poland",
                                          "vietnam",
                                          "columbia",
                                          "haiti",
                                          "portugal",
                                          "taiwan",
                                          "iran",
                                          "greece",
                                          "nicaragua",
                                          "peru",
                                          "ecuador",
                                          "france",
                                          "ireland",
                                          "hong",
                                          "thailand",
                                          "cambodia",
                                          "trinadad&tobago",
                                          "yugoslavia",
                                          "outlying-us(guam-usvi-etc)",
                                          "laos",
                                          "scotland",
                                          "honduras",
                                          "hungary",
                                          "holand-netherlands",
                                          "netherlands",
                                          "spain",
                                          "austria",
                                          "switzerland",
                                          "belgium",
                                          "united kingdom",
                                          "uk",
                                          "deutschland",
                                          "frankreich",
                                          "allemagne",
                                          "espagne",
                                          "italie",
                                          "turkey",
                                          "turkei",
                                          "turquie",
                                          "russia",
                                          "ukraine",
                                          "brazil",
                                          "nigeria",
                                          "morocco",
                                          "algeria",
                                          "tunisia",
                                          "german",
                                          "french",
                                          "british",
                                          "american",
                                          "dutch",
                                          "polish",
                                          "italian",
                                          "spanish",
                                          "turkish",
                                          "deutsch",
                                          "francais",
                                          "allemand",
                                          "americain"});
    return w;
}

} // namespace privaudit::governance::vocabulary
