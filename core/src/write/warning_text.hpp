// The words of each warning (scoring.md, "Result document"): its code, its
// message and the path into the input it points at, made as the result is
// written. Messages are plain sentences and deterministic.
#pragma once

#include "svcalc/model.hpp"
#include "svcalc/result.hpp"
#include "write/text_buffer.hpp"

#include <string_view>

namespace svcalc::writing {

std::string_view warningCode(WarningCode code);

/// How a message carries the names it takes from the input (a measure's or a
/// theme's id): as they are, or escaped for the inside of a JSON string. The
/// rest of every message is plain text that needs no escaping.
enum class Names { plain, jsonEscaped };

/// Writes the message of `warning`, one of the warnings of a result of `tender`.
void writeWarningMessage(TextBuffer& out, const Tender& tender, const Warning& warning,
                         Names names);

/// Whether `warning` points at a place in the input; a warning about a bid or
/// the tender as a whole does not.
bool hasPath(const Warning& warning);

/// Writes the JSON Pointer to where in the input the cause of `warning` lies.
/// Precondition: hasPath(warning).
void writeWarningPath(TextBuffer& out, const Warning& warning);

} // namespace svcalc::writing
