#include "geo/ingest/reader_html.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "geo/ingest/compose.hpp"
#include "geo/base/input_error.hpp"
#include "geo/ingest/libxml_error_capture.hpp"
#include "geo/ingest/libxml_handles.hpp"
#include "geo/ingest/published_time.hpp"
#include "geo/text/encoding.hpp"

namespace incimap::geo {
namespace {

// Real pages are rarely valid HTML: recover silently, never fetch anything.
constexpr int kHtmlOptions = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER;

// Elements whose text is never article text: page furniture, code, controls
// and media. Figure captions are left out too: they often describe archive
// photos ("file photo, 2017") and would mislead dating and placing.
constexpr std::array<std::string_view, 20> kExcludedElements = {
    "nav",    "header", "footer", "aside",  "form",   "script",   "style", "noscript", "template", "head",
    "iframe", "svg",    "canvas", "object", "video",  "audio",    "button", "select",  "textarea", "figcaption"};

// ARIA landmark roles that mark the same furniture on generic <div>s.
constexpr std::array<std::string_view, 8> kExcludedRoles = {
    "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog"};

// Elements that end a paragraph: their text is separated by "\n\n".
constexpr std::array<std::string_view, 31> kBlockElements = {
    "p",     "div", "br",      "h1",   "h2",      "h3",       "h4",      "h5",      "h6",   "li",
    "ul",    "ol",  "dl",      "dt",   "dd",      "blockquote", "section", "article", "main", "body",
    "table", "tr",  "td",      "th",   "pre",     "hr",       "figure",  "address", "fieldset", "details",
    "summary"};

std::string_view element_name(const xmlNode& node) noexcept {
  return node.name == nullptr ? std::string_view() : reinterpret_cast<const char*>(node.name);
}

bool is_element(const xmlNode& node, std::string_view name) noexcept {
  return node.type == XML_ELEMENT_NODE && element_name(node) == name;
}

bool is_block(std::string_view name) noexcept {
  return std::find(kBlockElements.begin(), kBlockElements.end(), name) != kBlockElements.end();
}

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The attribute's value, empty when absent.
std::string attribute(const xmlNode& node, const char* name) {
  const XmlCharPtr value(xmlGetProp(&node, reinterpret_cast<const xmlChar*>(name)));
  return value ? std::string(reinterpret_cast<const char*>(value.get())) : std::string();
}

bool has_attribute(const xmlNode& node, const char* name) {
  return xmlHasProp(&node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

// True for elements whose text is never article text. Precondition: `element` is an element.
bool is_furniture(const xmlNode& element) {
  const std::string_view name = element_name(element);
  if (std::find(kExcludedElements.begin(), kExcludedElements.end(), name) != kExcludedElements.end()) return true;
  if (has_attribute(element, "hidden")) return true;
  if (has_attribute(element, "aria-hidden") && attribute(element, "aria-hidden") == "true") return true;
  if (!has_attribute(element, "role")) return false;
  const std::string role = lower_ascii(attribute(element, "role"));
  return std::find(kExcludedRoles.begin(), kExcludedRoles.end(), role) != kExcludedRoles.end();
}

enum class Visit { children, skip, stop };

// Walks the nodes below `root` in document order, calling `enter` before a
// node's children and `leave` after them. Iterative, because a hostile page
// can nest elements deeper than the call stack allows.
template <class Enter, class Leave>
void walk(const xmlNode& root, Enter&& enter, Leave&& leave) {
  const xmlNode* node = root.children;
  while (node != nullptr) {
    const Visit visit = enter(*node);
    if (visit == Visit::stop) return;
    if (visit == Visit::children && node->children != nullptr) {
      node = node->children;
      continue;
    }
    leave(*node);
    while (node->next == nullptr) {
      node = node->parent;
      if (node == nullptr || node == &root) return;
      leave(*node);
    }
    node = node->next;
  }
}

// Every element below `root` named `name`, in document order.
std::vector<const xmlNode*> elements_named(const xmlNode& root, std::string_view name) {
  std::vector<const xmlNode*> found;
  walk(root, [&](const xmlNode& node) {
    if (is_element(node, name)) found.push_back(&node);
    return Visit::children;
  }, [](const xmlNode&) {});
  return found;
}

const xmlNode* first_element_named(const xmlNode& root, std::string_view name) {
  const xmlNode* found = nullptr;
  walk(root, [&](const xmlNode& node) {
    if (!is_element(node, name)) return Visit::children;
    found = &node;
    return Visit::stop;
  }, [](const xmlNode&) {});
  return found;
}

// Source line breaks and no-break spaces inside running text are layout, not
// paragraph breaks: they become plain spaces.
void append_inline_text(std::string& out, const xmlChar* content) {
  if (content == nullptr) return;
  const std::string_view text = reinterpret_cast<const char*>(content);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\r' || c == '\t') {
      out.push_back(' ');
    } else if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
      out.push_back(' ');
      ++i;
    } else {
      out.push_back(c);
    }
  }
}

bool is_text(const xmlNode& node) noexcept {
  return node.type == XML_TEXT_NODE || node.type == XML_CDATA_SECTION_NODE;
}

// The text below `container` as paragraphs separated by "\n\n".
std::string readable_text(const xmlNode& container) {
  std::string raw;
  walk(container, [&](const xmlNode& node) {
    if (is_text(node)) append_inline_text(raw, node.content);
    if (node.type != XML_ELEMENT_NODE || is_furniture(node)) return Visit::skip;
    if (is_block(element_name(node))) raw.append("\n\n");
    return Visit::children;
  }, [&](const xmlNode& node) {
    if (node.type == XML_ELEMENT_NODE && is_block(element_name(node))) raw.append("\n\n");
  });
  return normalize_whitespace(raw);
}

// The text of a title-like element on one line.
std::string single_line_text(const xmlNode& element) {
  std::string raw;
  walk(element, [&](const xmlNode& node) {
    if (is_text(node)) append_inline_text(raw, node.content);
    return node.type == XML_ELEMENT_NODE && !is_furniture(node) ? Visit::children : Visit::skip;
  }, [&](const xmlNode&) {});
  return normalize_whitespace(raw);
}

const xmlNode* longest_article(const std::vector<const xmlNode*>& articles) {
  const xmlNode* best = nullptr;
  std::size_t best_size = 0;
  for (const xmlNode* candidate : articles) {
    const std::size_t size = readable_text(*candidate).size();
    if (best == nullptr || size > best_size) {
      best = candidate;
      best_size = size;
    }
  }
  return best;
}

// Pages often hold teaser <article>s for related stories beside the story
// itself; the story is the one with the most text.
const xmlNode& body_container(const xmlNode& root) {
  if (const xmlNode* article = longest_article(elements_named(root, "article"))) return *article;
  if (const xmlNode* main = first_element_named(root, "main")) return *main;
  if (const xmlNode* body = first_element_named(root, "body")) return *body;
  return root;
}

// <meta> values by lower-cased property/name/itemprop; the first wins.
using MetaValues = std::map<std::string, std::string>;

MetaValues meta_values(const xmlNode& root) {
  MetaValues values;
  for (const xmlNode* meta : elements_named(root, "meta")) {
    const std::string content = attribute(*meta, "content");
    if (content.empty()) continue;
    for (const char* key_attribute : {"property", "name", "itemprop"}) {
      const std::string key = attribute(*meta, key_attribute);
      if (!key.empty()) values.emplace(lower_ascii(key), content);
    }
  }
  return values;
}

// The value on one line, whitespace collapsed; empty when absent.
std::string meta_value(const MetaValues& values, std::string_view key) {
  const auto it = values.find(std::string(key));
  if (it == values.end()) return {};
  std::string raw;
  append_inline_text(raw, reinterpret_cast<const xmlChar*>(it->second.c_str()));
  return normalize_whitespace(raw);
}

// <title> often reads "Headline - Site" where the <h1> holds the headline
// alone; the site's name is no part of the story (and may name a place).
std::string without_site_name(std::string title, std::string_view headline) {
  if (headline.empty() || headline.size() >= title.size() || !title.starts_with(headline)) return title;
  const std::string_view rest = std::string_view(title).substr(headline.size());
  for (const std::string_view separator : {" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 "}) {
    if (rest.starts_with(separator)) return std::string(headline);
  }
  return title;
}

std::string page_title(const xmlNode& root, const MetaValues& meta) {
  if (std::string title = meta_value(meta, "og:title"); !title.empty()) return title;
  const xmlNode* heading = first_element_named(root, "h1");
  std::string headline = heading != nullptr ? single_line_text(*heading) : std::string();
  if (const xmlNode* title = first_element_named(root, "title")) {
    if (std::string text = single_line_text(*title); !text.empty()) return without_site_name(std::move(text), headline);
  }
  return headline;
}

std::string canonical_url(const xmlNode& root, const MetaValues& meta) {
  for (const xmlNode* link : elements_named(root, "link")) {
    if (lower_ascii(attribute(*link, "rel")) == "canonical") {
      if (std::string href = attribute(*link, "href"); !href.empty()) return href;
    }
  }
  return meta_value(meta, "og:url");
}

std::optional<PublishedTime> first_time_datetime(const xmlNode& root) {
  for (const xmlNode* time : elements_named(root, "time")) {
    if (auto parsed = parse_published_time(attribute(*time, "datetime"))) return parsed;
  }
  return std::nullopt;
}

// A <time> inside the story beats one elsewhere on the page (a clock in the
// navigation bar, a related story's date).
std::optional<PublishedTime> published_time(const xmlNode& root, const xmlNode& container, const MetaValues& meta) {
  if (auto parsed = parse_published_time(meta_value(meta, "article:published_time"))) return parsed;
  if (auto parsed = first_time_datetime(container)) return parsed;
  if (auto parsed = first_time_datetime(root)) return parsed;
  for (const std::string_view key : {"date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "datepublished"}) {
    if (auto parsed = parse_published_time(meta_value(meta, key))) return parsed;
  }
  return std::nullopt;
}

// Many pages repeat the headline as the story's <h1>; the text holds it once.
std::string without_repeated_title(std::string body, std::string_view title) {
  if (title.empty() || !body.starts_with(title)) return body;
  if (body.size() == title.size()) return {};
  if (std::string_view(body).substr(title.size()).starts_with("\n\n")) body.erase(0, title.size() + 2);
  return body;
}

// The charset the page's head names (<meta charset>, http-equiv's
// "charset=", an XML declaration's encoding), lower case; empty when none.
std::string declared_charset(std::string_view bytes) {
  const std::string head = lower_ascii(std::string(bytes.substr(0, 4096)));
  std::size_t at = std::min(head.find("charset"), head.find("encoding="));
  if (at == std::string::npos) return {};
  at = head.find_first_not_of(" \t=\"'", head.find_first_of("=", at));
  if (at == std::string::npos) return "unknown";
  const std::size_t end = head.find_first_of(" \t\"';>/", at);
  const std::string name = head.substr(at, end == std::string::npos ? std::string::npos : end - at);
  return name.empty() ? "unknown" : name;
}

// What libxml2 is given. Bytes that are not UTF-8 at all and declare
// nothing are almost always Windows-1252 (curly quotes in 0x80..0x9F);
// libxml2 would read them as Latin-1 and turn the quotes into control
// characters. UTF-8 with a few invalid bytes, declared as UTF-8 or not
// declared, stays UTF-8 with those bytes as U+FFFD: libxml2 would read an
// undeclared page as Latin-1 whole, and a declared one as Latin-1 from its
// first bad byte on, every later accented letter turning to mojibake.
struct HtmlInput {
  std::string repaired;             // used instead of the page's bytes when `replaced` > 0
  const char* encoding = nullptr;   // forced on libxml2; nullptr: what the page declares
  std::size_t replaced = 0;
  bool declared = false;
};

HtmlInput html_input(std::string_view bytes) {
  if (is_valid_utf8(bytes)) return {};
  const std::string charset = declared_charset(bytes);
  const bool declared = !charset.empty();
  DecodedText decoded = decode_to_utf8(bytes);
  if (decoded.encoding != SourceEncoding::utf8) return {{}, declared ? nullptr : "windows-1252", 0, declared};
  if (declared && charset != "utf-8" && charset != "utf8") return {{}, nullptr, 0, true};
  return {std::move(decoded.utf8), "UTF-8", decoded.replaced, declared};
}

// Precondition: bytes.size() <= INT_MAX (libxml2 takes an int length).
XmlDocPtr parse_html(std::string_view bytes, const char* encoding) {
  return XmlDocPtr(htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding, kHtmlOptions));
}

}  // namespace

Article read_html_article(std::string_view bytes, const std::string& path) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw InputError(path, "HTML file over 2 GiB");
  XmlDocPtr doc;
  const HtmlInput input = html_input(bytes);
  {
    const LibxmlErrorCapture errors;
    doc = parse_html(input.replaced > 0 ? std::string_view(input.repaired) : bytes, input.encoding);
    // The converter stops at the first byte it rejects: the rest of the page
    // would be lost in silence.
    if (!errors.lost_text().empty())
      throw InputError(path, "libxml2 could not decode the page in the encoding it declares (" +
                                 errors.lost_text().front() + "); convert it to UTF-8");
  }
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) throw InputError(path, "libxml2's HTML parser found no document");
  const MetaValues meta = meta_values(*root);
  const xmlNode& container = body_container(*root);
  const std::string title = page_title(*root, meta);
  const std::string body = without_repeated_title(readable_text(container), title);
  if (body.empty()) throw InputError(path, "no readable text in the HTML page (is the story loaded by JavaScript?)");

  Article article;
  compose_text(article, title, body);
  article.path = path;
  article.url = canonical_url(*root, meta);
  article.id = content_article_id(article);
  article.source = meta_value(meta, "og:site_name");
  article.published = published_time(*root, container, meta);
  if (input.replaced > 0) {
    article.encoding = "UTF-8";
    article.encoding_declared = input.declared;
    article.replaced_bytes = input.replaced;
  } else if (input.encoding != nullptr) {
    article.encoding = "Windows-1252";
  } else if (doc->encoding != nullptr) {
    article.encoding = reinterpret_cast<const char*>(doc->encoding);
    article.encoding_declared = true;
  }
  return article;
}

std::string html_fragment_text(std::string_view utf8) {
  if (utf8.find_first_not_of(" \t\r\n") == std::string_view::npos || utf8.size() > static_cast<std::size_t>(INT_MAX))
    return {};
  const XmlDocPtr doc = parse_html(utf8, "UTF-8");
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) return {};
  const xmlNode* body = first_element_named(*root, "body");
  return readable_text(body != nullptr ? *body : *root);
}

}  // namespace incimap::geo
