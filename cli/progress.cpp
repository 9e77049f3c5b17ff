#include "cli/progress.h"

#include <unistd.h>

#include <iostream>

namespace schemaplan::cli {

Progress::Progress(std::string what, size_t total)
    : what_(std::move(what)), total_(total), enabled_(::isatty(STDERR_FILENO) == 1) {}

Progress::~Progress() {
  // Erase the line, so that what follows on stderr starts clean.
  if (shown_) std::cerr << "\r\033[K" << std::flush;
}

void Progress::update(size_t done, const std::string& label) {
  if (!enabled_) return;
  std::string line = what_ + (total_ ? " [" + std::to_string(done) + "/" + std::to_string(total_) + "] " : " ") + label;
  if (line.size() > 100) line = line.substr(0, 97) + "...";
  std::cerr << "\r\033[K" << line << std::flush;
  shown_ = true;
}

}  // namespace schemaplan::cli
