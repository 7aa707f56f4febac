#include "geo/recognize/word_cues.hpp"

#include <algorithm>
#include <array>

namespace incimap::geo {
namespace {

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& sorted, std::string_view word) noexcept {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

// Each list is sorted for binary search (a static_assert below checks).
constexpr auto kFeatureTypes = std::to_array<std::string_view>({
    "alley", "ave", "avenue", "bay", "beach", "blvd", "boulevard", "bridge", "canal", "canyon", "circle", "cove",
    "creek", "dr", "drive", "expressway", "freeway", "glacier", "gulch", "harbor", "harbour", "highway", "hill",
    "hills", "hwy", "island", "lake", "lane", "ln", "mountain", "mountains", "parkway", "peak", "pike", "pkwy",
    "pond", "rd", "reservoir", "ridge", "river", "road", "sea", "st", "strait", "street", "trail", "turnpike",
    "valley"});
constexpr auto kSpeechVerbs = std::to_array<std::string_view>({
    "added", "adds", "admitted", "announced", "argued", "asked", "believes", "claimed", "commented", "confirmed",
    "declined", "denied", "explained", "insisted", "noted", "recalled", "replied", "reported", "said", "says",
    "stated", "testified", "thinks", "told", "tweeted", "warned", "wrote"});
constexpr auto kGroups = std::to_array<std::string_view>({
    "arab", "arabs", "baptist", "buddhist", "catholic", "catholics", "christian", "christians", "democrat",
    "democrats", "hindu", "jew", "jewish", "jews", "latino", "latinos", "methodist", "mormon", "muslim", "muslims",
    "republican", "republicans", "shia", "shiite", "shiites", "sikh", "sunni", "sunnis"});
constexpr auto kArabicArticles = std::to_array<std::string_view>({
    "ad", "al", "an", "ar", "as", "ash", "at", "az", "el", "es", "ez"});
constexpr auto kDivisionWords = std::to_array<std::string_view>({
    "county", "department", "district", "governorate", "municipality", "oblast", "parish", "prefecture",
    "province", "region", "state"});
constexpr auto kDiseaseWords = std::to_array<std::string_view>({
    "disease", "encephalitis", "fever", "flu", "influenza", "syndrome", "virus"});
constexpr auto kClimatePatterns = std::to_array<std::string_view>({"el nino", "la nina"});
constexpr auto kRoadPrefixes = std::to_array<std::string_view>({"highway", "hwy", "interstate", "route", "sr"});
constexpr auto kMedia = std::to_array<std::string_view>({
    "broadcasting", "bulletin", "chronicle", "courier", "daily", "democrat", "dispatch", "examiner", "express",
    "gazette", "herald", "inquirer", "journal", "ledger", "magazine", "media", "mirror", "monitor", "news",
    "observer", "post", "press", "radio", "record", "register", "reporter", "review", "sentinel", "star",
    "statesman", "sun", "telegraph", "television", "times", "today", "tribune", "wire"});

constexpr auto kCalendar = std::to_array<std::string_view>({
    "apr", "april", "aug", "august", "christmas", "dec", "december", "easter", "eid", "feb", "february", "fri",
    "friday", "halloween", "hanukkah", "jan", "january", "july", "june", "kippur", "lent", "march", "may",
    "monday", "nov", "november", "oct", "october", "passover", "ramadan", "saturday", "sept", "september",
    "sunday", "thanksgiving", "thursday", "tues", "tuesday", "wednesday", "weekend", "yom"});

constexpr auto kTitles = std::to_array<std::string_view>({
    "adm", "admiral", "ambassador", "anchor", "assemblyman", "assemblywoman", "attorney", "author", "bishop",
    "brother", "capt", "captain", "cardinal", "chairman", "chancellor", "chef", "chief", "coach", "col",
    "colonel", "commander", "commissioner", "congressman", "congresswoman", "correspondent", "councilman",
    "councilwoman", "cpl", "deputy", "det", "detective", "director", "dr", "father", "gen", "general", "gov",
    "governor", "journalist", "judge", "king", "lt", "madam", "maj", "major", "mayor", "minister", "miss",
    "mr", "mrs", "ms", "officer", "pastor", "pope", "premier", "president", "prof", "professor", "rep", "rev",
    "sen", "senator", "sgt", "sheikh", "sheriff", "sister", "spokesman", "spokeswoman", "superintendent",
    "trooper"});

constexpr auto kOrganisation = std::to_array<std::string_view>({
    "academy", "agency", "airlines", "airways", "alliance", "association", "authority", "bancorp", "bank",
    "board", "brewing", "bulletin", "bureau", "business", "capitals", "cathedral", "chronicle", "church",
    "club", "co", "college", "commission", "committee", "company", "conference", "corp", "corporation",
    "council", "courier", "court", "daily", "democrat", "department", "dispatch", "examiner", "express",
    "foundation", "gazette", "group", "herald", "hospital", "inc", "inquirer", "institute", "journal", "ledger",
    "library", "llc", "ltd", "magazine", "mail", "media", "mirror", "monitor", "museum", "network", "news",
    "observer", "orchestra", "partners", "police", "post", "press", "radio", "record", "register", "reporter",
    "republican", "review", "school", "schools", "sentinel", "sheriff", "society", "star", "statesman", "sun",
    "symphony", "telegraph", "television", "times", "today", "tribune", "union", "university", "wire",
    "yankees", "zoo"});

constexpr auto kModifiers = std::to_array<std::string_view>({
    "central", "coastal", "downtown", "east", "eastern", "greater", "inner", "lower", "metro", "mid", "north",
    "northeast", "northeastern", "northern", "northwest", "northwestern", "rural", "south", "southeast",
    "southeastern", "southern", "southwest", "southwestern", "suburban", "upper", "west", "western"});

constexpr auto kPlaceTypes = std::to_array<std::string_view>({
    "area", "areas", "borough", "capital", "cities", "city", "county", "district", "districts", "emirate",
    "enclave", "governorate", "hamlet", "island", "islands", "municipality", "neighborhood", "neighborhoods",
    "neighbourhood", "neighbourhoods", "oblast", "parish", "port", "prefecture", "province", "provinces",
    "region", "republic", "settlement", "settlements", "state", "stronghold", "suburb", "territory", "town",
    "towns", "township", "village", "villages"});

// The last word of a capitalised name that says it is a site or an area:
// "T-4 Military Airport", "Handarat Refugee Camp", "Kungana Village".
constexpr auto kSiteTypes = std::to_array<std::string_view>({
    "airbase", "airfield", "airport", "base", "camp", "checkpoint", "district", "farms", "fields", "governorate",
    "hospital", "neighborhood", "neighbourhood", "prison", "quarter", "refinery", "suburb", "village"});

// "the edge of", "the outskirts of", "north of": a part of a place or a
// direction from it, followed by the place.
constexpr auto kPlaceParts = std::to_array<std::string_view>({
    "center", "centre", "east", "edge", "heart", "north", "northeast", "northwest", "outskirts", "south",
    "southeast", "southwest", "suburbs", "west"});

constexpr auto kConnectors = std::to_array<std::string_view>({
    "ad", "al", "am", "and", "ar", "as", "ash", "au", "aux", "az", "bei", "da", "de", "del", "della", "der",
    "des", "di", "do", "dos", "du", "e", "el", "en", "ez", "im", "in", "la", "le", "les", "of", "on", "sur", "the",
    "upon", "van"});

constexpr auto kLocative = std::to_array<std::string_view>({
    "across", "at", "between", "from", "in", "inside", "into", "near", "outside", "through", "throughout", "to", "toward",
    "towards", "visit", "visited", "within"});

constexpr auto kFunction = std::to_array<std::string_view>({
    "a", "about", "after", "all", "also", "an", "and", "another", "any", "as", "at", "before", "both", "but",
    "by", "during", "each", "even", "every", "for", "from", "he", "her", "here", "his", "how", "i", "if", "in",
    "it", "its", "many", "more", "most", "my", "no", "not", "now", "of", "on", "once", "one", "only", "or",
    "our", "she", "since", "so", "some", "that", "the", "their", "there", "these", "they", "this", "those",
    "to", "two", "under", "until", "we", "what", "when", "where", "while", "who", "why", "with", "yet", "you",
    "your"});

template <std::size_t N>
constexpr bool is_sorted_list(const std::array<std::string_view, N>& a) {
  for (std::size_t i = 1; i < N; ++i) {
    if (!(a[i - 1] < a[i])) return false;
  }
  return true;
}
static_assert(is_sorted_list(kCalendar));
static_assert(is_sorted_list(kFeatureTypes));
static_assert(is_sorted_list(kRoadPrefixes));
static_assert(is_sorted_list(kDiseaseWords));
static_assert(is_sorted_list(kClimatePatterns));
static_assert(is_sorted_list(kArabicArticles));
static_assert(is_sorted_list(kDivisionWords));
static_assert(is_sorted_list(kGroups));
static_assert(is_sorted_list(kMedia));
static_assert(is_sorted_list(kSpeechVerbs));
static_assert(is_sorted_list(kTitles));
static_assert(is_sorted_list(kOrganisation));
static_assert(is_sorted_list(kModifiers));
static_assert(is_sorted_list(kPlaceTypes));
static_assert(is_sorted_list(kPlaceParts));
static_assert(is_sorted_list(kConnectors));
static_assert(is_sorted_list(kLocative));
static_assert(is_sorted_list(kFunction));

}  // namespace

bool is_calendar_word(std::string_view w) noexcept { return contains(kCalendar, w); }
bool is_person_title(std::string_view w) noexcept { return contains(kTitles, w); }
bool is_organisation_word(std::string_view w) noexcept { return contains(kOrganisation, w); }
bool is_place_modifier(std::string_view w) noexcept { return contains(kModifiers, w); }
bool is_place_type_word(std::string_view w) noexcept { return contains(kPlaceTypes, w); }
bool is_site_type_word(std::string_view w) noexcept { return contains(kSiteTypes, w); }
bool is_place_part_word(std::string_view w) noexcept { return contains(kPlaceParts, w); }
bool is_name_connector(std::string_view w) noexcept { return contains(kConnectors, w); }
bool is_feature_type_word(std::string_view w) noexcept { return contains(kFeatureTypes, w); }
bool is_road_prefix(std::string_view w) noexcept { return contains(kRoadPrefixes, w); }
bool is_group_word(std::string_view w) noexcept { return contains(kGroups, w); }
bool is_arabic_article(std::string_view w) noexcept { return contains(kArabicArticles, w); }
bool is_division_word(std::string_view w) noexcept { return contains(kDivisionWords, w); }
bool is_media_word(std::string_view w) noexcept { return contains(kMedia, w); }
bool is_speech_verb(std::string_view w) noexcept { return contains(kSpeechVerbs, w); }
bool is_locative_cue(std::string_view w) noexcept { return contains(kLocative, w); }
bool is_function_word(std::string_view w) noexcept { return contains(kFunction, w); }
bool is_disease_word(std::string_view w) noexcept { return contains(kDiseaseWords, w); }
bool is_climate_pattern(std::string_view w) noexcept { return contains(kClimatePatterns, w); }

}  // namespace incimap::geo
