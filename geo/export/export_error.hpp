#pragma once
// An export that could not be written: names the output, the OGR driver and
// the reason (GDAL's own message when GDAL gave one).

#include <stdexcept>
#include <string>

namespace incimap::geo {

class ExportError : public std::runtime_error {
 public:
  ExportError(std::string path, std::string driver, const std::string& reason)
      : std::runtime_error(path + " (" + (driver.empty() ? std::string("no driver") : driver) + "): " + reason),
        path_(std::move(path)),
        driver_(std::move(driver)) {}
  const std::string& path() const noexcept { return path_; }
  const std::string& driver() const noexcept { return driver_; }

 private:
  std::string path_;
  std::string driver_;
};

}  // namespace incimap::geo
