/*
 * Penny chat widget. Plain JavaScript, no dependencies, no build step.
 *
 * Embed with one script tag:
 *   <script src="https://host/webhooks/penny/widget/penny.js"
 *           data-penny-token="(optional JWT)" data-penny-lang="en"></script>
 *
 * The server base URL is derived from this script's own src. The widget injects penny.css
 * (next to penny.js), mounts in the page's [data-penny-mount] element if there is one, or else
 * in a <div id="penny-widget"> appended to <body>. The only global is window.Penny.
 *
 * Everything the server sends is inserted as text (textContent), never as HTML.
 */
(function () {
  "use strict";

  if (window.Penny && window.Penny.version) {
    return; // loaded twice: keep the first instance
  }

  var VERSION = "1.0.0";
  var STORAGE_TOKEN = "penny.token";
  var STORAGE_LANG = "penny.lang";
  var REQUEST_TIMEOUT_MS = 30000;

  /* ------------------------------------------------------------------ where we come from */

  var script = document.currentScript || findOwnScript();

  function findOwnScript() {
    var scripts = document.querySelectorAll("script[src]");
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (/penny\.js(?:[?#]|$)/.test(scripts[i].src)) {
        return scripts[i];
      }
    }
    return null;
  }

  var scriptUrl = new URL(script && script.src ? script.src : "penny.js", document.baseURI);
  // The server is the script's origin. If a reverse proxy serves Penny under a path prefix
  // (https://bank.example/chat/webhooks/penny/widget/penny.js), keep that prefix.
  var prefixMatch = scriptUrl.pathname.match(/^(.*)\/webhooks\/penny\/widget\/[^/]*$/);
  var BASE = scriptUrl.origin + (prefixMatch ? prefixMatch[1] : "");
  var CSS_URL = new URL("penny.css", scriptUrl).href;

  function attr(name) {
    var value = script ? script.getAttribute(name) : null;
    return value && value.trim() ? value.trim() : null;
  }

  /* ------------------------------------------------------------------ texts */

  var TEXTS = {
    en: {
      title: "Penny",
      subtitle: "Your banking assistant",
      language: "Language",
      english: "English",
      dutch: "Nederlands",
      newConversation: "New conversation",
      logout: "Log out",
      minimise: "Minimise chat",
      expand: "Open chat",
      loading: "Loading…",
      loginIntro: "Demo mode: choose a customer to chat as.",
      customerLabel: "Demo customer",
      login: "Log in",
      loggingIn: "Logging in…",
      loginRequired: "Please log in to your bank to chat with Penny.",
      noCustomers: "There are no demo customers to log in as.",
      customersFailed: "Penny can't load the demo customers right now.",
      retry: "Try again",
      widget: "Chat with Penny",
      conversation: "Conversation with Penny",
      messages: "Messages",
      you: "You:",
      penny: "Penny:",
      greeting:
        "Hi, I'm Penny. Ask me about your own money, for example “Where does my money go?” " +
        "or “Which subscriptions do I pay for?”",
      inputLabel: "Message to Penny",
      placeholder: "Ask about your money…",
      send: "Send",
      typing: "Penny is typing…",
      quickReplies: "Quick replies",
      suggestion: "Suggestion",
      provider: "Provider:",
      why: "Why:",
      table: "Table",
      notSent: "Not sent",
      "error.network": "Penny can't be reached. Check your connection and try again.",
      "error.timeout": "Penny is taking too long to answer. Please try again.",
      "error.400": "Penny couldn't read that message. Please try again.",
      "error.401": "Your session has ended. Please log in again.",
      "error.413": "That message is too long. Please make it shorter.",
      "error.429": "You're sending messages too quickly. Please wait a moment and try again.",
      "error.503": "Penny is not available right now. Please try again in a moment.",
      "error.generic": "Something went wrong. Please try again.",
      "error.badResponse": "Penny sent an answer the chat can't show. Please try again."
    },
    nl: {
      title: "Penny",
      subtitle: "Je bankassistent",
      language: "Taal",
      english: "English",
      dutch: "Nederlands",
      newConversation: "Nieuw gesprek",
      logout: "Uitloggen",
      minimise: "Chat minimaliseren",
      expand: "Chat openen",
      loading: "Laden…",
      loginIntro: "Demomodus: kies met welke klant je wilt chatten.",
      customerLabel: "Demoklant",
      login: "Inloggen",
      loggingIn: "Bezig met inloggen…",
      loginRequired: "Log in bij je bank om met Penny te chatten.",
      noCustomers: "Er zijn geen demoklanten om mee in te loggen.",
      customersFailed: "Penny kan de demoklanten nu niet laden.",
      retry: "Opnieuw proberen",
      widget: "Chat met Penny",
      conversation: "Gesprek met Penny",
      messages: "Berichten",
      you: "Jij:",
      penny: "Penny:",
      greeting:
        "Hoi, ik ben Penny. Vraag me iets over je eigen geld, bijvoorbeeld “Waar gaat mijn " +
        "geld naartoe?” of “Welke abonnementen betaal ik?”",
      inputLabel: "Bericht aan Penny",
      placeholder: "Vraag iets over je geld…",
      send: "Verstuur",
      typing: "Penny typt…",
      quickReplies: "Snelle antwoorden",
      suggestion: "Suggestie",
      provider: "Aanbieder:",
      why: "Waarom:",
      table: "Tabel",
      notSent: "Niet verstuurd",
      "error.network": "Penny is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.",
      "error.timeout": "Penny doet er te lang over om te antwoorden. Probeer het opnieuw.",
      "error.400": "Penny kon dat bericht niet lezen. Probeer het opnieuw.",
      "error.401": "Je sessie is afgelopen. Log opnieuw in.",
      "error.413": "Dat bericht is te lang. Maak het korter.",
      "error.429": "Je stuurt te snel berichten. Wacht even en probeer het opnieuw.",
      "error.503": "Penny is nu niet beschikbaar. Probeer het zo opnieuw.",
      "error.generic": "Er ging iets mis. Probeer het opnieuw.",
      "error.badResponse": "Penny stuurde een antwoord dat de chat niet kan tonen. Probeer het opnieuw."
    }
  };

  function normaliseLang(value) {
    var v = String(value || "").trim().toLowerCase();
    if (v.indexOf("nl") === 0) return "nl";
    if (v.indexOf("en") === 0) return "en";
    return null;
  }

  function initialLanguage() {
    return (
      normaliseLang(storageGet(STORAGE_LANG)) ||
      normaliseLang(attr("data-penny-lang")) ||
      normaliseLang(document.documentElement.getAttribute("lang")) ||
      (normaliseLang(navigator.language) === "nl" ? "nl" : "en")
    );
  }

  function t(key) {
    var table = TEXTS[state.lang] || TEXTS.en;
    return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : TEXTS.en[key] || key;
  }

  /* ------------------------------------------------------------------ storage (best effort) */

  function storageGet(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function storageSet(key, value) {
    try {
      if (value === null) {
        window.sessionStorage.removeItem(key);
      } else {
        window.sessionStorage.setItem(key, value);
      }
    } catch (e) {
      /* storage disabled: memory only */
    }
  }

  function loadStoredToken() {
    var raw = storageGet(STORAGE_TOKEN);
    if (!raw) return null;
    try {
      var saved = JSON.parse(raw);
      if (saved && typeof saved.token === "string" && saved.token && saved.expiresAt > Date.now()) {
        return saved;
      }
    } catch (e) {
      /* ignore */
    }
    storageSet(STORAGE_TOKEN, null);
    return null;
  }

  /* ------------------------------------------------------------------ state */

  var state = {
    lang: "en",
    token: null,
    tokenSource: null, // "page" (data-penny-token), "api" (Penny.setToken) or "demo"
    busy: false,
    mounted: false,
    minimised: false,
    draft: "",
    loginGeneration: 0
  };
  state.lang = initialLanguage();

  var pageToken = attr("data-penny-token");
  if (pageToken) {
    state.token = pageToken;
    state.tokenSource = "page";
  } else {
    var stored = loadStoredToken();
    if (stored) {
      state.token = stored.token;
      state.tokenSource = "demo";
    }
  }

  /* ------------------------------------------------------------------ DOM helpers */

  var idCounter = 0;
  function uid(name) {
    idCounter += 1;
    return "penny-" + name + "-" + idCounter;
  }

  // h("div", {class: "x", "data-testid": "y"}, [children]); strings become text nodes.
  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        var value = attrs[name];
        if (value === null || value === undefined || value === false) return;
        if (name === "text") {
          el.textContent = value;
        } else if (name === "i18n") {
          el.setAttribute("data-penny-i18n", value);
          el.textContent = t(value);
        } else if (name === "i18nAttrs") {
          // {"aria-label": "key", placeholder: "key"}
          var pairs = Object.keys(value).map(function (a) {
            el.setAttribute(a, t(value[a]));
            return a + "=" + value[a];
          });
          el.setAttribute("data-penny-i18n-attrs", pairs.join(";"));
        } else if (value === true) {
          el.setAttribute(name, "");
        } else {
          el.setAttribute(name, String(value));
        }
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      el.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return el;
  }

  function setI18nText(el, key) {
    el.setAttribute("data-penny-i18n", key);
    el.textContent = t(key);
  }

  function svg(paths, viewBox) {
    var ns = "http://www.w3.org/2000/svg";
    var el = document.createElementNS(ns, "svg");
    el.setAttribute("viewBox", viewBox || "0 0 24 24");
    el.setAttribute("aria-hidden", "true");
    el.setAttribute("focusable", "false");
    el.setAttribute("class", "penny-icon");
    paths.forEach(function (d) {
      var p = document.createElementNS(ns, "path");
      p.setAttribute("d", d);
      el.appendChild(p);
    });
    return el;
  }

  var ICONS = {
    send: ["M3.4 20.4 21 12 3.4 3.6l-.01 6.53L15 12 3.39 13.87z"],
    restart: [
      "M12 5V2L7 6l5 4V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z"
    ],
    minimise: ["M5 11h14v2H5z"],
    expand: ["M7.4 15.4 12 10.8l4.6 4.6L18 14l-6-6-6 6z"],
    bulb: [
      "M9 21h6v-1.5H9V21zm3-19a7 7 0 0 0-4 12.74V17a1 1 0 0 0 1 1h6a1 1 0 0 0 1-1v-2.26A7 7 0 0 0 12 2zm2.85 11.1-.85.6V16h-4v-2.3l-.85-.6A5 5 0 1 1 14.85 13.1z"
    ],
    alert: ["M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z"]
  };

  /* ------------------------------------------------------------------ networking */

  function api(path, options) {
    var controller = typeof AbortController === "function" ? new AbortController() : null;
    var timedOut = false;
    var timer = setTimeout(function () {
      timedOut = true;
      if (controller) controller.abort();
    }, REQUEST_TIMEOUT_MS);
    var headers = { Accept: "application/json" };
    if (options.body !== undefined) headers["Content-Type"] = "application/json";
    if (options.token) headers.Authorization = "Bearer " + options.token;
    return fetch(BASE + path, {
      method: options.method || "GET",
      headers: headers,
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      credentials: "omit",
      cache: "no-store",
      signal: controller ? controller.signal : undefined
    })
      .then(function (response) {
        return response.text().then(function (body) {
          var data = null;
          try {
            data = body ? JSON.parse(body) : null;
          } catch (e) {
            data = null;
          }
          return {
            ok: response.ok,
            status: response.status,
            data: data,
            retryAfter: response.headers.get("Retry-After")
          };
        });
      })
      .catch(function () {
        return { ok: false, status: 0, data: null, timedOut: timedOut };
      })
      .then(function (result) {
        clearTimeout(timer);
        return result;
      });
  }

  // {text} for a server-written message, {key} for one of ours (re-translated on switch).
  function errorOf(result) {
    if (result.data && typeof result.data.error === "string" && result.data.error.trim()) {
      return { text: result.data.error.trim() };
    }
    if (result.status === 0) return { key: result.timedOut ? "error.timeout" : "error.network" };
    if ([400, 401, 413, 429, 503].indexOf(result.status) !== -1) {
      return { key: "error." + result.status };
    }
    if (result.ok) return { key: "error.badResponse" };
    return { key: "error.generic" };
  }

  function fillError(el, error) {
    if (error.key) {
      setI18nText(el, error.key);
    } else {
      el.removeAttribute("data-penny-i18n");
      el.textContent = error.text;
    }
    return el;
  }

  /* ------------------------------------------------------------------ the widget's skeleton */

  var ui = {};

  function build(mountTarget, floating) {
    var root = h("div", {
      class: "penny-root " + (floating ? "penny-root--floating" : "penny-root--inline"),
      lang: state.lang,
      role: "region",
      i18nAttrs: { "aria-label": "widget" }
    });
    root.style.visibility = "hidden"; // until penny.css has loaded: no flash of unstyled widget
    ui.root = root;

    // header: logo, title, language switch, minimise (floating panel only)
    ui.minimise = floating
      ? h("button", {
          type: "button",
          class: "penny-iconbtn penny-minimise",
          "aria-expanded": "true",
          i18nAttrs: { "aria-label": "minimise", title: "minimise" }
        }, [svg(ICONS.minimise)])
      : null;
    // language switch (EN / NL toggle buttons)
    ui.langEn = h("button", {
      type: "button",
      class: "penny-lang",
      lang: "en",
      "data-testid": "penny-lang-en",
      i18nAttrs: { title: "english" },
      text: "EN"
    });
    ui.langNl = h("button", {
      type: "button",
      class: "penny-lang",
      lang: "nl",
      "data-testid": "penny-lang-nl",
      i18nAttrs: { title: "dutch" },
      text: "NL"
    });
    var header = h("div", { class: "penny-header" }, [
      h("span", { class: "penny-logo", "aria-hidden": "true", text: "P" }),
      h("div", { class: "penny-heading" }, [
        h("p", { class: "penny-title", i18n: "title" }),
        h("p", { class: "penny-subtitle", i18n: "subtitle" })
      ]),
      h("div", { class: "penny-langs", role: "group", i18nAttrs: { "aria-label": "language" } }, [
        ui.langEn,
        ui.langNl
      ]),
      ui.minimise
    ]);

    // toolbar (chat view only): new conversation, log out (demo logins only)
    ui.logout = h("button", { type: "button", class: "penny-tool", i18n: "logout", hidden: true });
    ui.newConversation = h("button", {
      type: "button",
      class: "penny-tool",
      "data-testid": "penny-new-conversation"
    }, [svg(ICONS.restart), h("span", { i18n: "newConversation" })]);
    ui.toolbar = h("div", { class: "penny-toolbar", hidden: true }, [
      ui.newConversation,
      h("span", { class: "penny-spacer" }),
      ui.logout
    ]);

    // body: login view or chat view
    ui.loginView = h("div", { class: "penny-login", hidden: true });

    ui.log = h("div", {
      class: "penny-log",
      role: "log",
      "aria-live": "polite",
      "aria-relevant": "additions",
      i18nAttrs: { "aria-label": "messages" }
    });
    ui.status = h("div", { class: "penny-status", role: "status", "aria-live": "polite", "aria-atomic": "true" });
    ui.scroller = h("div", {
      class: "penny-scroll",
      tabindex: "0",
      role: "group",
      i18nAttrs: { "aria-label": "conversation" }
    }, [ui.log, ui.status]);

    var inputId = uid("input");
    ui.input = h("input", {
      id: inputId,
      class: "penny-input",
      type: "text",
      autocomplete: "off",
      enterkeyhint: "send",
      "data-testid": "penny-input",
      i18nAttrs: { placeholder: "placeholder" }
    });
    ui.send = h("button", { type: "submit", class: "penny-send", "data-testid": "penny-send" }, [
      svg(ICONS.send),
      h("span", { i18n: "send" })
    ]);
    ui.form = h("form", { class: "penny-composer", novalidate: true }, [
      h("label", { class: "penny-sr", for: inputId, i18n: "inputLabel" }),
      ui.input,
      ui.send
    ]);
    ui.chatView = h("div", { class: "penny-chat", hidden: true }, [ui.scroller, ui.form]);

    ui.body = h("div", { class: "penny-body", id: uid("body") }, [ui.loginView, ui.chatView]);
    if (ui.minimise) ui.minimise.setAttribute("aria-controls", ui.body.id);

    root.appendChild(header);
    ui.body.insertBefore(ui.toolbar, ui.body.firstChild);
    root.appendChild(ui.body);
    mountTarget.appendChild(root);

    // events
    ui.langEn.addEventListener("click", function () {
      setLanguage("en", true);
    });
    ui.langNl.addEventListener("click", function () {
      setLanguage("nl", true);
    });
    ui.logout.addEventListener("click", logout);
    ui.newConversation.addEventListener("click", newConversation);
    if (ui.minimise) {
      ui.minimise.addEventListener("click", function () {
        setMinimised(!state.minimised);
      });
    }
    ui.form.addEventListener("submit", function (event) {
      event.preventDefault();
      sendTyped();
    });
    ui.input.addEventListener("keydown", function (event) {
      // The form submits on Enter; while an IME is composing, Enter confirms the word instead.
      if (event.key === "Enter" && (event.isComposing || event.keyCode === 229)) event.preventDefault();
    });

    applyLanguage();
  }

  function injectStylesheet(onReady) {
    var existing = document.querySelector("link[data-penny-css]");
    if (existing) {
      onReady();
      return;
    }
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = CSS_URL;
    link.setAttribute("data-penny-css", "");
    var done = false;
    function ready() {
      if (!done) {
        done = true;
        onReady();
      }
    }
    link.addEventListener("load", ready);
    link.addEventListener("error", ready);
    setTimeout(ready, 3000); // never stay invisible because of a slow stylesheet
    (document.head || document.documentElement).appendChild(link);
  }

  /* ------------------------------------------------------------------ language */

  function applyLanguage() {
    if (!ui.root) return;
    ui.root.setAttribute("lang", state.lang);
    var nodes = ui.root.querySelectorAll("[data-penny-i18n]");
    Array.prototype.forEach.call(nodes, function (el) {
      el.textContent = t(el.getAttribute("data-penny-i18n"));
    });
    var withAttrs = ui.root.querySelectorAll("[data-penny-i18n-attrs]");
    Array.prototype.forEach.call(withAttrs, function (el) {
      el.getAttribute("data-penny-i18n-attrs").split(";").forEach(function (pair) {
        var parts = pair.split("=");
        el.setAttribute(parts[0], t(parts[1]));
      });
    });
    ui.langEn.setAttribute("aria-pressed", String(state.lang === "en"));
    ui.langNl.setAttribute("aria-pressed", String(state.lang === "nl"));
    if (ui.minimise) {
      var key = state.minimised ? "expand" : "minimise";
      ui.minimise.setAttribute("aria-label", t(key));
      ui.minimise.setAttribute("title", t(key));
    }
  }

  function setLanguage(lang, remember) {
    var normal = normaliseLang(lang);
    if (!normal) return;
    state.lang = normal;
    if (remember) storageSet(STORAGE_LANG, normal);
    applyLanguage();
  }

  function setMinimised(value) {
    state.minimised = !!value;
    if (!ui.root) return;
    ui.root.classList.toggle("penny-root--minimised", state.minimised);
    ui.body.hidden = state.minimised;
    if (ui.minimise) {
      ui.minimise.setAttribute("aria-expanded", String(!state.minimised));
      ui.minimise.replaceChild(svg(state.minimised ? ICONS.expand : ICONS.minimise), ui.minimise.firstChild);
    }
    applyLanguage();
    if (!state.minimised && !ui.chatView.hidden) ui.input.focus();
  }

  /* ------------------------------------------------------------------ login */

  function setToken(token, source, expiresIn) {
    var changed = token !== state.token;
    state.token = token || null;
    state.tokenSource = token ? source : null;
    if (source === "demo" && token) {
      var seconds = Number(expiresIn) > 0 ? Number(expiresIn) : 900;
      storageSet(STORAGE_TOKEN, JSON.stringify({ token: token, expiresAt: Date.now() + (seconds - 10) * 1000 }));
    } else {
      storageSet(STORAGE_TOKEN, null);
    }
    return changed;
  }

  function showLogin(notice) {
    if (!ui.root) return;
    state.loginGeneration += 1;
    var generation = state.loginGeneration;
    ui.chatView.hidden = true;
    ui.toolbar.hidden = true;
    ui.logout.hidden = true;
    ui.loginView.hidden = false;
    hideTyping();

    var noticeEl = notice
      ? fillError(h("p", { class: "penny-notice", role: "alert", "data-testid": "penny-error" }), notice)
      : null;
    renderLogin([noticeEl, h("p", { class: "penny-muted", i18n: "loading" })]);

    api("/webhooks/penny/demo/customers", { method: "GET" }).then(function (result) {
      if (generation !== state.loginGeneration) return; // a newer login view or a token won
      if (result.status === 404) {
        renderLogin([noticeEl, h("p", { class: "penny-login-required", i18n: "loginRequired" })]);
        return;
      }
      var customers = result.ok && Array.isArray(result.data)
        ? result.data.filter(function (c) {
            return c && typeof c.login === "string" && c.login;
          })
        : null;
      if (!customers) {
        var retry = h("button", { type: "button", class: "penny-button penny-button--secondary", i18n: "retry" });
        retry.addEventListener("click", function () {
          showLogin(notice);
        });
        renderLogin([
          noticeEl,
          h("p", { class: "penny-notice", role: "alert", "data-testid": "penny-error", i18n: "customersFailed" }),
          retry
        ]);
        return;
      }
      if (!customers.length) {
        renderLogin([noticeEl, h("p", { class: "penny-muted", i18n: "noCustomers" })]);
        return;
      }
      renderPicker(customers, noticeEl);
    });
  }

  function renderLogin(children) {
    ui.loginView.textContent = "";
    children.forEach(function (child) {
      if (child) ui.loginView.appendChild(child);
    });
  }

  function renderPicker(customers, noticeEl) {
    var selectId = uid("customer");
    var select = h("select", { id: selectId, class: "penny-select", "data-testid": "penny-login-select" });
    customers.forEach(function (c) {
      var name = typeof c.name === "string" && c.name ? c.name : c.login;
      select.appendChild(h("option", { value: c.login, text: name + " (" + c.login + ")" }));
    });
    var button = h("button", {
      type: "submit",
      class: "penny-button",
      "data-testid": "penny-login-button",
      i18n: "login"
    });
    var errorBox = h("div", { class: "penny-login-error" });
    var form = h("form", { class: "penny-login-form", novalidate: true }, [
      h("p", { class: "penny-login-intro", i18n: "loginIntro" }),
      h("label", { class: "penny-label", for: selectId, i18n: "customerLabel" }),
      h("div", { class: "penny-login-row" }, [select, button]),
      errorBox
    ]);
    var pending = false;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (pending) return;
      pending = true;
      errorBox.textContent = "";
      button.setAttribute("aria-disabled", "true");
      setI18nText(button, "loggingIn");
      var generation = state.loginGeneration;
      api("/webhooks/penny/demo/token", { method: "POST", body: { customer: select.value } }).then(function (result) {
        pending = false;
        button.removeAttribute("aria-disabled");
        setI18nText(button, "login");
        if (generation !== state.loginGeneration) return;
        if (result.ok && result.data && typeof result.data.token === "string" && result.data.token) {
          setToken(result.data.token, "demo", result.data.expires_in);
          startChat(true);
          return;
        }
        var error = result.ok ? { key: "error.badResponse" } : errorOf(result);
        errorBox.appendChild(
          fillError(h("p", { class: "penny-notice", role: "alert", "data-testid": "penny-error" }), error)
        );
        select.focus();
      });
    });
    renderLogin([noticeEl, form]);
    if (noticeEl || ui.root.contains(document.activeElement)) select.focus();
  }

  /* ------------------------------------------------------------------ chat view */

  function startChat(focus) {
    state.loginGeneration += 1; // cancel a pending customers request
    ui.loginView.hidden = true;
    ui.loginView.textContent = "";
    ui.chatView.hidden = false;
    ui.toolbar.hidden = false;
    ui.logout.hidden = state.tokenSource !== "demo";
    clearLog();
    if (state.draft) {
      ui.input.value = state.draft;
      state.draft = "";
    }
    if (focus && !state.minimised) ui.input.focus();
  }

  function clearLog() {
    ui.log.textContent = "";
    ui.log.appendChild(
      h("div", { class: "penny-row penny-row--bot" }, [h("p", { class: "penny-hint", i18n: "greeting" })])
    );
  }

  function speaker(key) {
    return h("span", { class: "penny-sr", i18n: key });
  }

  function addUserBubble(text) {
    var row = h("div", { class: "penny-row penny-row--user" }, [
      speaker("you"),
      h("div", { class: "penny-bubble penny-bubble--user", "data-testid": "penny-message-user", text: text })
    ]);
    ui.log.appendChild(row);
    scrollToEnd();
    return row;
  }

  function addError(error) {
    var row = h("div", { class: "penny-row penny-row--bot" }, [
      speaker("penny"),
      h("div", { class: "penny-bubble penny-bubble--error", "data-testid": "penny-error" }, [
        svg(ICONS.alert),
        fillError(h("span", { class: "penny-error-text" }), error)
      ])
    ]);
    ui.log.appendChild(row);
    scrollToEnd();
    return row;
  }

  function markNotSent(row) {
    if (!row || row.querySelector(".penny-not-sent")) return;
    row.classList.add("penny-row--failed");
    row.appendChild(h("p", { class: "penny-not-sent", i18n: "notSent" }));
  }

  function showTyping() {
    hideTyping();
    ui.status.appendChild(
      h("div", { class: "penny-typing", "data-testid": "penny-typing" }, [
        h("span", { class: "penny-dots", "aria-hidden": "true" }, [h("span"), h("span"), h("span")]),
        h("span", { i18n: "typing" })
      ])
    );
    scrollToEnd();
  }

  function hideTyping() {
    if (ui.status) ui.status.textContent = "";
  }

  function scrollToEnd() {
    ui.scroller.scrollTop = ui.scroller.scrollHeight;
  }

  // Show a new answer from its start: long answers (tables, charts) shouldn't scroll past.
  function scrollToAnswer(first) {
    if (!first) {
      scrollToEnd();
      return;
    }
    var top = first.offsetTop - 8;
    var end = ui.scroller.scrollHeight - ui.scroller.clientHeight;
    ui.scroller.scrollTop = Math.max(0, Math.min(top, end));
  }

  function keepFocus() {
    var active = document.activeElement;
    if (state.minimised || ui.chatView.hidden) return;
    if (!active || active === document.body || ui.root.contains(active)) {
      ui.input.focus({ preventScroll: true });
    }
  }

  function setBusy(busy) {
    state.busy = busy;
    ui.root.classList.toggle("penny-root--busy", busy);
    if (busy) {
      ui.send.setAttribute("aria-disabled", "true");
      ui.newConversation.setAttribute("aria-disabled", "true");
    } else {
      ui.send.removeAttribute("aria-disabled");
      ui.newConversation.removeAttribute("aria-disabled");
    }
  }

  function sendTyped() {
    var text = ui.input.value.trim();
    if (!text || state.busy) {
      ui.input.focus();
      return;
    }
    ui.input.value = "";
    send({ message: text, display: text, restoreText: text });
  }

  function newConversation() {
    if (state.busy || !state.token || !ui.root || ui.chatView.hidden) return;
    send({ message: "/restart", display: null, restart: true });
  }

  /*
   * options: message (sent), display (user bubble text, or null for none), restoreText (put back
   * into the input on failure), group (quick-reply group to re-enable on failure), restart.
   */
  function send(options) {
    if (state.busy) return false;
    if (!state.token) {
      if (options.restoreText) state.draft = options.restoreText;
      showLogin(null);
      return false;
    }
    setBusy(true);
    var userRow = options.display ? addUserBubble(options.display) : options.userRow || null;
    showTyping();
    var token = state.token;
    api("/webhooks/penny/webhook", {
      method: "POST",
      token: token,
      body: { message: options.message, language: state.lang }
    }).then(function (result) {
      setBusy(false);
      hideTyping();
      if (token !== state.token) return; // logged out or switched customer meanwhile
      // Penny is starting up and says when to come back: ask once more, the customer waits.
      if (result.status === 503 && result.retryAfter && !options.retried) {
        var wait = Math.min(10, parseInt(result.retryAfter, 10) || 3) * 1000;
        setBusy(true);
        showTyping();
        setTimeout(function () {
          setBusy(false);
          send(Object.assign({}, options, { display: null, userRow: userRow, retried: true }));
        }, wait);
        return;
      }
      if (result.ok && Array.isArray(result.data)) {
        if (options.restart) clearLog();
        var first = renderReply(result.data);
        scrollToAnswer(options.restart ? null : first);
        keepFocus();
        return;
      }
      failed(result, options, userRow);
    });
    return true;
  }

  function failed(result, options, userRow) {
    var error = result.ok ? { key: "error.badResponse" } : errorOf(result);
    if (result.status === 401) {
      if (options.restoreText) state.draft = restoredValue(options.restoreText);
      setToken(null, null);
      document.dispatchEvent(new CustomEvent("penny:unauthorized"));
      showLogin(error);
      return;
    }
    if (!result.ok) markNotSent(userRow); // a 200 we can't read did arrive
    addError(error);
    if (options.restoreText) ui.input.value = restoredValue(options.restoreText);
    if (options.group) setGroupDisabled(options.group, false);
    keepFocus();
  }

  // Put the unsent text back, in front of anything typed while the request was in flight.
  function restoredValue(text) {
    var current = ui.input.value.trim();
    return current ? text + " " + current : text;
  }

  /* ------------------------------------------------------------------ rendering answers */

  function validButtons(list) {
    if (!Array.isArray(list)) return [];
    return list
      .filter(function (b) {
        return b && (typeof b.payload === "string" || typeof b.title === "string");
      })
      .map(function (b) {
        var payload = typeof b.payload === "string" ? b.payload : b.title;
        var title = typeof b.title === "string" && b.title ? b.title : payload;
        return { title: title, payload: payload };
      });
  }

  function sameButtons(a, b) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) {
      if (a[i].title !== b[i].title || a[i].payload !== b[i].payload) return false;
    }
    return true;
  }

  function isCard(custom) {
    return custom && typeof custom === "object" && custom.type === "suggestion_card";
  }

  // Renders one response; returns the first row added (to scroll to).
  function renderReply(messages) {
    var cardButtons = [];
    messages.forEach(function (m) {
      if (m && isCard(m.custom)) cardButtons.push(validButtons(m.custom.buttons));
    });
    var first = null;
    messages.forEach(function (m) {
      if (!m || typeof m !== "object") return;
      var row = h("div", { class: "penny-row penny-row--bot" }, [speaker("penny")]);
      var filled = false;
      if (typeof m.text === "string" && m.text.trim()) {
        row.appendChild(h("div", { class: "penny-bubble penny-bubble--bot", "data-testid": "penny-message-bot", text: m.text }));
        filled = true;
      }
      var buttons = validButtons(m.buttons);
      var duplicate = cardButtons.some(function (set) {
        return sameButtons(set, buttons);
      });
      if (buttons.length && !duplicate) {
        row.appendChild(buttonGroup(buttons));
        filled = true;
      }
      var custom = m.custom && typeof m.custom === "object" ? renderCustom(m.custom) : null;
      if (custom) {
        row.appendChild(custom);
        filled = true;
      }
      if (filled) {
        ui.log.appendChild(row);
        if (!first) first = row;
      }
    });
    return first;
  }

  function buttonGroup(buttons) {
    var group = h("div", {
      class: "penny-buttons",
      role: "group",
      "data-testid": "penny-buttons",
      i18nAttrs: { "aria-label": "quickReplies" }
    });
    buttons.forEach(function (b) {
      var button = h("button", { type: "button", class: "penny-qr", text: b.title });
      button.addEventListener("click", function () {
        if (state.busy || button.disabled) return;
        setGroupDisabled(group, true);
        button.classList.add("penny-qr--chosen");
        var sent = send({ message: b.payload, display: b.title, group: group });
        if (!sent) setGroupDisabled(group, false);
        keepFocus();
      });
      group.appendChild(button);
    });
    return group;
  }

  function setGroupDisabled(group, disabled) {
    Array.prototype.forEach.call(group.querySelectorAll("button"), function (button) {
      button.disabled = disabled;
      if (!disabled) button.classList.remove("penny-qr--chosen");
    });
    group.classList.toggle("penny-buttons--used", disabled);
  }

  function renderCustom(custom) {
    if (custom.type === "bar_chart") return renderChart(custom);
    if (custom.type === "table") return renderTable(custom);
    if (custom.type === "suggestion_card") return renderSuggestion(custom);
    return null; // unknown payloads are ignored
  }

  function str(value) {
    return value === null || value === undefined ? "" : String(value);
  }

  function money(cents) {
    try {
      return new Intl.NumberFormat(state.lang === "nl" ? "nl-NL" : "en-IE", {
        style: "currency",
        currency: "EUR"
      }).format(cents / 100);
    } catch (e) {
      return "€" + (cents / 100).toFixed(2);
    }
  }

  function renderChart(chart) {
    var bars = (Array.isArray(chart.bars) ? chart.bars : []).filter(function (b) {
      return b && typeof b === "object";
    });
    var title = str(chart.title);
    if (!bars.length && !title) return null;
    var values = bars.map(function (b) {
      var n = Number(b.cents);
      return isFinite(n) && n > 0 ? n : 0;
    });
    var max = Math.max.apply(null, [0].concat(values));
    var summary = bars.map(function (b, i) {
      var display = str(b.display) || money(values[i]);
      return str(b.label) + " " + display;
    });
    var root = h("div", {
      class: "penny-chart",
      role: "img",
      "data-testid": "penny-chart",
      "aria-label": (title ? title + ": " : "") + summary.join("; ")
    });
    if (title) root.appendChild(h("p", { class: "penny-chart-title", text: title }));
    var list = h("div", { class: "penny-chart-bars" });
    bars.forEach(function (b, i) {
      var bar = h("div", { class: "penny-chart-bar" });
      var pct = max > 0 ? (values[i] / max) * 100 : 0;
      bar.style.width = pct.toFixed(2) + "%";
      if (values[i] > 0) bar.classList.add("penny-chart-bar--nonzero");
      list.appendChild(
        h("div", { class: "penny-chart-row" }, [
          h("div", { class: "penny-chart-meta" }, [
            h("span", { class: "penny-chart-label", text: str(b.label) }),
            h("span", { class: "penny-chart-value", text: str(b.display) || money(values[i]) })
          ]),
          h("div", { class: "penny-chart-track" }, [bar])
        ])
      );
    });
    root.appendChild(list);
    return root;
  }

  var AMOUNT = /^[-+−]?\s?(€|EUR)?\s?-?[\d.,\s]+(€|EUR)?$|^[-+−]?\s?€/;

  function renderTable(data) {
    var columns = Array.isArray(data.columns) ? data.columns.map(str) : [];
    var rows = Array.isArray(data.rows) ? data.rows.filter(Array.isArray) : [];
    if (!columns.length && !rows.length) return null;
    var title = str(data.title);
    // a column is numeric when every filled cell looks like an amount: align it right
    var numeric = columns.map(function (_, c) {
      var filled = rows.filter(function (r) {
        return str(r[c]).trim();
      });
      return filled.length > 0 && filled.every(function (r) {
        return AMOUNT.test(str(r[c]).trim()) && /\d/.test(str(r[c]));
      });
    });
    // long text columns (names, descriptions) may wrap; dates, amounts and short words don't
    var wraps = columns.map(function (_, c) {
      return !numeric[c] && rows.some(function (r) {
        return str(r[c]).length > 16;
      });
    });
    var table = h("table", { class: "penny-table", "data-testid": "penny-table" });
    if (title) table.appendChild(h("caption", { text: title }));
    var headRow = h("tr");
    columns.forEach(function (name, c) {
      headRow.appendChild(h("th", { scope: "col", class: numeric[c] ? "penny-num" : null, text: name }));
    });
    table.appendChild(h("thead", null, [headRow]));
    var body = h("tbody");
    rows.forEach(function (r) {
      var tr = h("tr");
      var count = Math.max(columns.length, r.length);
      for (var c = 0; c < count; c++) {
        var cls = numeric[c] ? "penny-num" : wraps[c] ? "penny-wrap" : null;
        tr.appendChild(h("td", { class: cls, text: str(r[c]) }));
      }
      body.appendChild(tr);
    });
    table.appendChild(body);
    var wrap = h("div", { class: "penny-table-wrap", role: "region", tabindex: "0" }, [table]);
    if (title) {
      wrap.setAttribute("aria-label", title);
    } else {
      wrap.setAttribute("data-penny-i18n-attrs", "aria-label=table");
      wrap.setAttribute("aria-label", t("table"));
    }
    return wrap;
  }

  function renderSuggestion(card) {
    var titleId = uid("suggestion");
    var badgeId = uid("badge");
    var root = h("div", {
      class: "penny-suggestion",
      role: "group",
      "data-testid": "penny-suggestion",
      "aria-labelledby": badgeId + " " + titleId
    });
    root.appendChild(
      h("p", { class: "penny-suggestion-badge" }, [svg(ICONS.bulb), h("span", { id: badgeId, i18n: "suggestion" })])
    );
    root.appendChild(h("p", { class: "penny-suggestion-title", id: titleId, text: str(card.title) }));
    if (card.product) root.appendChild(h("p", { class: "penny-suggestion-product", text: str(card.product) }));
    if (card.provider) {
      root.appendChild(
        h("p", { class: "penny-suggestion-line" }, [
          h("span", { class: "penny-suggestion-key", i18n: "provider" }),
          " ",
          h("span", { text: str(card.provider) })
        ])
      );
    }
    if (card.why) {
      root.appendChild(
        h("p", { class: "penny-suggestion-line" }, [
          h("span", { class: "penny-suggestion-key", i18n: "why" }),
          " ",
          h("span", { text: str(card.why) })
        ])
      );
    }
    var buttons = validButtons(card.buttons);
    if (buttons.length) root.appendChild(buttonGroup(buttons));
    return root;
  }

  /* ------------------------------------------------------------------ mount and public API */

  function logout() {
    setToken(null, null);
    state.draft = "";
    if (!ui.root) return;
    ui.input.value = "";
    showLogin(null);
  }

  function mount() {
    if (state.mounted) return;
    state.mounted = true;
    var target = document.querySelector("[data-penny-mount]");
    var floating = !target;
    if (!target) {
      target = document.getElementById("penny-widget");
      if (!target) {
        target = document.createElement("div");
        target.id = "penny-widget";
        document.body.appendChild(target);
      }
    }
    injectStylesheet(function () {
      if (ui.root) ui.root.style.visibility = "";
    });
    build(target, floating);
    if (state.minimised) setMinimised(true);
    if (state.token) {
      startChat(false);
    } else {
      showLogin(null);
    }
  }

  window.Penny = Object.freeze({
    version: VERSION,
    /** Use a token issued by the bank (e.g. after it refreshed one); null/"" logs out. */
    setToken: function (token) {
      if (!token) {
        logout();
        return;
      }
      setToken(String(token), "api");
      if (!ui.root) return;
      // A refreshed token keeps the visible conversation; from the login view, start chatting.
      if (ui.chatView.hidden) startChat(false);
    },
    /** Forget the token and show the login picker (demo) or the "please log in" message. */
    logout: logout,
    /** "en" or "nl": the widget's labels and the language sent with each message. */
    setLanguage: function (lang) {
      setLanguage(lang, false);
    },
    getLanguage: function () {
      return state.lang;
    },
    /** Ask Penny to restart the conversation, as the "New conversation" button does. */
    newConversation: newConversation,
    /** Floating panel only: expand or minimise. */
    open: function () {
      setMinimised(false);
    },
    close: function () {
      setMinimised(true);
    }
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mount);
  } else {
    mount();
  }
})();
