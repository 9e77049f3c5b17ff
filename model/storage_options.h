#pragma once
/// Storage settings of relations, columns and indexes: what pg_dump writes as WITH (...), ALTER TABLE ... SET
/// (...), ALTER COLUMN ... SET STATISTICS / STORAGE / (...), CLUSTER ON and REPLICA IDENTITY. Part of
/// model/model.h.
#include <map>
#include <string>
#include <vector>

namespace schemaplan {

/// `name=value` entries as pg_class.reloptions (or pg_attribute.attoptions) holds them, in its order: the order
/// written, an entry set again by ALTER ... SET moving to the end (transformRelOptions). That order is kept for
/// writing (a plan builds the same array), but means nothing: two lists compare as sets.
struct StorageOptions {
  std::vector<std::string> items;
  bool empty() const { return items.empty(); }
  /// The same entries, whatever their order.
  bool operator==(const StorageOptions& o) const;
  /// transformRelOptions: `reset` names removed, then each of `set` replaces its name's entry (or is added) at
  /// the end.
  void apply(const std::vector<std::string>& set, const std::vector<std::string>& reset);
};

/// `fillfactor` of `fillfactor=70`.
std::string option_name(const std::string& entry);

/// pg_index flags besides the definition: CLUSTER ON, REPLICA IDENTITY USING INDEX, and the statistics
/// targets of expression columns (ALTER INDEX ... ALTER COLUMN n SET STATISTICS).
struct IndexFlags {
  bool clustered = false;         ///< indisclustered
  bool replica_identity = false;  ///< indisreplident
  std::map<int, int> statistics;  ///< index column number (from 1) -> attstattarget, only those set
  bool operator==(const IndexFlags&) const = default;
};

/// The storage PostgreSQL gives a built-in type (pg_type.typstorage) by its canonical name: 'p', 'm' or 'x';
/// 0 when the type is not a built-in one this knows (user types: the catalog decides). Arrays are 'x'.
char builtin_type_storage(const std::string& type);

/// `PLAIN` / `EXTERNAL` / `EXTENDED` / `MAIN` for a storage letter, `pglz` / `lz4` for a compression letter.
const char* storage_keyword(char storage);
const char* compression_name(char compression);

}  // namespace schemaplan
