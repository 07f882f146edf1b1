# `cyberdrill playtest` : le tableau de synthèse (src/cli/playtest.rs).

playtest-heading = Essai de jeu de `{ $scenario }` : { $runs } { $runs ->
    [one] partie
   *[other] parties
} par profil, graines { $first } à { $last }, chacune jusqu'à { $until } ou la fin du scénario
playtest-win-defined = Une partie est gagnée lorsque tous les objectifs sont atteints. Une impasse est le moment après lequel aucun objectif non atteint ne peut plus l'être, parce que les données dont il a besoin ont été effacées.
playtest-profile = == { $profile } : { $wins } { $wins ->
    [one] partie gagnée
   *[other] parties gagnées
} sur { $runs } ({ $rate } %) ; { $band }
playtest-band-inside = conçu pour { $low } à { $high } % de parties gagnées : dans la fourchette
playtest-band-outside = conçu pour { $low } à { $high } % de parties gagnées : HORS de la fourchette
playtest-no-band = le scénario n'indique pas de fourchette pour ce profil
playtest-score = Score (sur { $max }) : min. { $min }, p10 { $p10 }, médiane { $median }, p90 { $p90 }, max. { $max_seen }
playtest-objectives = Objectifs : part des parties qui l'ont atteint ; quand (p10 / médiane / p90)
playtest-objective = { $met } %   { $when }
playtest-never = jamais
playtest-evidence = Éléments de preuve : ce qu'il est advenu de chacun (part des parties) ; marge : combien de temps avant la fin de sa durée de conservation il a d'abord été mis à l'abri (conservé ou obtenu), dans les parties qui l'ont obtenu
playtest-item-produced = obtenu { $share } %
playtest-item-intelligence = renseignement seulement { $share } %
playtest-item-lost = perdu { $share } % ({ $why })
playtest-item-other = { $fate } { $share } %
playtest-margin = marge de { $margin } (médiane ; au moins { $least })
playtest-first-preservation = Première conservation effective (données gelées chez le fournisseur) : p10 { $p10 }, médiane { $median }, p90 { $p90 }
playtest-never-preserved = Aucune conservation dans { $runs } { $runs ->
    [one] partie
   *[other] parties
}
playtest-refusals = Refus et demandes renvoyées (combien, dans combien de parties : ce que l'équipe s'est vu répondre la première fois) :
playtest-refusal = { $count } dans { $runs } { $runs ->
    [one] partie
   *[other] parties
} : { $reason }
playtest-no-refusals = Refus et demandes renvoyées : aucun
playtest-injects-never = Injections jamais déclenchées : { $injects }
playtest-objectives-never = Objectifs jamais atteints : { $objectives }
playtest-dead-ends = Impasses : { $runs } { $runs ->
    [one] partie
   *[other] parties
} ; quand : p10 { $p10 }, médiane { $median }, p90 { $p90 } ; par la perte de : { $items }
playtest-no-dead-ends = Impasses : aucune
playtest-reproduce = Rejouer la partie { $which } (graine { $seed }, score { $score }) : { $command }
playtest-worst = la pire
playtest-median = médiane
playtest-best = la meilleure
playtest-and = et
playtest-deadline-margin = marge de { $margin } avant son échéance (médiane ; au moins { $least })
playtest-journal-folder = impossible de créer le dossier { $dir } pour les journaux : { $error } ; choisissez un autre --write-journal
playtest-journal-exists = { $path } existe déjà : un journal n'est jamais écrasé ; choisissez un autre dossier --write-journal ou déplacez-le
playtest-journal-failed = impossible d'écrire le journal { $path } : { $error } ; les journaux de cet essai de jeu ont été supprimés
playtest-journal-written = Journal de la partie { $which }, profil { $profile } (graine { $seed }, score { $score }) : { $path }
playtest-journals-use = Rejouez-en un avec `cyberdrill replay JOURNAL{ $scenario }` ; lisez son rapport après action avec `cyberdrill report JOURNAL{ $scenario }`.
playtest-all-never-met = Objectifs qu'aucune partie d'aucun profil n'a atteints : { $objectives }
playtest-all-never-fired = Injections qu'aucune partie d'aucun profil n'a déclenchées : { $injects }

## Pourquoi un élément a été perdu (`cyberdrill playtest`) : un message par code d'effacement.

playtest-lost-deletion-retention-unpreserved = durée de conservation écoulée, jamais conservé
playtest-lost-deletion-retention-after-lapse = durée de conservation écoulée après l'expiration d'une conservation
playtest-lost-deletion-preservation-expired = la conservation a expiré sans demande pour l'obtenir
playtest-lost-deletion-hold-released = la demande d'entraide judiciaire qui le retenait s'est close sans l'obtenir
playtest-lost-deletion-retention-produced = effacé après avoir été obtenu
playtest-lost-deleted = effacé
# A share in percent, to one decimal.
playtest-percent = { $whole },{ $tenth }
# Between the parts of one line (a result and its margin).
playtest-separator = {" ; "}
# For whom the teams obtained an item as evidence: the States whose
# requests produced it, each with its share of runs.
playtest-produced-for = pour { $states }
playtest-state-share = { $state } { $share } %

## Pourquoi les parties qui ont manqué un objectif l'ont manqué (`cyberdrill
## playtest`) : une ligne sous l'objectif. Une partie de la condition est
## écrite comme dans le scénario.

playtest-missed = manqué dans { $runs } { $runs ->
    [one] partie
   *[other] parties
} : { $why }
playtest-missed-too-late = { $runs } trop tard (condition remplie après l'échéance, { $deadline })
playtest-missed-too-late-by = { $runs } trop tard (condition remplie { $runs ->
    [one] { $late }
   *[other] en médiane { $late }
} après l'échéance, { $deadline })
playtest-missed-after-end = { $runs } où la condition n'a été remplie qu'après la fin de l'exercice
playtest-missed-unmet = { $runs } où la condition n'est pas remplie : { $parts }
playtest-missed-part = { $condition } non remplie dans { $runs }
playtest-missed-impossible = { $runs } { $runs ->
    [one] impossible
   *[other] impossibles
} : { $items }
playtest-missed-lost-item = { $runs ->
    [one] { $item } perdu à { $at } dans { $runs }
   *[other] { $item } perdu (médiane { $at }) dans { $runs }
}
