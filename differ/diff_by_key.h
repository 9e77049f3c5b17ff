#pragma once
/// The differ's one generic walk over two keyed lists, shared by every object kind's diff (differ.cpp,
/// diff_view.cpp, diff_types.cpp, diff_routines.cpp, diff_security.cpp). Internal to differ/.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "differ/change.h"

namespace schemaplan::differ_detail {

/// Adds `name` to `fields` when the two values differ.
template <class T>
void field(std::vector<std::string>& fields, const std::string& name, const T& a, const T& b) {
  if (!(a == b)) fields.push_back(name);
}

/// pg-schema-diff's diff_by_key: objects only in `from` are dropped, only in `to` created, in both compared
/// by `on_both`. Output order follows the keys.
template <class T, class KeyFn, class CreateFn, class DropFn, class BothFn>
void diff_by_key(const std::vector<T>& from, const std::vector<T>& to, KeyFn key, CreateFn on_create,
                 DropFn on_drop, BothFn on_both) {
  using K = decltype(key(from.front()));
  std::map<K, const T*> a, b;
  for (const auto& x : from) a.emplace(key(x), &x);
  for (const auto& x : to) b.emplace(key(x), &x);
  for (const auto& [k, x] : a) {
    auto it = b.find(k);
    if (it == b.end()) on_drop(*x);
    else on_both(*x, *it->second);
  }
  for (const auto& [k, x] : b)
    if (!a.count(k)) on_create(*x);
}

/// diff_by_key over objects keyed by their id(), appending to `out`: `compare(a, b, fields)` fills the names
/// of the fields that differ and answers whether the change can be made in place (Alter) or needs the object
/// dropped and created again (Recreate). Fields are sorted, as every Change's are.
template <class T, class Compare>
void diff_objects(const std::vector<T>& from, const std::vector<T>& to, std::vector<Change>& out, Compare compare) {
  diff_by_key(
      from, to, [](const T& x) { return x.id(); },
      [&](const T& x) { out.push_back(Change{ChangeKind::Create, x.id(), {}, x, {}, ""}); },
      [&](const T& x) { out.push_back(Change{ChangeKind::Drop, x.id(), x, {}, {}, ""}); },
      [&](const T& x, const T& y) {
        std::vector<std::string> fields;
        bool in_place = compare(x, y, fields);
        if (fields.empty()) return;
        std::sort(fields.begin(), fields.end());
        out.push_back(Change{in_place ? ChangeKind::Alter : ChangeKind::Recreate, x.id(), x, y, std::move(fields), ""});
      });
}

}  // namespace schemaplan::differ_detail
