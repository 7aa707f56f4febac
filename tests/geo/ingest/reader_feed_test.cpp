#include "geo/ingest/reader_feed.hpp"
#include "geo/ingest/compose.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "geo/base/input_error.hpp"
#include "geo/ingest/published_time.hpp"

namespace incimap::geo {
namespace {

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

// The reason of the InputError that reading `xml` throws, or "" when it reads.
std::string rejection_reason(std::string_view xml, const std::string& path = "feed.xml") {
  try {
    read_feed_articles(xml, path);
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), path);
    return e.reason();
  }
  return {};
}

constexpr std::string_view kRss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Northern Desk</title>
    <atom:link href="https://desk.example/feed" rel="self"/>
    <link>https://desk.example/</link>
    <item>
      <title>Rockets strike near Erbil airport</title>
      <link>https://desk.example/erbil-rockets</link>
      <guid isPermaLink="false">desk-1001</guid>
      <pubDate>Tue, 16 Feb 2021 01:15:00 +0300</pubDate>
      <description>&lt;p&gt;Several rockets landed near &lt;b&gt;Erbil&lt;/b&gt; airport.&lt;/p&gt;&lt;p&gt;One contractor was killed.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Car bomb in Azaz</title>
      <link>https://desk.example/azaz</link>
      <dc:date>2020-12-20T14:00:00Z</dc:date>
      <source url="https://wire.example/rss">Wire Service</source>
      <description>Teaser only.</description>
      <content:encoded><![CDATA[<p>A car bomb exploded in Azaz on Sunday.</p><p>At least six people died.</p>]]></content:encoded>
    </item>
  </channel>
</rss>
)";

TEST(ReaderFeed, RssItemsBecomeArticles) {
  const auto articles = read_feed_articles(kRss, "feeds/desk.xml");
  ASSERT_EQ(articles.size(), 2u);

  const Article& erbil = articles[0];
  EXPECT_EQ(erbil.title, "Rockets strike near Erbil airport");
  EXPECT_EQ(erbil.text, "Rockets strike near Erbil airport\n\nSeveral rockets landed near Erbil airport.\n\n"
                        "One contractor was killed.");
  EXPECT_EQ(erbil.text.substr(erbil.body_start, 16), "Several rockets ");
  EXPECT_EQ(erbil.id, "desk-1001");
  EXPECT_EQ(erbil.url, "https://desk.example/erbil-rockets");
  EXPECT_EQ(erbil.source, "Northern Desk");
  EXPECT_EQ(erbil.path, "feeds/desk.xml");
  ASSERT_TRUE(erbil.published);
  EXPECT_EQ(format_published_time(*erbil.published), "2021-02-16T01:15:00+03:00");

  const Article& azaz = articles[1];
  // content:encoded is the full story; description only a teaser.
  EXPECT_EQ(azaz.text, "Car bomb in Azaz\n\nA car bomb exploded in Azaz on Sunday.\n\nAt least six people died.");
  EXPECT_EQ(azaz.id, content_article_id(azaz));  // an item without a guid
  EXPECT_EQ(azaz.source, "Wire Service");
  ASSERT_TRUE(azaz.published);
  EXPECT_EQ(format_published_time(*azaz.published), "2020-12-20T14:00:00Z");
}

constexpr std::string_view kAtom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Sahel Monitor</title>
  <id>urn:example:sahel</id>
  <updated>2023-05-02T10:00:00Z</updated>
  <entry>
    <title type="html">Attack on convoy near &lt;i&gt;Gao&lt;/i&gt;</title>
    <id>urn:example:sahel:17</id>
    <link rel="self" href="https://sahel.example/api/17"/>
    <link rel="alternate" href="https://sahel.example/17"/>
    <published>2023-05-01T08:00:00Z</published>
    <updated>2023-05-02T09:00:00Z</updated>
    <content type="html">&lt;p&gt;Gunmen attacked a supply convoy near Gao.&lt;/p&gt;&lt;p&gt;Two drivers were wounded.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Protest in Bamako</title>
    <id>urn:example:sahel:18</id>
    <link href="https://sahel.example/18"/>
    <updated>2023-05-02T09:30:00Z</updated>
    <summary>Hundreds marched in Bamako.</summary>
    <source><title>Partner Radio</title></source>
  </entry>
  <entry>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Curfew in <b>Mopti</b></div></title>
    <id>urn:example:sahel:19</id>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The army imposed a curfew.</p><p>Markets closed.</p></div></content>
  </entry>
</feed>
)";

TEST(ReaderFeed, AtomEntriesBecomeArticles) {
  const auto articles = read_feed_articles(kAtom, "sahel.atom");
  ASSERT_EQ(articles.size(), 3u);

  const Article& gao = articles[0];
  EXPECT_EQ(gao.title, "Attack on convoy near Gao");
  EXPECT_EQ(gao.text.substr(gao.body_start), "Gunmen attacked a supply convoy near Gao.\n\nTwo drivers were wounded.");
  EXPECT_EQ(gao.id, "urn:example:sahel:17");
  EXPECT_EQ(gao.url, "https://sahel.example/17");
  EXPECT_EQ(gao.source, "Sahel Monitor");
  ASSERT_TRUE(gao.published);
  EXPECT_EQ(format_published_time(*gao.published), "2023-05-01T08:00:00Z");

  const Article& bamako = articles[1];
  EXPECT_EQ(bamako.text, "Protest in Bamako\n\nHundreds marched in Bamako.");
  EXPECT_EQ(bamako.url, "https://sahel.example/18");
  EXPECT_EQ(bamako.source, "Partner Radio");
  ASSERT_TRUE(bamako.published);  // no <published>: <updated> stands in
  EXPECT_EQ(format_published_time(*bamako.published), "2023-05-02T09:30:00Z");

  EXPECT_EQ(articles[2].text, "Curfew in Mopti\n\nThe army imposed a curfew.\n\nMarkets closed.");
}

TEST(ReaderFeed, EmptyItemsAreSkippedButAnAllEmptyFeedIsAnError) {
  const auto articles = read_feed_articles(
      "<rss><channel><title>T</title><item><title> </title></item>"
      "<item><title>Shelling in Donetsk</title></item></channel></rss>",
      "partly-empty.rss");
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].title, "Shelling in Donetsk");
  EXPECT_EQ(articles[0].id, content_article_id(articles[0]));

  EXPECT_TRUE(contains(rejection_reason("<rss><channel><item><description/></item><item/></channel></rss>"),
                       "none of the feed's 2 items"));
  EXPECT_TRUE(contains(rejection_reason("<rss><channel><title>Quiet</title></channel></rss>"), "no items"));
}

TEST(ReaderFeed, DocumentThatIsNotAFeedIsRejected) {
  EXPECT_TRUE(contains(rejection_reason("<html><body>hi</body></html>"), "neither an RSS nor an Atom feed"));
  EXPECT_TRUE(contains(rejection_reason("<feed><entry><title>No Atom namespace</title></entry></feed>"),
                       "neither an RSS nor an Atom feed"));
}

TEST(ReaderFeed, TruncatedFeedNamesTheLine) {
  std::string truncated(kRss.substr(0, kRss.find("<title>Car bomb")));
  const std::string reason = rejection_reason(truncated);
  EXPECT_TRUE(reason.starts_with("malformed XML: line ")) << reason;
  EXPECT_TRUE(contains(reason, "Premature end of data") || contains(reason, "EndTag")) << reason;
}

TEST(ReaderFeed, MismatchedTagNamesTheLineAndLibxml2Message) {
  const std::string reason = rejection_reason("<rss>\n<channel>\n<item><title>x</title>\n</channel>\n</rss>\n");
  EXPECT_EQ(reason, "malformed XML: line 4: Opening and ending tag mismatch: item line 3 and channel");
}

TEST(ReaderFeed, UndefinedHtmlEntityIsAnXmlError) {
  const std::string reason = rejection_reason("<rss><channel>\n<item><title>Gaza&rsquo;s hospitals</title></item>"
                                              "</channel></rss>");
  EXPECT_TRUE(reason.starts_with("malformed XML: line 2: ")) << reason;
  EXPECT_TRUE(contains(reason, "rsquo")) << reason;
}

// A file the external entity points at: if the parser ever read it, its
// marker would show up in an article.
class ExternalEntityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    secret_ = std::filesystem::temp_directory_path() / ("incimap-feed-secret-" + std::to_string(::getpid()) + ".txt");
    std::ofstream(secret_) << "SECRET-MARKER";
  }
  void TearDown() override { std::filesystem::remove(secret_); }
  std::filesystem::path secret_;
};

TEST_F(ExternalEntityTest, FileEntityIsRejectedAndNotRead) {
  const std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM \"file://" + secret_.string() +
                          "\">\n]>\n<rss><channel><item><title>&xxe;</title></item></channel></rss>";
  EXPECT_EQ(rejection_reason(xml), "entity declarations are not allowed (possible entity expansion attack)");
}

TEST(ReaderFeed, EtcPasswdAndNetworkEntitiesAreRejected) {
  for (const char* target : {"file:///etc/passwd", "http://192.0.2.1/evil.dtd"}) {
    const std::string xml = std::string("<!DOCTYPE rss [<!ENTITY ext SYSTEM \"") + target +
                            "\">]><rss><channel><item><title>&ext;</title></item></channel></rss>";
    EXPECT_TRUE(contains(rejection_reason(xml), "entity declarations are not allowed")) << target;
  }
  const std::string parameter_entity =
      "<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"http://192.0.2.1/x.dtd\"> %remote;]>"
      "<rss><channel><item><title>x</title></item></channel></rss>";
  EXPECT_TRUE(contains(rejection_reason(parameter_entity), "entity declarations are not allowed"));
}

TEST(ReaderFeed, ExternalDtdIsNeitherLoadedNorAnError) {
  // RSS 0.91 feeds still name Netscape's DTD; it must not be fetched.
  const auto articles = read_feed_articles(
      "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
      "\"http://192.0.2.1/rss-0.91.dtd\"><rss version=\"0.91\"><channel><title>Old</title>"
      "<item><title>Riot in Karachi</title><description>Shops were burned.</description></item></channel></rss>",
      "old.rss");
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].text, "Riot in Karachi\n\nShops were burned.");
}

TEST(ReaderFeed, BillionLaughsIsRejectedQuickly) {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n";
  for (int level = 1; level <= 9; ++level) {
    xml += "<!ENTITY lol" + std::to_string(level) + " \"";
    for (int i = 0; i < 10; ++i) xml += "&lol" + std::to_string(level - 1) + ";";
    xml += "\">\n";
  }
  xml += "]>\n<rss><channel><item><title>&lol9;</title></item></channel></rss>\n";
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(rejection_reason(xml), "entity declarations are not allowed (possible entity expansion attack)");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(500));
}

TEST(ReaderFeed, DeclaredWindows1252EncodingIsConverted) {
  const auto articles = read_feed_articles(
      "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><channel><item>"
      "<title>Bogot\xE1 protest</title><description>\x93Peaceful\x94 march</description></item></channel></rss>",
      "latin.xml");
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].text, "Bogot\u00e1 protest\n\n\u201cPeaceful\u201d march");
}

TEST(ReaderFeed, Rss1ItemsAreRead) {
  const auto articles = read_feed_articles(
      R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
           <channel rdf:about="x"><title>RDF Desk</title></channel>
           <item rdf:about="https://rdf.example/1"><title>Strike on Hodeidah port</title>
             <link>https://rdf.example/1</link><description>Cranes were damaged.</description></item>
         </rdf:RDF>)",
      "rdf.xml");
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].title, "Strike on Hodeidah port");
  EXPECT_EQ(articles[0].source, "RDF Desk");
  EXPECT_EQ(articles[0].url, "https://rdf.example/1");
}

}  // namespace
}  // namespace incimap::geo
