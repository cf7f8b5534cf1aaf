#include "eval/gold_jsonl.h"

#include <fstream>
#include <map>

namespace rasd {

Result<std::vector<nlohmann::json>> ReadJsonl(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::vector<nlohmann::json> out;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty()) continue;
    nlohmann::json j =
        nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object())
      return Status::BadInput(path + ":" + std::to_string(n) +
                              ": not a JSON object");
    j["__line"] = n;
    out.push_back(std::move(j));
  }
  return out;
}

std::string JsonStr(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

Status ForEachGoldDocument(const Pipeline& pipeline,
                           const std::string& gold_path,
                           const std::string& corpus_path,
                           const GoldVisitor& visit) {
  Result<std::vector<nlohmann::json>> gold = ReadJsonl(gold_path);
  if (!gold.ok()) return gold.status();
  Result<std::vector<nlohmann::json>> corpus = ReadJsonl(corpus_path);
  if (!corpus.ok()) return corpus.status();
  std::map<std::string, const nlohmann::json*> by_id;
  for (const nlohmann::json& d : *corpus) by_id[JsonStr(d, "id")] = &d;
  for (const nlohmann::json& g : *gold) {
    const std::string where =
        gold_path + ":" + std::to_string(g["__line"].get<int>());
    const std::string id = JsonStr(g, "id");
    auto it = by_id.find(id);
    if (it == by_id.end())
      return Status::BadInput(where + ": no document '" + id + "' in " +
                              corpus_path);
    Document doc;
    doc.text = JsonStr(*it->second, "text");
    doc.meta.published = JsonStr(*it->second, "published");
    doc.source = id;
    Status s = pipeline.Run(&doc);
    if (!s.ok()) return s;
    s = visit(g, where, id, doc);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace rasd
