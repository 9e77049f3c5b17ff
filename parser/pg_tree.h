#pragma once
/// Helpers over libpg_query's protobuf-c parse tree: one arena that owns every node (parsed or synthesised),
/// typed accessors, node constructors, a generic walker and the deparse round trip.
#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <functional>
#include <memory_resource>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace schemaplan::parser {

using Node = PgQuery__Node;

/// A problem with the user's SQL found by code that does not know which file it is reading. `location` is
/// the byte offset into the current statement (-1: the statement itself); the transformer turns it into a
/// DiagnosticError with file:line:col.
struct TreeError : std::runtime_error {
  TreeError(std::string code, const std::string& message, int location = -1)
      : std::runtime_error(message), code(std::move(code)), location(location) {}
  std::string code;
  int location;
};

/// How deeply the messages of a protobuf parse result nest, counted without unpacking it (an explicit stack over
/// the wire format, so any depth is safe to measure), or `limit + 1` as soon as it passes `limit`.
/// protobuf-c's unpack, libpg_query's deparse and the transformer all recurse once or more per level, and a
/// statement such as `CHECK (a > 1 + 1 + ... + 1)` with a few thousand terms (which PostgreSQL accepts) nests
/// deeply enough to overflow a thread's stack in them: callers refuse such a tree instead (kMaxTreeDepth).
/// Length-delimited fields are taken for messages; one that is really a string or packed numbers usually stops
/// parsing as a message at once and counts as a leaf, so the count can only come out too high, never too low.
size_t tree_depth(const PgQueryProtobuf& pb, size_t limit);

/// The deepest parse tree schemaplan unpacks. Ordinary DDL nests a few dozen levels; an expression chained
/// with one binary operator adds two levels per operator, so this admits some 2,000 operators in a row.
/// It keeps the recursion well inside an 8 MB stack even under AddressSanitizer (tests/fuzz).
inline constexpr size_t kMaxTreeDepth = 4000;

/// Owns all parse-tree memory of one parse() call. Trees are unpacked into it with a no-op free, so the
/// transformer can graft synthesised nodes into parsed trees (and keep pointers into them until the end)
/// without tracking who allocated what; everything is released at once when the arena dies.
class TreeArena {
 public:
  TreeArena();
  TreeArena(const TreeArena&) = delete;
  TreeArena& operator=(const TreeArena&) = delete;

  /// Unpacks one protobuf parse result (from pg_query_parse_protobuf) into the arena.
  PgQuery__ParseResult* unpack(const PgQueryProtobuf& pb);
  /// A NUL-terminated copy of `s` (protobuf-c string fields are `char*`).
  char* str(std::string_view s);
  /// A default-initialised message of type `T`, whose protobuf-c descriptor is `d`.
  template <class T>
  T* make(const ProtobufCMessageDescriptor& d) {
    auto* p = static_cast<T*>(mem_.allocate(sizeof(T), alignof(T)));
    protobuf_c_message_init(&d, p);
    return p;
  }
  /// An array of `n` node pointers.
  Node** nodes(size_t n);

  // Node constructors: each wraps a fresh message in a Node with the right oneof case.
  Node* string_node(std::string_view s);
  Node* node(PgQuery__AConst* v);
  Node* node(PgQuery__TypeCast* v);
  Node* node(PgQuery__FuncCall* v);
  Node* node(PgQuery__ColumnRef* v);
  Node* node(PgQuery__ResTarget* v);
  Node* node(PgQuery__SelectStmt* v);
  Node* node(PgQuery__AlterTableStmt* v);
  Node* node(PgQuery__AlterTableCmd* v);
  Node* node(PgQuery__Constraint* v);
  Node* node(PgQuery__AExpr* v);
  Node* node(PgQuery__BoolExpr* v);
  Node* node(PgQuery__AArrayExpr* v);
  Node* node(PgQuery__CreateTrigStmt* v);
  Node* node(PgQuery__TypeName* v);
  Node* node(PgQuery__DefineStmt* v);
  Node* node(PgQuery__CreateOpClassStmt* v);
  Node* node(PgQuery__CreateOpFamilyStmt* v);
  Node* node(PgQuery__AlterOpFamilyStmt* v);
  Node* node(PgQuery__CreateCastStmt* v);
  Node* node(PgQuery__CreateConversionStmt* v);
  Node* node(PgQuery__CreateAmStmt* v);
  Node* node(PgQuery__CreatePLangStmt* v);
  Node* node(PgQuery__AlterTSConfigurationStmt* v);
  Node* node(PgQuery__AlterTSDictionaryStmt* v);
  Node* node(PgQuery__CreateStatsStmt* v);
  Node* node(PgQuery__AlterStatsStmt* v);
  Node* node(PgQuery__RuleStmt* v);
  Node* node(PgQuery__CreateFdwStmt* v);
  Node* node(PgQuery__CreateForeignServerStmt* v);
  Node* node(PgQuery__CreateUserMappingStmt* v);
  Node* node(PgQuery__CreatePublicationStmt* v);
  Node* node(PgQuery__AlterPublicationStmt* v);
  Node* node(PgQuery__CreateEventTrigStmt* v);
  Node* node(PgQuery__AlterEventTrigStmt* v);
  Node* node(PgQuery__CreateRangeStmt* v);
  Node* node(PgQuery__CommentStmt* v);
  Node* node(PgQuery__AlterOwnerStmt* v);
  /// A TypeName node with the given (unqualified or qualified) name parts.
  PgQuery__TypeName* type_name(const std::vector<std::string>& names);
  /// A string constant.
  Node* string_const(std::string_view s);

 private:
  std::pmr::monotonic_buffer_resource mem_;
  ProtobufCAllocator alloc_;
};

/// The text of a String node ("" for anything else).
std::string_view sval(const Node* n);
/// The texts of a list of String nodes (non-strings are skipped).
std::vector<std::string> strings(Node* const* items, size_t n);
/// Name parts of a qualified name given as a List node or a String node.
std::vector<std::string> name_parts(const Node* n);

/// Calls `f` on `m` and then, depth first, on every message below it (only the set member of a oneof).
/// `f` may modify the message it is given before its children are visited.
void visit(ProtobufCMessage* m, const std::function<void(ProtobufCMessage*)>& f);
/// The node's message when it holds a `T` (identified by its descriptor), else nullptr.
template <class T>
T* as(ProtobufCMessage* m, const ProtobufCMessageDescriptor& d) {
  return m && m->descriptor == &d ? reinterpret_cast<T*>(m) : nullptr;
}
/// Deparses one statement with libpg_query (packs a synthesised ParseResult around it). Throws TreeError
/// ("unsupported-statement") when the deparser cannot print the tree.
std::string deparse_statement(Node* stmt);

}  // namespace schemaplan::parser
