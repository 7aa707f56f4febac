#pragma once
// Appending JSON values to a string, for output paths hot enough that building
// a DOM first costs more than the work itself (`incimap places` writes one
// object per mention).

#include <cstdint>
#include <string>
#include <string_view>

namespace incimap::geo {

// A JSON string literal; control characters escaped, invalid UTF-8 replaced
// by U+FFFD so the output always parses.
void append_json_string(std::string& out, std::string_view utf8);

// The shortest text that reads back as `value` (after rounding to
// `decimals` places); "null" for NaN and infinities.
void append_json_number(std::string& out, double value, int decimals);

// The shortest text that reads back exactly as `value`; "null" for NaN and
// infinities.
void append_json_number(std::string& out, double value);
void append_json_integer(std::string& out, std::int64_t value);

}  // namespace incimap::geo
