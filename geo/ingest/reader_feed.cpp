#include "geo/ingest/reader_feed.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <climits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "geo/ingest/compose.hpp"
#include "geo/base/input_error.hpp"
#include "geo/ingest/libxml_handles.hpp"
#include "geo/ingest/published_time.hpp"
#include "geo/ingest/reader_html.hpp"

namespace incimap::geo {
namespace {

// No XML_PARSE_NOENT (entities are never substituted) and no
// XML_PARSE_DTDLOAD (external DTDs are never read): with these off and
// entity declarations refused, a feed cannot make the parser read a file,
// reach the network or expand an entity bomb.
constexpr int kFeedOptions = XML_PARSE_NONET;

constexpr const char* kEntityDeclarationsRefused =
    "entity declarations are not allowed (possible entity expansion attack)";

// What the parser reported besides the tree. Lives in the parser context's
// _private for the duration of one parse.
struct ParseReport {
  std::string first_fatal;  // "line N: message"
  std::string first_error;
  bool declares_entities = false;
};

ParseReport& report_of(void* parser_context) {
  return *static_cast<ParseReport*>(static_cast<xmlParserCtxt*>(parser_context)->_private);
}

std::string describe(const xmlError& error) {
  std::string message = error.message == nullptr ? "unknown error" : error.message;
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  return "line " + std::to_string(error.line) + ": " + message;
}

// libxml2's structured error callback; `parser_context` is the context that
// raised it, so concurrent parses never share state.
void record_error(void* parser_context, xmlErrorPtr error) {
  if (parser_context == nullptr || error == nullptr || error->level < XML_ERR_ERROR) return;
  ParseReport& report = report_of(parser_context);
  if (report.first_error.empty()) report.first_error = describe(*error);
  if (error->level == XML_ERR_FATAL && report.first_fatal.empty()) report.first_fatal = describe(*error);
}

// Replaces libxml2's entityDecl SAX handler: the entity is never registered
// and parsing stops at once, before any reference could be expanded.
void refuse_entity_declaration(void* parser_context, const xmlChar*, int, const xmlChar*, const xmlChar*, xmlChar*) {
  report_of(parser_context).declares_entities = true;
  xmlStopParser(static_cast<xmlParserCtxt*>(parser_context));
}

XmlDocPtr parse_feed_xml(std::string_view bytes, const std::string& path) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw InputError(path, "feed file over 2 GiB");
  xmlInitParser();
  const XmlParserCtxtPtr ctxt(xmlNewParserCtxt());
  if (!ctxt || ctxt->sax == nullptr) throw InputError(path, "libxml2 could not create an XML parser (out of memory)");
  ParseReport report;
  ctxt->_private = &report;
  ctxt->sax->serror = record_error;
  ctxt->sax->entityDecl = refuse_entity_declaration;
  XmlDocPtr doc(xmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr,
                                  kFeedOptions));
  if (report.declares_entities) throw InputError(path, kEntityDeclarationsRefused);
  if (!doc) {
    const std::string& reason = report.first_fatal.empty() ? report.first_error : report.first_fatal;
    throw InputError(path, "malformed XML: " + (reason.empty() ? std::string("libxml2 could not parse it") : reason));
  }
  const xmlDtd* subset = doc->intSubset;
  if (subset != nullptr && (subset->entities != nullptr || subset->pentities != nullptr))
    throw InputError(path, kEntityDeclarationsRefused);
  return doc;
}

// The vocabularies a feed element can come from.
enum class Vocabulary { rss, atom, content_module, dublin_core };

constexpr std::string_view kAtomNamespace = "http://www.w3.org/2005/Atom";
constexpr std::string_view kRss1Namespace = "http://purl.org/rss/1.0/";
constexpr std::string_view kRss090Namespace = "http://my.netscape.com/rdf/simple/0.9/";
constexpr std::string_view kContentNamespace = "http://purl.org/rss/1.0/modules/content/";
constexpr std::string_view kDublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

std::string_view namespace_of(const xmlNode& node) noexcept {
  return node.ns == nullptr || node.ns->href == nullptr ? std::string_view()
                                                        : reinterpret_cast<const char*>(node.ns->href);
}

// RSS 2.0 elements have no namespace; RSS 1.0 and 0.90 put theirs in one.
bool belongs_to(const xmlNode& node, Vocabulary vocabulary) noexcept {
  const std::string_view ns = namespace_of(node);
  switch (vocabulary) {
    case Vocabulary::rss: return ns.empty() || ns == kRss1Namespace || ns == kRss090Namespace;
    case Vocabulary::atom: return ns == kAtomNamespace;
    case Vocabulary::content_module: return ns == kContentNamespace;
    case Vocabulary::dublin_core: return ns == kDublinCoreNamespace;
  }
  return false;
}

bool is_element(const xmlNode& node, std::string_view name, Vocabulary vocabulary) noexcept {
  return node.type == XML_ELEMENT_NODE && node.name != nullptr &&
         reinterpret_cast<const char*>(node.name) == name && belongs_to(node, vocabulary);
}

const xmlNode* child(const xmlNode& parent, std::string_view name, Vocabulary vocabulary) noexcept {
  for (const xmlNode* node = parent.children; node != nullptr; node = node->next) {
    if (is_element(*node, name, vocabulary)) return node;
  }
  return nullptr;
}

std::vector<const xmlNode*> children(const xmlNode& parent, std::string_view name, Vocabulary vocabulary) {
  std::vector<const xmlNode*> found;
  for (const xmlNode* node = parent.children; node != nullptr; node = node->next) {
    if (is_element(*node, name, vocabulary)) found.push_back(node);
  }
  return found;
}

std::string attribute(const xmlNode& node, const char* name) {
  const XmlCharPtr value(xmlGetProp(&node, reinterpret_cast<const xmlChar*>(name)));
  return value ? std::string(reinterpret_cast<const char*>(value.get())) : std::string();
}

// The element's text content (CDATA included), whitespace normalized.
std::string plain_text(const xmlNode* node) {
  if (node == nullptr) return {};
  const XmlCharPtr content(xmlNodeGetContent(node));
  return content ? normalize_whitespace(reinterpret_cast<const char*>(content.get())) : std::string();
}

// The markup of an element's children, for Atom's type="xhtml" content.
std::string inner_markup(const xmlNode& node) {
  const XmlBufferPtr buffer(xmlBufferCreate());
  if (!buffer) return {};
  for (xmlNode* part = node.children; part != nullptr; part = part->next) xmlNodeDump(buffer.get(), node.doc, part, 0, 0);
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer.get())),
                     static_cast<std::size_t>(xmlBufferLength(buffer.get())));
}

std::string html_text(const xmlNode* node) {
  if (node == nullptr) return {};
  const XmlCharPtr content(xmlNodeGetContent(node));
  return content ? html_fragment_text(reinterpret_cast<const char*>(content.get())) : std::string();
}

// An Atom text construct: type "text" (the default), "html" or "xhtml".
std::string atom_text(const xmlNode* node) {
  if (node == nullptr) return {};
  const std::string type = attribute(*node, "type");
  if (type == "html") return html_text(node);
  if (type == "xhtml") return html_fragment_text(inner_markup(*node));
  return plain_text(node);
}

// One line of text: titles and names never hold paragraph breaks.
std::string single_line(std::string text) {
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  return normalize_whitespace(text);
}

// What one <item> or <entry> says, before it becomes an Article.
struct FeedItem {
  std::string title;
  std::string body;
  std::string id;
  std::string url;
  std::string source;
  std::optional<PublishedTime> published;
};

std::optional<PublishedTime> first_parsed_time(std::initializer_list<const xmlNode*> candidates) {
  for (const xmlNode* node : candidates) {
    if (auto parsed = parse_published_time(plain_text(node))) return parsed;
  }
  return std::nullopt;
}

bool is_url(std::string_view text) noexcept { return text.starts_with("http://") || text.starts_with("https://"); }

// <content:encoded> holds the full story where a feed has it; <description>
// is often a teaser.
FeedItem rss_item(const xmlNode& item) {
  FeedItem out;
  out.title = single_line(plain_text(child(item, "title", Vocabulary::rss)));
  out.body = html_text(child(item, "encoded", Vocabulary::content_module));
  if (out.body.empty()) out.body = html_text(child(item, "description", Vocabulary::rss));
  const xmlNode* guid = child(item, "guid", Vocabulary::rss);
  out.id = plain_text(guid);
  out.url = plain_text(child(item, "link", Vocabulary::rss));
  if (out.url.empty() && guid != nullptr && attribute(*guid, "isPermaLink") != "false" && is_url(out.id)) out.url = out.id;
  out.source = single_line(plain_text(child(item, "source", Vocabulary::rss)));
  out.published = first_parsed_time({child(item, "pubDate", Vocabulary::rss), child(item, "date", Vocabulary::dublin_core)});
  return out;
}

std::string atom_link(const xmlNode& entry) {
  for (const xmlNode* link : children(entry, "link", Vocabulary::atom)) {
    const std::string rel = attribute(*link, "rel");
    if (rel.empty() || rel == "alternate") return attribute(*link, "href");
  }
  return {};
}

FeedItem atom_entry(const xmlNode& entry) {
  FeedItem out;
  out.title = single_line(atom_text(child(entry, "title", Vocabulary::atom)));
  out.body = atom_text(child(entry, "content", Vocabulary::atom));
  if (out.body.empty()) out.body = atom_text(child(entry, "summary", Vocabulary::atom));
  out.id = plain_text(child(entry, "id", Vocabulary::atom));
  out.url = atom_link(entry);
  if (const xmlNode* source = child(entry, "source", Vocabulary::atom))
    out.source = single_line(atom_text(child(*source, "title", Vocabulary::atom)));
  out.published = first_parsed_time({child(entry, "published", Vocabulary::atom), child(entry, "updated", Vocabulary::atom)});
  return out;
}

enum class FeedKind { rss, atom };

struct FeedLayout {
  FeedKind kind = FeedKind::rss;
  std::string title;  // the channel's or feed's, the source of items without one
  std::vector<const xmlNode*> items;
};

// RSS 2.0: <rss><channel><item>; RSS 1.0: <rdf:RDF><channel/><item>;
// Atom: <feed><entry>.
FeedLayout feed_layout(const xmlNode& root, const std::string& path) {
  const std::string_view name = reinterpret_cast<const char*>(root.name);
  FeedLayout layout;
  if (name == "rss") {
    const xmlNode* channel = child(root, "channel", Vocabulary::rss);
    if (channel == nullptr) throw InputError(path, "RSS feed without a <channel>");
    layout.title = single_line(plain_text(child(*channel, "title", Vocabulary::rss)));
    layout.items = children(*channel, "item", Vocabulary::rss);
  } else if (name == "RDF") {
    const xmlNode* channel = child(root, "channel", Vocabulary::rss);
    if (channel != nullptr) layout.title = single_line(plain_text(child(*channel, "title", Vocabulary::rss)));
    layout.items = children(root, "item", Vocabulary::rss);
  } else if (is_element(root, "feed", Vocabulary::atom)) {
    layout.kind = FeedKind::atom;
    layout.title = single_line(atom_text(child(root, "title", Vocabulary::atom)));
    layout.items = children(root, "entry", Vocabulary::atom);
  } else {
    throw InputError(path, "neither an RSS nor an Atom feed (root element <" + std::string(name) + ">)");
  }
  if (layout.items.empty()) throw InputError(path, "the feed holds no items");
  return layout;
}

Article to_article(FeedItem&& item, const std::string& path) {
  Article article;
  compose_text(article, item.title, item.body);
  article.url = std::move(item.url);
  article.id = item.id.empty() ? content_article_id(article) : std::move(item.id);
  article.source = std::move(item.source);
  article.published = item.published;
  article.path = path;
  return article;
}

}  // namespace

std::vector<Article> read_feed_articles(std::string_view bytes, const std::string& path) {
  const XmlDocPtr doc = parse_feed_xml(bytes, path);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) throw InputError(path, "XML document without a root element");
  const FeedLayout layout = feed_layout(*root, path);
  std::vector<Article> articles;
  const std::size_t count = layout.items.size();
  for (std::size_t i = 0; i < count; ++i) {
    FeedItem item = layout.kind == FeedKind::atom ? atom_entry(*layout.items[i]) : rss_item(*layout.items[i]);
    // One empty item (a placeholder, an ad slot) is not worth failing a feed for.
    if (item.title.empty() && item.body.empty()) continue;
    if (item.source.empty()) item.source = layout.title;
    articles.push_back(to_article(std::move(item), path));
    if (doc->encoding != nullptr) {
      articles.back().encoding = reinterpret_cast<const char*>(doc->encoding);
      articles.back().encoding_declared = true;
    }
  }
  if (articles.empty())
    throw InputError(path, "none of the feed's " + std::to_string(count) + " items holds a title or text");
  return articles;
}

}  // namespace incimap::geo
