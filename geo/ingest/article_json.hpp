#pragma once
// The JSON form of an Article, as `incimap ingest` prints it.

#include <nlohmann/json.hpp>

#include "geo/ingest/article.hpp"

namespace incimap::geo {

// {"id","title","text","body_start","body_end","published_at","source","url","path"};
// absent values are null.
nlohmann::json article_to_json(const Article& article);

}  // namespace incimap::geo
