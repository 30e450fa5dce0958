// Demo behaviour of demo/series.html: builds the 60 review cards (Maps markup) and appends them 10 at a time when
// the reviews pane is scrolled near its end, like Maps. Text is set with textContent only.
(function () {
  var dup = [
    'Médecin incompétent et méprisant, je déconseille fortement ce cabinet. Fuyez !',
    'Médecin incompétent et méprisant, je déconseille fortement ce cabinet, à fuir.',
    'Un médecin incompétent et méprisant. Je déconseille fortement ce cabinet !',
    'Médecin incompétent et méprisant : je déconseille fortement ce cabinet. Fuyez vite.',
    'Franchement, médecin incompétent et méprisant, je déconseille fortement ce cabinet.',
  ];
  var other = [
    'Refus de prescription sans aucune explication.',
    'Secrétaire désagréable au téléphone ce matin.',
    'Retard énorme et aucune excuse.',
    'Je ne reviendrai jamais.',
    'Diagnostic bâclé en cinq minutes chrono.',
    'Tarifs abusifs pour une simple visite.',
    'Aucune écoute du patient.',
  ];
  var burstDates = ['hier', 'il y a 2 jours', 'il y a 3 jours'];
  var openings = ['Très bon médecin,', 'Accueil chaleureux,', 'Rendez-vous rapide,', 'Cabinet bien tenu,', 'Docteur à l’écoute,', 'Attente un peu longue,', 'Secrétariat aimable,', 'Consultation sérieuse,'];
  var closings = ['je recommande vivement.', 'explications claires et utiles.', 'merci pour tout.', 'ponctualité à améliorer.', 'suivi attentif depuis des années.', 'parking facile à proximité.'];
  var oldDates = ['il y a 2 semaines', 'il y a 3 semaines', 'il y a 1 mois', 'il y a 2 mois', 'il y a 3 mois', 'il y a 5 mois', 'il y a 7 mois', 'il y a 9 mois', 'il y a 11 mois', 'il y a un an'];
  var firstNames = ['Alice', 'Bruno', 'Chloé', 'David', 'Emma', 'François', 'Gaëlle', 'Hugo', 'Inès', 'Julien', 'Karine', 'Louis'];
  var lastNames = ['A.', 'B.', 'C.', 'D.'];

  var longer = [
    'Le médecin a pris le temps de tout reprendre depuis le début, avec des schémas, et m’a rappelé le lendemain pour vérifier que tout allait bien.',
    'Après deux ans d’errance pour mes migraines, un traitement enfin adapté ; la secrétaire a même trouvé un créneau le samedi matin.',
    'Mon fils avait peur des piqûres : patience infinie, une histoire racontée pendant le vaccin, et il veut revenir !',
  ];
  var reviews = [];
  var burst = dup.concat(other);
  var ordinary = [];
  for (var i = 0; i < openings.length; i++) for (var j = 0; j < closings.length; j++) ordinary.push(openings[i] + ' ' + closings[j]);
  // Interleave: the burst comes first (newest), as a « Les plus récents » sort shows it, then the ordinary reviews.
  for (var b = 0; b < burst.length; b++) {
    reviews.push({ author: 'Compte ' + (b + 1), meta: '1 avis', rating: 1, date: burstDates[b % 3], text: burst[b] });
  }
  for (var o = 0; o < ordinary.length; o++) {
    var rating = [5, 4, 5, 3, 5, 4, 2, 5][o % 8];
    var long = o % 16 === 3;
    reviews.push({
      author: firstNames[o % 12] + ' ' + lastNames[Math.floor(o / 12)],
      meta: o % 3 === 0 ? 'Local Guide · ' + (10 + o) + ' avis' : (2 + o) + ' avis',
      rating: rating,
      date: oldDates[o % oldDates.length],
      text: ordinary[o],
      // Each long review says something of its own: ordinary reviews share no wording (near-duplicates are the burst's).
      full: long ? ordinary[o] + ' ' + longer[Math.floor(o / 16) % longer.length] : null,
    });
  }

  // ?variant=2: the same listing a few weeks later, for the watch test — one review added on top, the second one
  // edited by its author, the third one deleted. The card ids of the others do not change.
  var ids = reviews.map(function (_, i) { return i + 1; });
  if (new URLSearchParams(location.search).get('variant') === '2') {
    reviews[1] = Object.assign({}, reviews[1], { text: reviews[1].text + ' (modifié : toujours aussi mauvais)' });
    reviews.splice(2, 1);
    ids.splice(2, 1);
    reviews.unshift({ author: 'Nouveau Venu', meta: '1 avis', rating: 1, date: 'il y a 5 heures', text: 'Avis publié après la dernière visite : un médecin incapable de soigner qui que ce soit, à éviter.' });
    ids.unshift(61);
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text != null) e.textContent = text;
    return e;
  }

  function card(r, n) {
    var id = 'Q2kxNlNlcmllc0RlbW8' + String(n).padStart(3, '0') + 'RBAB';
    var contrib = 'https://www.google.com/maps/contrib/' + (200300400500600000 + n) + '/reviews?hl=fr';
    var c = el('div', { class: 'jftiEf fontBodyMedium ', 'aria-label': r.author, 'data-review-id': id, jsaction: 'mouseover:pane.wfvdle25.review.in;mouseout:pane.wfvdle25.review.out', tabindex: '-1' });
    var inner = el('div', { class: 'jJc9Ad ' });
    var head = el('div', { class: 'GHT2ce NsCY4' });
    var who = el('div', { style: 'position: relative;' });
    var photo = el('button', { class: 'WEBjve', 'aria-label': 'Photo de ' + r.author, 'data-review-id': id, 'data-href': contrib, jsaction: 'pane.wfvdle25.review.reviewerLink' });
    photo.appendChild(el('img', { class: 'NBa7we', alt: '', 'aria-hidden': 'true', src: '/demo/avatar.svg' }));
    var nameBox = el('div', { class: 'WNxzHc qLhwHc' });
    var nameBtn = el('button', { class: 'al6Kxe', 'data-review-id': id, 'data-href': contrib, jsaction: 'pane.wfvdle25.review.reviewerLink' });
    nameBtn.appendChild(el('div', { class: 'd4r55 fontTitleMedium' }, r.author));
    nameBtn.appendChild(el('div', { class: 'RfnDt ' }, r.meta));
    nameBox.appendChild(nameBtn);
    who.appendChild(photo);
    who.appendChild(nameBox);
    head.appendChild(who);
    var body = el('div', { class: 'GHT2ce' });
    var wrap = el('div', {});
    var line = el('div', { class: 'DU9Pgb' });
    var stars = el('span', { class: 'kvMYJc', role: 'img', 'aria-label': r.rating + (r.rating > 1 ? ' étoiles' : ' étoile') });
    for (var s = 0; s < 5; s++) stars.appendChild(el('span', { class: 'hCCjke google-symbols NhBTye' + (s < r.rating ? ' elGi1d' : '') }));
    line.appendChild(stars);
    line.appendChild(el('span', { class: 'rsqaWe' }, r.date));
    var textHost = el('div', { class: 'MyEned', id: id, lang: 'fr', tabindex: '-1' });
    textHost.appendChild(el('span', { class: 'wiI7pd' }, r.full ? r.text + ' …' : r.text));
    if (r.full) {
      var more = el('span', {});
      more.appendChild(el('button', { class: 'w8nwRe kyuRq', 'aria-label': 'Voir plus', 'aria-expanded': 'false', 'data-review-id': id, jsaction: 'pane.wfvdle25.review.expandReview' }, 'Plus'));
      textHost.appendChild(more);
      var tpl = document.createElement('template');
      tpl.id = 'fixture-fulltext-' + n;
      tpl.content.appendChild(document.createTextNode(r.full));
      wrap.appendChild(tpl);
    }
    wrap.insertBefore(textHost, wrap.firstChild);
    wrap.insertBefore(line, wrap.firstChild);
    body.appendChild(wrap);
    inner.appendChild(head);
    inner.appendChild(body);
    c.appendChild(inner);
    return c;
  }

  var list = document.getElementById('list');
  var pane = list.parentElement;
  var spinner = document.getElementById('spinner');
  var shown = 0;
  var busy = false;
  function append(n) {
    var end = Math.min(reviews.length, shown + n);
    for (; shown < end; shown++) list.appendChild(card(reviews[shown], ids[shown]));
  }
  append(10);
  pane.addEventListener('scroll', function () {
    if (busy || shown >= reviews.length) return;
    if (pane.scrollTop + pane.clientHeight < pane.scrollHeight - 200) return;
    busy = true;
    spinner.hidden = false;
    setTimeout(function () {
      append(10);
      spinner.hidden = true;
      busy = false;
    }, 250);
  });

  document.addEventListener('click', function (e) {
    var btn = e.target.closest('button[jsaction*="review.expandReview"]');
    if (!btn) return;
    var c = btn.closest('[data-review-id].jftiEf');
    var tpl = c && c.querySelector('template[id^="fixture-fulltext"]');
    if (c && tpl) {
      c.querySelector('.MyEned .wiI7pd').textContent = tpl.content.textContent;
      btn.parentNode.remove();
    }
  });
})();
