#include "model/utf8.h"

#include <doctest/doctest.h>

#include <string>

using namespace schemaplan;

TEST_CASE("first_bad_utf8: well-formed text passes, the first bad byte is found") {
  constexpr size_t ok = std::string_view::npos;
  CHECK(first_bad_utf8("") == ok);
  CHECK(first_bad_utf8("create table t (a int);") == ok);
  CHECK(first_bad_utf8("comment on table t is 'caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x90\x98';") == ok);
  CHECK(first_bad_utf8("caf\xE9 au lait") == 3);                 // Latin-1 e-acute
  CHECK(first_bad_utf8("ab\xC3") == 2);                          // truncated at the end
  CHECK(first_bad_utf8("ab\xC3(") == 2);                         // continuation byte missing
  CHECK(first_bad_utf8("\xC0\xAF") == 0);                        // overlong '/'
  CHECK(first_bad_utf8("x\xE0\x80\xAF") == 1);                   // overlong, three bytes
  CHECK(first_bad_utf8("xy\xED\xA0\x80") == 2);                  // a UTF-16 surrogate
  CHECK(first_bad_utf8("\xF4\x90\x80\x80") == 0);                // past U+10FFFF
  CHECK(first_bad_utf8("\xF4\x8F\xBF\xBF") == ok);               // U+10FFFF itself
  CHECK(first_bad_utf8("a\x80") == 1);                           // a lone continuation byte
  CHECK(first_bad_utf8(std::string("ab\0c", 4)) == 2);           // NUL: PostgreSQL refuses it in any text
}

TEST_CASE("utf8_sequence_length") {
  CHECK(utf8_sequence_length("a", 0) == 1);
  CHECK(utf8_sequence_length("\xC3\xA9", 0) == 2);
  CHECK(utf8_sequence_length("\xE2\x82\xAC", 0) == 3);
  CHECK(utf8_sequence_length("\xF0\x9F\x90\x98", 0) == 4);
  CHECK(utf8_sequence_length("\xF0\x9F\x90", 0) == 0);
  CHECK(utf8_sequence_length("a", 1) == 0);  // past the end
}
