// The parties of meetings, talks and agreements (meeting.cc): who met is
// the person a title names, not the title's state.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/events_test_util.h"

namespace rasd {
namespace {

using testing::Case;
using testing::Code;
using testing::ExpectCases;

TEST(MeetingTest, PersonAfterTitle) {
  const Case rows[] = {
      // A nisba, then the name set off by commas.
      {"التقى الرئيس الفرنسي إيمانويل ماكرون أمس في باريس مع الرئيس "
       "الروسي، فلاديمير بوتين، لبحث الأزمة.",
       {"CONSULT/meet emmanuel-macron,vladimir-putin ->  asserted"}},
      // A genitive state, then the name.
      {"أجرى وزير الخارجية الأمريكي مايك بومبيو محادثات مع رئيس وزراء "
       "إسرائيل، بنيامين نتنياهو، في القدس.",
       {"CONSULT/meet mike-pompeo,benjamin-netanyahu ->  asserted"}},
      // His counterpart and a nisba, then the name.
      {"بحث وزير الخارجية التركي مولود جاويش أوغلو مع نظيره الإيراني محمد "
       "جواد ظريف العلاقات الثنائية.",
       {"CONSULT/meet mevlut-cavusoglu,mohammad-javad-zarif ->  asserted"}},
      // No title: a state, a comma and a new clause's subject.
      {"اتفقت تركيا مع روسيا، وقال أردوغان إن الاتفاق مهم.",
       {"AGREE turkey,russia ->  asserted"}},
      // A spokesman speaks for his ministry; he met nobody.
      {"أجرى لافروف محادثات مع الحكومة السورية، كما قال الناطق باسم "
       "الخارجية الروسية ماريا زاخاروفا.",
       {"CONSULT/meet sergey-lavrov,syrian-government ->  asserted"}},
  };
  ExpectCases(rows);
}

TEST(MeetingTest, NewsOutletIsNoParty) {
  const Case rows[] = {
      // An interview: the outlet met nobody.
      {"وقال وزير الخارجية الروسي سيرغي لافروف في لقاء مع بي بي سي إن "
       "الحوار ممكن.",
       {}},
      {"وأوضح الرئيس التركي رجب طيب أردوغان، في اتصال هاتفي مع وكالة "
       "رويترز، أن بلاده ستواصل العمل.",
       {}},
      // The outlet only reports the meeting.
      {"التقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان "
       "في سوتشي، حسبما ذكرت وكالة رويترز.",
       {"CONSULT/meet vladimir-putin,recep-tayyip-erdogan ->  asserted"}},
  };
  ExpectCases(rows);
}

TEST(MeetingTest, TownIsNoParty) {
  const Case rows[] = {
      // Towns talks are about are not their parties; nor, since round
      // 14e, is anything بشأن (about) governs, a capital included: the
      // talks name one side only.
      {"وأجرى المبعوث الأممي غسان سلامة محادثات بشأن طرابلس وبنغازي.", {}},
      // A capital met with stands for its state, as everywhere.
      {"وأجرى المبعوث الأممي غسان سلامة محادثات مع طرابلس بشأن بنغازي.",
       {"CONSULT/meet ghassan-salame,libya ->  asserted"}},
      // A state the knowledge base lists without a nisba stays a party.
      {"ووقعت فرنسا اتفاقا مع لوكسمبورغ بشأن المهاجرين.",
       {"AGREE france,luxembourg ->  asserted"}},
  };
  ExpectCases(rows);
}

TEST(MeetingTest, TwoSidesNamedByNisbas) {
  // "The two sides" named at once by two nisbas are those two states,
  // not the last two parties named before (here: none).
  EXPECT_EQ(Code("وكان من المتوقع أن يتفق الطرفان الأمريكي والبريطاني على "
                 "موعد الإعلان."),
            std::vector<std::string>{
                "AGREE united-states,united-kingdom ->  asserted"});
}

}  // namespace
}  // namespace rasd
