/*
 * Gmail's "New Message" popup for the demo, modelled on the hooks the extension reads: a region
 * div.aoI holding the form div.M9 with recipient chips .afV[data-hovercard-id], the subject
 * input[name=subjectbox], the g_editable editor, attachment chips .dL with the file name in
 * .vI, and the Send button div.T-I.aoO. Compose opens it; "Attach files" picks files (their
 * names only: nothing is read or uploaded); Send (or Ctrl/Cmd+Enter) closes it and the demo's
 * own toast says it was sent. Nothing leaves the page.
 */
(function () {
  'use strict';
  var h = window.demoRender.h;

  function toast(text) {
    var t = document.getElementById('demo-toast');
    t.textContent = text;
    t.classList.add('demo-show');
    setTimeout(function () {
      t.classList.remove('demo-show');
    }, 2500);
  }

  function chip(address) {
    return h('span', { class: 'afV', 'data-hovercard-id': address, 'data-name': address }, [
      address,
    ]);
  }

  function openCompose() {
    var existing = document.querySelector('.demo-compose');
    if (existing) {
      existing.querySelector('input[name="to"]').focus();
      return;
    }
    var chips = h('span', { class: 'demo-compose-chips' }, []);
    var to = h('input', {
      name: 'to',
      type: 'text',
      class: 'agP aFw',
      'aria-label': 'To recipients',
      placeholder: 'Recipients',
    });
    function addRecipient() {
      var value = to.value.trim().replace(/[,;]$/, '');
      if (!value) return;
      chips.append(chip(value));
      to.value = '';
    }
    to.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ',' || e.key === ';') {
        e.preventDefault();
        addRecipient();
      }
    });
    to.addEventListener('blur', addRecipient);
    var subject = h('input', {
      name: 'subjectbox',
      type: 'text',
      class: 'aoT',
      'aria-label': 'Subject',
      placeholder: 'Subject',
    });
    var editor = h('div', {
      class: 'Am aiL Al editable LW-avf tS-tW',
      'aria-label': 'Message Body',
      g_editable: 'true',
      role: 'textbox',
      'aria-multiline': 'true',
      contenteditable: 'true',
      tabindex: '0',
    });
    var files = h('div', { class: 'demo-compose-files' }, []);
    var picker = h('input', { type: 'file', multiple: 'true', class: 'demo-file-picker' });
    picker.addEventListener('change', function () {
      Array.prototype.forEach.call(picker.files, function (f) {
        files.append(h('div', { class: 'dL' }, [h('div', { class: 'vI' }, [f.name])]));
      });
      picker.value = '';
    });
    var attach = h('label', { class: 'demo-attach', tabindex: '0', role: 'button' }, [
      'Attach files',
      picker,
    ]);
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
    var popup = h(
      'div',
      { class: 'aoI demo-compose', role: 'region', 'aria-label': 'New Message' },
      [
        h('div', { class: 'demo-compose-title' }, ['New Message']),
        h('div', { class: 'M9' }, [
          h('label', { class: 'demo-compose-row' }, ['To ', chips, to]),
          h('label', { class: 'demo-compose-row' }, [subject]),
          editor,
          files,
          h('div', { class: 'btC' }, [send, attach, discard]),
        ]),
      ],
    );
    function close() {
      popup.remove();
    }
    function sendMail() {
      addRecipient();
      close();
      toast('Message sent. (The demo keeps nothing and sends nothing.)');
    }
    send.addEventListener('click', sendMail);
    send.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        sendMail();
      }
    });
    editor.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        sendMail();
      }
    });
    discard.addEventListener('click', close);
    document.body.append(popup);
    to.focus();
  }

  var button = document.querySelector('.T-I-KE');
  button.addEventListener('click', openCompose);
  button.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openCompose();
    }
  });
})();
