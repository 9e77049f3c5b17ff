#include "parser/parser.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "model/diagnostic.h"
#include "parser/source_split.h"
#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

namespace fs = std::filesystem;

std::string lower_first(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

std::string describe(const std::error_code& ec) {
  std::string why = lower_first(ec.message());
  if (ec == std::errc::too_many_symbolic_link_levels) why += " (a symbolic link loop)";
  return why;
}

[[noreturn]] void io_error(const fs::path& p, const std::string& what) {
  fail("io-error", "cannot read " + p.string() + ": " + what, SourceSpan{p.string(), 0, 0});
}

/// The `*.sql` files under `root`, recursively. Symbolic links to folders are followed, as `find -L` does (a case
/// folder may link to a schema folder); a link back to a folder being walked is a loop, named as such: following
/// it would recurse until the path is too long, and std::filesystem would then throw an error naming neither the
/// link nor the loop.
std::vector<std::string> sql_files_under(const std::string& root) {
  std::vector<std::string> paths;
  std::error_code ec;
  // The canonical path of each folder from the root down to the entry's parent: a folder that resolves to one
  // of them closes a loop.
  std::vector<std::pair<fs::path, fs::path>> walking{{fs::canonical(root, ec), fs::path(root)}};  // real, as named
  if (ec) io_error(root, describe(ec));
  fs::recursive_directory_iterator it(root, fs::directory_options::follow_directory_symlink, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    std::error_code sec;
    fs::file_status st = entry.status(sec);
    if (sec && st.type() == fs::file_type::not_found) continue;  // a dangling link, as `find -L` passes over it
    if (sec) io_error(entry.path(), describe(sec));
    if (fs::is_directory(st)) {
      walking.resize(static_cast<size_t>(it.depth()) + 1);
      fs::path real = fs::canonical(entry.path(), sec);
      if (sec) io_error(entry.path(), describe(sec));
      for (const auto& [ancestor, named] : walking)
        if (ancestor == real)
          fail("io-error",
               "symbolic link loop: " + entry.path().string() + " leads back to " + named.string() +
                   ", which is being read already",
               SourceSpan{entry.path().string(), 0, 0});
      walking.emplace_back(std::move(real), entry.path());
    } else if (fs::is_regular_file(st) && entry.path().extension() == ".sql") {
      paths.push_back(entry.path().string());
    }
  }
  if (ec) fail("io-error", "cannot read directory " + root + ": " + lower_first(ec.message()), SourceSpan{root, 0, 0});
  return paths;
}

}  // namespace

SourceFile read_source_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("io-error", "cannot read " + path + ": " + lower_first(std::strerror(errno)), SourceSpan{path, 0, 0});
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) fail("io-error", "cannot read " + path, SourceSpan{path, 0, 0});
  return SourceFile{path, text.str()};
}

std::vector<SourceFile> read_sources(const std::string& path) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec && st.type() != fs::file_type::not_found) io_error(path, describe(ec));
  if (!fs::exists(st)) fail("io-error", "cannot read " + path + ": no such file or directory", SourceSpan{path, 0, 0});
  if (!fs::is_directory(st)) return {read_source_file(path)};
  std::vector<std::string> paths = sql_files_under(path);
  std::sort(paths.begin(), paths.end());
  std::vector<SourceFile> out;
  for (const auto& p : paths) out.push_back(read_source_file(p));
  return out;
}

Catalog parse(const std::vector<SourceFile>& files, const ParseOptions& options, std::vector<Diagnostic>* warnings) {
  // Statements apply in sorted path order, then file order, whatever order the caller listed the files in.
  std::vector<const SourceFile*> order;
  for (const auto& f : files) order.push_back(&f);
  std::stable_sort(order.begin(), order.end(), [](const SourceFile* a, const SourceFile* b) { return a->path < b->path; });

  TreeArena arena;
  Transformer transformer(arena, options.fold_literal_casts, options.strict, options.running_role);
  std::vector<std::unique_ptr<LineIndex>> lines;  // outlive the transformer's deferred work
  std::vector<std::pair<StmtCtx, Node*>> statements;
  for (const SourceFile* f : order) {
    lines.push_back(std::make_unique<LineIndex>(f->text));
    check_encoding(*f, *lines.back());
    if (auto parsed = parse_split_by_scanner(arena, *f)) {
      for (const auto& [st, stmt] : *parsed) {
        transformer.prepare(stmt);
        statements.emplace_back(StmtCtx{f, lines.back().get(), st.offset, st.start, st.text.size()}, stmt);
      }
      continue;
    }
    // Not split by the scanner (a syntax error, a BEGIN ATOMIC body): the parser splits and reports.
    for (const auto& st : split_statements(*f, *lines.back())) {
      Node* stmt = parse_statement(arena, *f, *lines.back(), st);
      transformer.prepare(stmt);
      statements.emplace_back(StmtCtx{f, lines.back().get(), st.offset, st.start, st.text.size()}, stmt);
    }
  }
  for (const auto& [ctx, stmt] : statements) transformer.collect(ctx, stmt);
  Catalog cat = transformer.finish();
  cat.connecting_role = options.running_role;
  read_rename_hints(files, cat);
  if (const auto& data = transformer.data_statements(); data.count && warnings) {
    std::string n = std::to_string(data.count);
    warnings->push_back(Diagnostic{
        Severity::Warning, "data-statements",
        "skipped " + n + (data.count == 1 ? " data statement" : " data statements") + " (the first is this " +
            data.first_kind + "): a desired schema holds no data; --strict makes them errors",
        data.first});
  }
  return cat;
}

}  // namespace schemaplan::parser
