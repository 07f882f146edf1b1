# The terminal UI's own words (src/tui).
#
# French conventions (keep them when rewording), besides those of core.ftl:
# - A seat is a "rôle" ("A — enquêteur", "console du formateur"): a team
#   member holds a role ("rôle tenu par un joueur", check.ftl).
# - An instrument is a "mesure" (as in refusals.ftl) and every instrument
#   name is feminine ("une injonction", "la conservation", "une demande"):
#   words about "it" agree in the feminine.
# - A data item is "les données X" (core.ftl), so is the list of what
#   became of them; an inject is a "stimulus" (m, plural "stimuli"), the
#   debrief the "bilan"; an objective is "atteint" (reached), not "rempli".
# - A country's name never follows a preposition: French names need their
#   article ("le Brenmark", "la Valdorie"), which $jurisdiction does not
#   carry; write "Pays requis : { $jurisdiction }".
# - Keys are named as a French keyboard labels them: "Entrée", "Échap",
#   "Espace", "Début", "Fin", "Pg préc", "Pg suiv"; "Tab" and the letters
#   (e, l, d...) stay. Time and durations stay as the engine writes and
#   reads them ("d2 9h").
# - The footers (`keys-*`) are one line of a terminal: at most 80
#   characters, counted. Where all the keys do not fit, the ones most used
#   stay and the help (?) lists them all.
# - A plain space before ":", ";" and "?" (terminals), never a no-break space.

## Start and briefing.

start-objectives = Objectifs pédagogiques :
start-language = Langue : { $language }  (Espace pour changer)
start-seats = {" "}Rôles tenus sur ce terminal (les autres sont simulés){" "}
start-go = Commencer l'exercice
start-choose-a-seat = Choisissez au moins un rôle, ou la console du formateur.
start-more = {" "}Pg préc Pg suiv pour tout lire{" "}
keys-start = ↑↓ déplacer · Espace choisir · Entrée commencer · q quitter
seat-trainer = console du formateur
seat-player = { $jurisdiction } — { $role }
briefing-title = Mise en situation
briefing-seats = Vos rôles : { $seats }
keys-briefing = Entrée commencer · ↑↓ défiler · q quitter

## The desk.

tab-inbox = Réception
tab-case = Dossier
tab-requests = Demandes
tab-law = Le droit
tab-clocks = Échéances
tab-console = Console
tab-truth = Preuves
tab-timeline = Chronologie
tab-agenda = Agenda
clock-running = ▶ x{ $speed }
clock-paused = ❚❚ en pause
clock-ended = ■ terminé à { $at }
viewing = écran de { $seat }
empty-inbox = Aucune note reçue pour l'instant.
empty-timeline = Rien n'est encore arrivé à votre équipe.
case-incident = L'incident
case-suspects = Suspects localisés
case-leads = Pistes
case-evidence = Données que votre équipe peut désigner
lead-examined-mark = {" "}(examinée)
lead-look-up = à rechercher
empty-requests = Aucune demande pour l'instant : appuyez sur d pour en rédiger une.
empty-requests-liaison = Aucune demande portant sur les données de votre société ne vous est encore parvenue.
liaison-request = { $heading } · de { $from } · { $binds }
liaison-binding = s'impose à la société
liaison-voluntary = volontaire : la société peut refuser
request-missing = Éléments manquants : { $fields }
request-sent-ago = {" "}· envoyée à { $at }, il y a { $ago }
request-sent-now = {" "}· envoyée à { $at }, à l'instant
request-answer-due = {" "}· réponse due avant { $by } (dans { $left })
law-trainer = Le formateur n'envoie aucune demande.
law-towards = Pays requis : { $jurisdiction }  (* = c'est vous qui l'envoyez)
# The code writes "; " after it: the space at the end makes it " ; ".
law-sent-by = envoyée par : { $senders }{" "}
law-needs-emergency = si un risque pour la vie est connu
law-states = doit indiquer : { $fields }
law-missing = Ce qui n'existe pas entre vous :
clock-left = dans { $left }
clock-passed = passée
empty-clocks = Aucune échéance connue.
item-preservation-left = {" "}· encore { $left }
item-retention-left = {" "}· effacées dans { $left } sauf conservation ({ $source })
item-retention-passed = {" "}· durée de conservation écoulée le { $at } ({ $source })
item-retention-awaiting = {" "}· réponse attendue (sa durée de conservation annoncée courait jusqu'à { $at })
item-retention-unknown = {" "}· durée de conservation inconnue
retention-by-provider = selon le fournisseur
retention-by-law = selon la loi
keys-desk = Tab onglet suivant · ↑↓ déplacer · [ ] changer de rôle · ? aide · q quitter
keys-inbox = m marquer lu jusqu'ici · Tab onglet suivant · ? aide · q quitter
keys-case = e examiner · l rechercher · d rédiger une demande · Tab onglet suivant · ? aide
keys-case-look-up = l rechercher · d rédiger une demande · Tab onglet suivant · ? aide · q quitter
keys-case-draft = d rédiger une demande · Tab onglet suivant · ↑↓ déplacer · ? aide · q quitter
# 80 characters: r (renouveler), a (écrire), w (retirer) and d (rédiger)
# are in the help.
keys-requests = Entrée envoyer · s signer · + compléter · f transférer · x refuser · d rédiger · ? plus
keys-liaison = f exécuter · c précisions · x refuser · a écrire · ? aide · q quitter
keys-law = ←→ autre pays · ↑↓ défiler · Tab onglet suivant · ? aide · q quitter
# 80 characters: i is on the console's own line ("Stimuli (i déclenche...").
keys-trainer = p pause · +/- vitesse · n suivant · g aller à · i stimulus · o note · r rapport · v voir un rôle · ? aide
keys-viewing = v rôle suivant · Échap retour à la console · p pause · +/- vitesse · n suivant · ? aide

## The trainer's console.

console-score = Score : { $score } / { $max }
console-injects = Stimuli (i déclenche celui qui est sélectionné) :
inject-fired-at = déclenché à { $at }
inject-waiting = non déclenché
console-objectives = Objectifs :
objective-met-at = atteint à { $at }
objective-missed = manqué
objective-by = à atteindre avant { $by }
objective-open = en cours
console-agenda = À venir :
agenda-until = À venir d'ici la fin de l'exercice ({ $end }) :
due-retention = vérification de la rétention des données { $item }
due-stage = étape de l'incident : { $stage }
due-inject = stimulus { $inject }
due-end = fin de l'exercice
due-judge = un juge signe l'injonction #{ $request }
due-request = la demande #{ $request } avance
due-collect = la demande #{ $request } collecte les données { $item } dès leur création
due-think = { $seat } fait le point

## Forms and prompts.

form-title = Rédiger une demande
form-to = Pays requis
form-instrument = Mesure (celles qui existent entre vous et que vous envoyez)
form-data = Données visées
form-no-data = Votre équipe ne peut encore désigner aucune donnée : trouvez une piste, puis recherchez qui en détient les données.
form-leads = Pistes communiquées (renseignements, non des preuves)
form-no-leads = Votre équipe n'a encore trouvé aucune piste : examinez les éléments du dossier.
form-assets = Portefeuilles et comptes à geler
form-no-assets = Votre équipe n'a encore trouvé aucun portefeuille ni compte.
form-suspect = Le suspect visé (un seul, localisé par votre équipe)
form-no-suspect = Votre équipe n'a encore localisé aucun suspect : une demande visant une personne attend que vous sachiez où elle se trouve.
form-elements = Éléments à indiquer
draft-no-instrument = Vous n'envoyez aucune demande vers ce pays.
keys-form = Tab partie · ←→ choix · Espace coche · w écrit · a tout · Entrée rédige · Échap
form-missing = { $count ->
        [one] Il manque encore un élément
       *[other] Il manque encore { $count } éléments
    }
prompt-element = Ce que dit cet élément (Entrée le garde, Échap annule)
prompt-answer = Message sur cette demande (Entrée envoie, Échap annule)
prompt-decline = Motif du refus
prompt-annotate = Note pour le bilan
prompt-jump = Avancer l'horloge à (ex. j2 09:00, ou 2 j 9 h depuis le début)
bad-duration = `{ $text }` n'est pas une heure : écrivez-la comme j2 09:00 ou 2 j 9 h.
notice-new = Nouveau pour { $seat } ({ $count }) : { $note }
quit-confirm = Quitter l'exercice ? Le journal en garde la trace. (o / n)
too-small = Le terminal fait { $width }x{ $height } ; cyberdrill a besoin d'au moins { $min_width }x{ $min_height }. Agrandissez la fenêtre ou réduisez la police.
play-journal-at = Le journal est dans { $path } : rejouez-le avec `cyberdrill replay { $path }`, ou reprenez avec `cyberdrill play --resume { $path }`.
play-journal-ended = Le journal est dans { $path } : rejouez-le avec `cyberdrill replay { $path }`.

## Help.

help-title = Aide
help-keys = {" "}↑↓ Pg préc Pg suiv défiler · Échap fermer{" "}
help = Touches : Tab et les chiffres changent d'onglet ; ↑↓ déplacent ou font défiler, Pg préc et Pg suiv de dix en dix, Début et Fin vont aux extrémités ; [ et ] passent d'un de vos rôles à l'autre ; Échap revient en arrière ; q quitte (après confirmation) ; Ctrl-C quitte aussitôt.
    Dossier : l'incident et ses étapes, les pistes, et les données que votre équipe peut désigner avec leur horloge : quand leur durée de conservation expire (selon le fournisseur ou la loi de son pays ; ! à moins d'un jour), ou combien de temps dure leur conservation. e examine une piste (enquêteur), l recherche qui en détient les données (enquêteur, point de contact 24/7), d rédige une demande.
    Chronologie : tout ce qui est parvenu aux postes de votre équipe, du plus ancien au plus récent.
    Demandes : Entrée envoie, s signe (procureur), + ajoute ce qui manque encore, f transmet une demande reçue au fournisseur (point de contact 24/7) ou accorde une extradition ou une équipe commune qui vous est soumise (procureur requis), c la renvoie pour précisions sur les éléments non rédigés, x la refuse avec un motif, a écrit un message dessus, r renouvelle une conservation, t communique la voie de transmission révélée par une conservation que vous avez exécutée (art. 30), w retire la demande.
    Le correspondant d'un fournisseur voit les demandes portant sur les données de sa société qui lui sont parvenues, les données de sa société telles qu'elle les connaît (Preuves) et ses échéances : f exécute (conserve, communique ou produit ce que la société détient), c demande des précisions, x refuse ce que la société peut refuser (une demande volontaire, jamais une injonction), a écrit à l'expéditeur.
    L'onglet « Le droit » indique, pour chaque pays, les demandes possibles entre vous et lui, qui les envoie et ce qu'elles doivent indiquer, et pourquoi les autres n'existent pas.
    Formateur : la console montre le score, les stimuli et les objectifs, l'agenda ce qui est prévu d'ici la fin ; p met en pause et relance, + et - changent la vitesse, n saute à l'événement suivant, g à un moment donné, i déclenche le stimulus sélectionné, o écrit une note, r écrit le rapport après action à ce stade à côté du journal (JOURNAL.report.html), v montre tour à tour l'écran de chaque rôle tel que ce rôle le voit, rôles simulés compris (Échap revient).
    Heures de bureau : l'horloge de chaque pays est marquée ● quand son autorité centrale est ouverte, ○ quand elle est fermée (nuits, week-ends).

## The debrief.

debrief-title = Bilan
debrief-evidence = Ce que sont devenues les données :
debrief-incident = Le déroulement de l'incident :
debrief-requests = Les demandes, telles qu'elles ont été rédigées :
debrief-notes = Vos notes :
keys-debrief = ↑↓ défiler · Échap fermer le bilan · q quitter

## Serving over SSH.

serve-taken-over = Une autre connexion avec le même code a repris votre poste.
serve-left = Vous avez quitté l'exercice ; votre poste est conservé : reconnectez-vous avec le même code.
serve-closed = Le formateur a clos l'exercice. Merci.
observer-cannot-act = Vous êtes observateur : vous pouvez regarder, pas agir.
