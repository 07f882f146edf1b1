# What `cyberdrill check` says about a scenario file (src/scenario/load.rs,
# src/scenario/check/*.rs, src/cli/check.rs): each problem's message, the
# label under the caret (`-label`) and what to do (`-help`).
#
# Variables are what the author wrote — ids, field names, values, file
# names — shown as written; `$what` is a key that chooses the words for a
# kind of definition and is never shown: jurisdiction, provider, incident,
# lead, evidence, inject, objective, stage (and deadline, an objective's
# `by`). Field names, RON syntax and examples in backquotes or quotes are
# what the author types: they stay as they are in every language.

## The command line.

check-no-such-path = error: no such file or folder: { $path }
check-no-ron-files = error: no .ron files in { $path }
check-summary = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }
# What precedes a help, in place of miette's own `help:`.
check-help-heading = help:
check-first-at = the first is at { $file }:{ $line }:{ $column }
check-help-and-first = { $help } ({ $first })
check-did-you-mean = did you mean `{ $name }`?

## Reading files and includes.

check-not-found = cannot find this file
check-is-folder = this is a folder, not a scenario file
check-not-a-file = this is not a regular file (a pipe, a device or a socket): a scenario is a file saved on disk
check-not-ron = this is not a .ron file: a scenario file's name ends in .ron
check-not-ron-help = if it is a scenario, save it under a name that ends in .ron
# $reason: check-too-large, or the operating system's own words.
check-cannot-read = cannot read this file: { $reason }
check-too-large = it is larger than { $mib } MiB, far more than any scenario
check-not-utf8 = this file is not UTF-8 text
check-not-utf8-label = not UTF-8
check-not-utf8-help = save the file as UTF-8 (any text editor offers it; in Notepad: File › Save as, then Encoding: UTF-8)
check-empty-file = this file is empty
check-unknown-kind = expected `Scenario` or `Fragment`, found `{ $word }`
check-no-kind = expected `Scenario` or `Fragment` at the start of the file
check-kind-label = not a scenario or a fragment
check-kind-help = a scenario file starts with `Scenario(`, a shared file with `Fragment(`
check-fragment-not-scenario = this file is a fragment, not a scenario
check-fragment-not-scenario-label = a fragment
check-fragment-not-scenario-help = a scenario includes fragments: `includes: ["regions/meridian.ron"]`; load the scenario instead
check-include-absolute = `{ $include }` is an absolute path
check-include-absolute-label = absolute path
check-include-absolute-help = an include is found from this file's folder: copy `{ $file }` into this scenario's folder (or a folder under it) and write includes: ["{ $file }"]
check-include-cycle = include cycle: { $cycle }
check-include-cycle-label = includes a file that includes this one
check-include-cycle-help = a fragment must not include, directly or not, a file that includes it: remove one include
check-included-here = included here
check-include-not-found = cannot find included file `{ $file }`
check-include-not-found-help = includes are relative to the file that includes them
check-include-folder = `{ $file }` is a folder, not a file
check-include-folder-help = include one .ron file at a time, as in "regions/meridian.ron"
check-include-unreadable = cannot read included file `{ $file }`: { $reason }
check-include-unreadable-help = check the file's permissions
check-include-scenario = `{ $file }` is a scenario; only fragments can be included
check-include-scenario-label = a scenario
check-include-scenario-help = move the shared jurisdictions and providers into a file that starts with `Fragment(`
check-include-outside = `{ $include }` leads outside the folders a scenario may include from
check-include-outside-label = outside the scenario's folders
check-include-outside-help = copy `{ $file }` into this scenario's folder (or a folder under it) and write includes: ["{ $file }"]
check-include-not-a-file = `{ $file }` is not a regular file (a pipe, a device or a socket)
# $file, $other: the two included fragments, as the including file names them.
check-region-conflict = `{ $file }` sets another region than `{ $other }`, and this file sets none of its own
check-region-conflict-label = a second region
check-region-conflict-help = give this file its own `region` (a text in each language, as its `title`), or include fragments of one region
check-include-not-ron = `{ $file }` is not a .ron file

## RON syntax. $error is the ron parser's own text, for the errors no author
## should meet; the others have their own headline (check-syntax-message-*).

check-syntax = the file cannot be read here: { $error }
check-syntax-unknown-field = unknown field
check-syntax-unknown-name = unknown name
check-syntax-missing-field = a field is missing here
check-syntax-missing-field-help = add `{ $field }: ...` (see docs/SCENARIO-FORMAT.md#{ $section })
check-syntax-given-twice = given twice
check-syntax-given-twice-help = keep only one of them
check-syntax-too-deep = nested too deeply
check-syntax-too-deep-help = brackets nest more than 128 levels deep: this cannot be a scenario
check-syntax-eof = the file ends here
check-syntax-eof-help = a bracket or a quote is not closed
check-syntax-wrong-name = wrong name
check-syntax-comma = a comma is missing before this
check-syntax-comma-help = end the previous value with a comma
check-syntax-duration = not a duration
check-syntax-duration-help = write a duration like "36h", "2d 4h" or "-1d"
check-syntax-office-hours = not office hours
check-syntax-office-hours-help = write office hours like "Mon-Fri 09:00-17:00"
check-syntax-here = here

## What was written where ron stopped, and what to write instead
## (src/scenario/syntax.rs). $text is the value as it should be written.

check-syntax-unquoted = needs double quotes
check-syntax-unquoted-help = write it in double quotes: "{ $text }"
check-syntax-single-quotes = single quotes
check-syntax-single-quotes-help = write it between double quotes: "{ $text }"
# $others: the other values in single quotes on the same line, as written.
check-syntax-single-quotes-more-help = write it between double quotes: "{ $text }", and the same for { $others } on this line
check-syntax-curly-quotes = curly quotes
check-syntax-curly-quotes-help = write straight double quotes, as a plain text editor types them: "{ $text }"
check-syntax-quoted-number = a number in quotes
check-syntax-quoted-number-help = write the number without quotes: { $text }
check-syntax-not-boolean = not `true` or `false`
check-syntax-not-boolean-help = write `true` (yes) or `false` (no)
check-syntax-negative = cannot be negative
check-syntax-negative-help = write a whole number, 0 or more, without a minus sign
check-syntax-unclosed-bracket = `{ $bracket }` is opened but never closed
check-syntax-unclosed-bracket-help = close it with `{ $bracket }` before `{ $field }`
check-syntax-unclosed-bracket-end-help = add `{ $bracket }` where it should end
check-syntax-unclosed-quote = a text in quotes is opened but never closed
check-syntax-unclosed-quote-help = end the text with `"` on the same line
check-syntax-opened-here = opened here
check-syntax-too-deep-message = brackets nest too deeply in this file

## Headlines in place of ron's own words (src/scenario/syntax.rs, `headline`).
## $names: what may be written there, each in backquotes.

check-syntax-message-eof = the file ends too early
check-syntax-message-list = a list in `[ ]` is needed here
check-syntax-message-boolean = `true` or `false` is needed here
check-syntax-message-comma = a comma is missing
check-syntax-message-whole-number = a whole number is needed here
check-syntax-message-too-large = this number is too large
check-syntax-message-map = `{"{"}` is needed here
check-syntax-message-colon = `:` is needed here, between a name and its value
check-syntax-message-struct = `(` is needed here
check-syntax-message-string = a text in double quotes is needed here
check-syntax-message-name = a name is needed here
check-syntax-message-trailing = there is more after the end of the file's last `)`
check-syntax-message-block-comment = a `/*` comment is never closed with `*/`
check-syntax-message-struct-name = this file must start with `{ $expected }`, not `{ $found }`
# $kind: the format's type, a key never shown.
check-syntax-message-unknown-name = `{ $found }` is not { $kind ->
        [Sector] a sector
        [ProviderKind] a kind of provider
        [Role] a role
        [Offence] an offence
        [DataCategory] a data category
        [Framework] a treaty
        [Reservation] a reservation
        [Staffing] a way to staff a 24/7 desk
        [LeadKind] a kind of lead
        [Condition] a condition
        [Recipient] a recipient
        [Locator] a way to locate a suspect
        [Instrument] an instrument
       *[other] a name that can be written here
    }: write one of { $names }
check-syntax-message-unknown-field = `{ $found }` is not a field here: the fields here are { $names }
check-syntax-message-twice = the field `{ $field }` is given twice
check-syntax-message-duration-value = `{ $value }` is not a duration
check-syntax-message-office-hours = these are not office hours
check-syntax-missing-field-message = the field `{ $field }` is missing
# $list: the list the entry is in (`jurisdictions`); $id: its `id` or `code`.
check-syntax-missing-field-in = `{ $list }` entry `{ $id }` lacks the field `{ $field }`
# $example: the field as the guide writes it; $section: the guide's heading, as a link anchor.
check-syntax-missing-field-example-help = add `{ $example }`, with your own values (see docs/SCENARIO-FORMAT.md#{ $section })
check-syntax-negative-message = this number cannot be negative

## Punctuation from other formats, and slips (src/scenario/syntax.rs).

check-syntax-hash-comment = `#` does not start a comment in a scenario file
check-syntax-hash-comment-label = not a comment
check-syntax-hash-comment-help = comments start with two slashes, and may stand anywhere, even before `Scenario(`: // { $text }
check-syntax-semicolon = `;` does not separate values
check-syntax-semicolon-label = write a comma here
check-syntax-semicolon-help = replace `;` with `,`
check-syntax-two-commas = two commas in a row
check-syntax-two-commas-label = second comma
check-syntax-two-commas-help = remove one of them
check-syntax-wrong-closer = `{ $bracket }` is closed with `{ $closer }`
check-syntax-wrong-closer-label = should be `{ $bracket }`
check-syntax-wrong-closer-help = replace `{ $closer }` with `{ $bracket }`
check-syntax-unclosed-bracket-before-help = close it with `{ $bracket }` before the `{ $closer }` on line { $line }
check-syntax-quoted-name = a name from the format is needed here, not a text in quotes
check-syntax-quoted-name-label = in quotes
check-syntax-quoted-name-help = write it without quotes: { $text }
check-syntax-locator-help = say what locates the suspect: Evidence("{ $text }") for a data item, or Lead("{ $text }") for a lead
check-syntax-plain-text = a text shown to participants is given per language
check-syntax-plain-text-label = one text, no language
check-syntax-plain-text-help = write {"{"}"en": "{ $text }"{"}"}, with one entry for each of the scenario's `languages`, as in {"{"}"en": "…", "fr": "…"{"}"}

## Ids: every reference defined, every definition once.

check-unknown-reference = unknown { $what ->
        [jurisdiction] jurisdiction
        [provider] provider
        [lead] lead
        [evidence] evidence item
        [suspect] suspect
       *[stage] stage
    } `{ $name }`
check-unknown-reference-label = { $what ->
        [jurisdiction] no jurisdiction has this code
        [provider] no provider has this id
        [lead] no lead has this id
        [evidence] no evidence item has this id
        [suspect] no suspect has this id
       *[stage] no stage has this id
    }
check-none-defined = no { $what ->
        [jurisdiction] jurisdictions
        [provider] providers
        [lead] leads
        [evidence] evidence items
        [suspect] suspects
       *[stage] stages
    } defined yet
# $names: the first eight, as written, in backquotes.
check-known = known { $what ->
        [jurisdiction] jurisdictions
        [provider] providers
        [lead] leads
        [evidence] evidence items
        [suspect] suspects
       *[stage] stages
    }: { $names }
check-duplicate = { $what ->
        [jurisdiction] jurisdiction
        [provider] provider
        [incident] incident
        [lead] lead
        [evidence] evidence item
        [suspect] suspect
        [inject] inject
        [objective] objective
       *[stage] stage
    } `{ $id }` is defined twice
check-duplicate-label = second definition
check-duplicate-help = give each { $what ->
        [jurisdiction] jurisdiction its own code
        [provider] provider its own id
        [incident] incident its own id
        [lead] lead its own id
        [evidence] evidence item its own id
        [suspect] suspect its own id
        [inject] inject its own id
        [objective] objective its own id
       *[stage] stage its own id
    }, or remove one of them

## Jurisdictions and providers.

check-unknown-time-zone = unknown time zone `{ $name }`
check-unknown-time-zone-label = not a time zone
check-unknown-time-zone-help = use an IANA time zone name, like "Europe/Chisinau" or "UTC"
check-fixed-offset-time-zone-help = name the zone by a city of the country, as your computer does: "Region/City", like "Europe/Riga" or "America/Toronto"; a city's zone follows daylight saving, so office hours and nights fall right all year, and `{ $name }` is an offset, not a place
check-negative-delay = a delay cannot be negative: ("{ $min }", "{ $max }")
check-negative-delay-label = negative delay
check-negative-delay-help = write the shortest then the longest time, like ("2h", "8h")
check-reversed-delay = the shortest delay `{ $min }` is longer than the longest `{ $max }`
check-reversed-delay-label = shortest after longest
check-reversed-delay-help = write the shortest first: ("{ $max }", "{ $min }")
check-zero-or-negative = zero or negative
check-law-retention-not-positive = retention of { $category } must be longer than zero, not `{ $retention }`
check-law-retention-not-positive-help = write how long providers keep this data, like "90d"; leave the category out if the law sets no period
check-retention-not-positive = retention must be longer than zero, not `{ $retention }`
check-retention-not-positive-help = write how long the provider keeps this data, like "2d"; a provider that keeps nothing leaves the category out of `holds`
check-no-retention = { $provider } keeps { $category } but neither it nor the law of { $code } says for how long
check-no-retention-label = no retention
check-no-retention-help = add `retention: "90d"` here, or a { $category } entry to the `retention_law` of { $code }
check-gone-before-start = { $item } is deleted before the exercise starts: created at { $created }, kept { $retention } by { $provider }
check-gone-before-start-label = retention runs out at { $gone }
check-gone-before-start-help = no team can preserve data that is already gone (Art. 16 and 29 reach stored data only): write `created: "{ $instead }"` (or anything later than -{ $retention }) to have it at the provider when the exercise starts, or remove it if the case means it is lost
check-incident-no-offences = incident { $incident } names no offence: dual criminality could never be met, and every MLA request about it would be refused
check-incident-no-offences-help = say what the facts amount to, e.g. `offences: [IllegalAccess, DataInterference, Extortion]`
check-jurisdiction-no-offences = { $code } is no Party to the Budapest Convention and lists no offence: every MLA request to it would fail dual criminality
check-jurisdiction-no-offences-help = list what the law of { $code } punishes, e.g. `offences: [IllegalAccess, ComputerFraud]` (the conduct counts, not the name: Art. 25(5)); a Budapest Party needs no list for the Convention's offences
check-no-offences-label = no offence
check-no-night-delay = the 24/7 desk of { $code } is reduced at night but has no `night_acts_in`
check-no-night-delay-label = no night delay
check-no-night-delay-help = without it, nights take as long as days (`acts_in: { $delay }`): add `night_acts_in` with the slower night delay, like ("4h", "12h"), or write `staffing: Always`
check-unused-label = unused
check-night-delay-unused-always = `night_acts_in` of { $code } is never used: its 24/7 desk is staffed `Always`
check-night-delay-unused-always-help = a desk staffed `Always` acts in `acts_in` day and night: remove `night_acts_in`, or write `staffing: ReducedAtNight` if the desk is slower at night
check-night-delay-unused-office-hours = `night_acts_in` of { $code } is never used: its 24/7 desk works office hours only
check-night-delay-unused-office-hours-help = a desk staffed `OfficeHoursOnly` acts only in its central authority's office hours, in `acts_in`: remove `night_acts_in`, or write `staffing: ReducedAtNight` if someone is on call at night
check-rate-over-100 = a voluntary disclosure rate is a percentage: { $rate } is over 100
check-rate-over-100-label = over 100
check-rate-over-100-help = write a whole number from 0 (never discloses) to 100 (always)

## Leads, evidence, teams and injects.

check-evidence-elsewhere = evidence `{ $item }` is held by `{ $holder }`, but the lead points at `{ $provider }`
check-evidence-elsewhere-no-provider = evidence `{ $item }` is held by `{ $holder }`, but the lead names no provider
check-evidence-elsewhere-label = held by { $holder }
check-evidence-elsewhere-help = a lead's evidence is data at its own provider: set `provider: "{ $holder }"` on the lead, or list `{ $item }` under a lead that points at `{ $holder }`
check-not-kept-but-held = { $provider } keeps { $category }, so this data exists
check-not-kept-but-held-label = said never kept
check-not-kept-but-held-help = remove `kept: false`, or take ({ $category }) out of { $provider }'s `holds` if it really keeps none
check-category-not-held = { $provider } does not hold { $category }
check-category-not-held-label = not held by this provider
check-category-not-held-help = { $provider } holds { $held }; add ({ $category }) to its `holds`, change the category, or write `kept: false` if it never kept this data
check-category-not-held-help-nothing = { $provider } keeps no data at all: hold the evidence somewhere else, or write `kept: false` if the lesson is that a team asks for it in vain (Art. 29(6))
check-two-teams = { $code } has two teams
check-two-teams-label = second team
check-two-teams-help = a jurisdiction has one team: put all of { $code }'s roles in the first and remove this one
check-trainer-role = `Trainer` is not a role of { $code }
check-trainer-role-label = the trainer belongs to no jurisdiction
check-trainer-role-team-help = the trainer is always present and sees every team: remove `Trainer` from { $code }'s `{ $field }`
check-trainer-role-inject-help = the trainer is one person for the whole exercise: write `Trainer` instead
check-liaison-role = `Liaison` is not a role of { $code }
check-liaison-role-label = a liaison speaks for a provider, not for a country
check-liaison-role-help = a provider's law-enforcement liaison is that provider's seat: remove `Liaison` here and write `played: true` on the provider
check-role-listed-twice = `{ $role }` is listed twice in { $code }'s `{ $field }`
check-role-listed-twice-label = listed again
check-role-listed-twice-help = list each role once
check-role-in-roles-and-optional = `{ $role }` is listed both in { $code }'s `roles` and in its `optional`
check-role-in-roles-and-optional-help = list it once: in `optional` if the trainer may leave it to the simulation, in `roles` if people must play it
check-unplayed-role = inject addressed to { $role } of { $code }, whom no human plays
check-unplayed-role-label = nobody plays this role
check-unplayed-team = inject addressed to team { $code }, whom no human plays
check-unplayed-team-label = nobody plays for this country
check-unplayed-no-team-help = no team plays { $code }: add `(jurisdiction: "{ $code }", roles: [...])` to `teams`, or address the inject to a team that plays
check-unplayed-no-human-help = { $code }'s team lists no role people play: add one to its `roles` or `optional`, or address the inject to a team that plays
# $role: a role as written in `teams` (`Contact247`).
check-optional-recipient-role = inject addressed to { $role } of { $code }, an optional seat: when no one takes it, no one reads the inject
check-optional-recipient-team = inject addressed to team { $code }, whose seats are all optional: when no one takes one, no one reads the inject
check-optional-recipient-label = read only if someone takes this seat
check-optional-recipient-help = the start screen of `cyberdrill play` offers only the roles in `roles`: move { $role } into { $code }'s `roles`, or start the exercise with the seat named, `--seat { $role ->
        [Investigator] investigator
        [Prosecutor] prosecutor
       *[Contact247] 247
    }@{ $code }`
check-unplayed-simulated-help = { $code } plays { $roles }; simulated roles cannot read injects: add the role to { $code }'s team or address a human

## The case as a whole.

check-unreachable-evidence = no lead path reaches evidence `{ $item }`
check-unreachable-evidence-label = players can never find this
check-unreachable-evidence-help = list "{ $item }" in the `evidence` of a lead that an incident's `initial_leads` lead to
check-no-instrument = no instrument lets { $from } ask { $to } for evidence `{ $item }`
check-no-instrument-label = held in { $to }
check-no-instrument-help = neither preservation nor MLA applies between { $from } and { $to }: make both Parties to the Budapest Convention, or give one a `bilateral_mla` treaty with the other (ignore this if the lesson is that the data is out of reach)
check-unused-jurisdiction = jurisdiction `{ $code }` is never used
check-unused-jurisdiction-label = nothing refers to it
check-unused-jurisdiction-help = no provider, incident, team or inject names it: remove it, or move it to a shared fragment
check-unused-provider = provider `{ $provider }` is never used
check-unused-provider-label = no lead or evidence refers to it
check-unused-provider-help = give it evidence, point a lead's `provider` at it, or remove it
check-unrevealed-lead = lead `{ $lead }` is never revealed
check-unrevealed-lead-label = nothing reveals it
check-unrevealed-lead-help = list it in an incident's `initial_leads`, or in the `reveals` of a lead or evidence item

## Suspects and conditional stages.

check-never-sent = `{ $instrument }` is never sent on its own: the requested desk performs it while executing `{ $within }`, so a condition waiting for it never holds
check-never-sent-label = never sent
check-never-sent-help = wait for the request it comes with: `RequestSent({ $within })`, or for what it yields (`LeadFound`, `EvidenceDisclosed`)
check-not-at-eurojust = { $code } is not represented at Eurojust, so no coordination meeting there can bring it in: this condition never holds
check-meeting-with-itself = a coordination meeting at Eurojust brings two States together, not { $code } with itself: this condition never holds
check-never-held-label = never held
check-not-at-eurojust-help = add `Eurojust` to { $code }'s `parties` if it is an EU Member State or has a cooperation agreement and a liaison prosecutor at Eurojust; otherwise wait for something it can achieve
check-meeting-with-itself-help = name the two jurisdictions whose judicial authorities meet: `CoordinationMeetingHeld("A", "B")`
check-never-located = suspect `{ $suspect }` can never be located: nothing is listed in `located_by`
check-never-located-label = nothing locates this suspect
check-never-located-help = list what tells a team where they are, a data item it can obtain or a lead it can find: `located_by: [Evidence("phone-location"), Lead("home-ip")]`
check-unless-never-holds = stage `{ $stage }` can never be averted or delayed: its `unless` cannot hold by `{ $at }`, the stage's time
check-unless-never-holds-label = false at `{ $at }`, whatever the teams do
check-unless-never-holds-help = name something a team can achieve before `{ $at }`, such as `SuspectLocated("...")` or `EvidenceProducedFor("A", "...")`, or remove `unless`
check-delay-without-unless = `delayed_by` of stage `{ $stage }` never applies: the stage has no `unless`
check-delay-without-unless-label = nothing delays this stage
check-delay-without-unless-help = add `unless: ...`, what puts the stage off (e.g. `unless: SuspectLocated("...")`), or remove `delayed_by`
check-delay-not-positive = stage `{ $stage }` is put off by `{ $by }`: that is no delay
check-delay-not-positive-help = write how much later the stage comes when its `unless` holds, like "1d"
check-never-averted = stage `{ $stage }` can never be averted: it has no `unless`
check-never-averted-delayed = stage `{ $stage }` can never be averted: its `delayed_by` puts it off instead
check-never-averted-label = never holds
check-never-averted-help = give stage `{ $stage }` an `unless` without `delayed_by`, so that a team can avert it, or ask for `Not(StageReached("{ $stage }"))` instead

## Time.

# $reason is the time library's own text.
check-start-unreadable = `{ $start }` is not a start date-time with a time zone
check-start-unreadable-label = not a zoned date-time
check-start-unreadable-help = write the year first, then the month, the day, the time and the time zone in brackets: "{ $example }"
check-start-skipped = `{ $start }` is a time the clocks skip
check-start-skipped-label = does not exist in this zone
check-start-skipped-help = { $written } does not exist there: the clocks skip it when summer time begins (the first time after the gap is { $first-after }): choose a time outside the gap
check-never-ends = the exercise never ends
check-never-ends-label = neither `after` nor `when`
check-never-ends-help = give `after: "3d"`, or a condition `when: ...`, or both (whichever comes first ends it)
check-end-not-positive = the exercise must last longer than zero, not `{ $after }`
check-end-not-positive-help = write how long the exercise runs, like "90d"
check-end-too-long = the exercise would run longer than { $years } years, the longest an exercise may run
check-end-too-long-label = longer than { $years } years
check-end-too-long-help = write `"{ $years }y"` or less, like "90d" (a journal records times up to { $latest })
check-speed-out-of-range = the clock cannot run at speed { $speed }: a speed is from 1 (real time) to { $max }
check-speed-out-of-range-label = not from 1 to { $max }
check-speed-out-of-range-help = write how many simulated seconds pass per real second, from 1 to { $max }: 60 runs one simulated hour per real minute; leave `clock` out for real time
check-band-out-of-range = a playtest band of { $low } to { $high } % wins is no range of win rates
check-band-out-of-range-label = not from 0 to 100, lowest first
check-band-out-of-range-help = write the lowest and the highest win rate the scenario is designed for, in percent from 0 to 100, lowest first: `wins: (40, 80)`
check-band-twice = the profile `{ $profile }` has a second playtest band
check-band-twice-label = a second band for this profile
check-band-twice-help = give each profile one band: remove this one or merge the two ranges
check-unknown-profile = `{ $profile }` is not a skill profile; the profiles are { $profiles }
check-unknown-profile-label = unknown profile
check-unknown-profile-help = write one of { $profiles }, in quotes: `profile: "average"`
check-deadline-not-positive = objective `{ $objective }` is due at `{ $by }`, before anyone can act
check-deadline-not-positive-help = `by` counts from the start of the exercise: write a positive duration like "36h"
check-before-start = { $what ->
        [stage] a stage
        [inject] inject
       *[objective] objective
    } cannot happen before the exercise starts (`{ $at }`)
check-before-start-label = negative time
check-before-start-help = times count from the start of the exercise: "0m" is the start, "2h" two hours later
check-after-end = { $what ->
        [stage] stage
        [inject] inject
        [objective] objective
       *[deadline] objective deadline of
    } `{ $id }` at `{ $at }` comes after the end of the exercise (`{ $end }`)
check-after-end-label = after the end
check-after-end-help = make it `{ $end }` or earlier, or make `end.after` longer
# $period: check-days, or check-period when it is not whole days.
check-preservation-too-short = Art. 29 preservation of { $period } is shorter than the treaty allows
check-preservation-too-short-label = under sixty days
check-preservation-too-short-help = Budapest Art. 29(7) preserves "for a period not less than sixty days": write "60d" or more, or leave it out
check-domestic-preservation-too-long = Art. 16 preservation of { $period } is longer than the treaty allows
check-domestic-preservation-too-long-label = over ninety days
check-domestic-preservation-too-long-help = Budapest Art. 16(2) preserves "up to a maximum of ninety days" (renewable): write "90d" or less, or leave it out
check-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
check-period = `{ $period }`

## Translations.

# $languages: the missing ones, in backquotes; $example: the first of them.
check-missing-translation = this text has no { $languages } translation
check-missing-translation-label = translation missing
check-missing-translation-help = the scenario's `languages` include { $languages }: add "{ $example }": "..." to this text
check-unlisted-language = text in `{ $language }`, which the scenario does not list in `languages` ({ $listed })
check-unlisted-language-label = no participant reads this
check-unlisted-language-help = add "{ $language }" to the scenario's `languages` (every text then needs it), or remove this translation
check-unlisted-language-help-typo = did you mean `{ $best }`? Otherwise add "{ $language }" to the scenario's `languages` (every text then needs it), or remove this translation
