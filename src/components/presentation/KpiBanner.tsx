export interface KpiItem {
  label: string;
  value: string;
  detail?: string;
}

/** The key figures, always on screen in presentation mode: big numbers, labels under them. */
export function KpiBanner({ title, items }: { title: string; items: readonly KpiItem[] }) {
  return (
    <section className="kpi-banner" aria-label={title}>
      <dl>
        {items.map((k) => (
          <div key={k.label} className="kpi-banner-item">
            <dt>{k.label}</dt>
            <dd>
              <span className="kpi-banner-value">{k.value}</span>
              {k.detail && <span className="kpi-banner-detail">{k.detail}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
