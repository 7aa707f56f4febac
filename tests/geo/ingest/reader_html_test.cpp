#include "geo/ingest/reader_html.hpp"
#include "geo/ingest/compose.hpp"

#include <gtest/gtest.h>

#include <string>

#include "geo/base/input_error.hpp"
#include "geo/ingest/published_time.hpp"

namespace incimap::geo {
namespace {

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

constexpr std::string_view kNewsPage = R"(<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Mortar fire hits market in Mogadishu | Coastline Daily</title>
  <meta property="og:title" content="Mortar fire hits market in Mogadishu">
  <meta property="og:site_name" content="Coastline Daily">
  <meta property="og:url" content="https://coastline.example/og-url">
  <meta property="article:published_time" content="2022-03-14T09:30:00+03:00">
  <link rel="canonical" href="https://coastline.example/world/mogadishu-mortar">
  <style>body { font-family: serif; }</style>
  <script>window.analytics = "Baidoa tracker";</script>
</head>
<body>
  <header><a href="/">Home</a> <a href="/world">World</a></header>
  <nav><ul><li>Kismayo weather</li><li>Sports</li></ul></nav>
  <main>
    <article>
      <h1>Mortar fire hits market in Mogadishu</h1>
      <p>Three mortar rounds struck the Bakara market in
         Mogadishu on Monday morning, killing four traders.</p>
      <p>Police blamed suspected al-Shabaab fighters.<br>No group has claimed the attack.</p>
      <figure><img src="x.jpg"><figcaption>File photo from Hargeisa</figcaption></figure>
      <script>trackRead("Garowe");</script>
      <aside>Related: Beledweyne floods</aside>
    </article>
  </main>
  <footer>&copy; Coastline Daily, Nairobi</footer>
</body>
</html>
)";

TEST(ReaderHtml, ExtractsTitleBodyTimeUrlAndSource) {
  const Article a = read_html_article(kNewsPage, "pages/mortar.html");
  EXPECT_EQ(a.title, "Mortar fire hits market in Mogadishu");
  EXPECT_EQ(a.text.substr(0, a.body_start), "Mortar fire hits market in Mogadishu\n\n");
  EXPECT_EQ(a.text.substr(a.body_start),
            "Three mortar rounds struck the Bakara market in Mogadishu on Monday morning, killing four traders.\n\n"
            "Police blamed suspected al-Shabaab fighters.\n\nNo group has claimed the attack.");
  EXPECT_EQ(a.body_end, a.text.size());
  EXPECT_EQ(a.url, "https://coastline.example/world/mogadishu-mortar");
  EXPECT_EQ(a.source, "Coastline Daily");
  ASSERT_TRUE(a.published);
  EXPECT_EQ(format_published_time(*a.published), "2022-03-14T09:30:00+03:00");
  EXPECT_EQ(a.id, content_article_id(a));  // of its canonical URL
  EXPECT_EQ(a.path, "pages/mortar.html");
}

TEST(ReaderHtml, NavigationScriptsStylesAndCaptionsAreNotText) {
  const Article a = read_html_article(kNewsPage, "mortar.html");
  for (const char* clutter : {"Kismayo", "Baidoa", "Garowe", "Beledweyne", "Nairobi", "Hargeisa", "font-family", "Home"})
    EXPECT_FALSE(contains(a.text, clutter)) << clutter;
}

TEST(ReaderHtml, LandmarkRolesAndHiddenElementsAreNotText) {
  const Article a = read_html_article(
      "<body><div role=\"banner\">Tikrit Times</div><div role=\"Navigation\">Mosul | Basra</div>"
      "<p>Protesters gathered in Tahrir Square.</p><p hidden>Najaf</p><span aria-hidden=\"true\">Karbala</span>"
      "<div role=\"contentinfo\">Office in Erbil</div></body>",
      "tahrir.html");
  EXPECT_EQ(a.text, "Protesters gathered in Tahrir Square.");
}

TEST(ReaderHtml, SiteNameAfterTheHeadlineIsDroppedFromTheTitle) {
  const Article a = read_html_article(
      "<head><title>Blast in Quetta market - Kabul Evening Post</title></head>"
      "<body><h1>Blast in Quetta market</h1><p>A bomb exploded in a market in Quetta.</p></body>",
      "quetta.html");
  EXPECT_EQ(a.title, "Blast in Quetta market");
  EXPECT_EQ(a.text, "Blast in Quetta market\n\nA bomb exploded in a market in Quetta.");
}

TEST(ReaderHtml, FallsBackToTitleElementAndBodyWithoutArticle) {
  const Article a = read_html_article(
      "<html><head><title>  Clashes near\n Kidal </title></head><body>"
      "<div>Fighting broke out near Kidal.</div><div>Two soldiers were wounded.</div></body></html>",
      "kidal.htm");
  EXPECT_EQ(a.title, "Clashes near Kidal");
  EXPECT_EQ(a.text, "Clashes near Kidal\n\nFighting broke out near Kidal.\n\nTwo soldiers were wounded.");
  EXPECT_FALSE(a.published);
  EXPECT_TRUE(a.url.empty());
}

TEST(ReaderHtml, FirstHeadingIsTheTitleWhenThePageHasNoOther) {
  const Article a = read_html_article("<body><main><h1>Curfew in Maiduguri</h1><p>Soldiers patrolled.</p></main>"
                                      "<p>Outside main.</p></body>",
                                      "m.html");
  EXPECT_EQ(a.title, "Curfew in Maiduguri");
  // The repeated headline is dropped from the body; text outside <main> is not the story.
  EXPECT_EQ(a.text, "Curfew in Maiduguri\n\nSoldiers patrolled.");
}

TEST(ReaderHtml, LongestArticleIsTheStory) {
  const Article a = read_html_article(
      "<body><article><p>Teaser: storm in Aden.</p></article>"
      "<article><p>Gunmen attacked a checkpoint in Taiz on Friday, and the fighting lasted for hours.</p></article>"
      "</body>",
      "taiz.html");
  EXPECT_EQ(a.text, "Gunmen attacked a checkpoint in Taiz on Friday, and the fighting lasted for hours.");
}

TEST(ReaderHtml, EntitiesAreDecoded) {
  const Article a = read_html_article(
      "<html><head><title>Police &amp; protesters clash</title></head>"
      "<body><p>Protesters marched on Bogot&aacute;&rsquo;s Plaza de Bol&iacute;var&nbsp;on Friday &#8212; "
      "police said 12&#x2F;40 were detained.</p></body></html>",
      "bogota.html");
  EXPECT_EQ(a.title, "Police & protesters clash");
  EXPECT_EQ(a.text.substr(a.body_start),
            "Protesters marched on Bogot\u00e1\u2019s Plaza de Bol\u00edvar on Friday \u2014 police said 12/40 were detained.");
}

TEST(ReaderHtml, Windows1252CharsetMetaIsHonoured) {
  // 0x92 is a right single quote and 0xE9 an e-acute in Windows-1252; read as
  // UTF-8 or Latin-1 they would be garbage or control characters.
  const std::string page =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
      "<title>Caf\xE9 bombing</title></head><body><p>The caf\xE9\x92s owner survived.</p></body></html>";
  const Article a = read_html_article(page, "cafe.html");
  EXPECT_EQ(a.title, "Caf\u00e9 bombing");
  EXPECT_EQ(a.text.substr(a.body_start), "The caf\u00e9\u2019s owner survived.");
}

TEST(ReaderHtml, UndeclaredNonUtf8BytesAreReadAsWindows1252) {
  const Article a = read_html_article("<p>\x93Stay indoors,\x94 said the mayor of Kharkiv.</p>", "kharkiv.html");
  EXPECT_EQ(a.text, "\u201cStay indoors,\u201d said the mayor of Kharkiv.");
}

TEST(ReaderHtml, TimeElementAndMetaNamesGiveThePublishedTime) {
  const Article with_time = read_html_article(
      "<body><nav><time datetime=\"2030-01-01\">today</time></nav>"
      "<article><time datetime=\"2021-06-02T18:00:00Z\">2 June</time><p>A convoy was ambushed near Gao.</p></article></body>",
      "gao.html");
  ASSERT_TRUE(with_time.published);
  EXPECT_EQ(format_published_time(*with_time.published), "2021-06-02T18:00:00Z");

  const Article with_meta = read_html_article(
      "<head><meta name=\"DC.date\" content=\"2019-11-23\"></head><body><p>Rockets hit Balad air base.</p></body>",
      "balad.html");
  ASSERT_TRUE(with_meta.published);
  EXPECT_EQ(format_published_time(*with_meta.published), "2019-11-23");
}

TEST(ReaderHtml, OgUrlIsTheUrlWithoutCanonicalLink) {
  const Article a = read_html_article(
      "<head><meta property=\"og:url\" content=\"https://news.example/aleppo\"></head><body><p>Shelling in Aleppo.</p></body>",
      "aleppo.html");
  EXPECT_EQ(a.url, "https://news.example/aleppo");
}

TEST(ReaderHtml, ListItemsAndHeadingsAreSeparateParagraphs) {
  const Article a = read_html_article(
      "<article><h2>Casualties</h2><ul><li>Kandahar: 3 dead</li><li>Helmand: none</li></ul>"
      "<blockquote>We heard two blasts</blockquote></article>",
      "list.html");
  EXPECT_EQ(a.text, "Casualties\n\nKandahar: 3 dead\n\nHelmand: none\n\nWe heard two blasts");
}

TEST(ReaderHtml, PageWithoutReadableTextIsRejected) {
  try {
    read_html_article("<html><head><title>Loading</title><script>render()</script></head>"
                      "<body><nav>Menu</nav><div id=\"root\"></div></body></html>",
                      "spa.html");
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), "spa.html");
    EXPECT_TRUE(contains(e.reason(), "no readable text")) << e.reason();
  }
}

TEST(ReaderHtml, BytesTheDeclaredEncodingRejectsAreAnErrorNamingTheFile) {
  // libxml2 used to print "encoding error : input conversion failed" on
  // stderr with no file name and return the page cut short at that byte.
  testing::internal::CaptureStderr();
  try {
    read_html_article("<html><head><meta charset=\"iso-2022-jp\"></head><body><p>Kabul \xFF\xFE\x80 more</p>"
                      "</body></html>",
                      "jp.html");
    ADD_FAILURE() << "the undecodable page was accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), "jp.html");
    EXPECT_NE(e.reason().find("could not decode"), std::string::npos) << e.reason();
  }
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
}

TEST(ReaderHtml, FragmentTextDropsTagsAndKeepsParagraphs) {
  EXPECT_EQ(html_fragment_text("<p>Blast in <b>Quetta</b>.</p><p>Two hurt &amp; one missing.</p>"),
            "Blast in Quetta.\n\nTwo hurt & one missing.");
  EXPECT_EQ(html_fragment_text("Plain text, no tags."), "Plain text, no tags.");
  EXPECT_EQ(html_fragment_text("  <br/> "), "");
}

}  // namespace
}  // namespace incimap::geo
