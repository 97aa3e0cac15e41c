/*
 * The demo mailbox's router and views. Navigation works like Gmail's: the hash says what is
 * shown (#inbox, #sent, #search/<query>, each followed by /<legacy thread id> for an open
 * conversation); opening a conversation keeps the list view in the DOM hidden with display:none
 * and renders the conversation into its own [role=main], a moment after the hash changes (Gmail
 * renders asynchronously too). Unread conversations are bold rows (tr.zA.zE, read ones .yO);
 * opening one marks it read, and the conversation's "Mark as unread" button marks it unread
 * again and goes back to the list, as Gmail does. Search understands what the sweep asks:
 * in:sent, after:YYYY/MM/DD, has:attachment and words (OR'ed in parentheses).
 */
(function () {
  'use strict';
  var box = window.demoMailbox;
  var R = window.demoRender;
  var h = R.h;
  var me = box.owner;
  var listView = document.getElementById('demo-list-view');
  var threadView = document.getElementById('demo-thread-view');

  function find(id) {
    return box.conversations.filter(function (c) {
      return c.id === id;
    })[0];
  }

  /** A row's full date as Gmail writes it in the title: "Thu, Dec 18, 2014 at 12:35 PM". */
  function gmailTitle(d) {
    return (
      d.toLocaleDateString('en-US', {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        year: 'numeric',
      }) +
      ' at ' +
      d.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' })
    );
  }

  function ownerSent(c) {
    return c.messages.some(function (m) {
      return m.from[1] === me[1];
    });
  }

  /** Gmail's search, as far as the demo needs it: in:sent, after:, has:attachment, words. */
  function matches(c, query) {
    var rest = query.toLowerCase();
    var ok = true;
    rest = rest.replace(/\bin:sent\b/g, function () {
      ok = ok && ownerSent(c);
      return ' ';
    });
    rest = rest.replace(/\bhas:attachment\b/g, function () {
      ok =
        ok &&
        c.messages.some(function (m) {
          return m.attachments && m.attachments.length > 0;
        });
      return ' ';
    });
    rest = rest.replace(/\bafter:(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, function (_m, y, mo, d) {
      var after = new Date(Number(y), Number(mo) - 1, Number(d)).getTime();
      ok =
        ok &&
        c.messages.some(function (m) {
          return box.at(m.ago).getTime() >= after;
        });
      return ' ';
    });
    if (!ok) return false;
    var text = (
      c.subject +
      ' ' +
      c.messages
        .map(function (m) {
          return m.lines.join(' ') + ' ' + (m.attachments || []).join(' ');
        })
        .join(' ')
    ).toLowerCase();
    // Each group in parentheses is a list of alternatives; every other word must appear.
    var groups = [];
    rest = rest.replace(/\(([^)]*)\)/g, function (_m, inner) {
      groups.push(inner.split(/\s+or\s+/));
      return ' ';
    });
    rest
      .split(/\s+/)
      .filter(Boolean)
      .forEach(function (w) {
        groups.push([w]);
      });
    return groups.every(function (alternatives) {
      return alternatives.some(function (w) {
        return w.trim() && text.indexOf(w.trim()) >= 0;
      });
    });
  }

  /** The list a hash shows: its label, where its rows open, and which conversations. */
  function listOf(hash) {
    var search = /^#search\/([^/]*)/.exec(hash);
    if (search) {
      var query = decodeURIComponent(search[1]);
      return {
        label: 'Search results',
        base: '#search/' + search[1],
        items: box.conversations.filter(function (c) {
          return matches(c, query);
        }),
      };
    }
    if (/^#sent/.test(hash))
      return { label: 'Sent', base: '#sent', items: box.conversations.filter(ownerSent) };
    return { label: 'Inbox', base: '#inbox', items: box.conversations };
  }

  function renderList(view) {
    view = view || listOf('#inbox');
    var rows = view.items
      .slice()
      .sort(function (a, b) {
        return (
          box.at(b.messages[b.messages.length - 1].ago) -
          box.at(a.messages[a.messages.length - 1].ago)
        );
      })
      .map(function (c) {
        var last = c.messages[c.messages.length - 1];
        var who = last.from[1] === me[1] ? last.to[0] : last.from;
        var row = h(
          'tr',
          {
            class: 'zA ' + (c.unread ? 'zE' : 'yO'),
            role: 'row',
            tabindex: '0',
            'data-demo-thread': c.id,
          },
          [
            h('td', { class: 'yX xY' }, [
              h('span', { class: 'yP', email: who[1], name: who[0] }, [who[0]]),
              c.messages.length > 1 ? h('span', { class: 'bx0' }, [' ' + c.messages.length]) : '',
            ]),
            h('td', { class: 'xY a4W' }, [
              h('span', { class: 'bog' }, [
                h('span', { class: 'bqe', 'data-legacy-thread-id': c.id }, [c.subject]),
              ]),
              h('span', { class: 'y2' }, [
                ' – ' + last.lines.filter(Boolean).slice(1, 2).join(' '),
              ]),
            ]),
            h('td', { class: 'xW xY' }, [
              h('span', { title: gmailTitle(box.at(last.ago)) }, [
                box
                  .at(last.ago)
                  .toLocaleDateString(navigator.language, { month: 'short', day: 'numeric' }),
              ]),
            ]),
          ],
        );
        function open() {
          location.hash = view.base + '/' + c.id;
        }
        row.addEventListener('click', open);
        row.addEventListener('keydown', function (e) {
          if (e.key === 'Enter') open();
        });
        return row;
      });
    listView.replaceChildren(
      h('div', { role: 'main', class: 'ae4 aDM', 'aria-label': view.label }, [
        rows.length
          ? h('table', { class: 'F cf zt', role: 'grid', 'aria-label': 'Conversations' }, [
              h('tbody', {}, rows),
            ])
          : h('div', { class: 'TC' }, ['No messages matched your search.']),
      ]),
    );
    document.getElementById('demo-unread').textContent = String(
      box.conversations.filter(function (c) {
        return c.unread;
      }).length || '',
    );
  }

  function renderThread(c, view) {
    var views = box.defaultViews(c.messages);
    // Opening a conversation marks it read.
    c.unread = false;
    var main = h('div', { role: 'main', class: 'nH if', 'aria-label': 'Conversation' });
    var back = h(
      'div',
      {
        role: 'button',
        class: 'T-I J-J5-Ji lS T-I-ax7',
        tabindex: '0',
        'aria-label': 'Back to ' + view.label,
        'data-tooltip': 'Back to ' + view.label,
      },
      ['← ' + view.label],
    );
    back.addEventListener('click', function () {
      location.hash = view.base;
    });
    var unread = h(
      'div',
      {
        role: 'button',
        class: 'T-I J-J5-Ji T-I-ax7 demo-mark-unread',
        tabindex: '0',
        'aria-label': 'Mark as unread',
        'data-tooltip': 'Mark as unread',
      },
      ['Mark as unread'],
    );
    function markUnread() {
      c.unread = true;
      location.hash = view.base;
    }
    unread.addEventListener('click', markUnread);
    unread.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') markUnread();
    });
    var list = h('div', { role: 'list', class: 'demo-messages' });
    function draw() {
      var items = [];
      var bundled = views.filter(function (v) {
        return v === 'bundled';
      }).length;
      views.forEach(function (v, i) {
        var item = R.renderMessage(c, c.messages[i], i, v, me);
        if (v === 'collapsed')
          item.addEventListener('click', function () {
            views[i] = 'expanded';
            draw();
          });
        if (v === 'collapsed')
          item.addEventListener('keydown', function (e) {
            if (e.key === 'Enter') {
              views[i] = 'expanded';
              draw();
            }
          });
        // As in Gmail, clicking an expanded message's header collapses it again.
        if (v === 'expanded')
          item.querySelector('.gE.iv').addEventListener('click', function () {
            views[i] = 'collapsed';
            draw();
          });
        items.push(item);
        if (v === 'bundled' && views[i + 1] !== 'bundled') {
          var bar = h('div', { class: 'adv adx', role: 'button', tabindex: '0' }, [
            h('span', { class: 'adx' }, [String(bundled)]),
            ' older messages',
          ]);
          bar.addEventListener('click', function () {
            views = views.map(function (x) {
              return x === 'bundled' ? 'collapsed' : x;
            });
            draw();
          });
          items.push(bar);
        }
      });
      list.replaceChildren.apply(list, items);
    }
    draw();
    // A reply sent from the reply box (reply-box.js) joins the conversation, expanded.
    main.addEventListener('demo-sent', function () {
      views.push('expanded');
      draw();
    });
    main.append(
      h('div', { class: 'iH bzn' }, [back, unread]),
      h('div', { class: 'ha' }, [
        h(
          'h2',
          {
            class: 'hP',
            'data-thread-perm-id': 'thread-f:17' + parseInt(c.id.slice(-8), 16),
            'data-legacy-thread-id': c.id,
            tabindex: '-1',
          },
          [c.subject],
        ),
      ]),
      list,
      window.demoReply.replyBar(main, c, me),
    );
    threadView.replaceChildren(main);
    if (window.demoDrafts[c.id]) window.demoReply.openReplyBox(main, c, me);
    document.title = c.subject + ' - ' + me[1] + ' - Gmail';
  }

  function route() {
    var view = listOf(location.hash);
    var m = /^#(?:inbox|sent|search\/[^/]*)\/([0-9a-f]+)$/.exec(location.hash);
    var c = m && find(m[1]);
    if (!c) {
      threadView.replaceChildren();
      // Gmail renders a list (search results) a moment after the hash changes too.
      setTimeout(function () {
        renderList(view);
        listView.style.display = '';
      }, 30);
      document.title = view.label + ' - ' + me[1] + ' - Gmail';
      return;
    }
    // Gmail renders the conversation a moment after the hash changes.
    setTimeout(function () {
      listView.style.display = 'none';
      renderThread(c, view);
    }, 30);
  }

  // Gmail's search box: a search is a hash, #search/<query>.
  var searchForm = document.querySelector('form[role=search]');
  searchForm.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = searchForm.querySelector('input').value.trim();
    if (q) location.hash = '#search/' + encodeURIComponent(q);
  });

  renderList();
  window.addEventListener('hashchange', route);
  if (!location.hash) history.replaceState(null, '', '#inbox');
  route();
})();
