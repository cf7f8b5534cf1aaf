// Golden tables for in-document actor resolution, on the fixture knowledge
// base (src/kb/testdata/) and the cues of data/actors/cues.tsv. A row may
// list names a tagger would have found (every occurrence of each becomes a
// PER mention), to test what happens with and without the "names" step.
#include "actors/resolve.h"

#include <gtest/gtest.h>

#include "kb/kb_test_util.h"

namespace rasd {
namespace {

using testing::FixtureKb;
using testing::WordLayer;
using testing::Words;

const Cues& RealCues() {
  static const Cues* cues = [] {
    const std::string dir = std::string(RASD_SOURCE_DIR) + "/data/actors/";
    auto r =
        Cues::Load({dir + "cues.tsv", dir + "given_names.tsv"}, WordLayer());
    if (!r.ok()) {
      ADD_FAILURE() << r.status().message();
      std::abort();
    }
    return std::move(r).value().release();
  }();
  return *cues;
}

Document Resolved(const std::string& text, const std::string& published,
                  const std::vector<std::string>& tagged) {
  Document d = Words(text, published);
  // Longer names first; an occurrence inside one already tagged is not a
  // mention of its own (a tagger gives flat spans).
  std::vector<std::string> names = tagged;
  std::stable_sort(names.begin(), names.end(),
                   [](const std::string& a, const std::string& b) {
                     return a.size() > b.size();
                   });
  for (const std::string& name : names) {
    for (size_t at = d.text.find(name); at != std::string::npos;
         at = d.text.find(name, at + name.size())) {
      bool inside = false;
      for (const Mention& m : d.mentions)
        inside |= m.span.begin <= at && at + name.size() <= m.span.end;
      if (inside) continue;
      d.mentions.push_back(
          {{static_cast<uint32_t>(at), static_cast<uint32_t>(at + name.size())},
           EntityType::kPer,
           -1});
    }
  }
  std::sort(d.mentions.begin(), d.mentions.end(),
            [](const Mention& a, const Mention& b) {
              return a.span.begin < b.span.begin;
            });
  ResolveActors(FixtureKb(), RealCues(), &d);
  return d;
}

// "mention text=actor key" for every mention, " | "-separated.
std::string Compact(const Document& d) {
  std::string out;
  for (const Mention& m : d.mentions) {
    if (!out.empty()) out += " | ";
    out += std::string(d.Text(m.span)) + "=" + d.actors[m.actor].key;
  }
  return out;
}

struct Row {
  const char* text;
  const char* published;
  std::vector<std::string> tagged;
  const char* mentions;
};

const Row kRows[] = {
    // Titles join the name; clitics stay out; surname and full name are one
    // actor; a nisba that only describes (الدعم الروسي) is no mention.
    {"قال المشير خليفة حفتر إن قواته تتقدم، وأضاف حفتر أن الدعم الروسي لحفتر "
     "مستمر.",
     "",
     {},
     "المشير خليفة حفتر=khalifa-haftar | حفتر=khalifa-haftar | "
     "حفتر=khalifa-haftar"},
    // A given name right before a tagged name is its first word; a model
    // cue (من طراز) makes the name a thing's; a title before the first
    // word of a longer name found in the document names that person.
    {"ويرى كامل عبدالله أن الحل بعيد، وقال سمير إن",
     "",
     {"عبدالله", "سمير"},
     "كامل عبدالله=x-كامل-عبدالله | سمير=x-سمير"},
    {"ورد على سمير الخطيب بأن",
     "",
     {"سمير الخطيب"},
     "سمير الخطيب=x-سمير-الخطيب"},
    // A listed name the segmenter splits (باسم → ب + اسم) marks no word.
    {"أطلقوا اسم سمير على الشارع.", "", {"سمير"}, "سمير=x-سمير"},
    {"اشترت الحكومة طائرات من طراز سوبرجت.", "", {"سوبرجت"}, ""},
    {"قال المشير خليفة حفتر إن قواته تتقدم، ثم عاد المشير خليفة إلى بنغازي.",
     "",
     {},
     "المشير خليفة حفتر=khalifa-haftar | المشير خليفة=khalifa-haftar | "
     "بنغازي=benghazi"},
    {"قال المشير خليفة إن قواته تتقدم.", "", {}, ""},
    // Without the same title before the full name, no mention is made.
    {"فاز سمير الخطيب بالجائزة، وحضر المشير سمير الحفل.",
     "",
     {"سمير الخطيب"},
     "سمير الخطيب=x-سمير-الخطيب"},
    // A seat acting is the state; a seat after a place cue is the city.
    {"أعلنت موسكو دعمها للجيش الوطني الليبي.",
     "",
     {},
     // The article's ل after the preposition ل stays with its host (UD).
     "موسكو=russia | لجيش الوطني الليبي=libyan-national-army"},
    {"وصل الوفد إلى موسكو ثم عقد لقاءات بموسكو وفي موسكو.",
     "",
     {},
     "موسكو=moscow | موسكو=moscow | موسكو=moscow"},
    {"رحب الكرملين بالاتفاق، وقال البيت الأبيض إنه يدرسه.",
     "",
     {},
     "الكرملين=russia | البيت الأبيض=usa"},
    {"تحسنت العلاقات بين موسكو والجزائر.", "", {}, "موسكو=russia"},
    // Nisba phrases with a head noun stand for the state.
    {"أكد الجانب الروسي أن السلطات الليبية طلبت المساعدة.",
     "",
     {},
     "الجانب الروسي=russia | السلطات الليبية=libya"},
    {"وأبلغ الوفد للحكومة الليبية موقفه.", "", {}, "لحكومة الليبية=libya"},
    // An office with its state's nisba and a name: the whole phrase, or
    // the name alone when a comma stands between.
    {"قال وزير الدفاع الروسي سيرجي شويغو إن",
     "",
     {},
     "وزير الدفاع الروسي سيرجي شويغو=sergey-shoigu"},
    {"قال وزير الدفاع الروسي، سيرجي شويغو، إن",
     "",
     {},
     "سيرجي شويغو=sergey-shoigu"},
    // The office alone: its holder on the document's date, if any.
    {"صرح وزير الخارجية الروسي بأن الحل سياسي.",
     "2017-02-20",
     {},
     "وزير الخارجية الروسي=sergey-lavrov"},
    {"صرح وزير الدفاع الروسي بأن الحل سياسي.",
     "2017-02-20",
     {},
     "وزير الدفاع الروسي=sergey-shoigu"},
    // No holder known on the date, or no date: the state's one seat with
    // its nisba is the state (not a deputy's, nor a former holder's).
    {"صرح وزير الدفاع الروسي بأن الحل سياسي.",
     "2025-03-01",
     {},
     "وزير الدفاع الروسي=russia"},
    {"صرح وزير الدفاع الروسي بأن الحل سياسي.",
     "",
     {},
     "وزير الدفاع الروسي=russia"},
    {"انتقد رئيس الحكومة الليبية الخطة.",
     "2020-01-01",
     {},
     "رئيس الحكومة الليبية=libya"},
    // ... unless the holder is named past a word or a place.
    {"حضر وزير الخارجية الروسي في ليبيا سيرغي لافروف الحفل.",
     "",
     {},
     "ليبيا=libya | سيرغي لافروف=sergey-lavrov"},
    {"حضر وزير الخارجية الروسي الجديد سيرغي لافروف الحفل.",
     "",
     {},
     "سيرغي لافروف=sergey-lavrov"},
    // An organisation's head, whatever the title that names him; the
    // title does not swallow the organisation's name.
    {"رفض رئيس حكومة الوفاق الوطني العرض.",
     "2017-02-20",
     {},
     "رئيس حكومة الوفاق الوطني=fayez-al-sarraj"},
    {"رفض قائد حكومة الوفاق الوطني العرض.",
     "2017-02-20",
     {},
     "قائد حكومة الوفاق الوطني=fayez-al-sarraj"},
    {"رفض رئيس حكومة الوفاق الوطني العرض.",
     "",
     {},
     "حكومة الوفاق الوطني=government-of-national-accord"},
    {"قال نائب وزير الخارجية الروسي إن الحوار مستمر.", "2017-02-20", {}, ""},
    {"قال وزير الدفاع الروسي السابق إن", "2017-02-20", {}, ""},
    {"قال قائد الجيش الوطني الليبي إن قواته جاهزة.",
     "2017-02-20",
     {},
     "قائد الجيش الوطني الليبي=khalifa-haftar"},
    {"زار رئيس الوزراء الروسي “فلاديمير بوتين” ليبيا.",
     "2008-06-01",
     {},
     "فلاديمير بوتين=vladimir-putin | ليبيا=libya"},
    // An office of a named state with nobody after it: the state stays.
    {"وقال وزير خارجية مالطا إن", "", {}, "مالطا=malta"},
    // Spelling variants the knowledge base lists.
    {"فاز ترمب، ثم قال ترامب إن",
     "",
     {},
     "ترمب=donald-trump | ترامب=donald-trump"},
    // People the knowledge base does not know, found by a tagger: title,
    // surname before and after the full name.
    {"قال المسماري إن العميد أحمد المسماري أكد ذلك، وأضاف المسماري.",
     "",
     {"أحمد المسماري", "المسماري"},
     "المسماري=x-احمد-المسماري | العميد أحمد المسماري=x-احمد-المسماري | "
     "المسماري=x-احمد-المسماري"},
    {"قال وزير خارجية مالطا جورج فيلا إن فيلا يعارض ذلك.",
     "",
     {"جورج فيلا", "فيلا"},
     "وزير خارجية مالطا جورج فيلا=x-جورج-فيلا | فيلا=x-جورج-فيلا"},
    // Spelling variants of unknown names merge; different names do not.
    {"التقى فيكتور كوزنيتسوف بالوفد، وقال كوزنيستوف إن كوزينتسوف",
     "",
     {"فيكتور كوزنيتسوف", "كوزنيستوف", "كوزينتسوف"},
     "فيكتور كوزنيتسوف=x-فيكتور-كوزنيتسوف | كوزنيستوف=x-فيكتور-كوزنيتسوف | "
     "كوزينتسوف=x-فيكتور-كوزنيتسوف"},
    {"حضر محمد صالح ومحمود صالح.",
     "",
     {"محمد صالح", "محمود صالح"},
     "محمد صالح=x-محمد-صالح | محمود صالح=x-محمود-صالح"},
    // A title before a first name: the person of that full name.
    {"التقى المشير خليفة حفتر الوفد، ثم قال المشير خليفة إن",
     "",
     {"خليفة"},
     "المشير خليفة حفتر=khalifa-haftar | المشير خليفة=khalifa-haftar"},
    // A tagger's mention spanning two known names is dropped for them.
    {"روسيا وليبيا", "", {"روسيا وليبيا"}, "روسيا=russia | ليبيا=libya"},
    // A family name the knowledge base lists as a short alias, with
    // other given names before it, is another person (زين الدين زيدان is
    // not علي زيدان); the entry's own given name, or a word of under four
    // letters the tagger took in (إن), leaves it the entry's.
    {"قال المدرب زين الدين زيدان إن",
     "",
     {"زين الدين زيدان"},
     "زين الدين زيدان=x-زين-الدين-زيدان"},
    {"قال علي زيدان إن", "", {"علي زيدان"}, "علي زيدان=ali-zeidan"},
    // The family name alone, where the other person is named in full and
    // the entry never is, is that person's.
    {"قال المدرب زين الدين زيدان إن الفريق جاهز، وأضاف زيدان أن",
     "",
     {"زين الدين زيدان"},
     "زين الدين زيدان=x-زين-الدين-زيدان | زيدان=x-زين-الدين-زيدان"},
    {"التقى علي زيدان زين الدين زيدان، وقال زيدان إن",
     "",
     {"علي زيدان", "زين الدين زيدان"},
     "علي زيدان=ali-zeidan | زين الدين زيدان=x-زين-الدين-زيدان | "
     "زيدان=ali-zeidan"},
    {"وقال إن زيدان قصد موسكو",
     "",
     {"إن زيدان"},
     "إن زيدان=ali-zeidan | موسكو=russia"},
    // A common noun the tagger took for a name (انقر: click) is none.
    {"انقر هنا للمشاركة", "", {"انقر"}, ""},
    // Without a tagger, unknown people are not invented.
    {"قال العميد أحمد المسماري إن", "", {}, ""},
};

TEST(ResolveTest, GoldenTable) {
  for (const Row& r : kRows) {
    EXPECT_EQ(Compact(Resolved(r.text, r.published, r.tagged)), r.mentions)
        << r.text;
  }
}

TEST(ResolveTest, ActorFields) {
  Document d = Resolved(
      "قال وزير الدفاع الروسي سيرجي شويغو إن روسيا ستدعم المشير خليفة حفتر، "
      "وأكد نائب وزير الخارجية الإيطالي ماريو روسي ذلك.",
      "2017-02-20", {"ماريو روسي"});
  ASSERT_EQ(d.actors.size(), 4u) << Compact(d);
  const Actor& shoigu = d.actors[0];
  EXPECT_EQ(shoigu.key, "sergey-shoigu");
  EXPECT_EQ(shoigu.name, "سيرغي شويغو");  // the knowledge base's name
  EXPECT_EQ(shoigu.name_en, "Sergei Shoigu");
  EXPECT_EQ(shoigu.type, EntityType::kPer);
  EXPECT_EQ(shoigu.country, "RUS");
  EXPECT_EQ(shoigu.role, "defense_minister");
  EXPECT_EQ(shoigu.aliases,
            std::vector<std::string>{"وزير الدفاع الروسي سيرجي شويغو"});
  EXPECT_EQ(d.actors[1].key, "russia");
  EXPECT_EQ(d.actors[1].wikidata, "Q159");
  EXPECT_EQ(d.actors[2].key, "khalifa-haftar");
  // An unknown deputy minister: the country from the office, no role.
  const Actor& deputy = d.actors[3];
  EXPECT_EQ(deputy.key, "x-ماريو-روسي");
  EXPECT_EQ(deputy.name, "ماريو روسي");
  EXPECT_EQ(deputy.country, "ITA");
  EXPECT_EQ(deputy.role, "");
  EXPECT_EQ(deputy.wikidata, "");
}

TEST(ResolveTest, AliasesAreDistinctSurfaces) {
  Document d = Resolved(
      "دعمت روسيا حفتر. وقال حفتر إن خليفة حفتر ولحفتر وبروسيا.", "", {});
  ASSERT_EQ(d.actors.size(), 2u) << Compact(d);
  EXPECT_EQ(d.actors[0].aliases, std::vector<std::string>{"روسيا"});
  EXPECT_EQ(d.actors[1].aliases,
            (std::vector<std::string>{"حفتر", "خليفة حفتر"}));
}

TEST(ResolveTest, EmptyKnowledgeBaseStillMergesTaggedNames) {
  auto kb = KnowledgeBase::Empty();
  auto cues = Cues::Empty();
  Document d = Words("قال أحمد المسماري إن المسماري وصل.");
  d.mentions.push_back({{static_cast<uint32_t>(d.text.find("أحمد")),
                         static_cast<uint32_t>(d.text.find(" إن"))},
                        EntityType::kPer,
                        -1});
  const auto at = static_cast<uint32_t>(d.text.find("المسماري وصل"));
  d.mentions.push_back(
      {{at, at + static_cast<uint32_t>(std::string("المسماري").size())},
       EntityType::kPer,
       -1});
  ResolveActors(*kb, *cues, &d);
  ASSERT_EQ(d.actors.size(), 1u) << Compact(d);
  EXPECT_EQ(d.mentions.size(), 2u);
  EXPECT_EQ(d.actors[0].key, "x-احمد-المسماري");
}

}  // namespace
}  // namespace rasd
