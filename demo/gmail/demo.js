/*
 * The demo mailbox's router and views. Navigation works like Gmail's: the hash says what is
 * shown (#inbox, #inbox/<legacy thread id>); opening a conversation keeps the inbox view in the
 * DOM hidden with display:none and renders the conversation into its own [role=main], a moment
 * after the hash changes (Gmail renders asynchronously too).
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

  function renderList() {
    var rows = box.conversations
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
          { class: 'zA yO', role: 'row', tabindex: '0', 'data-demo-thread': c.id },
          [
            h('td', { class: 'yX xY' }, [
              h('span', { class: 'yP', email: who[1], name: who[0] }, [who[0]]),
              c.messages.length > 1 ? h('span', { class: 'bx0' }, [' ' + c.messages.length]) : '',
            ]),
            h('td', { class: 'xY a4W' }, [
              h('span', { class: 'bog' }, [c.subject]),
              h('span', { class: 'y2' }, [
                ' – ' + last.lines.filter(Boolean).slice(1, 2).join(' '),
              ]),
            ]),
            h('td', { class: 'xW xY' }, [
              h('span', { title: box.at(last.ago).toLocaleString() }, [
                box
                  .at(last.ago)
                  .toLocaleDateString(navigator.language, { month: 'short', day: 'numeric' }),
              ]),
            ]),
          ],
        );
        function open() {
          location.hash = '#inbox/' + c.id;
        }
        row.addEventListener('click', open);
        row.addEventListener('keydown', function (e) {
          if (e.key === 'Enter') open();
        });
        return row;
      });
    listView.replaceChildren(
      h('div', { role: 'main', class: 'ae4 aDM', 'aria-label': 'Inbox' }, [
        h('table', { class: 'F cf zt', role: 'grid', 'aria-label': 'Conversations' }, [
          h('tbody', {}, rows),
        ]),
      ]),
    );
  }

  function renderThread(c) {
    var views = box.defaultViews(c.messages);
    var main = h('div', { role: 'main', class: 'nH if', 'aria-label': 'Conversation' });
    var back = h(
      'div',
      {
        role: 'button',
        class: 'T-I J-J5-Ji lS T-I-ax7',
        tabindex: '0',
        'aria-label': 'Back to Inbox',
        'data-tooltip': 'Back to Inbox',
      },
      ['← Inbox'],
    );
    back.addEventListener('click', function () {
      location.hash = '#inbox';
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
      h('div', { class: 'iH bzn' }, [back]),
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
    var m = /^#inbox\/([0-9a-f]+)$/.exec(location.hash);
    var c = m && find(m[1]);
    if (!c) {
      threadView.replaceChildren();
      listView.style.display = '';
      document.title = 'Inbox - ' + me[1] + ' - Gmail';
      return;
    }
    // Gmail renders the conversation a moment after the hash changes.
    setTimeout(function () {
      listView.style.display = 'none';
      renderThread(c);
    }, 30);
  }

  renderList();
  document.getElementById('demo-unread').textContent = String(box.conversations.length);
  window.addEventListener('hashchange', route);
  if (!location.hash) history.replaceState(null, '', '#inbox');
  route();
})();
