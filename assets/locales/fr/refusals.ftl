# Why an action was refused (src/sim/refusal.rs). Each says what the law
# requires and what to do instead; none names what the team has not found.
#
# French: an article citation takes no determiner, so an instrument is
# "cette mesure ({ $instrument })"; a role follows "un" ("par un enquêteur"),
# which works for every role, vowel or not.
# A message that can only name an article (Art. 30 within Art. 29, the
# real-time articles, Art. 17, Art. 24) gives it its article: "l'{ $instrument }".

refused-no-such-participant = aucun participant { $participant } dans cet exercice ; juridictions : { $jurisdictions }
refused-trainer-only = seul le formateur pilote l'exercice ; { $participant } y participe comme joueur
refused-trainer-does-not-play = le formateur observe et pilote ; le travail d'enquête revient aux joueurs
refused-ended = l'exercice a pris fin à { $at }
refused-already-paused = l'exercice est déjà en pause
refused-not-paused = l'exercice n'est pas en pause
refused-speed-out-of-range = la vitesse est un facteur compris entre 1 (temps réel) et 100000
refused-no-such-inject = aucun stimulus `{ $inject }` ; ce scénario comporte : { $injects }
refused-inject-already-fired = le stimulus `{ $inject }` a déjà été déclenché à { $at }
refused-empty-annotation = une annotation doit comporter du texte
refused-clock-moved-by-host = l'horloge est avancée par le programme hôte, pas par cette action
refused-only-trainer-moves-clock = seul le formateur avance l'horloge
refused-time-only-forward = le temps ne fait qu'avancer : il est déjà { $now }
refused-past-latest = l'horloge ne peut pas dépasser { $latest } ({ $years ->
        [one] un an
       *[other] { $years } ans
    } après le début, la durée maximale d'un exercice)
refused-lead-not-found = votre équipe n'a pas trouvé de piste `{ $lead }` ; examinez d'abord celles que vous avez
refused-examine-is-investigators = l'examen des pistes relève de l'enquêteur ; adressez-vous à { $team }/investigator
refused-already-examined = la piste `{ $lead }` a déjà été examinée
refused-look-up-roles = les recherches en sources ouvertes (art. 32(a) de la Convention de Budapest) sont effectuées par l'enquêteur ou le point de contact 24/7
refused-no-provider-behind = la recherche sur { $lead-value } ne fait apparaître aucun fournisseur : aucune information publique ne rattache cette piste à une entreprise
refused-already-looked-up = la piste `{ $lead }` a déjà fait l'objet d'une recherche
refused-needs-no-request = cette mesure ({ $instrument }) ne nécessite aucune demande : faites directement la recherche sur la piste
refused-duty-within = l'{ $instrument } ne fait pas l'objet d'une demande distincte : c'est en exécutant votre demande fondée sur l'{ $within } que la Partie requise communique les données relatives au trafic permettant d'identifier un fournisseur situé dans un autre État et la voie de transmission ; envoyez une demande au titre de l'{ $within }, et la voie de transmission vous sera communiquée avec elle
refused-no-such-jurisdiction = aucune juridiction `{ $to }` ; cet exercice comporte : { $jurisdictions }
refused-not-between = { $needs-code ->
        [needs-same-jurisdiction] cette mesure ({ $instrument }) relève du droit interne : elle ne vise que les fournisseurs de { $from }{ $instead-count ->
            [0] {""}
           *[other] { $first-count ->
                [0] {" "}; pour { $to }, passez par { $instead }
               *[other] {" "}; pour { $to }, demandez d'abord { $first }, puis passez par { $instead }
            }
        }
        [needs-other-jurisdiction] cette mesure ({ $instrument }) est réservée aux demandes transfrontières{ $instead-count ->
            [0] {""}
           *[other] { $first-count ->
                [0] {" "}; au sein de { $from }, passez par { $instead }
               *[other] {" "}; au sein de { $from }, demandez d'abord { $first }, puis passez par { $instead }
            }
        }
       *[other] { $needs-code ->
            [needs-budapest-or-un] cette mesure ({ $instrument-name }, comme à l'{ $instrument })
            [needs-common-treaty] cette mesure ({ $instrument-name }, comme à l'{ $instrument })
           *[other] cette mesure ({ $instrument })
        } n'existe pas entre { $from } et { $to } : il faut { $needs }{ $instead-count ->
            [0] {""}
           *[other] { $only_way ->
                [true] {" "}; { $from } ne peut atteindre { $to } que par { $instead }
               *[false] { $first-count ->
                    [0] {" "}; entre ces deux États, passez par { $instead }
                   *[other] {" "}; entre ces deux États, demandez d'abord { $first }, puis passez par { $instead }
                }
            }
        }
    }
refused-wrong-sender = cette mesure ({ $instrument }) est envoyée par { $senders }, pas par un { $role }
refused-needs-emergency = { $instrument-key ->
        [provider-emergency-request] une demande d'urgence adressée au fournisseur selon sa propre politique
       *[other] cette mesure ({ $instrument })
    } suppose une situation d'urgence : rien de ce que sait votre équipe ne révèle un risque important et imminent pour la vie{ $instrument-emergency ->
        [cets224-art3] {" "}(art. 3 du Deuxième Protocole)
       *[none] {""}
    }{ $instead-count ->
        [0] {""}
       *[other] { $first-count ->
            [0] {" "}; sans urgence, passez par { $instead }
           *[other] {" "}; sans urgence, demandez d'abord { $first }, puis passez par { $instead }
        }
    }
refused-needs-urgency = cette mesure ({ $instrument }) est réservée aux cas d'urgence : rien de ce que sait votre équipe ne révèle un risque pour la vie, et toutes les données visées ne sont pas exposées à un risque de perte ; utilisez l'entraide ordinaire
refused-not-vulnerable = cette mesure ({ $instrument }) vise des données exposées à un risque de perte : la durée de conservation publiée de { $item } expire après le délai d'une entraide ordinaire ; utilisez l'entraide ordinaire (art. 31 de la Convention de Budapest)
refused-unknown-item = votre équipe ne connaît pas de données `{ $item }` qu'elle puisse désigner : trouvez la piste qui y mène, puis recherchez qui les détient (art. 32(a))
refused-must-name-data = cette mesure ({ $instrument }) doit désigner les données qu'elle vise
refused-informs-names-no-data = cette mesure ({ $instrument }) transmet une information à { $to } ; elle ne demande rien et ne désigne donc aucune donnée à obtenir, seulement des pistes que votre équipe a trouvées : { $instead-count ->
        [0] aucune demande entre vous et { $to } ne permet d'obtenir des données
       *[other] { $first-count ->
            [0] pour obtenir des données, passez par { $instead }
           *[other] pour obtenir des données, demandez d'abord { $first }, puis passez par { $instead }
        }
    }
refused-not-covered = { $instrument-key ->
        [real-time-traffic] l'{ $instrument } permet de collecter en temps réel les données relatives au trafic, au fur et à mesure de leur création : il ne permet pas d'obtenir les données { $item }, qui relèvent d'une autre catégorie ({ $category })
        [real-time-traffic-mla] l'{ $instrument } permet de collecter en temps réel les données relatives au trafic, au fur et à mesure de leur création : il ne permet pas d'obtenir les données { $item }, qui relèvent d'une autre catégorie ({ $category })
        [interception] l'{ $instrument } permet d'intercepter en temps réel les données relatives au contenu, au fur et à mesure de leur transmission : il ne permet pas d'obtenir les données { $item }, qui relèvent d'une autre catégorie ({ $category })
        [interception-mla] l'{ $instrument } permet d'intercepter en temps réel les données relatives au contenu, au fur et à mesure de leur transmission : il ne permet pas d'obtenir les données { $item }, qui relèvent d'une autre catégorie ({ $category })
        [traffic-preservation] l'{ $instrument } ne permet de conserver que des données relatives au trafic, en divulguant ce qu'il en faut pour identifier la voie de transmission : les données { $item } relèvent d'une autre catégorie ({ $category })
       *[other] cette mesure ({ $instrument }) ne permet de divulguer que { $instrument-key ->
            [traffic-disclosure] des données relatives au trafic
            [domain-registration-request] des informations sur l'enregistrement de noms de domaine
            [giving-effect-to-order] des informations relatives aux abonnés et des données relatives au trafic
           *[other] des données relatives aux abonnés
        } : les données { $item } relèvent d'une autre catégorie ({ $category })
    } — { $instead-count ->
        [0] aucune autre mesure ne permet de les obtenir entre ces deux États
       *[other] utilisez plutôt : { $instead }
    }
refused-not-a-service-provider = { $instrument-key ->
        [provider-emergency-request] une demande d'urgence adressée à un fournisseur selon sa propre politique
       *[other] cette mesure ({ $instrument })
    } ne s'adresse qu'aux fournisseurs de services (art. 1(c) de la Convention de Budapest) : { $provider } ({ $kind }) n'en est pas un ; adressez-vous à son pays, par le point de contact 24/7 (art. 29) ou par une demande d'entraide
refused-extension-abroad = les données { $item } se trouvent sur un système relié au système perquisitionné, mais sont détenues par { $provider } en { $held_in } : la perquisition ne s'étend qu'aux systèmes reliés situés sur votre territoire (art. 19(2) de la Convention de Budapest){ $instead-count ->
        [0] {""}
       *[other] { $first-count ->
            [0] {" "}; passez par { $instead }
           *[other] {" "}; demandez d'abord { $first }, puis passez par { $instead }
        }
    }
refused-no-one-to-consent = cette mesure ({ $instrument }) suppose le consentement légal et volontaire d'une personne autorisée à divulguer les données { $item } : votre équipe ne connaît personne qui puisse le donner
refused-not-serious = cette mesure ({ $instrument }) est réservée aux infractions graves que retient le droit de { $under-name } (art. 21 et 34 : une catégorie définie par le droit interne), et les infractions de votre dossier ({ $offences }) n'en font pas partie
refused-already-stored = cette mesure ({ $instrument }) collecte les données créées après la prise d'effet de l'ordonnance, et les données { $item } sont déjà stockées{ $instead-count ->
        [0] {""}
       *[other] { $first-count ->
            [0] {" "}; passez par { $instead }
           *[other] {" "}; demandez d'abord { $first }, puis passez par { $instead }
        }
    }
refused-not-its-addressee = cette mesure ({ $instrument }) ne s'adresse qu'aux bureaux d'enregistrement de noms de domaine (art. 6 du Deuxième Protocole, STCE 224) : { $provider } ({ $kind }) n'en est pas un ; adressez-vous à son pays, par le point de contact 24/7 (art. 29) ou par une demande d'entraide
refused-onward-transfer-needs-consent = la piste { $lead } provient des données { $item }, que { $by-name } ({ $by }) a transférées à la condition qu'elles ne soient communiquées à aucun autre État sans son autorisation préalable (art. 14(10)(a) du Deuxième Protocole) : demandez-la d'abord à { $by }
refused-no-joint-team = il n'existe pas encore d'équipe commune d'enquête avec { $to }, et { $instrument-name } ne peut être faite qu'au sein d'une telle équipe : proposez-en d'abord la création (art. 12 du Deuxième Protocole){ $instead-count ->
        [0] {""}
       *[other] , ou utilisez : { $instead }
    }
refused-must-name-suspect = la demande fondée sur l'{ $instrument } doit désigner un seul suspect, localisé par votre équipe : la personne dont elle demande la remise ; rédigez une demande par personne
refused-suspect-not-located = `{ $suspect }` n'est pas un suspect localisé par votre équipe : cette mesure ({ $instrument }) désigne une personne, et non des données ou une piste, et s'adresse à l'État où votre équipe l'a localisée
refused-suspect-elsewhere = le suspect { $suspect } se trouve en { $located_in }, et non en { $to } : adressez cette mesure ({ $instrument }) à { $located_in }
refused-not-extraditable = l'art. 24(1)(a) de la Convention de Budapest vise les infractions des art. 2 à 11 punissables d'une peine privative de liberté d'au moins { $threshold } : { $offences-count ->
        [one] l'infraction de votre dossier ({ $offences }) ne l'est pas
       *[other] aucune de ces infractions ({ $offences }) ne l'est
    }
refused-one-provider = une demande ne vise qu'un seul fournisseur : rédigez une demande par fournisseur
refused-one-suspect = cette mesure ({ $instrument }) désigne un seul suspect localisé par votre équipe : une notice, une personne
refused-must-name-assets = cette mesure ({ $instrument }) doit désigner les portefeuilles ou les comptes dont les fonds doivent être { $instrument-key ->
        [fiu-trace] tracés
       *[other] gelés
    }
refused-must-name-leads = cette mesure ({ $instrument }) doit désigner les pistes trouvées par votre équipe qu'Europol doit recouper
refused-not-an-asset = `{ $id }` n'est ni un portefeuille ni un compte trouvé par votre équipe : cette mesure ({ $instrument }) { $instrument-key ->
        [fiu-trace] trace
       *[other] gèle
    } les fonds détenus sur un portefeuille ou un compte
refused-custodian-unknown = aucune plateforme d'échange ni aucune banque n'est connue pour détenir { $lead-value } : faites d'abord la recherche ; un portefeuille que personne n'héberge ne peut être { $instrument-key ->
        [fiu-trace] tracé
       *[other] gelé
    } par une cellule de renseignement financier
refused-assets-held-elsewhere = { $lead-value } est détenu par { $provider } en { $held_in }, et non en { $to } : adressez { $instrument-key ->
        [fiu-trace] la demande de traçage
       *[other] le gel
    } à { $held_in }
refused-wrong-jurisdiction = les données { $item } sont détenues par { $provider } en { $held_in }, et non en { $to } : adressez la demande à { $held_in }
refused-handled-by = la demande #{ $request } ({ $basis }) est traitée par { $seat }
refused-no-such-request = votre équipe n'a pas de demande #{ $request }
refused-with-the-judge = la demande #{ $request } est soumise au juge
refused-closed = la demande #{ $request } est close : rédigez-en une nouvelle
refused-being-handled = la demande #{ $request } a été envoyée et est en cours de traitement
refused-already-stated = la demande #{ $request } contient déjà cet élément (la signature, elle, s'obtient en signant)
refused-blank-field-text = le texte saisi pour l'élément { $field } est vide : écrivez ce qu'il énonce, ou indiquez l'élément seul
refused-signing-is-prosecutors = la signature revient à l'autorité compétente : adressez-vous à { $team }/prosecutor
refused-already-signed = la demande #{ $request } est déjà signée
refused-needs-no-signature = cette mesure ({ $instrument }) ne nécessite pas de signature : envoyez la demande
refused-incomplete = { $basis-key ->
        [provider-emergency-request] la demande d'urgence adressée au fournisseur selon sa propre politique
       *[other] la demande ({ $basis })
    } est incomplète et { $by } ; éléments manquants : { $missing } ; complétez-la d'abord
rejecter-judge = le juge ne la signerait pas
rejecter-provider = le fournisseur la rejetterait
rejecter-law = elle ne tiendrait pas en droit
refused-sent-by-role = cette mesure ({ $instrument }) est envoyée par un { $role }
refused-not-signed = la demande ({ $basis }) doit être signée par { $court_order ->
        [true] un juge
       *[false] le procureur
    } avant d'être envoyée
refused-forward-is-desks = les demandes 24/7 reçues sont transmises par le point de contact 24/7
refused-comply-is-liaisons = seul le correspondant d'un fournisseur exécute une demande portant sur les données de sa société, et seul le procureur requis accorde une extradition ou une équipe commune qui lui est soumise
refused-not-awaiting-decision = la demande #{ $request } n'attend pas votre décision : elle est encore entre les mains des autorités centrales, ou déjà tranchée
refused-liaison-answers-only = le correspondant d'un fournisseur répond aux demandes portant sur les données de sa société : exécuter, demander des précisions, refuser ce que la société peut refuser, ou écrire à l'expéditeur
refused-not-waiting-at-provider = aucune demande #{ $request } n'attend votre société
refused-order-binds = la demande #{ $request } ({ $basis }) s'impose à votre société : exécutez-la, ou demandez des précisions sur un élément ; seule une demande volontaire peut être refusée
refused-not-waiting = aucune demande #{ $request } n'est en attente à votre point de contact
refused-decline-is-desks = c'est le point de contact 24/7 qui répond aux demandes 24/7 reçues
refused-decline-needs-ground = un refus doit être motivé : pour un point de contact 24/7, par un motif que permet l'art. 29(5) (infraction politique, souveraineté, sécurité, ordre public) ; pour un fournisseur, par sa politique ou sa loi ; pour une extradition ou une équipe commune, par la raison de l'État requis
refused-nothing-to-answer = vous n'avez pas de demande #{ $request } à laquelle répondre
refused-not-sent-yet = la demande #{ $request } n'a pas été envoyée : personne d'autre ne l'a encore reçue
refused-empty-answer = une réponse doit comporter du texte
refused-renewed-by-sender = cette mesure ({ $instrument }) ne peut être renouvelée que par son expéditeur, un { $role }
refused-not-a-preservation = cette mesure ({ $instrument }) n'est pas une conservation, il n'y a donc rien à renouveler : renouvelez la demande de conservation qui gèle ses données
refused-preserved-nothing = la demande #{ $request } n'a encore permis de conserver aucune donnée
refused-withdrawn-by-sender = seul { $sender }, qui a envoyé la demande #{ $request }, peut la retirer ; l'État requis y répond, ou la refuse tant qu'elle est en attente à son point de contact
refused-preservation-lapsed = la conservation obtenue par la demande #{ $request } a expiré, il n'y a donc rien à renouveler : les données qu'elle gardait ne le sont plus que pour leur durée de conservation ; pour garder celles qui existent encore, envoyez une nouvelle demande de conservation
refused-already-closed = la demande #{ $request } est déjà close
refused-no-such-note = vous n'avez reçu aucune note #{ $note }
refused-already-read = la note #{ $note } est déjà lue
refused-paused-no-jump = l'exercice est en pause à { $now } : reprenez-le d'abord, puis avancez l'horloge
refused-send-back-is-desks = c'est le point de contact 24/7 qui renvoie une demande reçue pour précisions
refused-disclose-path-is-desks = c'est le point de contact 24/7 requis qui communique la voie de transmission révélée par une conservation exécutée (art. 30)
refused-no-path-to-disclose = la demande #{ $request } n'est pas une conservation exécutée par votre point de contact dont les données relatives au trafic conservées révèlent un fournisseur situé dans un autre État : aucune voie de transmission à communiquer (art. 30)
refused-path-already-disclosed = la voie de transmission révélée par la demande #{ $request } a déjà été communiquée
refused-nothing-to-clarify = indiquez quels éléments de la demande #{ $request } sont à préciser
refused-not-an-element = cette mesure ({ $instrument }) n'indique pas l'élément { $field } : ne demandez que les éléments qu'elle indique
