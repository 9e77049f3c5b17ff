/// libFuzzer target: schemaplan.yaml as cli::load_config reads it (parse_config, the part after the file read).
/// A problem in the file must be a DiagnosticError ("config-error", printed as file:line:col with the line and a
/// caret); anything else escaping, a crash or a sanitizer report is a bug.
#include <cstdint>
#include <string>

#include "cli/config.h"
#include "model/diagnostic.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return 0;
  std::string text(reinterpret_cast<const char*>(data), size);
  // `*_env` keys name variables: a fixed environment where FUZZ_SET is set and every other name is not, so both
  // branches are reachable and a run does not depend on the fuzzing machine's environment.
  auto getenv = [](const char* name) -> const char* {
    return std::string(name) == "FUZZ_SET" ? "postgresql://fuzz@127.0.0.1/fuzz" : nullptr;
  };
  try {
    schemaplan::cli::Config c = schemaplan::cli::parse_config(text, "schemaplan.yaml", getenv);
    (void)c;
  } catch (const schemaplan::DiagnosticError& e) {
    e.formatted();
  }
  return 0;
}
