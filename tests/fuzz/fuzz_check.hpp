#pragma once
// What every fuzz target asserts beyond "no crash, no sanitizer report": a
// broken promise aborts, so libFuzzer saves the input as a crash.

#include <cstdio>
#include <cstdlib>

#define INCIMAP_FUZZ_CHECK(condition)                                                         \
  do {                                                                                        \
    if (!(condition)) {                                                                       \
      std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                           \
    }                                                                                         \
  } while (false)
