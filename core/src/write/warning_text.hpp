// The words of each warning (scoring.md, "Result document"): its code, its
// message and the path into the input it points at, made as the result is
// written. Messages are plain sentences and deterministic.
#pragma once

#include "svcalc/model.hpp"
#include "svcalc/result.hpp"

#include <string>
#include <string_view>

namespace svcalc::writing {

std::string_view warningCode(WarningCode code);

/// How a message carries the names it takes from the input (a measure's or a
/// theme's id): as they are, or escaped for the inside of a JSON string. The
/// rest of every message is plain text that needs no escaping.
enum class Names { plain, jsonEscaped };

/// Appends the message of `warning`, one of the warnings of a result of `tender`.
void appendWarningMessage(std::string& out, const Tender& tender, const Warning& warning,
                          Names names);

/// Appends the JSON Pointer to where in the input the cause lies; appends
/// nothing when the warning concerns a bid or the tender as a whole.
void appendWarningPath(std::string& out, const Warning& warning);

} // namespace svcalc::writing
