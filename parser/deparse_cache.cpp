#include "parser/deparse_cache.h"

#include <cstring>

namespace schemaplan::parser {

const std::vector<TreeKeys::Field>& TreeKeys::plan(const ProtobufCMessageDescriptor* d) {
  auto [it, added] = plans_.try_emplace(d);
  if (!added) return it->second;
  std::vector<unsigned> oneofs_seen;  // quantifier offsets of the oneofs already in the plan
  for (unsigned i = 0; i < d->n_fields; ++i) {
    const ProtobufCFieldDescriptor& fd = d->fields[i];
    bool oneof = (fd.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) != 0;
    if (oneof) {
      bool seen = false;
      for (unsigned q : oneofs_seen) seen = seen || q == fd.quantifier_offset;
      if (seen) continue;
      oneofs_seen.push_back(fd.quantifier_offset);
    }
    bool location = fd.type == PROTOBUF_C_TYPE_INT32 && std::strcmp(fd.name, "location") == 0;
    it->second.push_back(Field{&fd, oneof, location});
  }
  return it->second;
}

std::string TreeKeys::key(const ProtobufCMessage* m) {
  out_.clear();
  locations_.clear();
  min_location_ = INT32_MAX;
  if (m) message(m);
  for (size_t at : locations_) {
    int32_t v;
    std::memcpy(&v, out_.data() + at, sizeof v);
    v -= min_location_;
    std::memcpy(out_.data() + at, &v, sizeof v);
  }
  return out_;
}

void TreeKeys::message(const ProtobufCMessage* m) {
  const ProtobufCMessageDescriptor* d = m->descriptor;
  value(d);
  const char* base = reinterpret_cast<const char*>(m);
  for (const Field& f : plan(d)) {
    if (f.oneof) {
      // Only the member that is set is written (the others share its memory), after the case that names it.
      uint32_t which;
      std::memcpy(&which, base + f.fd->quantifier_offset, sizeof which);
      value(which);
      if (const ProtobufCFieldDescriptor* member = which ? protobuf_c_message_descriptor_get_field(d, which) : nullptr)
        single(*member, member->type == PROTOBUF_C_TYPE_INT32 && std::strcmp(member->name, "location") == 0,
               base + member->offset);
      continue;
    }
    field(*f.fd, f.location, base);
  }
}

void TreeKeys::field(const ProtobufCFieldDescriptor& fd, bool location, const char* base) {
  const char* member = base + fd.offset;
  switch (fd.label) {
    case PROTOBUF_C_LABEL_REPEATED: {
      size_t n;
      std::memcpy(&n, base + fd.quantifier_offset, sizeof n);
      value(n);
      const char* items;
      std::memcpy(&items, member, sizeof items);
      size_t size = 0;
      switch (fd.type) {
        case PROTOBUF_C_TYPE_INT64: case PROTOBUF_C_TYPE_SINT64: case PROTOBUF_C_TYPE_SFIXED64:
        case PROTOBUF_C_TYPE_UINT64: case PROTOBUF_C_TYPE_FIXED64: case PROTOBUF_C_TYPE_DOUBLE: size = 8; break;
        case PROTOBUF_C_TYPE_STRING: case PROTOBUF_C_TYPE_MESSAGE: size = sizeof(void*); break;
        case PROTOBUF_C_TYPE_BYTES: size = sizeof(ProtobufCBinaryData); break;
        default: size = 4; break;  // the 32-bit numbers, float, bool (protobuf_c_boolean is an int), enum
      }
      for (size_t k = 0; k < n; ++k) single(fd, location, items + k * size);
      return;
    }
    case PROTOBUF_C_LABEL_OPTIONAL:
      // proto2's optional scalars carry a has_ flag; strings and messages are present when not null.
      if (fd.type != PROTOBUF_C_TYPE_STRING && fd.type != PROTOBUF_C_TYPE_MESSAGE) {
        protobuf_c_boolean has;
        std::memcpy(&has, base + fd.quantifier_offset, sizeof has);
        value(has);
        if (!has) return;
      }
      single(fd, location, member);
      return;
    default:
      single(fd, location, member);
      return;
  }
}

void TreeKeys::single(const ProtobufCFieldDescriptor& fd, bool location, const char* member) {
  switch (fd.type) {
    case PROTOBUF_C_TYPE_INT64: case PROTOBUF_C_TYPE_SINT64: case PROTOBUF_C_TYPE_SFIXED64:
    case PROTOBUF_C_TYPE_UINT64: case PROTOBUF_C_TYPE_FIXED64: case PROTOBUF_C_TYPE_DOUBLE: {
      uint64_t v;
      std::memcpy(&v, member, sizeof v);
      value(v);
      return;
    }
    case PROTOBUF_C_TYPE_STRING: {
      const char* s;
      std::memcpy(&s, member, sizeof s);
      // A null string and "" are told apart (pack would not): a lookup may miss, never match wrongly.
      size_t n = s ? std::strlen(s) : SIZE_MAX;
      value(n);
      if (s) out_.append(s, n);
      return;
    }
    case PROTOBUF_C_TYPE_BYTES: {
      ProtobufCBinaryData b;
      std::memcpy(&b, member, sizeof b);
      value(b.len);
      if (b.len) out_.append(reinterpret_cast<const char*>(b.data), b.len);
      return;
    }
    case PROTOBUF_C_TYPE_MESSAGE: {
      const ProtobufCMessage* sub;
      std::memcpy(&sub, member, sizeof sub);
      value(static_cast<char>(sub ? 1 : 0));
      if (sub) message(sub);
      return;
    }
    default: {
      int32_t v;
      std::memcpy(&v, member, sizeof v);
      if (location && v >= 0) {
        locations_.push_back(out_.size());
        if (v < min_location_) min_location_ = v;
      }
      value(v);
      return;
    }
  }
}

std::string DeparseCache::deparse(Node* stmt) {
  std::string key = keys_.key(&stmt->base);
  if (auto it = printed_.find(key); it != printed_.end()) return it->second;
  std::string text = deparse_statement(stmt);  // throws: nothing remembered
  printed_.emplace(std::move(key), text);
  return text;
}

}  // namespace schemaplan::parser
