// The result of evaluating a tender (scoring.md, "Result document"), free of any
// JSON type. It refers back to the tender by index, so it is only meaningful
// next to the Tender it was computed from.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace svcalc {

/// What a warning is about (scoring.md, "Result document").
enum class WarningCode {
  capped,
  yearsLimited,
  noSocialValue,
  localityPremium,
  zeroQualityPoints,
  unusedTheme
};

/// A note on a result that is not an error, kept as the facts its message and
/// path are made of: the writer words it (write/warning_text.hpp), so that a
/// tender with thousands of warnings builds no sentence it does not write.
/// `amount` is the currency amount a warning is about (`capped`: the value cut;
/// `locality-premium`: claimed minus claimed with every geography factor at 1).
struct Warning {
  WarningCode code = WarningCode::capped;
  std::size_t bid = 0;  ///< years-limited: index into Tender::bids
  std::size_t item = 0; ///< years-limited: into Bid::commitments; unused-theme: Framework::themes
  int yearsCounted = 0; ///< years-limited: Y, less than the commitment's years
  double claimed = 0;   ///< capped, locality-premium: the bid's claimed value
  double cap = 0;       ///< capped: the cap as an amount
  std::optional<double> amount;
};

/// One commitment, valued (scoring.md, "One commitment c of bid i").
struct LineResult {
  std::size_t commitment = 0; ///< index into Bid::commitments
  int yearsCounted = 0;       ///< Y = min(years, maxYears)
  double annual = 0;          ///< A
  double gross = 0;
  double net = 0;
  double present = 0;
  double claimed = 0;
};

/// One taking-part theme of one bid.
struct ThemeResult {
  std::size_t theme = 0; ///< index into Framework::themes
  double weight = 0;     ///< ŵ_θ, normalised
  double claimed = 0;
  double scored = 0;
  std::optional<double> quantitative; ///< q_iθ; absent when θ has no quantitative measure
  std::optional<double> qualitative;  ///< s_iθ; absent when θ has no qualitative measure
  double score = 0;                   ///< t_iθ
};

struct SocialValueResult {
  double gross = 0;
  double net = 0;
  double present = 0;
  double claimed = 0;
  double scored = 0;
  double percentOfPrice = 0;
  double points = 0; ///< SV_i, 0 … 100
  std::vector<ThemeResult> themes;
};

/// Weighted points per criterion; for `pqp`, `price` is the price itself.
struct Scores {
  double price = 0;
  double quality = 0;
  double socialValue = 0;
};

struct BidResult {
  std::size_t bid = 0; ///< index into Tender::bids
  int rank = 0;
  std::optional<double> total; ///< absent only for a `pqp` bid with zero points
  Scores scores;
  SocialValueResult socialValue;
  std::vector<LineResult> lines; ///< in the bid's commitment order
  std::vector<Warning> warnings;
};

struct Overtake {
  std::size_t bid = 0; ///< index into Tender::bids
  /// Social value weight where the two totals meet; absent when the lines are
  /// parallel, that is when the other bid leads at every weight.
  std::optional<double> at;
};

/// The social value weights over which the winner stays first.
struct Robustness {
  std::size_t winner = 0;    ///< index into Tender::bids
  std::optional<double> low; ///< both absent when no weight keeps the winner level
  std::optional<double> high;
  std::vector<Overtake> overtakenBy; ///< in rank order
};

struct Result {
  std::vector<BidResult> bids;                ///< in rank order
  std::vector<std::vector<std::size_t>> ties; ///< bid indices, groups in rank order
  std::optional<Robustness> robustness;
  std::vector<Warning> warnings;
};

} // namespace svcalc
