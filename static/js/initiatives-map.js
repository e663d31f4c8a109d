/*
 * The initiatives map (Leaflet), as a progressive enhancement.
 *
 * - [data-initiatives-map] (initiatives/includes/map_panel.html): clustered markers of the
 *   filtered set, read from the map data endpoint with the page's query string; popups with
 *   title, image and link; filters update the list and the map without a full reload
 *   (the list page is fetched and the parts named in data-swap are replaced), and the
 *   address bar keeps the filters (history.replaceState) so the view can be shared.
 * - [data-initiatives-minimap] (initiatives/includes/minimap.html): one marker, fixed view.
 *
 * Without JavaScript both stay hidden and the list works on its own. Without tiles (offline,
 * blocked host) the markers still show on the container's plain background.
 * The Content-Security-Policy forbids inline scripts and styles: everything comes from
 * data-* attributes, and DOM nodes are built with createElement, never from HTML strings.
 */
(function () {
  "use strict";

  if (!window.L) {
    return; // Leaflet did not load: the hidden panels stay hidden, the list still works
  }
  var L = window.L;

  function parseBounds(element) {
    try {
      return L.latLngBounds(JSON.parse(element.dataset.bounds));
    } catch (error) {
      return L.latLngBounds([50.76, 4.24], [50.92, 4.49]);
    }
  }

  function defaultIcon(element) {
    // Explicit URLs: Leaflet's own path guess fails with hashed static file names.
    return L.icon({
      iconUrl: element.dataset.iconUrl,
      iconRetinaUrl: element.dataset.iconRetinaUrl,
      shadowUrl: element.dataset.shadowUrl,
      iconSize: [25, 41],
      iconAnchor: [12, 41],
      popupAnchor: [1, -34],
      tooltipAnchor: [16, -28],
      shadowSize: [41, 41],
    });
  }

  function createMap(element, canvas, options) {
    var bounds = parseBounds(element);
    var map = L.map(
      canvas,
      L.extend(
        {
          maxBounds: bounds.pad(0.5),
          minZoom: 10,
          maxZoom: 18,
          zoomSnap: 0.25,
        },
        options
      )
    );
    if (element.dataset.tileUrl) {
      var tiles = L.tileLayer(element.dataset.tileUrl, {
        attribution: element.dataset.tileAttribution || "",
        maxZoom: 19,
        crossOrigin: false,
      });
      // A tile that cannot load is hidden: the plain background shows instead.
      tiles.on("tileerror", function (event) {
        if (event.tile) {
          event.tile.style.visibility = "hidden";
        }
      });
      tiles.addTo(map);
    }
    map.attributionControl.setPrefix(false);
    return { map: map, bounds: bounds };
  }

  // --- The list page's map ------------------------------------------------------------------

  function initMapPanel(panel) {
    var canvas = panel.querySelector("[data-map-canvas]");
    var status = panel.querySelector("[data-map-status]");
    var browse = panel.parentElement;
    var icon = defaultIcon(panel);
    var text = panel.dataset;

    panel.hidden = false;
    browse.classList.add("initiatives-browse--with-map");

    var created = createMap(panel, canvas, { scrollWheelZoom: false });
    var map = created.map;
    var regionBounds = created.bounds;
    map.fitBounds(regionBounds);

    var cluster = L.markerClusterGroup
      ? L.markerClusterGroup({
          showCoverageOnHover: false,
          maxClusterRadius: 50,
          iconCreateFunction: clusterIcon,
        })
      : L.featureGroup();
    cluster.addTo(map);

    function clusterIcon(group) {
      var count = group.getChildCount();
      var size = count < 10 ? "small" : count < 100 ? "medium" : "large";
      var wrapper = document.createElement("div");
      var number = document.createElement("span");
      number.textContent = String(count);
      var label = document.createElement("span");
      label.className = "visually-hidden";
      label.textContent = " " + text.textCluster;
      wrapper.appendChild(number);
      wrapper.appendChild(label);
      return L.divIcon({
        html: wrapper,
        className: "map-cluster map-cluster--" + size,
        iconSize: L.point(40, 40),
      });
    }

    // --- Markers and popups

    var keyboardOpened = false;

    function popupContent(row) {
      // row: [id, lat, lng, title, url, image or null] (see initiatives/views/map.py)
      var box = document.createElement("div");
      box.className = "map-popup";
      if (row[5]) {
        var image = document.createElement("img");
        image.src = row[5];
        image.alt = ""; // the title next to it names the initiative
        image.loading = "lazy";
        image.className = "map-popup__image";
        box.appendChild(image);
      }
      var link = document.createElement("a");
      link.href = row[4];
      link.className = "map-popup__link";
      link.textContent = row[3];
      box.appendChild(link);
      return box;
    }

    function showMarkers(data) {
      cluster.clearLayers();
      var markers = data.initiatives.map(function (row) {
        var marker = L.marker([row[1], row[2]], {
          icon: icon,
          title: row[3],
          alt: row[3],
          keyboard: true,
          riseOnHover: true,
        });
        marker.bindPopup(function () {
          return popupContent(row);
        }, { maxWidth: 260, minWidth: 180 });
        return marker;
      });
      if (cluster.addLayers) {
        cluster.addLayers(markers);
      } else {
        markers.forEach(function (marker) {
          cluster.addLayer(marker);
        });
      }
      var count = data.initiatives.length;
      status.textContent =
        count === 0 ? text.textNone : count === 1 ? text.textOne : text.textMany.replace("{count}", count);
    }

    // A keyboard user who opens a popup with Enter lands on its link, and goes back to the
    // marker when it closes (Escape or the close button).
    canvas.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        keyboardOpened = true;
      } else if (event.key === "Escape") {
        // Leaflet listens for Escape only while the map itself has the focus.
        map.closePopup();
      }
    });
    canvas.addEventListener("pointerdown", function () {
      keyboardOpened = false;
    });
    map.on("popupopen", function (event) {
      if (keyboardOpened) {
        var link = event.popup.getElement().querySelector("a.map-popup__link");
        if (link) {
          link.focus();
        }
      }
      keyboardOpened = false;
    });
    map.on("popupclose", function (event) {
      var source = event.popup._source;
      var element = source && source.getElement && source.getElement();
      if (element && event.popup.getElement().contains(document.activeElement)) {
        element.focus();
      }
    });

    // --- Data

    var pending = null;

    function mapDataUrl(query) {
      return text.mapDataUrl + (query ? "?" + query : "");
    }

    function loadMarkers(query) {
      return fetch(mapDataUrl(query), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        signal: pending ? pending.signal : undefined,
      })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(response.status);
          }
          return response.json();
        })
        .then(showMarkers);
    }

    loadMarkers(window.location.search.replace(/^\?/, "")).catch(function () {
      status.textContent = text.textError;
    });

    // --- Filters: update the list and the map together

    var filterForm = document.querySelector(text.filterForm);
    var swapSelectors = (text.swap || "")
      .split(",")
      .map(function (selector) {
        return selector.trim();
      })
      .filter(Boolean);

    function queryOf(form) {
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, name) {
        if (typeof value === "string" && value.trim() !== "") {
          params.append(name, value.trim());
        }
      });
      params.delete("page"); // a new filter starts at the first page
      return params.toString();
    }

    function swapParts(html) {
      var fresh = new DOMParser().parseFromString(html, "text/html");
      swapSelectors.forEach(function (selector) {
        var current = document.querySelectorAll(selector);
        var next = fresh.querySelectorAll(selector);
        current.forEach(function (element, index) {
          if (next[index]) {
            element.replaceWith(document.importNode(next[index], true));
          }
        });
      });
      if (fresh.title) {
        document.title = fresh.title;
      }
    }

    function loadList(query) {
      var url = text.listUrl + (query ? "?" + query : "");
      return fetch(url, {
        headers: { "X-Requested-With": "fetch" },
        credentials: "same-origin",
        signal: pending ? pending.signal : undefined,
      })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(response.status);
          }
          return response.text();
        })
        .then(swapParts);
    }

    function update(query) {
      if (pending) {
        pending.abort();
      }
      pending = window.AbortController ? new AbortController() : null;
      browse.setAttribute("aria-busy", "true");
      status.textContent = text.textLoading;
      var url = text.listUrl + (query ? "?" + query : "");
      Promise.all([loadList(query), loadMarkers(query)])
        .then(function () {
          window.history.replaceState(null, "", url);
        })
        .catch(function (error) {
          if (error && error.name === "AbortError") {
            return;
          }
          // Fall back to an ordinary page load: the server renders the filtered list.
          window.location.assign(url);
        })
        .then(function () {
          browse.removeAttribute("aria-busy");
        });
    }

    function setHidden(form, name, value) {
      var input = form.querySelector('input[type="hidden"][name="' + name + '"]');
      if (!value) {
        if (input) {
          input.remove();
        }
        return;
      }
      if (!input) {
        input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        form.appendChild(input);
      }
      input.value = value;
    }

    var debounce = null;

    if (filterForm) {
      filterForm.addEventListener("submit", function (event) {
        event.preventDefault();
        update(queryOf(filterForm));
      });
      filterForm.addEventListener("change", function (event) {
        if (event.target.tagName === "SELECT") {
          window.clearTimeout(debounce);
          debounce = window.setTimeout(function () {
            update(queryOf(filterForm));
          }, 250);
        }
      });
    }

    // The sort form sits in a swapped part: listen on the document.
    document.addEventListener("submit", function (event) {
      var form = event.target;
      if (!form.classList || !form.classList.contains("sort-form")) {
        return;
      }
      event.preventDefault();
      var query = queryOf(form);
      if (filterForm) {
        setHidden(filterForm, "sort", new URLSearchParams(query).get("sort"));
      }
      update(query);
    });
    document.addEventListener("change", function (event) {
      var form = event.target.form;
      if (form && form.classList.contains("sort-form") && event.target.name === "sort") {
        if (form.requestSubmit) {
          form.requestSubmit();
        }
      }
    });

    // --- List / Map switch on narrow screens

    var toggle = browse.parentElement.querySelector("[data-map-toggle]");
    if (toggle) {
      browse.parentElement.insertBefore(toggle, browse);
      toggle.hidden = false;
      var buttons = toggle.querySelectorAll("button[data-view]");
      var show = function (view) {
        browse.setAttribute("data-view", view);
        buttons.forEach(function (button) {
          button.setAttribute("aria-pressed", button.dataset.view === view ? "true" : "false");
        });
        if (view === "map") {
          map.invalidateSize();
          map.fitBounds(regionBounds);
        }
      };
      buttons.forEach(function (button) {
        button.addEventListener("click", function () {
          show(button.dataset.view);
        });
      });
      show("list");
    }

    // The panel may change size (grid, toggle, window): keep Leaflet's idea of it right.
    if (window.ResizeObserver) {
      new ResizeObserver(function () {
        map.invalidateSize();
      }).observe(canvas);
    }
  }

  // --- The detail page's mini-map -----------------------------------------------------------

  function initMinimap(box) {
    var canvas = box.querySelector("[data-map-canvas]");
    var lat = parseFloat(box.dataset.lat);
    var lng = parseFloat(box.dataset.lng);
    if (isNaN(lat) || isNaN(lng)) {
      return;
    }
    box.hidden = false;
    var created = createMap(box, canvas, { scrollWheelZoom: false });
    created.map.setView([lat, lng], 15);
    L.marker([lat, lng], {
      icon: defaultIcon(box),
      title: box.dataset.title,
      alt: box.dataset.title,
      keyboard: false,
      interactive: false,
    }).addTo(created.map);
  }

  document.querySelectorAll("[data-initiatives-map]").forEach(initMapPanel);
  document.querySelectorAll("[data-initiatives-minimap]").forEach(initMinimap);
})();
