#include "geo/text/json_writer.hpp"

#include <charconv>
#include <cmath>

#include "geo/text/encoding.hpp"

namespace incimap::geo {

void append_json_string(std::string& out, std::string_view utf8) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (std::size_t pos = 0; pos < utf8.size();) {
    const auto byte = static_cast<unsigned char>(utf8[pos]);
    if (byte >= 0x80) {
      const std::size_t start = pos;
      const char32_t cp = next_code_point(utf8, pos);
      if (cp == 0xFFFD && !(pos - start == 3 && utf8.substr(start, 3) == "\xEF\xBF\xBD")) append_utf8(out, cp);
      else out.append(utf8.substr(start, pos - start));
      continue;
    }
    ++pos;
    switch (byte) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      default:
        if (byte < 0x20) {
          out.append("\\u00");
          out.push_back(kHex[byte >> 4]);
          out.push_back(kHex[byte & 0xF]);
        } else {
          out.push_back(static_cast<char>(byte));
        }
    }
  }
  out.push_back('"');
}

void append_json_number(std::string& out, double value, int decimals) {
  if (!std::isfinite(value)) {
    out.append("null");
    return;
  }
  const double scale = std::pow(10.0, decimals);
  const double rounded = std::round(value * scale) / scale;
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, rounded);
  out.append(buf, ec == std::errc() ? static_cast<std::size_t>(end - buf) : 0);
}

}  // namespace incimap::geo
