/*
 * The inline reply box, modelled on Gmail's: the reply bar (.amn with span.ams.bkH "Reply")
 * opens a rich-text editor [g_editable=true][role=textbox][contenteditable=true]. Like Gmail's
 * draft autosave it listens to `input` events only, so text that arrives any other way is not
 * saved: the e2e tests use that to prove the extension's insert looks typed. Saved drafts are
 * kept in window.demoDrafts (by conversation) and the status line says "Draft saved". Send
 * (its button or Ctrl/Cmd+Enter) adds the reply to the conversation as Gmail shows a reply just
 * sent; nothing is sent anywhere.
 */
(function () {
  'use strict';
  var h = window.demoRender.h;
  window.demoDrafts = {};

  function toast(text) {
    var t = document.getElementById('demo-toast');
    t.textContent = text;
    t.classList.add('demo-show');
    setTimeout(function () {
      t.classList.remove('demo-show');
    }, 2500);
  }

  function openReplyBox(main, c, me) {
    var bar = main.querySelector('.amn');
    if (bar) bar.hidden = true;
    var last = c.messages[c.messages.length - 1];
    var other = last.from[1] === me[1] ? last.to[0] : last.from;
    var status = h('span', { class: 'aOy', 'aria-live': 'polite' }, ['']);
    var editor = h('div', {
      id: ':r' + c.id.slice(-3),
      class: 'Am aiL Al editable LW-avf tS-tW',
      hidefocus: 'true',
      'aria-label': 'Message Body',
      g_editable: 'true',
      role: 'textbox',
      'aria-multiline': 'true',
      contenteditable: 'true',
      tabindex: '1',
    });
    var saveTimer;
    editor.addEventListener('input', function () {
      status.textContent = 'Saving…';
      clearTimeout(saveTimer);
      saveTimer = setTimeout(function () {
        window.demoDrafts[c.id] = editor.innerText;
        status.textContent = 'Draft saved';
      }, 300);
    });
    var send = h(
      'div',
      {
        role: 'button',
        class: 'T-I J-J5-Ji aoO v7 T-I-atl L3',
        tabindex: '0',
        'data-tooltip': 'Send (Ctrl-Enter)',
        'aria-label': 'Send (Ctrl-Enter)',
      },
      ['Send'],
    );
    var discard = h(
      'div',
      {
        role: 'button',
        class: 'oh J-Z-I J-J5-Ji T-I-ax7',
        tabindex: '0',
        'aria-label': 'Discard draft',
      },
      ['Discard'],
    );
    var box = h('div', { class: 'ip iq', role: 'region', 'aria-label': 'Reply' }, [
      h('div', { class: 'M9' }, [
        h('div', { class: 'demo-reply-to' }, [
          'To: ',
          h('span', { class: 'afV', 'data-hovercard-id': other[1], 'data-name': other[0] }, [
            other[0],
          ]),
        ]),
        editor,
        h('div', { class: 'btC' }, [send, status, discard]),
      ]),
    ]);
    function close() {
      clearTimeout(saveTimer);
      delete window.demoDrafts[c.id];
      box.remove();
      if (bar) bar.hidden = false;
    }
    // Like Gmail: the reply joins the conversation at once, with only its local id
    // (data-message-id "#msg-a:r…", no legacy id until Gmail would sync it). Nothing leaves
    // the page.
    function sendReply() {
      var lines = editor.innerText.replace(/\s+$/, '').split('\n');
      var d = new Date();
      c.messages.push({
        from: me,
        to: [other],
        ago: [0, d.getHours(), d.getMinutes()],
        date: d,
        lines: lines,
        localId: String(d.getTime()) + String(Math.floor(Math.random() * 1e6)).padStart(6, '0'),
      });
      close();
      main.dispatchEvent(new Event('demo-sent'));
      toast('Message sent. (The demo keeps it on this page only.)');
    }
    send.addEventListener('click', sendReply);
    send.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        sendReply();
      }
    });
    editor.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        sendReply();
      }
    });
    discard.addEventListener('click', close);
    main.append(box);
    if (window.demoDrafts[c.id]) editor.innerText = window.demoDrafts[c.id];
    editor.focus();
    return editor;
  }

  function replyBar(main, c, me) {
    var labels = ['Reply', 'Reply all', 'Forward'];
    var bar = h(
      'div',
      { class: 'amn' },
      ['bkH', 'bkI', 'bkG'].map(function (cls, i) {
        return h('span', { class: 'ams ' + cls, role: 'link', tabindex: '0' }, [labels[i]]);
      }),
    );
    bar.addEventListener('click', function (e) {
      var target = e.target.closest('.ams');
      if (!target) return;
      if (target.classList.contains('bkH') || target.classList.contains('bkI'))
        openReplyBox(main, c, me);
      else toast('Forwarding is not part of this demo.');
    });
    bar.addEventListener('keydown', function (e) {
      if ((e.key === 'Enter' || e.key === ' ') && e.target.closest('.ams')) {
        e.preventDefault();
        e.target.click();
      }
    });
    return bar;
  }

  window.demoReply = { replyBar: replyBar, openReplyBox: openReplyBox, toast: toast };
})();
