#pragma once
// The viewer's model: what is loaded, which layers and filters are on, what
// is selected, the corrections made. Panels read it and emit commands; only
// the frame loop changes it, on its own thread. Every change bumps
// revision(), which is how the loop knows to draw again.

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "app/viewer/dataset.hpp"
#include "app/viewer/fix_history.hpp"
#include "app/viewer/incident_filter.hpp"
#include "app/viewer/incident_table.hpp"
#include "app/viewer/source_article.hpp"
#include "app/viewer/timeline.hpp"
#include "geo/projection/projection.hpp"
#include "render/map_frame.hpp"

namespace incimap::app {

enum class Visibility : std::uint8_t { shown, hidden };
enum class Playback : std::uint8_t { stopped, playing };
enum class NoticeLevel : std::uint8_t { info, warning, error };

struct ValueCount {
  std::string value;
  std::size_t count = 0;
};

struct Notice {
  NoticeLevel level = NoticeLevel::info;
  std::string text;
};

class ViewerModel {
 public:
  ViewerModel(const std::string& crs, render::LayerGrouping grouping);

  std::uint64_t revision() const noexcept { return revision_; }
  const geo::Projection& projection() const noexcept { return projection_; }
  render::LayerGrouping grouping() const noexcept { return grouping_; }

  // --- data
  const Dataset& dataset() const noexcept { return dataset_; }
  const render::IncidentMap* map() const noexcept { return dataset_.map.get(); }
  std::span<const render::Incident> incidents() const noexcept;
  std::size_t incident_count() const noexcept { return incidents().size(); }
  // A task reads the incidents (a load merging new inputs, an export):
  // corrections wait until it is done.
  bool busy() const noexcept { return busy_; }
  void lock_for_task();
  void unlock_after_task();
  // Swaps in a freshly loaded dataset, keeping layer choices, the filter and
  // (by incident id) the selection.
  void replace_dataset(Dataset dataset);

  // --- layers, by name: indices change with the grouping
  void set_grouping(render::LayerGrouping grouping);
  void set_layer_visibility(const std::string& layer, Visibility visibility);
  void set_layer_colour(const std::string& layer, const render::Rgba& colour);
  // The basemaps drawn (View > Basemap).
  const render::BasemapChoice& basemap_choice() const noexcept { return basemap_choice_; }
  void set_basemap_choice(const render::BasemapChoice& choice);
  // Markers and clusters, or the density layer.
  render::IncidentStyle incident_style() const noexcept { return incident_style_; }
  void set_incident_style(render::IncidentStyle style);
  // Incidents of the layer that pass the filter (whether the layer is on or not).
  std::size_t filtered_in_layer(std::size_t layer) const noexcept;

  // --- filter, timeline and playback
  // Distinct event types and countries of the loaded incidents, most frequent first.
  const std::vector<ValueCount>& event_types() const noexcept { return event_types_; }
  const std::vector<ValueCount>& countries() const noexcept { return countries_; }
  const IncidentFilter& filter() const noexcept { return filter_; }
  void set_filter(IncidentFilter filter);
  const Timeline& timeline() const noexcept { return timeline_; }
  Playback playback() const noexcept { return playback_; }
  void set_playback(Playback playback);
  // Moves the date range `bins` histogram bins on (playback's tick: one), or
  // back when negative; playback stops at the end unless it loops.
  void step_playback(int bins = 1);
  const PlaybackSettings& playback_settings() const noexcept { return playback_settings_; }
  // A new window length applies at once when a range is set.
  void set_playback_settings(const PlaybackSettings& settings);

  // --- the incident table: shown incidents in the chosen order
  std::span<const std::uint32_t> table_rows() const noexcept { return table_rows_; }
  TableSort table_sort() const noexcept { return table_sort_; }
  void set_table_sort(TableSort sort);

  // --- selection
  std::optional<std::uint32_t> selected() const noexcept { return selected_; }
  const render::Incident* selected_incident() const noexcept;
  void select(std::uint32_t incident);
  void clear_selection();
  // Incidents at one spot that a click on their cluster listed.
  std::span<const std::uint32_t> listed() const noexcept { return listed_; }
  void list_incidents(std::vector<std::uint32_t> incidents);
  std::optional<std::uint32_t> find_incident(std::string_view id) const;

  // --- corrections, saved to the input's sidecar and to `remembered` at once
  // The viewer's own corrections file, by incident id (empty: none kept).
  const std::filesystem::path& remembered_corrections() const noexcept { return remembered_corrections_; }
  void set_remembered_corrections(std::filesystem::path file) { remembered_corrections_ = std::move(file); }
  const CorrectionEntry* correction_of(std::uint32_t incident) const;
  // Moves the incident and saves; `location` is the picked place (empty when dragged).
  void correct(std::uint32_t incident, geo::LonLat where, std::string location);
  void undo_correction(std::uint32_t incident);
  // Takes back the last fix (a correction or its removal) or makes it again.
  bool can_undo_fix() const noexcept { return fixes_.can_undo(); }
  bool can_redo_fix() const noexcept { return fixes_.can_redo(); }
  void undo_fix();
  void redo_fix();

  // --- the selected incident's source article, read on request
  const SourceArticle* article() const noexcept { return article_ ? &*article_ : nullptr; }
  std::optional<std::uint32_t> article_incident() const noexcept { return article_incident_; }
  void set_article(std::uint32_t incident, SourceArticle article);

  // --- the last file written (an export, a map image), for the dialog that asked
  struct WriteOutcome {
    std::uint64_t serial = 0;  // bumped by each write that finished or failed
    bool ok = false;
    std::string message;
  };
  const WriteOutcome& last_write() const noexcept { return last_write_; }
  // Also a notice: info when ok, error otherwise.
  void record_write(bool ok, std::string message);

  // --- messages for the user (load failures, exports written)
  std::span<const Notice> notices() const noexcept { return notices_; }
  void notify(NoticeLevel level, std::string text);
  void clear_notices();

 private:
  void touch() noexcept { ++revision_; }
  void apply_layer_choices();
  enum class TimelineUpdate : std::uint8_t { rebuild, keep };
  void refresh_filter(TimelineUpdate timeline);
  void refresh_value_counts();
  void refresh_table_order();
  void refresh_table_rows();
  void save_corrections_of(std::uint32_t incident);
  void remember_correction_of(std::uint32_t incident);
  std::optional<FixState> fix_state_of(std::uint32_t incident) const;
  // Sets the correction without recording it in the history (undo, redo).
  void apply_fix_state(const std::string& incident_id, const std::optional<FixState>& state);
  void move_incident(std::uint32_t incident, geo::LonLat where, std::string location);
  void restore_incident(std::uint32_t incident);

  std::uint64_t revision_ = 1;
  geo::Projection projection_;
  render::LayerGrouping grouping_;
  render::IncidentStyle incident_style_ = render::IncidentStyle::markers;
  render::BasemapChoice basemap_choice_;
  Dataset dataset_;
  bool busy_ = false;
  std::set<std::string> hidden_layers_;
  std::map<std::string, render::Rgba> layer_colours_;
  std::vector<ValueCount> event_types_;
  std::vector<ValueCount> countries_;
  IncidentFilter filter_;
  std::vector<std::size_t> filtered_per_layer_;
  Timeline timeline_;
  Playback playback_ = Playback::stopped;
  PlaybackSettings playback_settings_;
  TableSort table_sort_;
  std::vector<std::uint32_t> table_order_;  // every incident, sorted
  std::vector<std::uint32_t> table_rows_;   // the shown ones, in that order
  std::optional<std::uint32_t> selected_;
  std::vector<std::uint32_t> listed_;
  std::optional<std::uint32_t> article_incident_;
  std::optional<SourceArticle> article_;
  std::vector<Notice> notices_;
  FixHistory fixes_;
  std::filesystem::path remembered_corrections_;
  WriteOutcome last_write_;
};

}  // namespace incimap::app
