# What happens in an exercise: who acted, and what happened.
# Each id is the stable code of a typed message in the core (src/sim/event.rs,
# src/sim/view.rs); variables are described in src/words/mod.rs.
#
# French conventions (keep them when rewording):
# - A data item is always "les données X" (feminine plural, whatever the
#   number of items): participles agree with it ("données X conservées",
#   "produites", "supprimées"), since no message says how many items it names.
# - Events are participle phrases ("demande #3 envoyée à BR"): the actor in
#   the column before is the agent, and no verb has to agree with it.
# - An article citation ($instrument, $basis) never takes a determiner:
#   "cette mesure ({ $instrument })", "la demande ({ $basis })".
# - Preservation is "conservation"; a provider's own retention is
#   "durée de rétention", so the two never read alike.
# - A plain space before ":" and ";" (terminals), never a no-break space.

## Actors: the trace's second column.

actor-seat = { $participant }
actor-team = équipe { $jurisdiction }
actor-network-247 = réseau 24/7
actor-central-authority = autorité centrale { $jurisdiction }
actor-desk = point de contact 24/7 { $jurisdiction }
actor-judge = juge { $jurisdiction }
actor-provider = { $provider }
actor-authorities = autorités { $jurisdiction }
actor-csirt = CSIRT { $jurisdiction }
actor-fiu = CRF { $jurisdiction }
actor-interpol = INTERPOL
actor-eurojust = Eurojust
actor-europol = Europol
actor-incident = incident
actor-inject = stimulus
actor-clock = horloge
actor-debrief = bilan

## Events.

leads-found = { $how } : { $leads-count ->
        [one] nouvelle piste
       *[other] nouvelles pistes
    } { $leads }
lead-ref = { $lead-value } ({ $lead })
lead-source-case-opened = ouverture du dossier { $incident }
lead-source-examining = examen de la piste { $lead }
lead-source-analysed = analyse des données { $item }
lead-source-informed = information spontanée de { $from } (art. 26 : des pistes, non des preuves)
lead-source-path-disclosed = le point de contact 24/7 { $by } a communiqué, en exécutant la demande #{ $request }, les données relatives au trafic permettant d'identifier un fournisseur situé dans un autre État et la voie de transmission ({ $basis } ; renseignement)
lead-source-path-shown = données relatives au trafic de { $item } divulguées avec leur conservation (art. 17 : les fournisseurs de la chaîne de transmission, à titre de renseignement)
lead-source-csirt = indicateurs de { $from } transmis par les CSIRT nationaux (des pistes, non des preuves)
lead-source-siena = pistes transmises par { $from } via SIENA, par l'intermédiaire d'Europol (du renseignement, non des preuves)
lead-source-fiu-trace = résultats du traçage des fonds par la cellule de renseignement financier de { $by } (du renseignement financier, non des preuves)
direct-order-notice = avis de la demande #{ $request } ({ $basis }) : { $from } a enjoint directement à { $provider } de produire des données relatives aux abonnés (notification exigée par votre déclaration au titre de l'art. 7(5))
request-arrived = demande #{ $request } ({ $basis }) reçue de { $from } : transmettez-la au fournisseur ou répondez-y
request-awaits-decision = la demande #{ $request } ({ $basis }) de { $from } attend votre décision : accordez-la (pour un ressortissant que votre loi n'extrade pas, cela revient à le poursuivre chez vous) ou refusez-la en motivant
request-reached-provider = demande #{ $request } ({ $basis }) de { $from } reçue par { $provider } : exécutez-la, demandez des précisions ou, si la société le peut, refusez
spontaneous-information = information spontanée #{ $request } ({ $basis }) de { $from } ; infractions en cause : { $offences } ; aucune réponse n'est attendue
request-transmitted = demande #{ $request } transmise à { $to }
request-sent-back = demande #{ $request } renvoyée pour précisions ; { $asked ->
        [true] éléments à préciser
       *[false] éléments manquants
    } : { $missing } ; complétez-la et renvoyez-la
request-forwarded = demande #{ $request } ({ $basis }) transmise au fournisseur
request-accepted = demande #{ $request } ({ $basis }) acceptée : elle est en cours de traitement
order-signed = injonction #{ $request } ({ $basis }) signée : elle peut être signifiée
request-closed = demande #{ $request } ({ $basis }) de { $from } : { $result }
item-deleted = données { $item } supprimées : { $why }
item-collected = données { $item } collectées en temps réel au titre de la demande #{ $request }, comme preuve
stage-reached = { $stage } : { $stage-text }{ $risk_to_life ->
        [true] {" "}[risque pour la vie : procédures d'urgence ouvertes]
       *[false] {""}
    }
inject-fired = { $inject } : { $inject-text }
exercise-over-time-up = fin de l'exercice : le temps prévu par le scénario est écoulé
exercise-over-end-condition = fin de l'exercice : la condition de fin est remplie
objective-met = objectif atteint : { $objective } (+{ $points })
paused = exercice mis en pause
resumed = exercice repris
speed-set = vitesse réglée sur x{ $factor }
clock-jumped = horloge avancée à { $to }
annotated = note : { $text }
lead-examined = piste { $lead-value } ({ $lead }) examinée : { $lead-text }
lead-looked-up = recherche en sources ouvertes (art. 32(a) de la Convention de Budapest) sur { $lead-value } : { $provider } ({ $kind }, { $country })
request-drafted = demande #{ $request } rédigée : { $basis }, à destination de { $to } { $leads-count ->
        [0] { $items-count ->
            [0] {""}
           *[other] {"["}{ $items }]
        }
       *[other] { $basis-key ->
            [fiu-freeze] gelant les fonds de { $leads }
            [fiu-trace] traçant { $leads }
           *[other] communiquant { $leads }
        }
    }
request-amended = demande #{ $request } complétée{ $fields-count ->
        [0] {""}
       *[other] {" "}; ajout : { $fields }
    }{ $rewritten-count ->
        [0] {""}
       *[other] {" "}; réécrit : { $rewritten }
    }{ $unsigned ->
        [true] {" "}; la signature ne couvre plus la demande modifiée : signez-la de nouveau
       *[false] {""}
    }
applied-to-judge = injonction #{ $request } ({ $basis }) soumise au juge
request-signed = demande #{ $request } ({ $basis }) signée
request-sent = demande #{ $request } ({ $basis }) envoyée à { $to }
request-taken-up = demande #{ $request } prise en charge
wrote-on-request = sur la demande #{ $request } : { $text }
preservation-renewed = conservation au titre de la demande #{ $request } ({ $basis }) renouvelée jusqu'à { $until }
stage-averted = { $stage } : menace écartée à temps, ceci n'a pas eu lieu : { $stage-text }
stage-delayed = { $stage } : menace repoussée, désormais attendue à { $until } : { $stage-text }
suspect-located = suspect { $suspect } localisé par { $by-name } ({ $by }) : { $suspect-text }
red-notice-published = notice rouge publiée à la demande de { $from-name } ({ $from }) pour le suspect { $suspect }, présent dans votre pays : { $suspect-text }
cross-match-hit = recoupement d'Europol : { $leads } { $leads-count ->
        [one] transmise
       *[other] transmises
    } par { $from-name } ({ $from }) via SIENA { $leads-count ->
        [one] figure
       *[other] figurent
    } déjà dans votre propre enquête : les deux enquêtes ont une piste en commun
coordination-meeting-held = réunion de coordination à Eurojust à la demande de { $from-name } ({ $from }) : vos autorités judiciaires et les siennes sont convenues des modalités d'exécution des demandes d'entraide entre vous, qui suivent désormais le rythme convenu

## How a request ended.

result-delivered = remise à son destinataire
result-information-delivered = remise au point de contact 24/7 de { $to } (simple information : rien n'est demandé)
result-indicators-handed-off = partagés de CSIRT à CSIRT et remis à la police de { $to } (simples indicateurs : rien n'est demandé)
result-assets-frozen = gel en vigueur en { $by } : { $leads }
result-red-notice-published = notice rouge publiée pour le suspect { $suspect } : { $suspect-text }
result-received-by-desk = reçue par le point de contact 24/7 de { $desk }
result-refused-reservation = refusée : { $by } subordonne la conservation à la double incrimination (réserve au titre de l'art. 29(4)) et ne réprime aucun des faits en cause ({ $offences })
result-refused-dual-criminality = refusée faute de double incrimination : { $by } ne réprime aucun des faits en cause ({ $offences })
result-nothing-kept = conservation impossible : { $provider } ne garde pas ce type de données (avis au titre de l'art. 29(6)) ; cherchez une autre trace
result-declined-voluntarily = { $provider } a refusé la divulgation volontaire ; passez par l'entraide judiciaire pour l'y contraindre
result-declined-by-provider = { $provider } a refusé : { $ground } ; une demande volontaire n'oblige personne : passez par l'entraide judiciaire pour l'y contraindre
result-declined-by-desk = refusée par { $by } : { $ground }
result-withdrawn = retirée par { $by }
result-executed = { $clauses }
result-extradited = { $by-name } ({ $by }) accorde l'extradition : la personne recherchée { $suspect } est remise (art. 24 de la Convention de Budapest)
result-prosecuted-instead = { $by-name } ({ $by }) refuse d'extrader son ressortissant { $suspect } et soumet l'affaire à ses autorités compétentes aux fins de poursuites (art. 24(6) de la Convention de Budapest)
result-joint-team-set-up = { $with-name } ({ $with }) donne son accord : une équipe commune d'enquête est créée (art. 12 du Deuxième Protocole) ; ses membres se demandent désormais les données directement
result-hearing-scheduled = { $by-name } ({ $by }) fixe l'audition par vidéoconférence au { $at } (art. 11 du Deuxième Protocole) : le témoin sera entendu à cette date ; un témoignage, non des données
result-assets-traced = tracé par l'intermédiaire de la cellule de renseignement financier de { $by } : { $leads } ; { $found-count ->
        [0] ses informations ne révèlent rien de plus
       *[other] ses informations révèlent { $found }
    } (du renseignement financier, non des preuves : pour en faire usage comme preuve, demandez l'accord de cette cellule et adressez une demande formelle)
result-cross-matched = transmises via SIENA à la police de { $with }, avec recoupement par Europol : { $hits-count ->
        [0] aucune concordance avec l'enquête de { $with }
       *[other] concordance, l'enquête de { $with } détient déjà { $hits }
    } (du renseignement, non des preuves)
result-coordination-agreed = réunion de coordination tenue à Eurojust avec les autorités judiciaires de { $with-name } ({ $with }) : vos demandes d'entraide réciproques suivent désormais le rythme convenu
clause-preserved = données { $items } conservées jusqu'à { $until }
clause-produced = données { $items } produites comme preuve
clause-disclosed = données { $items } divulguées à titre de renseignement (irrecevables comme preuve : une demande formelle doit suivre)
clause-no-longer-available = données { $items } devenues indisponibles
clause-not-yet-stored = données { $items } créées après la réception de la demande par le fournisseur, donc non couvertes : { $preservation ->
        [true] la conservation (art. 16 et 29) ne porte
       *[false] une injonction de divulgation ou de production ne porte
    } que sur des données stockées ; les données à venir relèvent de la collecte en temps réel (art. 20 et 33)
clause-never-kept = données { $items } jamais gardées par { $provider }{ $preservation ->
        [true] {" "}(avis au titre de l'art. 29(6))
       *[false] {""}
    }
clause-collecting = données { $items } à collecter en temps réel dès leur création, jusqu'à { $until }
clause-already-stored = données { $items } déjà stockées lorsque l'ordonnance a pris effet, donc non collectées en temps réel (faites-les conserver, puis obtenez-les par une injonction de produire ou par l'entraide)
clause-after-the-order = données { $items } créées seulement après la fin de l'ordonnance, le { $until }, donc non collectées
clause-onward-transfer-needs-consent = données { $items } transférées par { $by-name } ({ $by }) à la condition qu'elles ne soient communiquées à aucun autre État sans son autorisation préalable (art. 14(10)(a) du Deuxième Protocole)

## Why a provider deleted data.

deletion-hold-released = la demande d'entraide qui en assurait la conservation n'est plus en cours ; la conservation ({ $basis }) avait expiré à { $expired } et la durée de rétention à { $retention }{ $produced ->
        [true] {" "}; une copie avait déjà été produite
       *[false] {" "}; aucune demande formelle ne les avait obtenues
    }{ $intelligence_only ->
        [true] {" "}(seuls des renseignements avaient été obtenus)
       *[false] {""}
    }
deletion-preservation-expired = la conservation ({ $basis }) a expiré (la durée de rétention avait pris fin à { $retention }){ $produced ->
        [true] {" "}; une copie avait déjà été produite
       *[false] {" "}; aucune demande formelle ne les avait obtenues
    }{ $intelligence_only ->
        [true] {" "}(seuls des renseignements avaient été obtenus)
       *[false] {""}
    }
deletion-retention-produced = la durée de rétention a pris fin (une copie avait déjà été produite)
deletion-retention-after-lapse = la durée de rétention a pris fin après l'expiration de la conservation, et aucune demande formelle ne les avait obtenues{ $intelligence_only ->
        [true] {" "}(seuls des renseignements avaient été obtenus)
       *[false] {""}
    }
deletion-retention-unpreserved = la durée de rétention a pris fin avant que quiconque ne les fasse conserver{ $intelligence_only ->
        [true] {" "}(seuls des renseignements avaient été obtenus)
       *[false] {""}
    }

## Where a request stands.

status-drafting = en cours de rédaction
status-with-the-judge = soumise au juge
status-at-foreign-desk = auprès du point de contact 24/7 requis
status-awaiting-forward = en attente au point de contact 24/7 requis
status-at-own-central-authority = auprès de notre autorité centrale
status-at-foreign-central-authority = auprès de l'autorité centrale requise
status-at-foreign-judicial-authority = auprès de l'autorité judiciaire requise
status-processing = en cours de traitement par l'État requis
status-at-provider = chez le fournisseur
status-awaiting-liaison = en attente du correspondant du fournisseur
status-awaiting-decision = en attente de la décision du procureur requis
status-returned = renvoyée pour précisions
status-with-the-csirts = auprès des CSIRT, en route vers la police de l'autre État
status-with-the-fius = auprès des cellules de renseignement financier, le gel n'est pas encore en vigueur
status-at-interpol = en cours d'examen à INTERPOL
status-tracing-with-the-fius = auprès des cellules de renseignement financier, le traçage n'est pas encore revenu
status-at-europol = transmise via SIENA, recoupement en cours à Europol
status-at-eurojust = à Eurojust, la réunion de coordination en cours d'organisation
status-closed = { $result }

## What a team has been told about a data item.

told-not-requested = non demandées
told-requested = demandées
told-preserved-until = conservées jusqu'à { $until }
told-could-not-preserve = n'ont pas pu être conservées
told-not-available = indisponibles
told-not-yet-stored = créées après la demande : non couvertes (données stockées seulement)
told-disclosed = divulguées à titre de renseignement
told-disclosed-preserved-until = divulguées à titre de renseignement ; conservées jusqu'à { $until }
told-produced = produites comme preuve

## The provider's truth about a data item (trainer and debrief).

truth-never-kept = jamais gardées par { $provider }
truth-produced-then-deleted = produites (supprimées chez le fournisseur à { $at })
truth-lost = perdues à { $at } : { $why }
truth-produced = produites (recevables)
truth-preserved-until = conservées jusqu'à { $until }{ $disclosed ->
        [true] , divulguées à titre de renseignement
       *[false] {""}
    }
truth-preserved-while-mla = conservées tant que la demande d'entraide est en cours{ $disclosed ->
        [true] , divulguées à titre de renseignement
       *[false] {""}
    }
truth-live = présentes chez le fournisseur (non conservées){ $disclosed ->
        [true] , divulguées à titre de renseignement
       *[false] {""}
    }

## What became of a data item, in one word.
# Printed in a column 10 characters wide: keep each at most 10.

fate-produced = produites
fate-lost = perdues
fate-disclosed = divulguées
fate-preserved = conservées
fate-live = présentes
fate-not-kept = absentes

## Deadlines a participant watches.

deadline-preservation = conservation des données { $item }
deadline-retention = fin de la durée de conservation des données { $item }

## What an accepted action did.

done-paused = exercice en pause
done-resumed = exercice repris
done-speed-set = vitesse x{ $factor }
done-inject-fired = stimulus { $inject } déclenché
done-noted = note enregistrée
done-clock-at = il est maintenant { $now }
done-examined = piste { $lead } examinée
done-looked-up = recherche sur la piste { $lead } : { $provider }
done-drafted = demande #{ $request } rédigée
done-amended = demande #{ $request } complétée
done-with-the-judge = injonction #{ $request } soumise au juge
done-signed = demande #{ $request } signée
done-sent = demande #{ $request } envoyée
done-forwarded = demande #{ $request } traitée
done-declined = demande #{ $request } refusée
done-complied = demande #{ $request } exécutée
done-wrote = réponse envoyée
done-renewed = conservation renouvelée jusqu'à { $until }
done-withdrawn = demande #{ $request } retirée
done-path-disclosed = voie de transmission révélée par la demande #{ $request } communiquée
done-read = notes lues jusqu'à la note #{ $upto }
deadline-answer-due = réponse exigée par le droit à la demande #{ $request }
deadline-service-due = signification au fournisseur, par l'État requis, de l'injonction #{ $request } au plus tard (art. 8(6) du Deuxième Protocole)
deadline-objective = objectif { $objective }
deadline-end = fin de l'exercice
done-sent-back = demande #{ $request } renvoyée pour précisions
