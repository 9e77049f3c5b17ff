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

SourceFile read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("io-error", "cannot read " + path + ": " + lower_first(std::strerror(errno)), SourceSpan{path, 0, 0});
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) fail("io-error", "cannot read " + path, SourceSpan{path, 0, 0});
  return SourceFile{path, text.str()};
}

}  // namespace

std::vector<SourceFile> read_sources(const std::string& path) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) fail("io-error", "cannot read " + path + ": no such file or directory", SourceSpan{path, 0, 0});
  if (!fs::is_directory(st)) return {read_file(path)};
  std::vector<std::string> paths;
  // Symbolic links to folders are followed, as `find -L` does (a case folder may link to a schema folder).
  for (fs::recursive_directory_iterator it(path, fs::directory_options::follow_directory_symlink, ec), end;
       !ec && it != end; it.increment(ec))
    if (it->is_regular_file() && it->path().extension() == ".sql") paths.push_back(it->path().string());
  if (ec) fail("io-error", "cannot read directory " + path + ": " + lower_first(ec.message()), SourceSpan{path, 0, 0});
  std::sort(paths.begin(), paths.end());
  std::vector<SourceFile> out;
  for (const auto& p : paths) out.push_back(read_file(p));
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
