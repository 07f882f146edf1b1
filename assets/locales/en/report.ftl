# The after-action report (`cyberdrill report`, src/report): headings,
# labels and the sentences of its findings. Arguments named after the
# core's kinds (`$basis`, `$to`, `$item`, …) are rendered as the core's
# messages render them.

report-title = After-action report: { $title }
report-generated = Built from the journal of `{ $scenario }` by replaying it; the same journal always gives this report.
report-overview = Overview
report-scenario = Scenario
report-seed = Seed
report-start = Start
report-end = End
report-fact = { $label }: { $value }
report-local = { $time } ({ $zone })
report-journal = Journal
report-journal-finished = { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
}, replayed and verified to its end line (recorded by cyberdrill { $engine })
report-journal-unfinished = { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
}, replayed and verified; no end line yet: the exercise had not ended (recorded by cyberdrill { $engine })
report-countries = Countries
report-score = Score
report-score-value = { $score } / { $max }
report-seats = Seats
report-col-seat = Seat
report-col-played-by = Played by
report-col-actions = Actions recorded
report-played-person = a person
report-played-simulated = simulated

report-objectives = Objectives
report-rating-legend = P: performed without challenges · S: performed with some challenges · M: performed with major challenges · U: unable to perform
report-rating-rule = P: met by its deadline, before the last quarter of its window, with no request on its path returned or refused. S: met by its deadline, but in the last quarter of its window or after a return or refusal. M: met only after its deadline, or only some of its conditions. U: missed. Open: not met yet when the journal ends before its deadline and before the exercise ended: not rated.
report-col-objective = Objective
report-col-rating = Rating
report-rating-open = open
report-col-result = Result
report-col-evidence = Evidence for the rating
report-met-on-time = met at { $at }
report-met-late = met late, at { $at }
report-met-partly = met partly ({ $holding } of { $of })
report-met-missed = missed
report-met-open = not met yet
report-deadline = deadline { $at }
report-because-met = met at { $at }
report-because-met-margin = met at { $at }, { $margin } before its deadline
report-because-last-quarter = met at { $at }, in the last quarter of its window: { $margin } before its deadline
report-because-returned = the { $basis } request no. { $request } to { $to } was returned for clarification at { $at }: it lacked { $missing }
report-because-refused = the { $basis } request no. { $request } to { $to } was refused at { $at }
report-because-late = its condition held only at { $at }, { $late } after its deadline
report-because-partly = { $holding } of its { $of } conditions held at the end
report-because-missed = its condition never held
report-because-lost = { $item } was lost at { $at }
report-because-open = not met when the journal ends at { $at }, before its deadline ({ $deadline }), the exercise still running: not rated yet
report-because-open-no-deadline = not met when the journal ends at { $at }, the exercise still running: not rated yet

report-timeline = Timeline
report-col-time = Time
report-col-local = Local time
report-col-who = Who
report-col-what = What happened
report-refused = refused: { $reason }

report-teams = Teams and seats
report-team = { $name } ({ $code })
report-first-preservation = Time to first preservation
report-no-preservation = no data preserved
report-requests-summary = Requests
report-requests-counts = { $sent } sent, { $complete } complete, { $returned } returned for clarification, { $refused } refused
report-col-request = Request
report-basis = { $basis }
report-col-basis = Legal basis
report-col-to = To
report-col-items = Data
report-col-sent = Sent
report-col-outcome = Outcome
report-not-sent = not sent
report-open = open
report-deadlines = Retention deadlines
report-deadline-met = { $item }: secured at { $at }, { $margin } before its retention ran out ({ $runs-out })
report-deadline-missed = { $item }: retention ran out at { $runs-out } before it was secured
report-deadline-outlived = { $item }: not secured, still held by its provider ({ $runs-out })
report-evidence-admissible = Admissible evidence
report-evidence-intelligence = Intelligence only
report-evidence-lost = Lost
report-evidence-at = { $item } ({ $at })
report-lost-line = { $item } at { $at }: { $why }
report-none = none
report-col-sent-count = Requests sent
report-col-refused = Actions refused
report-col-channel = Channel errors
report-col-sent-by = Sent by
report-col-first-preservation = First preservation
report-col-seat-requests = Requests: sent · complete · returned · refused
report-seat-requests = { $sent } · { $complete } · { $returned } · { $refused }
report-col-seat-deadlines = Retention deadlines: met (closest margin) · missed
report-seat-deadlines = { $met } ({ $margin }) · { $missed }
report-seat-deadlines-none-met = 0 · { $missed }
report-col-seat-evidence = Evidence · intelligence only · lost
report-seat-evidence = { $evidence } · { $intelligence } · { $lost }
report-refusals = Refused actions

report-strengths = Strengths
report-improvements = Areas for improvement
report-none-found = None found in the journal.
report-finding-secured = the { $basis } request to { $to } secured { $item } { $margin } before its retention ran out
report-finding-produced = the { $basis } request to { $to } obtained { $items } as admissible evidence, { $after } after it was sent
report-finding-objective-clean = objective { $objective } ({ $objective-text }) met without challenges
report-finding-returned = the { $basis } request to { $to } lacked { $missing }: a round trip of { $trip }
report-finding-refused = the { $basis } request to { $to } was refused: { $result }
report-finding-lost = { $item } was lost at { $at }: { $why }
report-finding-lost-asked = { $item } was lost at { $at }, though a { $basis } request named it: { $why }
report-finding-channel = { $participant }, at { $at }: { $refusal }
report-finding-objective = objective { $objective } ({ $objective-text }) rated { $rating }
report-finding-of-team = { $team } ({ $code }): { $finding }

report-plan = Improvement plan
report-plan-intro = One row per area for improvement; the trainer completes the learning objective each serves, who acts and by when.
report-col-issue = Issue
report-col-action = Recommended action
report-col-learning-objective = Learning objective it serves
report-action-returned = Check the request against every element { $basis } requires before sending it.
report-action-refused = Before choosing { $basis }, check its conditions in the requested State (dual criminality, reservations) and the alternatives: `cyberdrill instruments --between`.
report-action-lost = Preserve data with a short retention first, within hours (Art. 29 abroad, Art. 16 at home), then follow with the formal request.
report-action-channel = Choose an instrument that exists between the two States and the seat that sends it: `cyberdrill instruments --between`.
report-action-objective = Go over the debrief point of this objective with the team.
report-learning-objectives = The exercise's learning objectives:

report-annotations = Trainer's annotations
report-no-annotations = The trainer made no annotation.

report-figure = Data items over time
report-figure-alt = For each data item, a line from its creation to the end: its retention window, the spans it was preserved, the requests that named it (sent and answered), and the moment it was lost or produced; dashed vertical lines mark the incident's stages.
report-figure-legend = Legend: thin line, data held by its provider; grey band, retention window; hatched band, preserved; ▲ request sent; ● request answered; ✕ lost; ★ produced as evidence; dashed line, stage reached.
report-figure-item = { $item } at { $provider }

## Where the trainer gets it: `play`, `serve` and the console's r key.

report-exported = After-action report written to { $path } (and again at the end).
report-export-failed = The after-action report could not be written: { $error }
report-written = The after-action report is at { $path }: open it in a browser, print it or hand it out.
