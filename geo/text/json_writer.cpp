#include "geo/text/json_writer.hpp"

#include <charconv>
#include <cmath>

#include "geo/text/encoding.hpp"

namespace incimap::geo {

namespace {

// Whether the byte needs more than copying: an escape or a UTF-8 check.
bool needs_attention(unsigned char byte) { return byte < 0x20 || byte == '"' || byte == '\\' || byte >= 0x80; }

void append_escaped(std::string& out, unsigned char byte) {
  static constexpr char kHex[] = "0123456789abcdef";
  switch (byte) {
    case '"': out.append("\\\""); break;
    case '\\': out.append("\\\\"); break;
    case '\n': out.append("\\n"); break;
    case '\r': out.append("\\r"); break;
    case '\t': out.append("\\t"); break;
    default: {
      const char escape[] = {'\\', 'u', '0', '0', kHex[byte >> 4], kHex[byte & 0xF]};
      out.append(escape, sizeof escape);
    }
  }
}

}  // namespace

// Copies runs of plain text in one append (exports write a million excerpts).
void append_json_string(std::string& out, std::string_view utf8) {
  out.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t pos = 0; pos < utf8.size();) {
    const auto byte = static_cast<unsigned char>(utf8[pos]);
    if (!needs_attention(byte)) {
      ++pos;
      continue;
    }
    if (byte >= 0x80) {
      const std::size_t start = pos;
      const char32_t cp = next_code_point(utf8, pos);
      const bool invalid = cp == 0xFFFD && !(pos - start == 3 && utf8.substr(start, 3) == "\xEF\xBF\xBD");
      if (!invalid) continue;  // valid UTF-8 stays in the run
      out.append(utf8, run, start - run);
      append_utf8(out, cp);
      run = pos;
      continue;
    }
    out.append(utf8, run, pos - run);
    append_escaped(out, byte);
    run = ++pos;
  }
  out.append(utf8, run, utf8.size() - run);
  out.push_back('"');
}

namespace {

template <typename Number>
void append_shortest(std::string& out, Number value) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, ec == std::errc() ? static_cast<std::size_t>(end - buf) : 0);
}

}  // namespace

void append_json_number(std::string& out, double value) {
  if (std::isfinite(value)) {
    append_shortest(out, value);
  } else {
    out.append("null");
  }
}

void append_json_number(std::string& out, double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  append_json_number(out, std::isfinite(value) ? std::round(value * scale) / scale : value);
}

void append_json_integer(std::string& out, std::int64_t value) { append_shortest(out, value); }

}  // namespace incimap::geo
