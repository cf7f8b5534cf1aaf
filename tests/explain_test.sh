#!/usr/bin/env bash
# rasd explain: each event with its parties, trigger, modality, date and
# rule; --facts, --actors and --uncoded add the rest; bad input is a one-line error and
# the batch goes on.
source "$(dirname "$0")/lib.sh"

printf '%s\n' 'استقبل الرئيس الروسي فلاديمير بوتين المشير خليفة حفتر في موسكو يوم 10 يناير 2017، وبحث الجانبان التعاون العسكري.' > "$TMP/visit.txt"
"$RASD" explain "$TMP/visit.txt" --published 2017-01-12 > "$TMP/out.txt"
grep -q '^# ' "$TMP/out.txt" || fail "no document header"
grep -q '^events: [1-9]' "$TMP/out.txt" || fail "no events: $(cat "$TMP/out.txt")"
grep -q 'CONSULT' "$TMP/out.txt" || fail "no CONSULT event"
grep -q '\[khalifa-haftar\]' "$TMP/out.txt" || fail "Haftar is no party"
grep -q '^     rule      triggers.tsv:' "$TMP/out.txt" || fail "no rule line"
grep -q '^     date      2017-01-10' "$TMP/out.txt" || fail "no event date"
! grep -q '^dates:' "$TMP/out.txt" || fail "facts listed without --facts"

"$RASD" explain "$TMP/visit.txt" --published 2017-01-12 --facts --actors \
  > "$TMP/all.txt"
grep -q '^dates: 1' "$TMP/all.txt" || fail "no dates with --facts"
grep -q '^actors: ' "$TMP/all.txt" || fail "no actors with --actors"
! grep -q '^not coded:' "$TMP/all.txt" || fail "uncoded listed without --uncoded"

# --uncoded: backing for an idea names no recipient, so it is no event.
printf '%s\n' 'أكدت روسيا دعمها الكامل للحوار.' > "$TMP/idea.txt"
"$RASD" explain "$TMP/idea.txt" --uncoded > "$TMP/unc.txt"
grep -q '^events: 0' "$TMP/unc.txt" || fail "an event for backing an idea"
grep -q '^not coded: [1-9]' "$TMP/unc.txt" || fail "no uncoded list"
grep -q '^  u[0-9]* SUPPORT «دعم»' "$TMP/unc.txt" || fail "no uncoded SUPPORT"
grep -q 'not coded: no recipient$' "$TMP/unc.txt" || fail "no reason given"

printf 'abc\0def\0\0\0' > "$TMP/nul.txt"
expect_status 2 "$RASD" explain "$TMP/nul.txt" "$TMP/visit.txt" \
  > "$TMP/mixed.txt" 2> "$TMP/err.txt"
grep -q 'CONSULT' "$TMP/mixed.txt" || fail "the good input was not explained"
grep -q '^rasd: .*nul.txt' "$TMP/err.txt" || fail "no error line naming nul.txt"
expect_status 1 "$RASD" explain --evidence -3 "$TMP/visit.txt"
echo "explain: events with rules, facts and actors; bad input reported"
