// TopoJSON to GeoJSON for the base map's country outlines (world-atlas): arcs are delta-encoded
// integer positions under a transform; a ring lists arc indexes, a negative one (~i) reversed.

export function toGeoJSON(topology, objectName) {
  const t = topology.transform;
  const arcs = topology.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(p => {
      x += p[0]; y += p[1];
      return t ? [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] : [p[0], p[1]];
    });
  });
  const ring = indexes => {
    const out = [];
    for (const i of indexes) {
      const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      a.forEach((p, k) => { if (k > 0 || out.length === 0) out.push(p); });
    }
    return out;
  };
  const geometry = g => {
    if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.arcs.map(ring) };
    if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.arcs.map(p => p.map(ring)) };
    return null;
  };
  const features = topology.objects[objectName].geometries
    .map(g => ({ type: 'Feature', id: g.id, properties: g.properties || {}, geometry: geometry(g) }))
    .filter(f => f.geometry);
  return { type: 'FeatureCollection', features };
}
