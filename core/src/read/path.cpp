#include "read/path.hpp"

#include "json/text.hpp"

namespace svcalc::read {

std::string Path::pointer() const {
  std::string out;
  appendTo(out);
  return out;
}

void Path::appendTo(std::string& out) const {
  if (!parent_) return;
  parent_->appendTo(out);
  out += '/';
  if (isIndex_)
    out += std::to_string(index_);
  else
    json::appendPointerToken(out, key_);
}

} // namespace svcalc::read
