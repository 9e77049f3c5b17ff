#pragma once
/// What a table hangs from: the parent of a partition, the parents of an inheriting table.
#include <compare>
#include <string>

namespace schemaplan {

/// A table named by schema and name.
struct TableRef {
  std::string schema;
  std::string name;
  auto operator<=>(const TableRef&) const = default;
  bool operator==(const TableRef&) const = default;
};

}  // namespace schemaplan
