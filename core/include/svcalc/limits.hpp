// Every bound svcalc puts on its input, in one place. The spec fixes most of
// them; the ones marked "svcalc" are where the spec is silent and a bound is
// still needed so that no input can hang or exhaust the engine.
#pragma once

#include <cstddef>

namespace svcalc::limits {

inline constexpr std::size_t inputBytes = 32u * 1024u * 1024u; ///< 32 MiB
inline constexpr std::size_t depth = 64;                       ///< arrays and objects
inline constexpr std::size_t themes = 100;
inline constexpr std::size_t measures = 5000;
inline constexpr std::size_t bids = 10000;
inline constexpr std::size_t commitments = 10000; ///< per bid
inline constexpr std::size_t responses = 5000;    ///< per bid (svcalc: one per measure at most)
inline constexpr int years = 1000;                ///< svcalc: `years` and `maxYears`
inline constexpr std::size_t errors = 100;        ///< reported per document

} // namespace svcalc::limits
