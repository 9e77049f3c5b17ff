#include "model/pg_names.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace schemaplan::pg_names {

size_t clip_length(std::string_view name, size_t limit) {
  if (name.size() <= limit) return name.size();
  // Back off to the start of the UTF-8 character that straddles the limit (continuation bytes are 10xxxxxx).
  size_t n = limit;
  while (n > 0 && (static_cast<unsigned char>(name[n]) & 0xC0) == 0x80) --n;
  return n;
}

std::string fit_with_hash(std::string_view name, std::string_view suffix) {
  constexpr size_t kLimit = kNameDataLen - 1;
  if (name.size() + suffix.size() <= kLimit) return std::string(name) + std::string(suffix);
  std::uint32_t h = 2166136261u;
  for (unsigned char ch : name) h = (h ^ ch) * 16777619u;
  char tag[10];
  std::snprintf(tag, sizeof tag, "_%08x", static_cast<unsigned>(h));
  return std::string(name.substr(0, clip_length(name, kLimit - suffix.size() - 9))) + tag + std::string(suffix);
}

std::string make_object_name(std::string_view name1, std::optional<std::string_view> name2, std::string_view label) {
  size_t overhead = 0;  // bytes for the label and the underscores
  size_t name1_len = name1.size();
  size_t name2_len = 0;
  if (name2) {
    name2_len = name2->size();
    ++overhead;
  }
  if (!label.empty()) overhead += label.size() + 1;
  size_t available = kNameDataLen - 1 - overhead;
  // PostgreSQL shortens the longer name first, one byte at a time, then clips both to whole characters.
  while (name1_len + name2_len > available) {
    if (name1_len > name2_len)
      --name1_len;
    else
      --name2_len;
  }
  name1_len = clip_length(name1, name1_len);
  std::string out(name1.substr(0, name1_len));
  if (name2) {
    name2_len = clip_length(*name2, name2_len);
    out += '_';
    out += name2->substr(0, name2_len);
  }
  if (!label.empty()) {
    out += '_';
    out += label;
  }
  return out;
}

std::string name_addition(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += '_';
    out += n.substr(0, kNameDataLen - 1);
    if (out.size() >= kNameDataLen) break;
  }
  return out;
}

std::vector<std::string> number_duplicates(const std::vector<std::string>& preliminary) {
  std::vector<std::string> out;
  for (const auto& orig : preliminary) {
    std::string cur = orig;
    for (int i = 1; std::find(out.begin(), out.end(), cur) != out.end(); ++i) {
      std::string suffix = std::to_string(i);
      cur = orig.substr(0, clip_length(orig, kNameDataLen - 1 - suffix.size())) + suffix;
    }
    out.push_back(cur);
  }
  return out;
}

}  // namespace schemaplan::pg_names
