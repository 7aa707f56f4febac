#include "geo/gazetteer/index.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <thread>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "geo/gazetteer/fold.hpp"
#include "geo/gazetteer/geonames_reader.hpp"
#include "geo/gazetteer/index_builder.hpp"
#include "geo/gazetteer/index_error.hpp"
#include "geo/base/input_error.hpp"
#include "tests/geo/gazetteer/fixture_gazetteer.hpp"

namespace incimap::geo {
namespace {
namespace fs = std::filesystem;
using index_format::kNone;

SourcePlace make_place(std::uint32_t geonameid, std::string name, LonLat position, char feature_class,
                       std::string feature_code, std::string country, std::string admin1_code) {
  SourcePlace p;
  p.place.geonameid = geonameid;
  p.place.name = name;
  p.place.position = position;
  p.place.feature_class = feature_class;
  p.place.feature_code = feature_code;
  p.place.country = std::move(country);
  p.place.type = geo_type_for(feature_class, feature_code);
  p.admin1_code = std::move(admin1_code);
  p.names.push_back({std::move(name), NameKind::primary});
  return p;
}

std::vector<std::uint32_t> places_named(const GazetteerIndex& index, std::string_view name) {
  std::vector<std::uint32_t> out;
  for (const auto& e : index.lookup_folded(fold_name(name))) out.push_back(e.place);
  return out;
}

std::uint64_t bucket_count_of(std::string_view bytes) {
  index_format::IndexHeader h;
  std::memcpy(&h, bytes.data(), sizeof h);
  return h.bucket_count;
}

// Everything a lookup can reach: every bucket (looked up by a hash that
// falls in it), every place with its admin1, the word lists. Returns the
// answers, to compare two readings of the same bytes.
std::string touch_everything(const GazetteerIndex& index, std::uint64_t bucket_count) {
  std::string answers;
  for (std::uint64_t b = 0; b < bucket_count; ++b) {
    for (const auto& e : index.lookup(b)) answers += std::to_string(e.place) + " ";
  }
  for (const auto& e : index.lookup_folded("baghdad")) answers += "baghdad " + std::to_string(e.place) + " ";
  for (std::uint32_t p = 0; p < index.place_count(); ++p) {
    const GazetteerPlace place = index.place(p);
    answers += place.name + "|" + place.admin1 + "|" + std::to_string(place.geonameid) + " ";
  }
  answers += index.is_common_word(name_key_hash("center")) ? "center" : "-";
  answers += index.is_given_name(name_key_hash("mary")) ? "mary" : "-";
  return answers;
}

// `count` towns ("town 0"...), written to `path`.
void write_towns(std::uint32_t count, const std::string& path);

// Louisiana, Alexandria in it, the United States, and a landmark whose row
// leaves admin1 empty; positions and ids from GeoNames.
class IndexRoundTrip : public ::testing::Test {
 protected:
  void SetUp() override {
    louisiana_ = builder_.add(make_place(0, "Louisiana", LonLat::from(Longitude{-92.0}, Latitude{31.0}), 'A',
                                         "ADM1", "US", "LA"));
    SourcePlace alexandria = make_place(4314550, "Alexandria", LonLat::from(Longitude{-92.44514}, Latitude{31.31129}),
                                        'P', "PPLA2", "US", "LA");
    alexandria.place.population = 47889;
    alexandria.names.push_back({"Aleksandrija", NameKind::alternate});
    alexandria_ = builder_.add(alexandria);
    SourcePlace airport = make_place(1900999001, "Alexandria International Airport",
                                     LonLat::from(Longitude{-92.5486}, Latitude{31.3274}), 'S', "AIRP", "US", "");
    airport.place.parent_geonameid = 4314550;
    airport_ = builder_.add(airport);
    usa_ = builder_.add(
        make_place(0, "United States", LonLat::from(Longitude{-98.5}, Latitude{39.76}), 'A', "PCLI", "US", ""));
    builder_.add_name(usa_, "U.S.", NameKind::abbreviation);
    builder_.add_name(usa_, "American", NameKind::demonym);
    builder_.add_common_word("center");
    builder_.add_common_word("Mobile");
  }

  GazetteerIndex written() {
    builder_.write(path_);
    return GazetteerIndex::open(path_);
  }

  fixture::TempDir dir_{"index-test"};
  std::string path_ = dir_.file("test.idx");
  IndexBuilder builder_;
  std::uint32_t louisiana_ = 0;
  std::uint32_t alexandria_ = 0;
  std::uint32_t airport_ = 0;
  std::uint32_t usa_ = 0;
};

TEST_F(IndexRoundTrip, PlacesKeepTheirFields) {
  const GazetteerIndex index = written();
  ASSERT_EQ(index.place_count(), 4u);
  const GazetteerPlace p = index.place(alexandria_);
  EXPECT_EQ(p.geonameid, 4314550u);
  EXPECT_EQ(p.name, "Alexandria");
  EXPECT_DOUBLE_EQ(p.position.lon(), -92.44514);
  EXPECT_DOUBLE_EQ(p.position.lat(), 31.31129);
  EXPECT_EQ(p.feature_class, 'P');
  EXPECT_EQ(p.feature_code, "PPLA2");
  EXPECT_EQ(p.country, "US");
  EXPECT_EQ(p.population, 47889u);
  EXPECT_EQ(p.type, GeoType::city);
  EXPECT_EQ(index.name(usa_), "United States");
  EXPECT_EQ(index.place(usa_).type, GeoType::country);
}

TEST_F(IndexRoundTrip, NamesAreFoundUnderAnySpellingThatFoldsAlike) {
  const GazetteerIndex index = written();
  EXPECT_EQ(places_named(index, "ALEXANDRIA"), std::vector<std::uint32_t>{alexandria_});
  EXPECT_EQ(places_named(index, "aleksandrija"), std::vector<std::uint32_t>{alexandria_});
  EXPECT_EQ(places_named(index, "US"), std::vector<std::uint32_t>{usa_});
  EXPECT_EQ(places_named(index, "Alexandria International Airport"), std::vector<std::uint32_t>{airport_});
}

TEST_F(IndexRoundTrip, EntriesCarryTheirKindAndWordCount) {
  const GazetteerIndex index = written();
  const auto us = index.lookup_folded(fold_name("U.S."));
  ASSERT_EQ(us.size(), 1u);
  EXPECT_EQ(static_cast<NameKind>(us[0].kind), NameKind::abbreviation);
  const auto american = index.lookup_folded("american");
  ASSERT_EQ(american.size(), 1u);
  EXPECT_EQ(static_cast<NameKind>(american[0].kind), NameKind::demonym);
  const auto airport = index.lookup_folded(fold_name("Alexandria International Airport"));
  ASSERT_EQ(airport.size(), 1u);
  EXPECT_EQ(airport[0].words, 3u);
}

TEST_F(IndexRoundTrip, ANameGivenTwiceIsStoredOnceWithTheMoreTrustedKind) {
  builder_.add_name(alexandria_, "ALEXANDRIA", NameKind::alternate);
  // Louisiana, Alexandria, Aleksandrija, the airport, United States, U.S., American.
  EXPECT_EQ(builder_.write(path_), 7u);
  const GazetteerIndex index = GazetteerIndex::open(path_);
  EXPECT_EQ(index.name_count(), 7u);
  const auto entries = index.lookup_folded("alexandria");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(static_cast<NameKind>(entries[0].kind), NameKind::primary);
}

TEST_F(IndexRoundTrip, AbsentNameFindsNothing) {
  const GazetteerIndex index = written();
  EXPECT_TRUE(index.lookup_folded("narnia").empty());
  EXPECT_TRUE(index.lookup_folded("").empty());
}

TEST_F(IndexRoundTrip, PlacesAreLinkedToTheirAdmin1) {
  const GazetteerIndex index = written();
  EXPECT_EQ(index.record(alexandria_).admin1_place, louisiana_);
  EXPECT_EQ(index.place(alexandria_).admin1, "Louisiana");
  EXPECT_EQ(index.place(louisiana_).admin1, "Louisiana");  // a division is in itself
  EXPECT_EQ(index.record(usa_).admin1_place, kNone);
  EXPECT_EQ(index.place(usa_).admin1, "");
}

TEST_F(IndexRoundTrip, LandmarkIsLinkedToItsParentAndInheritsItsAdmin1) {
  const GazetteerIndex index = written();
  EXPECT_EQ(index.record(airport_).parent_place, alexandria_);
  EXPECT_EQ(index.place(airport_).parent_geonameid, 4314550u);
  EXPECT_EQ(index.record(airport_).admin1_place, louisiana_);
  EXPECT_EQ(index.place(airport_).admin1, "Louisiana");
  EXPECT_EQ(index.record(alexandria_).parent_place, kNone);
}

TEST_F(IndexRoundTrip, CommonWordsAreOnlyTheOnesAdded) {
  const GazetteerIndex index = written();
  EXPECT_TRUE(index.is_common_word(name_key_hash("center")));
  EXPECT_TRUE(index.is_common_word(name_key_hash("mobile")));  // folded when added
  EXPECT_FALSE(index.is_common_word(name_key_hash("alexandria")));
}

TEST_F(IndexRoundTrip, GivenNamesAreKeptApartFromCommonWords) {
  builder_.add_given_name("Joyce");
  const GazetteerIndex index = written();
  EXPECT_TRUE(index.is_given_name(name_key_hash("joyce")));
  EXPECT_FALSE(index.is_common_word(name_key_hash("joyce")));
  EXPECT_FALSE(index.is_given_name(name_key_hash("center")));
}

TEST_F(IndexRoundTrip, FindsPlacesByGeonameid) {
  EXPECT_EQ(builder_.find_geonameid(4314550), alexandria_);
  EXPECT_EQ(builder_.find_geonameid(12345), kNone);
}

TEST_F(IndexRoundTrip, PopulationBeyond32BitsSaturates) {
  SourcePlace big = make_place(1, "Bigtown", LonLat::from(Longitude{0}, Latitude{0}), 'P', "PPL", "", "");
  big.place.population = 6'000'000'000ULL;
  const std::uint32_t i = builder_.add(big);
  EXPECT_EQ(written().place(i).population, 0xFFFFFFFFu);
}

TEST_F(IndexRoundTrip, RewritingReplacesTheIndexAndLeavesNoTemporaryFile) {
  written();
  builder_.add(make_place(2, "Newtown", LonLat::from(Longitude{1}, Latitude{1}), 'P', "PPL", "GB", ""));
  const GazetteerIndex index = written();
  EXPECT_EQ(index.place_count(), 5u);
  EXPECT_FALSE(fs::exists(path_ + ".tmp"));
}

TEST(IndexBuckets, EveryNameIsFoundWhenThereAreMoreNamesThanInitialBuckets) {
  fixture::TempDir dir("index-buckets");
  IndexBuilder builder;
  constexpr std::uint32_t kPlaces = 3000;
  for (std::uint32_t i = 0; i < kPlaces; ++i) {
    builder.add(make_place(i + 1, "Town " + std::to_string(i), LonLat::from(Longitude{0}, Latitude{0}), 'P', "PPL",
                           "US", ""));
  }
  builder.write(dir.file("big.idx"));
  const GazetteerIndex index = GazetteerIndex::open(dir.file("big.idx"));
  for (std::uint32_t i = 0; i < kPlaces; ++i) {
    const auto entries = index.lookup_folded("town " + std::to_string(i));
    ASSERT_EQ(entries.size(), 1u) << i;
    ASSERT_EQ(index.place(entries[0].place).geonameid, i + 1);
  }
}

// The lookup cache answers for the index asked, never for another one
// open beside it or opened after it where it was.
TEST(IndexLookupCache, EachIndexAnswersWithItsOwnNames) {
  fixture::TempDir dir("index-cache");
  auto write_index = [&](const std::string& file, std::uint32_t geonameid, std::string extra) {
    IndexBuilder builder;
    builder.add(make_place(geonameid, "Baghdad", LonLat::from(Longitude{44.4}, Latitude{33.3}), 'P', "PPLC", "IQ", ""));
    builder.add(make_place(geonameid + 1, std::move(extra), LonLat::from(Longitude{0}, Latitude{0}), 'P', "PPL", "IQ", ""));
    builder.write(dir.file(file));
    return dir.file(file);
  };
  const std::string first = write_index("first.idx", 100, "Mosul");
  const std::string second = write_index("second.idx", 200, "Basra");
  auto baghdad_id = [](const GazetteerIndex& index) {
    const auto entries = index.lookup_folded("baghdad");
    return entries.size() == 1 ? index.place(entries[0].place).geonameid : 0u;
  };
  {
    const GazetteerIndex a = GazetteerIndex::open(first);
    const GazetteerIndex b = GazetteerIndex::open(second);
    for (int round = 0; round < 3; ++round) {
      EXPECT_EQ(baghdad_id(a), 100u);
      EXPECT_EQ(baghdad_id(b), 200u);
      EXPECT_EQ(a.lookup_folded("basra").size(), 0u);
      EXPECT_EQ(b.lookup_folded("basra").size(), 1u);
    }
  }
  // Closed and opened again, one after the other: the memory may be reused.
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(baghdad_id(GazetteerIndex::open(round % 2 == 0 ? first : second)), round % 2 == 0 ? 100u : 200u);
  }
}

class IndexOpenErrors : public ::testing::Test {
 protected:
  // A real index, written by the builder.
  std::string valid_index() {
    IndexBuilder builder;
    builder.add(make_place(98182, "Baghdad", LonLat::from(Longitude{44.40088}, Latitude{33.34058}), 'P', "PPLC", "IQ",
                           "07"));
    builder.add_common_word("center");
    builder.add_common_word("mobile");
    const std::string path = dir_.file("valid.idx");
    builder.write(path);
    return path;
  }

  std::string bytes_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

  std::string write(std::string_view name, const std::string& bytes) {
    const std::string path = dir_.file(name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  // The reason open() gives, after checking that the error names the file.
  std::string open_error(const std::string& path) {
    try {
      GazetteerIndex::open(path);
    } catch (const InputError& e) {
      EXPECT_EQ(e.path(), path);
      return e.reason();
    }
    ADD_FAILURE() << "opening " << path << " did not throw";
    return {};
  }

  fixture::TempDir dir_{"index-open"};
};

TEST_F(IndexOpenErrors, MissingFile) {
  const std::string reason = open_error(dir_.file("absent.idx"));
  EXPECT_NE(reason.find("cannot open gazetteer index"), std::string::npos) << reason;
}

TEST_F(IndexOpenErrors, WrongMagic) {
  std::string bytes = bytes_of(valid_index());
  bytes.replace(0, 8, "GIF89a\0\0", 8);
  EXPECT_NE(open_error(write("wrong-magic.idx", bytes)).find("bad magic"), std::string::npos);
}

TEST_F(IndexOpenErrors, OtherVersion) {
  std::string bytes = bytes_of(valid_index());
  const std::uint32_t other_version = index_format::kVersion + 1;
  std::memcpy(bytes.data() + offsetof(index_format::IndexHeader, version), &other_version, sizeof other_version);
  EXPECT_NE(open_error(write("other-version.idx", bytes)).find("rebuild"), std::string::npos);
}

TEST_F(IndexOpenErrors, FileSmallerThanTheHeader) {
  EXPECT_NE(open_error(write("tiny.idx", "INCIGAZ1")).find("too small"), std::string::npos);
  EXPECT_NE(open_error(write("empty.idx", "")).find("too small"), std::string::npos);
}

TEST_F(IndexOpenErrors, TruncatedFile) {
  const std::string bytes = bytes_of(valid_index());
  ASSERT_GT(bytes.size(), sizeof(index_format::IndexHeader) + 8);
  for (const std::size_t keep : {bytes.size() - 8, bytes.size() / 2, sizeof(index_format::IndexHeader)}) {
    const std::string reason = open_error(write("truncated.idx", bytes.substr(0, keep)));
    EXPECT_NE(reason.find("truncated"), std::string::npos) << "kept " << keep << " bytes: " << reason;
  }
}

// A valid index with `size` bytes at `offset` replaced by `value`'s.
template <class T>
std::string patched(std::string bytes, std::uint64_t offset, T value) {
  std::memcpy(bytes.data() + offset, &value, sizeof value);
  return bytes;
}

struct Damage {
  const char* damage;
  std::string bytes;
  const char* section;
};

// A valid index's bytes, each damaged in one place, and the section the
// refusal must name.
std::vector<Damage> damaged_copies(const std::string& bytes) {
  using index_format::IndexHeader;
  using index_format::NameEntry;
  using index_format::PlaceRecord;
  IndexHeader h;
  std::memcpy(&h, bytes.data(), sizeof h);
  const std::uint64_t huge = ~std::uint64_t{0} - 7;
  return {
      {"a bucket start past the names", patched(bytes, h.buckets_offset + 4, std::uint32_t{0xFFFFFFF0}), "buckets:"},
      {"the last bucket end", patched(bytes, h.buckets_offset + 4 * h.bucket_count, std::uint32_t(h.name_count + 1)),
       "buckets:"},
      {"a name entry's place number", patched(bytes, h.names_offset + offsetof(NameEntry, place), std::uint32_t{999}),
       "names:"},
      {"a name entry's hash", patched(bytes, h.names_offset + offsetof(NameEntry, hash), std::uint64_t{12345}), "names:"},
      {"a place's string offset",
       patched(bytes, h.places_offset + offsetof(PlaceRecord, name), std::uint32_t(h.strings_size + 10)), "places:"},
      {"the strings' last NUL", patched(bytes, h.strings_offset + h.strings_size - 1, 'x'), "strings:"},
      {"an admin1 link", patched(bytes, h.places_offset + offsetof(PlaceRecord, admin1_place), std::uint32_t{5}),
       "places:"},
      {"a parent link", patched(bytes, h.places_offset + offsetof(PlaceRecord, parent_place), std::uint32_t{7}),
       "places:"},
      {"an offset that overflows when added to", patched(bytes, offsetof(IndexHeader, places_offset), huge), "places:"},
      {"a count that overflows when multiplied",
       patched(bytes, offsetof(IndexHeader, common_words_count), std::uint64_t{1} << 61), "common words:"},
      {"a bucket count that overflows", patched(bytes, offsetof(IndexHeader, bucket_count), std::uint64_t{1} << 63),
       "buckets:"},
      {"a misaligned section", patched(bytes, offsetof(IndexHeader, names_offset), h.names_offset + 1), "names:"},
      {"a place's type", patched(bytes, h.places_offset + offsetof(PlaceRecord, geo_type), std::uint8_t{200}),
       "places:"},
      {"a name entry's kind", patched(bytes, h.names_offset + offsetof(NameEntry, kind), std::uint8_t{200}), "names:"},
      {"the common words' order",
       patched(bytes, h.common_words_offset, ~std::uint64_t{0}),  // the first of two, now the largest
       "common words:"},
  };
}

TEST_F(IndexOpenErrors, DamagedSectionIsRefusedNamingTheSection) {
  for (const Damage& c : damaged_copies(bytes_of(valid_index()))) {
    const std::string reason = open_error(write("damaged.idx", c.bytes));
    EXPECT_NE(reason.find("corrupt"), std::string::npos) << c.damage << ": " << reason;
    EXPECT_NE(reason.find(c.section), std::string::npos) << c.damage << ": " << reason;
  }
}

TEST_F(IndexOpenErrors, DamagedSectionReadOnDemandIsRefusedWhenFirstUsed) {
  // The same checks as at open, made when a lookup first needs the part.
  for (const Damage& c : damaged_copies(bytes_of(valid_index()))) {
    const std::string path = write("damaged.idx", c.bytes);
    try {
      const GazetteerIndex index = GazetteerIndex::open(path, IndexReading::on_demand);
      touch_everything(index, bucket_count_of(c.bytes));
      ADD_FAILURE() << c.damage << ": never refused";
    } catch (const GazetteerIndexError& e) {
      EXPECT_EQ(e.path(), path);
      EXPECT_NE(e.reason().find("corrupt"), std::string::npos) << c.damage << ": " << e.reason();
      EXPECT_NE(e.reason().find(c.section), std::string::npos) << c.damage << ": " << e.reason();
    }
  }
}

TEST_F(IndexOpenErrors, EveryBitFlipIsRefusedOrSafeToLookUp) {
  // Under ASan this proves that no damaged byte can send a lookup outside
  // the index; elsewhere it still catches crashes and hangs.
  const std::string bytes = bytes_of(valid_index());
  std::size_t refused = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    for (const unsigned flip : {0x01u, 0x80u, 0xFFu}) {
      std::string damaged = bytes;
      damaged[i] = static_cast<char>(static_cast<unsigned char>(damaged[i]) ^ flip);
      try {
        const GazetteerIndex index = GazetteerIndex::from_bytes(damaged, "flipped.idx");
        for (const auto& entry : index.lookup_folded("baghdad")) EXPECT_LT(entry.place, index.place_count());
        for (std::uint32_t p = 0; p < index.place_count(); ++p) index.place(p);
      } catch (const InputError&) {
        ++refused;
      }
    }
  }
  EXPECT_GT(refused, 0u);
}

TEST_F(IndexOpenErrors, EveryBitFlipGetsTheSameAnswersReadOnDemand) {
  // Refused read whole if and only if refused at some use read on demand;
  // otherwise every answer is the same.
  const std::string bytes = bytes_of(valid_index());
  const auto answers = [](const std::string& damaged, IndexReading reading) -> std::optional<std::string> {
    try {
      return touch_everything(GazetteerIndex::from_bytes(damaged, "flipped.idx", reading), bucket_count_of(damaged));
    } catch (const GazetteerIndexError&) {
      return std::nullopt;
    }
  };
  std::size_t refused = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    for (const unsigned flip : {0x01u, 0x80u, 0xFFu}) {
      std::string damaged = bytes;
      damaged[i] = static_cast<char>(static_cast<unsigned char>(damaged[i]) ^ flip);
      const auto whole = answers(damaged, IndexReading::whole);
      ASSERT_EQ(whole, answers(damaged, IndexReading::on_demand)) << "byte " << i << " ^ " << flip;
      refused += !whole;
    }
  }
  EXPECT_GT(refused, 0u);
}

TEST_F(IndexOpenErrors, TruncatingTheFileAfterOpenDoesNotAffectLookups) {
  // A mapped index would die of SIGBUS here, at the first page touched.
  const std::string path = valid_index();
  const GazetteerIndex index = GazetteerIndex::open(path);
  std::filesystem::resize_file(path, 0);
  const auto entries = index.lookup_folded("baghdad");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(index.place(entries[0].place).geonameid, 98182u);
}

TEST_F(IndexOpenErrors, FifoIsRefusedRatherThanWaitedOn) {
  const std::string path = dir_.file("pipe.idx");
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  EXPECT_NE(open_error(path).find("not a regular file"), std::string::npos);
}

TEST_F(IndexOpenErrors, ValidIndexOpens) {
  const GazetteerIndex index = GazetteerIndex::open(valid_index());
  EXPECT_EQ(index.place_count(), 1u);
  EXPECT_EQ(index.name(0), "Baghdad");
}

void write_towns(std::uint32_t count, const std::string& path) {
  IndexBuilder builder;
  for (std::uint32_t i = 0; i < count; ++i) {
    builder.add(make_place(i + 1, "Town " + std::to_string(i),
                           LonLat::from(Longitude{-180.0 + 360.0 * i / count}, Latitude{0}), 'P', "PPL", "US", ""));
  }
  builder.add_common_word("center");
  builder.add_given_name("Mary");
  builder.write(path);
}

TEST(IndexReadOnDemand, ALargeIndexIsReadOnDemandASmallOneWhole) {
  fixture::TempDir dir("index-reading");
  write_towns(20000, dir.file("large.idx"));
  ASSERT_GT(fs::file_size(dir.file("large.idx")), GazetteerIndex::kReadWholeBytes);
  write_towns(100, dir.file("small.idx"));
  EXPECT_EQ(GazetteerIndex::open(dir.file("large.idx")).reading(), IndexReading::on_demand);
  EXPECT_EQ(GazetteerIndex::open(dir.file("small.idx")).reading(), IndexReading::whole);
}

TEST(IndexReadOnDemand, ReadsThePagesALookupTouchesAndAnswersAsReadWhole) {
  fixture::TempDir dir("index-on-demand");
  const std::string path = dir.file("towns.idx");
  write_towns(20000, path);
  const std::uint64_t pages = (fs::file_size(path) + IndexPages::kPageBytes - 1) / IndexPages::kPageBytes;
  const GazetteerIndex on_demand = GazetteerIndex::open(path, IndexReading::on_demand);
  const std::uint64_t at_open = on_demand.pages_read();
  EXPECT_LE(at_open, 4u);  // the header, the strings' last page, the word lists
  const auto entries = on_demand.lookup_folded("town 123");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(on_demand.place(entries[0].place).geonameid, 124u);
  // A bucket start, a name entry, a place record, its name: a page each.
  EXPECT_LE(on_demand.pages_read() - at_open, 4u);

  std::ifstream in(path, std::ios::binary);
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const GazetteerIndex whole = GazetteerIndex::open(path, IndexReading::whole);
  EXPECT_EQ(touch_everything(on_demand, bucket_count_of(bytes)), touch_everything(whole, bucket_count_of(bytes)));
  EXPECT_EQ(on_demand.pages_read(), pages);
}

TEST(IndexReadOnDemand, TruncatedWhileInUseAnswersFromWhatWasReadOrRefuses) {
  fixture::TempDir dir("index-truncated");
  const std::string path = dir.file("towns.idx");
  write_towns(20000, path);
  const GazetteerIndex index = GazetteerIndex::open(path);
  ASSERT_EQ(places_named(index, "town 7").size(), 1u);
  ASSERT_EQ(index.place(places_named(index, "town 7")[0]).name, "Town 7");
  fs::resize_file(path, 0);
  EXPECT_EQ(index.place(places_named(index, "town 7")[0]).name, "Town 7");  // read before
  try {
    for (std::uint32_t i = 0; i < 20000; ++i) places_named(index, "town " + std::to_string(i));
    FAIL() << "every page was read before the file was truncated";
  } catch (const GazetteerIndexError& e) {
    EXPECT_EQ(e.path(), path);
    EXPECT_NE(e.reason().find("changed on disk while in use"), std::string::npos) << e.reason();
  }
}

TEST(IndexReadOnDemand, ThreadsLookUpTogether) {
  fixture::TempDir dir("index-threads");
  const std::string path = dir.file("towns.idx");
  write_towns(20000, path);
  const GazetteerIndex index = GazetteerIndex::open(path);
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (std::uint32_t n = 0; n < 20000; ++n) {
        const std::uint32_t i = (n * 7919u + static_cast<std::uint32_t>(t) * 5003u) % 20000u;
        const auto found = places_named(index, "town " + std::to_string(i));
        if (found.size() != 1 || index.place(found[0]).geonameid != i + 1) ++wrong[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(wrong, std::vector<int>(4, 0));
}

TEST(IndexWithoutWordLists, Opens) {
  // What `incimap gazetteer build --no-defaults --geonames FILE` writes: no
  // dictionary, no given names, and a string section ("\0Baghdad\0", 9 bytes)
  // whose end is not 8-byte aligned.
  fixture::TempDir dir("index-no-words");
  IndexBuilder builder;
  builder.add(make_place(98182, "Baghdad", LonLat::from(Longitude{44.40088}, Latitude{33.34058}), 'P', "PPLC", "IQ",
                         "07"));
  builder.write(dir.file("plain.idx"));
  const GazetteerIndex index = GazetteerIndex::open(dir.file("plain.idx"));
  EXPECT_EQ(places_named(index, "Baghdad").size(), 1u);
  EXPECT_FALSE(index.is_common_word(name_key_hash("baghdad")));
  EXPECT_FALSE(index.is_given_name(name_key_hash("baghdad")));
}

TEST(IndexWrite, UnwritableDirectoryIsAnErrorNamingTheFile) {
  fixture::TempDir dir("index-write");
  const std::string path = dir.file("no-such-dir/out.idx");
  IndexBuilder builder;
  builder.add(make_place(1, "Somewhere", LonLat::from(Longitude{0}, Latitude{0}), 'P', "PPL", "", ""));
  try {
    builder.write(path);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_NE(e.path().find(path), std::string::npos) << e.what();
  }
  EXPECT_FALSE(fs::exists(path));
}

}  // namespace
}  // namespace incimap::geo
