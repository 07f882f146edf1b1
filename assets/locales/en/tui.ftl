# The terminal UI's own words (src/tui).

## Start and briefing.

start-objectives = What this exercise teaches:
start-language = Language: { $language }  (Space to change)
start-seats = {" "}Seats at this terminal (others are simulated){" "}
start-go = Start the exercise
start-choose-a-seat = Choose at least one seat, or the trainer's console.
start-more = {" "}PgUp PgDn to read all{" "}
keys-start = ↑↓ move · Space choose · Enter start · q quit
seat-trainer = trainer's console
seat-player = { $jurisdiction } — { $role }
briefing-title = Briefing
briefing-seats = You play: { $seats }
keys-briefing = Enter begin · ↑↓ PgUp PgDn scroll · q quit

## The desk.

tab-inbox = Inbox
tab-case = Case
tab-requests = Requests
tab-law = The law
tab-clocks = Deadlines
tab-console = Console
tab-truth = Evidence
tab-timeline = Timeline
tab-agenda = Agenda
clock-running = ▶ x{ $speed }
clock-paused = ❚❚ paused
clock-ended = ■ over at { $at }
viewing = viewing { $seat }
empty-inbox = No notes yet.
empty-timeline = Nothing has happened to your team yet.
case-incident = The incident
case-suspects = Suspects located
case-leads = Leads
case-evidence = Data your team can name
lead-examined-mark = {" "}(examined)
lead-look-up = look it up
empty-requests = No requests yet: press d to draft one.
empty-requests-liaison = No request for your company's data has reached you yet.
liaison-request = { $heading } · from { $from } · { $binds }
liaison-binding = binds the company
liaison-voluntary = voluntary: the company may decline
request-missing = Still missing: { $fields }
request-sent-ago = {" "}· sent { $at }, { $ago } ago
request-sent-now = {" "}· sent { $at }, just now
request-answer-due = {" "}· answer due by { $by } (in { $left })
law-trainer = The trainer sends no requests.
law-towards = Towards { $jurisdiction } (* = you send it):
law-sent-by = sent by the { $senders }
law-needs-emergency = needs a known risk to life
law-states = states { $fields }
law-missing = Not between you:
clock-left = in { $left }
clock-passed = passed
empty-clocks = No deadline you know of.
item-preservation-left = {" "}· { $left } left
item-retention-left = {" "}· deleted in { $left } unless kept ({ $source })
item-retention-passed = {" "}· its retention ran out at { $at } ({ $source })
item-retention-awaiting = {" "}· awaiting the answer (its stated retention ran to { $at })
item-retention-unknown = {" "}· retention unknown
retention-by-provider = provider's policy
retention-by-law = by law
keys-desk = Tab next tab · ↑↓ move · [ ] switch seat · ? help · q quit
keys-inbox = m mark read up to here · Tab next tab · ? help · q quit
keys-case = e examine · l look up · d draft a request · Tab next tab · ? help
keys-case-look-up = l look up · d draft a request · Tab next tab · ↑↓ move · ? help · q quit
keys-case-draft = d draft a request · Tab next tab · ↑↓ move · ? help · q quit
keys-requests = Enter send · s sign · + complete · f forward · x decline · d draft · ? more
keys-liaison = f comply · c ask for clarification · x decline · a write · ? help · q quit
keys-law = ←→ another country · ↑↓ scroll · Tab next tab · ? help · q quit
keys-trainer = p pause · +/- speed · n next event · g go to · i inject · o note · r report · v seat · ?
keys-viewing = v next seat · Esc back to the console · p pause · +/- speed · n next · ?

## The trainer's console.

console-score = Score: { $score } / { $max }
console-injects = Injects (i fires the one selected):
inject-fired-at = fired at { $at }
inject-waiting = not fired
console-objectives = Objectives:
objective-met-at = met at { $at }
objective-missed = missed
objective-by = to meet by { $by }
objective-open = open
console-agenda = Coming next:
agenda-until = Due up to the end of the exercise ({ $end }):
due-retention = retention of { $item } checked
due-stage = incident stage { $stage }
due-inject = inject { $inject }
due-end = end of the exercise
due-judge = a judge signs order #{ $request }
due-request = request #{ $request } moves on
due-collect = request #{ $request } collects { $item } as it is created
due-think = { $seat } looks at the desk

## Forms and prompts.

form-title = Draft a request
form-to = To
form-instrument = Instrument (those that exist between you, that you send)
form-data = Data it names
form-no-data = Your team can name no data yet: find a lead and look up who holds it.
form-leads = Leads it shares (intelligence, not evidence)
form-no-leads = Your team has found no lead yet: examine what the case gives you.
form-assets = Wallets and accounts to freeze
form-no-assets = Your team has found no wallet or account yet.
form-suspect = The suspect it names (one, located by your team)
form-no-suspect = Your team has located no suspect yet: a request about a person waits until you know where they are.
form-elements = What it states
draft-no-instrument = You send no request towards this country.
keys-form = Tab part · ←→ choose · Space tick · w write · a all · Enter draft · Esc cancel
form-missing = { $count ->
        [one] one element still missing
       *[other] { $count } elements still missing
    }
prompt-element = What this element says (Enter keeps it, Esc cancels)
prompt-answer = Write on this request (Enter sends, Esc cancels)
prompt-decline = The ground for refusing it
prompt-annotate = A note for the debrief
prompt-jump = Move the clock to (as in d2 09:00, or 2d 9h since the start)
bad-duration = `{ $text }` is not a time: write it as in d2 09:00 or 2d 9h.
notice-new = New for { $seat } ({ $count }): { $note }
quit-confirm = Quit the exercise? The journal keeps it. (y / n)
too-small = The terminal is { $width }x{ $height }; cyberdrill needs at least { $min_width }x{ $min_height }. Make the window larger or the font smaller.
play-journal-at = The journal is at { $path }: replay it with `cyberdrill replay { $path }`, or continue with `cyberdrill play --resume { $path }`.
play-journal-ended = The journal is at { $path }: replay it with `cyberdrill replay { $path }`.

## Help.

help-title = Help
help-keys = {" "}↑↓ PgUp PgDn scroll · Esc close{" "}
help = Keys: Tab and the number keys change tab; ↑↓ move or scroll, PgUp and PgDn by ten, Home and End jump; [ and ] switch between your seats; Esc backs out; q quits (asks first); Ctrl-C quits at once.
    Case: the incident and its stages, the leads, and the data your team can name with its clock: when its retention runs out (as the provider or its country's law states it; ! within a day), or how long its preservation lasts. e examines a lead (investigator), l looks it up (who holds its data: investigator, 24/7 desk), d drafts a request.
    Timeline: everything that reached your team's desks, oldest first.
    Requests: Enter sends, s signs (prosecutor), + states what it still lacks, f forwards an incoming request to the provider (24/7 desk) or grants an extradition or a joint team put to you (requested prosecutor), c sends it back for clarification of the elements it does not spell out, x declines it with a ground, a writes on it, r renews a preservation, t discloses the path a preservation you executed revealed (Art. 30), w withdraws it.
    A provider's liaison sees the requests for its company's data that reached it, its company's data as the company knows it (Evidence) and its clocks: f complies (preserves, discloses or produces what the company holds), c asks for clarification, x declines what the company may decline (a voluntary request, never a binding order), a writes to the sender.
    The law tab lists, for each country, the requests that exist between you and it, who sends them and what they state, and why the others do not exist.
    Trainer: the console shows the score, the injects and the objectives, the agenda what is due up to the end; p pauses and resumes, + and - change the speed, n jumps to the next event, g to a time, i fires the selected inject, o writes a note, r writes the after-action report so far beside the journal (JOURNAL.report.html), v looks at each seat's screen in turn as that seat sees it, the simulated ones too (Esc comes back).
    Office hours: each country's clock is marked ● when its central authority is open, ○ when it is closed (nights, weekends).

## The debrief.

debrief-title = Debrief
debrief-evidence = What became of the evidence:
debrief-incident = How the incident went:
debrief-requests = The requests, as they were written:
debrief-notes = Your notes:
keys-debrief = ↑↓ scroll · Esc back to the desks · q quit

## Serving over SSH.

serve-taken-over = Your seat was taken over by another connection with the same code.
serve-left = You left the exercise; your seat is kept: join again with the same code.
serve-closed = The trainer closed the exercise. Thank you.
observer-cannot-act = You are observing: you can look, not act.
