// Times the native engine from JSON text to JSON text, in process, and reports
// peak memory. Used by bench/run.mjs; prints one JSON line. The phases (read,
// evaluate, write) are timed apart as well, through the public API, to show
// where the time goes.
// Usage: svcalc_bench FILE [REPEATS]
#include "svcalc/evaluate.hpp"
#include "svcalc/read.hpp"
#include "svcalc/svcalc.hpp"
#include "svcalc/write.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <sys/resource.h>
#include <vector>

namespace {

long peakKilobytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs("usage: svcalc_bench FILE [REPEATS]\n", stderr);
    return 2;
  }
  const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 9;
  // Read at its final size: a string grown by doubling would set a peak of its
  // own, up to 2.5 times the input, before the engine even starts.
  std::ifstream in(argv[1], std::ios::binary | std::ios::ate);
  std::string text(static_cast<std::size_t>(in.tellg()), '\0');
  in.seekg(0);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  // The peak counts what the engine adds to the input it was handed.
  const long baseline = peakKilobytes();

  // The first run alone sets the peak: input, engine and output once.
  std::size_t outputBytes = svcalc::evaluateJson(text).json.size();
  const long peak = peakKilobytes() - baseline;

  std::vector<double> total, read, evaluate, write;
  for (int i = 0; i < repeats; ++i) {
    auto start = Clock::now();
    outputBytes = svcalc::evaluateJson(text).json.size();
    total.push_back(msSince(start));
  }
  // The phases: only meaningful for a tender that reads and evaluates.
  for (int i = 0; i < repeats; ++i) {
    auto start = Clock::now();
    const svcalc::ReadOutcome tender = svcalc::readTender(text);
    read.push_back(msSince(start));
    if (!tender.ok()) break;
    start = Clock::now();
    const svcalc::EvaluateOutcome result = svcalc::evaluate(tender.tender);
    evaluate.push_back(msSince(start));
    if (!result.ok()) break;
    start = Clock::now();
    std::string out;
    svcalc::writeResult(tender.tender, result.result, out);
    write.push_back(msSince(start));
  }
  const auto phase = [](const std::vector<double>& ms) { return ms.empty() ? 0.0 : median(ms); };
  std::printf("{\"inputBytes\":%zu,\"outputBytes\":%zu,\"medianMs\":%.3f,\"peakKiB\":%ld,"
              "\"readMs\":%.3f,\"evaluateMs\":%.3f,\"writeMs\":%.3f}\n",
              text.size(), outputBytes, median(total), peak, phase(read), phase(evaluate),
              phase(write));
}
