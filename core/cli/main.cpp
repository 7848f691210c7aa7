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
#include <sys/stat.h>

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
  // A file's text is allocated once, at its size and room for the last chunk,
  // not grown by doubling, which copies it over and over; a pipe's size is not
  // known in advance.
  struct stat status {};
  if (!fromStdin && fstat(fileno(file), &status) == 0 && S_ISREG(status.st_mode))
    text.reserve(std::min(static_cast<std::size_t>(status.st_size) + chunk, most));
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

/// Writes a document to standard output as it comes: the CLI never holds a
/// whole result, which for a large tender is three times the input's size.
class StdoutSink final : public svcalc::TextSink {
public:
  void expect(std::size_t) override {}
  void append(std::string_view text) override { std::fwrite(text.data(), 1, text.size(), stdout); }
};

/// Re-indents compact JSON text (as the engine writes it: no whitespace outside
/// strings) the way JSON.stringify(JSON.parse(text), null, 2) does, piece by
/// piece. Only whitespace is added, so every number and string stays exactly as
/// written.
class PrettySink final : public svcalc::TextSink {
public:
  explicit PrettySink(svcalc::TextSink& out) : out_(out) {}
  void expect(std::size_t) override {}
  void append(std::string_view compact) override {
    for (const char c : compact)
      put(c);
    out_.append(text_);
    text_.clear();
  }

private:
  void put(char c) {
    if (inString_) {
      text_ += c;
      if (escaped_)
        escaped_ = false;
      else if (c == '\\')
        escaped_ = true;
      else if (c == '"')
        inString_ = false;
      return;
    }
    if (opened_) {
      // An empty array or object stays on one line; a piece may end between
      // its brackets, so the choice waits for the next character.
      opened_ = false;
      if (c == '}' || c == ']') {
        text_ += c;
        return;
      }
      ++depth_;
      newline();
    }
    switch (c) {
    case '"':
      inString_ = true;
      text_ += c;
      break;
    case '{':
    case '[':
      text_ += c;
      opened_ = true;
      break;
    case '}':
    case ']':
      --depth_;
      newline();
      text_ += c;
      break;
    case ',':
      text_ += c;
      newline();
      break;
    case ':':
      text_ += ": ";
      break;
    default:
      text_ += c;
    }
  }
  void newline() {
    text_ += '\n';
    text_.append(2 * depth_, ' ');
  }

  svcalc::TextSink& out_;
  std::string text_;
  std::size_t depth_ = 0;
  bool inString_ = false;
  bool escaped_ = false;
  bool opened_ = false;
};

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
  StdoutSink stdoutSink;
  PrettySink prettySink(stdoutSink);
  svcalc::TextSink& out = prettyOutput ? static_cast<svcalc::TextSink&>(prettySink) : stdoutSink;
  const bool isError =
      command == "evaluate" ? svcalc::evaluateJson(text, out) : svcalc::validateJson(text, out);
  std::fputc('\n', stdout);
  // The text went out in pieces: a write that failed on the way left the error flag.
  if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
    std::fprintf(stderr, "svcalc: cannot write the output: %s\n", std::strerror(errno));
    return exitUsage;
  }
  return isError ? exitInputError : exitOk;
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
