/*
 * The portal's additions to Decap CMS, in the browser (plain script, no build step):
 *  - form fields checked by the `npm run edit` server with `npm run check`'s own code and
 *    messages (portal-string, portal-text, portal-select, portal-datetime);
 *  - 索引号 filled in with the next free number, as `npm run new` assigns it;
 *  - a preview in the portal's page styles, with a switch for elderly mode (长者模式);
 *  - after each save, the content check's messages for what was saved, in the page.
 * In production (Gitea/GitLab backend) there is no portal server: the server checks are
 * skipped and the configuration's patterns and the CI check stand in.
 */
/* global CMS, h, createClass */
(function () {
  'use strict';

  var API = '/api/editor/';
  var cache = new Map();

  function plain(value) {
    return value && typeof value.toJS === 'function' ? value.toJS() : value;
  }

  /** Ask the server about one value (synchronously: Decap validates on save and waits for the answer). */
  function serverProblems(kind, field, value) {
    var key = kind + '|' + field + '|' + JSON.stringify(value);
    if (cache.has(key)) return cache.get(key);
    var problems = [];
    try {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', API + 'validate', false);
      xhr.setRequestHeader('Content-Type', 'application/json');
      xhr.send(JSON.stringify({ kind: kind, field: field, value: value }));
      if (xhr.status === 200) problems = JSON.parse(xhr.responseText).problems || [];
    } catch (e) {
      problems = []; // no portal server (production): patterns and CI check instead
    }
    cache.set(key, problems);
    return problems;
  }

  function describe(p) {
    return p.message + (p.expected ? '（应为：' + p.expected + '）' : '');
  }

  function isValidFor(props) {
    var field = props.field;
    var kind = field.get('kind');
    var value = plain(props.value);
    if (!kind || value === undefined || value === null || value === '') return true;
    var problems = serverProblems(kind, field.get('name'), value);
    if (problems.length === 0) return true;
    return { error: { type: 'CUSTOM', message: problems.map(describe).join('；') } };
  }

  /** A built-in widget whose value is also checked as `npm run check` checks it. */
  function checked(baseName) {
    var base = CMS.getWidget(baseName);
    var Control = createClass({
      isValid: function () {
        return isValidFor(this.props);
      },
      render: function () {
        return h(base.control, this.props);
      },
    });
    CMS.registerWidget('portal-' + baseName, Control, base.preview);
  }

  ['string', 'text', 'select', 'datetime'].forEach(checked);

  // 索引号: the next free number of the year, asked once when the field is empty.
  var stringWidget = CMS.getWidget('string');
  var IndexNumber = createClass({
    componentDidMount: function () {
      if (this.props.value) return;
      var collection = this.props.collection && this.props.collection.get('name');
      var props = this.props;
      fetch(API + 'next-index?collection=' + encodeURIComponent(collection))
        .then(function (r) {
          return r.ok ? r.json() : null;
        })
        .then(function (j) {
          if (j && j.indexNumber && !props.value) props.onChange(j.indexNumber);
        })
        .catch(function () {
          /* production: typed by hand, checked by the pattern */
        });
    },
    isValid: function () {
      return isValidFor(this.props);
    },
    render: function () {
      return h(stringWidget.control, this.props);
    },
  });
  CMS.registerWidget('portal-index-number', IndexNumber, stringWidget.preview);

  // Front matter read and written with js-yaml, as the portal's content check and Astro read
  // it, with one difference from Decap's built-in format: the form's 文件名 (`slug`) names
  // the file (the collection's slug template) and is not written into the front matter,
  // where the content check would refuse it as an unknown field.
  var FRONT = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;
  var NOT_WRITTEN = ['body', 'slug'];
  CMS.registerCustomFormat('portal-frontmatter', 'md', {
    fromFile: function (content) {
      var m = FRONT.exec(content);
      if (!m) return content.trim() ? { body: content } : {};
      // Core schema: dates stay text (2026-11-20), as the content check reads them.
      var data = window.jsyaml.load(m[1], { schema: window.jsyaml.CORE_SCHEMA }) || {};
      if (m[2].trim()) data.body = m[2];
      return data;
    },
    toFile: function (data, sortedKeys) {
      var meta = {};
      var keep = function (k) {
        var v = data[k];
        if (NOT_WRITTEN.indexOf(k) === -1 && !(k in meta) && v !== undefined && v !== null && v !== '') meta[k] = v;
      };
      (sortedKeys || []).forEach(keep);
      Object.keys(data).forEach(keep);
      // Default schema on output: a date-like text is quoted ('2026-11-20'), so every YAML reader keeps it text.
      var yaml = Object.keys(meta).length ? window.jsyaml.dump(meta, { lineWidth: -1, noRefs: true }) : '';
      return '---\n' + yaml + '---\n' + (data.body || '');
    },
  });

  // 文件名 (the slug, part of the page's address): chosen when the item is created, with a
  // default as `npm run new` gives it (类型-日期-序号); fixed afterwards (links and
  // addresses use it), so an existing item shows it without a text box.
  /** Now in China (UTC+8, no daylight saving) as 2026-12-04T09:30:00. */
  function chinaNow() {
    return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 19);
  }
  var SlugControl = createClass({
    isNew: function () {
      var entry = this.props.entry;
      return !entry || entry.get('newRecord') !== false;
    },
    componentDidMount: function () {
      var props = this.props;
      if (props.value || !this.isNew()) return;
      var collection = props.collection && props.collection.get('name');
      var prefix = props.field.get('slug_prefix') || collection;
      fetch(API + 'next-slug?collection=' + encodeURIComponent(collection))
        .then(function (r) {
          return r.ok ? r.json() : null;
        })
        .catch(function () {
          return null;
        })
        .then(function (j) {
          if (props.value) return;
          // Without the portal server (production): the date and time, unique enough; the CI check is the gate.
          var now = chinaNow();
          props.onChange(j && j.slug ? j.slug : prefix + '-' + now.slice(0, 10) + '-' + now.slice(11).replace(/:/g, ''));
        });
    },
    // An existing item's name is not edited here (it is not in the front matter, so the
    // field is empty): the required and pattern checks are given a name that passes.
    getValidateValue: function () {
      return this.isNew() ? this.props.value : 'existing';
    },
    isValid: function () {
      return this.isNew() ? isValidFor(this.props) : true;
    },
    render: function () {
      if (this.isNew()) return h(stringWidget.control, this.props);
      var path = (this.props.entry && this.props.entry.get('path')) || '';
      return h(
        'p',
        { className: this.props.classNameWrapper, id: this.props.forID },
        h('code', null, path.replace(/^.*\//, '').replace(/\.md$/, '')),
        '（已有信息的文件名不能在这里修改：网址和其他信息的链接都用它）',
      );
    },
  });
  CMS.registerWidget('portal-slug', SlugControl, function (props) {
    return h('code', null, props.value || '');
  });

  // A link to another item that may be of several kinds (解读对象: a policy or a plan):
  // Decap's relation picker, searching every target collection at once.
  var relation = CMS.getWidget('relation');
  var MultiRelation = createClass({
    collections: function () {
      return plain(this.props.field.get('collections')) || [this.props.field.get('collection')];
    },
    query: function (forID, _collection, searchFields, term, file) {
      var query = this.props.query;
      return Promise.all(
        this.collections().map(function (c) {
          return query(forID, c, searchFields, term, file);
        }),
      ).then(function (results) {
        var hits = [];
        results.forEach(function (r) {
          hits = hits.concat((r && r.payload && r.payload.hits) || []);
        });
        return { payload: { hits: hits } };
      });
    },
    render: function () {
      // The collection name is the relation cache's key: one key for the union.
      var field = this.props.field.set('collection', this.collections().join('+'));
      return h(relation.control, Object.assign({}, this.props, { field: field, query: this.query }));
    },
  });
  CMS.registerWidget('portal-relation', MultiRelation, relation.preview);

  // Preview in the portal's own styles (the same CSS files as the site), with elderly mode.
  CMS.registerPreviewStyle('/admin/preview.css');

  var META = ['indexNumber', 'publisher', 'column', 'written', 'published', 'docNumber', 'keywords', 'validity'];

  function fieldOf(collection, name) {
    return collection.get('fields').find(function (f) {
      return f.get('name') === name;
    });
  }

  var ItemPreview = createClass({
    getInitialState: function () {
      return { elderly: false };
    },
    toggleElderly: function (event) {
      var on = event.target.checked;
      var root = this.props.document && this.props.document.documentElement;
      if (root) {
        if (on) root.setAttribute('data-elderly', '');
        else root.removeAttribute('data-elderly');
      }
      this.setState({ elderly: on });
    },
    render: function () {
      var entry = this.props.entry;
      var collection = this.props.collection;
      var data = plain(entry.get('data')) || {};
      var rows = META.map(function (name) {
        var f = fieldOf(collection, name);
        var value = data[name];
        if (name === 'column' && f) {
          var option = (plain(f.get('options')) || []).find(function (o) {
            return o.value === value;
          });
          value = option ? option.label.trim() : value;
        }
        if (Array.isArray(value)) value = value.join('；');
        if (name === 'written' && !value) value = data.published;
        return h('div', { key: name }, h('dt', null, f ? f.get('label') : name), h('dd', null, value || '—'));
      });
      var attachments = (data.attachments || []).filter(function (a) {
        return a && a.file;
      });
      return h(
        'div',
        { className: 'portal-preview' },
        h(
          'p',
          { className: 'portal-preview-mode', style: { padding: '0.5rem 1rem', background: '#eef5f1', margin: 0 } },
          h(
            'label',
            null,
            h('input', { type: 'checkbox', checked: this.state.elderly, onChange: this.toggleElderly }),
            ' 长者模式预览（适老化：大字、加粗下划线链接、单栏）',
          ),
        ),
        h(
          'main',
          { id: 'main' },
          h(
            'div',
            { className: 'wrap' },
            h(
              'article',
              null,
              data.validity && data.validity !== '有效' ? h('p', { className: 'validity-notice' }, '本文件' + data.validity) : null,
              h('h1', null, data.title || '（标题）'),
              h('dl', { className: 'meta-table' }, rows),
              data.summary ? h('p', { className: 'lede' }, data.summary) : null,
              h('div', { className: 'prose' }, this.props.widgetFor('body')),
              attachments.length
                ? h(
                    'section',
                    { className: 'related' },
                    h('h2', null, '附件'),
                    h(
                      'ol',
                      { className: 'file-list' },
                      attachments.map(function (a, i) {
                        return h('li', { key: i }, h('a', { href: '#' }, a.title || a.file));
                      }),
                    ),
                  )
                : null,
            ),
          ),
        ),
      );
    },
  });

  // After each save: the content check of what was saved, shown in the page.
  function showCheck() {
    fetch(API + 'check')
      .then(function (r) {
        return r.ok ? r.json() : null;
      })
      .then(function (result) {
        if (!result) return;
        var panel = document.getElementById('portal-check');
        if (!panel) {
          panel = document.createElement('section');
          panel.id = 'portal-check';
          panel.setAttribute('role', 'status');
          panel.setAttribute('aria-live', 'polite');
          document.body.appendChild(panel);
        }
        var errors = result.problems.filter(function (p) {
          return p.severity === 'error';
        }).length;
        var warnings = result.problems.length - errors;
        panel.setAttribute('data-state', errors ? 'error' : 'ok');
        panel.textContent = '';
        var close = document.createElement('button');
        close.type = 'button';
        close.textContent = '关闭';
        close.addEventListener('click', function () {
          panel.remove();
        });
        var heading = document.createElement('h2');
        heading.textContent = '内容检查（与 npm run check 相同）：' + result.files.join('、');
        var summary = document.createElement('p');
        summary.textContent =
          errors === 0 && warnings === 0
            ? '内容检查通过：没有发现问题。'
            : '内容检查：' +
              errors +
              ' 个错误，' +
              warnings +
              ' 个警告。' +
              (errors ? '有错误时不会发布，请逐条修改后再保存。' : '警告不影响发布，但请尽快处理。');
        panel.append(close, heading, summary);
        if (result.problems.length) {
          var list = document.createElement('ul');
          result.problems.forEach(function (p) {
            var li = document.createElement('li');
            var sev = document.createElement('span');
            sev.className = 'sev-' + p.severity;
            sev.textContent = p.severity === 'error' ? '错误' : '警告';
            li.append(
              sev,
              ' ' + (p.line ? '第 ' + p.line + ' 行 ' : '') + (p.field || '（整个文件）') + '：' + p.message + (p.expected ? '。应为：' + p.expected : ''),
            );
            list.append(li);
          });
          panel.append(list);
        }
        if (result.totals.errors > errors) {
          var others = document.createElement('p');
          others.textContent = '全站另有 ' + (result.totals.errors - errors) + ' 个错误在其他文件中（运行 npm run check 查看）。';
          panel.append(others);
        }
      })
      .catch(function () {
        /* production: the CI check reports on the pull request */
      });
  }
  CMS.registerEventListener({
    name: 'postSave',
    handler: function () {
      setTimeout(showCheck, 0);
    },
  });

  fetch('/admin/config.json')
    .then(function (r) {
      return r.json();
    })
    .then(function (config) {
      config.collections.forEach(function (c) {
        CMS.registerPreviewTemplate(c.name, ItemPreview);
      });
      // The login page's button says what it does here: nobody logs in to the local editor.
      var zh = CMS.getLocale('zh_Hans');
      if (zh) {
        CMS.registerLocale('zh_Hans', Object.assign({}, zh, { auth: Object.assign({}, zh.auth, { login: '进入编辑器', loggingIn: '正在进入编辑器…' }) }));
      }
      // Local mode (`npm run edit`, Decap's proxy backend): there is no account, so the
      // editor opens at once — Decap restores a stored "user" of the same backend without
      // showing the login page. (Production backends keep their real login.)
      if (config.backend && config.backend.name === 'proxy') {
        try {
          var stored = JSON.parse(localStorage.getItem('decap-cms-user') || 'null');
          if (!stored || stored.backendName !== 'proxy') localStorage.setItem('decap-cms-user', JSON.stringify({ backendName: 'proxy', name: '本机编辑' }));
        } catch (e) {
          /* storage disabled: the login page's 进入编辑器 button still enters */
        }
      }
      CMS.init({ config: config });
    });
})();
