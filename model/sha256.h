#pragma once
/// SHA-256 of a text, for the fingerprints and plan ids of plan.json (OpenSSL's libcrypto, which libpq already
/// brings along: no hand-written hash).
#include <string>
#include <string_view>

namespace schemaplan {

/// Lower-case hex digest (64 characters).
std::string sha256_hex(std::string_view text);

}  // namespace schemaplan
