// The result document (scoring.md, "Result document"), written straight to the
// caller's sink: a 10,000-bid result is tens of megabytes, so no tree is built
// first. Key order is the spec's; every number and string goes through the
// JSON.stringify writers so that the text round-trips through JavaScript.
#include "svcalc/svcalc.hpp"
#include "svcalc/write.hpp"
#include "write/text_buffer.hpp"
#include "write/warning_text.hpp"

#include "json/text.hpp"
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace svcalc {
namespace {

// Generous per-item sizes (a number is at most ~24 characters), so that a sink
// that keeps the text allocates once and never reallocates.
constexpr std::size_t bytesPerBid = 600;
constexpr std::size_t bytesPerTheme = 220;
constexpr std::size_t bytesPerLine = 300;
constexpr std::size_t bytesPerWarning = 200;
constexpr std::size_t bytesPerTieOrOvertake = 40;

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
  ResultWriter(const Tender& tender, TextSink& out)
      : tender_(tender), out_(out), text_(out),
        themeIds_(quotedNames(tender.framework.themes, &Theme::id)),
        measureIds_(quotedNames(tender.framework.measures, &Measure::id)),
        geographyNames_(quotedNames(tender.framework.geography, &Factor::name)),
        evidenceNames_(quotedNames(tender.framework.evidence, &Factor::name)) {}

  void write(const Result& result) {
    out_.expect(estimate(result));
    text_.literal("{\"svcalc\":1,\"engine\":");
    string(engineName);
    text_.literal(",\"currency\":");
    string(tender_.currency);
    text_.literal(",\"bids\":[");
    for (std::size_t i = 0; i < result.bids.size(); ++i) {
      if (i > 0) text_.literal(",");
      bid(result.bids[i]);
    }
    text_.literal("],\"ties\":[");
    for (std::size_t i = 0; i < result.ties.size(); ++i) {
      if (i > 0) text_.literal(",");
      text_.literal("[");
      for (std::size_t j = 0; j < result.ties[i].size(); ++j) {
        if (j > 0) text_.literal(",");
        bidId(result.ties[i][j]);
      }
      text_.literal("]");
    }
    text_.literal("],\"robustness\":");
    if (result.robustness)
      robustness(*result.robustness);
    else
      text_.literal("null");
    text_.literal(",\"warnings\":");
    warnings(result.warnings);
    text_.literal("}");
    text_.finish();
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
    text_.literal("{\"id\":");
    string(input.id);
    text_.literal(",\"rank\":");
    text_.number(b.rank);
    text_.literal(",\"total\":");
    optionalNumber(b.total);
    if (!input.supplierJson.empty()) {
      // Already canonical JSON.stringify text, made by the reader.
      text_.literal(",\"supplier\":");
      text_.raw(input.supplierJson);
    }
    text_.literal(",\"scores\":{\"price\":");
    text_.number(b.scores.price);
    text_.literal(",\"quality\":");
    text_.number(b.scores.quality);
    text_.literal(",\"socialValue\":");
    text_.number(b.scores.socialValue);
    text_.literal("},\"socialValue\":");
    socialValue(b.socialValue);
    text_.literal(",\"lines\":[");
    for (std::size_t i = 0; i < b.lines.size(); ++i) {
      if (i > 0) text_.literal(",");
      line(input, b.lines[i]);
    }
    text_.literal("],\"warnings\":");
    warnings(b.warnings);
    text_.literal("}");
  }

  void socialValue(const SocialValueResult& sv) {
    text_.literal("{\"gross\":");
    text_.number(sv.gross);
    text_.literal(",\"net\":");
    text_.number(sv.net);
    text_.literal(",\"present\":");
    text_.number(sv.present);
    text_.literal(",\"claimed\":");
    text_.number(sv.claimed);
    text_.literal(",\"scored\":");
    text_.number(sv.scored);
    text_.literal(",\"percentOfPrice\":");
    text_.number(sv.percentOfPrice);
    text_.literal(",\"points\":");
    text_.number(sv.points);
    text_.literal(",\"themes\":[");
    for (std::size_t i = 0; i < sv.themes.size(); ++i) {
      if (i > 0) text_.literal(",");
      theme(sv.themes[i]);
    }
    text_.literal("]}");
  }

  void theme(const ThemeResult& t) {
    text_.literal("{\"id\":");
    text_.raw(themeIds_[t.theme]);
    text_.literal(",\"weight\":");
    text_.number(t.weight);
    text_.literal(",\"claimed\":");
    text_.number(t.claimed);
    text_.literal(",\"scored\":");
    text_.number(t.scored);
    text_.literal(",\"quantitative\":");
    optionalNumber(t.quantitative);
    text_.literal(",\"qualitative\":");
    optionalNumber(t.qualitative);
    text_.literal(",\"score\":");
    text_.number(t.score);
    text_.literal("}");
  }

  void line(const Bid& input, const LineResult& l) {
    const Commitment& c = input.commitments[l.commitment];
    text_.literal("{\"measure\":");
    text_.raw(measureIds_[c.measure]);
    text_.literal(",\"quantity\":");
    text_.number(c.quantity);
    text_.literal(",\"years\":");
    text_.number(c.years);
    text_.literal(",\"yearsCounted\":");
    text_.number(l.yearsCounted);
    text_.literal(",\"geography\":");
    text_.raw(geographyNames_[c.geography]);
    text_.literal(",\"evidence\":");
    text_.raw(evidenceNames_[c.evidence]);
    text_.literal(",\"annual\":");
    text_.number(l.annual);
    text_.literal(",\"gross\":");
    text_.number(l.gross);
    text_.literal(",\"net\":");
    text_.number(l.net);
    text_.literal(",\"present\":");
    text_.number(l.present);
    text_.literal(",\"claimed\":");
    text_.number(l.claimed);
    text_.literal("}");
  }

  void warnings(const std::vector<Warning>& list) {
    text_.literal("[");
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Warning& w = list[i];
      if (i > 0) text_.literal(",");
      // Codes, paths and messages are plain text but for the input's names in
      // some messages, which writeWarningMessage escapes itself.
      text_.literal("{\"code\":\"");
      text_.raw(writing::warningCode(w.code));
      text_.literal("\",\"message\":\"");
      writing::writeWarningMessage(text_, tender_, w, writing::Names::jsonEscaped);
      text_.literal("\"");
      if (writing::hasPath(w)) {
        text_.literal(",\"path\":\"");
        writing::writeWarningPath(text_, w);
        text_.literal("\"");
      }
      if (w.amount) {
        text_.literal(",\"amount\":");
        text_.number(*w.amount);
      }
      text_.literal("}");
    }
    text_.literal("]");
  }

  void robustness(const Robustness& r) {
    text_.literal("{\"winner\":");
    bidId(r.winner);
    text_.literal(",\"low\":");
    optionalNumber(r.low);
    text_.literal(",\"high\":");
    optionalNumber(r.high);
    text_.literal(",\"overtakenBy\":[");
    for (std::size_t i = 0; i < r.overtakenBy.size(); ++i) {
      if (i > 0) text_.literal(",");
      text_.literal("{\"bid\":");
      bidId(r.overtakenBy[i].bid);
      text_.literal(",\"at\":");
      optionalNumber(r.overtakenBy[i].at);
      text_.literal("}");
    }
    text_.literal("]}");
  }

  void bidId(std::size_t index) { string(tender_.bids[index].id); }
  /// A string written once or a few times: escaped into scratch, then copied.
  void string(std::string_view s) {
    scratch_.clear();
    json::appendString(scratch_, s);
    text_.raw(scratch_);
  }
  void optionalNumber(const std::optional<double>& x) {
    if (x)
      text_.number(*x);
    else
      text_.literal("null");
  }

  const Tender& tender_;
  TextSink& out_;
  writing::TextBuffer text_;
  const std::vector<std::string> themeIds_;
  const std::vector<std::string> measureIds_;
  const std::vector<std::string> geographyNames_;
  const std::vector<std::string> evidenceNames_;
  std::string scratch_;
};

} // namespace

void writeResult(const Tender& tender, const Result& result, TextSink& out) {
  ResultWriter(tender, out).write(result);
}

} // namespace svcalc
