# Le rapport après action (`cyberdrill report`, src/report) : titres,
# libellés et phrases des constats. Les arguments nommés d'après les
# catégories du cœur (`$basis`, `$to`, `$item`…) sont rendus comme dans
# les messages du cœur.

report-title = Rapport après action : { $title }
report-generated = Établi à partir du journal de `{ $scenario }` en le rejouant ; le même journal donne toujours ce rapport.
report-overview = Vue d'ensemble
report-scenario = Scénario
report-seed = Graine
report-start = Début
report-end = Fin
report-fact = { $label } : { $value }
report-local = { $time } ({ $zone })
report-journal = Journal
report-journal-finished = { $steps ->
    [one] { $steps } étape, rejouée et vérifiée
   *[other] { $steps } étapes, rejouées et vérifiées
} jusqu'à sa ligne de fin (enregistré par cyberdrill { $engine })
report-journal-unfinished = { $steps ->
    [one] { $steps } étape, rejouée et vérifiée
   *[other] { $steps } étapes, rejouées et vérifiées
} ; pas encore de ligne de fin : l'exercice n'était pas terminé (enregistré par cyberdrill { $engine })
report-countries = Pays
report-score = Score
report-score-value = { $score } / { $max }
report-seats = Postes
report-col-seat = Poste
report-col-played-by = Tenu par
report-col-actions = Actions enregistrées
report-played-person = une personne
report-played-simulated = simulé

report-objectives = Objectifs
report-rating-legend = P : réalisé sans difficulté · S : réalisé avec quelques difficultés · M : réalisé avec des difficultés majeures · U : non réalisé
report-rating-rule = P : atteint avant son échéance, avant le dernier quart de son délai, sans qu'aucune demande sur son chemin ne soit renvoyée ni refusée. S : atteint avant son échéance, mais dans le dernier quart de son délai ou après un renvoi ou un refus. M : atteint seulement après son échéance, ou seulement en partie. U : manqué. En cours : pas encore atteint quand le journal s'arrête avant son échéance et avant la fin de l'exercice : pas encore noté.
report-col-objective = Objectif
report-col-rating = Note
report-rating-open = en cours
report-col-result = Résultat
report-col-evidence = Ce qui fonde la note
report-met-on-time = atteint à { $at }
report-met-late = atteint en retard, à { $at }
report-met-partly = atteint en partie ({ $holding } sur { $of })
report-met-missed = manqué
report-met-open = pas encore atteint
report-deadline = échéance { $at }
report-because-met = atteint à { $at }
report-because-met-margin = atteint à { $at }, { $margin } avant son échéance
report-because-last-quarter = atteint à { $at }, dans le dernier quart de son délai : { $margin } avant son échéance
report-because-returned = la demande nº { $request } ({ $basis }) adressée à { $to } a été renvoyée pour précisions à { $at } : il y manquait { $missing }
report-because-refused = la demande nº { $request } ({ $basis }) adressée à { $to } a été refusée à { $at }
report-because-late = sa condition n'a été remplie qu'à { $at }, { $late } après son échéance
report-because-partly = { $holding } de ses { $of } conditions étaient remplies à la fin
report-because-missed = sa condition n'a jamais été remplie
report-because-lost = la donnée { $item } a été perdue à { $at }
report-because-open = pas atteint quand le journal s'arrête, à { $at }, avant son échéance ({ $deadline }), l'exercice étant en cours : pas encore noté
report-because-open-no-deadline = pas atteint quand le journal s'arrête, à { $at }, l'exercice étant en cours : pas encore noté

report-timeline = Chronologie
report-col-time = Heure
report-col-local = Heure locale
report-col-who = Qui
report-col-what = Ce qui s'est passé
report-refused = refusé : { $reason }

report-teams = Équipes et postes
report-team = { $name } ({ $code })
report-first-preservation = Délai avant la première conservation
report-no-preservation = aucune donnée conservée
report-requests-summary = Demandes
report-requests-counts = { $sent ->
        [one] { $sent } envoyée
       *[other] { $sent } envoyées
    }, { $complete ->
        [one] { $complete } exécutée
       *[other] { $complete } exécutées
    }, { $returned ->
        [one] { $returned } renvoyée pour précisions
       *[other] { $returned } renvoyées pour précisions
    }, { $refused ->
        [one] { $refused } refusée
       *[other] { $refused } refusées
    }
report-col-request = Demande
report-basis = { $basis }
report-col-basis = Base juridique
report-col-to = À
report-col-items = Données
report-col-sent = Envoyée
report-col-outcome = Issue
report-not-sent = non envoyée
report-open = en cours
report-deadlines = Échéances de conservation
report-deadline-met = { $item } : mise en sûreté à { $at }, { $margin } avant la fin de sa durée de conservation ({ $runs-out })
report-deadline-missed = { $item } : durée de conservation écoulée à { $runs-out } avant sa mise en sûreté
report-deadline-outlived = { $item } : pas mise en sûreté, toujours détenue par le fournisseur ({ $runs-out })
report-evidence-admissible = Preuves recevables
report-evidence-intelligence = Renseignement seulement
report-evidence-lost = Perdues
report-evidence-at = { $item } ({ $at })
report-lost-line = { $item } à { $at } : { $why }
report-none = aucune
report-col-sent-count = Demandes envoyées
report-col-refused = Actions refusées
report-col-channel = Erreurs de voie
report-col-sent-by = Envoyée par
report-col-first-preservation = Première conservation
report-col-seat-requests = Demandes : envoyées · exécutées · renvoyées pour précisions · refusées
report-seat-requests = { $sent } · { $complete } · { $returned } · { $refused }
report-col-seat-deadlines = Échéances de conservation : tenues (marge la plus courte) · manquées
report-seat-deadlines = { $met } ({ $margin }) · { $missed }
report-seat-deadlines-none-met = 0 · { $missed }
report-col-seat-evidence = Preuves recevables · renseignement seulement · perdues
report-seat-evidence = { $evidence } · { $intelligence } · { $lost }
report-refusals = Actions refusées

report-strengths = Points forts
report-improvements = Axes d'amélioration
report-none-found = Aucun dans le journal.
report-finding-secured = la demande ({ $basis }) adressée à { $to } a mis la donnée { $item } en sûreté { $margin } avant la fin de sa durée de conservation
report-finding-produced = la demande ({ $basis }) adressée à { $to } a obtenu { $items } comme preuves recevables, { $after } après son envoi
report-finding-objective-clean = objectif { $objective } ({ $objective-text }) atteint sans difficulté
report-finding-returned = il manquait à la demande ({ $basis }) adressée à { $to } : { $missing } ; un aller-retour de { $trip }
report-finding-refused = la demande ({ $basis }) adressée à { $to } a été refusée : { $result }
report-finding-lost = la donnée { $item } a été perdue à { $at } : { $why }
report-finding-lost-asked = la donnée { $item } a été perdue à { $at }, bien qu'une demande ({ $basis }) l'ait visée : { $why }
report-finding-channel = { $participant }, à { $at } : { $refusal }
report-finding-objective = objectif { $objective } ({ $objective-text }) noté { $rating }
report-finding-of-team = { $team } ({ $code }) : { $finding }

report-plan = Plan d'amélioration
report-plan-intro = Une ligne par axe d'amélioration ; le formateur complète l'objectif pédagogique visé, qui agit et pour quand.
report-col-issue = Constat
report-col-action = Action recommandée
report-col-learning-objective = Objectif pédagogique visé
report-action-returned = Vérifier avant l'envoi que la demande contient chaque élément qu'exige sa base juridique ({ $basis }).
report-action-refused = Avant de choisir cette voie ({ $basis }), vérifier ses conditions dans l'État requis (double incrimination, réserves) et les autres voies : `cyberdrill instruments --between`.
report-action-lost = Faire d'abord conserver, en quelques heures, les données à courte durée de conservation (art. 29 à l'étranger, art. 16 sur le territoire), puis envoyer la demande formelle.
report-action-channel = Choisir un instrument qui existe entre les deux États, et le poste qui l'envoie : `cyberdrill instruments --between`.
report-action-objective = Reprendre avec l'équipe le point de débriefing de cet objectif.
report-learning-objectives = Les objectifs pédagogiques de l'exercice :

report-annotations = Annotations du formateur
report-no-annotations = Le formateur n'a fait aucune annotation.

report-figure = Les données dans le temps
report-figure-alt = Pour chaque donnée, une ligne de sa création à la fin : sa durée de conservation, les périodes où elle a été conservée, les demandes qui la visaient (envoi et réponse), et le moment où elle a été perdue ou produite ; des lignes verticales en tirets marquent les étapes de l'incident.
report-figure-legend = Légende : trait fin, donnée détenue par le fournisseur ; bande grise, durée de conservation ; bande hachurée, conservation ; ▲ demande envoyée ; ● réponse ; ✕ perdue ; ★ produite comme preuve ; tirets, étape atteinte.
report-figure-item = { $item } chez { $provider }

## Where the trainer gets it: `play`, `serve` and the console's r key.

report-exported = Rapport après action écrit dans { $path } (et de nouveau à la fin).
report-export-failed = Le rapport après action n'a pas pu être écrit : { $error }
report-written = Le rapport après action est dans { $path } : ouvrez-le dans un navigateur, imprimez-le ou distribuez-le.
