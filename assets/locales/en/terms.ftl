# The vocabulary: instruments, legal bases, roles, request fields, offences,
# data categories, kinds of provider. Ids are `<kind>-<key>`, the key being
# the Rust name in kebab case (src/words/mod.rs `key_of`).

## The article an instrument rests on, as a trainee should cite it.

article-domestic-preservation = Budapest Art. 16
article-production-order = Budapest Art. 18
article-spontaneous-information = Budapest Art. 26
article-preservation247 = Budapest Art. 29
article-traffic-disclosure = Budapest Art. 30
article-mla = Budapest Art. 31
article-open-source = Budapest Art. 32(a)
article-direct-subscriber-request = CETS 224 Art. 7
article-emergency-disclosure = CETS 224 Art. 9
article-emergency-mla = CETS 224 Art. 10
article-eu-preservation-order = EU e-evidence Regulation, preservation order
article-eu-production-order = EU e-evidence Regulation, production order
article-urgent-mla = Budapest Art. 25(3)
article-expedited-mla = Budapest Art. 31(3)
article-direct-judicial-request = Budapest Art. 27(9)
article-assistance247 = Budapest Art. 35
article-provider-emergency-request = provider's emergency policy
article-traffic-preservation = Budapest Art. 17
article-search-seizure = Budapest Art. 19
article-consent-access = Budapest Art. 32(b)
article-real-time-traffic = Budapest Art. 20
article-interception = Budapest Art. 21
article-real-time-traffic-mla = Budapest Art. 33
article-interception-mla = Budapest Art. 34
article-csirt-sharing = CSIRT cooperation
article-fiu-freeze = FIU freeze (FATF Rec. 40, Egmont Group)
article-red-notice = INTERPOL red notice
article-domain-registration-request = CETS 224 Art. 6
article-extradition = Budapest Art. 24
article-giving-effect-to-order = CETS 224 Art. 8
article-joint-investigation-team = CETS 224 Art. 12
article-joint-team-request = CETS 224 Art. 12, within the team
article-video-conference = CETS 224 Art. 11
article-fiu-trace = FIU trace (FATF Rec. 40, Egmont Group)
article-europol-cross-match = Europol information exchange over SIENA (Regulation (EU) 2016/794)
article-eurojust-coordination = Eurojust coordination meeting (Regulation (EU) 2018/1727)

## What an instrument is, in a few words.

instrument-domestic-preservation = a domestic preservation order
instrument-production-order = a production order
instrument-spontaneous-information = spontaneous information
instrument-preservation247 = preservation through the 24/7 network
instrument-traffic-disclosure = expedited disclosure of preserved traffic data
instrument-mla = a mutual legal assistance request
instrument-open-source = an open-source look-up
instrument-direct-subscriber-request = a direct request for subscriber information
instrument-emergency-disclosure = emergency disclosure
instrument-emergency-mla = emergency mutual assistance
instrument-eu-preservation-order = a European preservation order
instrument-eu-production-order = a European production order
instrument-urgent-mla = an urgent MLA request by fax or e-mail
instrument-expedited-mla = an expedited MLA request for data vulnerable to loss
instrument-direct-judicial-request = a direct request to the foreign judicial authority in urgency
instrument-assistance247 = assistance through the 24/7 network
instrument-provider-emergency-request = an emergency request to the provider under its own policy
instrument-traffic-preservation = a domestic preservation of traffic data with partial disclosure of the path
instrument-search-seizure = a search and seizure of stored data
instrument-consent-access = access with the lawful and voluntary consent of the person who may disclose the data
instrument-real-time-traffic = a real-time collection of traffic data
instrument-interception = an interception of content data
instrument-real-time-traffic-mla = mutual assistance in the real-time collection of traffic data
instrument-interception-mla = mutual assistance in the interception of content data
instrument-csirt-sharing = indicators shared through the national CSIRTs
instrument-fiu-freeze = a freeze of funds through the financial intelligence units
instrument-red-notice = a request for an INTERPOL red notice
instrument-domain-registration-request = a request for domain name registration information
instrument-extradition = a request for extradition
instrument-giving-effect-to-order = a request to give effect to an order for subscriber information or traffic data
instrument-joint-investigation-team = a proposal to set up a joint investigation team
instrument-joint-team-request = a request for data within a joint investigation team
instrument-video-conference = a request to hear a witness or expert by video conference
instrument-fiu-trace = a trace of wallets or accounts through the financial intelligence units
instrument-europol-cross-match = leads sent over SIENA and cross-checked by Europol
instrument-eurojust-coordination = a request for a coordination meeting at Eurojust
instrument-with-basis = { $instrument-name } ({ $basis })

## Legal bases other than an instrument's own article.

basis-un = UN Convention against Cybercrime ({ $instrument-key ->
        [mla] MLA
        [preservation247] expedited preservation
        [traffic-disclosure] expedited disclosure of preserved traffic data
        [spontaneous-information] spontaneous information
       *[other] international cooperation
    })
basis-bilateral-mla = bilateral MLA treaty

## What an instrument needs to exist between two jurisdictions.

needs-same-jurisdiction = a provider in the requesting jurisdiction
needs-other-jurisdiction = another jurisdiction
needs-second-protocol = both to be Parties to the Second Protocol (CETS 224)
needs-eu-e-evidence = both to be bound by the EU e-evidence Regulation
needs-common-treaty = a common treaty: the Budapest Convention, the UN Convention or a bilateral MLA treaty
needs-budapest-or-un = both to be Parties to the Budapest Convention or the UN Convention
needs-budapest = both to be Parties to the Budapest Convention
needs-no-mla-treaty = no MLA treaty between them (Art. 27(1)): where one binds them, its own procedure applies
needs-europol = both to be represented at Europol: EU Member States, or a State with an operational agreement
needs-eurojust = both to be represented at Eurojust: EU Member States, or a State with a cooperation agreement and a liaison prosecutor there

## Roles.

role-investigator = investigator
role-prosecutor = prosecutor
role-contact247 = 24/7 contact
role-trainer = trainer
role-liaison = provider's law-enforcement liaison
seat-named = { $role-key ->
        [contact247] { $participant } (the { $role })
       *[other] { $participant }
    }

## What a request states, and where the law asks for it.

field-requesting-authority = requesting authority{ $cites ->
        [art29] {" "}(Art. 29(2)(a))
       *[other] {""}
    }
field-offence-and-facts = offence and facts{ $cites ->
        [art29] {" "}(Art. 29(2)(b))
       *[other] {""}
    }
field-data-and-relation = data and its relation to the offence{ $cites ->
        [art29] {" "}(Art. 29(2)(c))
       *[other] {""}
    }
field-custodian-location = custodian or location{ $cites ->
        [art29] {" "}(Art. 29(2)(d))
       *[other] {""}
    }
field-necessity = necessity{ $cites ->
        [art29] {" "}(Art. 29(2)(e))
       *[other] {""}
    }
field-mla-to-follow = MLA request to follow{ $cites ->
        [art29] {" "}(Art. 29(2)(f))
       *[other] {""}
    }
field-assistance-sought = assistance sought
field-legal-basis = legal basis
field-signature = signature of the competent authority
field-translation = translation
field-emergency-facts = emergency facts{ $emergency ->
        [cets224-art3] {" "}(CETS 224 Art. 3)
        [route] {" "}({ $route })
       *[none] {""}
    }
field-urgency = grounds for urgency (Arts 25(3), 27(9), 31(3))
field-formal-confirmation-to-follow = formal request to follow (Art. 25(3))
field-copy-to-central-authority = copy to the central authorities (Art. 27(9)(a))
field-person-to-be-heard = the witness or expert to be heard, and on what (CETS 224 Art. 11)

## Offences.

offence-illegal-access = illegal access
offence-illegal-interception = illegal interception
offence-data-interference = data interference
offence-system-interference = system interference
offence-misuse-of-devices = misuse of devices
offence-computer-forgery = computer-related forgery
offence-computer-fraud = computer-related fraud
offence-child-sexual-abuse-material = child sexual abuse material
offence-copyright-infringement = copyright infringement
offence-extortion = extortion
offence-money-laundering = money laundering
offence-threats = threats
offence-fraud = fraud
offence-attempt = attempt (Budapest Art. 11(2))
offence-aiding-or-abetting = aiding or abetting (Budapest Art. 11(1))
offence-homicide = homicide
offence-child-abduction = child abduction

## Data categories.

category-subscriber-info = subscriber information
category-traffic-data = traffic data
category-content = content
category-net-flow = NetFlow (traffic data)
category-server-image = a server image
category-kyc-records = know-your-customer records
category-registration-data = domain registration data (CETS 224 Art. 6)
category-location-data = location data
category-cctv-footage = CCTV footage

## Kinds of provider.

provider-kind-isp = internet access provider
provider-kind-hosting = hosting provider
provider-kind-vps = virtual server host
provider-kind-vpn = VPN service
provider-kind-social-network = social network
provider-kind-email = e-mail service
provider-kind-registrar = domain registrar
provider-kind-crypto-exchange = crypto exchange
provider-kind-cloud = cloud provider
provider-kind-mobile-operator = mobile network operator
provider-kind-cctv-operator = CCTV operator
provider-kind-ship-operator = ship operator
provider-kind-aircraft-operator = aircraft operator

## Sectors of an incident, as the library lists them.

sector-health = health
sector-energy = energy
sector-water = water
sector-transport = transport
sector-telecom = telecommunications
sector-finance = finance
sector-government = government services
sector-elections = elections
sector-individuals = crimes against persons

## Joining lists.

list-comma = {", "}
list-or = {" or "}
list-semicolon = {"; "}

## Times, durations and participants as notes write them.

time-since-start = d{ $day } { $clock }
duration-zero = 0
duration-days = { $n }d
duration-hours = { $n }h
duration-minutes = { $n }m
participant-trainer = trainer
participant-player = { $jurisdiction }/{ $role }
participant-role-investigator = investigator
participant-role-prosecutor = prosecutor
participant-role-contact247 = 247
participant-role-trainer = trainer
participant-role-liaison = liaison
participant-liaison = { $provider }/liaison
