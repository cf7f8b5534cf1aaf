#include "events/confidence.h"

#include <cmath>
#include <cstdlib>

#include "util/tsv.h"

namespace rasd {
namespace events {

Result<ConfidenceModel> ConfidenceModel::Load(const std::string& path) {
  auto rows = ReadTsvTable(path, "feature\tweight");
  if (!rows.ok()) return rows.status();
  ConfidenceModel m;
  for (const TsvRow& r : *rows) {
    const std::string& name = r.cells[0];
    char* end = nullptr;
    const float w = std::strtof(r.cells[1].c_str(), &end);
    if (r.cells[1].empty() || *end != '\0' || !std::isfinite(w))
      return Status::BadInput(path + ":" + std::to_string(r.line) +
                              ": weight is not a number");
    m.weights_[name] = w;
    if (name.starts_with("how=") && name != "how=other")
      m.hows_.push_back(name.substr(4));
  }
  return m;
}

std::string_view ConfidenceModel::KindOf(std::string_view key) {
  if (key.empty()) return "none";
  if (key.starts_with("agent-")) return "agent";
  if (key.starts_with("x-")) return "x";
  return "kb";
}

float ConfidenceModel::Weight(const std::string& feature) const {
  const auto it = weights_.find(feature);
  return it == weights_.end() ? 0.f : it->second;
}

float ConfidenceModel::Score(std::string_view type, std::string_view how,
                             std::string_view actor_kind,
                             std::string_view recipient_kind,
                             Modality modality) const {
  float z = Weight("bias");
  const std::string t = "type=" + std::string(type);
  z += weights_.count(t) ? Weight(t) : Weight("type=other");
  std::string_view best;
  for (const std::string& h : hows_)
    if (how.starts_with(h) && h.size() > best.size()) best = h;
  z += Weight(best.empty() ? "how=other" : "how=" + std::string(best));
  z += Weight("actor=" + std::string(actor_kind));
  z += Weight("recipient=" + std::string(recipient_kind));
  z += Weight(modality == Modality::kAsserted   ? "modality=asserted"
              : modality == Modality::kReported ? "modality=reported"
                                                : "modality=other");
  return 1.f / (1.f + std::exp(-z));
}

}  // namespace events
}  // namespace rasd
