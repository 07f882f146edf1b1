# What happens in an exercise: who acted, and what happened.
# Each id is the stable code of a typed message in the core (src/sim/event.rs,
# src/sim/view.rs); variables are described in src/words/mod.rs.

## Actors: the trace's second column.

actor-seat = { $participant }
actor-team = { $jurisdiction } team
actor-network-247 = 24/7 network
actor-central-authority = { $jurisdiction } central authority
actor-desk = { $jurisdiction } 24/7 desk
actor-judge = { $jurisdiction } judge
actor-provider = { $provider }
actor-authorities = { $jurisdiction } authorities
actor-csirt = { $jurisdiction } CSIRT
actor-fiu = { $jurisdiction } FIU
actor-interpol = INTERPOL
actor-eurojust = Eurojust
actor-europol = Europol
actor-incident = incident
actor-inject = inject
actor-clock = clock
actor-debrief = debrief

## Events.

leads-found = { $how }: { $leads-count ->
        [one] new lead
       *[other] new leads
    } { $leads }
lead-ref = { $lead-value } ({ $lead })
lead-source-case-opened = case { $incident } opened
lead-source-examining = examining { $lead }
lead-source-analysed = { $item } analysed
lead-source-informed = spontaneous information from { $from } (Art. 26: leads, not evidence)
lead-source-path-disclosed = the { $by } 24/7 desk disclosed, while executing request #{ $request }, the traffic data that identifies a provider in another State and the path ({ $basis }; intelligence)
lead-source-path-shown = traffic data of { $item } disclosed with its preservation (Art. 17: the providers in the path, intelligence)
lead-source-csirt = indicators from { $from } through the national CSIRTs (leads, not evidence)
lead-source-siena = leads from { $from } over SIENA, through Europol (intelligence, not evidence)
lead-source-fiu-trace = what the { $by } financial intelligence unit found tracing the funds (financial intelligence, not evidence)
direct-order-notice = notice of request #{ $request } ({ $basis }): { $from } ordered subscriber information directly from { $provider } (your declaration under Art. 7(5))
request-arrived = request #{ $request } ({ $basis }) from { $from } arrived: forward it to the provider or answer
request-awaits-decision = request #{ $request } ({ $basis }) from { $from } awaits your decision: grant it (for a national your law does not extradite, that is prosecuting at home) or refuse it with a ground
request-reached-provider = request #{ $request } ({ $basis }) from { $from } reached { $provider }: comply, ask for clarification or, where the company may, decline
spontaneous-information = spontaneous information #{ $request } ({ $basis }) from { $from }: its case concerns { $offences }; no answer is required
request-transmitted = transmitted request #{ $request } to { $to }
request-sent-back = sent request #{ $request } back for clarification: { $asked ->
        [true] asks to clarify
       *[false] missing
    } { $missing }; amend it and send it again
request-forwarded = forwarded request #{ $request } ({ $basis }) to the provider
request-accepted = accepted request #{ $request } ({ $basis }): it is being processed
order-signed = signed order #{ $request } ({ $basis }): it can be served
request-closed = request #{ $request } ({ $basis }) from { $from }: { $result }
item-deleted = deleted { $item }: { $why }
item-collected = { $item } collected in real time under request #{ $request }, as evidence
stage-reached = { $stage }: { $stage-text }{ $risk_to_life ->
        [true] {" "}[risk to life: emergency procedures open]
       *[false] {""}
    }
inject-fired = { $inject }: { $inject-text }
exercise-over-time-up = exercise over: the scenario's time is up
exercise-over-end-condition = exercise over: the end condition holds
objective-met = objective met: { $objective } (+{ $points })
paused = paused the exercise
resumed = resumed the exercise
speed-set = set the speed to x{ $factor }
clock-jumped = jumped the clock to { $to }
annotated = note: { $text }
lead-examined = examined { $lead-value } ({ $lead }): { $lead-text }
lead-looked-up = Budapest Art. 32(a) look-up of { $lead-value }: { $provider } ({ $kind }) in { $country }
request-drafted = drafted request #{ $request }: { $basis } to { $to } { $leads-count ->
        [0] { $items-count ->
            [0] {""}
           *[other] {"["}{ $items }]
        }
       *[other] { $basis-key ->
            [fiu-freeze] freezing what { $leads } holds
            [fiu-trace] tracing { $leads }
           *[other] sharing { $leads }
        }
    }
request-amended = amended request #{ $request }: { $fields-count ->
        [0] {""}
       *[other] added { $fields }{ $rewritten-count ->
            [0] {""}
           *[other] ;{" "}
        }
    }{ $rewritten-count ->
        [0] {""}
       *[other] rewrote { $rewritten }
    }{ $unsigned ->
        [true] ; the signature no longer covers it: sign it again
       *[false] {""}
    }
applied-to-judge = applied to the judge for order #{ $request } ({ $basis })
request-signed = signed request #{ $request } ({ $basis })
request-sent = sent request #{ $request } ({ $basis }) to { $to }
request-taken-up = took up request #{ $request }
wrote-on-request = on request #{ $request }: { $text }
preservation-renewed = renewed the preservation of request #{ $request } ({ $basis }) until { $until }
stage-averted = { $stage }: averted in time, this did not happen: { $stage-text }
stage-delayed = { $stage }: put off, now expected at { $until }: { $stage-text }
suspect-located = suspect { $suspect } located by { $by-name } ({ $by }): { $suspect-text }
red-notice-published = red notice published at the request of { $from-name } ({ $from }) for suspect { $suspect }, in your country: { $suspect-text }
cross-match-hit = Europol cross-check: { $leads } sent by { $from-name } ({ $from }) over SIENA { $leads-count ->
        [one] is
       *[other] are
    } already in your own investigation: the two investigations share a lead
coordination-meeting-held = coordination meeting at Eurojust at the request of { $from-name } ({ $from }): your judicial authorities and theirs agreed how to execute the mutual assistance requests between you, which now go at the agreed pace

## How a request ended.

result-delivered = delivered
result-information-delivered = delivered to the { $to } 24/7 desk (information only: nothing is requested)
result-indicators-handed-off = shared CSIRT to CSIRT and handed to the { $to } police (indicators only: nothing is requested)
result-assets-frozen = frozen in { $by }: { $leads }
result-red-notice-published = red notice published for suspect { $suspect }: { $suspect-text }
result-received-by-desk = received by the { $desk } 24/7 desk
result-refused-reservation = refused: { $by } reserved dual criminality for preservation (Art. 29(4)) and criminalises none of { $offences }
result-refused-dual-criminality = refused for lack of dual criminality: { $by } criminalises none of { $offences }
result-nothing-kept = could not preserve: { $provider } keeps no such data (notice under Art. 29(6)); look for another trace
result-declined-voluntarily = { $provider } declined to disclose voluntarily; enforce through MLA
result-declined-by-provider = { $provider } declined: { $ground }; a voluntary request binds no one: enforce through MLA
result-declined-by-desk = declined by { $by }: { $ground }
result-withdrawn = withdrawn by { $by }
result-executed = { $clauses }
result-extradited = { $by-name } ({ $by }) grants extradition: suspect { $suspect } is surrendered (Budapest Art. 24)
result-prosecuted-instead = { $by-name } ({ $by }) refuses to extradite its own national { $suspect } and submits the case to its authorities for prosecution (Budapest Art. 24(6))
result-joint-team-set-up = { $with-name } ({ $with }) agrees: a joint investigation team is set up (CETS 224 Art. 12); its members now ask each other for data directly
result-hearing-scheduled = { $by-name } ({ $by }) sets the hearing by video conference for { $at } (CETS 224 Art. 11): the witness testifies then; testimony, not data
result-assets-traced = traced through the { $by } financial intelligence unit: { $leads }; { $found-count ->
        [0] its records show nothing more
       *[other] its records show { $found }
    } (financial intelligence, not evidence: to use it as evidence, ask that unit's consent and send a formal request)
result-cross-matched = sent over SIENA to the { $with } police, Europol cross-checking: { $hits-count ->
        [0] no hit, nothing in { $with }'s investigation matches
       *[other] a hit, { $with }'s own investigation already holds { $hits }
    } (intelligence, not evidence)
result-coordination-agreed = coordination meeting held at Eurojust with the judicial authorities of { $with-name } ({ $with }): your mutual assistance requests to each other now go at the agreed pace
clause-preserved = { $items }: preserved until { $until }
clause-produced = { $items }: produced as evidence
clause-disclosed = { $items }: disclosed as intelligence (not admissible: a formal request must follow)
clause-no-longer-available = { $items }: no longer available
clause-not-yet-stored = { $items }: created after the request reached the provider, so not covered by it: { $preservation ->
        [true] preservation (Art. 16, 29) reaches
       *[false] a disclosure or production order reaches
    } stored data only; data still to come needs real-time collection (Art. 20, 33)
clause-never-kept = { $items }: never kept by { $provider }{ $preservation ->
        [true] {" "}(notice under Art. 29(6))
       *[false] {""}
    }
clause-collecting = { $items }: to be collected in real time as created, until { $until }
clause-already-stored = { $items }: already stored when the order took effect, so not collected in real time (preserve it, then obtain it by a production order or MLA)
clause-after-the-order = { $items }: created only after the order ends at { $until }, so not collected
clause-onward-transfer-needs-consent = { $items }: transferred by { $by-name } ({ $by }) on condition that they go to no other State without its prior authorisation (CETS 224 Art. 14(10)(a))

## Why a provider deleted data.

deletion-hold-released = the MLA request that kept it preserved is no longer pending; the preservation under { $basis } had expired at { $expired } and retention had run out at { $retention }{ $produced ->
        [true] ; a copy had already been produced
       *[false] ; no formal request had obtained it
    }{ $intelligence_only ->
        [true] {" "}(only intelligence was obtained)
       *[false] {""}
    }
deletion-preservation-expired = the preservation under { $basis } expired (retention had run out at { $retention }){ $produced ->
        [true] ; a copy had already been produced
       *[false] ; no formal request had obtained it
    }{ $intelligence_only ->
        [true] {" "}(only intelligence was obtained)
       *[false] {""}
    }
deletion-retention-produced = retention ran out (a copy had already been produced)
deletion-retention-after-lapse = retention ran out after the preservation had lapsed, and no formal request had obtained it{ $intelligence_only ->
        [true] {" "}(only intelligence was obtained)
       *[false] {""}
    }
deletion-retention-unpreserved = retention ran out before anyone preserved it{ $intelligence_only ->
        [true] {" "}(only intelligence was obtained)
       *[false] {""}
    }

## Where a request stands.

status-drafting = drafting
status-with-the-judge = with the judge
status-at-foreign-desk = at the requested 24/7 desk
status-awaiting-forward = waiting at the requested 24/7 desk
status-at-own-central-authority = with our central authority
status-at-foreign-central-authority = with the requested central authority
status-at-foreign-judicial-authority = at the requested judicial authority
status-processing = being processed by the requested state
status-at-provider = with the provider
status-awaiting-liaison = waiting for the provider's liaison
status-awaiting-decision = waiting for the requested prosecutor's decision
status-returned = returned for clarification
status-with-the-csirts = with the CSIRTs, on its way to the other police
status-with-the-fius = with the financial intelligence units, the freeze not yet in effect
status-at-interpol = under review at INTERPOL
status-tracing-with-the-fius = with the financial intelligence units, the trace not yet back
status-at-europol = over SIENA, Europol cross-checking
status-at-eurojust = at Eurojust, the coordination meeting being convened
status-closed = { $result }

## What a team has been told about a data item.

told-not-requested = not requested
told-requested = requested
told-preserved-until = preserved until { $until }
told-could-not-preserve = could not be preserved
told-not-available = not available
told-not-yet-stored = created after the request: not covered (stored data only)
told-disclosed = disclosed as intelligence
told-disclosed-preserved-until = disclosed as intelligence; preserved until { $until }
told-produced = produced as evidence

## The provider's truth about a data item (trainer and debrief).

truth-never-kept = never kept by { $provider }
truth-produced-then-deleted = produced (deleted at the provider at { $at })
truth-lost = lost at { $at }: { $why }
truth-produced = produced (admissible)
truth-preserved-until = preserved until { $until }{ $disclosed ->
        [true] , disclosed as intelligence
       *[false] {""}
    }
truth-preserved-while-mla = preserved while MLA is pending{ $disclosed ->
        [true] , disclosed as intelligence
       *[false] {""}
    }
truth-live = live (not preserved){ $disclosed ->
        [true] , disclosed as intelligence
       *[false] {""}
    }

## What became of a data item, in one word.

fate-produced = produced
fate-lost = lost
fate-disclosed = disclosed
fate-preserved = preserved
fate-live = live
fate-not-kept = not kept

## Deadlines a participant watches.

deadline-preservation = preservation of { $item }
deadline-retention = retention of { $item } runs out

## What an accepted action did.

done-paused = paused
done-resumed = resumed
done-speed-set = speed x{ $factor }
done-inject-fired = fired { $inject }
done-noted = noted
done-clock-at = now { $now }
done-examined = examined { $lead }
done-looked-up = looked up { $lead }: { $provider }
done-drafted = drafted request #{ $request }
done-amended = amended request #{ $request }
done-with-the-judge = order #{ $request } is with the judge
done-signed = signed request #{ $request }
done-sent = sent request #{ $request }
done-forwarded = handled request #{ $request }
done-declined = declined request #{ $request }
done-complied = complied with request #{ $request }
done-wrote = answered
done-renewed = preserved until { $until }
done-withdrawn = withdrew request #{ $request }
done-path-disclosed = disclosed the path revealed by request #{ $request }
done-read = read up to note #{ $upto }
deadline-answer-due = the law's latest answer to request #{ $request }
deadline-service-due = the requested State's latest service of order #{ $request } on the provider (CETS 224 Art. 8(6))
deadline-objective = objective { $objective }
deadline-end = end of the exercise
done-sent-back = sent request #{ $request } back for clarification
