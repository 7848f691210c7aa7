// The same tender gives the same bits every time, and a large tender (1,000 bids
// of 60 commitments each) evaluates in one go.
#include "evaluate_tenders.hpp"

#include <chrono>
#include <cstdint>
#include <cstring>

using namespace svcalc;

namespace {

/// Every number and flag of a result, doubles by their bit patterns, so that two
/// results compare equal only when they are identical to the last bit.
struct Fingerprint {
  std::vector<std::uint64_t> words;

  void add(double x) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &x, sizeof bits);
    words.push_back(bits);
  }
  void add(const std::optional<double>& x) {
    words.push_back(x.has_value());
    add(x.value_or(0));
  }
  void add(std::size_t n) { words.push_back(n); }
  void add(const Warning& warning) {
    add(static_cast<std::size_t>(warning.code));
    add(warning.bid);
    add(warning.item);
    add(static_cast<std::size_t>(warning.yearsCounted));
    add(warning.claimed);
    add(warning.cap);
    add(warning.amount);
  }

  explicit Fingerprint(const Result& result) {
    for (const BidResult& bid : result.bids) {
      add(bid.bid);
      add(static_cast<std::size_t>(bid.rank));
      add(bid.total);
      for (double x : {bid.scores.price, bid.scores.quality, bid.scores.socialValue}) {
        add(x);
      }
      const SocialValueResult& sv = bid.socialValue;
      for (double x :
           {sv.gross, sv.net, sv.present, sv.claimed, sv.scored, sv.percentOfPrice, sv.points}) {
        add(x);
      }
      for (const ThemeResult& theme : sv.themes) {
        add(theme.theme);
        for (double x : {theme.weight, theme.claimed, theme.scored, theme.score}) {
          add(x);
        }
        add(theme.quantitative);
        add(theme.qualitative);
      }
      for (const LineResult& line : bid.lines) {
        add(line.commitment);
        add(static_cast<std::size_t>(line.yearsCounted));
        for (double x : {line.annual, line.gross, line.net, line.present, line.claimed}) {
          add(x);
        }
      }
      for (const Warning& warning : bid.warnings) {
        add(warning);
      }
    }
    for (const std::vector<std::size_t>& tie : result.ties) {
      add(tie.size());
      for (std::size_t bid : tie) {
        add(bid);
      }
    }
    if (result.robustness) {
      add(result.robustness->winner);
      add(result.robustness->low);
      add(result.robustness->high);
      for (const Overtake& overtake : result.robustness->overtakenBy) {
        add(overtake.bid);
        add(overtake.at);
      }
    }
    for (const Warning& warning : result.warnings) {
      add(warning);
    }
  }

  bool operator==(const Fingerprint& other) const { return words == other.words; }
};

/// 5 themes (one unused), 20 quantitative measures with every deflator, drop-off
/// and maxYears, 4 qualitative ones; `bids` bids of `perBid` commitments over
/// every evidence level and area (factors not all equal), green-book, capped.
Tender largeTender(std::size_t bids, std::size_t perBid) {
  Tender tender;
  tender.framework = test::defaultFramework();
  tender.framework.geography[test::local].value = 1.1;
  for (int t = 0; t < 5; ++t) {
    tender.framework.themes.push_back(test::theme("T" + std::to_string(t), 1 + t));
  }
  for (std::size_t m = 0; m < 20; ++m) {
    Measure measure = test::quantitative("M" + std::to_string(m), m % 4, 10.0 + 97 * m);
    measure.deadweight = 0.01 * static_cast<double>(m % 7);
    measure.displacement = 0.02 * static_cast<double>(m % 3);
    measure.attribution = 0.05 * static_cast<double>(m % 2);
    measure.leakage = 0.03 * static_cast<double>(m % 5);
    measure.dropOff = 0.1 * static_cast<double>(m % 4);
    if (m % 3 == 0) {
      measure.maxYears = 3;
    }
    tender.framework.measures.push_back(measure);
  }
  for (std::size_t m = 0; m < 4; ++m) {
    tender.framework.measures.push_back(test::qualitative("Q" + std::to_string(m), m, 1.0 + m));
  }
  tender.method.socialValue.cap = 0.05;
  tender.method.tieMargin = 0.01;
  tender.method.tieBreak = TieBreak::price;
  for (std::size_t i = 0; i < bids; ++i) {
    Bid bid = test::bid("B" + std::to_string(i), 100000.0 + 3331.0 * static_cast<double>(i % 97),
                        static_cast<double>(i % 101));
    for (std::size_t j = 0; j < perBid; ++j) {
      const std::size_t k = i * 31 + j * 7;
      bid.commitments.push_back(test::commitment(k % 20, 1.0 + static_cast<double>(k % 13),
                                                 1 + static_cast<int>(k % 10), k % 4, k % 3));
    }
    for (std::size_t m = 0; m < 4; ++m) {
      bid.responses.push_back({20 + m, 20.0 * static_cast<double>((i + m) % 6)});
    }
    tender.bids.push_back(bid);
  }
  return tender;
}

} // namespace

TEST_CASE("evaluating twice gives identical bits", "[evaluate]") {
  const Tender tender = largeTender(50, 60);
  const Fingerprint first(test::evaluated(tender));
  const Fingerprint second(test::evaluated(tender));
  CHECK(first.words.size() > 50 * 60 * 7); // every line was fingerprinted
  CHECK(first == second);
}

TEST_CASE("1,000 bids of 60 commitments each evaluate", "[evaluate]") {
  const Tender tender = largeTender(1000, 60);
  const Result result = test::evaluated(tender);
  REQUIRE(result.bids.size() == 1000);
  CHECK(result.bids[0].rank == 1);
  CHECK(result.bids[0].lines.size() == 60);
  CHECK(result.robustness);
  CHECK(result.warnings.size() == 1); // theme T4 has no measures
}

TEST_CASE("evaluation time for 1,000 bids of 60 commitments", "[.][evaluate-benchmark]") {
  const Tender tender = largeTender(1000, 60);
  const int runs = 20;
  const auto start = std::chrono::steady_clock::now();
  for (int run = 0; run < runs; ++run) {
    REQUIRE(evaluate(tender).ok());
  }
  const std::chrono::duration<double, std::milli> elapsed =
      std::chrono::steady_clock::now() - start;
  WARN("evaluate: " << elapsed.count() / runs << " ms per tender");
}
