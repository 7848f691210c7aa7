// The result document (scoring.md, "Result document"), written straight into the
// caller's string: a 10,000-bid result is tens of megabytes, so no tree is built
// first. Key order is the spec's; every number and string goes through the
// JSON.stringify writers so that the text round-trips through JavaScript.
#include "svcalc/svcalc.hpp"
#include "svcalc/write.hpp"

#include "json/text.hpp"
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace svcalc {
namespace {

// Generous per-item sizes (a number is at most ~24 characters) so that one
// reserve() covers the whole document and appending never reallocates.
constexpr std::size_t bytesPerBid = 600;
constexpr std::size_t bytesPerTheme = 220;
constexpr std::size_t bytesPerLine = 300;
constexpr std::size_t bytesPerWarning = 200;
constexpr std::size_t bytesPerTieOrOvertake = 40;

class ResultWriter {
public:
  ResultWriter(const Tender& tender, std::string& out) : tender_(tender), out_(out) {}

  void write(const Result& result) {
    out_.reserve(out_.size() + estimate(result));
    out_ += "{\"svcalc\":1,\"engine\":";
    string(engineName);
    out_ += ",\"currency\":";
    string(tender_.currency);
    out_ += ",\"bids\":[";
    for (std::size_t i = 0; i < result.bids.size(); ++i) {
      if (i > 0) out_ += ',';
      bid(result.bids[i]);
    }
    out_ += "],\"ties\":[";
    for (std::size_t i = 0; i < result.ties.size(); ++i) {
      if (i > 0) out_ += ',';
      out_ += '[';
      for (std::size_t j = 0; j < result.ties[i].size(); ++j) {
        if (j > 0) out_ += ',';
        bidId(result.ties[i][j]);
      }
      out_ += ']';
    }
    out_ += "],\"robustness\":";
    if (result.robustness)
      robustness(*result.robustness);
    else
      out_ += "null";
    out_ += ",\"warnings\":";
    warnings(result.warnings);
    out_ += '}';
  }

private:
  std::size_t estimate(const Result& result) const {
    std::size_t bytes = 256 + bytesPerWarning * result.warnings.size();
    for (const auto& group : result.ties)
      bytes += bytesPerTieOrOvertake * group.size();
    if (result.robustness) bytes += bytesPerTieOrOvertake * result.robustness->overtakenBy.size();
    for (const BidResult& b : result.bids) {
      const Bid& input = tender_.bids[b.bid];
      bytes += bytesPerBid + 2 * input.id.size() + input.supplierJson.size() +
               bytesPerTheme * b.socialValue.themes.size() + bytesPerLine * b.lines.size() +
               bytesPerWarning * b.warnings.size();
    }
    return bytes;
  }

  void bid(const BidResult& b) {
    const Bid& input = tender_.bids[b.bid];
    out_ += "{\"id\":";
    string(input.id);
    out_ += ",\"rank\":";
    number(b.rank);
    out_ += ",\"total\":";
    optionalNumber(b.total);
    if (!input.supplierJson.empty()) {
      // Already canonical JSON.stringify text, made by the reader.
      out_ += ",\"supplier\":";
      out_ += input.supplierJson;
    }
    out_ += ",\"scores\":{\"price\":";
    number(b.scores.price);
    out_ += ",\"quality\":";
    number(b.scores.quality);
    out_ += ",\"socialValue\":";
    number(b.scores.socialValue);
    out_ += "},\"socialValue\":";
    socialValue(b.socialValue);
    out_ += ",\"lines\":[";
    for (std::size_t i = 0; i < b.lines.size(); ++i) {
      if (i > 0) out_ += ',';
      line(input, b.lines[i]);
    }
    out_ += "],\"warnings\":";
    warnings(b.warnings);
    out_ += '}';
  }

  void socialValue(const SocialValueResult& sv) {
    out_ += "{\"gross\":";
    number(sv.gross);
    out_ += ",\"net\":";
    number(sv.net);
    out_ += ",\"present\":";
    number(sv.present);
    out_ += ",\"claimed\":";
    number(sv.claimed);
    out_ += ",\"scored\":";
    number(sv.scored);
    out_ += ",\"percentOfPrice\":";
    number(sv.percentOfPrice);
    out_ += ",\"points\":";
    number(sv.points);
    out_ += ",\"themes\":[";
    for (std::size_t i = 0; i < sv.themes.size(); ++i) {
      if (i > 0) out_ += ',';
      theme(sv.themes[i]);
    }
    out_ += "]}";
  }

  void theme(const ThemeResult& t) {
    out_ += "{\"id\":";
    string(tender_.framework.themes[t.theme].id);
    out_ += ",\"weight\":";
    number(t.weight);
    out_ += ",\"claimed\":";
    number(t.claimed);
    out_ += ",\"scored\":";
    number(t.scored);
    out_ += ",\"quantitative\":";
    optionalNumber(t.quantitative);
    out_ += ",\"qualitative\":";
    optionalNumber(t.qualitative);
    out_ += ",\"score\":";
    number(t.score);
    out_ += '}';
  }

  void line(const Bid& input, const LineResult& l) {
    const Framework& framework = tender_.framework;
    const Commitment& c = input.commitments[l.commitment];
    out_ += "{\"measure\":";
    string(framework.measures[c.measure].id);
    out_ += ",\"quantity\":";
    number(c.quantity);
    out_ += ",\"years\":";
    number(c.years);
    out_ += ",\"yearsCounted\":";
    number(l.yearsCounted);
    out_ += ",\"geography\":";
    string(framework.geography[c.geography].name);
    out_ += ",\"evidence\":";
    string(framework.evidence[c.evidence].name);
    out_ += ",\"annual\":";
    number(l.annual);
    out_ += ",\"gross\":";
    number(l.gross);
    out_ += ",\"net\":";
    number(l.net);
    out_ += ",\"present\":";
    number(l.present);
    out_ += ",\"claimed\":";
    number(l.claimed);
    out_ += '}';
  }

  void warnings(const std::vector<Warning>& list) {
    out_ += '[';
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Warning& w = list[i];
      if (i > 0) out_ += ',';
      out_ += "{\"code\":";
      string(w.code);
      out_ += ",\"message\":";
      string(w.message);
      if (!w.path.empty()) {
        out_ += ",\"path\":";
        string(w.path);
      }
      if (w.amount) {
        out_ += ",\"amount\":";
        number(*w.amount);
      }
      out_ += '}';
    }
    out_ += ']';
  }

  void robustness(const Robustness& r) {
    out_ += "{\"winner\":";
    bidId(r.winner);
    out_ += ",\"low\":";
    optionalNumber(r.low);
    out_ += ",\"high\":";
    optionalNumber(r.high);
    out_ += ",\"overtakenBy\":[";
    for (std::size_t i = 0; i < r.overtakenBy.size(); ++i) {
      if (i > 0) out_ += ',';
      out_ += "{\"bid\":";
      bidId(r.overtakenBy[i].bid);
      out_ += ",\"at\":";
      optionalNumber(r.overtakenBy[i].at);
      out_ += '}';
    }
    out_ += "]}";
  }

  void bidId(std::size_t index) { string(tender_.bids[index].id); }
  void string(std::string_view s) { json::appendString(out_, s); }
  void number(double x) { json::appendNumber(out_, x); }
  void optionalNumber(const std::optional<double>& x) {
    if (x)
      number(*x);
    else
      out_ += "null";
  }

  const Tender& tender_;
  std::string& out_;
};

} // namespace

void writeResult(const Tender& tender, const Result& result, std::string& out) {
  ResultWriter(tender, out).write(result);
}

} // namespace svcalc
