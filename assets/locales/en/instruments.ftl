# The law as a table: `cyberdrill instruments`, docs/LAW.md and the
# terminal's help (src/words/law.rs). Rows are read off src/law.

instruments-title = The instruments
instruments-intro = Every instrument of the exercise: the article it rests on, who may use it, whom it goes to, where it exists, its conditions, what a request must state, the data it reaches, what it yields, and the timings the law gives it. The scenario's 24/7 desks, central authorities, judges and providers set every other delay.
instruments-generated = Generated from the law table (src/law) by `cyberdrill instruments --markdown > docs/LAW.md`; do not edit by hand.
instruments-summary = Between { $from } and { $to }, { $exist } of the { $total } instruments exist: { $articles }.
instruments-heading = { $article }: { $name }
instruments-senders = Used by
instruments-channel = Goes to
instruments-needs = Where it exists
instruments-needs-value = it needs { $needs }
instruments-needs-nothing = everywhere: it needs no treaty
instruments-conditions = Conditions
instruments-states = Must state
instruments-states-nothing = nothing
instruments-translation-if-required = a translation, where the requested central authority requires one
instruments-reaches = Data it reaches
instruments-reaches-any = any stored data
instruments-reaches-connected = also on a system connected to the searched one in the same territory (Art. 19(2)), never abroad
instruments-discloses-path = except, at once, enough traffic data to identify the other providers in the path: their leads, as intelligence (Art. 17(1)(b))
instruments-reaches-future = only data created after the order takes effect, in real time; never data already stored
instruments-yields = Yields
instruments-timings = Timings
instruments-between = Between { $from } and { $to }
instruments-exists-on = exists (basis: { $basis }){ $reserved ->
        [true] ; { $to } may refuse it where dual criminality is not met, unless the case has a Convention offence (its Art. 29(4) reservation)
       *[false] {""}
    }{ $notified ->
        [true] ; { $to }'s 24/7 desk is notified of it (CETS 224 Art. 7(5)(a))
       *[false] {""}
    }{ $conditioned ->
        [true] ; what { $to } transfers by it may go on to another State only with its authorisation (CETS 224 Art. 14(10)(a))
       *[false] {""}
    }

## Who receives a request first.

channel-domestic-provider = a provider in the requester's own jurisdiction
channel-foreign247 = the requested jurisdiction's 24/7 point of contact
channel-central-authorities = the requester's central authority, which forwards it to the requested one
channel-foreign-provider = a provider in the other jurisdiction, directly
channel-foreign-judicial-authority = the requested jurisdiction's judicial authority, directly, a copy to the central authorities
channel-csirt = the requester's national CERT/CSIRT, which shares with the requested jurisdiction's CSIRT, which hands on to its police
channel-fiu = the requester's financial intelligence unit, which freezes or traces at home or asks the unit of the State where the funds are held
channel-interpol = the requester's INTERPOL National Central Bureau, to INTERPOL's General Secretariat, which publishes it to every member country
channel-foreign-prosecutor = the other jurisdiction's prosecutors, directly: a joint investigation team's partners
channel-none = no one: the requester looks the lead up
channel-consenting-person = the person who may lawfully disclose the data, who consents and gives access at once
channel-europol = the requester's Europol National Unit, over SIENA to the other State's police, Europol in copy cross-checking
channel-eurojust = the requester's national desk at Eurojust, which convenes the other State's national member or liaison prosecutor and its judicial authorities

## What a request leads to.

yields-preservation = preservation: the data is kept, nothing is disclosed
yields-intelligence = intelligence, not admissible evidence
yields-evidence = admissible evidence
yields-public-information = publicly available information
yields-informs-only = information for the counterpart; nothing comes back
yields-freeze = the funds the wallets or accounts hold are frozen; nothing is disclosed
yields-red-notice = a request to every member country to locate the suspect and arrest provisionally, pending extradition
yields-surrender = the suspect surrendered, or, if the requested State refuses its own national, prosecuted there (Art. 24(6))
yields-agreement = a joint investigation team, once the other side agrees
yields-testimony = a hearing by video conference on a date the requested side sets: testimony, not data
yields-trace = financial intelligence: what the records behind the wallets or accounts show (the holder, where the funds went), as leads; evidence only with the providing unit's consent, through a formal request
yields-cross-match = the leads reach the other State's police, and Europol reports those its own investigation already holds (a hit): intelligence, not evidence
yields-coordination = a coordination meeting: both States' judicial authorities agree how to execute the mutual assistance requests between them; no data changes hands

## Conditions.

condition-emergency = only in an emergency: a significant and imminent risk to the life or safety of a person{ $emergency ->
        [cets224-art3] {" "}(CETS 224 Art. 3)
       *[none] {""}
    }
condition-dual-criminality = dual criminality, judged by the requested side
condition-court-order = a court order: the prosecutor applies, a judge signs
condition-signature = signed by the prosecutor
condition-provider-may-decline = the provider may decline: it is a request, not a binding order
condition-holders = addressed to { $kinds } only
condition-needs-joint-team = only between the members of a joint investigation team already set up (CETS 224 Art. 12)
condition-urgency = only in urgent circumstances: a known risk to life, or every data item named vulnerable to loss
condition-data-at-risk = only for data vulnerable to loss: its published retention runs out sooner than ordinary MLA could obtain it
condition-within = not a request of its own: the requested 24/7 desk performs it while executing a request under { $within }, to identify a provider in another State and the path
condition-consent = only where someone your team knows may lawfully disclose the data and consents (the account holder logs in, for instance)
condition-serious-offence = only for the serious offences the law of the State that intercepts lists (Arts 21, 34: its `serious_offences`, else the exercise's; by default attacks on data and systems, computer fraud, child sexual abuse material, extortion, money laundering)
condition-none = none beyond what it must state

## Timings.

timing-preserves = keeps the data for { $period }, renewable
timing-provider-deadline = the provider answers within { $deadline }
timing-emergency-deadline = within { $deadline } in an emergency
timing-emergency-answer = the provider answers within { $min } to { $max } where its own policy sets no time
timing-urgent-handling = the requested authority has it executed within { $min } to { $max }, in elapsed time
timing-collects-for = collects for { $period } from when the order takes effect at the provider
timing-office-handling = { $office ->
        [fiu-trace] traced within { $min } to { $max }, in elapsed time
        [eurojust-coordination] the meeting is held within { $min } to { $max }, in elapsed time
        [europol-cross-match] delivered and cross-checked within { $min } to { $max }, in elapsed time
       *[other] delivered, frozen or published within { $min } to { $max }, in elapsed time
    }
timing-agreed-pace = after it, the requested authority has a mutual assistance request between the two executed within { $min } to { $max }, in elapsed time, where its own pace is slower
timing-min-penalty = for offences punishable by deprivation of liberty for at least { $period } (Art. 24(1)(a)); the requested central authority and courts take their own time
timing-served-within = the requested Party serves the order on the provider within { $within }
timing-order-answers = the provider returns subscriber information within { $subscriber }, traffic data within { $traffic }
timing-none = none set by law: the scenario's desks, central authorities, judges and providers take their own time

## Usage errors.

instruments-no-such-jurisdiction = --between: no jurisdiction `{ $code }` in this scenario; it has { $codes }
