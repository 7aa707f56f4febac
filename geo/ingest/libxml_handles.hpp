#pragma once
// Owners of libxml2's C handles: each is freed where it goes out of scope.

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>

namespace incimap::geo {

struct XmlDocFree {
  void operator()(xmlDoc* doc) const noexcept { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

struct XmlParserCtxtFree {
  void operator()(xmlParserCtxt* ctxt) const noexcept { xmlFreeParserCtxt(ctxt); }
};
using XmlParserCtxtPtr = std::unique_ptr<xmlParserCtxt, XmlParserCtxtFree>;

// Strings libxml2 allocates (xmlNodeGetContent, xmlGetProp).
struct XmlCharFree {
  void operator()(xmlChar* text) const noexcept { xmlFree(text); }
};
using XmlCharPtr = std::unique_ptr<xmlChar, XmlCharFree>;

struct XmlBufferFree {
  void operator()(xmlBuffer* buffer) const noexcept { xmlBufferFree(buffer); }
};
using XmlBufferPtr = std::unique_ptr<xmlBuffer, XmlBufferFree>;

}  // namespace incimap::geo
