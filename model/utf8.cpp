#include "model/utf8.h"

namespace schemaplan {

size_t utf8_sequence_length(std::string_view text, size_t pos) {
  auto byte = [&](size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
  unsigned c = byte(pos);
  if (pos >= text.size() || c == 0) return 0;
  if (c < 0x80) return 1;
  // The ranges of the second byte follow RFC 3629's table: they are what excludes overlong forms (E0, F0),
  // surrogates (ED) and code points past U+10FFFF (F4); C0, C1 and F5..FF never start a sequence.
  size_t len;
  unsigned lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (pos + len > text.size()) return 0;
  unsigned second = byte(pos + 1);
  if (second < lo || second > hi) return 0;
  for (size_t i = 2; i < len; ++i)
    if ((byte(pos + i) & 0xC0) != 0x80) return 0;
  return len;
}

size_t first_bad_utf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    // ASCII runs are most of any schema file: step over them a byte at a time without the table above.
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c != 0 && c < 0x80) {
      ++i;
      continue;
    }
    size_t n = utf8_sequence_length(text, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

}  // namespace schemaplan
