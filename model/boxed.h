#pragma once
/// Value types for the model's rarely set fields, kept behind one pointer so that the objects a large schema has
/// by the hundred thousand (columns, constraints, indexes) stay small when those fields are unset: eight bytes
/// each instead of the value's own size (80 for SequenceOptions, 40 for an optional string). Both copy deeply
/// and compare by value, so the structs holding them keep their defaulted operator== (docs/performance.md,
/// "Memory, fourth round").
#include <memory>
#include <stdexcept>
#include <type_traits>
#include <optional>
#include <utility>

namespace schemaplan {

namespace boxed_detail {
/// A copy of `p`'s value on the heap (nullptr for nullptr): what copying either box does.
template <class T>
std::unique_ptr<T> clone(const std::unique_ptr<T>& p) {
  return p ? std::make_unique<T>(*p) : nullptr;
}
}  // namespace boxed_detail

/// A `T` that is `T{}` for almost every object: nothing is allocated until the value is written. Reads see
/// `T{}` while nothing is stored; `mut()` gives a writable value (allocating it).
template <class T>
class Boxed {
 public:
  Boxed() = default;
  Boxed(const T& v) { assign(v); }  // NOLINT: implicit, as a plain T field would take it
  Boxed(const Boxed& o) : p_(boxed_detail::clone(o.p_)) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& o) {
    if (this != &o) p_ = boxed_detail::clone(o.p_);
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;
  Boxed& operator=(const T& v) {
    assign(v);
    return *this;
  }

  const T& get() const { return p_ ? *p_ : empty(); }
  const T& operator*() const { return get(); }
  const T* operator->() const { return &get(); }
  operator const T&() const { return get(); }  // NOLINT: reads pass it where a `const T&` is wanted
  /// The value, to change in place.
  T& mut() {
    if (!p_) p_ = std::make_unique<T>();
    return *p_;
  }

  bool operator==(const Boxed& o) const { return get() == o.get(); }
  bool operator==(const T& v) const { return get() == v; }

 private:
  // The value every unset box reads as: one immutable object, never written.
  static const T& empty() {
    static const T value{};
    return value;
  }
  void assign(const T& v) {
    if (v == empty())
      p_.reset();
    else if (p_)
      *p_ = v;
    else
      p_ = std::make_unique<T>(v);
  }
  std::unique_ptr<T> p_;
};

/// `std::optional<T>` in eight bytes while empty: the value lives on the heap when there is one. The interface is
/// the part of std::optional's the model's users need, so fields switch type without touching their readers.
template <class T>
class OptionalBox {
 public:
  OptionalBox() = default;
  OptionalBox(std::nullopt_t) {}                                   // NOLINT: implicit, as std::optional's
  OptionalBox(const T& v) : p_(std::make_unique<T>(v)) {}          // NOLINT
  OptionalBox(T&& v) : p_(std::make_unique<T>(std::move(v))) {}    // NOLINT
  OptionalBox(const std::optional<T>& v) : p_(v ? std::make_unique<T>(*v) : nullptr) {}  // NOLINT
  OptionalBox(std::optional<T>&& v) : p_(v ? std::make_unique<T>(std::move(*v)) : nullptr) {}  // NOLINT
  template <class U, class = std::enable_if_t<std::is_constructible_v<T, U&&> && !std::is_same_v<std::decay_t<U>, T> &&
                                              !std::is_same_v<std::decay_t<U>, OptionalBox> &&
                                              !std::is_same_v<std::decay_t<U>, std::optional<T>> &&
                                              !std::is_same_v<std::decay_t<U>, std::nullopt_t>>>
  OptionalBox(U&& v) : p_(std::make_unique<T>(std::forward<U>(v))) {}  // NOLINT: e.g. from a string literal
  OptionalBox(const OptionalBox& o) : p_(boxed_detail::clone(o.p_)) {}
  OptionalBox(OptionalBox&&) noexcept = default;
  OptionalBox& operator=(const OptionalBox& o) {
    if (this != &o) p_ = boxed_detail::clone(o.p_);
    return *this;
  }
  OptionalBox& operator=(OptionalBox&&) noexcept = default;

  bool has_value() const { return p_ != nullptr; }
  explicit operator bool() const { return has_value(); }
  const T& operator*() const { return *p_; }
  T& operator*() { return *p_; }
  const T* operator->() const { return p_.get(); }
  T* operator->() { return p_.get(); }
  const T& value() const {
    if (!p_) throw std::bad_optional_access();
    return *p_;
  }
  template <class U>
  T value_or(U&& fallback) const {
    return p_ ? *p_ : static_cast<T>(std::forward<U>(fallback));
  }
  void reset() { p_.reset(); }
  template <class... A>
  T& emplace(A&&... a) {
    p_ = std::make_unique<T>(std::forward<A>(a)...);
    return *p_;
  }
  /// The value as a std::optional (a copy), for code that takes one.
  operator std::optional<T>() const { return p_ ? std::optional<T>(*p_) : std::nullopt; }  // NOLINT

  bool operator==(const OptionalBox& o) const { return p_ ? o.p_ && *p_ == *o.p_ : !o.p_; }
  bool operator==(std::nullopt_t) const { return !p_; }
  bool operator==(const std::optional<T>& o) const { return p_ ? o && *p_ == *o : !o; }
  bool operator==(const T& v) const { return p_ && *p_ == v; }
  /// Against what compares with a T (a string literal): without it the three above would be ambiguous.
  template <class U, std::enable_if_t<std::is_convertible_v<const U&, T> && !std::is_same_v<U, T> &&
                                          !std::is_same_v<U, OptionalBox> && !std::is_same_v<U, std::optional<T>> &&
                                          !std::is_same_v<U, std::nullopt_t>,
                                      int> = 0>
  bool operator==(const U& v) const {
    return p_ && *p_ == v;
  }

 private:
  std::unique_ptr<T> p_;
};

}  // namespace schemaplan
