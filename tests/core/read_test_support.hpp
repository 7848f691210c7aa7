// Shared by the reader's tests ([read]): a small valid tender to break one rule
// at a time, and the errors of an outcome in a form Catch2 prints well.
#pragma once

#include "svcalc/read.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace svcalc::test {

/// One theme, a quantitative measure M1 and a qualitative measure Q1, and one
/// bid B1 that commits to M1 and answers Q1. It reads without error.
inline nlohmann::ordered_json smallTender() {
  return nlohmann::ordered_json::parse(R"({
    "svcalc": 1,
    "framework": {
      "themes": [{"id": "jobs"}],
      "measures": [
        {"id": "M1", "theme": "jobs", "kind": "quantitative", "proxy": 100},
        {"id": "Q1", "theme": "jobs", "kind": "qualitative"}
      ]
    },
    "bids": [
      {"id": "B1", "price": 1000,
       "commitments": [{"measure": "M1", "quantity": 1}],
       "responses": [{"measure": "Q1", "score": 60}]}
    ]
  })");
}

inline ReadOutcome read(const nlohmann::ordered_json& tender) {
  return readTender(tender.dump());
}

/// "code path" for each error, in order.
inline std::vector<std::string> errorsOf(const ReadOutcome& outcome) {
  std::vector<std::string> out;
  for (const Error& e : outcome.errors)
    out.push_back(e.code + ' ' + e.path);
  return out;
}

using Expected = std::vector<std::string>;

/// The tender of an outcome that must have read cleanly (a copy, so that it can
/// be taken from a temporary outcome).
inline Tender tenderOf(const ReadOutcome& outcome) {
  REQUIRE(errorsOf(outcome) == Expected{});
  return outcome.tender;
}

} // namespace svcalc::test
