/*
 * Builds the DOM of one message the way Gmail's conversation view does (as far as the
 * extension reads it): div.adn with data-message-id / data-legacy-message-id inside a list item
 * whose class tells the state (h7 expanded, kv collapsed, kQ bundled), span[email][name] for
 * sender and recipients, .g3[title] for the full date, div.a3s for the body, .aV3 for the
 * attachment names, span.iA.g6 for a collapsed message's preview; the header div.gE.iv is what
 * the person clicks to expand or collapse a message. Text goes in with textContent only.
 */
(function () {
  'use strict';
  var lang = navigator.language || 'en-US';

  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      el.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      el.append(c);
    });
    return el;
  }
  function person(cls, p, shown) {
    return h('span', { class: cls, email: p[1], name: p[0], 'data-hovercard-id': p[1] }, [
      shown || p[0],
    ]);
  }
  function fullDate(d) {
    return d.toLocaleString(lang, {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    });
  }
  function shortDate(d) {
    var days = Math.round((Date.now() - d.getTime()) / 86400000);
    var rel =
      days === 0
        ? ''
        : ' (' + new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(-days, 'day') + ')';
    return (
      d.toLocaleString(lang, {
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      }) + rel
    );
  }
  function dateEl(d, text) {
    return h('span', { class: 'g3', title: fullDate(d), role: 'gridcell', tabindex: '-1' }, [text]);
  }
  function body(lines) {
    return h(
      'div',
      { class: 'a3s aiL', dir: 'auto' },
      lines.map(function (line) {
        return line === '' ? h('div', {}, [h('br')]) : h('div', {}, [line]);
      }),
    );
  }
  function attachments(names) {
    return h('div', { class: 'hq gt' }, [
      h(
        'div',
        { class: 'aQH' },
        names.map(function (n) {
          return h('span', { class: 'aZo' }, [
            h('div', { class: 'aQw', role: 'img', 'aria-label': n }, [
              h('span', { class: 'demo-pdf', 'aria-hidden': 'true' }, ['PDF']),
              h('span', { class: 'aV3 zzV0ie' }, [n]),
            ]),
          ]);
        }),
      ),
    ]);
  }
  /**
   * Gmail's two ids of a message: data-legacy-message-id (hex) and data-message-id, the same
   * number in decimal ("#msg-f:…"). A reply just sent carries only a local data-message-id
   * ("#msg-a:r…") until Gmail syncs it.
   */
  function ids(conversationId, index, m) {
    if (m.localId) return { 'data-message-id': '#msg-a:r' + m.localId };
    var legacy =
      index === 0 ? conversationId : conversationId.slice(0, 13) + (0x100 + index).toString(16);
    return {
      'data-message-id': '#msg-f:' + BigInt('0x' + legacy).toString(),
      'data-legacy-message-id': legacy,
    };
  }
  /** Gmail's preview of a collapsed message: the start of its text on one line. */
  function preview(lines) {
    var text = lines.filter(Boolean).join(' ');
    if (text.length <= 140) return text;
    var cut = text.lastIndexOf(' ', 140);
    return text.slice(0, cut > 80 ? cut : 140) + ' …';
  }

  /** One list item for message `m` (index `i`) of conversation `c`, in state `view`. */
  function renderMessage(c, m, i, view, me) {
    var date = m.date || window.demoMailbox.at(m.ago);
    var attrs = Object.assign({ class: 'adn ads' }, ids(c.id, i, m));
    if (view === 'bundled') return h('div', { class: 'kQ', role: 'listitem' }, [h('div', attrs)]);
    var sender = person(view === 'collapsed' ? 'zF' : 'gD', m.from);
    if (view === 'collapsed') {
      return h('div', { class: 'kv', role: 'listitem', tabindex: '0', 'aria-expanded': 'false' }, [
        h('div', attrs, [
          h('div', { class: 'gE iv gt demo-collapsed' }, [
            h('h3', { class: 'iw' }, [sender]),
            h('span', { class: 'iA g6' }, [preview(m.lines)]),
            dateEl(date, shortDate(date)),
          ]),
        ]),
      ]);
    }
    var to = m.to.map(function (p) {
      return person('g2', p, p[1] === me[1] ? 'me' : p[0].split(' ')[0]);
    });
    var toLine = h('span', { class: 'hb' }, ['to ']);
    to.forEach(function (el, k) {
      if (k) toLine.append(', ');
      toLine.append(el);
    });
    var header = h('div', { class: 'gE iv gt' }, [
      h('div', { class: 'demo-head' }, [
        h('span', { class: 'demo-avatar', 'aria-hidden': 'true' }, [m.from[0].charAt(0)]),
        h('div', { class: 'demo-who' }, [
          h('h3', { class: 'iw' }, [
            h('span', { class: 'qu' }, [
              sender,
              ' ',
              h('span', { class: 'go' }, ['<' + m.from[1] + '>']),
            ]),
          ]),
          h('div', { class: 'iw ajw' }, [toLine]),
        ]),
        h('div', { class: 'gK' }, [dateEl(date, shortDate(date))]),
      ]),
    ]);
    var parts = [header, h('div', { class: 'ii gt' }, [body(m.lines)])];
    if (m.attachments) parts.push(attachments(m.attachments));
    return h('div', { class: 'h7', role: 'listitem', 'aria-expanded': 'true' }, [
      h('div', attrs, [h('div', { class: 'gs' }, parts)]),
    ]);
  }

  window.demoRender = { h: h, renderMessage: renderMessage, shortDate: shortDate };
})();
