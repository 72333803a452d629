// The map: country outlines (bundled Natural Earth) or a user's tile layer, and one circle per
// place sized by how many events it has. Leaflet comes from its WebJar as the global L.
import { toGeoJSON } from './topo.js';

const TILE_KEY = 'attest.tileUrl';

export class EventMap {
  constructor(container, onPlace, configuredTiles) {
    this.map = L.map(container, { worldCopyJump: true, zoomSnap: 0.5 }).setView([32, 53], 4);
    this.onPlace = onPlace;
    this.markers = L.layerGroup().addTo(this.map);
    this.tileLayer = null;
    this.map.attributionControl.setPrefix(false);
    this.loadOutlines();
    const tiles = localStorage.getItem(TILE_KEY) || configuredTiles;
    if (tiles) this.useTiles(tiles);
  }

  async loadOutlines() {
    try {
      const res = await fetch('/basemap/countries-110m.json');
      if (!res.ok) throw new Error('HTTP ' + res.status);
      const geo = toGeoJSON(await res.json(), 'countries');
      L.geoJSON(geo, {
        style: { color: '#7a8793', weight: 0.8, fillColor: '#eef1f3', fillOpacity: 1 },
        interactive: false,
      }).addTo(this.map).bringToBack();
      this.map.attributionControl.addAttribution('Outlines: Natural Earth');
    } catch (e) {
      this.map.attributionControl.addAttribution('No base map: ' + e.message);
    }
  }

  /** Adds a tile layer from a URL template, kept for the next visit; an empty URL removes it. */
  useTiles(url) {
    if (this.tileLayer) this.map.removeLayer(this.tileLayer);
    this.tileLayer = null;
    if (url && /^https?:\/\//.test(url)) {
      this.tileLayer = L.tileLayer(url, { maxZoom: 18 }).addTo(this.map);
      localStorage.setItem(TILE_KEY, url);
    } else {
      localStorage.removeItem(TILE_KEY);
    }
  }

  /** Shows a GeoJSON FeatureCollection of event-places (the API's export), grouped by place. */
  show(collection, fit) {
    this.markers.clearLayers();
    const byPlace = new Map();
    for (const f of collection.features) {
      if (!f.geometry) continue;
      const [lon, lat] = f.geometry.coordinates;
      const key = f.properties.geonameid || lat.toFixed(3) + ',' + lon.toFixed(3);
      const g = byPlace.get(key) || { lat, lon, name: f.properties.place, geonameid: f.properties.geonameid, events: new Set() };
      g.events.add(f.properties.event_id);
      byPlace.set(key, g);
    }
    const bounds = [];
    for (const g of byPlace.values()) {
      const n = g.events.size;
      const marker = L.circleMarker([g.lat, g.lon], {
        radius: 6 + 4 * Math.sqrt(n), color: '#8a1c1c', weight: 1.5, fillColor: '#d9463b', fillOpacity: 0.65,
        className: 'event-marker',
      });
      // Leaflet sets tooltip content as HTML from a string: give it a text node instead
      const label = document.createElement('span');
      label.textContent = (g.name || 'place') + ': ' + n + (n === 1 ? ' event' : ' events');
      marker.bindTooltip(label);
      marker.on('click', () => this.onPlace(g));
      marker.addTo(this.markers);
      const path = marker.getElement && marker.getElement();
      if (path) {
        path.setAttribute('data-count', String(n));
        path.setAttribute('tabindex', '0');
        path.setAttribute('role', 'button');
        path.setAttribute('aria-label', label.textContent);
        path.addEventListener('keydown', ev => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); this.onPlace(g); } });
      }
      bounds.push([g.lat, g.lon]);
    }
    if (fit && bounds.length) this.map.fitBounds(bounds, { padding: [30, 30], maxZoom: 7 });
    return byPlace.size;
  }

  /** The current view as minLon,minLat,maxLon,maxLat. */
  bbox() {
    const b = this.map.getBounds();
    const clamp = (v, m) => Math.max(-m, Math.min(m, v));
    return [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)]
      .map(v => v.toFixed(4)).join(',');
  }

  resize() {
    this.map.invalidateSize();
  }
}
