#include "app/viewer/article_incidents.hpp"

#include <variant>

#include "geo/export/incident_properties.hpp"
#include "geo/incidents/date_resolver.hpp"
#include "geo/incidents/incident_builder.hpp"
#include "geo/incidents/incident_merger.hpp"
#include "geo/ingest/ingest.hpp"

namespace incimap::app {
namespace {

// Values of incident_properties() by field name.
class PropertyLookup {
 public:
  explicit PropertyLookup(const geo::IncidentProperties& properties) : properties_(properties) {}

  std::string text(std::string_view field) const {
    const auto* value = std::get_if<std::string_view>(find(field));
    return value ? std::string(*value) : std::string();
  }
  std::optional<std::int64_t> integer(std::string_view field) const {
    const auto* value = std::get_if<std::int64_t>(find(field));
    return value ? std::optional(*value) : std::nullopt;
  }
  std::optional<double> real(std::string_view field) const {
    const auto* value = std::get_if<double>(find(field));
    return value ? std::optional(*value) : std::nullopt;
  }
  std::optional<geo::EventDate> date(std::string_view field) const {
    const auto* value = std::get_if<geo::EventDate>(find(field));
    return value ? std::optional(*value) : std::nullopt;
  }

 private:
  const geo::PropertyValue* find(std::string_view field) const {
    static const geo::PropertyValue kNull;
    const auto fields = geo::incident_fields();
    for (std::size_t i = 0; i < fields.size() && i < properties_.values.size(); ++i) {
      if (fields[i].name == field) return &properties_.values[i];
    }
    return &kNull;
  }
  const geo::IncidentProperties& properties_;
};

render::TimePrecision time_precision_of(const std::optional<geo::EventDate>& date) {
  if (!date) return render::TimePrecision::unknown;
  switch (date->precision) {
    case geo::DatePrecision::day: return render::TimePrecision::day;
    case geo::DatePrecision::week: return render::TimePrecision::week;
    case geo::DatePrecision::month: return render::TimePrecision::month;
  }
  return render::TimePrecision::unknown;
}

render::GeoPrecision geo_precision_of(geo::GeoPrecision precision) {
  switch (precision) {
    case geo::GeoPrecision::place: return render::GeoPrecision::place;
    case geo::GeoPrecision::near: return render::GeoPrecision::near_place;
    case geo::GeoPrecision::region: return render::GeoPrecision::region;
  }
  return render::GeoPrecision::region;
}

int count_or_zero(const std::optional<std::int64_t>& count) { return count ? int(*count) : 0; }

}  // namespace

render::Incident to_render_incident(const geo::Incident& incident) {
  geo::IncidentProperties properties;
  geo::incident_properties(incident, properties);
  const PropertyLookup p(properties);
  render::Incident out;
  out.id = incident.id;
  out.where = incident.location->place.position;
  out.title = p.text("title");
  if (const auto date = p.date("event_date")) {
    out.event_date = geo::format_event_date(geo::EventDate{date->days, geo::DatePrecision::day});
    out.day = render::parse_day(out.event_date);
  }
  out.time_precision = time_precision_of(incident.date);
  out.event_type = p.text("event_type");
  out.sub_event_type = p.text("sub_event_type");
  out.actor1 = p.text("actor1");
  out.actor2 = p.text("actor2");
  out.fatalities = count_or_zero(p.integer("fatalities"));
  out.injuries = count_or_zero(p.integer("injuries"));
  out.location = p.text("location");
  out.matched_text = p.text("matched_text");
  out.country = p.text("country");
  out.admin1 = p.text("admin1");
  out.geo_precision = geo_precision_of(incident.location->precision);
  out.geo_type = p.text("geo_type");
  out.geocode_confidence = p.real("geocode_confidence").value_or(0.0);
  out.source_title = p.text("source_title");
  out.source_url = p.text("source_url");
  out.source_file = p.text("source_file");
  out.published_at = p.text("published_at");
  out.excerpt = p.text("excerpt");
  const auto matched_start = p.integer("matched_start"), matched_end = p.integer("matched_end");
  if (matched_start && matched_end && *matched_start >= 0 && *matched_end > *matched_start) {
    out.matched_span = std::pair{std::size_t(*matched_start), std::size_t(*matched_end)};
  }
  return out;
}

const geo::Geoparser& ArticleExtractor::geoparser(const std::string& for_input) {
  if (!geoparser_) {
    try {
      geoparser_.emplace(geo::Geoparser::open(gazetteer_path_));
    } catch (const geo::InputError& e) {
      throw geo::InputError(for_input, std::string("articles need the gazetteer index to be geoparsed (") + e.what() +
                                           "); build it with scripts/build-gazetteer.sh, or run incimap extract first");
    }
  }
  return *geoparser_;
}

ExtractedIncidents ArticleExtractor::extract(const std::string& path, const ArticleProgress& progress) {
  const geo::Geoparser& parser = geoparser(path);
  ExtractedIncidents result;
  geo::IncidentMerger merger;
  const geo::IngestReport report = geo::ingest_paths(
      {path}, geo::IngestOptions{},
      [&](geo::Article&& article) {
        merger.add(geo::extract_incidents(article, parser));
        ++result.articles;
        if (progress) progress(result.articles);
      },
      [&](const geo::InputError& failure) { result.failures.push_back(failure.what()); });
  if (result.articles == 0) {
    throw geo::InputError(path, report.failures.empty() ? "no articles found" : report.failures.front().reason());
  }
  for (const geo::Incident& incident : merger.take()) {
    if (incident.location) {
      result.incidents.push_back(to_render_incident(incident));
    } else {
      ++result.unlocated;
    }
  }
  return result;
}

}  // namespace incimap::app
