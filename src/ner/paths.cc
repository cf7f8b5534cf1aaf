#include "ner/paths.h"

#include <cstdlib>

namespace rasd {
namespace {

std::string Or(const std::string& given, const char* env, const char* dflt) {
  if (!given.empty()) return given;
  const char* e = std::getenv(env);
  return e && *e ? e : dflt;
}

}  // namespace

std::string NerModelDir(const std::string& given) {
  return Or(given, "RASD_MODEL_DIR", RASD_MODEL_DIR);
}
std::string NerDataDir(const std::string& given) {
  return Or(given, "RASD_DATA_DIR", RASD_DATA_DIR);
}

Result<std::unique_ptr<NameTagger>> LoadNameTagger(
    const std::string& model_dir, const std::string& data_dir) {
  const std::string m = NerModelDir(model_dir);
  return NameTagger::Load(m + "/ner.bin",
                          NerDataDir(data_dir) + "/ner/triggers.tsv",
                          m + "/clusters.bin", m + "/gazetteer.bin");
}

}  // namespace rasd
