#pragma once
/// Membership for the C++ tests: `has(deps, {ObjectKind::Table, "public", "t", "", ""})` (std::ranges::contains
/// is C++23). The value is the range's own element type, so a braced initialiser names it.
#include <algorithm>
#include <iterator>

namespace schemaplan::test_support {

template <class Range>
bool has(const Range& range, const typename Range::value_type& value) {
  return std::find(std::begin(range), std::end(range), value) != std::end(range);
}

}  // namespace schemaplan::test_support
