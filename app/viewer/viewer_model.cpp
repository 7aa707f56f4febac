#include "app/viewer/viewer_model.hpp"

#include <algorithm>

namespace incimap::app {
namespace {

// The date filter alone changed: the histogram (which ignores dates) stands.
bool only_dates_differ(const IncidentFilter& a, const IncidentFilter& b) {
  IncidentFilter a_without = a, b_without = b;
  a_without.days.reset();
  b_without.days.reset();
  return a_without == b_without;
}

}  // namespace

ViewerModel::ViewerModel(const std::string& crs, render::LayerGrouping grouping)
    : projection_(crs), grouping_(grouping) {}

std::span<const render::Incident> ViewerModel::incidents() const noexcept {
  return dataset_.map ? dataset_.map->incidents() : std::span<const render::Incident>{};
}

void ViewerModel::lock_for_task() {
  busy_ = true;
  touch();
}

void ViewerModel::unlock_after_task() {
  busy_ = false;
  touch();
}

void ViewerModel::replace_dataset(Dataset dataset) {
  const std::optional<std::string> selected_id =
      selected_incident() ? std::optional(selected_incident()->id) : std::nullopt;
  dataset_ = std::move(dataset);
  selected_.reset();
  listed_.clear();
  article_.reset();
  article_incident_.reset();
  if (dataset_.map && dataset_.map->layering().grouping != grouping_) dataset_.map->set_grouping(grouping_);
  apply_layer_choices();
  refresh_value_counts();
  refresh_table_order();
  refresh_filter(TimelineUpdate::rebuild);
  if (selected_id) selected_ = find_incident(*selected_id);
  touch();
}

void ViewerModel::refresh_value_counts() {
  std::map<std::string, std::size_t> types, countries;
  for (const render::Incident& incident : incidents()) {
    if (!incident.event_type.empty()) ++types[incident.event_type];
    if (!incident.country.empty()) ++countries[incident.country];
  }
  const auto by_count = [](const std::map<std::string, std::size_t>& counts) {
    std::vector<ValueCount> out;
    for (const auto& [value, count] : counts) out.push_back({value, count});
    std::stable_sort(out.begin(), out.end(), [](const ValueCount& a, const ValueCount& b) { return a.count > b.count; });
    return out;
  };
  event_types_ = by_count(types);
  countries_ = by_count(countries);
}

void ViewerModel::set_basemap_choice(const render::BasemapChoice& choice) {
  if (choice == basemap_choice_) return;
  basemap_choice_ = choice;
  touch();
}

void ViewerModel::set_incident_style(render::IncidentStyle style) {
  if (style == incident_style_) return;
  incident_style_ = style;
  touch();
}

void ViewerModel::set_grouping(render::LayerGrouping grouping) {
  grouping_ = grouping;
  if (dataset_.map) {
    dataset_.map->set_grouping(grouping);
    apply_layer_choices();
    refresh_filter(TimelineUpdate::keep);
  }
  touch();
}

void ViewerModel::apply_layer_choices() {
  if (!dataset_.map) return;
  const auto& layers = dataset_.map->layering().layers;
  for (std::size_t i = 0; i < layers.size(); ++i) {
    dataset_.map->set_layer_visible(i, !hidden_layers_.contains(layers[i].name));
    if (const auto colour = layer_colours_.find(layers[i].name); colour != layer_colours_.end()) {
      dataset_.map->set_layer_colour(i, colour->second);
    }
  }
}

void ViewerModel::set_layer_visibility(const std::string& layer, Visibility visibility) {
  if (visibility == Visibility::hidden) {
    hidden_layers_.insert(layer);
  } else {
    hidden_layers_.erase(layer);
  }
  apply_layer_choices();
  refresh_table_rows();
  touch();
}

void ViewerModel::set_layer_colour(const std::string& layer, const render::Rgba& colour) {
  layer_colours_[layer] = colour;
  apply_layer_choices();
  touch();
}

std::size_t ViewerModel::filtered_in_layer(std::size_t layer) const noexcept {
  return layer < filtered_per_layer_.size() ? filtered_per_layer_[layer] : 0;
}

void ViewerModel::set_filter(IncidentFilter filter) {
  if (filter == filter_) return;
  const bool keep_timeline = only_dates_differ(filter, filter_);
  filter_ = std::move(filter);
  refresh_filter(keep_timeline ? TimelineUpdate::keep : TimelineUpdate::rebuild);
  touch();
}

void ViewerModel::refresh_filter(TimelineUpdate timeline) {
  if (!dataset_.map) return;
  std::vector<std::uint8_t> mask = filter_mask(incidents(), filter_);
  const auto& layering = dataset_.map->layering();
  filtered_per_layer_.assign(layering.layers.size(), 0);
  for (std::size_t i = 0; i < mask.size(); ++i) filtered_per_layer_[layering.layer_of[i]] += mask[i];
  dataset_.map->set_filter(std::move(mask));
  if (timeline == TimelineUpdate::rebuild) timeline_ = Timeline(incidents(), filter_);
  refresh_table_rows();
}

void ViewerModel::set_playback(Playback playback) {
  playback_ = playback;
  if (playback == Playback::playing && !filter_.days && !timeline_.empty()) {
    IncidentFilter next = filter_;
    next.days = initial_playback_range(timeline_, playback_settings_.window_days);
    set_filter(std::move(next));
  }
  touch();
}

void ViewerModel::step_playback(int bins) {
  if (timeline_.empty()) return;
  IncidentFilter next = filter_;
  const DayRange from = filter_.days.value_or(initial_playback_range(timeline_, playback_settings_.window_days));
  const auto range = next_playback_range(timeline_, from, bins, playback_settings_.at_end);
  if (!range) {
    playback_ = Playback::stopped;  // the end, and no loop
    touch();
    return;
  }
  next.days = *range;
  set_filter(std::move(next));
}

void ViewerModel::set_playback_settings(const PlaybackSettings& settings) {
  if (settings == playback_settings_) return;
  const bool new_window = settings.window_days != playback_settings_.window_days;
  playback_settings_ = settings;
  if (new_window && filter_.days && settings.window_days > 0) {
    IncidentFilter next = filter_;
    next.days = DayRange{filter_.days->first, filter_.days->first + settings.window_days - 1};
    set_filter(std::move(next));
  }
  touch();
}

void ViewerModel::set_table_sort(TableSort sort) {
  if (sort == table_sort_) return;
  table_sort_ = sort;
  refresh_table_order();
  refresh_table_rows();
  touch();
}

void ViewerModel::refresh_table_order() { table_order_ = sorted_incidents(incidents(), table_sort_); }

void ViewerModel::refresh_table_rows() {
  table_rows_.clear();
  if (!dataset_.map) return;
  for (const std::uint32_t i : table_order_) {
    if (dataset_.map->is_shown(i)) table_rows_.push_back(i);
  }
}

const render::Incident* ViewerModel::selected_incident() const noexcept {
  return selected_ && *selected_ < incident_count() ? &incidents()[*selected_] : nullptr;
}

void ViewerModel::select(std::uint32_t incident) {
  if (incident >= incident_count()) return;
  selected_ = incident;
  if (std::find(listed_.begin(), listed_.end(), incident) == listed_.end()) listed_.clear();
  touch();
}

void ViewerModel::clear_selection() {
  selected_.reset();
  listed_.clear();
  touch();
}

void ViewerModel::list_incidents(std::vector<std::uint32_t> incidents) {
  listed_ = std::move(incidents);
  selected_.reset();
  if (listed_.size() == 1) selected_ = listed_.front();
  touch();
}

std::optional<std::uint32_t> ViewerModel::find_incident(std::string_view id) const {
  const auto all = incidents();
  const auto found = std::find_if(all.begin(), all.end(), [id](const render::Incident& i) { return i.id == id; });
  if (found == all.end()) return std::nullopt;
  return std::uint32_t(found - all.begin());
}

const CorrectionEntry* ViewerModel::correction_of(std::uint32_t incident) const {
  const auto found = dataset_.corrections.find(incident);
  return found == dataset_.corrections.end() ? nullptr : &found->second;
}

std::optional<FixState> ViewerModel::fix_state_of(std::uint32_t incident) const {
  const CorrectionEntry* entry = correction_of(incident);
  if (!entry) return std::nullopt;
  return FixState{entry->correction.where, entry->correction.location};
}

void ViewerModel::correct(std::uint32_t incident, geo::LonLat where, std::string location) {
  if (!dataset_.map || incident >= incident_count() || busy_) return;
  Fix fix{incidents()[incident].id, fix_state_of(incident), FixState{where, location}};
  move_incident(incident, where, std::move(location));
  fixes_.record(std::move(fix));
}

void ViewerModel::undo_correction(std::uint32_t incident) {
  if (!correction_of(incident) || busy_) return;
  Fix fix{incidents()[incident].id, fix_state_of(incident), std::nullopt};
  restore_incident(incident);
  fixes_.record(std::move(fix));
}

void ViewerModel::undo_fix() {
  if (busy_) return;
  if (const auto fix = fixes_.undo()) apply_fix_state(fix->incident_id, fix->before);
}

void ViewerModel::redo_fix() {
  if (busy_) return;
  if (const auto fix = fixes_.redo()) apply_fix_state(fix->incident_id, fix->after);
}

void ViewerModel::apply_fix_state(const std::string& incident_id, const std::optional<FixState>& state) {
  const auto incident = find_incident(incident_id);
  if (!incident) return;  // no longer loaded
  if (state) {
    move_incident(*incident, state->where, state->location);
  } else {
    restore_incident(*incident);
  }
}

void ViewerModel::move_incident(std::uint32_t incident, geo::LonLat where, std::string location) {
  auto [entry, fresh] = dataset_.corrections.try_emplace(incident);
  if (fresh) {
    entry->second.original = incidents()[incident];
    entry->second.correction.incident_id = incidents()[incident].id;
    entry->second.correction.original = incidents()[incident].where();
    entry->second.correction.original_location = incidents()[incident].location;
  }
  entry->second.correction.where = where;
  entry->second.correction.location = std::move(location);
  dataset_.map->replace_incident(incident, corrected(entry->second.original, entry->second.correction), projection_);
  // The place, confidence and precision changed: the table's order may have.
  refresh_table_order();
  refresh_filter(TimelineUpdate::keep);
  save_corrections_of(incident);
  touch();
}

void ViewerModel::restore_incident(std::uint32_t incident) {
  const auto found = dataset_.corrections.find(incident);
  if (found == dataset_.corrections.end()) return;
  dataset_.map->replace_incident(incident, std::move(found->second.original), projection_);
  dataset_.corrections.erase(found);
  refresh_table_order();
  refresh_filter(TimelineUpdate::keep);
  save_corrections_of(incident);
  touch();
}

void ViewerModel::save_corrections_of(std::uint32_t incident) {
  const InputRecord* input = input_of(dataset_.inputs, incident);
  if (!input) return;
  std::vector<Correction> corrections;
  for (const auto& [index, entry] : dataset_.corrections) {
    if (index >= input->first && index < input->first + input->count) corrections.push_back(entry.correction);
  }
  const auto sidecar = corrections_path(input->path);
  try {
    const auto backup = write_corrections(sidecar, corrections);
    if (backup) notify(NoticeLevel::warning, sidecar.string() + " could not be read: kept it as " + backup->string());
    notify(NoticeLevel::info, "Saved " + std::to_string(corrections.size()) + " correction(s) to " + sidecar.string());
  } catch (const std::exception& e) {
    notify(NoticeLevel::error, e.what());
  }
  remember_correction_of(incident);
}

void ViewerModel::remember_correction_of(std::uint32_t incident) {
  if (remembered_corrections_.empty()) return;
  std::vector<Correction> stored;
  try {
    stored = read_corrections(remembered_corrections_).corrections;
  } catch (const std::exception&) {
    // Not a corrections file: write_corrections keeps a copy before replacing it.
  }
  const CorrectionEntry* entry = correction_of(incident);
  try {
    const auto backup = write_corrections(remembered_corrections_,
                                          replace_correction(std::move(stored), incidents()[incident].id,
                                                             entry ? &entry->correction : nullptr));
    if (backup) notify(NoticeLevel::warning, remembered_corrections_.string() + " could not be read: kept it as " + backup->string());
  } catch (const std::exception& e) {
    notify(NoticeLevel::error, e.what());
  }
}

void ViewerModel::set_article(std::uint32_t incident, SourceArticle article) {
  article_incident_ = incident;
  article_ = std::move(article);
  touch();
}

void ViewerModel::record_write(bool ok, std::string message) {
  last_write_ = {last_write_.serial + 1, ok, message};
  notify(ok ? NoticeLevel::info : NoticeLevel::error, std::move(message));
}

void ViewerModel::notify(NoticeLevel level, std::string text) {
  constexpr std::size_t kKeep = 50;
  notices_.push_back({level, std::move(text)});
  if (notices_.size() > kKeep) notices_.erase(notices_.begin());
  touch();
}

void ViewerModel::clear_notices() {
  notices_.clear();
  touch();
}

}  // namespace incimap::app
