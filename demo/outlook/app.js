// The demo Outlook on the web: a pushState single-page app (/mail/inbox/id/<id>, no hash) with
// the hooks the real one has (data-convid, data-app-section, SentReceivedSavedTime,
// UniqueMessageBody_, RecipientWell, ComposeSendButton, Fluent data-icon-name). The UI speaks
// English on outlook.office.com / office365.com and German on outlook.live.com.
(function () {
  const { at, paneTime, listTime, WORDS } = window.OutlookDemoFormat;
  const live = location.hostname === 'outlook.live.com';
  const lang = new URLSearchParams(location.search).get('hl') || (live ? 'de' : 'en');
  const W = WORDS[lang];
  // Work or school accounts show people of the same organisation by name only.
  const owner = live
    ? { name: 'Anna Schmidt', email: 'anna.schmidt@outlook.de' }
    : { name: 'Anna Schmidt', email: 'anna@schmidt-design.de', sameOrg: true };
  const base = (/^\/mail\/(?:\d+\/)?/.exec(location.pathname) || ['/mail/'])[0];
  const conversations = window.OutlookDemoData.buildMailbox(owner).map((c, i) => ({
    ...c,
    convId: `AAQkADU0ZTRmYzI1LWQ4MzgtNDg3Ni04Y2Q3LTEwAAQA${c.key.toUpperCase()}`,
    itemId: `AAMkADU0ZTRmYzI1LWQ4MzgtNDg3Ni04Y2Q3LTEwAEYAA${i}${c.key.toUpperCase()}`,
    messages: c.messages.map((m) => ({ ...m, date: at(m.daysAgo, m.time) })),
  }));
  const last = (c) => c.messages[c.messages.length - 1];
  conversations.sort((a, b) => last(b).date - last(a).date);
  window.__outlookDemo = {
    sent: 0,
    conversations: conversations.map((c) => ({
      key: c.key,
      itemId: c.itemId,
      convId: c.convId,
      subject: c.subject,
    })),
  };

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'text') node.textContent = v;
      else if (k === 'on')
        Object.entries(v).forEach(([type, fn]) => node.addEventListener(type, fn));
      else if (v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : v);
    }
    node.append(...children.filter(Boolean));
    return node;
  };
  const shown = (p) => (p === owner && owner.sameOrg ? p.name : `${p.name} <${p.email}>`);
  const icon = (name) =>
    el('i', { 'data-icon-name': name, 'aria-hidden': 'true', class: 'ms-Icon' });

  function actionButton(label, iconName, onClick) {
    return el(
      'div',
      { class: 'ms-OverflowSet-item', role: 'none' },
      el(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          class: 'ms-Button',
          'aria-label': label,
          title: label,
          on: { click: onClick },
        },
        icon(iconName),
        el('span', { class: 'label', text: label }),
      ),
    );
  }

  function recipientWell(label, people) {
    if (!people || !people.length) return null;
    const well = el(
      'div',
      { 'data-testid': 'RecipientWell', class: 'kcAOr' },
      el('span', { text: `${label} ` }),
    );
    people.forEach((p, i) => {
      if (i) well.append('; ');
      well.append(
        p === owner && owner.sameOrg
          ? el('span', { text: p.name })
          : el('span', { title: p.email, text: p.name }),
      );
    });
    return well;
  }

  let bodyCounter = 0;
  /** Outlook's preview line: the start of the body on one line. */
  const previewOf = (m) => m.lines.filter(Boolean).join(' ').slice(0, 140);

  /**
   * One message item. Collapsed: sender, time and preview line; a click expands it. Expanded:
   * a click on its header (not on an action) collapses it again, as in Outlook.
   */
  function messageItem(conv, m) {
    const expanded = !m.collapsed;
    const time = el('div', {
      'data-testid': 'SentReceivedSavedTime',
      class: 'AL_OM',
      title: paneTime(m.date, lang),
      text: paneTime(m.date, lang),
    });
    const sender = el(
      'span',
      { class: 'o4zjZ sender', 'aria-label': `${W.from} ${shown(m.from)}`, tabindex: '0' },
      el('span', { text: m.from.name }),
    );
    const item = el('div', {
      'aria-expanded': String(expanded),
      class: `BS0OK${expanded ? '' : ' collapsed'}`,
      tabindex: '-1',
    });
    const wrap = el('div', { class: 'aVla3' }, item);
    const toggle = (collapsed) => {
      m.collapsed = collapsed;
      wrap.replaceWith(messageItem(conv, m));
    };
    if (!expanded) {
      item.setAttribute('tabindex', '0');
      item.append(sender, time, el('div', { class: 'Ld2Lx preview', text: previewOf(m) }));
      item.addEventListener('click', () => toggle(false));
      return wrap;
    }
    const body = el(
      'div',
      {
        id: `UniqueMessageBody_${++bodyCounter}`,
        'aria-label': W.body,
        class: 'XbIp4 allowTextSelection',
        tabindex: '0',
      },
      el(
        'div',
        { class: 'BIZfh' },
        ...m.lines.map((line) => (line ? el('div', { text: line }) : el('div', {}, el('br')))),
      ),
    );
    const attachments =
      m.attachments &&
      el(
        'div',
        { role: 'listbox', 'aria-label': W.attachments, class: 'E_kRz' },
        ...m.attachments.map((a) =>
          el(
            'div',
            {
              role: 'option',
              'aria-label': `${a.name} ${W.open} ${a.size}`,
              class: 'GpKSR',
              tabindex: '0',
            },
            el('div', { class: 'VlyYV', title: a.name, text: a.name }),
            el('div', { title: a.size, text: a.size }),
          ),
        ),
      );
    const header = el(
      'div',
      { class: 'uSg02 header' },
      el('div', { class: 'who' }, sender, recipientWell(W.to, m.to), recipientWell(W.cc, m.cc)),
      el(
        'div',
        { class: 'side' },
        time,
        el(
          'div',
          { role: 'toolbar', 'aria-label': W.actions, class: 'ms-OverflowSet' },
          actionButton(W.reply, 'ArrowReplyRegular', () => openReply(conv, m, false)),
          actionButton(W.replyAll, 'ArrowReplyAllRegular', () => openReply(conv, m, true)),
          actionButton(W.forward, 'ArrowForwardRegular', () => {}),
        ),
      ),
    );
    header.addEventListener('click', (event) => {
      if (!event.target.closest('button')) toggle(true);
    });
    item.append(
      el(
        'div',
        { class: 'wide-content-host' },
        el(
          'div',
          { 'aria-label': W.message, class: 'SlLx9' },
          header,
          el('div', { role: 'document' }, body),
          attachments,
        ),
      ),
    );
    return wrap;
  }

  /** "See 2 more messages": the older items Outlook folds in a long conversation. */
  const SEE_MORE = { en: 'See {n} more messages', de: '{n} weitere Nachrichten anzeigen' };
  function foldControl(conv, count) {
    const label = SEE_MORE[lang].replace('{n}', String(count));
    return el(
      'div',
      { class: 'aVla3 fold' },
      el('button', {
        type: 'button',
        class: 'ms-Button',
        'aria-label': label,
        text: label,
        on: {
          click: () => {
            conv.unfolded = true;
            renderPane(conv, true);
          },
        },
      }),
    );
  }

  /** How Outlook opens a conversation: newest expanded, the rest collapsed, 5+ messages fold all but the newest 3. */
  function resetView(conv) {
    const n = conv.messages.length;
    conv.messages.forEach((m, i) => (m.collapsed = i < n - 1));
    conv.unfolded = n < 5;
  }

  function openReply(conv, m, all) {
    if (document.querySelector('.compose')) return;
    const others = (list) => (list || []).filter((p) => p.email !== owner.email);
    const to = m.from.email === owner.email ? m.to : [m.from, ...(all ? others(m.to) : [])];
    const cc = all ? others(m.cc) : [];
    const header = [
      `${W.from} ${m.from.name} <${m.from.email}>`,
      `${W.sentAt} ${paneTime(m.date, lang)}`,
      `${W.subject} ${conv.subject}`,
    ];
    const editor = window.OutlookDemoEditor.createReplyEditor(header, m.lines, W.body);
    const send = () => {
      window.__outlookDemo.sent += 1;
      compose.remove();
      // Outlook adds the sent reply to the conversation at once, newest.
      const lines = editor.model();
      while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
      conv.messages.push({ from: owner, to, cc, date: new Date(), lines });
      conversations.sort((a, b) => last(b).date - last(a).date);
      resetView(conv);
      renderList(conv);
      renderPane(conv, true);
    };
    const compose = el(
      'div',
      { class: 'compose', 'data-app-section': 'InlineCompose' },
      recipientWell(W.to, to),
      recipientWell(W.cc, cc),
      editor.element,
      el(
        'div',
        { class: 'compose-actions' },
        el('button', {
          type: 'button',
          'data-testid': 'ComposeSendButton',
          class: 'primary',
          text: W.send,
          on: { click: send },
        }),
        el('button', { type: 'button', text: W.discard, on: { click: () => compose.remove() } }),
      ),
    );
    editor.element.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        send();
      }
    });
    // Newest-on-top layout: Outlook opens the inline reply under the subject, above the messages.
    document.querySelector('#ConversationReadingPaneContainer .subject').after(compose);
    document.querySelector('[data-app-section=MailReadCompose]').scrollTop = 0;
    window.__outlookDemo.editor = editor;
    // Outlook mounts the editor, then focuses it a moment later.
    setTimeout(() => editor.element.focus(), 50);
  }

  /** `keepView`: re-render as the person left it (unfolded, expanded); else as Outlook opens it. */
  function renderPane(conv, keepView) {
    const pane = document.querySelector('[data-app-section=MailReadCompose]');
    if (!conv) {
      pane.replaceChildren(el('div', { class: 'empty', text: W.empty }));
      return;
    }
    if (!keepView) resetView(conv);
    const n = conv.messages.length;
    const shownFrom = conv.unfolded ? 0 : n - 3;
    const newestFirst = conv.messages.slice(shownFrom).reverse();
    pane.replaceChildren(
      el(
        'div',
        { id: 'ConversationReadingPaneContainer', class: 'MtujV', tabindex: '-1' },
        el(
          'div',
          { class: 'subject' },
          el('span', {
            role: 'heading',
            'aria-level': '2',
            title: conv.subject,
            text: conv.subject,
          }),
        ),
        el(
          'div',
          { 'data-app-section': 'ConversationContainer', class: 'Q8TCC' },
          ...newestFirst.map((m) => messageItem(conv, m)),
          shownFrom > 0 && foldControl(conv, shownFrom),
        ),
      ),
    );
  }

  function renderList(selected) {
    const list = document.querySelector('#MailList [role=listbox]');
    list.replaceChildren(
      ...conversations.map((c) => {
        const m = last(c);
        const other = c.messages.find((x) => x.from !== owner) || { from: c.messages[0].to[0] };
        return el(
          'div',
          {
            role: 'option',
            'data-convid': c.convId,
            'aria-selected': String(c === selected),
            class: 'row',
            tabindex: c === selected ? '0' : '-1',
            on: { click: () => navigate(`${base}inbox/id/${encodeURIComponent(c.itemId)}`) },
          },
          el('div', { class: 'row-from', text: other.from.name }),
          el('div', { class: 'row-subject', text: c.subject }),
          el('div', { class: 'row-date', text: listTime(m.date, lang) }),
        );
      }),
    );
  }

  function route() {
    const id = /\/id\/([^/?#]+)/.exec(location.pathname);
    const conv = id ? conversations.find((c) => c.itemId === decodeURIComponent(id[1])) : undefined;
    renderList(conv);
    renderPane(conv);
  }

  function navigate(path) {
    history.pushState({}, '', path);
    route();
  }

  document.documentElement.lang = lang;
  document.title = `${lang === 'de' ? 'E-Mail' : 'Mail'} – ${owner.name} – Outlook`;
  document.querySelector('#primaryMailboxRoot').id =
    'primaryMailboxRoot_00000000-0000-0000-0000-0000000000AA@84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa';
  const root = document.querySelector('[id^=primaryMailboxRoot_]');
  root.setAttribute('data-folder-name', owner.email);
  root.setAttribute('title', owner.email);
  root.querySelector('span').textContent = owner.email;
  document.querySelector('#mectrl_currentAccount_primary').textContent = owner.name;
  document.querySelector('#mectrl_currentAccount_secondary').textContent = owner.email;
  document.querySelector('.inbox-label').textContent = W.inbox;
  document.querySelector('.sent-label').textContent = W.sent;
  document.querySelector('.drafts-label').textContent = W.drafts;
  document.querySelector('#MailList [role=listbox]').setAttribute('aria-label', W.list);
  document.querySelector('[data-app-section=MailReadCompose]').setAttribute('aria-label', W.pane);
  document.querySelector('.new-mail').textContent = W.newMail;
  document.querySelector('.search').setAttribute('placeholder', W.search);
  document
    .querySelector('.inbox-label')
    .closest('[role=treeitem]')
    .addEventListener('click', () => navigate(`${base}inbox`));
  window.addEventListener('popstate', route);
  route();
})();
