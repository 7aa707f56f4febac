#include "geoparse_eval/corpus.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <charconv>
#include <climits>
#include <memory>
#include <set>

#include "geo/ingest/libxml_handles.hpp"
#include "geoparse_eval/input_file.hpp"

namespace incimap::tools {
namespace {

std::string_view name_of(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

bool is_element(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && name_of(node) == name;
}

const xmlNode* first_child(const xmlNode* parent, std::string_view name) {
  for (const xmlNode* child = parent->children; child != nullptr; child = child->next) {
    if (is_element(child, name)) return child;
  }
  return nullptr;
}

std::vector<const xmlNode*> children(const xmlNode* parent, std::string_view name) {
  std::vector<const xmlNode*> found;
  for (const xmlNode* child = parent->children; child != nullptr; child = child->next) {
    if (is_element(child, name)) found.push_back(child);
  }
  return found;
}

// Concatenated text and CDATA content; CDATA is kept verbatim, which is what
// the gold offsets count into.
std::string content_of(const xmlNode* node) {
  geo::XmlCharPtr content(xmlNodeGetContent(node));
  return content ? std::string(reinterpret_cast<const char*>(content.get())) : std::string();
}

std::optional<std::string> attribute(const xmlNode* node, const char* name) {
  geo::XmlCharPtr value(
      xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)));
  if (!value) return std::nullopt;
  return std::string(reinterpret_cast<const char*>(value.get()));
}

std::string_view trimmed(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  const auto first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

// Reports schema errors as "FILE:LINE: what".
class SchemaReader {
 public:
  explicit SchemaReader(std::string_view source) : source_(source) {}

  [[noreturn]] void fail(const xmlNode* node, std::string_view what) const {
    throw InputError(source_ + ":" + std::to_string(xmlGetLineNo(node)) + ": " + std::string(what));
  }

  const xmlNode& required_child(const xmlNode* parent, std::string_view name) const {
    const xmlNode* child = first_child(parent, name);
    if (child == nullptr) fail(parent, "<" + std::string(name_of(parent)) + "> has no <" + std::string(name) + ">");
    return *child;
  }

  std::size_t offset(const xmlNode* parent, std::string_view name) const {
    const xmlNode& node = required_child(parent, name);
    const std::string text = content_of(&node);
    const std::string_view digits = trimmed(text);
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size()) {
      fail(&node, "<" + std::string(name) + "> is not a non-negative integer: '" + text + "'");
    }
    return value;
  }

  std::optional<double> optional_number(const xmlNode* parent, std::string_view name) const {
    const xmlNode* node = first_child(parent, name);
    if (node == nullptr) return std::nullopt;
    const std::string text = content_of(node);
    const std::string_view digits = trimmed(text);
    if (digits.empty()) return std::nullopt;
    double value = 0.0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size()) {
      fail(node, "<" + std::string(name) + "> is not a number: '" + text + "'");
    }
    return value;
  }

  // A gaztag without both coordinates leaves the toponym unplaced rather than
  // failing: such toponyms are recognition-only, like those with no gaztag.
  std::optional<GoldPlace> place(const xmlNode* toponym) const {
    const xmlNode* gaztag = first_child(toponym, "gaztag");
    if (gaztag == nullptr) return std::nullopt;
    const std::optional<double> latitude = optional_number(gaztag, "lat");
    const std::optional<double> longitude = optional_number(gaztag, "lon");
    if (!latitude || !longitude) return std::nullopt;
    const auto point = GeoPoint::from_lat_lon_degrees(*latitude, *longitude);
    if (!point) fail(gaztag, "coordinates out of range");
    const xmlNode* name = first_child(gaztag, "name");
    return GoldPlace{attribute(gaztag, "geonameid").value_or(""), name ? content_of(name) : "", *point};
  }

  GoldToponym toponym(const xmlNode* node) const {
    GoldToponym gold;
    gold.start = offset(node, "start");
    gold.end = offset(node, "end");
    if (gold.end < gold.start) fail(node, "<end> is before <start>");
    gold.phrase = content_of(&required_child(node, "phrase"));
    gold.place = place(node);
    return gold;
  }

  Article article(const xmlNode* node) const {
    Article article;
    const auto id = attribute(node, "docid");
    if (!id || id->empty()) fail(node, "<article> has no docid");
    article.id = *id;
    article.text = content_of(&required_child(node, "text"));
    // An article the annotators found no toponym in may omit <toponyms>.
    if (const xmlNode* toponyms = first_child(node, "toponyms")) {
      for (const xmlNode* toponym_node : children(toponyms, "toponym")) {
        article.toponyms.push_back(toponym(toponym_node));
      }
    }
    return article;
  }

 private:
  std::string source_;
};

std::string last_xml_error() {
  const xmlError* error = xmlGetLastError();
  if (error == nullptr || error->message == nullptr) return "not well-formed XML";
  std::string message = error->message;
  while (!message.empty() && message.back() == '\n') message.pop_back();
  return "line " + std::to_string(error->line) + ": " + message;
}

}  // namespace

Corpus parse_corpus(std::string_view xml, std::string_view source_name) {
  if (xml.size() > static_cast<std::size_t>(INT_MAX)) throw InputError(std::string(source_name) + ": too large");
  xmlResetLastError();
  // NONET: a corpus must never make the tool reach the network. No entity
  // substitution: the text is CDATA. Errors are collected, not printed.
  geo::XmlDocPtr doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), std::string(source_name).c_str(),
                              nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!doc) throw InputError(std::string(source_name) + ": " + last_xml_error());
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr || !is_element(root, "articles")) {
    throw InputError(std::string(source_name) + ": root element is not <articles>");
  }
  const SchemaReader reader(source_name);
  Corpus corpus{std::string(source_name), {}};
  std::set<std::string> ids;
  for (const xmlNode* node : children(root, "article")) {
    corpus.articles.push_back(reader.article(node));
    // Predictions are keyed by id, so a repeated docid could not be scored.
    if (!ids.insert(corpus.articles.back().id).second) reader.fail(node, "docid appears twice");
  }
  return corpus;
}

Corpus read_corpus(const std::filesystem::path& path) { return parse_corpus(read_whole_file(path), path.string()); }

}  // namespace incimap::tools
