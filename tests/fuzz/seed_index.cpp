// Writes the fixture gazetteer index to argv[1]: the seed that
// scripts/fuzz.sh gives the gazetteer target, which random bytes alone
// would never get past the header checks of.

#include <cstdio>
#include <exception>

#include "fixture_index.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OUTPUT.idx\n", argv[0]);
    return 2;
  }
  try {
    incimap::fuzz::build_fixture_index(argv[1]);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
  return 0;
}
