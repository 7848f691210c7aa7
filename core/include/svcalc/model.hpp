// The domain model of a tender (scoring.md, "Documents"), free of any JSON type.
//
// The reader fills it only after the whole document has validated, so every
// cross-reference here is a resolved index and every default has been applied:
// the evaluator never has to check anything again.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace svcalc {

/// A theme of the framework, such as "Fair work and skills".
struct Theme {
  std::string id;
  std::string title;
  double weight = 1; ///< > 0, before normalisation
};

enum class MeasureKind { quantitative, qualitative };

/// One measure a bid can commit to (quantitative) or answer (qualitative).
struct Measure {
  std::string id;
  std::size_t theme = 0; ///< index into Framework::themes
  std::string title;
  std::string unit;
  MeasureKind kind = MeasureKind::quantitative;
  // Quantitative only: currency per unit per year, and the additionality deflators.
  double proxy = 0;
  double deadweight = 0;
  double displacement = 0;
  double attribution = 0;
  double leakage = 0;
  double dropOff = 0;
  std::optional<int> maxYears; ///< unlimited when absent
  // Qualitative only.
  double weight = 1;
};

/// A named factor: an evidence level (κ) or a geography area (G).
struct Factor {
  std::string name;
  double value = 1;
};

struct Framework {
  std::string id;
  std::string title;
  std::string version;
  std::vector<Theme> themes;
  std::vector<Measure> measures;
  std::vector<Factor> evidence;     ///< in document order
  std::vector<Factor> geography;    ///< in document order
  std::size_t defaultEvidence = 0;  ///< index into evidence
  std::size_t defaultGeography = 0; ///< index into geography
};

enum class Model { weighted, pqp };
enum class PriceScoring { relative, linear, log, range };
enum class Basis { absolute, proportional, target };
enum class TieBreak { none, price, quality, socialValue };

struct Weights {
  double price = 50;
  double quality = 40;
  double socialValue = 10;
};

struct PriceMethod {
  PriceScoring scoring = PriceScoring::relative;
  double base = 0; ///< log only, > 1
  double min = 0;  ///< range only, < max
  double max = 0;  ///< range only
};

struct SocialValueMethod {
  Basis basis = Basis::proportional;
  double quantitativeShare = 0.5; ///< α
  std::optional<double> cap;      ///< fraction of price; no cap when absent
  double target = 0.1;            ///< fraction of price
};

/// Green Book's declining schedule, or one constant rate for every year.
struct Discount {
  bool greenBook = true;
  double rate = 0; ///< used when !greenBook
};

struct Method {
  Model model = Model::weighted;
  Weights weights;
  PriceMethod price;
  SocialValueMethod socialValue;
  Discount discount;
  double tieMargin = 0;
  TieBreak tieBreak = TieBreak::none;
};

// 32-bit indices: a tender holds tens of thousands of commitments, and no
// framework list comes near 2^32 entries in a 32 MiB input.
struct Commitment {
  std::uint32_t measure = 0; ///< index into Framework::measures, always quantitative
  int years = 1;
  double quantity = 0;         ///< units per year
  std::uint32_t geography = 0; ///< index into Framework::geography
  std::uint32_t evidence = 0;  ///< index into Framework::evidence
};

struct Response {
  std::size_t measure = 0; ///< index into Framework::measures, always qualitative
  double score = 0;        ///< 0 … 100
};

struct Bid {
  std::string id;
  /// The supplier object exactly as the result must carry it: compact JSON text in
  /// the spec's number format, or empty when the bid has none.
  std::string supplierJson;
  double price = 0; ///< the bid's own price, or the tender's contractValue
  double quality = 0;
  std::vector<Commitment> commitments;
  std::vector<Response> responses;
};

struct Tender {
  std::string currency = "GBP";
  std::optional<double> contractValue;
  Framework framework;
  Method method;
  std::vector<Bid> bids;
};

} // namespace svcalc
