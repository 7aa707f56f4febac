#include "geo/gazetteer/fold.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace incimap::geo {
namespace {

TEST(FoldName, IgnoresCase) {
  EXPECT_EQ(fold_name("BAGHDAD"), "baghdad");
  EXPECT_EQ(fold_name("baghdad"), fold_name("Baghdad"));
  EXPECT_EQ(fold_name("БАГДАД"), "багдад");  // not only ASCII
}

TEST(FoldName, RemovesDiacritics) {
  EXPECT_EQ(fold_name("Zürich"), "zurich");
  EXPECT_EQ(fold_name("ZÜRICH"), fold_name("Zurich"));
  EXPECT_EQ(fold_name("São Tomé"), "sao tome");
  EXPECT_EQ(fold_name("Al Fallūjah"), fold_name("Al Fallujah"));
}

TEST(FoldName, SharpSIsDoubleS) { EXPECT_EQ(fold_name("Straße"), fold_name("Strasse")); }

TEST(FoldName, CoteDIvoireMeetsItsAsciiSpelling) {
  EXPECT_EQ(fold_name("Côte d’Ivoire"), fold_name("Cote d'Ivoire"));
  EXPECT_EQ(fold_name("Côte d’Ivoire"), "cote divoire");
}

TEST(FoldName, DropsPeriods) {
  EXPECT_EQ(fold_name("U.S."), fold_name("US"));
  EXPECT_EQ(fold_name("U.S.A."), "usa");
  EXPECT_EQ(fold_name("St. Louis"), "st louis");
  EXPECT_EQ(fold_name("Washington, D.C."), "washington, dc");
}

TEST(FoldName, HyphensDashesAndSlashesAreSpaces) {
  EXPECT_EQ(fold_name("Ras al-Ain"), fold_name("Ras al Ain"));
  EXPECT_EQ(fold_name("Guinea\u2013Bissau"), "guinea bissau");  // en dash
  EXPECT_EQ(fold_name("Guinea\u2014Bissau"), "guinea bissau");  // em dash
  EXPECT_EQ(fold_name("Guinea\u2011Bissau"), "guinea bissau");  // non-breaking hyphen
  EXPECT_EQ(fold_name("Kherson/Mykolaiv"), "kherson mykolaiv");
}

TEST(FoldName, DropsApostrophesOfEveryShape) {
  EXPECT_EQ(fold_name("Martha's Vineyard"), "marthas vineyard");
  EXPECT_EQ(fold_name("Martha’s Vineyard"), "marthas vineyard");
  EXPECT_EQ(fold_name("Hawaiʻi"), "hawaii");  // U+02BB, the ʻokina
}

TEST(FoldName, FoldsWhiteSpaceRunsAndTrims) {
  EXPECT_EQ(fold_name("  New \t York\n "), "new york");
  EXPECT_EQ(fold_name("New\u00a0York"), "new york");  // no-break space
  EXPECT_EQ(fold_name("New - York"), "new york");
}

TEST(FoldName, KeepsOtherPunctuationSoASpanAcrossACommaMatchesNothing) {
  EXPECT_NE(fold_name("Paris, Texas"), fold_name("Paris Texas"));
  EXPECT_EQ(fold_name("Paris, Texas"), "paris, texas");
}

TEST(FoldName, NothingLeftOfPunctuationAlone) {
  EXPECT_EQ(fold_name(""), "");
  EXPECT_EQ(fold_name(" . - ' "), "");
}

// The index stores only these hashes, so a change would silently break every
// index already built. Each byte is mixed in as 64-bit FNV-1a does it.
TEST(NameKeyHash, MixesEachByteWithTheFnvPrime) {
  constexpr std::uint64_t kFnvPrime = 1099511628211ULL;
  for (const std::string_view key : {"", "baghdad", "ras al ain"}) {
    const std::string longer = std::string(key) + "x";
    EXPECT_EQ(name_key_hash(longer), (name_key_hash(key) ^ static_cast<unsigned char>('x')) * kFnvPrime) << key;
  }
  EXPECT_EQ(name_key_hash("baghdad"), name_key_hash(std::string("bagh") + "dad"));
}

TEST(NameKeyHash, IsFnv1a64AsDocumented) {
  // Published 64-bit FNV-1a test vectors.
  EXPECT_EQ(name_key_hash(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(name_key_hash("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(name_key_hash("foobar"), 0x85944171f73967e8ULL);
}

TEST(NameKeyHash, SameForEverySpellingThatFoldsAlike) {
  EXPECT_EQ(name_key_hash(fold_name("U.S.")), name_key_hash(fold_name("us")));
  EXPECT_EQ(name_key_hash(fold_name("Zürich")), name_key_hash(fold_name("ZURICH")));
  EXPECT_NE(name_key_hash(fold_name("Paris")), name_key_hash(fold_name("Parus")));
}

TEST(FoldName, LettersWithABuiltInMarkFoldToTheirBase) {
  EXPECT_EQ(fold_name("Diyarbakır"), "diyarbakir");
  EXPECT_EQ(fold_name("Łódź"), "lodz");
  EXPECT_EQ(fold_name("Tromsø"), "tromso");
  EXPECT_EQ(fold_name("Đakovo"), "dakovo");
  EXPECT_EQ(fold_name("Ærøskøbing"), "aeroskobing");
}

}  // namespace
}  // namespace incimap::geo
