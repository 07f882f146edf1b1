# `cyberdrill playtest`: the summary table (src/cli/playtest.rs).

playtest-heading = Playtest of `{ $scenario }`: { $runs } { $runs ->
    [one] run
   *[other] runs
} per profile, seeds { $first } to { $last }, each until { $until } or the scenario's end
playtest-win-defined = A win is a run in which every objective is met. A dead end is the moment after which no unmet objective can be met any more, because the data it needs has been deleted.
playtest-profile = == { $profile }: { $wins } of { $runs } runs won ({ $rate } %); { $band }
playtest-band-inside = designed for { $low }–{ $high } % wins: inside the band
playtest-band-outside = designed for { $low }–{ $high } % wins: OUTSIDE the band
playtest-no-band = the scenario states no band for this profile
playtest-score = Score (of { $max }): min { $min }, p10 { $p10 }, median { $median }, p90 { $p90 }, max { $max_seen }
playtest-objectives = Objectives: share of runs that met it; when (p10 / median / p90)
playtest-objective = { $met } %   { $when }
playtest-never = never
playtest-evidence = Evidence: how each item ended (share of runs); time to spare: how long before its retention ran out it was first made safe (preserved or produced), in the runs that produced it
playtest-item-produced = produced { $share } %
playtest-item-intelligence = intelligence only { $share } %
playtest-item-lost = lost { $share } % ({ $why })
playtest-item-other = { $fate } { $share } %
playtest-margin = { $margin } to spare (median; { $least } at the least)
playtest-first-preservation = First preservation in effect (the data frozen at the provider): p10 { $p10 }, median { $median }, p90 { $p90 }
playtest-never-preserved = No preservation at all in { $runs } { $runs ->
    [one] run
   *[other] runs
}
playtest-refusals = Refusals and requests sent back (how many, in how many runs: what the team was told the first time):
playtest-refusal = { $count } in { $runs } { $runs ->
    [one] run
   *[other] runs
}: { $reason }
playtest-no-refusals = Refusals and requests sent back: none
playtest-injects-never = Injects that never fired: { $injects }
playtest-objectives-never = Objectives never met: { $objectives }
playtest-dead-ends = Dead ends: { $runs } { $runs ->
    [one] run
   *[other] runs
}; when: p10 { $p10 }, median { $median }, p90 { $p90 }; by the loss of: { $items }
playtest-no-dead-ends = Dead ends: none
playtest-reproduce = Reproduce the { $which } run (seed { $seed }, score { $score }): { $command }
playtest-worst = worst
playtest-median = median
playtest-best = best
playtest-and = and
playtest-deadline-margin = { $margin } to spare before its deadline (median; { $least } at the least)
playtest-journal-folder = cannot make the folder { $dir } for the journals: { $error }; choose another --write-journal
playtest-journal-exists = { $path } already exists: a journal is never overwritten; choose another --write-journal folder or move it away
playtest-journal-failed = could not write the journal { $path }: { $error }; the journals of this playtest were removed
playtest-journal-written = Journal of the { $which } run, profile { $profile } (seed { $seed }, score { $score }): { $path }
playtest-journals-use = Replay one with `cyberdrill replay JOURNAL{ $scenario }`; read its after-action report with `cyberdrill report JOURNAL{ $scenario }`.
playtest-all-never-met = Objectives no run of any profile met: { $objectives }
playtest-all-never-fired = Injects no run of any profile fired: { $injects }

## Why an item was lost (`cyberdrill playtest`): one per deletion code.

playtest-lost-deletion-retention-unpreserved = retention ran out, never preserved
playtest-lost-deletion-retention-after-lapse = retention ran out after a preservation lapsed
playtest-lost-deletion-preservation-expired = the preservation expired with no request to obtain it
playtest-lost-deletion-hold-released = the MLA request holding it ended without obtaining it
playtest-lost-deletion-retention-produced = deleted after it was obtained
playtest-lost-deleted = deleted
# A share in percent, to one decimal.
playtest-percent = { $whole }.{ $tenth }
# Between the parts of one line (a result and its margin).
playtest-separator = {"; "}
# For whom the teams obtained an item as evidence: the States whose
# requests produced it, each with its share of runs.
playtest-produced-for = for { $states }
playtest-state-share = { $state } { $share } %

## Why the runs that missed an objective did (`cyberdrill playtest`): one
## line under the objective. A part is a condition as the scenario writes it.

playtest-missed = missed in { $runs } { $runs ->
    [one] run
   *[other] runs
}: { $why }
playtest-missed-too-late = { $runs } too late (held after its deadline, { $deadline })
playtest-missed-too-late-by = { $runs } too late ({ $runs ->
    [one] { $late }
   *[other] median { $late }
} after its deadline, { $deadline })
playtest-missed-after-end = { $runs } held only after the exercise ended
playtest-missed-unmet = { $runs } unmet: { $parts }
playtest-missed-part = { $condition } failed in { $runs }
playtest-missed-impossible = { $runs } impossible: { $items }
playtest-missed-lost-item = { $runs ->
    [one] { $item } lost at { $at } in { $runs }
   *[other] { $item } lost (median { $at }) in { $runs }
}
