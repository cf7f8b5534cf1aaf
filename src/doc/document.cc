#include "rasd/document.h"

#include <xxhash.h>

#include <cstdio>

#include "rasd/status.h"

namespace rasd {

std::string_view EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPer:
      return "PER";
    case EntityType::kOrg:
      return "ORG";
    case EntityType::kGpe:
      return "GPE";
    case EntityType::kLoc:
      return "LOC";
    case EntityType::kFac:
      return "FAC";
    case EntityType::kMisc:
      return "MISC";
  }
  return "MISC";
}

std::string_view ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted:
      return "asserted";
    case Modality::kNegated:
      return "negated";
    case Modality::kFuture:
      return "future";
    case Modality::kHypothetical:
      return "hypothetical";
    case Modality::kReported:
      return "reported";
  }
  return "asserted";
}

std::string TextId(std::string_view text) {
  char buf[17];
  std::snprintf(
      buf, sizeof buf, "%016llx",
      static_cast<unsigned long long>(XXH3_64bits(text.data(), text.size())));
  return buf;
}

std::string ContentKey(std::string_view text) {
  XXH128_hash_t h = XXH3_128bits(text.data(), text.size());
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx",
                static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return buf;
}

std::string Status::ToString() const {
  const char* name = "ok";
  switch (code_) {
    case StatusCode::kOk:
      return "ok";
    case StatusCode::kInvalidArgument:
      name = "invalid argument";
      break;
    case StatusCode::kBadInput:
      name = "bad input";
      break;
    case StatusCode::kNotFound:
      name = "not found";
      break;
    case StatusCode::kIoError:
      name = "I/O error";
      break;
    case StatusCode::kCorruption:
      name = "corruption";
      break;
    case StatusCode::kInternal:
      name = "internal error";
      break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace rasd
