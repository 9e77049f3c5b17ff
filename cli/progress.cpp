#include "cli/progress.h"

#include <unistd.h>

#include <iostream>
#include <mutex>

namespace schemaplan::cli {
namespace {

// The two sides of a comparison are read at once (introspect/both_sides.h), each with its own Progress: the
// terminal line is one, so each write of it is whole. (A lock on stderr, not state the output depends on.)
std::mutex& terminal_line() {
  static std::mutex m;
  return m;
}

}  // namespace

Progress::Progress(std::string what, size_t total)
    : what_(std::move(what)), total_(total), enabled_(::isatty(STDERR_FILENO) == 1) {}

Progress::~Progress() {
  // Erase the line, so that what follows on stderr starts clean.
  if (!shown_) return;
  std::lock_guard lock(terminal_line());
  std::cerr << "\r\033[K" << std::flush;
}

void Progress::update(size_t done, const std::string& label) {
  if (!enabled_) return;
  std::string line = what_ + (total_ ? " [" + std::to_string(done) + "/" + std::to_string(total_) + "] " : " ") + label;
  if (line.size() > 100) line = line.substr(0, 97) + "...";
  std::lock_guard lock(terminal_line());
  std::cerr << "\r\033[K" << line << std::flush;
  shown_ = true;
}

}  // namespace schemaplan::cli
