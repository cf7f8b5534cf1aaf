// The topic subject of a verb with no written subject: the agreement of a
// named party, the choice among the parties before, and sentences written
// for these tests run through the whole pipeline.
#include "events/topic_subject.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/events_test_util.h"
#include "rasd/pipeline.h"

namespace rasd::events {
namespace {

TEST(PartyGenderTest, PersonsStatesAndBodies) {
  EXPECT_EQ(PartyGender(EntityType::kPer, "لافروف", false, "", false), kHe);
  EXPECT_EQ(PartyGender(EntityType::kPer, "الوزيرة", true, "بارلي", false),
            kShe);
  EXPECT_EQ(PartyGender(EntityType::kGpe, "روسيا", false, "", false), kShe);
  // A country named with the article and no feminine ending: either.
  EXPECT_EQ(PartyGender(EntityType::kGpe, "العراق", true, "", false),
            kHe | kShe);
  EXPECT_EQ(PartyGender(EntityType::kOrg, "الحكومة", true, "الليبية", true),
            kShe);
  EXPECT_EQ(PartyGender(EntityType::kOrg, "الأمم", true, "المتحدة", true),
            kShe);
  EXPECT_EQ(PartyGender(EntityType::kOrg, "المجلس", true, "الرئاسي", true),
            kHe);
  // A genitive does not make the head feminine: مجلس الأمن، حزب العدالة.
  EXPECT_EQ(PartyGender(EntityType::kOrg, "حزب", false, "العدالة", true),
            kHe | kShe);
  EXPECT_EQ(PartyGender(EntityType::kOrg, "حماس", false, "", false),
            kHe | kShe);
  EXPECT_EQ(PartyGender(EntityType::kMisc, "شيء", false, "", false), 0);
}

// Parties nearest first: sentence, paragraph, actor, gender, topic.
Party P(uint32_t s, uint32_t par, int32_t actor, uint8_t g, bool topic) {
  Party p;
  p.sentence = s;
  p.paragraph = par;
  p.actor = actor;
  p.gender = g;
  p.topic = topic;
  return p;
}

TEST(PickTopicTest, NearestAgreeingTopic) {
  // A state (not a topic) and a man who is a topic, both a sentence back:
  // a verb saying "he" takes the man, one saying "she" nobody.
  const std::vector<Party> before = {P(4, 0, 7, kShe, false),
                                     P(4, 0, 3, kHe, true)};
  EXPECT_EQ(PickTopic(before, kHe, 5, 0, 3), 1);
  EXPECT_EQ(PickTopic(before, kShe, 5, 0, 3), -1);
}

TEST(PickTopicTest, ObjectInTheTopicsSentenceDoesNotBlock) {
  // استقبل الرئيس ضيفه … . وبحث معه: the guest (he, no topic) stands in the
  // host's own sentence.
  const std::vector<Party> before = {P(4, 0, 9, kHe, false),
                                     P(4, 0, 2, kHe, true)};
  EXPECT_EQ(PickTopic(before, kHe, 5, 0, 3), 1);
}

TEST(PickTopicTest, AnotherPartyInALaterSentenceBlocks) {
  const std::vector<Party> before = {P(5, 0, 9, kHe, false),
                                     P(4, 0, 2, kHe, true)};
  EXPECT_EQ(PickTopic(before, kHe, 6, 0, 3), -1);
  // The same party named again is no other.
  const std::vector<Party> again = {P(5, 0, 2, kHe, false),
                                    P(4, 0, 2, kHe, true)};
  EXPECT_EQ(PickTopic(again, kHe, 6, 0, 3), 1);
}

TEST(PickTopicTest, StopsAtParagraphAndDistance) {
  const std::vector<Party> before = {P(4, 1, 2, kHe, true)};
  EXPECT_EQ(PickTopic(before, kHe, 5, 2, 3), -1);  // another paragraph
  EXPECT_EQ(PickTopic(before, kHe, 5, 1, 3), 0);
  EXPECT_EQ(PickTopic(before, kHe, 8, 1, 3), -1);  // four sentences back
}

// The events as "TYPE actors -> recipients".
std::vector<std::string> Code(const std::string& text) {
  const Document doc = testing::Analyze(text);
  std::vector<std::string> out;
  for (const Event& e : doc.events) {
    std::string line = e.type;
    line.append(" ").append(testing::Keys(doc, e.actor)).append(" -> ");
    line.append(testing::Keys(doc, e.recipient));
    out.push_back(line);
  }
  return out;
}

bool Has(const std::vector<std::string>& events, const std::string& want) {
  for (const std::string& e : events)
    if (e == want) return true;
  return false;
}

TEST(TopicSubjectPipelineTest, SubjectOfTheSentenceBefore) {
  // A call with no subject after its verb: the host of the sentence
  // before, not his guest, the man named nearest (the old fallback).
  const auto ev = Code(
      "استقبل وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش "
      "أوغلو في موسكو. ودعا إلى وقف فوري لإطلاق النار في المدينة.");
  EXPECT_TRUE(Has(ev, "REQUEST sergey-lavrov -> "))
      << ::testing::PrintToString(ev);
  EXPECT_FALSE(Has(ev, "REQUEST mevlut-cavusoglu -> "));
}

TEST(TopicSubjectPipelineTest, NoTopicForAnArrest) {
  // وألقي القبض: told in the passive, the doer unnamed.
  const auto ev = Code(
      "قال وزير الداخلية التركي سليمان صويلو إن التحقيق مستمر. وألقي القبض "
      "على الرجل في إسطنبول.");
  for (const std::string& e : ev) EXPECT_NE(e.rfind("COERCE", 0), 0u) << e;
}

TEST(TopicSubjectPipelineTest, ReporterOfAnyAct) {
  // The pronoun on the complementizer, the verb and the reporter agree.
  const auto ev =
      Code("قالت قطر إنها تبحث مع الولايات المتحدة توسيع القاعدة الجوية.");
  EXPECT_TRUE(Has(ev, "CONSULT qatar,united-states -> ") ||
              Has(ev, "CONSULT qatar -> united-states"))
      << ::testing::PrintToString(ev);
}

TEST(TopicSubjectPipelineTest, NoReporterWhenThePronounDisagrees) {
  // إنه with a verb saying "she": the pronoun is not the reporter.
  const auto ev = Code("قال لافروف إنه من المهم أن تبحث مصر مع تركيا الأزمة.");
  for (const std::string& e : ev)
    EXPECT_EQ(e.find("sergey-lavrov"), std::string::npos) << e;
}

}  // namespace
}  // namespace rasd::events
