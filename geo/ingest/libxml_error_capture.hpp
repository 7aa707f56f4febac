#pragma once
// libxml2 reports some errors (a byte its encoding converter rejects, an I/O
// error) through its global error handler, which prints them on stderr with
// no file name and lets the parse go on with the text cut short. While one
// of these is alive, the calling thread's libxml2 errors are collected here
// instead, for the reader to turn into an error that names the file.

#include <libxml/xmlerror.h>

#include <string>
#include <vector>

namespace incimap::geo {

class LibxmlErrorCapture {
 public:
  LibxmlErrorCapture() : previous_(xmlStructuredError), previous_context_(xmlStructuredErrorContext) {
    xmlSetStructuredErrorFunc(this, &LibxmlErrorCapture::collect);
  }
  ~LibxmlErrorCapture() { xmlSetStructuredErrorFunc(previous_context_, previous_); }
  LibxmlErrorCapture(const LibxmlErrorCapture&) = delete;
  LibxmlErrorCapture& operator=(const LibxmlErrorCapture&) = delete;

  // Errors of the encoding converter and of I/O: the parse lost text.
  const std::vector<std::string>& lost_text() const noexcept { return lost_text_; }

 private:
  static void collect(void* self, xmlErrorPtr error) {
    if (error == nullptr) return;
    if (error->domain != XML_FROM_I18N && error->domain != XML_FROM_IO) return;  // recovered parse errors
    std::string message = error->message != nullptr ? error->message : "unknown libxml2 error";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    static_cast<LibxmlErrorCapture*>(self)->lost_text_.push_back(std::move(message));
  }

  xmlStructuredErrorFunc previous_;
  void* previous_context_;
  std::vector<std::string> lost_text_;
};

}  // namespace incimap::geo
