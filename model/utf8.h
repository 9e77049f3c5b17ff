#pragma once
/// UTF-8 checks for text read from users' files. PostgreSQL (in a UTF8 database, the only encoding a schema file
/// is read in) rejects a statement holding a malformed sequence or a NUL byte, so schemaplan rejects the file
/// first, at the byte, instead of planning SQL the server will refuse.
#include <cstddef>
#include <string_view>

namespace schemaplan {

/// The byte offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629: no overlong
/// forms, no surrogates, nothing above U+10FFFF), or of the first NUL byte; npos when the whole text is fine.
size_t first_bad_utf8(std::string_view text);

/// The length of the well-formed sequence starting at `text[pos]`, or 0 when none starts there (or it is NUL).
size_t utf8_sequence_length(std::string_view text, size_t pos);

}  // namespace schemaplan
