#include "kb/record_codec.h"

namespace factlens {

void PutVarint(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

bool GetVarint(std::string_view* in, uint64_t* v) {
  uint64_t result = 0;
  for (int shift = 0; shift <= 63 && !in->empty(); shift += 7) {
    const uint8_t byte = static_cast<uint8_t>(in->front());
    in->remove_prefix(1);
    result |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) {
      *v = result;
      return true;
    }
  }
  return false;
}

namespace {

enum QualifierBits : uint8_t { kStart = 1, kEnd = 2, kPoint = 4, kReplaces = 8, kReplacedBy = 16 };

void PutString(std::string* out, std::string_view s) {
  PutVarint(out, s.size());
  out->append(s);
}

void PutDate(std::string* out, const Date& d) {
  const int64_t y = d.year;
  PutVarint(out, static_cast<uint64_t>((y << 1) ^ (y >> 63)));  // zigzag: years may be negative
  out->push_back(static_cast<char>(d.month));
  out->push_back(static_cast<char>(d.day));
  out->push_back(static_cast<char>(d.precision));
}

void PutStatement(std::string* out, const Statement& s) {
  PutVarint(out, s.property);
  out->push_back(static_cast<char>(s.rank));
  out->push_back(static_cast<char>(s.kind));
  if (s.kind == ValueKind::kTime) PutDate(out, s.time);
  else PutString(out, s.item);
  uint8_t mask = 0;
  if (s.start.known()) mask |= kStart;
  if (s.end.known()) mask |= kEnd;
  if (s.point.known()) mask |= kPoint;
  if (!s.replaces.empty()) mask |= kReplaces;
  if (!s.replaced_by.empty()) mask |= kReplacedBy;
  out->push_back(static_cast<char>(mask));
  if (mask & kStart) PutDate(out, s.start);
  if (mask & kEnd) PutDate(out, s.end);
  if (mask & kPoint) PutDate(out, s.point);
  if (mask & kReplaces) PutString(out, s.replaces);
  if (mask & kReplacedBy) PutString(out, s.replaced_by);
  PutString(out, s.statement_id);
  PutString(out, s.source);
}

// Bounds-checked reading of an untrusted record; the first failure sticks.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  uint64_t Varint() {
    uint64_t v = 0;
    if (ok_ && !GetVarint(&in_, &v)) ok_ = false;
    return ok_ ? v : 0;
  }
  uint8_t Byte() {
    if (!ok_ || in_.empty()) { ok_ = false; return 0; }
    const uint8_t b = static_cast<uint8_t>(in_.front());
    in_.remove_prefix(1);
    return b;
  }
  std::string_view Bytes() {
    const uint64_t n = Varint();
    if (!ok_ || n > in_.size()) { ok_ = false; return {}; }
    std::string_view s = in_.substr(0, n);
    in_.remove_prefix(n);
    return s;
  }
  Date ReadDate() {
    Date d;
    const uint64_t z = Varint();
    d.year = static_cast<int32_t>(static_cast<int64_t>(z >> 1) ^ -static_cast<int64_t>(z & 1));
    d.month = Byte();
    d.day = Byte();
    const uint8_t p = Byte();
    if (p != 0 && p != 9 && p != 10 && p != 11) ok_ = false;
    if (d.month > 12 || d.day > 31) ok_ = false;
    d.precision = static_cast<Precision>(p);
    return d;
  }
  void Fail() { ok_ = false; }

 private:
  std::string_view in_;
  bool ok_ = true;
};

void ReadStatement(Reader& r, Statement* s) {
  s->property = static_cast<uint32_t>(r.Varint());
  const uint8_t rank = r.Byte();
  const uint8_t kind = r.Byte();
  if (rank > 2 || kind > 2) r.Fail();
  s->rank = static_cast<Rank>(rank);
  s->kind = static_cast<ValueKind>(kind);
  if (s->kind == ValueKind::kTime) s->time = r.ReadDate();
  else s->item = r.Bytes();
  const uint8_t mask = r.Byte();
  if (mask & kStart) s->start = r.ReadDate();
  if (mask & kEnd) s->end = r.ReadDate();
  if (mask & kPoint) s->point = r.ReadDate();
  if (mask & kReplaces) s->replaces = r.Bytes();
  if (mask & kReplacedBy) s->replaced_by = r.Bytes();
  s->statement_id = r.Bytes();
  s->source = r.Bytes();
}

}  // namespace

void EncodeEntity(const Entity& e, std::string* out) {
  std::string body;
  PutString(&body, e.id);
  PutString(&body, e.label);
  PutString(&body, e.description);
  PutVarint(&body, e.prominence);
  PutVarint(&body, e.aliases.size());
  for (const auto& a : e.aliases) PutString(&body, a);
  PutVarint(&body, e.statements.size());
  for (const auto& s : e.statements) PutStatement(&body, s);
  PutVarint(out, body.size());
  out->append(body);
}

static Status BodyOf(std::string_view data, std::string_view* body, size_t* record_size) {
  std::string_view in = data;
  uint64_t len = 0;
  if (!GetVarint(&in, &len) || len > in.size()) return Status::Corruption("entity record overruns its section");
  *body = in.substr(0, len);
  if (record_size) *record_size = (data.size() - in.size()) + len;
  return Status::Ok();
}

Status DecodeEntityId(std::string_view data, std::string_view* id) {
  std::string_view body;
  if (Status s = BodyOf(data, &body, nullptr); !s.ok()) return s;
  Reader r(body);
  *id = r.Bytes();
  return r.ok() ? Status::Ok() : Status::Corruption("entity record has an invalid id field");
}

Status DecodeEntity(std::string_view data, Entity* e, size_t* record_size) {
  std::string_view body;
  if (Status s = BodyOf(data, &body, record_size); !s.ok()) return s;
  Reader r(body);
  e->id = r.Bytes();
  e->label = r.Bytes();
  e->description = r.Bytes();
  e->prominence = static_cast<uint32_t>(r.Varint());
  const uint64_t n_aliases = r.Varint();
  if (n_aliases > body.size()) r.Fail();
  e->aliases.clear();
  for (uint64_t i = 0; r.ok() && i < n_aliases; ++i) e->aliases.emplace_back(r.Bytes());
  const uint64_t n_statements = r.Varint();
  if (n_statements > body.size()) r.Fail();
  e->statements.clear();
  for (uint64_t i = 0; r.ok() && i < n_statements; ++i) {
    e->statements.emplace_back();
    ReadStatement(r, &e->statements.back());
  }
  return r.ok() ? Status::Ok() : Status::Corruption("entity record is malformed");
}

}  // namespace factlens
