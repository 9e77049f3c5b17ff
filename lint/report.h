#pragma once
/// A lint report as text, Markdown, JSON (docs/lint.md), GitHub workflow annotations or SARIF 2.1.0. Pure
/// functions of the report: the same report gives byte-identical output.
#include <string>

#include "lint/lint.h"

namespace schemaplan::lint {

/// `file:line:col: severity: code: message`, the safe form indented below, then one summary line.
std::string text(const Report& r);
std::string markdown(const Report& r);
std::string json(const Report& r);
/// `::error file=F,line=L,col=C,title=...::message` per finding (allowed ones as notices).
std::string github(const Report& r);
/// A minimal SARIF 2.1.0 log: tool.driver.rules (the codes reported) and one result per finding.
std::string sarif(const Report& r);

/// One sentence on what a code means (for SARIF rules and docs); "" for an unknown code.
std::string code_description(const std::string& code);

}  // namespace schemaplan::lint
