#pragma once
/// Remembered deparses for one parse() call: the same few expressions and constraints (`now()`, `''`, `0`,
/// `PRIMARY KEY (id)`) come back thousands of times in a large schema, and each deparse is a protobuf pack, an
/// unpack inside libpg_query and a print (~15% of reading 2,000 tables).
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "parser/pg_tree.h"

namespace schemaplan::parser {

/// A byte string that identifies a parse tree up to where its text stood: equal for two trees whose every field
/// is equal except their `location`s, and whose locations differ by one constant (unknown ones, -1, alike).
/// Locations are written relative to the smallest known one, so `now()` keys alike at any offset, while trees
/// whose locations are ordered differently key apart: libpg_query's deparse reads locations only to compare
/// them (15-4.0.0 prints `point '(1,2)'` or `'(1,2)'::point` by which came first), so a shift cannot change
/// what it prints. Only meant for lookups within one process (message types are keyed by their descriptors'
/// addresses).
class TreeKeys {
 public:
  std::string key(const ProtobufCMessage* m);

 private:
  /// How one message type is written: its fields in order, each oneof once (at its first member).
  struct Field {
    const ProtobufCFieldDescriptor* fd;
    bool oneof;
    bool location;  // an int32 named `location`: shifted (see above)
  };
  const std::vector<Field>& plan(const ProtobufCMessageDescriptor* d);
  void message(const ProtobufCMessage* m);
  void field(const ProtobufCFieldDescriptor& fd, bool location, const char* member);
  void single(const ProtobufCFieldDescriptor& fd, bool location, const char* member);
  template <class T>
  void value(const T& v) {
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }

  // Built once per message type: Node has some 240 fields, all one oneof, and walking them all per node is
  // what makes protobuf-c's own pack slow.
  std::unordered_map<const ProtobufCMessageDescriptor*, std::vector<Field>> plans_;
  std::string out_;
  std::vector<size_t> locations_;  // where in out_ a known (>= 0) location was written
  int32_t min_location_ = 0;
};

/// deparse_statement() with a memory: a tree that keys like one printed before (TreeKeys) gets that text back
/// without calling libpg_query. Errors are not remembered (each such tree is deparsed again and throws again).
/// Not thread-safe: one per parse() call, as the Deparser that holds it.
class DeparseCache {
 public:
  std::string deparse(Node* stmt);

 private:
  TreeKeys keys_;
  std::unordered_map<std::string, std::string> printed_;
};

}  // namespace schemaplan::parser
