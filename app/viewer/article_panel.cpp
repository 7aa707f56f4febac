#include "app/viewer/article_panel.hpp"

#include <vector>

#include <imgui.h>

#include "app/viewer/highlighted_text.hpp"
#include "app/viewer/panel_layout.hpp"
#include "app/viewer/ui_style.hpp"

namespace incimap::app {

void draw_article_panel(const ViewerModel& model, UiState& ui) {
  if (!ui.panels.article) return;
  place_next_panel(Panel::article, ui.docking);
  if (!ImGui::Begin(kArticleWindow, &ui.panels.article)) {
    ImGui::End();
    return;
  }
  const SourceArticle* article = model.article();
  if (!article || model.article_incident() != model.selected()) {
    ImGui::TextDisabled(model.selected() ? "Reading the article…" : "Select an incident first.");
    ImGui::End();
    return;
  }
  ImGui::TextWrapped("%s", article->title.c_str());
  ImGui::TextDisabled("%s", article->path.c_str());
  ImGui::Separator();
  if (ImGui::BeginChild("##text")) {
    const ImGuiID scrolled_key = ImGui::GetID("scrolled");
    ImGuiStorage* storage = ImGui::GetStateStorage();
    // The excerpt, with the place mention marked as in the details panel, over it.
    std::vector<TextHighlight> marks;
    if (article->excerpt) marks.push_back({*article->excerpt, ui_colour::kExcerpt});
    if (const render::Incident* incident = model.selected_incident()) {
      if (const auto mention = mention_in_article(*article, *incident)) marks.push_back({*mention, ui_colour::kMention});
    }
    const std::optional<ImVec2> excerpt_at = highlighted_text(article->text, marks);
    // Bring the excerpt into view once per article, then leave scrolling to the user.
    const int article_key = int(std::hash<std::string>{}(article->path + article->title) & 0x7FFFFFFF);
    if (excerpt_at && storage->GetInt(scrolled_key, 0) != article_key) {
      const float y = excerpt_at->y - ImGui::GetCursorScreenPos().y + ImGui::GetCursorPosY();
      ImGui::SetScrollY(std::max(0.0f, y - ImGui::GetWindowHeight() * 0.3f));
      storage->SetInt(scrolled_key, article_key);
    }
  }
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace incimap::app
