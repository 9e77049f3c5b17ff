#pragma once
/// Writing result files all or nothing.
#include <string>
#include <utility>
#include <vector>

namespace schemaplan::cli {

/// Writes every (file name, content) pair into `dir` so that either all files appear with their new content or,
/// on any error, none of them changes: each is written to a temporary file in `dir` first, and only when all
/// are written are they renamed over their targets. Creates `dir` when missing. Throws DiagnosticError
/// (code "io-error") naming the path that failed.
void write_files_atomically(const std::string& dir, const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace schemaplan::cli
