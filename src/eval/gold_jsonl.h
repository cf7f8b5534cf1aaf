// Hand-written gold files in JSON Lines (data/demo/gold/*.jsonl) and the
// corpora they refer to: one JSON object per non-empty line.
#ifndef RASD_EVAL_GOLD_JSONL_H_
#define RASD_EVAL_GOLD_JSONL_H_

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "rasd/pipeline.h"
#include "rasd/status.h"

namespace rasd {

// The objects of `path`, each with its line number under "__line". A line
// that is not a JSON object is an error naming path:line.
Result<std::vector<nlohmann::json>> ReadJsonl(const std::string& path);

// j[key] if it is a string, else "".
std::string JsonStr(const nlohmann::json& j, const char* key);

// One gold object and its document, analysed: `where` is gold_path:line
// for error messages, `id` the document's id.
using GoldVisitor =
    std::function<Status(const nlohmann::json& gold, const std::string& where,
                         const std::string& id, const Document& doc)>;

// Reads the gold file and the corpus (JSONL with id, text, published),
// runs the pipeline on the document of each gold object and calls `visit`;
// stops at the first error (a gold id not in the corpus is one).
Status ForEachGoldDocument(const Pipeline& pipeline,
                           const std::string& gold_path,
                           const std::string& corpus_path,
                           const GoldVisitor& visit);

}  // namespace rasd

#endif  // RASD_EVAL_GOLD_JSONL_H_
