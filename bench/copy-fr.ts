/** French marketing and internal copy, written for the bench and composed from fragments. */
import {capitalize, fill, numbers, type Copy, type SentenceKind} from './copy.ts'
import type {Rng} from './prng.ts'

const slots: Record<string, readonly string[]> = {
  ...numbers,
  brand: ['Maison Verdier', 'Atelier Lumen', 'Groupe Arvel', 'Caravelle Assurances', 'Boréal Énergie', 'Tessier & Fils', 'Mobilis', 'Kerlann'],
  we: ['nous', 'notre équipe', 'nos conseillers', 'le service client', 'toute l’équipe', 'notre agence'],
  product: ['l’abonnement Pro', 'la carte Fidélité', 'le contrat Sérénité', 'l’offre Famille', 'l’application mobile', 'le forfait Entreprise', 'la livraison express', 'l’espace client', 'la box Fibre', 'le pack Démarrage'],
  when: ['Depuis {count} ans', 'Au quotidien', 'Dans chacune de nos agences', 'Plus que jamais', 'Chez {brand}', 'Pour {product}', 'Cette année encore', 'Partout en France'],
  hollowCore: [
    'le client est roi',
    'nous plaçons le client au cœur de tout ce que nous faisons',
    'votre satisfaction est notre priorité',
    'la satisfaction client reste notre priorité absolue',
    'nous sommes à l’écoute de nos clients',
    'notre culture est résolument orientée client',
    'nous offrons un service client d’exception',
    'nous mettons le client au centre de notre stratégie',
    'notre équipe est toujours là pour vous aider',
    'nous prenons soin de vous',
    'l’obsession client guide chacune de nos décisions',
    'nous sommes une entreprise centrée sur le client',
    'nous vous offrons une expérience client unique',
    'votre satisfaction, notre priorité',
    'la passion du client nous anime',
    'nous voulons enchanter chacun de nos clients',
    'notre service de proximité fait toute la différence',
    'nos conseillers restent disponibles pour vous',
    'notre équipe est toujours heureuse de vous aider',
    'nous sommes devenus customer-centric',
    'le client passe avant tout',
    'nous remettons le client au cœur de nos préoccupations',
    'notre service client est irréprochable',
    'nous sommes proches de nos clients'
  ],
  hollowTail: ['', '', '', ', sur tous nos canaux', ' : c’est notre ADN', ', aujourd’hui comme demain', ', quelle que soit votre demande', ', c’est notre engagement'],
  commitment: [
    'nous répondons sous {hours} h, du lundi au samedi',
    'chaque demande reçoit une réponse en moins de {hours} heures ouvrées',
    'vous êtes remboursé intégralement pendant {days} jours',
    'un conseiller nommé suit votre dossier du début à la fin',
    'notre ligne est ouverte de 8 h à 20 h au 01 {pair} {pair} {pair} {pair}',
    'chaque réclamation reçoit un numéro de suivi dans la journée',
    'nous publions chaque trimestre notre taux de résolution au premier appel',
    'la livraison est offerte et garantie sous {hours} heures',
    'le retour est gratuit pendant {days} jours',
    'si vous nous écrivez le matin, nous vous rappelons avant midi',
    'le service est disponible à {percent} % sur l’année, mesure publiée en ligne',
    'vous parlez à un humain en moins de {count} minutes, 7j/7',
    'toute panne est réparée sous {hours} h ou le mois est offert'
  ],
  connector: [' : ', ' ; concrètement, ', ', c’est pourquoi ', ' — ', ' : la preuve, '],
  pair: ['12', '23', '34', '45', '56', '67', '78', '89', '90'],
  slogan: ['le client est roi', 'client au centre', 'la satisfaction avant tout', 'le client d’abord', 'obsession client', 'proche de vous', 'service d’exception', 'customer first'],
  mention: [
    'Dire « {slogan} » ne suffit plus',
    'Beaucoup d’entreprises affichent « {slogan} » sans jamais le prouver',
    'Le slogan « {slogan} » ne rassure plus personne',
    'Nous avons retiré la formule « {slogan} » de nos brochures',
    'Affirmer « {slogan} » sans délai chiffré, c’est promettre dans le vide',
    'Nos concurrents se disent orientés client, mais leurs clients attendent des semaines',
    'La formule « {slogan} » revient dans toutes les plaquettes du secteur',
    'Qui croit encore un panneau qui proclame « {slogan} » ?',
    'Le mot d’ordre « {slogan} » a fait son temps',
    'Remplacer « {slogan} » par un délai précis a changé la perception de nos clients'
  ],
  vagueSubject: ['nous', 'un conseiller', 'notre équipe', 'le service technique', 'notre partenaire'],
  vague: [
    '{vagueSubject} traitera votre demande dans les meilleurs délais',
    '{vagueSubject} fera tout son possible pour vous livrer rapidement',
    'un conseiller vous recontactera au plus vite',
    'votre dossier sera traité rapidement',
    'nous nous efforçons de répondre dans les plus brefs délais',
    'nous ferons le maximum pour résoudre votre problème',
    'votre colis partira dès que possible',
    'nous reviendrons vers vous très prochainement',
    'une solution vous sera proposée au plus tôt'
  ],
  plainSubject: ['le rapport trimestriel', 'la nouvelle gamme', 'le comité de pilotage', 'l’équipe logistique', 'le prestataire informatique', 'notre entrepôt de Lyon', 'la campagne de printemps', 'le client FTP', 'le module de facturation', 'le ROI de l’opération', 'le séminaire annuel', 'la charte graphique', 'le tableau de bord commercial', 'la procédure d’achat'],
  plainPredicate: ['passe en comité le {date}', 'a reçu le feu vert de la direction', 'compte désormais {count} références', 'demande une mise à jour avant la migration', 'reste à mesurer sur trois mois', 'ferme exceptionnellement le {date}', 'regroupe {count} personnes', 'passe en version {version}', 'figure dans l’annexe {hours}', 'suit le calendrier prévu', 'dépend du budget voté en mars', 'fera l’objet d’une revue après la période de test'],
  plainTail: ['', '', '', ' comme indiqué dans la note précédente', ' selon le planning partagé', ', sous réserve de validation'],
  date: ['3 mars', '14 avril', '2 juin', '21 septembre', '8 novembre', '15 décembre'],
  plainExtra: [
    'Les factures partent le {hours} de chaque mois',
    'Le parking visiteurs se trouve au niveau -1',
    'Merci de remplir la feuille de présence avant vendredi',
    'La salle Garonne est réservée pour la formation',
    'Le roi Louis XIV aurait apprécié nos jardins, disent les guides',
    'Les nouveaux arrivants reçoivent leur badge le premier jour',
    'Les chiffres détaillés figurent dans le fichier joint',
    'Le mot de passe doit compter au moins {count} caractères'
  ],
  heading: ['Notre engagement', 'Service client', 'Livraison et retours', 'Nos valeurs', 'Questions fréquentes', 'Garanties', 'Nous contacter', 'Charte qualité', 'Accueil des nouveaux arrivants', 'Organisation interne', 'Tarifs et options', 'Suivi de commande', 'Notre histoire', 'Compte rendu de réunion'],
  headingTail: ['', '', ' — {product}', ' ({date})', ' : ce qui change', ' pour {product}'],
  listIntro: ['Nos engagements pour {product} :', 'Ce que vous pouvez attendre de nous :', 'Points à retenir :', 'Ordre du jour :', 'En pratique :'],
  channel: ['Téléphone', 'E-mail', 'Chat', 'Agence', 'Courrier', 'Messagerie'],
  hoursText: ['du lundi au samedi, 8 h – 20 h', '7j/7, 24 h/24', 'du lundi au vendredi, 9 h – 18 h', 'sur rendez-vous', 'le samedi matin'],
  delay: ['immédiat', 'sous {hours} h', '{days} jours', 'dans la journée', 'sous 2 jours ouvrés'],
  link: ['Consultez [la foire aux questions](https://exemple.fr/aide) pour les cas particuliers', 'Les conditions complètes sont [en ligne](https://exemple.fr/cgv)', 'Le détail des tarifs figure dans [la grille {version}](https://exemple.fr/tarifs)'],
  title: ['Guide du service client', 'Charte de la relation client', 'Livret d’accueil', 'Conditions et engagements', 'Manuel interne du support', 'Plaquette commerciale {brand}']
}

const kinds: Record<SentenceKind, () => string> = {
  plain: () => '{plainSubject} {plainPredicate}{plainTail}.',
  hollow: () => '{when}, {hollowCore}{hollowTail}.',
  backed: () => '{hollowCore}{connector}{commitment}.',
  mention: () => '{mention}.',
  vague: () => '{vague}.',
  commitment: () => '{commitment}.'
}

export const copyFr: Copy = {
  lang: 'fr',
  sentence(kind, rng) {
    let template = kinds[kind]()
    if (kind === 'hollow' && rng.chance(0.4)) template = '{hollowCore}{hollowTail}.'
    if (kind === 'plain' && rng.chance(0.3)) template = '{plainExtra}.'
    const text = fill(template, slots, rng)
    return capitalize(text.replace(/\? ?\.$/, '?'))
  },
  heading: (rng) => capitalize(fill('{heading}{headingTail}', slots, rng)),
  listIntro: (rng) => fill('{listIntro}', slots, rng),
  table(rng) {
    const rows = [['Canal', 'Horaires', 'Délai de réponse']]
    const count = rng.int(2, 5)
    for (let index = 0; index < count; index++) rows.push([fill('{channel}', slots, rng), fill('{hoursText}', slots, rng), fill('{delay}', slots, rng)])
    return rows
  },
  code(rng) {
    if (rng.chance(0.5)) return {info: 'yaml', body: fill('support:\n  delai_heures: {hours}\n  canaux: [telephone, email]\n  slogan: "le client est roi"', slots, rng)}
    return {info: 'text', body: fill('Objet : votre demande n° {count}\nStatut : en cours\nLe client est roi (ancien modèle, ne plus utiliser)', slots, rng)}
  },
  linkSentence: (rng) => fill('{link}.', slots, rng),
  title: (rng) => fill('{title}', slots, rng),
  typography(text, rng) {
    let out = text
    if (rng.chance(0.65)) {
      const thin = rng.chance(0.4) ? '\u202f' : '\u00a0'
      out = out
        .replace(/ ([:;?!%])/g, `${thin}$1`)
        .replace(/« /g, '«\u00a0')
        .replace(/ »/g, '\u00a0»')
        .replace(/(\d) (h|heures|jours|minutes)\b/g, '$1\u00a0$2')
    }
    if (rng.chance(0.3)) out = out.replace(/’/g, "'")
    if (rng.chance(0.15)) out = out.replace(/cœur/g, 'coeur')
    return out
  }
}
