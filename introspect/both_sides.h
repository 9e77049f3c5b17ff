#pragma once
/// Reading the two sides of a comparison at the same time. Reading a catalog is mostly waiting for the server
/// (it runs the catalog queries; schemaplan's own share is small), and loading SQL files into a temporary
/// database is nearly all waiting: with one connection per side, the wall time of a comparison is the longer
/// side's instead of their sum. No connection is shared between the threads (libpqxx connections are not
/// thread-safe): each side's function opens its own.
#include <functional>
#include <utility>

#include "model/model.h"

namespace schemaplan::introspect {

/// Runs `from` on a thread of its own and `to` on the calling one, waits for both, and returns both catalogs.
/// The result does not depend on which finished first. When either throws, both are still waited for and the
/// exception rethrown is `from`'s if it failed, else `to`'s: the error a run of one after the other would
/// report. `concurrently` false runs them one after the other (e.g. when both would use the same scratch
/// database), `to` only if `from` succeeded.
std::pair<Catalog, Catalog> read_both_sides(const std::function<Catalog()>& from, const std::function<Catalog()>& to,
                                            bool concurrently = true);

}  // namespace schemaplan::introspect
