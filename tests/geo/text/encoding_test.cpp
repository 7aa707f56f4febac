#include "geo/text/encoding.hpp"

#include <gtest/gtest.h>

namespace incimap::geo {
namespace {

TEST(Encoding, KeepsValidUtf8ByteForByte) {
  const std::string text = "Sant Julià de Lòria, “quoted” — Baghdad";
  const auto decoded = decode_to_utf8(text);
  EXPECT_EQ(decoded.utf8, text);
  EXPECT_EQ(decoded.encoding, SourceEncoding::utf8);
  EXPECT_EQ(decoded.replaced, 0u);
}

TEST(Encoding, DropsByteOrderMark) {
  EXPECT_EQ(decode_to_utf8("\xEF\xBB\xBFKabul").utf8, "Kabul");
}

TEST(Encoding, ConvertsWindows1252) {
  // "Café “Zürich”" in Windows-1252: é=E9, “=93, ü=FC, ”=94.
  const auto decoded = decode_to_utf8("Caf\xE9 \x93Z\xFCrich\x94");
  EXPECT_EQ(decoded.encoding, SourceEncoding::windows1252);
  EXPECT_EQ(decoded.utf8, "Café “Zürich”");
}

TEST(Encoding, ReplacesStrayInvalidBytesInUtf8) {
  const auto decoded = decode_to_utf8("Mosul – Erbil – Kirkuk \xFF end");
  EXPECT_EQ(decoded.encoding, SourceEncoding::utf8);
  EXPECT_EQ(decoded.replaced, 1u);
  EXPECT_EQ(decoded.utf8, "Mosul – Erbil – Kirkuk \xEF\xBF\xBD end");
  EXPECT_TRUE(is_valid_utf8(decoded.utf8));
}

TEST(Encoding, MostlyUtf8WithMoreBadBytesThanGoodSequencesStaysUtf8) {
  // One valid sequence ("é") and three stray bytes: still UTF-8, not mojibake.
  const auto decoded = decode_to_utf8("Caf\xC3\xA9 \x93x\x94 \xFF");
  EXPECT_EQ(decoded.encoding, SourceEncoding::utf8);
  EXPECT_EQ(decoded.replaced, 3u);
  EXPECT_EQ(decoded.utf8, "Café \xEF\xBF\xBDx\xEF\xBF\xBD \xEF\xBF\xBD");
}

TEST(Encoding, ReplaceInvalidUtf8KeepsValidTextAndReplacesEachBadByte) {
  EXPECT_EQ(replace_invalid_utf8("Mosul"), "Mosul");
  EXPECT_EQ(replace_invalid_utf8("a\xC3"), "a\xEF\xBF\xBD");
  EXPECT_EQ(replace_invalid_utf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_TRUE(is_valid_utf8(replace_invalid_utf8("\xF0\x9F\x98")));
}

TEST(Encoding, RejectsOverlongAndSurrogates) {
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));
  EXPECT_TRUE(is_valid_utf8("\xF0\x9F\x98\x80"));
}

TEST(Encoding, TruncatedSequenceNeverCrashes) {
  const auto decoded = decode_to_utf8("abc\xE2\x80");
  EXPECT_TRUE(is_valid_utf8(decoded.utf8));
}

TEST(Encoding, DetectsBinary) {
  EXPECT_TRUE(looks_binary(std::string_view("PK\x03\x04\0\0", 6)));
  EXPECT_FALSE(looks_binary("plain text"));
}

}  // namespace
}  // namespace incimap::geo
