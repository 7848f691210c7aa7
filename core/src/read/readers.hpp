// The section readers behind readTender, and what the framework hands on to the
// bids so that their references resolve in constant time.
#pragma once

#include "read/fields.hpp"
#include "read/names.hpp"
#include "read/path.hpp"
#include "read/report.hpp"
#include "svcalc/model.hpp"

#include "json/document.hpp"
#include <cstddef>
#include <optional>
#include <vector>

namespace svcalc::read {

/// The framework's names, for resolving the bids' references.
struct FrameworkNames {
  Names themes;
  Names measures;
  Names evidence;
  Names geography;
  /// By measure index; absent where the measure's kind could not be read, so a
  /// reference to it cannot be judged either way.
  std::vector<std::optional<MeasureKind>> measureKinds;
  /// Absent when the default could not be settled (already reported).
  std::optional<std::size_t> defaultEvidence;
  std::optional<std::size_t> defaultGeography;

  /// For a framework that is missing or not an object: nothing can be resolved,
  /// and nothing is reported as unknown.
  void markIncomplete();
};

void readFramework(Report& report, json::Value object, const Path& path, Framework& framework,
                   FrameworkNames& names);

void readMethod(Report& report, json::Value object, const Path& path, Method& method);

/// `contractValue` is the tender's, as read: it stands in for a bid's missing price.
void readBids(Report& report, json::Value array, const Path& path, const FrameworkNames& names,
              const Got<double>& contractValue, std::vector<Bid>& bids);

} // namespace svcalc::read
