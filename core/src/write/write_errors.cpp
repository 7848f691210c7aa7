// The error document (scoring.md, "Bad input"): {"svcalc":1,"errors":[…]}.
#include "svcalc/write.hpp"

#include "json/text.hpp"
#include <cstddef>
#include <string>

namespace svcalc {

void writeErrors(const Errors& errors, std::string& out) {
  // Messages are one sentence and paths are short: 200 bytes covers most errors.
  out.reserve(out.size() + 32 + 200 * errors.size());
  out += "{\"svcalc\":1,\"errors\":[";
  for (std::size_t i = 0; i < errors.size(); ++i) {
    const Error& e = errors[i];
    if (i > 0) out += ',';
    out += "{\"code\":";
    json::appendString(out, e.code);
    out += ",\"path\":";
    json::appendString(out, e.path);
    out += ",\"message\":";
    json::appendString(out, e.message);
    out += '}';
  }
  out += "]}";
}

} // namespace svcalc
