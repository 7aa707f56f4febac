#include "geo/record/record_builder.hpp"

#include <algorithm>
#include <variant>

namespace incimap::geo {
namespace {

constexpr std::size_t kProblemsListed = 10;

std::string shown(const PropertyValue& value) {
  if (const auto* text = std::get_if<std::string_view>(&value)) return "\"" + std::string(text->substr(0, 40)) + "\"";
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return std::to_string(*integer);
  if (const auto* real = std::get_if<double>(&value)) return std::to_string(*real);
  return "the value";
}

}  // namespace

RecordBuilder::RecordBuilder(IncidentFile& file, RecordSink& sink, std::string path)
    : file_(file), sink_(sink), path_(std::move(path)), values_(incident_fields().size()) {}

void RecordBuilder::add(std::optional<LonLat> position) {
  const auto fields = incident_fields();
  IncidentRecord& record = sink_.append();
  record.position = position;
  const std::size_t id = field_index(kIdField);
  if (std::holds_alternative<std::monostate>(values_[id]) && !feature_id_.empty()) values_[id] = feature_id_;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].set == nullptr || std::holds_alternative<std::monostate>(values_[i])) continue;
    if (!fields[i].set(record, values_[i])) {
      if (++file_.bad_values <= kProblemsListed) {
        file_.problems.push_back(path_ + ": feature " + std::to_string(sink_.size()) + ": " +
                                 std::string(fields[i].name) + ": " + shown(values_[i]) + " does not fit the field");
      }
    }
  }
  std::fill(values_.begin(), values_.end(), PropertyValue{});
  feature_id_ = {};
}

}  // namespace incimap::geo
