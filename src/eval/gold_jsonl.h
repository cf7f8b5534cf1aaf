// Hand-written gold files in JSON Lines (data/demo/gold/*.jsonl) and the
// corpora they refer to: one JSON object per non-empty line.
#ifndef RASD_EVAL_GOLD_JSONL_H_
#define RASD_EVAL_GOLD_JSONL_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "rasd/status.h"

namespace rasd {

// The objects of `path`, each with its line number under "__line". A line
// that is not a JSON object is an error naming path:line.
Result<std::vector<nlohmann::json>> ReadJsonl(const std::string& path);

// j[key] if it is a string, else "".
std::string JsonStr(const nlohmann::json& j, const char* key);

}  // namespace rasd

#endif  // RASD_EVAL_GOLD_JSONL_H_
