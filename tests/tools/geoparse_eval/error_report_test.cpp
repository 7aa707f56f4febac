// The TSV error list and its context snippets.

#include "geoparse_eval/error_report.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "geoparse_eval/snippet.hpp"

namespace incimap::tools {
namespace {

Finding finding(FindingKind kind, std::string phrase, std::string article) {
  Finding f;
  f.kind = kind;
  f.phrase = std::move(phrase);
  f.article_id = std::move(article);
  return f;
}

std::vector<std::string> phrases(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.phrase + "@" + f.article_id);
  return out;
}

TEST(ErrorReport, GroupsByKindThenMostFrequentPhraseFirst) {
  const std::vector<Finding> findings = {
      finding(FindingKind::false_positive, "Baghdad", "1"), finding(FindingKind::false_positive, "Iraqi", "1"),
      finding(FindingKind::false_negative, "Tikrit", "1"), finding(FindingKind::false_positive, "IRAQI", "2"),
      finding(FindingKind::false_positive, "Anbar", "2"),  finding(FindingKind::false_positive, "iraqi", "3"),
  };
  EXPECT_EQ(phrases(sort_by_phrase_frequency(findings)),
            (std::vector<std::string>{"Tikrit@1", "Iraqi@1", "IRAQI@2", "iraqi@3", "Anbar@2", "Baghdad@1"}));
}

TEST(ErrorReport, WritesOneTabSeparatedRowPerFindingWithThePhraseCount) {
  Finding far = finding(FindingKind::far, "Spring\tfield", "9");
  far.start = 4;
  far.end = 15;
  far.error_km = 1234.56;
  far.predicted = {"Springfield", "100", GeoPoint::from_lat_lon_degrees(39.8, -89.65)};
  far.gold = {"Springfield", "200", GeoPoint::from_lat_lon_degrees(42.1, -72.59)};
  far.context = "in [[Springfield]]";
  std::ostringstream out;
  write_error_report(out, {far, finding(FindingKind::false_negative, "Tikrit", "1")});

  std::istringstream lines(out.str());
  std::vector<std::string> rows;
  for (std::string line; std::getline(lines, line);) rows.push_back(line);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].substr(0, 26), "kind\tphrase\tphrase_count\ta");
  for (const std::string& row : rows) EXPECT_EQ(std::count(row.begin(), row.end(), '\t'), 16) << row;
  EXPECT_EQ(rows[1].substr(0, 17), "false_negative\tTi");
  EXPECT_EQ(rows[2],
            "far\tSpring field\t1\t9\t4\t15\t\t1234.6\tSpringfield\t39.8000\t-89.6500\t100\t"
            "Springfield\t42.1000\t-72.5900\t200\tin [[Springfield]]");
}

TEST(Snippet, MarksTheMentionAndCollapsesWhitespace) {
  EXPECT_EQ(context_snippet(U"Rain in\n\nHoms\ttoday", 9, 13), "Rain in [[Homs]] today");
}

TEST(Snippet, CutsAtTheRadiusInCodePoints) {
  EXPECT_EQ(context_snippet(U"ééééé Łódź ééééé", 6, 10, 3), "...éé [[Łódź]] éé...");
  EXPECT_EQ(context_snippet(U"Łódź", 0, 4, 3), "[[Łódź]]");
  EXPECT_EQ(context_snippet(U"abc", 2, 99, 3), "ab[[c]]");
}

}  // namespace
}  // namespace incimap::tools
