# The vocabulary: instruments, legal bases, roles, request fields, offences,
# data categories, kinds of provider. Ids are `<kind>-<key>`, the key being
# the Rust name in kebab case (src/words/mod.rs `key_of`).
#
# French: terms carry no determiner, except `instrument-*`, which are read
# only after "passez par" / "que par" (refused-not-between) and so carry
# their own ("une demande d'entraide judiciaire", "la conservation rapide").

## The article an instrument rests on, as a trainee should cite it.

article-domestic-preservation = art. 16 de la Convention de Budapest
article-production-order = art. 18 de la Convention de Budapest
article-spontaneous-information = art. 26 de la Convention de Budapest
article-preservation247 = art. 29 de la Convention de Budapest
article-traffic-disclosure = art. 30 de la Convention de Budapest
article-mla = art. 31 de la Convention de Budapest
article-open-source = art. 32(a) de la Convention de Budapest
article-direct-subscriber-request = art. 7 du Deuxième Protocole (STCE 224)
article-emergency-disclosure = art. 9 du Deuxième Protocole (STCE 224)
article-emergency-mla = art. 10 du Deuxième Protocole (STCE 224)
article-eu-preservation-order = Règlement e-evidence de l'UE, injonction européenne de conservation
article-eu-production-order = Règlement e-evidence de l'UE, injonction européenne de production
article-urgent-mla = art. 25(3) de la Convention de Budapest
article-expedited-mla = art. 31(3) de la Convention de Budapest
article-direct-judicial-request = art. 27(9) de la Convention de Budapest
article-assistance247 = art. 35 de la Convention de Budapest
article-provider-emergency-request = politique d'urgence du fournisseur
article-traffic-preservation = art. 17 de la Convention de Budapest
article-search-seizure = art. 19 de la Convention de Budapest
article-consent-access = art. 32(b) de la Convention de Budapest
article-real-time-traffic = art. 20 de la Convention de Budapest
article-interception = art. 21 de la Convention de Budapest
article-real-time-traffic-mla = art. 33 de la Convention de Budapest
article-interception-mla = art. 34 de la Convention de Budapest
article-csirt-sharing = coopération entre CSIRT
article-fiu-freeze = gel par les CRF (recommandation 40 du GAFI, Groupe Egmont)
article-red-notice = notice rouge d'INTERPOL
article-domain-registration-request = art. 6 du Deuxième Protocole (STCE 224)
article-extradition = art. 24 de la Convention de Budapest
article-giving-effect-to-order = art. 8 du Deuxième Protocole (STCE 224)
article-joint-investigation-team = art. 12 du Deuxième Protocole (STCE 224)
article-joint-team-request = art. 12 du Deuxième Protocole (STCE 224), au sein de l'équipe
article-video-conference = art. 11 du Deuxième Protocole (STCE 224)
article-fiu-trace = traçage par les CRF (recommandation 40 du GAFI, Groupe Egmont)
article-europol-cross-match = échange d'informations via SIENA avec Europol (règlement (UE) 2016/794)
article-eurojust-coordination = réunion de coordination d'Eurojust (règlement (UE) 2018/1727)

## What an instrument is, in a few words.

instrument-domestic-preservation = une injonction nationale de conservation
instrument-production-order = une injonction de produire
instrument-spontaneous-information = une information spontanée
instrument-preservation247 = la conservation rapide par le réseau 24/7
instrument-traffic-disclosure = la divulgation rapide de données relatives au trafic conservées
instrument-mla = une demande d'entraide judiciaire
instrument-open-source = une recherche en sources ouvertes
instrument-direct-subscriber-request = une demande directe de données relatives aux abonnés
instrument-emergency-disclosure = la divulgation accélérée en situation d'urgence
instrument-emergency-mla = l'entraide d'urgence
instrument-eu-preservation-order = une injonction européenne de conservation
instrument-eu-production-order = une injonction européenne de production
instrument-urgent-mla = une demande d'entraide urgente par télécopie ou courrier électronique
instrument-expedited-mla = une demande d'entraide selon une procédure accélérée pour des données exposées à un risque de perte
instrument-direct-judicial-request = une demande directe à l'autorité judiciaire étrangère en cas d'urgence
instrument-assistance247 = l'assistance du réseau 24/7
instrument-provider-emergency-request = une demande d'urgence au fournisseur selon sa propre politique
instrument-traffic-preservation = la conservation rapide et la divulgation partielle des données relatives au trafic
instrument-search-seizure = une perquisition et une saisie de données stockées
instrument-consent-access = l'accès avec le consentement légal et volontaire de la personne autorisée à divulguer les données
instrument-real-time-traffic = la collecte en temps réel des données relatives au trafic
instrument-interception = l'interception de données relatives au contenu
instrument-real-time-traffic-mla = l'entraide dans la collecte en temps réel de données relatives au trafic
instrument-interception-mla = l'entraide en matière d'interception de données relatives au contenu
instrument-csirt-sharing = des indicateurs partagés par l'intermédiaire des CSIRT nationaux
instrument-fiu-freeze = un gel des fonds par l'intermédiaire des cellules de renseignement financier
instrument-red-notice = une demande de notice rouge d'INTERPOL
instrument-domain-registration-request = une demande d'informations sur l'enregistrement de noms de domaine
instrument-extradition = une demande d'extradition
instrument-giving-effect-to-order = une demande visant à donner effet à une injonction de produire des informations relatives aux abonnés ou des données relatives au trafic
instrument-joint-investigation-team = une proposition de créer une équipe commune d'enquête
instrument-joint-team-request = une demande de données au sein d'une équipe commune d'enquête
instrument-video-conference = une demande d'audition d'un témoin ou d'un expert par vidéoconférence
instrument-fiu-trace = un traçage de portefeuilles ou de comptes par l'intermédiaire des cellules de renseignement financier
instrument-europol-cross-match = des pistes transmises via SIENA et recoupées par Europol
instrument-eurojust-coordination = une demande de réunion de coordination à Eurojust
instrument-with-basis = { $instrument-name } ({ $basis })

## Legal bases other than an instrument's own article.

basis-un = Convention des Nations unies contre la cybercriminalité ({ $instrument-key ->
        [mla] entraide
        [preservation247] conservation rapide
        [traffic-disclosure] divulgation rapide de données relatives au trafic conservées
        [spontaneous-information] information spontanée
       *[other] coopération internationale
    })
basis-bilateral-mla = traité bilatéral d'entraide judiciaire

## What an instrument needs to exist between two jurisdictions.
# Read after "il faut".

needs-same-jurisdiction = un fournisseur établi dans la juridiction requérante
needs-other-jurisdiction = une autre juridiction
needs-second-protocol = que les deux États soient Parties au Deuxième Protocole (STCE 224)
needs-eu-e-evidence = que les deux États soient liés par le Règlement e-evidence de l'UE
needs-common-treaty = un traité commun : la Convention de Budapest, la Convention des Nations unies ou un traité bilatéral d'entraide judiciaire
needs-budapest-or-un = que les deux États soient Parties à la Convention de Budapest ou à la Convention des Nations unies
needs-budapest = que les deux États soient Parties à la Convention de Budapest
needs-no-mla-treaty = l'absence de traité d'entraide entre eux (art. 27(1)) : lorsqu'un traité les lie, sa propre procédure s'applique
needs-europol = que les deux États soient représentés à Europol : États membres de l'UE, ou État ayant conclu un accord opérationnel
needs-eurojust = que les deux États soient représentés à Eurojust : États membres de l'UE, ou État ayant conclu un accord de coopération et détaché un procureur de liaison auprès d'Eurojust

## Roles.

role-investigator = enquêteur
role-prosecutor = procureur
role-contact247 = point de contact 24/7
role-trainer = formateur
role-liaison = correspondant du fournisseur
seat-named = { $role-key ->
        [contact247] { $participant } ({ $role })
       *[other] { $participant }
    }

## What a request states, and where the law asks for it.

field-requesting-authority = { $cites ->
        [art29] autorité requérante (art. 29(2)(a))
       *[other] autorité requérante
    }
field-offence-and-facts = { $cites ->
        [art29] infraction et exposé des faits (art. 29(2)(b))
       *[other] infraction et exposé des faits
    }
field-data-and-relation = { $cites ->
        [art29] données à conserver et lien avec l'infraction (art. 29(2)(c))
       *[other] données visées et lien avec l'infraction
    }
field-custodian-location = { $cites ->
        [art29] gardien des données ou emplacement du système (art. 29(2)(d))
       *[other] gardien des données ou emplacement du système
    }
field-necessity = { $cites ->
        [art29] nécessité de la conservation (art. 29(2)(e))
       *[other] nécessité de la conservation
    }
field-mla-to-follow = { $cites ->
        [art29] demande d'entraide à suivre (art. 29(2)(f))
       *[other] demande d'entraide à suivre
    }
field-assistance-sought = mesures d'entraide sollicitées
field-legal-basis = fondement juridique
field-signature = signature de l'autorité compétente
field-translation = traduction
field-emergency-facts = { $emergency ->
        [cets224-art3] faits établissant l'urgence (art. 3 du Deuxième Protocole)
        [route] faits établissant l'urgence ({ $route })
       *[none] faits établissant l'urgence
    }
field-urgency = motifs de l'urgence (art. 25(3), 27(9), 31(3))
field-formal-confirmation-to-follow = confirmation officielle à suivre (art. 25(3))
field-copy-to-central-authority = copie aux autorités centrales (art. 27(9)(a))
field-person-to-be-heard = le témoin ou l'expert à entendre, et sur quoi (art. 11 du Deuxième Protocole)

## Offences.

offence-illegal-access = accès illégal
offence-illegal-interception = interception illégale
offence-data-interference = atteinte à l'intégrité des données
offence-system-interference = atteinte à l'intégrité du système
offence-misuse-of-devices = abus de dispositifs
offence-computer-forgery = falsification informatique
offence-computer-fraud = fraude informatique
offence-child-sexual-abuse-material = matériel d'abus sexuels sur enfants
offence-copyright-infringement = atteinte au droit d'auteur
offence-extortion = extorsion
offence-money-laundering = blanchiment de capitaux
offence-threats = menaces
offence-fraud = escroquerie
offence-attempt = tentative (art. 11(2) de la Convention de Budapest)
offence-aiding-or-abetting = complicité (art. 11(1) de la Convention de Budapest)
offence-homicide = homicide
offence-child-abduction = enlèvement d'enfant

## Data categories.

category-subscriber-info = données relatives aux abonnés
category-traffic-data = données relatives au trafic
category-content = données relatives au contenu
category-net-flow = NetFlow (données relatives au trafic)
category-server-image = image de serveur
category-kyc-records = données d'identification des clients (KYC)
category-registration-data = données d'enregistrement de noms de domaine (art. 6 du Deuxième Protocole)
category-location-data = données de localisation
category-cctv-footage = enregistrements de vidéosurveillance

## Kinds of provider.

provider-kind-isp = fournisseur d'accès à internet
provider-kind-hosting = hébergeur
provider-kind-vps = hébergeur de serveurs virtuels
provider-kind-vpn = service de VPN
provider-kind-social-network = réseau social
provider-kind-email = messagerie électronique
provider-kind-registrar = bureau d'enregistrement de noms de domaine
provider-kind-crypto-exchange = plateforme d'échange de cryptomonnaies
provider-kind-cloud = fournisseur d'informatique en nuage
provider-kind-mobile-operator = opérateur de téléphonie mobile
provider-kind-cctv-operator = exploitant de vidéosurveillance
provider-kind-ship-operator = armateur
provider-kind-aircraft-operator = exploitant d'aéronefs

## Sectors of an incident, as the library lists them.

sector-health = santé
sector-energy = énergie
sector-water = eau
sector-transport = transports
sector-telecom = télécommunications
sector-finance = finance
sector-government = services publics
sector-elections = élections
sector-individuals = atteintes aux personnes

## Joining lists.

list-comma = {", "}
list-or = {" ou "}
list-semicolon = {" ; "}

## Times, durations and participants as notes write them ("j" for jour:
## j3 14:05 is the fourth day since the start).

time-since-start = j{ $day } { $clock }
duration-zero = 0 min
duration-days = { $n } j
duration-hours = { $n } h
duration-minutes = { $n } min
participant-trainer = formateur
participant-player = { $jurisdiction }/{ $role }
participant-role-investigator = enquêteur
participant-role-prosecutor = procureur
participant-role-contact247 = 24/7
participant-role-trainer = formateur
participant-role-liaison = correspondant
participant-liaison = { $provider }/correspondant
