// The native `svcalc` command: evaluates or validates a tender document and
// prints the result or error document on standard output.
#include "svcalc/limits.hpp"
#include "svcalc/svcalc.hpp"

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <string_view>

namespace {

constexpr int exitOk = 0;
constexpr int exitInputError = 1;
constexpr int exitUsage = 2;

constexpr const char* usage = R"(usage: svcalc evaluate [--pretty] FILE|-
       svcalc validate [--pretty] FILE|-
       svcalc --version | --help

  evaluate   print the result document of a tender, or its error document
  validate   print the error document only: {"svcalc":1,"errors":[]} when the
             tender would evaluate
  FILE|-     the tender document (JSON); - reads standard input
  --pretty   indent the output as JSON.stringify(value, null, 2) would; the
             default is the compact form of the spec

exit status: 0 a result, or no errors; 1 input errors (the error document is
still printed on standard output); 2 usage, unreadable file or internal error
)";

int usageError(const char* message) {
  std::fprintf(stderr, "svcalc: %s\n%s", message, usage);
  return exitUsage;
}

/// Reads at most limits::inputBytes + 1 bytes: enough for the engine to report
/// `limit` on an oversized input without reading all of a huge file.
bool readInput(const std::string& path, std::string& text) {
  const bool fromStdin = path == "-";
  std::FILE* file = fromStdin ? stdin : std::fopen(path.c_str(), "rb");
  if (!file) return false;
  const std::size_t most = svcalc::limits::inputBytes + 1;
  const std::size_t chunk = 1 << 16;
  while (text.size() < most) {
    const std::size_t before = text.size();
    const std::size_t want = std::min(chunk, most - before);
    text.resize(before + want);
    const std::size_t got = std::fread(&text[before], 1, want, file);
    text.resize(before + got);
    if (got < want) break;
  }
  const bool failed = std::ferror(file) != 0;
  const int readErrno = errno;
  if (!fromStdin) std::fclose(file);
  errno = readErrno;
  return !failed;
}

/// Re-indents compact JSON text (as the engine writes it: no whitespace outside
/// strings) the way JSON.stringify(JSON.parse(text), null, 2) does. Only
/// whitespace is added, so every number and string stays exactly as written.
std::string pretty(std::string_view compact) {
  std::string out;
  out.reserve(compact.size() * 2);
  std::size_t depth = 0;
  bool inString = false;
  auto newline = [&] {
    out += '\n';
    out.append(2 * depth, ' ');
  };
  for (std::size_t i = 0; i < compact.size(); ++i) {
    const char c = compact[i];
    if (inString) {
      out += c;
      if (c == '\\') {
        out += compact[++i];
      } else if (c == '"') {
        inString = false;
      }
      continue;
    }
    switch (c) {
    case '"':
      inString = true;
      out += c;
      break;
    case '{':
    case '[':
      out += c;
      if (i + 1 < compact.size() && (compact[i + 1] == '}' || compact[i + 1] == ']')) {
        out += compact[++i];
      } else {
        ++depth;
        newline();
      }
      break;
    case '}':
    case ']':
      --depth;
      newline();
      out += c;
      break;
    case ',':
      out += c;
      newline();
      break;
    case ':':
      out += ": ";
      break;
    default:
      out += c;
    }
  }
  return out;
}

int run(int argc, char** argv) {
  std::string command;
  std::string path;
  bool hasPath = false;
  bool prettyOutput = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(usage, stdout);
      return exitOk;
    }
    if (arg == "--version") {
      std::printf("%s\n", svcalc::engineName);
      return exitOk;
    }
    if (arg == "--pretty") {
      prettyOutput = true;
    } else if (arg.size() > 1 && arg[0] == '-') {
      return usageError(("unknown option " + std::string(arg)).c_str());
    } else if (command.empty()) {
      command = arg;
    } else if (!hasPath) {
      path = arg;
      hasPath = true;
    } else {
      return usageError("too many arguments");
    }
  }
  if (command.empty()) return usageError("no command given");
  if (command != "evaluate" && command != "validate")
    return usageError(("unknown command " + command).c_str());
  if (!hasPath) return usageError("no input given: name a FILE, or - for standard input");

  std::string text;
  if (!readInput(path, text)) {
    // Not a usage mistake, so no usage text; still exit 2, as nothing was evaluated.
    std::fprintf(stderr, "svcalc: cannot read %s: %s\n",
                 path == "-" ? "standard input" : path.c_str(), std::strerror(errno));
    return exitUsage;
  }
  const svcalc::Document doc =
      command == "evaluate" ? svcalc::evaluateJson(text) : svcalc::validateJson(text);
  if (prettyOutput) {
    const std::string shown = pretty(doc.json);
    std::fwrite(shown.data(), 1, shown.size(), stdout);
  } else {
    std::fwrite(doc.json.data(), 1, doc.json.size(), stdout);
  }
  std::fputc('\n', stdout);
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr, "svcalc: cannot write the output: %s\n", std::strerror(errno));
    return exitUsage;
  }
  return doc.isError ? exitInputError : exitOk;
}

} // namespace

int main(int argc, char** argv) {
  // The engine throws nothing for bad input; what can still escape is running
  // out of memory, which is reported rather than left to abort().
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "svcalc: internal error: %s\n", e.what());
    return exitUsage;
  }
}
