/** A FeatureCollection of one known feature type (the geojson package's type cannot say `id: number`). */
export interface Collection<F> {
  type: "FeatureCollection";
  features: F[];
}
