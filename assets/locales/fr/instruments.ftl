# Le droit sous forme de tableau : `cyberdrill instruments`, docs/LAW.md et
# l'aide du terminal (src/words/law.rs). Les lignes sont lues dans src/law.

instruments-title = Les instruments
instruments-intro = Tous les instruments de l'exercice : l'article sur lequel chacun repose, qui peut l'utiliser, à qui il s'adresse, entre quels États il existe, ses conditions, ce qu'une demande doit mentionner, les données qu'il atteint, ce qu'il produit et les délais que fixe le droit. Les points de contact 24/7, autorités centrales, juges et fournisseurs du scénario fixent tous les autres délais.
instruments-generated = Généré à partir du tableau du droit (src/law) par `cyberdrill instruments --markdown > docs/LAW.md` ; ne pas modifier à la main.
instruments-summary = Entre { $from } et { $to }, { $exist } des { $total } instruments existent : { $articles }.
instruments-heading = { $article } : { $name }
instruments-senders = Utilisé par
instruments-channel = Adressé à
instruments-needs = Où il existe
instruments-needs-value = il faut { $needs }
instruments-needs-nothing = partout : aucun traité n'est nécessaire
instruments-conditions = Conditions
instruments-states = Doit mentionner
instruments-states-nothing = rien
instruments-translation-if-required = une traduction, si l'autorité centrale requise l'exige
instruments-reaches = Données visées
instruments-reaches-any = toutes les données stockées
instruments-reaches-connected = aussi sur un système relié au système perquisitionné et situé sur le même territoire (art. 19(2)), jamais à l'étranger
instruments-discloses-path = sauf, sans délai, assez de données relatives au trafic pour identifier les autres fournisseurs de la chaîne de transmission : leurs pistes, à titre de renseignement (art. 17(1)(b))
instruments-reaches-future = seulement les données créées après la prise d'effet de l'ordonnance, en temps réel ; jamais les données déjà stockées
instruments-yields = Produit
instruments-timings = Délais
instruments-between = Entre { $from } et { $to }
instruments-exists-on = existe (fondement : { $basis }){ $reserved ->
        [true] {" "}; { $to } peut la refuser faute de double incrimination, sauf pour une infraction de la Convention (sa réserve au titre de l'art. 29(4))
       *[false] {""}
    }{ $notified ->
        [true] {" "}; le point de contact 24/7 de { $to } en est notifié (art. 7(5)(a) du Deuxième Protocole)
       *[false] {""}
    }{ $conditioned ->
        [true] {" "}; ce que { $to } transfère par cette voie ne peut être communiqué à un autre État qu'avec son autorisation (art. 14(10)(a) du Deuxième Protocole)
       *[false] {""}
    }

## Qui reçoit la demande en premier.

channel-domestic-provider = un fournisseur établi dans la juridiction requérante
channel-foreign247 = le point de contact 24/7 de la juridiction requise
channel-central-authorities = l'autorité centrale de la juridiction requérante, qui la transmet à l'autorité centrale requise
channel-foreign-provider = un fournisseur établi dans l'autre juridiction, directement
channel-foreign-judicial-authority = l'autorité judiciaire de la juridiction requise, directement, copie aux autorités centrales
channel-csirt = le CERT/CSIRT national du demandeur, qui partage avec le CSIRT de la juridiction requise, qui transmet à sa police
channel-fiu = la cellule de renseignement financier du demandeur, qui gèle ou trace sur place ou saisit la cellule de l'État où les fonds sont détenus
channel-interpol = le Bureau central national INTERPOL du demandeur, puis le Secrétariat général d'INTERPOL, qui la diffuse à tous les pays membres
channel-foreign-prosecutor = le parquet de l'autre État, directement : les partenaires d'une équipe commune d'enquête
channel-none = personne : le demandeur recherche lui-même la piste
channel-consenting-person = la personne légalement autorisée à divulguer les données, qui y consent et donne accès sur-le-champ
channel-europol = l'unité nationale Europol du demandeur, via SIENA à la police de l'autre État, Europol en copie procédant au recoupement
channel-eurojust = le bureau national du demandeur à Eurojust, qui réunit le membre national ou le procureur de liaison de l'autre État et ses autorités judiciaires

## Ce qu'une demande produit.

yields-preservation = une conservation : les données sont gelées, rien n'est divulgué
yields-intelligence = du renseignement, non une preuve recevable
yields-evidence = une preuve recevable
yields-public-information = des informations accessibles au public
yields-informs-only = une information pour l'homologue ; rien ne revient
yields-freeze = les fonds détenus sur les portefeuilles ou comptes sont gelés ; rien n'est communiqué
yields-red-notice = une demande à tous les pays membres de localiser le suspect et de l'arrêter provisoirement en vue de son extradition
yields-surrender = la remise de la personne recherchée ou, si l'État requis refuse d'extrader son ressortissant, sa poursuite dans cet État (art. 24(6))
yields-agreement = une équipe commune d'enquête, si l'autre partie y consent
yields-testimony = une audition par vidéoconférence à la date que fixe l'État requis : un témoignage, non des données
yields-trace = du renseignement financier : ce que révèlent les informations relatives aux portefeuilles ou comptes (le titulaire, la destination des fonds), sous forme de pistes ; une preuve seulement avec l'accord de la cellule qui les a fournies, par une demande formelle
yields-cross-match = les pistes parviennent à la police de l'autre État, et Europol signale celles que sa propre enquête détient déjà (une concordance) : du renseignement, non des preuves
yields-coordination = une réunion de coordination : les autorités judiciaires des deux États conviennent des modalités d'exécution des demandes d'entraide entre eux ; aucune donnée n'est transmise

## Conditions.

condition-emergency = seulement en situation d'urgence : un risque important et imminent pour la vie ou la sécurité d'une personne{ $emergency ->
        [cets224-art3] {" "}(art. 3 du Deuxième Protocole, STCE 224)
       *[none] {""}
    }
condition-dual-criminality = la double incrimination, appréciée par la partie requise
condition-court-order = une décision judiciaire : le procureur la demande, un juge la signe
condition-signature = signée par le procureur
condition-provider-may-decline = le fournisseur peut refuser : c'est une demande, non une injonction contraignante
condition-holders = adressée uniquement à : { $kinds }
condition-needs-joint-team = uniquement entre les membres d'une équipe commune d'enquête déjà créée (art. 12 du Deuxième Protocole)
condition-urgency = seulement en cas d'urgence : un risque connu pour la vie, ou toutes les données visées exposées à un risque de perte
condition-data-at-risk = seulement pour des données exposées à un risque de perte : leur durée de conservation publiée expire avant qu'une entraide ordinaire puisse les obtenir
condition-within = ce n'est pas une demande distincte : le point de contact 24/7 requis s'en acquitte en exécutant une demande fondée sur l'{ $within }, pour identifier un fournisseur situé dans un autre État et la voie de transmission
condition-consent = seulement si votre équipe connaît une personne légalement autorisée à divulguer les données qui y consent (le titulaire du compte s'y connecte, par exemple)
condition-serious-offence = seulement pour les infractions graves que retient le droit de l'État qui intercepte (art. 21 et 34 : son champ `serious_offences`, sinon celui de l'exercice ; par défaut les atteintes aux données et aux systèmes, la fraude informatique, les contenus d'abus sexuels sur enfants, l'extorsion, le blanchiment)
condition-none = aucune, hormis les mentions obligatoires

## Délais.

timing-preserves = conserve les données pendant { $period }, renouvelable
timing-provider-deadline = le fournisseur répond dans un délai de { $deadline }
timing-emergency-deadline = de { $deadline } en situation d'urgence
timing-emergency-answer = le fournisseur répond dans un délai de { $min } à { $max } si sa propre politique n'en fixe pas
timing-urgent-handling = l'autorité requise la fait exécuter dans un délai de { $min } à { $max }, en temps écoulé
timing-collects-for = collecte pendant { $period } à compter de la prise d'effet de l'ordonnance chez le fournisseur
timing-office-handling = { $office ->
        [fiu-trace] traçage dans un délai de { $min } à { $max }, en temps écoulé
        [eurojust-coordination] réunion tenue dans un délai de { $min } à { $max }, en temps écoulé
        [europol-cross-match] transmission et recoupement dans un délai de { $min } à { $max }, en temps écoulé
       *[other] transmission, gel ou publication dans un délai de { $min } à { $max }, en temps écoulé
    }
timing-agreed-pace = ensuite, l'autorité requise fait exécuter une demande d'entraide entre les deux États dans un délai de { $min } à { $max }, en temps écoulé, lorsque son propre rythme est plus lent
timing-min-penalty = pour les infractions punissables d'une peine privative de liberté d'au moins { $period } (art. 24(1)(a)) ; l'autorité centrale et les juridictions de l'État requis prennent leur propre temps
timing-served-within = la Partie requise signifie l'injonction au fournisseur dans un délai de { $within }
timing-order-answers = le fournisseur remet les informations relatives aux abonnés dans un délai de { $subscriber }, les données relatives au trafic dans un délai de { $traffic }
timing-none = aucun délai légal : les points de contact, autorités centrales, juges et fournisseurs du scénario prennent leur propre temps

## Erreurs d'utilisation.

instruments-no-such-jurisdiction = --between : aucune juridiction `{ $code }` dans ce scénario ; il compte { $codes }
