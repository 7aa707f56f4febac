#pragma once
// A one-line excerpt around a mention for the error report, so a false
// positive or negative can be judged without opening the article.

#include <cstddef>
#include <string>
#include <string_view>

namespace incimap::tools {

// Up to `radius` code points either side of [start, end) (code points), the
// mention in [[double brackets]], whitespace runs (newlines, tabs) collapsed
// to one space so the result fits a TSV cell, "..." where the text was cut.
std::string context_snippet(std::u32string_view text, std::size_t start, std::size_t end, std::size_t radius = 40);

}  // namespace incimap::tools
