// The result document (scoring.md, "Result document"), written straight into the
// caller's string: a 10,000-bid result is tens of megabytes, so no tree is built
// first. Key order is the spec's; every number and string goes through the
// JSON.stringify writers so that the text round-trips through JavaScript.
#include "svcalc/svcalc.hpp"
#include "svcalc/write.hpp"

#include "json/text.hpp"
#include <cstddef>
#include <cstring>
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

/// Gathers the text in a buffer on the stack and hands it to the output string
/// in large appends. A result is almost all short pieces, a key or a number, and
/// a std::string append per piece (a call, a capacity check, a copy of unknown
/// length) would cost more than writing the numbers themselves.
class Sink {
public:
  explicit Sink(std::string& out) : out_(out) {}
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;

  /// Text as it is: a key with its punctuation, or already escaped JSON.
  template <std::size_t N> void literal(const char (&text)[N]) { raw({text, N - 1}); }
  void raw(std::string_view text) {
    if (text.size() > room()) {
      flush();
      if (text.size() > sizeof buffer_) {
        out_.append(text);
        return;
      }
    }
    std::memcpy(at_, text.data(), text.size());
    at_ += text.size();
  }
  void number(double x) {
    if (room() < json::maxNumberLength) flush();
    at_ = json::writeNumber(at_, x);
  }
  /// Appends what is still buffered; the sink must not be used after.
  void finish() { flush(); }

private:
  std::size_t room() const { return static_cast<std::size_t>(buffer_ + sizeof buffer_ - at_); }
  void flush() {
    out_.append(buffer_, static_cast<std::size_t>(at_ - buffer_));
    at_ = buffer_;
  }

  std::string& out_;
  char buffer_[16384];
  char* at_ = buffer_;
};

/// The JSON string of each item's name, escaped once: a result repeats the
/// framework's names on every line, 60,000 times for 1,000 bids of 60 lines.
template <class Item>
std::vector<std::string> quotedNames(const std::vector<Item>& items, std::string Item::*name) {
  std::vector<std::string> quoted(items.size());
  for (std::size_t i = 0; i < items.size(); ++i)
    json::appendString(quoted[i], items[i].*name);
  return quoted;
}

class ResultWriter {
public:
  ResultWriter(const Tender& tender, std::string& out)
      : tender_(tender), out_(out), sink_(out),
        themeIds_(quotedNames(tender.framework.themes, &Theme::id)),
        measureIds_(quotedNames(tender.framework.measures, &Measure::id)),
        geographyNames_(quotedNames(tender.framework.geography, &Factor::name)),
        evidenceNames_(quotedNames(tender.framework.evidence, &Factor::name)) {}

  void write(const Result& result) {
    out_.reserve(out_.size() + estimate(result));
    sink_.literal("{\"svcalc\":1,\"engine\":");
    string(engineName);
    sink_.literal(",\"currency\":");
    string(tender_.currency);
    sink_.literal(",\"bids\":[");
    for (std::size_t i = 0; i < result.bids.size(); ++i) {
      if (i > 0) sink_.literal(",");
      bid(result.bids[i]);
    }
    sink_.literal("],\"ties\":[");
    for (std::size_t i = 0; i < result.ties.size(); ++i) {
      if (i > 0) sink_.literal(",");
      sink_.literal("[");
      for (std::size_t j = 0; j < result.ties[i].size(); ++j) {
        if (j > 0) sink_.literal(",");
        bidId(result.ties[i][j]);
      }
      sink_.literal("]");
    }
    sink_.literal("],\"robustness\":");
    if (result.robustness)
      robustness(*result.robustness);
    else
      sink_.literal("null");
    sink_.literal(",\"warnings\":");
    warnings(result.warnings);
    sink_.literal("}");
    sink_.finish();
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
    sink_.literal("{\"id\":");
    string(input.id);
    sink_.literal(",\"rank\":");
    sink_.number(b.rank);
    sink_.literal(",\"total\":");
    optionalNumber(b.total);
    if (!input.supplierJson.empty()) {
      // Already canonical JSON.stringify text, made by the reader.
      sink_.literal(",\"supplier\":");
      sink_.raw(input.supplierJson);
    }
    sink_.literal(",\"scores\":{\"price\":");
    sink_.number(b.scores.price);
    sink_.literal(",\"quality\":");
    sink_.number(b.scores.quality);
    sink_.literal(",\"socialValue\":");
    sink_.number(b.scores.socialValue);
    sink_.literal("},\"socialValue\":");
    socialValue(b.socialValue);
    sink_.literal(",\"lines\":[");
    for (std::size_t i = 0; i < b.lines.size(); ++i) {
      if (i > 0) sink_.literal(",");
      line(input, b.lines[i]);
    }
    sink_.literal("],\"warnings\":");
    warnings(b.warnings);
    sink_.literal("}");
  }

  void socialValue(const SocialValueResult& sv) {
    sink_.literal("{\"gross\":");
    sink_.number(sv.gross);
    sink_.literal(",\"net\":");
    sink_.number(sv.net);
    sink_.literal(",\"present\":");
    sink_.number(sv.present);
    sink_.literal(",\"claimed\":");
    sink_.number(sv.claimed);
    sink_.literal(",\"scored\":");
    sink_.number(sv.scored);
    sink_.literal(",\"percentOfPrice\":");
    sink_.number(sv.percentOfPrice);
    sink_.literal(",\"points\":");
    sink_.number(sv.points);
    sink_.literal(",\"themes\":[");
    for (std::size_t i = 0; i < sv.themes.size(); ++i) {
      if (i > 0) sink_.literal(",");
      theme(sv.themes[i]);
    }
    sink_.literal("]}");
  }

  void theme(const ThemeResult& t) {
    sink_.literal("{\"id\":");
    sink_.raw(themeIds_[t.theme]);
    sink_.literal(",\"weight\":");
    sink_.number(t.weight);
    sink_.literal(",\"claimed\":");
    sink_.number(t.claimed);
    sink_.literal(",\"scored\":");
    sink_.number(t.scored);
    sink_.literal(",\"quantitative\":");
    optionalNumber(t.quantitative);
    sink_.literal(",\"qualitative\":");
    optionalNumber(t.qualitative);
    sink_.literal(",\"score\":");
    sink_.number(t.score);
    sink_.literal("}");
  }

  void line(const Bid& input, const LineResult& l) {
    const Commitment& c = input.commitments[l.commitment];
    sink_.literal("{\"measure\":");
    sink_.raw(measureIds_[c.measure]);
    sink_.literal(",\"quantity\":");
    sink_.number(c.quantity);
    sink_.literal(",\"years\":");
    sink_.number(c.years);
    sink_.literal(",\"yearsCounted\":");
    sink_.number(l.yearsCounted);
    sink_.literal(",\"geography\":");
    sink_.raw(geographyNames_[c.geography]);
    sink_.literal(",\"evidence\":");
    sink_.raw(evidenceNames_[c.evidence]);
    sink_.literal(",\"annual\":");
    sink_.number(l.annual);
    sink_.literal(",\"gross\":");
    sink_.number(l.gross);
    sink_.literal(",\"net\":");
    sink_.number(l.net);
    sink_.literal(",\"present\":");
    sink_.number(l.present);
    sink_.literal(",\"claimed\":");
    sink_.number(l.claimed);
    sink_.literal("}");
  }

  void warnings(const std::vector<Warning>& list) {
    sink_.literal("[");
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Warning& w = list[i];
      if (i > 0) sink_.literal(",");
      sink_.literal("{\"code\":");
      string(w.code);
      sink_.literal(",\"message\":");
      string(w.message);
      if (!w.path.empty()) {
        sink_.literal(",\"path\":");
        string(w.path);
      }
      if (w.amount) {
        sink_.literal(",\"amount\":");
        sink_.number(*w.amount);
      }
      sink_.literal("}");
    }
    sink_.literal("]");
  }

  void robustness(const Robustness& r) {
    sink_.literal("{\"winner\":");
    bidId(r.winner);
    sink_.literal(",\"low\":");
    optionalNumber(r.low);
    sink_.literal(",\"high\":");
    optionalNumber(r.high);
    sink_.literal(",\"overtakenBy\":[");
    for (std::size_t i = 0; i < r.overtakenBy.size(); ++i) {
      if (i > 0) sink_.literal(",");
      sink_.literal("{\"bid\":");
      bidId(r.overtakenBy[i].bid);
      sink_.literal(",\"at\":");
      optionalNumber(r.overtakenBy[i].at);
      sink_.literal("}");
    }
    sink_.literal("]}");
  }

  void bidId(std::size_t index) { string(tender_.bids[index].id); }
  /// A string written once or a few times: escaped into scratch, then copied.
  void string(std::string_view s) {
    scratch_.clear();
    json::appendString(scratch_, s);
    sink_.raw(scratch_);
  }
  void optionalNumber(const std::optional<double>& x) {
    if (x)
      sink_.number(*x);
    else
      sink_.literal("null");
  }

  const Tender& tender_;
  std::string& out_;
  Sink sink_;
  const std::vector<std::string> themeIds_;
  const std::vector<std::string> measureIds_;
  const std::vector<std::string> geographyNames_;
  const std::vector<std::string> evidenceNames_;
  std::string scratch_;
};

} // namespace

void writeResult(const Tender& tender, const Result& result, std::string& out) {
  ResultWriter(tender, out).write(result);
}

} // namespace svcalc
