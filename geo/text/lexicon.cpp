#include "geo/text/lexicon.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace incimap::geo {
namespace {

// Each class's own words. What each class is for is said beside its
// enumerator in lexicon.hpp.

// Grammar
constexpr std::string_view kNegations[] = {"no", "not", "never", "without"};
constexpr std::string_view kFunctionWords[] = {
    "a", "about", "across", "after", "against", "all", "along", "also", "amid", "among", "an", "and", "another", "any",
    "around", "as", "at", "before", "between", "both", "but", "by", "despite", "during", "each", "even", "every",
    "few", "for", "from", "he", "her", "here", "his", "how", "i", "if", "in", "into", "it", "its", "many", "more",
    "most", "my", "no", "not", "now", "of", "on", "once", "one", "only", "or", "our", "over", "several", "she",
    "since", "so", "some", "that", "the", "their", "there", "these", "they", "this", "those", "through", "to",
    "toward", "towards", "two", "under", "until", "we", "what", "when", "where", "while", "who", "why", "with",
    "within", "without", "yet", "you", "your"};
constexpr std::string_view kClauseFunctionWords[] = {
    "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "of", "in", "on", "at", "to",
    "by", "for", "with", "from", "was", "were", "is", "are", "has", "have", "had", "not", "no"};
constexpr std::string_view kRelativePronouns[] = {"that", "which", "who"};
constexpr std::string_view kRelativeWords[] = {"where", "which", "who", "whose"};
constexpr std::string_view kSubjectPronouns[] = {"he", "she", "they"};
constexpr std::string_view kObjectPronouns[] = {"her", "him", "them"};
constexpr std::string_view kEventDeterminers[] = {
    "a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "my", "your", "every", "each"};
constexpr std::string_view kDefiniteDeterminers[] = {"the", "this", "that", "its", "their"};
constexpr std::string_view kGenericDeterminers[] = {
    "these", "those", "such", "any", "every", "sorts", "sort", "kinds", "kind", "types", "type"};
constexpr std::string_view kActorDeterminers[] = {
    "the", "a", "an", "its", "their", "his", "her", "our", "two", "three", "several", "some", "both"};
constexpr std::string_view kSideDeterminers[] = {"the", "its", "their", "our", "those"};
constexpr std::string_view kPossessiveDeterminers[] = {"the", "its", "their", "our", "his", "her", "those", "these"};
constexpr std::string_view kBodyPartOwners[] = {"the", "his", "her", "their", "both"};
constexpr std::string_view kComparatives[] = {"more", "fewer", "less"};
constexpr std::string_view kTenseAuxiliaries[] = {"has", "had", "is", "was", "will", "would"};
constexpr std::string_view kClaimAuxiliaries[] = {"had", "have", "has", "were", "was", "been", "successfully"};
constexpr std::string_view kAdjunctOpeners[] = {
    "in", "at", "on", "by", "as", "after", "near", "during", "when", "while", "outside", "inside"};
constexpr std::string_view kMembershipLinks[] = {
    "to", "be", "been", "by", "of", "being", "belong", "belonged", "members", "member", "part", "from"};
constexpr std::string_view kActorStopWords[] = {
    "in", "on", "at", "of", "for", "from", "with", "by", "to", "into", "and", "or", "but", "that", "which", "who",
    "whom", "was", "were", "is", "are", "has", "have", "had", "be", "been", "said", "says", "after", "before",
    "when", "while", "as", "than", "likely", "probably", "reportedly", "also", "however", "although", "though", "if",
    "not", "no", "it", "they", "he", "she", "we", "against", "during", "helping", "blaming", "near"};
constexpr std::string_view kActorCommonWords[] = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens",
    "hundreds", "several", "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "in",
    "on", "at", "after", "before", "no", "none", "some", "many", "all", "most", "both"};
constexpr std::string_view kNameConnectors[] = {
    "ad", "al", "am", "and", "ar", "as", "ash", "au", "aux", "az", "bei", "da", "de", "del", "della", "der", "des",
    "di", "do", "dos", "du", "e", "el", "en", "ez", "im", "in", "la", "le", "les", "of", "on", "sur", "the", "upon",
    "van"};
constexpr std::string_view kPersonNameParticles[] = {
    "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "van", "von", "al", "el", "bin",
    "ibn"};
constexpr std::string_view kArabicArticles[] = {"ad", "al", "an", "ar", "as", "ash", "at", "az", "el", "es", "ez"};
constexpr std::string_view kLocativeCues[] = {
    "across", "at", "between", "from", "in", "inside", "into", "near", "outside", "through", "throughout", "to",
    "toward", "towards", "visit", "visited", "within"};
constexpr std::string_view kPlacePrepositions[] = {"around", "in", "inside", "near", "at", "outside"};
constexpr std::string_view kTerritoryVerbs[] = {
    "besieged", "besieging", "bombarded", "bombarding", "encircled", "encircling", "liberated", "liberating",
    "overran", "overrunning", "recaptured", "recapturing", "retaken", "retaking", "retook", "shelled", "shelling",
    "stormed", "storming"};
constexpr std::string_view kDateRangeWords[] = {"since", "until", "till", "by", "before", "after", "through"};
constexpr std::string_view kDateSkippableWords[] = {
    "the", "on", "in", "of", "early", "mid", "late", "last", "this", "end"};

// Time
constexpr std::string_view kWeekdays[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
constexpr std::string_view kMonths[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december"};
constexpr std::array<std::string_view, 0> kDayAndMonthNames{};
constexpr std::string_view kCalendarWords[] = {
    "apr", "aug", "christmas", "dec", "easter", "eid", "feb", "fri", "halloween", "hanukkah", "jan", "kippur",
    "lent", "nov", "oct", "passover", "ramadan", "sept", "thanksgiving", "tues", "weekend", "yom"};
constexpr std::string_view kMonthAbbreviations[] = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                                    "oct", "nov", "dec"};
constexpr std::string_view kDateOpeners[] = {"yesterday", "today", "tonight", "overnight", "last", "this"};
constexpr std::string_view kTimeUnits[] = {
    "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"};
constexpr std::string_view kTimePeriods[] = {
    "weekend", "night", "nights", "day", "days", "week", "weeks", "month", "months", "year", "years", "past", "last",
    "next", "period", "hours", "holiday", "course"};
constexpr std::string_view kHabitualAdverbs[] = {
    "daily", "nightly", "weekly", "regularly", "frequently", "repeatedly", "routinely", "often", "usually"};
constexpr std::string_view kOrdinals[] = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest"};
constexpr std::string_view kTallyWords[] = {"row", "since", "far"};

// Saying and knowing
constexpr std::string_view kSpeechVerbs[] = {
    "added", "adds", "admitted", "announced", "argued", "asked", "believes", "claimed", "commented", "confirmed",
    "declined", "denied", "explained", "insisted", "noted", "recalled", "replied", "reported", "said", "says",
    "stated", "testified", "thinks", "told", "tweeted", "warned", "wrote", "boasted"};
constexpr std::string_view kReportingVerbs[] = {
    "say", "reports", "states", "claims", "believe", "believed", "think", "thought", "confirms", "denies", "warns", "feared", "fears", "know", "knew", "showed", "shows", "suggested", "suggests", "alleged", "alleges", "so", "such"};
constexpr std::string_view kDenialVerbs[] = {"denied", "denies", "deny", "denying", "rejected"};
constexpr std::string_view kSettingPrepositions[] = {"at", "during", "on", "into", "near", "targeting", "targeted"};
constexpr std::string_view kResponseVerbs[] = {
    "accused", "accuses", "accusing", "blamed", "blames", "blaming", "condemned", "condemns", "condemning", "denounced", "denounces", "denouncing",
    "deplored", "deplores", "mourned", "mourns"};
constexpr std::string_view kAgentVerbs[] = {
    "apologised", "apologized", "appointed", "approved", "criticised", "criticized", "embraced", "nominated",
    "ordered", "pardoned", "pledged", "praised", "promised", "resigned", "signed", "thanked", "urged", "vetoed",
    "vowed"};
constexpr std::string_view kHypotheticalCues[] = {
    "threatened", "threatens", "threaten", "threatening", "threat", "threats", "warned", "warns", "warning", "vowed",
    "vows", "would", "could", "might", "if", "unless", "plan", "plans", "planned", "planning", "plot", "plotting",
    "prevent", "preventing", "avoid", "intend", "intends", "intended", "possible", "potential", "fear", "fears",
    "feared", "risk"};
constexpr std::string_view kSuspicionCues[] = {
    "likely", "probably", "possibly", "presumably", "suspected", "believed", "allegedly", "believe", "believes",
    "suspect"};
constexpr std::string_view kRecordingVerbs[] = {
    "recorded", "records", "registered", "documented", "counted", "tallied", "logged"};
constexpr std::string_view kTrendWords[] = {
    "risen", "rose", "increased", "decreased", "dropped", "fallen", "surge", "surged", "spate", "trend", "similar"};

// People and forces
constexpr std::string_view kSecurityForceNouns[] = {
    "soldier", "soldiers", "troops", "trooper", "troopers", "officer", "officers", "policeman", "policemen",
    "police", "guard", "guards", "personnel", "servicemen", "marine", "marines", "peacekeeper", "peacekeepers"};
constexpr std::string_view kSecurityForces[] = {"security", "army", "gendarmes"};
constexpr std::string_view kFighterNouns[] = {
    "fighter", "fighters", "militant", "militants", "insurgent", "insurgents", "rebel", "rebels", "terrorist",
    "terrorists", "jihadist", "jihadists", "gunman", "gunmen", "attacker", "attackers", "assailant", "assailants",
    "militiaman", "militiamen", "combatant", "combatants"};
constexpr std::string_view kCivilianNouns[] = {
    "civilian", "civilians", "child", "children", "kid", "kids", "woman", "women", "boy", "boys", "girl", "girls",
    "student", "students", "pilgrim", "pilgrims", "resident", "residents", "villager", "villagers", "passenger",
    "passengers", "journalist", "journalists", "bystander", "bystanders", "worshippers", "infant", "baby", "babies",
    "teenager", "teenagers", "shopper", "shoppers", "customer", "customers", "farmer", "farmers"};
constexpr std::string_view kPeopleNouns[] = {
    "people", "person", "persons", "man", "men", "worker", "workers", "member", "members", "protester", "protesters",
    "demonstrator", "demonstrators", "staff", "employee", "employees", "contractor", "contractors", "others",
    "victims", "citizens", "nationals", "official", "officials", "driver", "drivers", "passerby", "passersby",
    "passer", "passers", "trader", "traders", "nurse", "nurses", "doctor", "doctors", "guest", "guests",
    "councillor", "councilor", "hostage", "hostages", "prisoner", "prisoners", "captive", "captives", "suspect",
    "suspects"};
constexpr std::string_view kPeopleFromNouns[] = {
    "militants", "fighters", "gunmen", "man", "woman", "men", "women", "people", "residents", "natives", "native",
    "students", "student", "soldiers", "troops", "rebels", "refugees", "migrants", "family", "families", "boy",
    "girl", "pilgrims", "workers", "tourists", "activists", "protesters", "demonstrators"};
constexpr std::string_view kActorHeads[] = {
    "group", "groups", "militia", "militias", "militants", "militant", "insurgents", "insurgent", "rebels", "rebel",
    "fighters", "forces", "force", "troops", "soldiers", "army", "military", "police", "policemen", "coalition",
    "government", "gunmen", "gunman", "attackers", "assailants", "bombers", "bomber", "protesters", "demonstrators",
    "rioters", "civilians", "embassy", "consulate", "regime", "authorities", "jihadists", "extremists", "terrorists",
    "outlaws", "mob", "crowd", "residents", "villagers", "students", "party", "movement", "organization",
    "organisation", "faction", "brigade", "brigades", "battalion", "unit", "guards", "corps", "navy", "patrol",
    "ministry", "officials", "personnel", "contractors", "perpetrators", "men", "administration", "alliance",
    "cells", "network", "cartel", "cartels", "gang", "gangs", "factions"};
constexpr std::string_view kGenericActorHeads[] = {
    "group", "groups", "gunmen", "gunman", "attackers", "assailants", "men", "outlaws", "perpetrators"};
constexpr std::string_view kOwnMenNouns[] = {
    "fighters", "forces", "men", "militants", "members", "troops", "units", "mujahideen", "soldiers"};
constexpr std::string_view kGroupNames[] = {
    "arab", "arabs", "baptist", "buddhist", "catholic", "catholics", "christian", "christians", "democrat",
    "democrats", "hindu", "jew", "jewish", "jews", "latino", "latinos", "methodist", "mormon", "muslim", "muslims",
    "republican", "republicans", "shia", "shiite", "shiites", "sikh", "sunni", "sunnis"};
constexpr std::string_view kPersonTitles[] = {
    "activist", "actor", "actress", "adm", "admiral", "ambassador", "anchor", "assemblyman", "assemblywoman",
    "attorney", "author", "bishop", "blogger", "brother", "businessman", "capt", "captain", "cardinal", "chairman",
    "chancellor", "chef", "chief", "cleric", "coach", "col", "colonel", "commander", "commissioner", "congressman",
    "congresswoman", "correspondent", "councilman", "councilwoman", "cpl", "deputy", "det", "detective", "director",
    "dissident", "dr", "father", "gen", "general", "gov", "governor", "journalist", "judge", "king", "lawyer", "lt",
    "madam", "maj", "major", "mayor", "minister", "miss", "mr", "mrs", "ms", "officer", "pastor", "pitcher", "poet",
    "pope", "premier", "president", "priest", "prof", "professor", "rapper", "rep", "rev", "sen", "senator", "sgt",
    "sheikh", "sheriff", "shortstop", "singer", "sister", "spokesman", "spokeswoman", "superintendent", "trooper",
    "writer"};
constexpr std::string_view kSpeakerRoles[] = {
    "adviser", "advisers", "advisor", "advisors", "aide", "aides", "budget", "chief", "correspondent", "counsel",
    "insiders", "official", "officials", "press", "source", "sources", "spokesman", "spokesperson", "spokeswoman",
    "staff", "statement", "strategist"};
constexpr std::string_view kCountWords[] = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "several", "hundreds"};
constexpr std::string_view kCountQualifiers[] = {
    "at", "least", "more", "than", "over", "nearly", "almost", "about", "around", "some", "up", "to", "as",
    "approximately"};
constexpr std::string_view kCasualtyFillers[] = {
    "innocent",   "unarmed",   "local",  "foreign", "security", "young",  "elderly",   "other",     "more",
    "additional", "were",      "was",    "have",    "has",      "had",    "been",      "are",       "is",
    "reportedly", "also",      "later",  "all",     "being",    "of",     "them",      "including", "critically",
    "suffered",   "sustained", "minor",  "serious", "light",    "severe", "seriously", "slightly",  "shot",
    "burned",     "burnt",     "beaten", "hacked",  "stabbed",  "stoned", "to"};
constexpr std::string_view kBodyParts[] = {
    "leg", "legs", "arm", "arms", "hand", "hands", "foot", "feet", "shoulder", "shoulders", "back", "chest",
    "stomach", "thigh", "thighs", "knee", "knees", "hip", "abdomen"};

// Violence and events
constexpr std::string_view kPerpetratorVerbs[] = {
    "launched", "fired", "attacked", "shelled", "bombed", "ambushed", "stormed", "struck", "targeted", "killed",
    "kidnapped", "abducted", "detonated", "raided", "seized", "torched", "executed", "carried", "opened", "claimed",
    "shot", "overran", "hit", "conducted"};
constexpr std::string_view kVictimVerbs[] = {
    "killed", "wounded", "injured", "hit", "struck", "shot", "attacked", "kidnapped", "abducted", "targeted",
    "executed", "seized", "ambushed"};
constexpr std::string_view kPerpetrationParticiples[] = {
    "attacked", "killed", "claimed", "fired", "launched", "targeted", "shelled", "bombed", "struck", "hit",
    "ambushed", "kidnapped", "abducted", "wounded", "injured", "seized", "detonated", "conducted", "shot", "stormed",
    "raided", "perpetrated", "committed", "executed", "orchestrated", "out"};
constexpr std::string_view kAttackOutcomeParticiples[] = {
    "attacked", "hit", "targeted", "struck", "bombed", "shelled", "ambushed", "stormed", "raided", "besieged",
    "overrun", "rocketed"};
constexpr std::string_view kTargetGerunds[] = {
    "attacking", "bombing", "hitting", "pounding", "raiding", "shelling", "storming", "striking", "targeting"};
constexpr std::string_view kAttackGerunds[] = {
    "launching", "carrying", "firing", "attacking", "shelling", "bombing", "targeting", "killing", "kidnapping",
    "abducting", "staging", "planting", "orchestrating", "being", "ambushing", "shooting", "raiding"};
constexpr std::string_view kAttackNouns[] = {
    "attack", "attacks", "assault", "strike", "strikes", "raid", "raids", "airstrike", "airstrikes", "offensive",
    "bombing"};
// Besides attack_nouns.
constexpr std::string_view kAssaultNouns[] = {"advance", "assaults", "battle", "bombardment",
                                              "fight",   "onslaught", "push",  "siege"};
constexpr std::string_view kCraftNouns[] = {"aircraft", "airliner", "bomber", "bombers", "chopper", "choppers",
                                            "gunship",  "gunships", "helicopter", "helicopters", "jet", "jets",
                                            "plane",    "planes",   "warplane", "warplanes"};
constexpr std::string_view kConveyanceVerbs[] = {
    "airlifted", "brought", "deported", "driven", "evacuated", "extradited", "flown", "moved", "returned",
    "rushed", "sent", "shipped", "taken", "transferred", "transported"};
constexpr std::string_view kClaimableActs[] = {
    "responsibility", "killing", "killings", "bombings", "shelling", "explosion", "blast", "ambush", "kidnapping",
    "abduction", "massacre", "assassination", "rocket", "rockets"};
constexpr std::string_view kWeaponsOfForces[] = {
    "artillery", "jets", "jet", "warplanes", "warplane", "aircraft", "drones", "drone", "tanks", "guns", "gunships",
    "helicopters", "missiles"};
constexpr std::string_view kFatalityWords[] = {
    "killed", "dead", "died", "deaths", "death", "fatalities", "slain", "bodies", "perished"};
constexpr std::string_view kInjuryWords[] = {"injured", "wounded", "hurt", "injuries", "injury", "wounds", "maimed"};
constexpr std::string_view kCasualtyNouns[] = {"casualties", "casualty"};
constexpr std::string_view kKillForms[] = {"killing", "killed", "kills", "kill"};
constexpr std::string_view kWoundForms[] = {"wounding", "wounded", "injuring", "injured", "wounds", "injures"};
constexpr std::string_view kSentenceVerbs[] = {"sentenced", "condemned", "sentencing"};
constexpr std::string_view kCustodyWords[] = {
    "arrest", "arrests", "arrested", "detain", "detains", "detained", "charged", "jailed", "sentenced", "convicted",
    "suspects", "suspect", "questioned", "questioning"};
constexpr std::string_view kNonModifiers[] = {
    "the", "a", "an", "in", "on", "at", "of", "for", "from", "with", "by", "to", "and", "or", "who", "which", "that",
    "was", "were", "is", "are", "where", "when", "after", "before", "day", "week", "year"};
constexpr std::string_view kNonViolentModifiers[] = {
    "heart", "panic", "asthma", "cyber", "anxiety", "legal", "political", "court", "custody", "uphill", "election",
    "budget", "bidding", "ratings", "media", "hunger", "general", "labour", "labor"};
constexpr std::string_view kSeparateEventCues[] = {
    "another", "other", "separate", "second", "third", "fresh", "new", "previous", "earlier", "similar"};
constexpr std::string_view kEndingVerbs[] = {
    "end", "ends", "ended", "ending", "halt", "halts", "halted", "halting", "stop", "stops", "stopped", "stopping",
    "cease", "ceased", "ceasing"};
constexpr std::string_view kRiotGearWords[] = {
    "police", "gear", "squad", "squads", "control", "shields", "officers", "units", "act"};
constexpr std::string_view kLethalForceWords[] = {"killed", "killing", "shot", "live", "gunfire", "bullets", "dead"};
constexpr std::string_view kProtestViolenceWords[] = {
    "clashed", "clashes", "threw", "hurled", "stones", "rocks", "molotov", "torched", "burned", "smashed",
    "vandalized", "looted"};
constexpr std::string_view kCrowdControlWords[] = {
    "dispersed", "tear", "teargas", "cannon", "cannons", "rubber", "arrested", "detained", "batons"};
constexpr std::string_view kThrowVerbs[] = {"thrown", "threw", "throw", "throwing", "hurled", "lobbed", "tossed"};
constexpr std::string_view kHarmedPersonParticiples[] = {
    "abducted", "arrested", "assassinated", "beaten", "beheaded", "detained", "executed", "gunned", "hanged",
    "injured", "kidnapped", "killed", "lynched", "murdered", "shot", "slain", "stabbed", "tortured", "wounded"};
constexpr std::string_view kGoverningNouns[] = {"administration", "administrations", "cabinet", "government",
                                                "presidency", "regime"};
constexpr std::string_view kAccidentWords[] = {
    "crash", "crashed", "collision", "accident", "accidents", "derailed", "derailment", "blaze", "flood", "floods",
    "flooding", "earthquake", "quake", "landslide", "avalanche", "stampede", "drowned", "drowning", "lightning",
    "heatwave", "cyclone", "hurricane", "typhoon", "tornado", "overdose", "outbreak", "epidemic", "collapsed",
    "capsized", "wildfire", "mudslide"};
constexpr std::string_view kSportWords[] = {
    "ball", "striker", "goalkeeper", "midfielder", "innings", "wicket", "wickets", "batsman", "bowler", "touchdown",
    "quarterback", "playoff", "playoffs", "semifinal", "referee", "qualifying", "goals"};
constexpr std::string_view kAbstractNouns[] = {
    "plan", "plans", "policy", "policies", "decision", "proposal", "proposals", "budget", "bill", "law", "laws",
    "remarks", "comments", "record", "reforms", "reform", "idea", "ideas", "democracy", "freedom", "rights",
    "report", "ruling", "verdict", "speech", "critics", "media"};
constexpr std::string_view kWarWords[] = {
    "war", "conflict", "insurgency", "violence", "crisis", "fighting", "unrest", "uprising", "revolution"};
constexpr std::string_view kRemembranceWords[] = {
    "anniversary", "memorial", "commemorate", "commemorated", "commemorating", "commemoration", "mourned",
    "remembered", "remembrance", "ceremony", "vigil", "tribute"};

// Places
constexpr std::string_view kPlaceTypes[] = {
    "area", "areas", "borough", "camp", "capital", "cities", "city", "commune", "county", "crossing", "district",
    "districts", "emirate", "enclave", "governorate", "hamlet", "island", "islands", "localities", "locality",
    "municipality", "neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods", "oblast", "parish", "port",
    "prefecture", "province", "provinces", "region", "republic", "sector", "settlement", "settlements", "state",
    "stronghold", "subdistrict", "suburb", "territory", "town", "towns", "township", "village", "villages"};
constexpr std::string_view kSiteTypes[] = {
    "airbase", "airfield", "airport", "base", "camp", "checkpoint", "dam", "district", "farms", "fields",
    "governorate", "hill", "hills", "hospital", "junction", "mountains", "neighborhood", "neighbourhood", "orchards",
    "plant", "prison", "quarter", "refinery", "roundabout", "square", "suburb", "village"};
constexpr std::string_view kFacilityTypes[] = {"airbase", "airfield", "airport", "checkpoint",
                                               "hospital", "prison",  "refinery"};
constexpr std::string_view kToponymHeads[] = {
    "ain", "ayn", "bani", "bayt", "beit", "beni", "bir", "dayr", "deir", "jabal", "jebel", "jisr", "kafr", "kfar",
    "khirbat", "khirbet", "marj", "nahr", "qasr", "ras", "tal", "tall", "wadi"};
constexpr std::string_view kRoadHeads[] = {"avenida", "calle", "jalan", "piazza", "plaza", "rua", "rue"};
constexpr std::string_view kRoadWords[] = {
    "alley", "ave", "avenue", "blvd", "boulevard", "bridge", "drive", "expressway", "freeway", "highway",
    "hwy", "lane", "ln", "parkway", "pike", "rd", "road", "st", "street", "turnpike"};
constexpr std::string_view kPlaceParts[] = {
    "center", "centre", "east", "edge", "heart", "north", "northeast", "northwest", "outskirts", "south",
    "southeast", "southwest", "suburbs", "west"};
constexpr std::string_view kBearings[] = {
    "east", "north", "northeast", "northwest", "south", "southeast", "southwest", "west"};
constexpr std::string_view kArmedGroupHeads[] = {
    "ahrar", "ajnad", "ansar", "asaib", "faylaq", "harakat", "hayat", "jabhat", "jaish", "jaysh", "jund", "kataib",
    "liwa", "liwaa", "saraya", "tahrir"};
constexpr std::string_view kGroundNouns[] = {
    "environs", "farmland", "farms", "gates", "heartland", "hills", "hillside", "outskirts", "perimeter", "residents",
    "streets", "vicinity"};
constexpr std::string_view kPlaceModifiers[] = {
    "central", "coastal", "downtown", "east", "eastern", "greater", "inner", "lower", "metro", "mid", "north",
    "northeast", "northeastern", "northern", "northwest", "northwestern", "rural", "south", "southeast",
    "southeastern", "southern", "southwest", "southwestern", "suburban", "upper", "west", "western"};
constexpr std::string_view kDivisionWords[] = {
    "county", "department", "district", "governorate", "municipality", "oblast", "parish", "prefecture", "province",
    "region", "state"};
constexpr std::string_view kFeatureTypes[] = {
    "alley", "ave", "avenue", "bay", "beach", "blvd", "boulevard", "bridge", "canal", "canyon", "circle", "cove",
    "creek", "dr", "drive", "expressway", "freeway", "glacier", "gulch", "harbor", "harbour", "highway", "hill",
    "hills", "hwy", "island", "lake", "lane", "ln", "mountain", "mountains", "parkway", "peak", "pike", "pkwy",
    "plateau", "pond", "rd", "reservoir", "ridge", "river", "road", "sea", "st", "strait", "street", "trail", "turnpike",
    "valley"};
constexpr std::string_view kRoadPrefixes[] = {"highway", "hwy", "interstate", "route", "sr"};
constexpr std::string_view kSettlementWords[] = {
    "capital", "cities", "city", "hamlet", "port", "settlement", "settlements", "stronghold", "town", "towns",
    "township", "village", "villages"};
constexpr std::string_view kAreaWords[] = {
    "area", "areas", "countryside", "governorate", "oblast", "prefecture", "province", "provinces", "region",
    "state", "territory"};
constexpr std::string_view kSitesInATown[] = {
    "bazaar", "building", "camp", "cathedral", "church", "compound", "consulate", "embassy", "headquarters", "hotel",
    "market", "ministry", "mosque", "palace", "park", "prison", "school", "shrine", "square", "stadium", "station",
    "temple", "university"};
constexpr std::string_view kDistanceUnits[] = {"km", "kilometers", "kilometres", "miles", "mi"};
constexpr std::string_view kOrganisationWords[] = {
    "academy", "agency", "airlines", "airways", "alliance", "association", "authority", "bancorp", "bank", "board",
    "brewing", "bulletin", "bureau", "business", "capitals", "cathedral", "chronicle", "church", "club", "co",
    "college", "commission", "committee", "company", "conference", "corp", "corporation", "council", "courier",
    "court", "daily", "democrat", "department", "dispatch", "examiner", "express", "foundation", "gazette", "group",
    "herald", "hospital", "inc", "inquirer", "institute", "journal", "ledger", "library", "llc", "ltd", "magazine",
    "mail", "media", "mirror", "monitor", "museum", "network", "news", "observer", "orchestra", "partners", "police",
    "post", "press", "radio", "record", "register", "reporter", "republican", "review", "school", "schools",
    "sentinel", "sheriff", "society", "star", "statesman", "sun", "symphony", "telegraph", "television", "times",
    "today", "tribune", "union", "university", "wire", "yankees", "zoo"};
constexpr std::string_view kMediaWords[] = {
    "broadcasting", "bulletin", "chronicle", "courier", "daily", "democrat", "dispatch", "examiner", "express",
    "gazette", "herald", "inquirer", "journal", "ledger", "magazine", "media", "mirror", "monitor", "news",
    "observer", "post", "press", "radio", "record", "register", "reporter", "review", "sentinel", "star",
    "statesman", "sun", "telegraph", "television", "times", "today", "tribune", "wire"};
constexpr std::string_view kDiseaseWords[] = {
    "disease", "encephalitis", "fever", "flu", "influenza", "syndrome", "virus"};
constexpr std::string_view kClimatePatterns[] = {"el nino", "la nina"};

constexpr WordClass kReportingVerbsHolds[] = {WordClass::speech_verbs};
constexpr WordClass kAgentVerbsHolds[] = {WordClass::speech_verbs, WordClass::response_verbs};
constexpr WordClass kAssaultNounsHolds[] = {WordClass::attack_nouns};
constexpr WordClass kSecurityForcesHolds[] = {WordClass::security_force_nouns};
constexpr WordClass kDayAndMonthNamesHolds[] = {WordClass::weekdays, WordClass::months};
constexpr WordClass kCalendarWordsHolds[] = {WordClass::weekdays, WordClass::months};
constexpr WordClass kDateOpenersHolds[] = {WordClass::weekdays, WordClass::months, WordClass::month_abbreviations};

struct ClassRow {
  WordClass id;
  std::string_view name;
  std::span<const std::string_view> words;
  std::span<const WordClass> holds;
};

constexpr ClassRow kRows[] = {
    {WordClass::negations, "negations", kNegations, {}},
    {WordClass::function_words, "function_words", kFunctionWords, {}},
    {WordClass::clause_function_words, "clause_function_words", kClauseFunctionWords, {}},
    {WordClass::relative_pronouns, "relative_pronouns", kRelativePronouns, {}},
    {WordClass::relative_words, "relative_words", kRelativeWords, {}},
    {WordClass::subject_pronouns, "subject_pronouns", kSubjectPronouns, {}},
    {WordClass::object_pronouns, "object_pronouns", kObjectPronouns, {}},
    {WordClass::event_determiners, "event_determiners", kEventDeterminers, {}},
    {WordClass::definite_determiners, "definite_determiners", kDefiniteDeterminers, {}},
    {WordClass::generic_determiners, "generic_determiners", kGenericDeterminers, {}},
    {WordClass::actor_determiners, "actor_determiners", kActorDeterminers, {}},
    {WordClass::side_determiners, "side_determiners", kSideDeterminers, {}},
    {WordClass::possessive_determiners, "possessive_determiners", kPossessiveDeterminers, {}},
    {WordClass::body_part_owners, "body_part_owners", kBodyPartOwners, {}},
    {WordClass::comparatives, "comparatives", kComparatives, {}},
    {WordClass::tense_auxiliaries, "tense_auxiliaries", kTenseAuxiliaries, {}},
    {WordClass::claim_auxiliaries, "claim_auxiliaries", kClaimAuxiliaries, {}},
    {WordClass::adjunct_openers, "adjunct_openers", kAdjunctOpeners, {}},
    {WordClass::membership_links, "membership_links", kMembershipLinks, {}},
    {WordClass::actor_stop_words, "actor_stop_words", kActorStopWords, {}},
    {WordClass::actor_common_words, "actor_common_words", kActorCommonWords, {}},
    {WordClass::name_connectors, "name_connectors", kNameConnectors, {}},
    {WordClass::person_name_particles, "person_name_particles", kPersonNameParticles, {}},
    {WordClass::arabic_articles, "arabic_articles", kArabicArticles, {}},
    {WordClass::locative_cues, "locative_cues", kLocativeCues, {}},
    {WordClass::place_prepositions, "place_prepositions", kPlacePrepositions, {}},
    {WordClass::territory_verbs, "territory_verbs", kTerritoryVerbs, {}},
    {WordClass::date_range_words, "date_range_words", kDateRangeWords, {}},
    {WordClass::date_skippable_words, "date_skippable_words", kDateSkippableWords, {}},
    {WordClass::weekdays, "weekdays", kWeekdays, {}},
    {WordClass::months, "months", kMonths, {}},
    {WordClass::day_and_month_names, "day_and_month_names", kDayAndMonthNames, kDayAndMonthNamesHolds},
    {WordClass::calendar_words, "calendar_words", kCalendarWords, kCalendarWordsHolds},
    {WordClass::month_abbreviations, "month_abbreviations", kMonthAbbreviations, {}},
    {WordClass::date_openers, "date_openers", kDateOpeners, kDateOpenersHolds},
    {WordClass::time_units, "time_units", kTimeUnits, {}},
    {WordClass::time_periods, "time_periods", kTimePeriods, {}},
    {WordClass::habitual_adverbs, "habitual_adverbs", kHabitualAdverbs, {}},
    {WordClass::ordinals, "ordinals", kOrdinals, {}},
    {WordClass::tally_words, "tally_words", kTallyWords, {}},
    {WordClass::speech_verbs, "speech_verbs", kSpeechVerbs, {}},
    {WordClass::reporting_verbs, "reporting_verbs", kReportingVerbs, kReportingVerbsHolds},
    {WordClass::denial_verbs, "denial_verbs", kDenialVerbs, {}},
    {WordClass::setting_prepositions, "setting_prepositions", kSettingPrepositions, {}},
    {WordClass::response_verbs, "response_verbs", kResponseVerbs, {}},
    {WordClass::agent_verbs, "agent_verbs", kAgentVerbs, kAgentVerbsHolds},
    {WordClass::hypothetical_cues, "hypothetical_cues", kHypotheticalCues, {}},
    {WordClass::suspicion_cues, "suspicion_cues", kSuspicionCues, {}},
    {WordClass::recording_verbs, "recording_verbs", kRecordingVerbs, {}},
    {WordClass::trend_words, "trend_words", kTrendWords, {}},
    {WordClass::security_force_nouns, "security_force_nouns", kSecurityForceNouns, {}},
    {WordClass::security_forces, "security_forces", kSecurityForces, kSecurityForcesHolds},
    {WordClass::fighter_nouns, "fighter_nouns", kFighterNouns, {}},
    {WordClass::civilian_nouns, "civilian_nouns", kCivilianNouns, {}},
    {WordClass::people_nouns, "people_nouns", kPeopleNouns, {}},
    {WordClass::people_from_nouns, "people_from_nouns", kPeopleFromNouns, {}},
    {WordClass::actor_heads, "actor_heads", kActorHeads, {}},
    {WordClass::generic_actor_heads, "generic_actor_heads", kGenericActorHeads, {}},
    {WordClass::own_men_nouns, "own_men_nouns", kOwnMenNouns, {}},
    {WordClass::group_names, "group_names", kGroupNames, {}},
    {WordClass::person_titles, "person_titles", kPersonTitles, {}},
    {WordClass::speaker_roles, "speaker_roles", kSpeakerRoles, {}},
    {WordClass::count_words, "count_words", kCountWords, {}},
    {WordClass::count_qualifiers, "count_qualifiers", kCountQualifiers, {}},
    {WordClass::casualty_fillers, "casualty_fillers", kCasualtyFillers, {}},
    {WordClass::body_parts, "body_parts", kBodyParts, {}},
    {WordClass::perpetrator_verbs, "perpetrator_verbs", kPerpetratorVerbs, {}},
    {WordClass::victim_verbs, "victim_verbs", kVictimVerbs, {}},
    {WordClass::perpetration_participles, "perpetration_participles", kPerpetrationParticiples, {}},
    {WordClass::attack_outcome_participles, "attack_outcome_participles", kAttackOutcomeParticiples, {}},
    {WordClass::attack_gerunds, "attack_gerunds", kAttackGerunds, {}},
    {WordClass::target_gerunds, "target_gerunds", kTargetGerunds, {}},
    {WordClass::attack_nouns, "attack_nouns", kAttackNouns, {}},
    {WordClass::assault_nouns, "assault_nouns", kAssaultNouns, kAssaultNounsHolds},
    {WordClass::claimable_acts, "claimable_acts", kClaimableActs, {}},
    {WordClass::weapons_of_forces, "weapons_of_forces", kWeaponsOfForces, {}},
    {WordClass::craft_nouns, "craft_nouns", kCraftNouns, {}},
    {WordClass::conveyance_verbs, "conveyance_verbs", kConveyanceVerbs, {}},
    {WordClass::fatality_words, "fatality_words", kFatalityWords, {}},
    {WordClass::injury_words, "injury_words", kInjuryWords, {}},
    {WordClass::casualty_nouns, "casualty_nouns", kCasualtyNouns, {}},
    {WordClass::kill_forms, "kill_forms", kKillForms, {}},
    {WordClass::wound_forms, "wound_forms", kWoundForms, {}},
    {WordClass::sentence_verbs, "sentence_verbs", kSentenceVerbs, {}},
    {WordClass::custody_words, "custody_words", kCustodyWords, {}},
    {WordClass::non_modifiers, "non_modifiers", kNonModifiers, {}},
    {WordClass::non_violent_modifiers, "non_violent_modifiers", kNonViolentModifiers, {}},
    {WordClass::separate_event_cues, "separate_event_cues", kSeparateEventCues, {}},
    {WordClass::ending_verbs, "ending_verbs", kEndingVerbs, {}},
    {WordClass::riot_gear_words, "riot_gear_words", kRiotGearWords, {}},
    {WordClass::lethal_force_words, "lethal_force_words", kLethalForceWords, {}},
    {WordClass::protest_violence_words, "protest_violence_words", kProtestViolenceWords, {}},
    {WordClass::crowd_control_words, "crowd_control_words", kCrowdControlWords, {}},
    {WordClass::throw_verbs, "throw_verbs", kThrowVerbs, {}},
    {WordClass::harmed_person_participles, "harmed_person_participles", kHarmedPersonParticiples, {}},
    {WordClass::governing_nouns, "governing_nouns", kGoverningNouns, {}},
    {WordClass::accident_words, "accident_words", kAccidentWords, {}},
    {WordClass::sport_words, "sport_words", kSportWords, {}},
    {WordClass::abstract_nouns, "abstract_nouns", kAbstractNouns, {}},
    {WordClass::war_words, "war_words", kWarWords, {}},
    {WordClass::remembrance_words, "remembrance_words", kRemembranceWords, {}},
    {WordClass::place_types, "place_types", kPlaceTypes, {}},
    {WordClass::site_types, "site_types", kSiteTypes, {}},
    {WordClass::facility_types, "facility_types", kFacilityTypes, {}},
    {WordClass::toponym_heads, "toponym_heads", kToponymHeads, {}},
    {WordClass::road_heads, "road_heads", kRoadHeads, {}},
    {WordClass::road_words, "road_words", kRoadWords, {}},
    {WordClass::place_parts, "place_parts", kPlaceParts, {}},
    {WordClass::bearings, "bearings", kBearings, {}},
    {WordClass::armed_group_heads, "armed_group_heads", kArmedGroupHeads, {}},
    {WordClass::ground_nouns, "ground_nouns", kGroundNouns, {}},
    {WordClass::place_modifiers, "place_modifiers", kPlaceModifiers, {}},
    {WordClass::division_words, "division_words", kDivisionWords, {}},
    {WordClass::feature_types, "feature_types", kFeatureTypes, {}},
    {WordClass::road_prefixes, "road_prefixes", kRoadPrefixes, {}},
    {WordClass::settlement_words, "settlement_words", kSettlementWords, {}},
    {WordClass::area_words, "area_words", kAreaWords, {}},
    {WordClass::sites_in_a_town, "sites_in_a_town", kSitesInATown, {}},
    {WordClass::distance_units, "distance_units", kDistanceUnits, {}},
    {WordClass::organisation_words, "organisation_words", kOrganisationWords, {}},
    {WordClass::media_words, "media_words", kMediaWords, {}},
    {WordClass::disease_words, "disease_words", kDiseaseWords, {}},
    {WordClass::climate_patterns, "climate_patterns", kClimatePatterns, {}},
};

constexpr bool rows_follow_the_enum() {
  std::size_t i = 0;
  for (const ClassRow& row : kRows) {
    if (static_cast<std::size_t>(row.id) != i++) return false;
  }
  return i == kWordClassCount;
}
static_assert(rows_follow_the_enum(), "kRows lists every WordClass once, in the enum's order");

// Every word of any class once, with the classes it belongs to: one probe
// answers every class test.
struct Index {
  std::vector<std::string_view> words;
  std::vector<WordClasses> classes;  // parallel to words
  WordList list;

  Index() : list(collect()) {}

  std::vector<std::string_view>& collect() {
    std::unordered_map<std::string_view, std::size_t> at;
    auto add = [&](std::string_view word, WordClass c) {
      auto [it, inserted] = at.try_emplace(word, words.size());
      if (inserted) {
        words.push_back(word);
        classes.emplace_back();
      }
      classes[it->second].add(c);
    };
    for (const ClassRow& row : kRows) {
      for (std::string_view word : row.words) add(word, row.id);
    }
    // A class that holds another holds its words; rows hold only earlier rows
    // (lexicon_test checks), so one pass in order is transitive.
    for (const ClassRow& row : kRows) {
      for (WordClass held : row.holds) {
        for (WordClasses& c : classes) {
          if (c.has(held)) c.add(row.id);
        }
      }
    }
    return words;
  }
};

const Index& index() {
  static const Index i;
  return i;
}

}  // namespace

WordClasses word_classes(std::string_view word, std::uint64_t hash) noexcept {
  const Index& i = index();
  const std::size_t at = i.list.find(word, hash);
  return at == WordList::npos ? WordClasses{} : i.classes[at];
}

std::span<const std::string_view> words_of(WordClass c) noexcept { return kRows[static_cast<std::size_t>(c)].words; }

std::span<const WordClass> classes_held_by(WordClass c) noexcept { return kRows[static_cast<std::size_t>(c)].holds; }

std::string_view class_name(WordClass c) noexcept { return kRows[static_cast<std::size_t>(c)].name; }

}  // namespace incimap::geo
