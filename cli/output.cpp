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
  for (auto& [tmp, dst] : staged) {
    fs::rename(tmp, dst, ec);
    if (ec) {
      std::string why = ec.message();
      discard();
      fail("io-error", "cannot write " + dst.string() + ": " + why);
    }
  }
}

}  // namespace schemaplan::cli
