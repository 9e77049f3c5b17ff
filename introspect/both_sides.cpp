#include "introspect/both_sides.h"

#include <exception>
#include <future>

namespace schemaplan::introspect {

std::pair<Catalog, Catalog> read_both_sides(const std::function<Catalog()>& from, const std::function<Catalog()>& to,
                                            bool concurrently) {
  if (!concurrently) {
    Catalog a = from();
    return {std::move(a), to()};
  }
  // std::launch::async: a thread now, never deferred until get() (which would run the sides one after the other).
  std::future<Catalog> first = std::async(std::launch::async, from);
  std::exception_ptr to_error;
  Catalog b;
  try {
    b = to();
  } catch (...) {
    to_error = std::current_exception();
  }
  // get() waits for `from` and rethrows its exception, which takes precedence over `to`'s.
  Catalog a = first.get();
  if (to_error) std::rethrow_exception(to_error);
  return {std::move(a), std::move(b)};
}

}  // namespace schemaplan::introspect
