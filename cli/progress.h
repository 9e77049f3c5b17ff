#pragma once
/// Progress of long operations on stderr, only when stderr is a terminal (CI logs and pipes stay clean).
#include <string>
#include <utility>

namespace schemaplan::cli {

class Progress {
 public:
  /// `total` items of work called `what` (e.g. "replaying migrations"); 0: one step of unknown length.
  Progress(std::string what, size_t total);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  /// Item `done` (1-based) of the total has started; `label` names it.
  void update(size_t done, const std::string& label);

 private:
  std::string what_;
  size_t total_;
  bool enabled_;
  bool shown_ = false;
};

/// Runs `work` (a phase of unknown length, e.g. "planning") with `what` shown meanwhile; returns its result.
template <class F>
auto with_progress(const std::string& what, F&& work) {
  Progress progress(what, 0);
  progress.update(0, "");
  return std::forward<F>(work)();
}

}  // namespace schemaplan::cli
