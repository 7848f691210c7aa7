// Reading fixture files and folders from the real disk. Plain POSIX and stdio,
// so the same code runs natively and compiled to wasm under Node (NODERAWFS).
#pragma once

#include <algorithm>
#include <cstdio>
#include <dirent.h>
#include <optional>
#include <string>
#include <vector>

namespace svcalc::test {

/// The whole file as bytes, or nothing when it cannot be read.
inline std::optional<std::string> readFile(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return std::nullopt;
  std::string text;
  char buf[1 << 16];
  std::size_t got = 0;
  while ((got = std::fread(buf, 1, sizeof buf, file)) > 0)
    text.append(buf, got);
  const bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) return std::nullopt;
  return text;
}

/// The names in a folder that end with `suffix`, sorted; empty when the folder
/// cannot be read.
inline std::vector<std::string> listFiles(const std::string& folder, const std::string& suffix) {
  std::vector<std::string> names;
  DIR* dir = opendir(folder.c_str());
  if (!dir) return names;
  while (const dirent* entry = readdir(dir)) {
    const std::string name = entry->d_name;
    if (name.size() > suffix.size() &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      names.push_back(name);
  }
  closedir(dir);
  std::sort(names.begin(), names.end());
  return names;
}

} // namespace svcalc::test
