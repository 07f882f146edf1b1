# The command line's own words (src/cli).

run-times-local = times: since start, and local time in { $name } ({ $zone })
run-times = times: since start
run-refused = REFUSED (step { $step }): { $reason }
run-stamped-before-clock = stamped { $stamped }, but an earlier Jump had already moved the clock to { $now }: not applied (a line never runs later than its stamp; stamp it { $now } or later, or jump less far)
run-stamped-while-paused = stamped { $stamped }, but the exercise is paused at { $now } and the clock stands still until a Resume: not applied (stamp it { $now }, the time of the Pause, or resume first)
run-paused-never-resumed = the exercise was paused at { $at } and never resumed: the run stops there, not at { $until }
usage-seed = `{ $value }` is not a seed: a seed is a whole number from 0 to 18446744073709551615, as in `--seed 7`
usage-seed-negative = `{ $value }` is not a seed: a seed cannot be negative; give a whole number from 0 to 18446744073709551615, as in `--seed 7`
run-unknown-participant-did-you-mean = { $file }: line { $line }, column { $column }: `{ $participant }` has no seat in this scenario; did you mean `{ $best }`? (the seats are { $seats })
run-unknown-participant = { $file }: line { $line }, column { $column }: `{ $participant }` has no seat in this scenario; write one of { $seats }
journal-exists = { $path } already exists: a journal is never overwritten; write to a new file (as in `--journal { $free }`), or continue the exercise it records with `cyberdrill { $resume } --resume { $path }`
run-outcome = Outcome of `{ $scenario }` (seed { $seed }) at { $at }
run-evidence = Evidence:
run-objectives = Objectives:
run-objective-met = met at { $at }
run-objective-not-met = not met
run-score = Score: { $score } / { $max }
run-state-hash = State hash: { $hash }

## Days of the week, short, for local times (Monday is 1).

weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
weekday-7 = Sun

## `cyberdrill replay`.

replay-matches = replayed { $steps } steps to { $at }: state hash matches ({ $hash })
# $journal: the journal's file name, as given.
replay-matches-unfinished = replayed { $steps } steps to { $at }: every recorded step matches its recorded hash, so the journal is good up to its last step, but it has no end line (the exercise was left before its end, stopped between two steps, or is still running); to continue the exercise from there, resume it: `cyberdrill play --resume { $journal }` or `cyberdrill serve --resume { $journal }`
replay-diverged = replay diverged at { $step }: recorded { $expected }, replayed { $found }

## cyberdrill serve.

serve-listening = Serving on { $address }. Host key { $fingerprint }: participants check it on first contact.
serve-codes = Join codes (also in { $path }): ssh -p { $port } CODE@HOST, or CODE-fr@HOST for French.
serve-journal = The journal is written to { $path }.
serve-journal-resume = The journal is at { $path }: continue with `cyberdrill serve --resume { $path }` (same codes), or replay it with `cyberdrill replay { $path }`.

## `cyberdrill scenarios`: the library, and a scenario named on the command line.

# The table's headings: one line per line of each entry (the id and title;
# sectors and region; countries, seats, length and languages).
scenarios-heading-title = TITLE
scenarios-heading-id = ID
scenarios-heading-setting = SECTOR · REGION
scenarios-heading-facts = COUNTRIES · SEATS · LENGTH · LANGUAGES
scenarios-seats = { $count ->
    [one] 1 seat
   *[other] { $count } seats
}
scenarios-no-region = no region given
scenarios-count = { $count ->
    [one] 1 scenario
   *[other] { $count } scenarios
}: run one with `cyberdrill run ID`, play it with `cyberdrill play ID`, check it with `cyberdrill check ID`.
scenario-unknown-id = `{ $name }` is neither a scenario file nor a library id; `cyberdrill scenarios` lists the library
scenario-unknown-id-did-you-mean = `{ $name }` is neither a scenario file nor a library id; did you mean `{ $best }`? (`cyberdrill scenarios` lists the library)
