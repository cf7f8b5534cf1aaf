// Phrases whose later words are inflected, carry a clitic or a pronoun
// (phrase_word.cc).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/events_test_util.h"

namespace rasd {
namespace {

using testing::Case;
using testing::Code;
using testing::ExpectCases;

TEST(PhraseWordTest, GoldenTable) {
  const Case rows[] = {
      // A pronoun on the phrase's word after a proclitic the row writes.
      {"ودفع الجيش التركي بقواته إلى الحدود السورية.",
       {"MOBILIZE/troops turkish-armed-forces -> syria asserted"}},
      // The row's proclitics and article on the word (باللائمة).
      {"وألقت روسيا باللائمة على أوكرانيا في الحادث.",
       {"ACCUSE russia -> ukraine asserted"}},
      // A proclitic before the phrase's last word (اتصال بالفيديو).
      {"أجرى حفتر اتصالا بالفيديو مع شويغو.",
       {"CONSULT/phone khalifa-haftar,sergei-shoigu ->  asserted"}},
      // New rows: an embassy inaugurated, soldiers sent.
      {"افتتحت إيطاليا سفارتها في طرابلس.",
       {"COOPERATE/diplomatic italy -> libya asserted"}},
      {"وأرسلت فرنسا جنودا إلى مالي.",
       {"MOBILIZE/troops france -> x-مالي asserted"}},
  };
  ExpectCases(rows);
}

TEST(PhraseWordTest, WhatDoesNotCompleteAPhrase) {
  // بقوة (by force) is no plural listed with ات (بقوات).
  EXPECT_TRUE(
      Code("وفرضت الميليشيات على التجار دفع مبالغ بقوة السلاح.").empty());
  // A row's word with the accusative is indefinite: not الصاروخ (a test
  // launch named again).
  EXPECT_TRUE(
      Code("وقال الجيش إن الاختبار نجح وأطلق الصاروخ من منصة متحركة.").empty());
}

}  // namespace
}  // namespace rasd
