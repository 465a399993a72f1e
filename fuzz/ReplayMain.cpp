//===- ReplayMain.cpp - Runs a fuzz target over files, without libFuzzer --===//
//
// Linked with one fuzz target (fuzz/*Fuzzer.cpp) into an ordinary
// executable of the default build, so ctest replays the committed seed
// corpus and the crash regressions with the normal compiler:
//   <Target>Replay PATH...
// A PATH is a file, a directory (its files, in name order) or DIR/PREFIX*
// (the files of DIR whose names start with PREFIX). Every input goes to
// LLVMFuzzerTestOneInput once; a failing check there aborts, as under
// libFuzzer. Exits 1 if a PATH names nothing (a test must not pass by
// replaying no input).
//
//===----------------------------------------------------------------------===//

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace fs = std::filesystem;

static std::vector<fs::path> expand(const std::string &arg) {
  std::vector<fs::path> out;
  fs::path p(arg);
  std::string prefix;
  if (!arg.empty() && arg.back() == '*') {
    prefix = p.filename().string();
    prefix.pop_back();
    p = p.parent_path();
  } else if (!fs::is_directory(p)) {
    if (fs::is_regular_file(p))
      out.push_back(p);
    return out;
  }
  for (const fs::directory_entry &e : fs::directory_iterator(p))
    if (e.is_regular_file() &&
        e.path().filename().string().compare(0, prefix.size(), prefix) == 0)
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s PATH...\n", argv[0]);
    return 2;
  }
  unsigned inputs = 0;
  for (int i = 1; i < argc; ++i) {
    std::vector<fs::path> files = expand(argv[i]);
    if (files.empty()) {
      std::fprintf(stderr, "%s: no input in %s\n", argv[0], argv[i]);
      return 1;
    }
    for (const fs::path &f : files) {
      std::ifstream in(f, std::ios::binary);
      std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)),
                                 std::istreambuf_iterator<char>());
      if (std::getenv("SALSA_REPLAY_VERBOSE"))
        std::fprintf(stderr, "%s\n", f.c_str());
      LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
      ++inputs;
    }
  }
  std::printf("%u inputs replayed\n", inputs);
  return 0;
}
