#pragma once
// A gazetteer index that cannot be used: damaged (a section fails its check,
// at open or when a lookup first touches it) or changed on disk while in
// use. Unlike a bad article it ends the run (exit 3): every later lookup
// would meet the same index. An InputError, so the message names the file.

#include "geo/base/input_error.hpp"

namespace incimap::geo {

class GazetteerIndexError : public InputError {
 public:
  using InputError::InputError;
};

}  // namespace incimap::geo
