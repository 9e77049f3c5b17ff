#include "parser/pg_tree.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace schemaplan::parser {
namespace {

void* arena_alloc(void* data, size_t size) {
  return static_cast<std::pmr::monotonic_buffer_resource*>(data)->allocate(size ? size : 1, alignof(std::max_align_t));
}
// Memory goes back all at once when the arena dies; protobuf-c never frees through this allocator anyway
// because nothing calls *_free_unpacked on arena trees.
void arena_free(void*, void*) {}

}  // namespace

size_t tree_depth(const PgQueryProtobuf& pb, size_t limit) {
  const auto* data = reinterpret_cast<const uint8_t*>(pb.data);
  auto varint = [&](size_t& pos, size_t end, uint64_t& value) {
    value = 0;
    for (int shift = 0; pos < end && shift < 64; shift += 7) {
      uint8_t b = data[pos++];
      value |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return true;
    }
    return false;
  };
  struct Frame {
    size_t pos, end;
  };
  std::vector<Frame> stack{{0, pb.len}};
  size_t deepest = 0;
  while (!stack.empty()) {
    deepest = std::max(deepest, stack.size());
    if (deepest > limit) return limit + 1;
    Frame& f = stack.back();
    uint64_t tag = 0, value = 0;
    if (f.pos >= f.end || !varint(f.pos, f.end, tag) || (tag >> 3) == 0) {
      stack.pop_back();  // the end of a message, or bytes that are not one (a string): a leaf
      continue;
    }
    switch (tag & 7) {
      case 0:
        if (!varint(f.pos, f.end, value)) stack.pop_back();
        break;
      case 1:
      case 5: {
        size_t width = (tag & 7) == 1 ? 8 : 4;
        if (f.end - f.pos < width) stack.pop_back();
        else f.pos += width;
        break;
      }
      case 2:
        if (!varint(f.pos, f.end, value) || value > f.end - f.pos) {
          stack.pop_back();
        } else {
          size_t start = f.pos;
          f.pos += value;
          stack.push_back({start, start + value});  // invalidates f
        }
        break;
      default:
        stack.pop_back();
    }
  }
  return deepest;
}

TreeArena::TreeArena() : alloc_{arena_alloc, arena_free, &mem_} {}

PgQuery__ParseResult* TreeArena::unpack(const PgQueryProtobuf& pb) {
  return pg_query__parse_result__unpack(&alloc_, pb.len, reinterpret_cast<const uint8_t*>(pb.data));
}

char* TreeArena::str(std::string_view s) {
  auto* p = static_cast<char*>(mem_.allocate(s.size() + 1, 1));
  std::memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  return p;
}

Node** TreeArena::nodes(size_t n) {
  auto** p = static_cast<Node**>(mem_.allocate(sizeof(Node*) * (n ? n : 1), alignof(Node*)));
  for (size_t i = 0; i < n; ++i) p[i] = nullptr;
  return p;
}

Node* TreeArena::string_node(std::string_view s) {
  auto* v = make<PgQuery__String>(pg_query__string__descriptor);
  v->sval = str(s);
  auto* n = make<Node>(pg_query__node__descriptor);
  n->node_case = PG_QUERY__NODE__NODE_STRING;
  n->string = v;
  return n;
}

#define SP_NODE_CTOR(Type, member, tag)             \
  Node* TreeArena::node(Type* v) {                  \
    auto* n = make<Node>(pg_query__node__descriptor); \
    n->node_case = tag;                             \
    n->member = v;                                  \
    return n;                                       \
  }
SP_NODE_CTOR(PgQuery__AConst, a_const, PG_QUERY__NODE__NODE_A_CONST)
SP_NODE_CTOR(PgQuery__TypeCast, type_cast, PG_QUERY__NODE__NODE_TYPE_CAST)
SP_NODE_CTOR(PgQuery__FuncCall, func_call, PG_QUERY__NODE__NODE_FUNC_CALL)
SP_NODE_CTOR(PgQuery__ColumnRef, column_ref, PG_QUERY__NODE__NODE_COLUMN_REF)
SP_NODE_CTOR(PgQuery__ResTarget, res_target, PG_QUERY__NODE__NODE_RES_TARGET)
SP_NODE_CTOR(PgQuery__SelectStmt, select_stmt, PG_QUERY__NODE__NODE_SELECT_STMT)
SP_NODE_CTOR(PgQuery__AlterTableStmt, alter_table_stmt, PG_QUERY__NODE__NODE_ALTER_TABLE_STMT)
SP_NODE_CTOR(PgQuery__AlterTableCmd, alter_table_cmd, PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
SP_NODE_CTOR(PgQuery__Constraint, constraint, PG_QUERY__NODE__NODE_CONSTRAINT)
SP_NODE_CTOR(PgQuery__CreateTrigStmt, create_trig_stmt, PG_QUERY__NODE__NODE_CREATE_TRIG_STMT)
SP_NODE_CTOR(PgQuery__AExpr, a_expr, PG_QUERY__NODE__NODE_A_EXPR)
SP_NODE_CTOR(PgQuery__BoolExpr, bool_expr, PG_QUERY__NODE__NODE_BOOL_EXPR)
SP_NODE_CTOR(PgQuery__AArrayExpr, a_array_expr, PG_QUERY__NODE__NODE_A_ARRAY_EXPR)
SP_NODE_CTOR(PgQuery__TypeName, type_name, PG_QUERY__NODE__NODE_TYPE_NAME)
SP_NODE_CTOR(PgQuery__DefineStmt, define_stmt, PG_QUERY__NODE__NODE_DEFINE_STMT)
SP_NODE_CTOR(PgQuery__CreateOpClassStmt, create_op_class_stmt, PG_QUERY__NODE__NODE_CREATE_OP_CLASS_STMT)
SP_NODE_CTOR(PgQuery__CreateOpFamilyStmt, create_op_family_stmt, PG_QUERY__NODE__NODE_CREATE_OP_FAMILY_STMT)
SP_NODE_CTOR(PgQuery__AlterOpFamilyStmt, alter_op_family_stmt, PG_QUERY__NODE__NODE_ALTER_OP_FAMILY_STMT)
SP_NODE_CTOR(PgQuery__CreateCastStmt, create_cast_stmt, PG_QUERY__NODE__NODE_CREATE_CAST_STMT)
SP_NODE_CTOR(PgQuery__CreateConversionStmt, create_conversion_stmt, PG_QUERY__NODE__NODE_CREATE_CONVERSION_STMT)
SP_NODE_CTOR(PgQuery__CreateAmStmt, create_am_stmt, PG_QUERY__NODE__NODE_CREATE_AM_STMT)
SP_NODE_CTOR(PgQuery__CreatePLangStmt, create_plang_stmt, PG_QUERY__NODE__NODE_CREATE_PLANG_STMT)
SP_NODE_CTOR(PgQuery__AlterTSConfigurationStmt, alter_tsconfiguration_stmt, PG_QUERY__NODE__NODE_ALTER_TSCONFIGURATION_STMT)
SP_NODE_CTOR(PgQuery__AlterTSDictionaryStmt, alter_tsdictionary_stmt, PG_QUERY__NODE__NODE_ALTER_TSDICTIONARY_STMT)
SP_NODE_CTOR(PgQuery__CreateStatsStmt, create_stats_stmt, PG_QUERY__NODE__NODE_CREATE_STATS_STMT)
SP_NODE_CTOR(PgQuery__AlterStatsStmt, alter_stats_stmt, PG_QUERY__NODE__NODE_ALTER_STATS_STMT)
SP_NODE_CTOR(PgQuery__RuleStmt, rule_stmt, PG_QUERY__NODE__NODE_RULE_STMT)
SP_NODE_CTOR(PgQuery__CreateFdwStmt, create_fdw_stmt, PG_QUERY__NODE__NODE_CREATE_FDW_STMT)
SP_NODE_CTOR(PgQuery__CreateForeignServerStmt, create_foreign_server_stmt, PG_QUERY__NODE__NODE_CREATE_FOREIGN_SERVER_STMT)
SP_NODE_CTOR(PgQuery__CreateUserMappingStmt, create_user_mapping_stmt, PG_QUERY__NODE__NODE_CREATE_USER_MAPPING_STMT)
SP_NODE_CTOR(PgQuery__CreatePublicationStmt, create_publication_stmt, PG_QUERY__NODE__NODE_CREATE_PUBLICATION_STMT)
SP_NODE_CTOR(PgQuery__AlterPublicationStmt, alter_publication_stmt, PG_QUERY__NODE__NODE_ALTER_PUBLICATION_STMT)
SP_NODE_CTOR(PgQuery__CreateEventTrigStmt, create_event_trig_stmt, PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT)
SP_NODE_CTOR(PgQuery__AlterEventTrigStmt, alter_event_trig_stmt, PG_QUERY__NODE__NODE_ALTER_EVENT_TRIG_STMT)
SP_NODE_CTOR(PgQuery__CreateRangeStmt, create_range_stmt, PG_QUERY__NODE__NODE_CREATE_RANGE_STMT)
SP_NODE_CTOR(PgQuery__CommentStmt, comment_stmt, PG_QUERY__NODE__NODE_COMMENT_STMT)
SP_NODE_CTOR(PgQuery__AlterOwnerStmt, alter_owner_stmt, PG_QUERY__NODE__NODE_ALTER_OWNER_STMT)
#undef SP_NODE_CTOR

PgQuery__TypeName* TreeArena::type_name(const std::vector<std::string>& names) {
  auto* t = make<PgQuery__TypeName>(pg_query__type_name__descriptor);
  t->n_names = names.size();
  t->names = nodes(names.size());
  for (size_t i = 0; i < names.size(); ++i) t->names[i] = string_node(names[i]);
  t->typemod = -1;
  t->location = -1;
  return t;
}

Node* TreeArena::string_const(std::string_view s) {
  auto* sv = make<PgQuery__String>(pg_query__string__descriptor);
  sv->sval = str(s);
  auto* c = make<PgQuery__AConst>(pg_query__a__const__descriptor);
  c->val_case = PG_QUERY__A__CONST__VAL_SVAL;
  c->sval = sv;
  c->location = -1;
  return node(c);
}

std::string_view sval(const Node* n) {
  if (n && n->node_case == PG_QUERY__NODE__NODE_STRING && n->string && n->string->sval) return n->string->sval;
  return {};
}

std::vector<std::string> strings(Node* const* items, size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i)
    if (items[i] && items[i]->node_case == PG_QUERY__NODE__NODE_STRING) out.emplace_back(sval(items[i]));
  return out;
}

std::vector<std::string> name_parts(const Node* n) {
  if (!n) return {};
  if (n->node_case == PG_QUERY__NODE__NODE_LIST) return strings(n->list->items, n->list->n_items);
  if (n->node_case == PG_QUERY__NODE__NODE_STRING) return {std::string(sval(n))};
  if (n->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) return strings(n->type_name->names, n->type_name->n_names);
  return {};
}

void visit(ProtobufCMessage* m, const std::function<void(ProtobufCMessage*)>& f) {
  if (!m) return;
  f(m);
  const ProtobufCMessageDescriptor* d = m->descriptor;
  auto* base = reinterpret_cast<char*>(m);
  // A Node is one oneof of some 240 message fields: go straight to the member that is set instead of testing
  // each field (most messages of a tree are Nodes; the loop below was ~2% of reading 10,000 tables). The
  // order is the same: only that member could be visited.
  if (d == &pg_query__node__descriptor) {
    auto which = static_cast<uint32_t>(reinterpret_cast<const Node*>(m)->node_case);
    if (const ProtobufCFieldDescriptor* fd = which ? protobuf_c_message_descriptor_get_field(d, which) : nullptr)
      visit(*reinterpret_cast<ProtobufCMessage**>(base + fd->offset), f);
    return;
  }
  for (unsigned i = 0; i < d->n_fields; ++i) {
    const ProtobufCFieldDescriptor& fd = d->fields[i];
    if (fd.type != PROTOBUF_C_TYPE_MESSAGE) continue;
    if ((fd.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) &&
        *reinterpret_cast<const uint32_t*>(base + fd.quantifier_offset) != fd.id)
      continue;
    if (fd.label == PROTOBUF_C_LABEL_REPEATED) {
      size_t n = *reinterpret_cast<const size_t*>(base + fd.quantifier_offset);
      auto** items = *reinterpret_cast<ProtobufCMessage***>(base + fd.offset);
      for (size_t k = 0; k < n; ++k) visit(items[k], f);
    } else {
      visit(*reinterpret_cast<ProtobufCMessage**>(base + fd.offset), f);
    }
  }
}

std::string deparse_statement(Node* stmt) {
  PgQuery__RawStmt raw;
  pg_query__raw_stmt__init(&raw);
  raw.stmt = stmt;
  PgQuery__RawStmt* raws[1] = {&raw};
  PgQuery__ParseResult result;
  pg_query__parse_result__init(&result);
  result.version = PG_VERSION_NUM;
  result.n_stmts = 1;
  result.stmts = raws;
  std::string buf(pg_query__parse_result__get_packed_size(&result), '\0');
  pg_query__parse_result__pack(&result, reinterpret_cast<uint8_t*>(buf.data()));
  PgQueryDeparseResult d = pg_query_deparse_protobuf(PgQueryProtobuf{buf.size(), buf.data()});
  if (d.error) {
    std::string msg = d.error->message ? d.error->message : "unknown error";
    pg_query_free_deparse_result(d);
    throw TreeError("unsupported-statement", "cannot print this expression back as SQL (" + msg + ")");
  }
  std::string out = d.query;
  pg_query_free_deparse_result(d);
  return out;
}

}  // namespace schemaplan::parser
