# The command line's own words (src/cli).

run-times-local = horaires : temps écoulé depuis le début, puis heure locale de { $name } ({ $zone })
run-times = horaires : temps écoulé depuis le début
run-refused = REFUSÉ (étape { $step }) : { $reason }
run-stamped-before-clock = ligne horodatée { $stamped }, mais une action Jump antérieure avait déjà avancé l'horloge à { $now } : non appliquée (une ligne ne s'exécute jamais après son horodatage ; horodatez-la à { $now } ou plus tard, ou avancez l'horloge moins loin)
run-stamped-while-paused = horodatée { $stamped }, mais l'exercice est en pause à { $now } et l'horloge reste arrêtée jusqu'à une reprise : non appliquée (horodatez-la { $now }, l'heure de la pause, ou reprenez d'abord)
run-paused-never-resumed = l'exercice a été mis en pause à { $at } et jamais repris : l'exécution s'arrête là, pas à { $until }
usage-seed = `{ $value }` n'est pas une graine : une graine est un nombre entier de 0 à 18446744073709551615, par exemple `--seed 7`
usage-seed-negative = `{ $value }` n'est pas une graine : une graine ne peut pas être négative ; donnez un nombre entier de 0 à 18446744073709551615, par exemple `--seed 7`
run-unknown-participant-did-you-mean = { $file } : ligne { $line }, colonne { $column } : `{ $participant }` n'a pas de place dans ce scénario ; vouliez-vous dire `{ $best }` ? (les places sont { $seats })
run-unknown-participant = { $file } : ligne { $line }, colonne { $column } : `{ $participant }` n'a pas de place dans ce scénario ; écrivez l'une de celles-ci : { $seats }
journal-exists = { $path } existe déjà : un journal n'est jamais écrasé ; écrivez dans un nouveau fichier (par exemple `--journal { $free }`), ou poursuivez l'exercice qu'il enregistre avec `cyberdrill { $resume } --resume { $path }`
run-outcome = Résultat de `{ $scenario }` (graine { $seed }) à { $at }
run-evidence = Éléments de preuve :
run-objectives = Objectifs :
# Printed in a column 26 characters wide, with a time of up to 19
# (`d58 14:45 lun 15:25`): keep the words before it to 6 letters and a space.
run-objective-met = atteint { $at }
run-objective-not-met = non atteint
run-score = Score : { $score } / { $max }
run-state-hash = Empreinte de l'état : { $hash }

## Days of the week, short, for local times (Monday is 1).
# Three letters, no dot: they fill a fixed-width column, like the English.

weekday-1 = lun
weekday-2 = mar
weekday-3 = mer
weekday-4 = jeu
weekday-5 = ven
weekday-6 = sam
weekday-7 = dim

## `cyberdrill replay`.

replay-matches = { $steps } étapes rejouées jusqu'à { $at } : l'empreinte de l'état concorde ({ $hash })
replay-matches-unfinished = { $steps } étapes rejouées jusqu'à { $at } : chaque étape enregistrée concorde avec son empreinte, le journal est donc valable jusqu'à sa dernière étape, mais il n'a pas de ligne de fin (l'exercice a été quitté avant sa fin, s'est arrêté entre deux étapes, ou se poursuit) ; pour reprendre l'exercice à ce point : `cyberdrill play --resume { $journal }` ou `cyberdrill serve --resume { $journal }`
replay-diverged = le rejeu diverge à { $step } : enregistré { $expected }, rejoué { $found }

## cyberdrill serve.

serve-listening = En service sur { $address }. Clé d'hôte { $fingerprint } : les participants la vérifient à la première connexion.
serve-codes = Codes d'accès (aussi dans { $path }) : ssh -p { $port } CODE@HÔTE, ou CODE-en@HÔTE pour l'anglais.
serve-journal = Le journal est écrit dans { $path }.
serve-journal-resume = Le journal est dans { $path } : reprenez avec `cyberdrill serve --resume { $path }` (mêmes codes), ou rejouez-le avec `cyberdrill replay { $path }`.

## `cyberdrill scenarios` : la bibliothèque, et un scénario nommé en ligne de commande.

scenarios-heading-title = TITRE
scenarios-heading-id = ID
scenarios-heading-setting = SECTEUR · RÉGION
scenarios-heading-facts = PAYS · RÔLES · DURÉE · LANGUES
scenarios-seats = { $count ->
    [one] 1 rôle
   *[other] { $count } rôles
}
scenarios-no-region = région non précisée
scenarios-count = { $count ->
    [one] 1 scénario
   *[other] { $count } scénarios
} : lancez-en un avec `cyberdrill run ID`, jouez-le avec `cyberdrill play ID`, vérifiez-le avec `cyberdrill check ID`.
scenario-unknown-id = `{ $name }` n'est ni un fichier de scénario ni un identifiant de la bibliothèque ; `cyberdrill scenarios` liste la bibliothèque
scenario-unknown-id-did-you-mean = `{ $name }` n'est ni un fichier de scénario ni un identifiant de la bibliothèque ; vouliez-vous dire `{ $best }` ? (`cyberdrill scenarios` liste la bibliothèque)
