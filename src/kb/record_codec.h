// Entity records as stored in the knowledge base file (doc/kb-format.md, "Entity records").
#pragma once

#include <string>
#include <string_view>

#include "kb/entity.h"
#include "util/status.h"

namespace factlens {

// Appends the record for `e` (a length-prefixed payload) to `out`.
void EncodeEntity(const Entity& e, std::string* out);

// Decodes the record at `data` (which may run past the record). Any overrun or invalid field
// is Corruption: the file is untrusted input. `*record_size` receives the bytes consumed.
Status DecodeEntity(std::string_view data, Entity* e, size_t* record_size);

// Only the id of the record at `data`, without decoding the rest (for binary search).
Status DecodeEntityId(std::string_view data, std::string_view* id);

void PutVarint(std::string* out, uint64_t v);
// Reads a varint from *in, advancing it; false on overrun or overlong encoding.
bool GetVarint(std::string_view* in, uint64_t* v);

}  // namespace factlens
