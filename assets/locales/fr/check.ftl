# What `cyberdrill check` says about a scenario file (src/scenario/load.rs,
# src/scenario/check/*.rs, src/cli/check.rs): each problem's message, the
# label under the caret (`-label`) and what to do (`-help`). Variables are
# described in ../en/check.ftl.
#
# French conventions (keep them when rewording):
# - The reader is a scenario author: "champ" (field), "identifiant" (id),
#   "code" (a jurisdiction's code), "durée", "délai", "fuseau horaire",
#   "fragment", "inclusion". Field names, RON syntax and examples stay as
#   the author types them: `night_acts_in`, `kept: false`, "36h".
# - The scenario's things, with their genders: juridiction (f), fournisseur
#   (m), incident (m), piste (f), élément de preuve (m, the `evidence`
#   list), stimulus (m, an inject, as in core.ftl), objectif (m), étape (f),
#   équipe (f), formateur (the trainer). A whole sentence varies with
#   `$what`, so that articles and participles agree.
# - A provider's own retention is "durée de rétention", and keeping data
#   is "garder" or "détenir"; "conservation" is only preservation
#   (Art. 16, Art. 29), as in core.ftl.
# - Roles and data categories are shown as RON names (`Contact247`,
#   `TrafficData`): the author has to find and type them.
# - Other programs' words stay in English, inside a French frame (the
#   message around them, the label, the help): the ron parser's ($error in
#   check-syntax, only for the errors no author should meet; the others
#   have their own headline). The operating system's ($reason in
#   check-cannot-read, check-include-unreadable) are in its own language.
# - A plain space before ":", ";" and "?" (terminals), never a no-break space.

## The command line.

check-no-such-path = erreur : aucun fichier ni dossier à cet emplacement : { $path }
check-no-ron-files = erreur : aucun fichier .ron dans { $path }
check-summary = { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    } dans { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }
# What precedes a help, in place of miette's own `help:`.
check-help-heading = aide :
check-first-at = première occurrence : { $file }:{ $line }:{ $column }
check-help-and-first = { $help } ({ $first })
check-did-you-mean = vouliez-vous dire `{ $name }` ?

## Reading files and includes.

check-not-found = fichier introuvable
check-is-folder = ceci est un dossier, pas un fichier de scénario
check-not-a-file = ceci n'est pas un fichier ordinaire (un tube, un périphérique ou une socket) : un scénario est un fichier enregistré sur le disque
check-not-ron = ceci n'est pas un fichier .ron : le nom d'un fichier de scénario se termine par .ron
check-not-ron-help = si c'est un scénario, enregistrez-le sous un nom qui se termine par .ron
check-cannot-read = impossible de lire ce fichier : { $reason }
check-too-large = il dépasse { $mib } Mio, bien plus que n'importe quel scénario
check-not-utf8 = ce fichier n'est pas du texte UTF-8
check-not-utf8-label = pas de l'UTF-8
check-not-utf8-help = enregistrez le fichier en UTF-8 (tout éditeur de texte le propose ; dans le Bloc-notes : Fichier › Enregistrer sous, puis Encodage : UTF-8)
check-empty-file = ce fichier est vide
check-unknown-kind = `Scenario` ou `Fragment` attendu, `{ $word }` trouvé
check-no-kind = `Scenario` ou `Fragment` attendu au début du fichier
check-kind-label = ni un scénario ni un fragment
check-kind-help = un fichier de scénario commence par `Scenario(`, un fichier partagé par `Fragment(`
check-fragment-not-scenario = ce fichier est un fragment, pas un scénario
check-fragment-not-scenario-label = un fragment
check-fragment-not-scenario-help = un scénario inclut des fragments : `includes: ["regions/meridian.ron"]` ; chargez plutôt le scénario
check-include-absolute = `{ $include }` est un chemin absolu
check-include-absolute-label = chemin absolu
check-include-absolute-help = une inclusion se cherche à partir du dossier de ce fichier : copiez `{ $file }` dans le dossier de ce scénario (ou l'un de ses sous-dossiers) et écrivez includes: ["{ $file }"]
check-include-cycle = inclusion circulaire : { $cycle }
check-include-cycle-label = inclut un fichier qui inclut celui-ci
check-include-cycle-help = un fragment ne doit pas inclure, directement ou non, un fichier qui l'inclut : supprimez l'une des inclusions
check-included-here = inclus ici
check-include-not-found = fichier inclus `{ $file }` introuvable
check-include-not-found-help = le chemin d'une inclusion est relatif au fichier qui l'inclut
check-include-folder = `{ $file }` est un dossier, pas un fichier
check-include-folder-help = incluez un seul fichier .ron à la fois, comme "regions/meridian.ron"
check-include-unreadable = impossible de lire le fichier inclus `{ $file }` : { $reason }
check-include-unreadable-help = vérifiez les droits d'accès au fichier
check-include-scenario = `{ $file }` est un scénario ; seuls des fragments peuvent être inclus
check-include-scenario-label = un scénario
check-include-scenario-help = placez les juridictions et les fournisseurs partagés dans un fichier qui commence par `Fragment(`
check-include-outside = `{ $include }` sort des dossiers d'où un scénario peut inclure des fichiers
check-include-outside-label = hors des dossiers du scénario
check-include-outside-help = copiez `{ $file }` dans le dossier de ce scénario (ou l'un de ses sous-dossiers) et écrivez includes: ["{ $file }"]
check-include-not-a-file = `{ $file }` n'est pas un fichier ordinaire (un tube, un périphérique ou une socket)
# $file, $other : les deux fragments inclus, tels que le fichier qui les inclut les nomme.
check-region-conflict = `{ $file }` indique une autre région que `{ $other }`, et ce fichier n'en indique aucune
check-region-conflict-label = une deuxième région
check-region-conflict-help = donnez à ce fichier sa propre `region` (un texte dans chaque langue, comme son `title`), ou n'incluez que des fragments d'une même région
check-include-not-ron = `{ $file }` n'est pas un fichier .ron

## RON syntax. $error is the ron parser's own text, in English, for the errors
## no author should meet; the others have their own headline.

check-syntax = le fichier ne peut pas être lu ici : { $error }
check-syntax-unknown-field = champ inconnu
check-syntax-unknown-name = nom inconnu
check-syntax-missing-field = il manque un champ ici
check-syntax-missing-field-help = ajoutez `{ $field }: ...` (voir docs/SCENARIO-FORMAT.md#{ $section })
check-syntax-given-twice = présent deux fois
check-syntax-given-twice-help = n'en gardez qu'un
check-syntax-too-deep = imbrication trop profonde
check-syntax-too-deep-help = parenthèses et crochets s'imbriquent sur plus de 128 niveaux : ce ne peut pas être un scénario
check-syntax-eof = le fichier s'arrête ici
check-syntax-eof-help = une parenthèse, un crochet, une accolade ou un guillemet n'est pas fermé
check-syntax-wrong-name = nom inattendu
check-syntax-comma = il manque une virgule avant ceci
check-syntax-comma-help = terminez la valeur précédente par une virgule
check-syntax-duration = ce n'est pas une durée
check-syntax-duration-help = écrivez une durée comme "36h", "2d 4h" ou "-1d"
check-syntax-office-hours = ce ne sont pas des heures de bureau
check-syntax-office-hours-help = écrivez des heures de bureau comme "Mon-Fri 09:00-17:00"
check-syntax-here = ici

## Ce qui est écrit là où ron s'arrête, et ce qu'il faut écrire à la place
## (src/scenario/syntax.rs). $text est la valeur telle qu'elle doit s'écrire.

check-syntax-unquoted = guillemets droits manquants
check-syntax-unquoted-help = mettez la valeur entre guillemets droits : "{ $text }"
check-syntax-single-quotes = apostrophes
check-syntax-single-quotes-help = remplacez les apostrophes par des guillemets droits : "{ $text }"
check-syntax-single-quotes-more-help = remplacez les apostrophes par des guillemets droits : "{ $text }", et de même pour { $others } sur cette ligne
check-syntax-curly-quotes = guillemets typographiques
check-syntax-curly-quotes-help = remplacez-les par des guillemets droits, tels que les tape un éditeur de texte brut : "{ $text }"
check-syntax-quoted-number = un nombre entre guillemets
check-syntax-quoted-number-help = écrivez le nombre sans guillemets : { $text }
check-syntax-not-boolean = ni `true` ni `false`
check-syntax-not-boolean-help = écrivez `true` (oui) ou `false` (non)
check-syntax-negative = ne peut être négatif
check-syntax-negative-help = écrivez un nombre entier, 0 ou plus, sans signe moins
check-syntax-unclosed-bracket = le signe `{ $bracket }` est ouvert mais jamais refermé
check-syntax-unclosed-bracket-help = ajoutez `{ $bracket }` avant `{ $field }`
check-syntax-unclosed-bracket-end-help = ajoutez `{ $bracket }` là où ce qu'il ouvre doit se terminer
check-syntax-unclosed-quote = un texte entre guillemets est ouvert mais jamais refermé
check-syntax-unclosed-quote-help = terminez le texte par `"` sur la même ligne
check-syntax-opened-here = ouvert ici
check-syntax-too-deep-message = les parenthèses et crochets de ce fichier sont imbriqués trop profondément

## Titres à la place des mots de ron (src/scenario/syntax.rs, `headline`).

check-syntax-message-eof = le fichier s'arrête trop tôt
check-syntax-message-list = il faut ici une liste entre `[ ]`
check-syntax-message-boolean = il faut ici `true` ou `false`
check-syntax-message-comma = il manque une virgule
check-syntax-message-whole-number = il faut ici un nombre entier
check-syntax-message-too-large = ce nombre est trop grand
check-syntax-message-map = il faut ici `{"{"}`
check-syntax-message-colon = il faut ici `:` entre un nom et sa valeur
check-syntax-message-struct = il faut ici `(`
check-syntax-message-string = il faut ici un texte entre guillemets droits
check-syntax-message-name = il faut ici un nom
check-syntax-message-trailing = il reste du texte après la dernière `)` du fichier
check-syntax-message-block-comment = un commentaire `/*` n'est jamais fermé par `*/`
check-syntax-message-struct-name = ce fichier doit commencer par `{ $expected }`, pas par `{ $found }`
check-syntax-message-unknown-name = `{ $found }` n'est pas { $kind ->
        [Sector] un secteur
        [ProviderKind] un type de fournisseur
        [Role] un rôle
        [Offence] une infraction
        [DataCategory] une catégorie de données
        [Framework] un traité
        [Reservation] une réserve
        [Staffing] une organisation de la permanence 24/7
        [LeadKind] un type de piste
        [Condition] une condition
        [Recipient] un destinataire
        [Locator] un moyen de localiser un suspect
        [Instrument] un instrument
       *[other] un nom accepté ici
    } : écrivez l'un de { $names }
check-syntax-message-unknown-field = `{ $found }` n'est pas un champ d'ici : les champs sont { $names }
check-syntax-message-twice = le champ `{ $field }` est présent deux fois
check-syntax-message-duration-value = `{ $value }` n'est pas une durée
check-syntax-message-office-hours = ce ne sont pas des heures de bureau
check-syntax-missing-field-message = il manque le champ `{ $field }`
check-syntax-missing-field-in = l'entrée `{ $id }` de `{ $list }` n'a pas de champ `{ $field }`
check-syntax-missing-field-example-help = ajoutez `{ $example }`, avec vos propres valeurs (voir docs/SCENARIO-FORMAT.md#{ $section })
check-syntax-negative-message = ce nombre ne peut pas être négatif

## Ponctuation d'autres formats, et fautes de frappe (src/scenario/syntax.rs).

check-syntax-hash-comment = `#` ne commence pas un commentaire dans un fichier de scénario
check-syntax-hash-comment-label = pas un commentaire
check-syntax-hash-comment-help = un commentaire commence par deux barres obliques, et peut se placer partout, même avant `Scenario(` : // { $text }
check-syntax-semicolon = `;` ne sépare pas les valeurs
check-syntax-semicolon-label = mettez une virgule ici
check-syntax-semicolon-help = remplacez `;` par `,`
check-syntax-two-commas = deux virgules de suite
check-syntax-two-commas-label = seconde virgule
check-syntax-two-commas-help = supprimez l'une des deux
check-syntax-wrong-closer = le signe `{ $bracket }` est fermé par `{ $closer }`
check-syntax-wrong-closer-label = `{ $bracket }` attendu
check-syntax-wrong-closer-help = remplacez `{ $closer }` par `{ $bracket }`
check-syntax-unclosed-bracket-before-help = fermez-le par `{ $bracket }` avant le `{ $closer }` de la ligne { $line }
check-syntax-quoted-name = il faut ici un nom du format, pas un texte entre guillemets
check-syntax-quoted-name-label = entre guillemets
check-syntax-quoted-name-help = écrivez-le sans guillemets : { $text }
check-syntax-locator-help = dites ce qui permet de localiser le suspect : Evidence("{ $text }") pour un élément de preuve, ou Lead("{ $text }") pour une piste
check-syntax-plain-text = un texte montré aux participants se donne langue par langue
check-syntax-plain-text-label = un seul texte, sans langue
check-syntax-plain-text-help = écrivez {"{"}"en": "{ $text }"{"}"}, avec une entrée pour chacune des `languages` du scénario, comme {"{"}"en": "…", "fr": "…"{"}"}

## Ids: every reference defined, every definition once.

check-unknown-reference = { $what ->
        [jurisdiction] juridiction `{ $name }` inconnue
        [provider] fournisseur `{ $name }` inconnu
        [lead] piste `{ $name }` inconnue
        [evidence] élément de preuve `{ $name }` inconnu
        [suspect] suspect `{ $name }` inconnu
       *[stage] étape `{ $name }` inconnue
    }
check-unknown-reference-label = { $what ->
        [jurisdiction] aucune juridiction n'a ce code
        [provider] aucun fournisseur n'a cet identifiant
        [lead] aucune piste n'a cet identifiant
        [evidence] aucun élément de preuve n'a cet identifiant
        [suspect] aucun suspect n'a cet identifiant
       *[stage] aucune étape n'a cet identifiant
    }
check-none-defined = { $what ->
        [jurisdiction] aucune juridiction n'est encore définie
        [provider] aucun fournisseur n'est encore défini
        [lead] aucune piste n'est encore définie
        [evidence] aucun élément de preuve n'est encore défini
        [suspect] aucun suspect n'est encore défini
       *[stage] aucune étape n'est encore définie
    }
check-known = { $what ->
        [jurisdiction] juridictions connues
        [provider] fournisseurs connus
        [lead] pistes connues
        [evidence] éléments de preuve connus
        [suspect] suspects connus
       *[stage] étapes connues
    } : { $names }
check-duplicate = { $what ->
        [jurisdiction] la juridiction `{ $id }` est définie deux fois
        [provider] le fournisseur `{ $id }` est défini deux fois
        [incident] l'incident `{ $id }` est défini deux fois
        [lead] la piste `{ $id }` est définie deux fois
        [evidence] l'élément de preuve `{ $id }` est défini deux fois
        [suspect] le suspect `{ $id }` est défini deux fois
        [inject] le stimulus `{ $id }` est défini deux fois
        [objective] l'objectif `{ $id }` est défini deux fois
       *[stage] l'étape `{ $id }` est définie deux fois
    }
check-duplicate-label = seconde définition
check-duplicate-help = { $what ->
        [jurisdiction] donnez à chaque juridiction son propre code, ou supprimez l'une des deux
        [provider] donnez à chaque fournisseur son propre identifiant, ou supprimez l'un des deux
        [incident] donnez à chaque incident son propre identifiant, ou supprimez l'un des deux
        [lead] donnez à chaque piste son propre identifiant, ou supprimez l'une des deux
        [evidence] donnez à chaque élément de preuve son propre identifiant, ou supprimez l'un des deux
        [suspect] donnez à chaque suspect son propre identifiant, ou supprimez l'un des deux
        [inject] donnez à chaque stimulus son propre identifiant, ou supprimez l'un des deux
        [objective] donnez à chaque objectif son propre identifiant, ou supprimez l'un des deux
       *[stage] donnez à chaque étape son propre identifiant, ou supprimez l'une des deux
    }

## Jurisdictions and providers.

check-unknown-time-zone = fuseau horaire `{ $name }` inconnu
check-unknown-time-zone-label = ce n'est pas un fuseau horaire
check-unknown-time-zone-help = utilisez un nom de fuseau horaire IANA, comme "Europe/Chisinau" ou "UTC"
check-fixed-offset-time-zone-help = désignez le fuseau par une ville du pays, comme le fait votre ordinateur : "Région/Ville", par exemple "Europe/Riga" ou "America/Toronto" ; le fuseau d'une ville suit l'heure d'été, si bien que les heures de bureau et les nuits tombent juste toute l'année, alors que `{ $name }` est un décalage horaire, pas un lieu
check-negative-delay = un délai ne peut pas être négatif : ("{ $min }", "{ $max }")
check-negative-delay-label = délai négatif
check-negative-delay-help = écrivez le délai le plus court puis le plus long, comme ("2h", "8h")
check-reversed-delay = le délai le plus court, `{ $min }`, dépasse le plus long, `{ $max }`
check-reversed-delay-label = le plus court après le plus long
check-reversed-delay-help = écrivez d'abord le plus court : ("{ $max }", "{ $min }")
check-zero-or-negative = durée nulle ou négative
check-law-retention-not-positive = la durée de rétention de { $category } doit être supérieure à zéro, et non `{ $retention }`
check-law-retention-not-positive-help = indiquez combien de temps les fournisseurs gardent ces données, comme "90d" ; omettez la catégorie si la loi ne fixe aucune durée
check-retention-not-positive = la durée de rétention doit être supérieure à zéro, et non `{ $retention }`
check-retention-not-positive-help = indiquez combien de temps le fournisseur garde ces données, comme "2d" ; un fournisseur qui ne garde rien omet la catégorie dans `holds`
check-no-retention = { $provider } détient des données { $category }, mais ni lui ni la loi de { $code } n'en fixent la durée de rétention
check-no-retention-label = aucune durée de rétention
check-no-retention-help = ajoutez ici `retention: "90d"`, ou une entrée { $category } au `retention_law` de { $code }
check-gone-before-start = la donnée { $item } est effacée avant le début de l'exercice : créée à { $created }, { $provider } la garde { $retention }
check-gone-before-start-label = conservation écoulée à { $gone }
check-gone-before-start-help = aucune équipe ne peut faire conserver des données déjà effacées (les art. 16 et 29 ne visent que les données stockées) : écrivez `created: "{ $instead }"` (ou toute valeur postérieure à -{ $retention }) pour qu'elle soit encore chez le fournisseur au début de l'exercice, ou supprimez-la si le scénario la veut perdue
check-incident-no-offences = l'incident { $incident } ne nomme aucune infraction : la double incrimination ne pourrait jamais être satisfaite et toute demande d'entraide à son sujet serait refusée
check-incident-no-offences-help = indiquez ce que les faits constituent, par exemple `offences: [IllegalAccess, DataInterference, Extortion]`
check-jurisdiction-no-offences = { $code } n'est pas Partie à la Convention de Budapest et n'indique aucune infraction : toute demande d'entraide adressée à cet État échouerait faute de double incrimination
check-jurisdiction-no-offences-help = indiquez ce que le droit de { $code } réprime, par exemple `offences: [IllegalAccess, ComputerFraud]` (c'est le comportement qui compte, non la qualification : art. 25(5)) ; une Partie à la Convention de Budapest n'a pas à énumérer les infractions de la Convention
check-no-offences-label = aucune infraction
check-no-night-delay = le point de contact 24/7 de { $code } a un effectif réduit la nuit, mais pas de `night_acts_in`
check-no-night-delay-label = aucun délai de nuit
check-no-night-delay-help = sans lui, le point de contact agit la nuit aussi vite que le jour (`acts_in: { $delay }`) : ajoutez `night_acts_in` avec le délai de nuit, plus long, comme ("4h", "12h"), ou écrivez `staffing: Always`
check-unused-label = inutilisé
check-night-delay-unused-always = `night_acts_in` de { $code } n'est jamais utilisé : son point de contact 24/7 a un effectif `Always`
check-night-delay-unused-always-help = un point de contact d'effectif `Always` agit dans le délai `acts_in` de jour comme de nuit : supprimez `night_acts_in`, ou écrivez `staffing: ReducedAtNight` si le point de contact est plus lent la nuit
check-night-delay-unused-office-hours = `night_acts_in` de { $code } n'est jamais utilisé : son point de contact 24/7 ne travaille qu'aux heures de bureau
check-night-delay-unused-office-hours-help = un point de contact d'effectif `OfficeHoursOnly` n'agit qu'aux heures de bureau de son autorité centrale, dans le délai `acts_in` : supprimez `night_acts_in`, ou écrivez `staffing: ReducedAtNight` si quelqu'un est d'astreinte la nuit
check-rate-over-100 = un taux de divulgation volontaire est un pourcentage : { $rate } dépasse 100
check-rate-over-100-label = plus de 100
check-rate-over-100-help = écrivez un nombre entier de 0 (ne divulgue jamais) à 100 (divulgue toujours)

## Leads, evidence, teams and injects.

check-evidence-elsewhere = l'élément de preuve `{ $item }` est détenu par `{ $holder }`, mais la piste désigne `{ $provider }`
check-evidence-elsewhere-no-provider = l'élément de preuve `{ $item }` est détenu par `{ $holder }`, mais la piste ne désigne aucun fournisseur
check-evidence-elsewhere-label = détenu par { $holder }
check-evidence-elsewhere-help = les éléments de preuve d'une piste sont des données de son propre fournisseur : indiquez `provider: "{ $holder }"` sur la piste, ou placez `{ $item }` sous une piste qui désigne `{ $holder }`
check-not-kept-but-held = { $provider } garde des données { $category } : ces données existent donc
check-not-kept-but-held-label = déclarées jamais gardées
check-not-kept-but-held-help = supprimez `kept: false`, ou retirez ({ $category }) des `holds` de { $provider } s'il n'en garde vraiment aucune
check-category-not-held = { $provider } ne détient pas de données { $category }
check-category-not-held-label = ce fournisseur ne les détient pas
check-category-not-held-help = { $provider } détient { $held } ; ajoutez ({ $category }) à ses `holds`, changez la catégorie, ou écrivez `kept: false` s'il n'a jamais gardé ces données
check-category-not-held-help-nothing = { $provider } ne garde aucune donnée : placez l'élément de preuve chez un autre fournisseur, ou écrivez `kept: false` si la leçon est qu'une équipe le demande en vain (art. 29(6))
check-two-teams = { $code } a deux équipes
check-two-teams-label = seconde équipe
check-two-teams-help = une juridiction n'a qu'une équipe : mettez tous les rôles de { $code } dans la première et supprimez celle-ci
check-trainer-role = `Trainer` n'est pas un rôle de { $code }
check-trainer-role-label = le formateur n'appartient à aucune juridiction
check-trainer-role-team-help = le formateur est toujours présent et voit toutes les équipes : retirez `Trainer` du champ `{ $field }` de { $code }
check-trainer-role-inject-help = le formateur est une seule personne pour tout l'exercice : écrivez plutôt `Trainer`
check-liaison-role = `Liaison` n'est pas un rôle de { $code }
check-liaison-role-label = un correspondant parle pour un fournisseur, pas pour un pays
check-liaison-role-help = le correspondant d'un fournisseur auprès des autorités est le siège de ce fournisseur : retirez ici `Liaison` et écrivez `played: true` sur le fournisseur
check-role-listed-twice = `{ $role }` figure deux fois dans le champ `{ $field }` de { $code }
check-role-listed-twice-label = de nouveau cité
check-role-listed-twice-help = citez chaque rôle une seule fois
check-role-in-roles-and-optional = `{ $role }` figure à la fois dans le champ `roles` de { $code } et dans son champ `optional`
check-role-in-roles-and-optional-help = citez-le une seule fois : dans `optional` si le formateur peut le laisser à la simulation, dans `roles` s'il doit être tenu par un joueur
check-unplayed-role = stimulus adressé au rôle { $role } de { $code }, qu'aucun joueur ne tient
check-unplayed-role-label = aucun joueur ne tient ce rôle
check-unplayed-team = stimulus adressé à l'équipe { $code }, dont aucun joueur ne tient de rôle
check-unplayed-team-label = personne ne joue pour ce pays
check-unplayed-no-team-help = aucune équipe ne joue { $code } : ajoutez `(jurisdiction: "{ $code }", roles: [...])` à `teams`, ou adressez le stimulus à une équipe qui joue
check-unplayed-no-human-help = l'équipe de { $code } ne cite aucun rôle tenu par un joueur : ajoutez-en un à ses `roles` ou à ses `optional`, ou adressez le stimulus à une équipe qui joue
check-optional-recipient-role = stimulus adressé au rôle { $role } de { $code }, un poste facultatif : si personne ne le prend, personne ne lit ce stimulus
check-optional-recipient-team = stimulus adressé à l'équipe { $code }, dont tous les postes sont facultatifs : si personne n'en prend un, personne ne lit ce stimulus
check-optional-recipient-label = lu seulement si quelqu'un prend ce poste
check-optional-recipient-help = l'écran de démarrage de `cyberdrill play` ne propose que les rôles de `roles` : placez { $role } dans les `roles` de { $code }, ou démarrez l'exercice en nommant ce poste, `--seat { $role ->
        [Investigator] investigator
        [Prosecutor] prosecutor
       *[Contact247] 247
    }@{ $code }`
check-unplayed-simulated-help = chez { $code }, les joueurs tiennent { $roles } ; les rôles simulés ne lisent pas les stimulus : ajoutez ce rôle à l'équipe de { $code } ou adressez le stimulus à un rôle tenu par un joueur

## The case as a whole.

check-unreachable-evidence = aucun enchaînement de pistes ne mène à l'élément de preuve `{ $item }`
check-unreachable-evidence-label = les joueurs ne pourront jamais le trouver
check-unreachable-evidence-help = citez "{ $item }" dans le champ `evidence` d'une piste à laquelle mènent les `initial_leads` d'un incident
check-no-instrument = aucun instrument ne permet à { $from } de demander à { $to } l'élément de preuve `{ $item }`
check-no-instrument-label = détenu dans { $to }
check-no-instrument-help = ni la conservation ni l'entraide judiciaire ne s'appliquent entre { $from } et { $to } : faites des deux des Parties à la Convention de Budapest, ou donnez à l'une un traité `bilateral_mla` avec l'autre (ignorez cet avertissement si la leçon est que les données sont hors d'atteinte)
check-unused-jurisdiction = la juridiction `{ $code }` n'est jamais utilisée
check-unused-jurisdiction-label = rien n'y fait référence
check-unused-jurisdiction-help = aucun fournisseur, incident, équipe ou stimulus ne la cite : supprimez-la, ou déplacez-la dans un fragment partagé
check-unused-provider = le fournisseur `{ $provider }` n'est jamais utilisé
check-unused-provider-label = aucune piste ni aucun élément de preuve n'y fait référence
check-unused-provider-help = donnez-lui des éléments de preuve, désignez-le dans le `provider` d'une piste, ou supprimez-le
check-unrevealed-lead = la piste `{ $lead }` n'est jamais révélée
check-unrevealed-lead-label = rien ne la révèle
check-unrevealed-lead-help = citez-la dans les `initial_leads` d'un incident, ou dans les `reveals` d'une piste ou d'un élément de preuve

## Suspects and conditional stages.

check-never-sent = `{ $instrument }` n'est jamais envoyé seul : le point de contact requis s'en acquitte en exécutant `{ $within }`, si bien qu'une condition qui l'attend n'est jamais remplie
check-never-sent-label = jamais envoyé
check-never-sent-help = attendez la demande dont il fait partie : `RequestSent({ $within })`, ou ce qu'il procure (`LeadFound`, `EvidenceDisclosed`)
check-not-at-eurojust = { $code } n'est pas représenté à Eurojust : aucune réunion de coordination ne peut l'y associer, si bien que cette condition n'est jamais remplie
check-meeting-with-itself = une réunion de coordination à Eurojust réunit deux États, et non { $code } avec lui-même : cette condition n'est jamais remplie
check-never-held-label = jamais tenue
check-not-at-eurojust-help = ajoutez `Eurojust` aux `parties` de { $code } s'il est un État membre de l'UE ou a conclu un accord de coopération et détaché un procureur de liaison auprès d'Eurojust ; sinon, attendez un résultat qu'il peut atteindre
check-meeting-with-itself-help = nommez les deux juridictions dont les autorités judiciaires se réunissent : `CoordinationMeetingHeld("A", "B")`
check-never-located = le suspect `{ $suspect }` ne peut jamais être localisé : `located_by` ne cite rien
check-never-located-label = rien ne localise ce suspect
check-never-located-help = citez ce qui dit à une équipe où il se trouve, une donnée qu'elle peut obtenir ou une piste qu'elle peut trouver : `located_by: [Evidence("phone-location"), Lead("home-ip")]`
check-unless-never-holds = l'étape `{ $stage }` ne peut être ni évitée ni retardée : son `unless` ne peut être rempli à `{ $at }`, l'heure de l'étape
check-unless-never-holds-label = faux à `{ $at }`, quoi que fassent les équipes
check-unless-never-holds-help = nommez ce qu'une équipe peut accomplir avant `{ $at }`, par exemple `SuspectLocated("...")` ou `EvidenceProducedFor("A", "...")`, ou supprimez `unless`
check-delay-without-unless = le `delayed_by` de l'étape `{ $stage }` ne s'applique jamais : l'étape n'a pas de `unless`
check-delay-without-unless-label = rien ne retarde cette étape
check-delay-without-unless-help = ajoutez `unless: ...`, ce qui retarde l'étape (par exemple `unless: SuspectLocated("...")`), ou supprimez `delayed_by`
check-delay-not-positive = l'étape `{ $stage }` est repoussée de `{ $by }` : ce n'est pas un délai
check-delay-not-positive-help = écrivez de combien l'étape est repoussée quand son `unless` est rempli, comme "1d"
check-never-averted = l'étape `{ $stage }` ne peut jamais être évitée : elle n'a pas de `unless`
check-never-averted-delayed = l'étape `{ $stage }` ne peut jamais être évitée : son `delayed_by` la retarde au lieu de l'empêcher
check-never-averted-label = jamais rempli
check-never-averted-help = donnez à l'étape `{ $stage }` un `unless` sans `delayed_by`, pour qu'une équipe puisse l'éviter, ou utilisez plutôt `Not(StageReached("{ $stage }"))`

## Time.

check-start-unreadable = `{ $start }` n'est pas une date et une heure de début avec fuseau horaire
check-start-unreadable-label = pas une date et une heure avec fuseau horaire
check-start-unreadable-help = écrivez d'abord l'année, puis le mois, le jour, l'heure et le fuseau horaire entre crochets : "{ $example }"
check-start-skipped = `{ $start }` est une heure sautée au changement d'heure
check-start-skipped-label = n'existe pas dans ce fuseau horaire
check-start-skipped-help = { $written } n'existe pas dans ce fuseau horaire : les horloges la sautent au passage à l'heure d'été (la première heure qui suit le saut est { $first-after }) ; choisissez une heure hors du saut
check-never-ends = l'exercice ne se termine jamais
check-never-ends-label = ni `after` ni `when`
check-never-ends-help = indiquez `after: "3d"`, ou une condition `when: ...`, ou les deux (le premier des deux qui survient met fin à l'exercice)
check-end-not-positive = la durée de l'exercice doit être supérieure à zéro, et non `{ $after }`
check-end-not-positive-help = indiquez la durée de l'exercice, comme "90d"
check-end-too-long = l'exercice durerait plus de { $years } ans, la durée maximale d'un exercice
check-end-too-long-label = plus de { $years } ans
check-end-too-long-help = écrivez `"{ $years }y"` ou moins, comme "90d" (un journal ne va pas au-delà de { $latest })
check-speed-out-of-range = l'horloge ne peut pas tourner à la vitesse { $speed } : une vitesse va de 1 (temps réel) à { $max }
check-speed-out-of-range-label = pas entre 1 et { $max }
check-speed-out-of-range-help = indiquez combien de secondes simulées passent par seconde réelle, de 1 à { $max } : 60 fait passer une heure simulée par minute réelle ; omettez `clock` pour le temps réel
check-band-out-of-range = une fourchette d'essai de jeu de { $low } à { $high } % de parties gagnées n'est pas une plage de taux de réussite
check-band-out-of-range-label = pas entre 0 et 100, la plus basse d'abord
check-band-out-of-range-help = écrivez le taux de réussite le plus bas et le plus haut pour lesquels le scénario est conçu, en pourcentage de 0 à 100, le plus bas d'abord : `wins: (40, 80)`
check-band-twice = le profil `{ $profile }` a une deuxième fourchette d'essai de jeu
check-band-twice-label = une deuxième fourchette pour ce profil
check-band-twice-help = donnez une seule fourchette par profil : supprimez celle-ci ou réunissez les deux plages
check-unknown-profile = `{ $profile }` n'est pas un profil de compétence ; les profils sont { $profiles }
check-unknown-profile-label = profil inconnu
check-unknown-profile-help = écrivez l'un de ces profils, entre guillemets : { $profiles } (`profile: "average"`)
check-deadline-not-positive = l'échéance de l'objectif `{ $objective }` est `{ $by }`, avant que quiconque puisse agir
check-deadline-not-positive-help = `by` se compte à partir du début de l'exercice : écrivez une durée positive, comme "36h"
check-before-start = { $what ->
        [stage] une étape ne peut pas survenir avant le début de l'exercice (`{ $at }`)
        [inject] un stimulus ne peut pas être déclenché avant le début de l'exercice (`{ $at }`)
       *[objective] un objectif ne peut pas être atteint avant le début de l'exercice (`{ $at }`)
    }
check-before-start-label = avant le début
check-before-start-help = ces temps se comptent à partir du début de l'exercice : "0m" est le début, "2h" deux heures plus tard
check-after-end = { $what ->
        [stage] l'étape `{ $id }`, à `{ $at }`, survient après la fin de l'exercice (`{ $end }`)
        [inject] le stimulus `{ $id }`, à `{ $at }`, est déclenché après la fin de l'exercice (`{ $end }`)
        [objective] l'objectif `{ $id }`, à `{ $at }`, est atteint après la fin de l'exercice (`{ $end }`)
       *[deadline] l'échéance de l'objectif `{ $id }`, `{ $at }`, tombe après la fin de l'exercice (`{ $end }`)
    }
check-after-end-label = après la fin
check-after-end-help = indiquez `{ $end }` ou moins, ou allongez `end.after`
check-preservation-too-short = une conservation (art. 29) de { $period } est plus courte que ne le permet la Convention
check-preservation-too-short-label = moins de soixante jours
check-preservation-too-short-help = l'art. 29(7) de la Convention de Budapest prévoit une conservation d'au moins soixante jours : écrivez "60d" ou plus, ou omettez ce champ
check-domestic-preservation-too-long = une conservation (art. 16) de { $period } est plus longue que ne le permet la Convention
check-domestic-preservation-too-long-label = plus de quatre-vingt-dix jours
check-domestic-preservation-too-long-help = l'art. 16(2) de la Convention de Budapest prévoit une conservation de quatre-vingt-dix jours au plus (renouvelable) : écrivez "90d" ou moins, ou omettez ce champ
check-days = { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
check-period = `{ $period }`

## Translations.

check-missing-translation = ce texte n'est pas traduit en { $languages }
check-missing-translation-label = traduction manquante
check-missing-translation-help = les `languages` du scénario comprennent { $languages } : ajoutez "{ $example }": "..." à ce texte
check-unlisted-language = texte en `{ $language }`, langue que le scénario ne cite pas dans `languages` ({ $listed })
check-unlisted-language-label = aucun participant ne lit ce texte
check-unlisted-language-help = ajoutez "{ $language }" aux `languages` du scénario (chaque texte devra alors l'avoir), ou supprimez cette traduction
check-unlisted-language-help-typo = vouliez-vous dire `{ $best }` ? Sinon, ajoutez "{ $language }" aux `languages` du scénario (chaque texte devra alors l'avoir), ou supprimez cette traduction
