# Why an action was refused (src/sim/refusal.rs). Each says what the law
# requires and what to do instead; none names what the team has not found.

refused-no-such-participant = there is no participant { $participant } in this exercise; jurisdictions: { $jurisdictions }
refused-trainer-only = only the trainer controls the exercise; { $participant } plays in it
refused-trainer-does-not-play = the trainer watches and steers; case work is for the players
refused-ended = the exercise ended at { $at }
refused-already-paused = the exercise is already paused
refused-not-paused = the exercise is not paused
refused-speed-out-of-range = speed is a factor from 1 (real time) to 100000
refused-no-such-inject = no inject `{ $inject }`; this scenario has: { $injects }
refused-inject-already-fired = inject `{ $inject }` already fired at { $at }
refused-empty-annotation = an annotation needs some text
refused-clock-moved-by-host = the clock is moved by the host, not by this action
refused-only-trainer-moves-clock = only the trainer moves the clock
refused-time-only-forward = time only moves forward: it is already { $now }
refused-past-latest = the clock cannot go past { $latest } ({ $years ->
        [one] one year
       *[other] { $years } years
    } after the start, the longest an exercise may run)
refused-lead-not-found = your team has not found a lead `{ $lead }`; examine what you have first
refused-examine-is-investigators = examining leads is the investigator's work; ask { $team }/investigator
refused-already-examined = `{ $lead }` has already been examined
refused-look-up-roles = Budapest Art. 32(a) look-ups are done by the investigator or the 24/7 desk
refused-no-provider-behind = a look-up of { $lead-value } shows no provider: nothing public ties it to a company
refused-already-looked-up = `{ $lead }` has already been looked up
refused-needs-no-request = { $instrument } needs no request: look the lead up
refused-duty-within = { $instrument } is not a request of its own: the requested Party discloses the traffic data that identifies a provider in another State and the path while it executes your { $within } request; send { $within } and the path comes with it
refused-no-such-jurisdiction = no jurisdiction `{ $to }`; this exercise has { $jurisdictions }
refused-not-between = { $needs-code ->
        [needs-same-jurisdiction] { $instrument } is a domestic power: it reaches providers in { $from } only{ $instead-count ->
            [0] {""}
           *[other] { $first-count ->
                [0] ; for { $to }, use { $instead }
               *[other] ; for { $to }, ask first for { $first }, then use { $instead }
            }
        }
        [needs-other-jurisdiction] { $instrument } is for cross-border requests{ $instead-count ->
            [0] {""}
           *[other] { $first-count ->
                [0] ; within { $from }, use { $instead }
               *[other] ; within { $from }, ask first for { $first }, then use { $instead }
            }
        }
       *[other] { $needs-code ->
            [needs-budapest-or-un] { $instrument-name } (as under { $instrument })
            [needs-common-treaty] { $instrument-name } (as under { $instrument })
           *[other] { $instrument }
        } does not exist between { $from } and { $to }: it needs { $needs }{ $instead-count ->
            [0] {""}
           *[other] { $only_way ->
                [true] ; { $to } is reached from { $from } only by { $instead }
               *[false] { $first-count ->
                    [0] ; between them, use { $instead }
                   *[other] ; between them, ask first for { $first }, then use { $instead }
                }
            }
        }
    }
refused-wrong-sender = { $instrument } is sent by { $senders }, not by the { $role }
refused-needs-emergency = { $instrument-key ->
        [provider-emergency-request] an emergency request under the provider's own policy
       *[other] { $instrument }
    } needs an emergency: nothing known to your team shows a significant and imminent risk to life{ $instrument-emergency ->
        [cets224-art3] {" "}(CETS 224 Art. 3)
       *[none] {""}
    }{ $instead-count ->
        [0] {""}
       *[other] { $first-count ->
            [0] ; without one, use { $instead }
           *[other] ; without one, ask first for { $first }, then use { $instead }
        }
    }
refused-needs-urgency = { $instrument } is for urgent circumstances: nothing known to your team shows a risk to life, and not every data item named is vulnerable to loss; use ordinary MLA
refused-not-vulnerable = { $instrument } is for data vulnerable to loss: { $item } is not about to be lost: its published retention runs out later than ordinary MLA could obtain it; use ordinary MLA (Budapest Art. 31)
refused-unknown-item = your team knows of no data item `{ $item }` it can name: find the lead that points to it and look up who holds it (Art. 32(a))
refused-must-name-data = { $instrument } must name the data it is about
refused-informs-names-no-data = { $instrument } sends information to { $to }; it asks for nothing, so it names no data to obtain, only leads your team has found: { $instead-count ->
        [0] no request between you and { $to } obtains data
       *[other] { $first-count ->
            [0] to obtain data, use { $instead }
           *[other] to obtain data, ask first for { $first }, then use { $instead }
        }
    }
refused-not-covered = { $instrument-key ->
        [real-time-traffic] { $instrument } collects traffic data in real time, as it is created: it does not reach { $item }, which is { $category }
        [real-time-traffic-mla] { $instrument } collects traffic data in real time, as it is created: it does not reach { $item }, which is { $category }
        [interception] { $instrument } intercepts content data in real time, as it is transmitted: it does not reach { $item }, which is { $category }
        [interception-mla] { $instrument } intercepts content data in real time, as it is transmitted: it does not reach { $item }, which is { $category }
        [traffic-preservation] { $instrument } preserves traffic data only, disclosing enough of it to identify the path: { $item } is { $category }
       *[other] { $instrument } discloses { $instrument-key ->
            [traffic-disclosure] traffic data
            [domain-registration-request] domain name registration information
            [giving-effect-to-order] subscriber information and traffic data
           *[other] subscriber information
        } only: { $item } is { $category }
    } — { $instead-count ->
        [0] no other instrument between these two reaches it
       *[other] use { $instead }
    }
refused-not-a-service-provider = { $instrument-key ->
        [provider-emergency-request] an emergency request under a provider's own policy
       *[other] { $instrument }
    } is addressed to service providers only (Budapest Art. 1(c)): { $provider } ({ $kind }) is not one; ask its country, through the 24/7 network (Art. 29) or by mutual legal assistance
refused-extension-abroad = { $item } is on a system connected to the one searched, but held by { $provider } in { $held_in }: a search extends only to connected systems in your own territory (Budapest Art. 19(2)){ $instead-count ->
        [0] {""}
       *[other] { $first-count ->
            [0] ; use { $instead }
           *[other] ; ask first for { $first }, then use { $instead }
        }
    }
refused-no-one-to-consent = { $instrument } needs the lawful and voluntary consent of a person who may disclose { $item }: your team knows no one who can give it
refused-not-serious = { $instrument } is only for the serious offences the law of { $under-name } lists (Arts 21, 34: a range determined by domestic law), and the offences of your case ({ $offences }) are none of them
refused-already-stored = { $instrument } collects data created after the order takes effect, and { $item } is already stored{ $instead-count ->
        [0] {""}
       *[other] { $first-count ->
            [0] ; use { $instead }
           *[other] ; ask first for { $first }, then use { $instead }
        }
    }
refused-not-its-addressee = { $instrument } is addressed to domain name registrars only (CETS 224 Art. 6): { $provider } ({ $kind }) is not one; ask its country, through the 24/7 network (Art. 29) or by mutual legal assistance
refused-onward-transfer-needs-consent = lead { $lead } comes from { $item }, which { $by-name } ({ $by }) transferred on condition that it go to no other State without its prior authorisation (CETS 224 Art. 14(10)(a)): ask { $by } first
refused-no-joint-team = there is no joint investigation team with { $to } yet, and { $instrument-name } is made only within one: propose a team first (CETS 224 Art. 12){ $instead-count ->
        [0] {""}
       *[other] , or use { $instead }
    }
refused-must-name-suspect = { $instrument } must name exactly one suspect, one your team has located: the person whose surrender it seeks; draft one request per person
refused-suspect-not-located = `{ $suspect }` is not a suspect your team has located: { $instrument } names a person, not a data item or a lead, and is asked of the State where your team has located that person
refused-suspect-elsewhere = suspect { $suspect } is in { $located_in }, not in { $to }: address { $instrument } to { $located_in }
refused-not-extraditable = Budapest Art. 24(1)(a) applies to offences of Arts 2-11 punishable by deprivation of liberty for at least { $threshold }: { $offences-count ->
        [one] { $offences } is not
       *[other] none of { $offences } is
    }
refused-one-provider = one request goes to one provider: draft one request per provider
refused-one-suspect = { $instrument } names exactly one suspect your team has located: one notice, one person
refused-must-name-assets = { $instrument } must name the wallets or accounts whose funds are to be { $instrument-key ->
        [fiu-trace] traced
       *[other] frozen
    }
refused-must-name-leads = { $instrument } must name the leads your team has found that Europol is to cross-check
refused-not-an-asset = `{ $id }` is not a wallet or an account your team has found: { $instrument } { $instrument-key ->
        [fiu-trace] traces
       *[other] freezes
    } the funds a wallet or an account holds
refused-custodian-unknown = no exchange or bank is known to hold { $lead-value }: look it up first; a wallet no one hosts cannot be { $instrument-key ->
        [fiu-trace] traced
       *[other] frozen
    } through a financial intelligence unit
refused-assets-held-elsewhere = { $lead-value } is held by { $provider } in { $held_in }, not in { $to }: address the { $instrument-key ->
        [fiu-trace] trace
       *[other] freeze
    } to { $held_in }
refused-wrong-jurisdiction = { $item } is held by { $provider } in { $held_in }, not in { $to }: address the request to { $held_in }
refused-handled-by = request #{ $request } ({ $basis }) is handled by { $seat }
refused-no-such-request = your team has no request #{ $request }
refused-with-the-judge = request #{ $request } is with the judge
refused-closed = request #{ $request } is closed: draft a new one
refused-being-handled = request #{ $request } has been sent and is being handled
refused-already-stated = request #{ $request } already states that (a signature comes from signing)
refused-blank-field-text = the text written for { $field } is blank: write what it states, or name the field alone
refused-signing-is-prosecutors = signing is for the competent authority: ask { $team }/prosecutor
refused-already-signed = request #{ $request } is already signed
refused-needs-no-signature = { $instrument } needs no signature: send it
refused-incomplete = { $basis-key ->
        [provider-emergency-request] the emergency request made under the provider's own policy
       *[other] { $basis }
    } is incomplete and { $by }: it lacks { $missing }; amend it first
rejecter-judge = the judge would not sign it
rejecter-provider = the provider would reject it
rejecter-law = it would not stand
refused-sent-by-role = { $instrument } is sent by the { $role }
refused-not-signed = { $basis } must be signed by { $court_order ->
        [true] a judge
       *[false] the prosecutor
    } before it is sent
refused-forward-is-desks = incoming 24/7 requests are forwarded by the 24/7 desk
refused-comply-is-liaisons = only a provider's law-enforcement liaison complies with a request for its company's data, and only the requested prosecutor grants an extradition or a joint team put to them
refused-not-awaiting-decision = request #{ $request } is not waiting for your decision: it is still with the central authorities, or already decided
refused-liaison-answers-only = a provider's liaison answers requests for its company's data: comply, ask for clarification, decline what the company may decline, or write to the sender
refused-not-waiting-at-provider = no request #{ $request } is waiting for your company
refused-order-binds = request #{ $request } ({ $basis }) binds your company: comply, or ask for clarification of an element; only a voluntary request may be declined
refused-not-waiting = no request #{ $request } is waiting at your desk
refused-decline-is-desks = incoming 24/7 requests are answered by the 24/7 desk
refused-decline-needs-ground = a refusal states its ground: for a 24/7 desk one Art. 29(5) allows (political offence, sovereignty, security, ordre public); for a provider its policy or its law; for an extradition or a joint team the requested State's reason
refused-nothing-to-answer = you have no request #{ $request } to answer
refused-not-sent-yet = request #{ $request } has not been sent: nobody else has it yet
refused-empty-answer = an answer needs some text
refused-renewed-by-sender = { $instrument } is renewed by whoever sends it: the { $role }
refused-not-a-preservation = { $instrument } is not a preservation, so there is nothing to renew: renew the preservation request that keeps its data
refused-preserved-nothing = request #{ $request } has preserved nothing yet
refused-withdrawn-by-sender = only { $sender }, which sent request #{ $request }, can withdraw it; the side it reached answers it, or declines it while it waits at the desk
refused-preservation-lapsed = the preservation under request #{ $request } has lapsed, so there is nothing to renew: what it kept is held again only as long as its retention lasts; to keep data that is still there, send a new preservation request
refused-already-closed = request #{ $request } is closed already
refused-no-such-note = you were sent no note #{ $note }
refused-already-read = note #{ $note } is already read
refused-paused-no-jump = the exercise is paused at { $now }: resume it first, then jump
refused-send-back-is-desks = incoming 24/7 requests are sent back for clarification by the 24/7 desk
refused-disclose-path-is-desks = the path an executed preservation revealed is disclosed by the requested 24/7 desk (Art. 30)
refused-no-path-to-disclose = request #{ $request } is no preservation your desk executed whose preserved traffic data shows a provider in another State: there is no path to disclose (Art. 30)
refused-path-already-disclosed = the path revealed by request #{ $request } has already been disclosed
refused-nothing-to-clarify = say which elements of request #{ $request } need clarifying
refused-not-an-element = { $instrument } does not state { $field }: ask only for the elements it states
