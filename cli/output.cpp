#include "cli/output.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "model/diagnostic.h"

namespace schemaplan::cli {
namespace fs = std::filesystem;

void write_files_atomically(const std::string& dir, const std::vector<std::pair<std::string, std::string>>& files) {
  std::error_code ec;
  bool created_dir = false;
  if (!fs::exists(dir, ec)) {
    fs::create_directories(dir, ec);
    if (ec) fail("io-error", "cannot create output directory " + dir + ": " + ec.message());
    created_dir = true;
  } else if (!fs::is_directory(dir, ec)) {
    fail("io-error", "output path " + dir + " exists and is not a directory");
  }
  std::vector<std::pair<fs::path, fs::path>> staged;  // temp -> final
  auto discard = [&] {
    for (auto& [tmp, dst] : staged) fs::remove(tmp, ec);
    if (created_dir) fs::remove(dir, ec);
  };
  const std::string suffix = ".schemaplan-tmp-" + std::to_string(::getpid());
  for (const auto& [name, content] : files) {
    fs::path dst = fs::path(dir) / name;
    fs::path tmp = fs::path(dir) / ("." + name + suffix);
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (out) {
      staged.emplace_back(tmp, dst);
      out << content;
      out.flush();
    }
    if (!out) {
      std::string why = std::strerror(errno);
      discard();
      fail("io-error", "cannot write " + dst.string() + ": " + why);
    }
  }
  // Swap in: move each existing target aside, then the new file in. On any failure, undo every swap made so
  // far, so the directory ends exactly as it was.
  struct Swap {
    fs::path dst, backup;
    bool had_old = false;
  };
  std::vector<Swap> done;
  auto undo = [&] {
    for (auto it = done.rbegin(); it != done.rend(); ++it) {
      fs::remove(it->dst, ec);
      if (it->had_old) fs::rename(it->backup, it->dst, ec);
    }
  };
  for (auto& [tmp, dst] : staged) {
    Swap sw{dst, fs::path(dst.string() + suffix + ".old")};
    std::error_code e2;
    if (fs::exists(dst, e2) && !fs::is_regular_file(dst, e2)) {
      undo();
      discard();
      fail("io-error", "cannot write " + dst.string() + ": it exists and is not a regular file");
    }
    if (fs::exists(dst, e2)) {
      fs::rename(dst, sw.backup, e2);
      sw.had_old = !e2;
    }
    if (!e2) fs::rename(tmp, dst, e2);
    if (e2) {
      if (sw.had_old) fs::rename(sw.backup, dst, ec);
      undo();
      discard();
      fail("io-error", "cannot write " + dst.string() + ": " + e2.message());
    }
    done.push_back(sw);
  }
  for (auto& sw : done)
    if (sw.had_old) fs::remove(sw.backup, ec);
}

}  // namespace schemaplan::cli
