#pragma once
/// Changes -> ordered steps. The planner builds one or two steps per change (a recreation is a drop step and
/// a create step), links them by the objects' dependencies, and orders them with a priority-queue Kahn's
/// algorithm over stable keys so the order is deterministic and changes as little as possible.
#include "planner/step.h"

namespace schemaplan {

enum class Strategy {
  Simple,  ///< plain DDL, every step transactional: for empty databases and runners that wrap each migration
  Online,  ///< the zero-downtime rules of planner/rules/ (concurrent index builds, NOT VALID + VALIDATE, ...)
};

struct PlanOptions {
  Strategy strategy = Strategy::Online;
  bool concurrently = true;  ///< online only: build and drop indexes on existing tables CONCURRENTLY
  std::string lock_timeout = "5s";      ///< online only: `SET lock_timeout` of every step (rule 10)
  std::string statement_timeout = "0";  ///< online only: `SET statement_timeout` of every step that is not long
  long batch_size = 10000;              ///< online only: rows per committed batch of a backfill (rule 9)
};

/// Plans the migration from `from` to `to`. Throws DiagnosticError (code "dependency-cycle") naming the
/// objects when the changes cannot be ordered.
Plan plan(const Catalog& from, const Catalog& to, const PlanOptions& options = {});

}  // namespace schemaplan
