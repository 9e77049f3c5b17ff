#pragma once
/// A minimal JSON writer (Boost 1.74 has no Boost.JSON): objects keep insertion order, so output is stable.
#include <string>
#include <string_view>

namespace schemaplan::emit {

std::string json_string(std::string_view s);  ///< quoted and escaped per RFC 8259

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view v);
  JsonWriter& value(const char* v) { return value(std::string_view(v)); }
  JsonWriter& value(long long v);
  JsonWriter& value(bool v);
  JsonWriter& null();
  const std::string& str() const { return out_; }

 private:
  void before_value();
  void newline();
  std::string out_;
  std::string stack_;  ///< '{' or '[' per open level
  bool first_ = true;  ///< no element yet at the current level
  bool after_key_ = false;
};

}  // namespace schemaplan::emit
