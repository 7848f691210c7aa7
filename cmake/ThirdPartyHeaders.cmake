# Third-party headers, all from Debian packages: Boost.JSON (libboost-json1.81-dev),
# fmt's Dragonbox (libfmt-dev, header-only use), Catch2 v2 (catch2) and
# nlohmann/json (nlohmann-json3-dev, tests only).
#
# Emscripten's sysroot does not see /usr/include, and adding -I/usr/include would
# let glibc's headers shadow the sysroot's. So the configure step stages a folder
# holding links to just the header trees we use, and every build includes that
# folder instead. The native build uses the same folder, so both see one set.
set(SVCALC_HEADER_TREES boost catch2 fmt nlohmann)
set(SVCALC_STAGED_INCLUDE "${CMAKE_BINARY_DIR}/staged-include")
file(MAKE_DIRECTORY "${SVCALC_STAGED_INCLUDE}")
foreach(tree IN LISTS SVCALC_HEADER_TREES)
  if(NOT EXISTS "/usr/include/${tree}")
    message(FATAL_ERROR "/usr/include/${tree} is missing: run scripts/setup.sh first")
  endif()
  file(CREATE_LINK "/usr/include/${tree}" "${SVCALC_STAGED_INCLUDE}/${tree}" SYMBOLIC)
endforeach()

add_library(svcalc_third_party INTERFACE)
# SYSTEM: their warnings are not ours to fix.
target_include_directories(svcalc_third_party SYSTEM INTERFACE "${SVCALC_STAGED_INCLUDE}")
