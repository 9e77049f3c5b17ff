/// libFuzzer target: SQL text -> parser -> model -> differ and planner -> every emitter.
///
/// The input is one schema file, or two joined by a line `-- schemaplan-fuzz: to` (the seeds hold a.sql and
/// b.sql of a round-trip case that way), so that the differ sees two related catalogs and not only "create it
/// all". What must hold for any bytes: a user error is a DiagnosticError (the CLI prints it and exits 2); any
/// other exception, a crash or a sanitizer report is a bug; a catalog compared with itself plans no step; what
/// the emitters write is valid UTF-8 (the input was checked to be), so plan.json stays JSON.
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "emitters/emitters.h"
#include "model/diagnostic.h"
#include "model/utf8.h"
#include "parser/parser.h"
#include "planner/planner.h"

namespace {

using namespace schemaplan;

constexpr std::string_view kSeparator = "\n-- schemaplan-fuzz: to\n";

[[noreturn]] void broken(const char* what) {
  std::fprintf(stderr, "fuzz_sql: %s\n", what);
  std::abort();
}

std::optional<Catalog> parse_side(const std::string& name, std::string_view text) {
  try {
    return parser::parse({parser::SourceFile{name, std::string(text)}});
  } catch (const DiagnosticError& e) {
    e.formatted();  // the message and its source excerpt must print for any input too
    return std::nullopt;
  }
}

void emit_all(const Plan& p) {
  for (const std::string& out : {emit::up_sql(p), emit::down_sql(p), emit::markdown(p), emit::json(p), emit::text(p),
                                 emit::ddl(p), emit::dot(p)})
    if (first_bad_utf8(out) != std::string_view::npos) broken("an emitter wrote bytes that are not UTF-8");
}

/// Plans from -> to and emits it; a plan the planner refuses with a diagnostic (a dependency cycle) is fine.
void plan_and_emit(const Catalog& from, const Catalog& to, Strategy strategy) {
  PlanOptions options;
  options.strategy = strategy;
  try {
    emit_all(plan(from, to, options));
  } catch (const DiagnosticError& e) {
    e.formatted();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Schema files are small; megabytes of random text only slow the search down.
  if (size > 64 * 1024) return 0;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  size_t cut = input.find(kSeparator);
  std::optional<Catalog> a = parse_side("a.sql", input.substr(0, cut));
  if (!a) return 0;
  plan_and_emit(Catalog{}, *a, Strategy::Simple);
  plan_and_emit(*a, Catalog{}, Strategy::Online);
  try {
    if (!plan(*a, *a).steps.empty()) broken("a catalog compared with itself planned steps");
  } catch (const DiagnosticError&) {
    broken("a catalog compared with itself raised a diagnostic");
  }
  if (cut == std::string_view::npos) return 0;
  std::optional<Catalog> b = parse_side("b.sql", input.substr(cut + kSeparator.size()));
  if (!b) return 0;
  plan_and_emit(*a, *b, Strategy::Online);
  plan_and_emit(*b, *a, Strategy::Online);
  plan_and_emit(*a, *b, Strategy::Simple);
  return 0;
}
