#!/bin/sh
# Rebuilds the seed corpus in fuzz/corpus/ from the shipped scenarios,
# fragments, actions files and invalid fixtures, and a few short journals
# written by the binary (see docs/FUZZING.md). Run from anywhere; needs a
# built `cyberdrill` (cargo build) for the journals.
set -e
cd "$(dirname "$0")/.."
out=fuzz/corpus
rm -rf "$out"
mkdir -p "$out/scenario" "$out/actions" "$out/journal"

# A scenario input is the top file, then each file it includes after a
# `//--- PATH` line (PATH relative to scenarios/, as the fuzz target reads
# it): the invalid fixtures include ../fragments/*.ron.
for f in scenarios/*.ron scenarios/cases/*.ron scenarios/regions/*.ron \
         tests/data/valid/*.ron tests/data/sim/*.ron tests/data/fragments/*.ron \
         tests/data/invalid/*.ron; do
    name=$(echo "$f" | tr / _)
    {
        cat "$f"
        for inc in $(grep -o '"\.\./fragments/[a-z-]*\.ron"' "$f" | tr -d '"' | sort -u); do
            if [ -f "tests/data/fragments/${inc#../fragments/}" ]; then
                printf '\n//--- %s\n' "$inc"
                cat "tests/data/fragments/${inc#../fragments/}"
            fi
        done
    } > "$out/scenario/$name"
done

for f in scenarios/*.actions scenarios/cases/*.actions; do
    cp "$f" "$out/actions/$(echo "$f" | tr / _)"
done

bin=target/debug/cyberdrill
tmp=$(mktemp -d)
for until in 6h 2d 8d; do
    "$bin" run --actions scenarios/hospital-ransomware.actions --until "$until" \
        --journal "$tmp/reference-$until.journal" > /dev/null
done
"$bin" run --until 3d --journal "$tmp/idle-3d.journal" > /dev/null
cp "$tmp"/*.journal "$out/journal/"
# A torn last line and a journal cut between two steps.
head -c -7 "$tmp/reference-2d.journal" > "$out/journal/torn-end.journal"
head -n 4 "$tmp/reference-2d.journal" > "$out/journal/cut-between-steps.journal"
rm -rf "$tmp"

# The dictionary: RON punctuation, values authors get wrong, journal words,
# and every field and variant name of the shipped scenarios and actions.
{
    echo '# Tokens for libFuzzer (-dict=fuzz/ron.dict), written by fuzz/make-corpus.sh.'
    for t in '(' ')' '[' ']' '{' '}' '"' "'" ',' ':' '//' '/*' '*/' '#' 'r#"' '"#' 'Some(' 'None' \
             'true' 'false' 'yes' '"60d"' '60d' '"-1d"' '"2d 4h"' '"Sun-Thu"' '"Mon-Fri 09:00-17:00"' \
             '99999999999999999999' '-1' '1e308' '0x' 'cyberdrill-journal 2 ' 'end d0 00:00 ' 'd0 00:00' \
             'd99999 23:59' ' clock ' 'trainer' '/247' '/investigator' '/prosecutor' '/liaison' \
             'includes: ["regions/meridian.ron"]' '"Europe/Paris"'; do
        printf 'kw="%s"\n' "$(printf '%s' "$t" | sed 's/\\/\\\\/g; s/"/\\"/g')"
    done
    cat scenarios/*.ron scenarios/cases/*.ron scenarios/*.actions \
        | grep -oE '\b[A-Za-z_][A-Za-z0-9_]{2,}\s*[:(]' | sed -E 's/\s*([:(])$/\1/' | sort -u \
        | sed 's/"/\\"/g; s/^/kw="/; s/$/"/'
} > fuzz/ron.dict
du -sh --apparent-size "$out" fuzz/ron.dict
