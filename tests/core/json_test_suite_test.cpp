// Every parsing case of JSONTestSuite (shared/external/JSONTestSuite, see its
// ORIGIN.md): y_ files must parse, n_ files must fail with parse-error or
// limit, and i_ files may do either, but nothing may crash.
#include "json/document.hpp"
#include <catch2/catch.hpp>
#include <cstdio>
#include <dirent.h>
#include <string>
#include <vector>

using svcalc::json::Document;

namespace {

const std::string suiteDir = SVCALC_SHARED_DIR "/external/JSONTestSuite/test_parsing";

// Plain POSIX, because the suite also runs as WebAssembly under Node, where
// opendir works through NODERAWFS and std::filesystem is less certain.
std::vector<std::string> caseNames() {
  std::vector<std::string> names;
  if (DIR* dir = opendir(suiteDir.c_str())) {
    while (const dirent* entry = readdir(dir)) {
      const std::string name = entry->d_name;
      if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0) names.push_back(name);
    }
    closedir(dir);
  }
  return names;
}

std::string readBinary(const std::string& path) {
  std::string bytes;
  if (std::FILE* file = std::fopen(path.c_str(), "rb")) {
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0)
      bytes.append(buffer, n);
    std::fclose(file);
  }
  return bytes;
}

} // namespace

TEST_CASE("JSONTestSuite parsing cases", "[jsontestsuite]") {
  const std::vector<std::string> names = caseNames();
  REQUIRE(names.size() == 318); // the suite at commit 1ef36fa
  std::size_t accepted = 0, refused = 0, implementationDefined = 0;
  for (const std::string& name : names) {
    INFO(name);
    const Document doc = Document::parse(readBinary(suiteDir + "/" + name));
    if (name[0] == 'y') {
      CHECK(doc.ok());
      ++accepted;
    } else if (name[0] == 'n') {
      REQUIRE_FALSE(doc.ok());
      CHECK((doc.error()->code == "parse-error" || doc.error()->code == "limit"));
      ++refused;
    } else {
      CHECK(name[0] == 'i');
      CHECK((doc.ok() || doc.error()->code == "parse-error" || doc.error()->code == "limit"));
      ++implementationDefined;
    }
  }
  CHECK(accepted == 95);
  CHECK(refused == 188);
  CHECK(implementationDefined == 35);
}
