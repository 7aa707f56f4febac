#pragma once
// The evaluator's outputs: the score table with the aims beside each
// headline figure, the same as one JSON object, and the errors to tune on.

#include <ostream>

#include "incident_eval/scoring.hpp"

namespace incimap::tools {

void print_table(std::ostream& out, const EventLocationScores& scores);
void print_table(std::ostream& out, const WikiEventsScores& scores);
void print_json(std::ostream& out, const EventLocationScores& scores);
void print_json(std::ostream& out, const WikiEventsScores& scores);
// TSV, one line per missed or misplaced scored line / pair.
void print_errors(std::ostream& out, const EventLocationScores& scores);
void print_errors(std::ostream& out, const WikiEventsScores& scores);

}  // namespace incimap::tools
