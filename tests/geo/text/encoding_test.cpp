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

std::string utf16le(std::u16string_view text, bool bom) {
  std::string out = bom ? "\xFF\xFE" : "";
  for (const char16_t u : text) {
    out.push_back(static_cast<char>(u & 0xFF));
    out.push_back(static_cast<char>(u >> 8));
  }
  return out;
}

TEST(Encoding, Utf16WithOrWithoutByteOrderMarkIsDecoded) {
  const std::u16string text = u"Bogot\u00e1 \U0001F600 Kabul";
  for (const bool bom : {true, false}) {
    const std::string bytes = utf16le(text, bom);
    EXPECT_TRUE(looks_utf16(bytes));
    const auto decoded = decode_to_utf8(bytes);
    EXPECT_EQ(decoded.encoding, SourceEncoding::utf16le);
    EXPECT_EQ(decoded.utf8, "Bogotá \xF0\x9F\x98\x80 Kabul");
  }
  std::string big_endian = "\xFE\xFF";
  for (const char c : std::string("Mosul")) big_endian += std::string(1, '\0') + c;
  EXPECT_EQ(decode_to_utf8(big_endian).utf8, "Mosul");
  EXPECT_EQ(decode_to_utf8(big_endian).encoding, SourceEncoding::utf16be);
  EXPECT_EQ(decode_to_utf8(utf16le(u"a\xD800" u"b", true)).utf8, "a\xEF\xBF\xBD" "b");  // unpaired surrogate
  EXPECT_FALSE(looks_utf16(std::string_view("PK\x03\x04\0\0\x14\0\x08\0", 10)));
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
