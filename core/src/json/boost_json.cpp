// Boost.JSON's compiled part, built from its headers so that the native and the
// WebAssembly builds use the very same parser.
#include <boost/json/src.hpp>
