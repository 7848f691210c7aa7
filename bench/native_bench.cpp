// Times the native engine from JSON text to JSON text, in process, and reports
// peak memory. Used by bench/run.mjs; prints one JSON line.
// Usage: svcalc_bench FILE [REPEATS]
#include "svcalc/svcalc.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <sys/resource.h>
#include <vector>

namespace {

long peakKilobytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs("usage: svcalc_bench FILE [REPEATS]\n", stderr);
    return 2;
  }
  const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 9;
  const long baseline = peakKilobytes();
  std::ifstream in(argv[1], std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

  // The first run alone sets the peak: input, engine and output once.
  std::size_t outputBytes = svcalc::evaluateJson(text).json.size();
  const long peak = peakKilobytes() - baseline;

  std::vector<double> ms;
  for (int i = 0; i < repeats; ++i) {
    const auto start = std::chrono::steady_clock::now();
    outputBytes = svcalc::evaluateJson(text).json.size();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                     .count());
  }
  std::sort(ms.begin(), ms.end());
  std::printf("{\"inputBytes\":%zu,\"outputBytes\":%zu,\"medianMs\":%.3f,\"peakKiB\":%ld}\n",
              text.size(), outputBytes, ms[ms.size() / 2], peak);
}
