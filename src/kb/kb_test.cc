// Knowledge-base loading (errors with file:line, overrides) and matching
// (clitics, adjectives against names, longest match, titles) on the fixture
// under src/kb/testdata/.
#include "kb/kb.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "kb/kb_test_util.h"

namespace rasd {
namespace {

using testing::FixtureKb;
using testing::TestData;
using testing::WordLayer;
using testing::Words;

// "surface=key/kind" for every hit, space-separated.
std::string Hits(const std::string& text) {
  const KnowledgeBase& kb = FixtureKb();
  Document d = Words(text);
  std::vector<KbHit> hits;
  kb.Match(d, &hits);
  std::string out;
  for (const KbHit& h : hits) {
    if (!out.empty()) out += ' ';
    out += d.Text({d.words[h.begin].span.begin, d.words[h.end - 1].span.end});
    out += '=';
    out += h.kind == NameKind::kTitle ? kb.titles()[h.id].title
                                      : kb.entries()[h.id].key;
    out += '/';
    out += NameKindName(h.kind);
    if (h.metonym_of >= 0) out += "+" + kb.entries()[h.metonym_of].key;
  }
  return out;
}

struct Row {
  const char* text;
  const char* hits;
};

const Row kMatchRows[] = {
    // Names with clitics: the clitics stay outside the hit.
    {"لحفتر", "حفتر=khalifa-haftar/name"},
    {"وبوتين", "بوتين=vladimir-putin/name"},
    {"وصل وفد إلى ليبيا", "ليبيا=libya/name"},
    {"بروسيا ولروسيا", "روسيا=russia/name روسيا=russia/name"},
    // Longest match: the full name, not the surname alone.
    {"التقى خليفة حفتر", "خليفة حفتر=khalifa-haftar/name"},
    {"خليفة بلقاسم حفتر", "خليفة بلقاسم حفتر=khalifa-haftar/name"},
    {"الجيش الوطني الليبي", "الجيش الوطني الليبي=libyan-national-army/name"},
    // A nisba is an adjective, a country name a name, though their keys
    // meet (روس); unlisted forms of the nisba come through the stem or the
    // key of a nisba.
    {"الجانب الروسي", "الروسي=russia/adjective"},
    {"والروسية", "الروسية=russia/adjective"},
    {"الروسيات", "الروسيات=russia/adjective"},
    {"المالطيين", "المالطيين=malta/adjective"},
    {"روسيا", "روسيا=russia/name"},
    // A word that only shares the key and is no nisba does not match.
    {"سور المدينة", ""},  // a wall, not Syria (سوريا, key سور)
    {"سوري", "سوري=syria/adjective"},
    // The alias سورية is Syria; with the article it is the nisba.
    {"سورية", "سورية=syria/name"},
    {"السياسة السورية", "السورية=syria/adjective"},
    // A sound feminine plural is not its singular: other referents.
    {"بجامعة القاهرة", "جامعة القاهرة=cairo-university/name"},
    {"جامعات القاهرة", ""},
    // A seat that is also a city: the city's name, noting the metonym.
    {"بموسكو", "موسكو=moscow/name+russia"},
    {"الكرملين", "الكرملين=russia/metonym"},
    {"البيت الأبيض", "البيت الأبيض=usa/metonym"},
    // Titles, with the clitics of their own words (باسم = ب + اسم).
    {"وزير الخارجية", "وزير الخارجية=وزير الخارجية/title"},
    {"وزير خارجية مالطا", "وزير خارجية=وزير الخارجية/title مالطا=malta/name"},
    {"المتحدث باسم الجيش الليبي",
     "المتحدث باسم=المتحدث باسم/title الجيش الليبي=libyan-national-army/name"},
    {"المشير خليفة حفتر", "المشير=المشير/title خليفة حفتر=khalifa-haftar/name"},
    // A title does not swallow the first words of a longer name: it
    // shrinks to a shorter title before the name, or is none.
    {"قائد الجيش", "قائد الجيش=قائد الجيش/title"},
    {"قائد الجيش الوطني الليبي",
     "قائد=قائد/title الجيش الوطني الليبي=libyan-national-army/name"},
    {"رئيس حكومة الوفاق الوطني",
     "رئيس=الرئيس/title "
     "حكومة الوفاق الوطني=government-of-national-accord/name"},
    {"رئيس الحكومة الليبية",
     "رئيس الحكومة=رئيس الحكومة/title "
     "الليبية=libya/adjective"},
    // Past the title a nisba or name of its own: the title stays.
    {"قائد الجيش الليبي", "قائد الجيش=قائد الجيش/title الليبي=libya/adjective"},
    // Punctuation and a conjunction between words break a phrase.
    {"خليفة، حفتر", "حفتر=khalifa-haftar/name"},
    {"خليفة وحفتر", "حفتر=khalifa-haftar/name"},
    // Names alike but for the article: the one written as the text is.
    {"قصفت دوما", "دوما=douma/name"},
    {"صوت الدوما", "الدوما=state-duma/name"},
    // Spelling variants listed as aliases.
    {"ترمب وترامب", "ترمب=donald-trump/name ترامب=donald-trump/name"},
    // A name's own leading clitic (واس: و + اس) must be in the text: the
    // host alone is another word (غالاكسي إس، أس).
    {"وذكرت واس أن", "واس=spa/name"},
    {"هاتف غالاكسي إس", ""},
    // A listed word with ة added is another noun (الرياضة is sport, not
    // الرياض); a nisba's feminine is still the nisba.
    {"وزارة الرياضة", ""},
    {"قالت الرياض", "الرياض=saudi-arabia/metonym"},
    // A one-word name keeps its article: جزيرة is an island, سعودية
    // the adjective of a Saudi court.
    {"في جزيرة نائية", ""},
    {"قناة الجزيرة", "قناة الجزيرة=al-jazeera/name"},
    {"محكمة سعودية", "سعودية=saudi-arabia/adjective"},
    // A singular is not a name listed in the plural (الإمارة: an emirate).
    {"أصدرت الإمارة صكوكا", ""},
    {"أصدرت الإمارات صكوكا", "الإمارات=uae/name"},
};

TEST(KnowledgeBaseTest, MatchGoldenTable) {
  for (const Row& r : kMatchRows) EXPECT_EQ(Hits(r.text), r.hits) << r.text;
}

// Match keeps each thread's last hits: asked again about one document, or
// about another in the same Document object, it answers as afresh.
TEST(KnowledgeBaseTest, MatchAgainAndAfterTheWordsChange) {
  const KnowledgeBase& kb = FixtureKb();
  Document d;
  for (const char* text : {"التقى خليفة حفتر", "التقى خليفة حفتر",
                           "وصل وفد إلى ليبيا", "التقى خليفة حفتر"}) {
    d = testing::Words(text);
    for (int again = 0; again < 2; ++again) {
      std::vector<KbHit> hits(1);  // Match appends
      kb.Match(d, &hits);
      ASSERT_EQ(hits.size(), 2u) << text;
      EXPECT_EQ(
          kb.entries()[hits[1].id].key,
          std::string(text).ends_with("حفتر") ? "khalifa-haftar" : "libya");
    }
  }
  // The same text with other words (a hand-made split): matched afresh.
  Document split = testing::Words("التقى خليفة حفتر");
  std::vector<KbHit> hits;
  kb.Match(split, &hits);
  ASSERT_EQ(hits.size(), 1u);
  split.words[split.words.size() - 1].role = WordRole::kEnclitic;
  hits.clear();
  kb.Match(split, &hits);
  for (const KbHit& h : hits)
    EXPECT_NE(kb.entries()[h.id].key, "khalifa-haftar");
  const std::unique_ptr<const KnowledgeBase> empty = KnowledgeBase::Empty();
  hits.clear();
  empty->Match(split, &hits);
  EXPECT_TRUE(hits.empty());
}

TEST(KnowledgeBaseTest, LoadsFixture) {
  const KnowledgeBase& kb = FixtureKb();
  const int32_t russia = kb.Find("russia");
  ASSERT_GE(russia, 0);
  const KbEntry& e = kb.entries()[russia];
  EXPECT_EQ(e.type, EntityType::kGpe);
  EXPECT_EQ(e.country, "RUS");
  EXPECT_EQ(e.wikidata, "Q159");
  EXPECT_EQ(e.name_en, "Russia");
  EXPECT_EQ(e.name_ar, "روسيا");
  EXPECT_EQ(e.metonyms, (std::vector<std::string>{"موسكو", "الكرملين"}));
  EXPECT_EQ(kb.Find("nobody"), -1);
  EXPECT_EQ(kb.titles().size(), 12u);
}

TEST(KnowledgeBaseTest, RoleHolderByDate) {
  const KnowledgeBase& kb = FixtureKb();
  auto holder = [&](const char* role, const char* country, const char* date) {
    const int32_t i = kb.RoleHolder(role, country, date);
    return i < 0 ? std::string("-") : kb.entries()[i].key;
  };
  EXPECT_EQ(holder("defense_minister", "RUS", "2017-02-20"), "sergey-shoigu");
  EXPECT_EQ(holder("defense_minister", "RUS", "2024-05-12"), "sergey-shoigu");
  EXPECT_EQ(holder("defense_minister", "RUS", "2024-06-01"), "-");
  EXPECT_EQ(holder("defense_minister", "RUS", "2012-11"), "sergey-shoigu");
  EXPECT_EQ(holder("defense_minister", "RUS", "2010"), "-");
  EXPECT_EQ(holder("head_of_government", "RUS", "2010-01-01"),
            "vladimir-putin");
  EXPECT_EQ(holder("head_of_government", "RUS", "2017-01-01"), "-");
  EXPECT_EQ(holder("foreign_minister", "RUS", "2026-01-01"), "sergey-lavrov");
  EXPECT_EQ(holder("commander", "libyan-national-army", "2017-02-20"),
            "khalifa-haftar");
  EXPECT_EQ(holder("foreign_minister", "RUS", ""), "-");  // no date, no guess
  EXPECT_EQ(holder("foreign_minister", "ITA", "2017-02-20"), "-");
}

class TempDir {
 public:
  TempDir() {
    path_ = std::filesystem::temp_directory_path() /
            ("rasd_kb_test_" + std::to_string(::getpid()) + "_" +
             std::to_string(counter_++));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& body) {
    const auto p = path_ / name;
    std::ofstream(p) << body;
    return p.string();
  }

 private:
  static inline int counter_ = 0;
  std::filesystem::path path_;
};

constexpr char kHeader[] =
    "key\ttype\tcountry\twikidata\tname_en\tname_ar\taliases\tadjectives\t"
    "metonyms\n";

std::string LoadError(const std::string& body) {
  TempDir dir;
  const std::string path = dir.Write("x.tsv", body);
  auto r = KnowledgeBase::Load({path}, WordLayer());
  if (r.ok()) return "ok";
  // The message without the temporary directory.
  const std::string& m = r.status().message();
  const size_t at = m.find("x.tsv");
  return at == std::string::npos ? m : m.substr(at);
}

TEST(KnowledgeBaseTest, ErrorsNameFileAndLine) {
  const std::string h = kHeader;
  EXPECT_EQ(LoadError(h + "a\tGPE\tAAA\t\tA\tا\n"), "ok");
  EXPECT_EQ(LoadError("# c\n" + h + "Bad Key\tGPE\t\t\t\tا\n"),
            "x.tsv:3: key 'Bad Key' is not a lowercase ASCII slug (a-z 0-9 -)");
  EXPECT_EQ(LoadError(h + "a\tCITY\t\t\t\tا\n"),
            "x.tsv:2: type 'CITY' is not one of PER ORG GPE LOC FAC MISC");
  EXPECT_EQ(LoadError(h + "a\tGPE\tru\t\t\tا\n"),
            "x.tsv:2: country 'ru' is not an ISO 3166-1 alpha-3 code");
  EXPECT_EQ(LoadError(h + "a\tGPE\t\tq1\t\tا\n"),
            "x.tsv:2: wikidata 'q1' is not a Q-id");
  EXPECT_EQ(LoadError(h + "a\tGPE\t\t\tA\t\n"), "x.tsv:2: name_ar is empty");
  EXPECT_EQ(LoadError(h + "a\tGPE\t\t\t\tا\t\t\t\textra\n"),
            "x.tsv:2: 10 cells, the header has 9");
  EXPECT_EQ(LoadError(h + "a\tGPE\t\t\t\tا\n\na\tGPE\t\t\t\tب\n"),
            "x.tsv:4: key 'a' already defined on line 2");
  EXPECT_EQ(LoadError("key\tname\n"),
            "x.tsv:1: unknown header: want 'key type country wikidata name_en "
            "name_ar aliases adjectives metonyms', 'actor role country from "
            "to' or 'title role kind', tab-separated");
  EXPECT_EQ(LoadError("# only a comment\n"), "x.tsv: no header line");
  EXPECT_EQ(LoadError("actor\trole\tcountry\tfrom\tto\n"
                      "a\tking\tAAA\t2001\t\n"),
            "x.tsv:2: role 'king' is unknown");
  EXPECT_EQ(LoadError("actor\trole\tcountry\tfrom\tto\n"
                      "a\tleader\tAAA\t2001-1\t\n"),
            "x.tsv:2: from '2001-1' is not YYYY, YYYY-MM or YYYY-MM-DD");
  EXPECT_EQ(LoadError("actor\trole\tcountry\tfrom\tto\n"
                      "nobody\tleader\tAAA\t2001\t\n"),
            "x.tsv:2: actor 'nobody' is not a key of any actor file");
  EXPECT_EQ(LoadError("title\trole\tkind\nالملك\tnone\tcrown\n"),
            "x.tsv:2: kind 'crown' is not office, rank or honorific");

  auto missing = KnowledgeBase::Load({"/nonexistent/kb.tsv"}, WordLayer());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), "/nonexistent/kb.tsv: no such file");
}

TEST(KnowledgeBaseTest, LaterFilesOverrideByKey) {
  TempDir dir;
  const std::string extra = dir.Write(
      "extra.tsv",
      std::string(kHeader) +
          // Replaces the fixture's row: new English name, and حفتر alone no
          // longer names him.
          "khalifa-haftar\tPER\tLBY\tQ1\tField Marshal Haftar\tخليفة حفتر\t"
          "\t\t\n"
          // A new actor.
          "aguila-saleh\tPER\tLBY\t\tAguila Saleh\tعقيلة صالح\tعقيله\t\t\n");
  auto r = KnowledgeBase::Load({TestData(""), extra}, WordLayer());
  ASSERT_TRUE(r.ok()) << r.status().message();
  const KnowledgeBase& kb = **r;
  EXPECT_EQ(kb.entries().size(), FixtureKb().entries().size() + 1);
  const KbEntry& h = kb.entries()[kb.Find("khalifa-haftar")];
  EXPECT_EQ(h.name_en, "Field Marshal Haftar");
  EXPECT_EQ(h.wikidata, "Q1");
  // The roles of the overridden key still point at it.
  EXPECT_EQ(kb.RoleHolder("commander", "libyan-national-army", "2020"),
            kb.Find("khalifa-haftar"));
  Document d = Words("حفتر وخليفة حفتر وعقيلة صالح");
  std::vector<KbHit> hits;
  kb.Match(d, &hits);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(kb.entries()[hits[0].id].key, "khalifa-haftar");
  EXPECT_EQ(hits[0].begin, 2u);  // not the lone حفتر
  EXPECT_EQ(kb.entries()[hits[1].id].key, "aguila-saleh");
}

// A local alias (~) names its entry only where the document names the
// entry's country by something else; a ~ inside an alias is an error.
TEST(KnowledgeBaseTest, LocalAliasNeedsItsCountryNamed) {
  TempDir dir;
  const std::string extra = dir.Write(
      "extra.tsv", std::string(kHeader) +
                       "unified-forces\tORG\tLBY\t\tUnified Forces\t"
                       "القوات الليبية الموحدة\t~القوات الموحدة\t\t\n");
  auto r = KnowledgeBase::Load({TestData(""), extra}, WordLayer());
  ASSERT_TRUE(r.ok()) << r.status().message();
  const KnowledgeBase& kb = **r;
  auto keys = [&](const std::string& text) {
    Document d = Words(text);
    std::vector<KbHit> hits;
    kb.Match(d, &hits);
    std::string out;
    for (const KbHit& h : hits)
      if (h.kind != NameKind::kTitle) out += kb.entries()[h.id].key + " ";
    return out;
  };
  EXPECT_EQ(keys("تقدمت القوات الموحدة نحو المدينة"), "");
  EXPECT_EQ(keys("تقدمت القوات الموحدة نحو المدينة في ليبيا"),
            "unified-forces libya ");
  EXPECT_EQ(keys("قال حفتر إن القوات الموحدة تقدمت"),
            "khalifa-haftar unified-forces ");
  EXPECT_EQ(keys("القوات الليبية الموحدة"), "unified-forces ");

  const std::string bad = dir.Write(
      "bad.tsv", std::string(kHeader) +
                     "bad-forces\tORG\tLBY\t\tBad\tقوات\tقوات~الشرق\t\t\n");
  auto e = KnowledgeBase::Load({TestData(""), bad}, WordLayer());
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.status().message().find("bad.tsv:2"), std::string::npos)
      << e.status().message();
}

TEST(KnowledgeBaseTest, OutletsAreMarked) {
  // The rows of outlets.tsv are news outlets (events12b: no party to a
  // meeting); other files' are not.
  TempDir dir;
  const std::string outlets = dir.Write(
      "outlets.tsv",
      std::string(kHeader) + "reuters\tORG\tGBR\t\tReuters\tرويترز\t\t\t\n");
  const std::string other = dir.Write(
      "other.tsv", std::string(kHeader) +
                       "aguila-saleh\tPER\tLBY\t\tAguila Saleh\tعقيلة "
                       "صالح\t\t\t\n");
  auto r = KnowledgeBase::Load({outlets, other}, WordLayer());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE((*r)->entries()[(*r)->Find("reuters")].outlet);
  EXPECT_FALSE((*r)->entries()[(*r)->Find("aguila-saleh")].outlet);
  EXPECT_FALSE((*r)->entries()[(*r)->Find("reuters")].state);
}

TEST(KnowledgeBaseTest, StatesAreMarked) {
  // The rows of countries.tsv are states, listed with a nisba or not.
  TempDir dir;
  const std::string countries =
      dir.Write("countries.tsv",
                std::string(kHeader) +
                    "luxembourg\tGPE\tLUX\t\tLuxembourg\tلوكسمبورغ\t\t\t\n");
  const std::string places =
      dir.Write("places.tsv",
                std::string(kHeader) + "sirte\tGPE\tLBY\t\tSirte\tسرت\t\t\t\n");
  auto r = KnowledgeBase::Load({countries, places}, WordLayer());
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE((*r)->entries()[(*r)->Find("luxembourg")].state);
  EXPECT_FALSE((*r)->entries()[(*r)->Find("sirte")].state);
  // A row a later file (--kb) overrides stays a state.
  const std::string extra = dir.Write(
      "extra.tsv", std::string(kHeader) +
                       "luxembourg\tGPE\tLUX\t\tLuxembourg\tلوكسمبورغ\t"
                       "لكسمبورغ\t\t\n");
  auto o = KnowledgeBase::Load({countries, places, extra}, WordLayer());
  ASSERT_TRUE(o.ok()) << o.status().message();
  EXPECT_TRUE((*o)->entries()[(*o)->Find("luxembourg")].state);
}

TEST(KnowledgeBaseTest, EmptyMatchesNothing) {
  auto kb = KnowledgeBase::Empty();
  Document d = Words("روسيا وليبيا");
  std::vector<KbHit> hits;
  kb->Match(d, &hits);
  EXPECT_TRUE(hits.empty());
}

}  // namespace
}  // namespace rasd
