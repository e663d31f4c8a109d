/*
 * Submission form, place step: pick the coordinates on a small map.
 *
 * Only an enhancement: without JavaScript, or when Leaflet or the tiles do not load, the
 * carrier types the latitude and longitude (or leaves them empty to use the commune's
 * centre). A click on the map, or dragging the marker, fills both fields; typing in the
 * fields moves the marker. The map is limited to the Brussels-Capital Region.
 */
(function () {
  "use strict";

  function start() {
    var box = document.querySelector("[data-submission-map]");
    if (!box || typeof window.L === "undefined") {
      return;
    }
    var latitude = document.getElementById(box.getAttribute("data-latitude-input"));
    var longitude = document.getElementById(box.getAttribute("data-longitude-input"));
    if (!latitude || !longitude) {
      return;
    }
    var L = window.L;
    var bounds = L.latLngBounds(JSON.parse(box.getAttribute("data-bounds")));
    box.hidden = false;
    var map = L.map(box.querySelector("[data-map-canvas]"), {
      maxBounds: bounds.pad(0.2),
      minZoom: 11,
      scrollWheelZoom: false,
    });
    map.fitBounds(bounds);
    var tiles = box.getAttribute("data-tile-url");
    if (tiles) {
      L.tileLayer(tiles, {
        attribution: box.getAttribute("data-tile-attribution"),
        maxZoom: 19,
      }).addTo(map);
    }
    var icon = L.icon({
      iconUrl: box.getAttribute("data-icon-url"),
      iconRetinaUrl: box.getAttribute("data-icon-retina-url"),
      shadowUrl: box.getAttribute("data-shadow-url"),
      iconSize: [25, 41],
      iconAnchor: [12, 41],
      shadowSize: [41, 41],
    });
    var marker = null;

    function read() {
      var lat = parseFloat(latitude.value.replace(",", "."));
      var lng = parseFloat(longitude.value.replace(",", "."));
      return isNaN(lat) || isNaN(lng) ? null : L.latLng(lat, lng);
    }

    function place(position, pan) {
      if (!marker) {
        marker = L.marker(position, { draggable: true, icon: icon, keyboard: true }).addTo(map);
        marker.on("dragend", function () {
          write(marker.getLatLng());
        });
      } else {
        marker.setLatLng(position);
      }
      if (pan) {
        map.setView(position, Math.max(map.getZoom(), 15));
      }
    }

    function write(position) {
      latitude.value = position.lat.toFixed(5);
      longitude.value = position.lng.toFixed(5);
    }

    map.on("click", function (event) {
      place(event.latlng, false);
      write(event.latlng);
    });
    [latitude, longitude].forEach(function (input) {
      input.addEventListener("change", function () {
        var position = read();
        if (position) {
          place(position, true);
        }
      });
    });
    var initial = read();
    if (initial) {
      place(initial, true);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
