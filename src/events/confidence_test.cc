// The confidence model: its table, its features and its score.
#include "events/confidence.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <string>

namespace rasd::events {
namespace {

std::string Table(const std::string& name, const std::string& rows) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path) << "# a test table\nfeature\tweight\n" << rows;
  return path;
}

TEST(ConfidenceTest, SumsTheWeightsOfTheFeatures) {
  auto m = ConfidenceModel::Load(Table(
      "conf_ok.tsv",
      "bias\t-1\ntype=ASSAULT\t-2\ntype=other\t1\nhow=verb: subject\t0.5\n"
      "how=verb: subject before\t2\nhow=other\t-0.5\nactor=kb\t1\n"
      "recipient=none\t-1\nmodality=reported\t-0.25\n"));
  ASSERT_TRUE(m.ok()) << m.status().message();
  auto sigmoid = [](double z) { return 1 / (1 + std::exp(-z)); };
  // The longest listed prefix of the rule counts, once.
  EXPECT_NEAR(m->Score("REQUEST", "verb: subject before", "kb", "none",
                       Modality::kAsserted),
              sigmoid(-1 + 1 + 2 + 1 - 1), 1e-5);
  EXPECT_NEAR(m->Score("ASSAULT", "verb: subject after", "none", "kb",
                       Modality::kReported),
              sigmoid(-1 - 2 + 0.5 - 0.25), 1e-5);
  // A rule no row lists is `other`.
  EXPECT_NEAR(
      m->Score("ASSAULT", "noun: genitive", "none", "kb", Modality::kAsserted),
      sigmoid(-1 - 2 - 0.5), 1e-5);
}

TEST(ConfidenceTest, KindsOfActorKeys) {
  EXPECT_EQ(ConfidenceModel::KindOf(""), "none");
  EXPECT_EQ(ConfidenceModel::KindOf("agent-police"), "agent");
  EXPECT_EQ(ConfidenceModel::KindOf("x-فلان"), "x");
  EXPECT_EQ(ConfidenceModel::KindOf("russia"), "kb");
}

TEST(ConfidenceTest, BadWeightNamesFileAndLine) {
  auto m =
      ConfidenceModel::Load(Table("conf_bad.tsv", "bias\t0.1\ntype=AID\tx\n"));
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("conf_bad.tsv:4"), std::string::npos)
      << m.status().message();
}

}  // namespace
}  // namespace rasd::events
