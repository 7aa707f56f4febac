#include "geo/resolve/coordinated_mentions.hpp"

namespace incimap::geo {
namespace {

enum class Joint { none, comma, conjunction };

// What the tokens between two mentions say about them: a list's comma, a
// conjunction (", and" is one), or anything else.
Joint joint_between(std::string_view text, const std::vector<Token>& tokens, const RecognizedMention& a,
                    const RecognizedMention& b) {
  if (b.first_token <= a.last_token || b.first_token - a.last_token > 2) return Joint::none;
  Joint joint = Joint::none;
  for (std::uint32_t k = a.last_token; k < b.first_token; ++k) {
    const std::string_view t = tokens[k].in(text);
    if (t == ",") {
      if (joint != Joint::none) return Joint::none;  // ", ," or "and ,"
      joint = Joint::comma;
    } else if (t == "and" || t == "or" || t == "&") {
      if (joint == Joint::conjunction) return Joint::none;
      joint = Joint::conjunction;
    } else {
      return Joint::none;
    }
  }
  return joint;
}

}  // namespace

std::vector<MentionRun> coordinated_runs(std::string_view text, const std::vector<Token>& tokens,
                                         const std::vector<RecognizedMention>& mentions) {
  std::vector<MentionRun> runs;
  std::size_t first = 0;
  bool conjunction = false;
  const auto close = [&](std::size_t last) {
    if (last - first >= 3 || (last - first == 2 && conjunction)) runs.push_back({first, last});
  };
  for (std::size_t i = 1; i <= mentions.size(); ++i) {
    const Joint joint = i < mentions.size() ? joint_between(text, tokens, mentions[i - 1], mentions[i]) : Joint::none;
    if (joint == Joint::none) {
      close(i);
      first = i;
      conjunction = false;
      continue;
    }
    conjunction = conjunction || joint == Joint::conjunction;
  }
  return runs;
}

}  // namespace incimap::geo
