#include "ner/tags.h"

#include <fstream>

namespace rasd {
namespace {

constexpr std::string_view kTypeNames[kNumEntityTypes] = {"PER", "ORG", "GPE",
                                                          "LOC", "FAC", "MISC"};

bool ParseType(std::string_view name, EntityType* t) {
  for (int i = 0; i < kNumEntityTypes; ++i) {
    if (kTypeNames[i] == name) {
      *t = static_cast<EntityType>(i);
      return true;
    }
  }
  return false;
}

}  // namespace

Result<Tagset> ParseTagset(std::string_view name) {
  if (name == "native") return Tagset::kNative;
  if (name == "anercorp") return Tagset::kAnercorp;
  return Status::InvalidArgument("unknown tagset '" + std::string(name) +
                                 "' (native or anercorp)");
}

std::string TagName(uint8_t tag, Tagset tagset) {
  if (tag == kTagO || tag >= kNumTags) return "O";
  const EntityType t = TagType(tag);
  std::string out = IsBegin(tag) ? "B-" : "I-";
  if (tagset == Tagset::kAnercorp) {
    switch (t) {
      case EntityType::kPer:
        return out + "PERS";
      case EntityType::kGpe:
      case EntityType::kFac:
        return out + "LOC";
      default:
        break;
    }
  }
  return out.append(kTypeNames[static_cast<int>(t)]);
}

bool ParseNativeTag(std::string_view name, uint8_t* tag) {
  if (name == "O") {
    *tag = kTagO;
    return true;
  }
  if (name.size() < 3 || name[1] != '-' || (name[0] != 'B' && name[0] != 'I'))
    return false;
  EntityType t;
  if (!ParseType(name.substr(2), &t)) return false;
  *tag = name[0] == 'B' ? BeginTag(t) : InsideTag(t);
  return true;
}

Result<TagMap> TagMap::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open the tag map");
  TagMap map;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    const size_t a = line.find('\t');
    const size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
    if (b == std::string::npos) {
      return Status::BadInput(path + ":" + std::to_string(n) +
                              ": expected corpus<TAB>label<TAB>native");
    }
    const std::string_view native = std::string_view(line).substr(b + 1);
    Target t;
    if (native == "O") {
      t.kind = kNone;
    } else if (native == "PLACE") {
      t.kind = kPlace;
    } else if (ParseType(native, &t.type)) {
      t.kind = kType;
    } else {
      return Status::BadInput(path + ":" + std::to_string(n) +
                              ": unknown native type '" + std::string(native) +
                              "'");
    }
    map.map_[line.substr(0, b)] = t;
  }
  return map;
}

TagMap::Target TagMap::Find(std::string_view corpus,
                            std::string_view label) const {
  std::string key(corpus);
  key.push_back('\t');
  key.append(label);
  auto it = map_.find(key);
  return it == map_.end() ? Target{} : it->second;
}

}  // namespace rasd
