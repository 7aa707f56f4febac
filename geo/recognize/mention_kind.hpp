#pragma once
// What a recognised name stands for in the text.

#include <cstdint>

namespace incimap::geo {

enum class MentionKind : std::uint8_t {
  place,    // "Baghdad", "the Green Zone"
  demonym,  // "Iraqi" names Iraq; context only, never an incident location alone
};

}  // namespace incimap::geo
